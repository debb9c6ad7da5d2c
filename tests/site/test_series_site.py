"""The series on the built site: what a reader sees on each part and page."""

import datetime
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.support.site import (
    ATOM,
    PART_TITLES,
    PART_URLS,
    ROOT,
    build_with,
    copy_content,
    element,
    elements,
    inner_html,
    links,
    tags,
    visible_text,
    without,
)
from tools.local_site import build

TITLES = PART_TITLES


def json_ld(html):
    blocks = elements(html, "script", type="application/ld+json")
    assert len(blocks) == 1
    return json.loads(inner_html(blocks[0][1]))


def series_nav(html):
    return visible_text(element(html, "nav", class_="series-nav"))


def test_each_part_says_which_part_it_is(published_site):
    for part, roman in ((1, "I"), (2, "II"), (3, "III")):
        text = visible_text(published_site.page(PART_URLS[part]))
        assert f"Teil {roman} von III der Serie „Networking“" in text


def test_previous_and_next_part_with_their_titles(published_site):
    first = series_nav(published_site.page(PART_URLS[1]))
    middle = series_nav(published_site.page(PART_URLS[2]))
    last = series_nav(published_site.page(PART_URLS[3]))
    assert "Vorheriger Teil" not in first
    assert f"Nächster Teil: {TITLES[2]}" in first  # a pause for screen readers
    assert f"Vorheriger Teil: {TITLES[1]}" in middle
    assert f"Nächster Teil: {TITLES[3]}" in middle
    assert f"Vorheriger Teil: {TITLES[2]}" in last
    assert "Nächster Teil" not in last


def test_table_of_contents_marks_the_current_part(published_site):
    html = published_site.page(PART_URLS[2])
    current = [a for _t, a in tags(html, "a") if a.get("aria-current") == "page"]
    assert [a["href"] for a in current] == [f"{published_site.base_url}/{PART_URLS[2]}"]
    nav = series_nav(html)
    for part, roman in ((1, "I"), (2, "II"), (3, "III")):
        assert f"Teil {roman}: {TITLES[part]}" in nav
    assert f"{published_site.base_url}/serie/networking/" in links(html)


def test_landing_page_of_the_series(published_site):
    html = published_site.page("serie/networking/")
    text = visible_text(html)
    assert "Serie „Networking“" in text
    assert "Wo Networking beginnt" in text
    assert "3 Teile, zusammen etwa" in text and "Minuten Lesezeit" in text
    assert "Die Serie ist abgeschlossen." in text
    assert "2. März 2010" in text and "4. März 2010" in text
    assert text.index(TITLES[1]) < text.index(TITLES[2]) < text.index(TITLES[3])
    start = [a for _t, a in tags(html, "a") if a.get("class") == "button"]
    assert start[0]["href"] == f"{published_site.base_url}/{PART_URLS[1]}"
    assert "Mit Teil I beginnen" in text


def test_overview_of_all_series(published_site):
    text = visible_text(published_site.page("serien/"))
    assert "Networking" in text and "3 Teile" in text


def test_series_feed_and_part_names_in_every_feed(published_site):
    for feed_path in ("feeds/alle.atom.xml", "feeds/serie-networking.atom.xml"):
        feed = ET.parse(published_site.output / feed_path).getroot()
        titles = [e.find(f"{ATOM}title").text for e in feed.iter(f"{ATOM}entry")]
        assert f"Networking, Teil II: {TITLES[2]}" in titles, feed_path
        assert len(titles) == 3


def test_json_ld_on_parts_and_landing_page(published_site):
    base = published_site.base_url
    part = json_ld(published_site.page(PART_URLS[2]))
    assert part["position"] == 2
    assert part["headline"] == TITLES[2]
    assert part["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "name": "Networking",
        "url": f"{base}/serie/networking/",
    }
    landing = json_ld(published_site.page("serie/networking/"))
    assert landing["@type"] == "CreativeWorkSeries"
    assert [p["url"] for p in landing["hasPart"]] == [
        f"{base}/{PART_URLS[n]}" for n in (1, 2, 3)
    ]


@pytest.mark.parametrize(
    "url", ["", "kategorie/networking/", "schlagwort/netzwerke/", "archiv/"]
)
def test_every_list_shows_the_newest_part_first_and_which_part_it_is(
    published_site, url
):
    html = published_site.page(url)
    text = visible_text(html)
    labels = re.findall(r"Teil [IV]+ von III", text)
    assert labels == ["Teil III von III", "Teil II von III", "Teil I von III"]
    positions = [text.index(TITLES[n]) for n in (3, 2, 1)]
    assert positions == sorted(positions)
    if url != "archiv/":  # teasers link the series; the archive is a plain list
        assert text.count("der Serie „Networking“") == 3
        series = f"{published_site.base_url}/serie/networking/"
        assert links(html).count(series) >= 3


def test_the_home_page_offers_the_series_from_its_first_part(published_site):
    html = published_site.page("")
    start = element(html, "section", class_="series-start")
    assert "Serie „Networking“" in visible_text(start)
    [(link, button)] = elements(start, "a", class_="button")
    assert link["href"] == f"{published_site.base_url}/{PART_URLS[1]}"
    assert inner_html(button) == "Mit Teil&nbsp;I beginnen"  # never broken apart


def test_the_last_part_says_that_the_series_is_complete(published_site):
    last = series_nav(published_site.page(PART_URLS[3]))
    assert "Die Serie ist abgeschlossen." in last
    for number in (1, 2):
        assert "abgeschlossen" not in series_nav(published_site.page(PART_URLS[number]))


