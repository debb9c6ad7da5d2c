"""The series at generator level: linking, numbering, drafts and every mistake.

The articles are stand-ins with the attributes Pelican gives an article; the
descriptions are real TOML files, read by the plugin as in a build.
"""

import datetime
from types import SimpleNamespace

import pytest
from pelican.plugins.series_parts import DEFAULTS
from pelican.plugins.series_parts.linking import link_series
from pelican.plugins.series_parts.model import roman
from pelican.plugins.series_parts.words import ADDRESSES
from pelican.settings import DEFAULT_CONFIG

BERLIN = datetime.timezone(datetime.timedelta(hours=1))
NETWORKING = 'title = "Networking"\ndescription = "Eine Serie."\n'


def article(name, index, series="networking", status="published", day=1, year=2010):
    return SimpleNamespace(
        source_path=f"content/{name}.md",
        series=series,
        series_index=index,
        status=status,
        title=f"Titel {name}",
        date=datetime.datetime(year, 3, day, 9, tzinfo=BERLIN),
        url=f"{year}/{name}/",
        content="<p>" + "Wort " * 450 + "</p>",
    )


def link(tmp_path, articles=(), drafts=(), hidden=(), descriptions=None, **settings):
    folder = tmp_path / "series"
    folder.mkdir(exist_ok=True)
    for key, text in (descriptions or {"networking": NETWORKING}).items():
        (folder / f"{key}.toml").write_text(text, encoding="utf-8")
    generator = SimpleNamespace(
        settings={
            "PATH": str(tmp_path),
            "SLUG_REGEX_SUBSTITUTIONS": DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"],
            "FEED_ALL_ATOM": "feeds/alle.atom.xml",
            **DEFAULTS,
            **ADDRESSES["de"],
            "DEFAULT_LANG": "de",
            **settings,
        },
        articles=list(articles),
        drafts=list(drafts),
        hidden_articles=list(hidden),
        context={},
    )
    generator.problems = link_series(generator)
    return generator


def failure(tmp_path, *args, **kwargs):
    """What the author is told: every mistake, one line each, as the build says."""
    problems = link(tmp_path, *args, **kwargs).problems
    assert problems, "the series were linked without a complaint"
    return "\n".join(f"- {problem}" for problem in problems)


def test_roman_numbers():
    assert [roman(n) for n in (1, 2, 3, 4, 9, 12, 14, 40)] == [
        "I", "II", "III", "IV", "IX", "XII", "XIV", "XL"
    ]  # fmt: skip


def test_first_middle_and_last_part(tmp_path):
    parts = [article("eins", "1"), article("zwei", "2"), article("drei", "3")]
    link(tmp_path, parts)
    first, middle, last = (p.series_part for p in parts)
    assert first.label == "Teil\xa0I von\xa0III"
    assert (first.previous, first.next.title) == (None, "Titel zwei")
    assert (middle.previous.title, middle.next.title) == ("Titel eins", "Titel drei")
    assert (last.previous.title, last.next) == ("Titel zwei", None)
    assert [e.index for e in middle.series.entries] == [1, 2, 3]


def test_single_part_series_with_arabic_numbers(tmp_path):
    only = article("solo", "1", series="solo")
    link(
        tmp_path, [only], descriptions={"solo": 'title = "Solo"\nnumbering = "arabic"'}
    )
    assert only.series_part.label == "Teil\xa01 von\xa01"
    assert only.series_part.previous is None and only.series_part.next is None


def test_several_series_do_not_mix(tmp_path):
    a1, a2 = article("a1", "1", series="alpha"), article("a2", "2", series="alpha")
    b1 = article("b1", "1", series="beta")
    generator = link(
        tmp_path,
        [b1, a2, a1],
        descriptions={"alpha": 'title = "Alpha"', "beta": 'title = "Beta"'},
    )
    assert [s.title for s in generator.context["series_list"]] == ["Alpha", "Beta"]
    assert a1.series_part.next.title == "Titel a2"
    assert b1.series_part.label == "Teil\xa0I von\xa0I"


def test_parts_ten_and_up_sort_as_numbers(tmp_path):
    parts = [article(f"p{n}", str(n), day=n) for n in range(12, 0, -1)]
    generator = link(tmp_path, parts)
    series = generator.context["series_list"][0]
    assert [e.index for e in series.entries] == list(range(1, 13))
    assert series.entries[-1].number == "XII"
    assert parts[0].series_part.label == "Teil\xa0XII von\xa0XII"
    assert parts[-1].series_part.next.title == "Titel p2"  # not p10


def test_announced_parts_count_and_show_their_date(tmp_path):
    description = NETWORKING + (
        '[[announced]]\nindex = 3\ntitle = "Auf Veranstaltungen"\ndate = 2010-03-05\n'
        '[[announced]]\nindex = 4\ntitle = "Netzwerk pflegen"\n'
    )
    parts = [article("eins", "1"), article("zwei", "2")]
    generator = link(tmp_path, parts, descriptions={"networking": description})
    assert parts[1].series_part.label == "Teil\xa0II von\xa0IV"
    assert parts[1].series_part.next is None
    entries = generator.context["series_list"][0].entries
    assert [(e.title, e.linked) for e in entries[2:]] == [
        ("Auf Veranstaltungen", False),
        ("Netzwerk pflegen", False),
    ]
    assert entries[2].announcement == "erscheint am 5.\xa0März\xa02010"
    assert entries[3].announcement == "erscheint demnächst"


