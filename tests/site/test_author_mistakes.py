"""What an author is told: every mistake of a build at once, with file, line and
fix, and no traceback. Real Pelican with the project's settings."""

import re

import pytest

from tests.support.site import (
    ROOT,
    assert_no_traceback,
    build_with,
    build_with_files,
    copy_content,
    element,
    elements,
    inner_html,
    mistakes,
    tags,
    visible_text,
)
from tools.local_site import build

ARTICLE = "Title: {title}\nDate: 2010-03-{day:02d}\n{extra}\nText.\n"


def article(title="Ein Beitrag", day=10, extra=""):
    return ARTICLE.format(title=title, day=day, extra=extra)


def test_every_mistake_of_a_build_is_listed_at_once_without_traceback(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "datum.md": "Title: Datum\nDate: 2010-13-45\n\nText.\n",
            "zwei-serien.md": "Title: Zwei\nDate: 2010-03-08\nSeries: networking\n"
            "Series: andere\nSeries_index: 4\n\nText.\n",
            "checkliste.md": article(
                extra="\n::: checklist netz version=1\n- Frage?\n    ( ) Ja\n:::\n"
            ),
            "latin1.md": "Title: Größe\nDate: 2010-03-09\n\nText.\n".encode("latin-1"),
            "series/kaputt.toml": 'title = "Kaputt"\ncomplete = "false"\n',
        },
    )
    found = mistakes(site)
    assert "The build stopped: 5 mistakes to fix." in site.log
    assert len(found) == 5
    expected = [
        "content/datum.md, line 2: Date: '2010-13-45' is not a valid date.",
        "content/zwei-serien.md, line 4: The metadata 'series' is given 2 times "
        "(lines 3, 4).",
        "content/checkliste.md, line 5: The single-choice question 'Frage?' has "
        "only one option.",
        "content/latin1.md, line 1: The file is not UTF-8: byte 0xf6",
        "content/series/kaputt.toml: complete = 'false' is not true or false.",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in found), (start, found)
    assert all(" Fix: " in line for line in found)
    assert_no_traceback(site)
    assert str(tmp_path) not in "\n".join(found)  # paths relative to the project
    assert not (tmp_path / "output" / "index.html").exists()  # nothing written


def test_pelicans_own_fatal_option_gives_the_same_report(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "datum.md": "Title: Datum\nDate: 2010-13-45\n\nText.\n",
            "ohne.md": "Date: 2010-03-05\n\nText.\n",
        },
        args=["--fatal", "warnings"],
    )
    assert len(mistakes(site)) == 2
    assert_no_traceback(site)


def test_a_debug_run_keeps_the_traceback(tmp_path):
    site = build_with(
        tmp_path, "datum.md", "Title: Datum\nDate: 2010-13-45\n\nText.\n", args=["-D"]
    )
    assert site.returncode == 1
    assert "Traceback" in site.log
    assert "content/datum.md, line 2: Date: '2010-13-45' is not a valid date" in (
        site.log
    )


# --- Dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("05.03.2010", "2010-03-05T00:00:00+01:00"),
        ("5.3.2010 09:30", "2010-03-05T09:30:00+01:00"),
        ("2010-03-05 09:00", "2010-03-05T09:00:00+01:00"),
        ("2010-3-5", "2010-03-05T00:00:00+01:00"),
        ("2010-03-05T09:00:00+01:00", "2010-03-05T09:00:00+01:00"),
    ],
)
def test_german_dates_are_read_day_first(tmp_path, written, iso):
    site = build_with(
        tmp_path, "datum.md", f"Title: Datum\nDate: {written}\nSlug: datum\n\nText.\n"
    )
    assert site.returncode == 0, site.log
    times = [a for t, a in tags(site.page("2010/datum/"), "time")]
    assert times[0]["datetime"] == iso


@pytest.mark.parametrize("written", ["03/05/2010", "5 3 2010", "31.02.2010"])
def test_a_date_that_would_need_guessing_stops_the_build(tmp_path, written):
    site = build_with(tmp_path, "datum.md", f"Title: Datum\nDate: {written}\n\nText.\n")
    (line,) = mistakes(site)
    assert line.startswith(f"content/datum.md, line 2: Date: {written!r} is not")
    assert "Fix: write it as 2010-03-05 or 05.03.2010 (day first)" in line


# --- Encodings, digits, metadata ------------------------------------------------


def test_a_byte_order_mark_is_fine_in_markdown_and_toml(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "bom.md": "\ufeff" + article("Mit BOM", extra="Slug: mit-bom\n"),
            "series/bom.toml": '\ufefftitle = "Mit BOM"\n',
        },
    )
    assert site.returncode == 0, site.log
    assert "Mit BOM" in visible_text(site.page("2010/mit-bom/"))