def test_the_feed_link_says_what_it_is_for(published_site):
    footer = visible_text(
        element(published_site.page(""), "footer", class_="site-footer")
    )
    assert "Feed abonnieren (Atom)" in footer and "Atom-Feed" not in footer
    series = visible_text(published_site.page("serie/networking/"))
    assert "Diese Serie als Feed abonnieren (Atom)" in series


@pytest.fixture(scope="module")
def content_with_draft(tmp_path_factory):
    content = copy_content(tmp_path_factory.mktemp("draft") / "content")
    (content / "networking-teil-4.md").write_text(
        "Title: Netzwerken auf Veranstaltungen\nDate: 2010-03-05\n"
        "Slug: netzwerken-auf-veranstaltungen\nSeries: networking\n"
        "Series_index: 4\nStatus: draft\n\nEntwurf.\n",
        encoding="utf-8",
    )
    return content


def test_a_draft_part_never_leaks_into_the_published_site(tmp_path, content_with_draft):
    site = build(tmp_path, "publishconf.py", content=content_with_draft)
    assert site.returncode == 0, site.log
    for path in site.output.rglob("*"):
        if path.is_file():
            assert "netzwerken-auf-veranstaltungen" not in path.read_text(
                errors="ignore"
            ), path
    text = visible_text(site.page(PART_URLS[2]))
    assert "Teil II von IV" in text
    assert "Teil IV: Netzwerken auf Veranstaltungen – erscheint demnächst" in text
    assert "Die Serie wird fortgesetzt." in visible_text(site.page("serie/networking/"))
    # The last part out says what comes next.
    assert (
        "Als Nächstes: Teil IV, „Netzwerken auf Veranstaltungen“ – erscheint "
        "demnächst." in series_nav(site.page(PART_URLS[3]))
    )


def test_a_draft_part_is_linked_in_the_local_preview(tmp_path, content_with_draft):
    site = build(tmp_path, content=content_with_draft)
    assert site.returncode == 0, site.log
    html = site.page(PART_URLS[3])
    assert "entwuerfe/netzwerken-auf-veranstaltungen/" in html
    assert "(Entwurf)" in visible_text(html)


def test_a_numbering_mistake_stops_the_real_build(tmp_path):
    site = build_with(
        tmp_path,
        "doppelt.md",
        "Title: Doppelt\nDate: 2010-03-05\nSeries: networking\nSeries_index: 2\n\n"
        "Text.\n",
    )
    assert site.returncode != 0
    assert "part 2 is claimed twice" in site.log
    assert "doppelt.md" in site.log and "networking-teil-2.md" in site.log


def new_part(content, series, title):
    """``python3 dev.py new-part`` on a copy of the content, as an author runs it."""
    return subprocess.run(
        [sys.executable, "-m", "invoke", "new-part", "--series", series,
         "--title", title, "--content", str(content)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_new_part_task_creates_the_next_part_as_a_draft(tmp_path):
    content = copy_content(tmp_path / "content")
    done = new_part(content, "networking", "Netzwerken auf Veranstaltungen")
    assert done.returncode == 0, done.stderr
    created = content / "networking-teil-4.md"
    assert done.stdout.strip() == str(created)
    text = created.read_text(encoding="utf-8")
    assert "Series: networking\nSeries_index: 4\nStatus: draft\n" in text
    assert f"Date: {datetime.date.today().isoformat()}\n" in text
    assert "Slug: netzwerken-auf-veranstaltungen\n" in text
    site = build(tmp_path / "output", content=content)
    assert site.returncode == 0, site.log


def test_new_part_for_a_series_not_described_says_which_file_to_create(tmp_path):
    content = copy_content(tmp_path / "content")
    done = new_part(content, "gibtsnicht", "Probe")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "The series 'gibtsnicht' is not described. Fix: create " in done.stderr
    assert "series/gibtsnicht.toml with at least title" in done.stderr
    assert sorted(p.name for p in content.glob("*.md")) == sorted(
        p.name for p in (ROOT / "content").glob("*.md")
    )  # nothing written


@pytest.mark.parametrize("title", ["???", "–", "   ", "!!! ???"])
def test_new_part_refuses_a_title_that_gives_no_address(tmp_path, title):
    content = copy_content(tmp_path / "content")
    done = new_part(content, "networking", title)
    assert done.returncode == 1
    assert f"The title {title!r} gives no address" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (content / "networking-teil-4.md").exists()


@pytest.mark.parametrize("series", ["Networking", "NETWORKING", " networking"])
def test_new_part_finds_a_series_named_in_another_case(tmp_path, series):
    content = copy_content(tmp_path / "content")
    done = new_part(content, series, "Netzwerken auf Messen")
    assert done.returncode == 0, done.stderr
    created = content / "networking-teil-4.md"
    assert "Series: networking\nSeries_index: 4\n" in created.read_text()
    site = build(tmp_path / "output", content=content)
    assert site.returncode == 0, site.log


def test_a_parts_reading_time_counts_what_a_reader_reads_not_hidden_controls(
    local_site,
):
    """Part II's text with its checklist and results counts; the controls its
    script brings to life, written hidden, do not."""
    page = local_site.page(PART_URLS[2])
    body = without(element(page, "div", class_="content"), "nav", class_="series-nav")
    shown = without(body, "div", class_="checklist-enhanced")
    words = len(visible_text(shown).split())
    minutes = -(-words // 200)  # SERIES_WORDS_PER_MINUTE, rounded up
    series = visible_text(local_site.page("serie/networking/"))
    assert f"3. März 2010 · {minutes} Minuten Lesezeit" in series
    assert len(visible_text(body).split()) > words  # hidden words exist