def test_drafts_are_listed_but_not_linked_when_publishing(tmp_path):
    published = [article("eins", "1"), article("zwei", "2")]
    draft = article("drei", "3", status="draft", day=6, year=2999)
    generator = link(tmp_path, published, drafts=[draft])
    series = generator.context["series_list"][0]
    assert published[1].series_part.label == "Teil\xa0II von\xa0III"
    assert published[1].series_part.next is None
    assert series.entries[2].url is None
    assert series.entries[2].announcement == "erscheint am 6.\xa0März\xa02999"
    assert [a.url for a in series.published_articles] == ["2010/eins/", "2010/zwei/"]


def test_drafts_are_linked_in_the_local_preview(tmp_path):
    published = [article("eins", "1")]
    draft = article("zwei", "2", status="draft")
    link(tmp_path, published, drafts=[draft], SERIES_LINK_DRAFTS=True)
    assert published[0].series_part.next.url == "2010/zwei/"
    assert draft.series_part.entry.status == "draft"


def test_hidden_parts_never_get_a_link(tmp_path):
    visible = article("eins", "1")
    hidden = article("zwei", "2", status="hidden")
    generator = link(tmp_path, [visible], hidden=[hidden], SERIES_LINK_DRAFTS=True)
    assert visible.series_part.next is None
    entry = generator.context["series_list"][0].entries[1]
    assert (entry.url, entry.announcement) == (None, "erscheint demnächst")


def test_nothing_carries_over_from_one_build_to_the_next(tmp_path):
    first = link(tmp_path, [article("eins", "1"), article("zwei", "2")])
    second = link(tmp_path, [article("eins", "1")])
    assert first.context["series_list"][0].total == 2
    assert second.context["series_list"][0].total == 1


def test_articles_outside_any_series_are_left_alone(tmp_path):
    loner = SimpleNamespace(source_path="content/x.md", status="published")
    link(tmp_path, [loner, article("eins", "1")])
    assert not hasattr(loner, "series_part")


# --- Mistakes --------------------------------------------------------------------


def test_two_parts_with_the_same_number(tmp_path):
    message = failure(tmp_path, [article("eins", "1"), article("auch-eins", "1")])
    assert "part 1 is claimed twice, by content/eins.md and content/auch-eins.md" in (
        message
    )
    assert "Fix: give one of them another Series_index" in message


def test_a_gap_in_the_numbering(tmp_path):
    message = failure(tmp_path, [article("eins", "1"), article("drei", "3")])
    assert "part(s) 2 missing (found 1: content/eins.md, 3: content/drei.md)" in message
    assert "or announce the missing part(s)" in message


def test_a_gap_filled_by_an_announcement_is_fine(tmp_path):
    description = NETWORKING + '[[announced]]\nindex = 2\ntitle = "Zwei"\n'
    parts = [article("eins", "1"), article("drei", "3")]
    link(tmp_path, parts, descriptions={"networking": description})
    assert parts[0].series_part.next.title == "Titel drei"


@pytest.mark.parametrize("index", ["0", "-1", "zwei", "2.5", "", "II"])
def test_a_part_number_that_is_not_a_positive_whole_number(tmp_path, index):
    message = failure(tmp_path, [article("kaputt", index)])
    assert f"content/kaputt.md: Series_index {index!r} is not a positive whole" in (
        message
    )
    assert "Fix: write the part's number with the digits 0-9" in message


def test_a_series_without_description(tmp_path):
    message = failure(tmp_path, [article("eins", "1", series="unbekannt")])
    assert "content/eins.md: The series 'unbekannt' is not described" in message
    assert "series/unbekannt.toml" in message


@pytest.mark.parametrize("spelling", ["Networking", "net working", "Net-Working"])
def test_series_names_that_differ_only_in_case_or_spacing(tmp_path, spelling):
    message = failure(
        tmp_path, [article("eins", "1"), article("zwei", "2", series=spelling)]
    )
    assert (
        f"content/zwei.md: 'Series: {spelling}' differs only in case or spacing "
        "from the series 'networking'"
    ) in message
    assert "Fix: write 'Series: networking'" in message


def test_two_descriptions_that_differ_only_in_case(tmp_path):
    message = failure(
        tmp_path,
        [article("eins", "1")],
        descriptions={"networking": NETWORKING, "Net_Working": 'title = "N"'},
    )
    assert "differ only in case or spacing" in message
    assert "Net_Working.toml" in message and "networking.toml" in message


def test_an_announced_part_taken_by_a_published_one(tmp_path):
    description = NETWORKING + '[[announced]]\nindex = 2\ntitle = "Geplant"\n'
    message = failure(
        tmp_path,
        [article("eins", "1"), article("zwei", "2")],
        descriptions={"networking": description},
    )
    assert "announced part 2 (Geplant)" in message
    assert "is taken by the published content/zwei.md" in message
    assert "Fix: remove the announcement" in message


def test_a_part_without_number(tmp_path):
    message = failure(tmp_path, [article("eins", None)])
    assert "content/eins.md: 'Series: networking' without a part number" in message


def test_every_mistake_is_reported_at_once(tmp_path):
    message = failure(
        tmp_path,
        [article("a", "0"), article("b", "1", series="fehlt"), article("c", "zwei")],
    )
    assert len(message.splitlines()) == 3