def test_a_series_description_that_is_not_utf8(tmp_path):
    site = build_with(tmp_path, "series/alt.toml", 'title = "Größe"\n'.encode("cp1252"))
    (line,) = mistakes(site)
    assert line.startswith("content/series/alt.toml, line 1: The file is not UTF-8")
    assert "Fix: save it with the encoding UTF-8" in line


# Superscript two, Arabic-Indic three, fullwidth three, two and a zero-width space.
@pytest.mark.parametrize("index", ["\u00b2", "\u0663", "\uff13", "2\u200b"])
def test_a_part_number_in_other_digits_is_refused(tmp_path, index):
    site = build_with(
        tmp_path,
        "teil.md",
        article(extra=f"Series: networking\nSeries_index: {index}\n"),
    )
    (line,) = mistakes(site)
    assert line.startswith("content/teil.md, line 4: Series_index")
    assert "Fix: write the part's number with the digits 0-9" in line


@pytest.mark.parametrize("key", ["Series", "Title", "Tags", "Slug"])
def test_metadata_given_twice_is_refused(tmp_path, key):
    site = build_with(
        tmp_path,
        "doppelt.md",
        f"Title: Doppelt\nDate: 2010-03-05\n{key}: eins\n{key}: zwei\n\nText.\n",
    )
    (line,) = mistakes(site)
    lines = "1, 3, 4" if key == "Title" else "3, 4"
    assert line.startswith(
        f"content/doppelt.md, line {lines[3]}: The metadata {key.lower()!r} is given"
    )
    assert f"(lines {lines})" in line
    assert "Fix: keep one line" in line


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Date: 2010-03-05\n\nText.\n", "content/ohne.md: it has no title. Fix: add"),
        ("Title: \nDate: 2010-03-05\n\nText.\n", "content/ohne.md, line 1: The "),
    ],
    ids=["missing", "empty"],
)
def test_an_article_without_a_title(tmp_path, text, said):
    (line,) = mistakes(build_with(tmp_path, "ohne.md", text))
    assert line.startswith(said)


# --- Slugs and output files -------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "problem"),
    [
        ("zwei worte", "contains a space"),
        ("../../ausserhalb", "contains '..'"),
        ("ordner/datei", "contains '/'"),
        ("x" * 300, "too long for a file name"),
    ],
)
def test_a_slug_that_does_not_fit_a_web_address_or_a_file_name(tmp_path, slug, problem):
    site = build_with(tmp_path, "slug.md", article(extra=f"Slug: {slug}\n"))
    (line,) = mistakes(site)
    assert line.startswith("content/slug.md, line 3: The Slug")
    assert problem in line
    assert not (tmp_path / "ausserhalb").exists()


def test_a_title_too_long_for_a_file_name(tmp_path):
    site = build_with(tmp_path, "lang.md", article("Ein sehr langer Titel " * 15))
    (line,) = mistakes(site)
    assert line.startswith("content/lang.md: The output")
    assert "file systems allow 255. Fix: give it a shorter Slug" in line


def test_a_page_that_would_overwrite_the_archive(tmp_path):
    site = build_with(tmp_path, "pages/archiv.md", "Title: Archiv\nSlug: archiv\n\nX\n")
    (line,) = mistakes(site)
    assert line.startswith(
        "content/pages/archiv.md: content/pages/archiv.md and the setting "
        "ARCHIVES_SAVE_AS would both be written to 'archiv/index.html'"
    )


def test_two_articles_with_one_slug_name_both_files(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "a.md": article("Eins", extra="Slug: gleich\n"),
            "b.md": article("Zwei", day=11, extra="Slug: gleich\n"),
        },
    )
    (line,) = mistakes(site)
    assert "content/a.md and content/b.md have the same slug" in line
    assert "Fix: give each its own Slug" in line


# --- Series descriptions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "said"),
    [
        ('complete = "false"', "complete = 'false' is not true or false"),
        ("title = 3", "title = 3 is not a text in quotes"),
        ("numbering = true", "numbering = True is not a text in quotes"),
        ("description = [1, 2]", "description = [1, 2] is not a text in quotes"),
        ("[announced]\nindex = 2", "announced = {'index': 2} is not a list of tables"),
        ("announced = [1, 2]", "announced = [1, 2] is not a list of tables"),
        ("[[announced]]\nindex = '4'", "announced part no. 1: index = '4' is not a"),
        ("[[announced]]\nindex = true", "index = True is not a whole number"),
        (
            "[[announced]]\nindex = 1\ndate = '2010-03-05'",
            "date = '2010-03-05' is not a date",
        ),
        ("[[announced]]\nindex = 1\ndate = 09:00:00", "is not a date"),
        ("title = ", "This is not valid TOML"),
    ],
)
def test_a_series_description_with_a_wrong_type(tmp_path, toml, said):
    text = toml if toml.startswith("title") else f'title = "Neu"\n{toml}\n'
    site = build_with(tmp_path, "series/neu.toml", text)
    found = mistakes(site)
    assert len(found) == 1, found
    assert found[0].startswith("content/series/neu.toml")
    assert said in found[0]
    assert " Fix: write " in found[0] or " Fix: check " in found[0]
    assert_no_traceback(site)


def test_a_series_with_no_part_out_yet_says_it_is_coming(tmp_path):
    site = build_with(
        tmp_path,
        "series/bald.toml",
        'title = "Bald"\n[[announced]]\nindex = 1\ntitle = "Der <erste> Teil"\n'
        "date = 2030-01-05\n",
    )
    assert site.returncode == 0, site.log
    page = visible_text(site.page("serie/bald/"))
    assert "Die Serie erscheint demnächst; noch ist kein Teil erschienen." in page
    assert "Geplant ist ein Teil." in page
    assert "Der <erste> Teil – erscheint am 5. Januar 2030" in page
    assert "0 Teile" not in page and "0 Minuten" not in page
    overview = visible_text(site.page("serien/"))
    assert "Bald erscheint demnächst" in overview


# --- Checklists across the site ----------------------------------------------------


def test_a_checklist_id_used_on_two_pages_names_both(tmp_path):
    site = build_with(
        tmp_path,
        "pages/blatt.md",
        "Title: Blatt\n\nText.\n\n::: checklist ideales-netzwerk version=1\n"
        "- Frage?\n    [ ] Ja\n:::\n",
    )
    (line,) = mistakes(site)
    assert line.startswith(
        "content/pages/blatt.md, line 5: The checklist id 'ideales-netzwerk' is "
        "also used in content/networking-teil-2.md, line 26."
    )
    assert "Fix: give this checklist an id of its own" in line


# --- Escaping -----------------------------------------------------------------------

HOSTILE_TITLE = 'Er sagt "Hallo" <script>alert(1)</script> & geht'


def test_text_from_metadata_is_escaped_where_it_goes(tmp_path):
    site = build_with(
        tmp_path,
        "titel.md",
        f"Title: {HOSTILE_TITLE}\nDate: 2010-03-05\nSlug: titel\n"
        'Summary: Ein "Zitat" mit &lt;script&gt; darin.\n\nText.\n',
    )
    assert site.returncode == 0, site.log
    for html in (site.page("2010/titel/"), site.page(""), site.page("archiv/")):
        scripts = [a for t, a in tags(html, "script")]
        assert all(a.get("type") in ("module", "application/ld+json") for a in scripts)
        assert "alert(1)</script>" not in html
    page = site.page("2010/titel/")
    (heading,) = [inner_html(outer) for _attrs, outer in elements(page, "h1")]
    assert visible_text(heading) == HOSTILE_TITLE
    assert '<span class="amp">&amp;</span>' in heading  # typogrify still works
    (meta,) = [a for t, a in tags(page, "meta") if a.get("name") == "description"]
    assert meta["content"].replace("\xa0", " ") == 'Ein "Zitat" mit <script> darin.'

    home = site.page("")
    labels = [
        a["aria-label"].replace("\xa0", " ")
        for t, a in tags(home, "a")
        if "aria-label" in a
    ]
    assert f"Weiterlesen: {HOSTILE_TITLE}" in labels


def test_a_series_title_is_escaped(tmp_path):
    site = build_with(
        tmp_path,
        "series/boese.toml",
        'title = "A \\"B\\" <i>C</i>"\n[[announced]]\nindex = 1\n',
    )
    assert site.returncode == 0, site.log
    page = site.page("serie/boese/")
    assert "<i>C</i>" not in page
    assert visible_text(element(page, "h1")) == ('Serie „A "B" <i>C</i>“')


# --- Raw HTML and the strict policy ---------------------------------------------------


def test_raw_html_that_the_policy_blocks_is_a_warning_with_file_and_line(tmp_path):
    site = build_with(
        tmp_path,
        "roh.md",
        article(
            extra="\nDas ist `<script>` als Code.\n\n<script>alert(1)</script>\n\n"
            '<p style="color: red">Rot</p>\n\n![Bild](https://fremd.example/b.png)\n'
        ),
    )
    assert site.returncode == 0, site.log
    log = " ".join(site.log.split())
    assert "content/roh.md, line 6: raw HTML that the site's Content-Security-" in log
    assert "an inline <script> does not run" in log
    assert "content/roh.md, line 8:" in log and "style= attribute" in log
    assert "content/roh.md, line 10:" in log and "image from another host" in log
    assert "line 4:" not in log  # code is not HTML


# --- Languages ------------------------------------------------------------------------


def test_an_article_in_another_language_gets_its_lang_and_a_url_of_the_same_style(
    tmp_path,
):
    site = build_with(
        tmp_path,
        "english.md",
        article("In English", extra="Slug: in-english\nLang: en\n"),
    )
    assert site.returncode == 0, site.log
    page = site.page("en/2010/in-english/")
    assert [a for t, a in tags(page, "article")] == [{"class": "post", "lang": "en"}]
    assert 'href="./en/2010/in-english/"' in site.page("")


def test_a_language_that_is_not_a_code_is_refused(tmp_path):
    site = build_with(tmp_path, "sprache.md", article(extra="Lang: Englisch\n"))
    (line,) = mistakes(site)
    assert line.startswith("content/sprache.md, line 3: Lang 'Englisch' is not")


def test_nothing_carries_over_from_one_file_to_the_next(tmp_path):
    # The reader reuses one Markdown instance for all files, reset in between.
    site = build_with_files(
        tmp_path,
        {
            "a-erst.md": article(
                "Erst",
                extra="Slug: erst\n\nHTML mit Fußnote.[^1]\n\n[^1]: Fußnote.\n"
                "\n*[HTML]: Hypertext Markup Language\n",
            ),
            "b-dann.md": article("Dann", day=11, extra="Slug: dann\n\nAuch HTML.\n"),
        },
    )
    assert site.returncode == 0, site.log
    first, then = site.page("2010/erst/"), site.page("2010/dann/")
    assert "<abbr" in first and 'class="footnote"' in first
    assert "<abbr" not in then and "footnote" not in then


# --- One mistake, told once, where it is -------------------------------------------


def test_a_part_that_cannot_be_read_is_not_also_called_missing(tmp_path):
    """Part 2 with a broken date: its date is the mistake, not a gap in the series."""
    content = (ROOT / "content" / "networking-teil-2.md").read_text(encoding="utf-8")
    broken = re.sub(r"^Date: .*$", "Date: 2010-13-45", content, count=1, flags=re.M)
    site = build_with(tmp_path, "networking-teil-2.md", broken)
    (line,) = mistakes(site)
    assert line.startswith("content/networking-teil-2.md, line 2: Date: '2010-13-45'")
    assert "missing" not in site.log


def test_a_gap_beside_a_part_that_cannot_be_read_is_still_named(tmp_path):
    site = build_with_files(
        tmp_path,
        {
            "kaputt.md": "Title: Kaputt\nDate: 2010-13-45\nSeries: networking\n"
            "Series_index: 5\n\nText.\n",
            "sechs.md": article(extra="Series: networking\nSeries_index: 6\n"),
        },
    )
    found = mistakes(site)
    assert len(found) == 2, found
    assert found[0].startswith("content/kaputt.md, line 2: Date:")
    assert "part(s) 4 missing" in found[1]


@pytest.mark.parametrize(
    ("link", "said"),
    [
        ("{filename}networking-teil-9.md", "did you mean 'networking-teil-3.md'?"),
        ("{filename}/networking-teil-22.md", "did you mean 'networking-teil-2.md'?"),
        ("{static}images/gibt-es-nicht.png", "Fix: name the file's path"),
    ],
)
def test_a_link_to_a_file_that_is_not_there_names_text_and_line(tmp_path, link, said):
    text = article(title="Verweise") + f"\nMehr in [diesem Teil]({link}).\n"
    site = build_with(tmp_path, "verweise.md", text)
    (line,) = mistakes(site)
    assert line.startswith(
        f"content/verweise.md, line 6: The link {link} finds no file in the content "
        "folder, so it would lead nowhere."
    )
    assert said in line
    assert_no_traceback(site)


def test_renaming_a_part_names_every_text_that_links_it(tmp_path):
    content = copy_content(tmp_path / "content")
    linking = [
        path.name
        for path in sorted(content.glob("*.md"))
        if "{filename}networking-teil-3.md" in path.read_text(encoding="utf-8")
    ]
    assert linking, "a part links Part III"
    (content / "networking-teil-3.md").rename(content / "networking-teil-drei.md")
    site = build(tmp_path / "output", content=content)
    found = mistakes(site)
    assert [line.split(",")[0] for line in found] == [f"content/{n}" for n in linking]
    for line in found:
        assert "{filename}networking-teil-3.md finds no file" in line
        assert "a text that was renamed is linked by its new name" in line
