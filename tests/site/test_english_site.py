"""The checklist and the series as anyone installs them: a small English
site with Pelican's own theme, no file of this site's theme, no site plugin
(``tests/support/english_site.py``). Its browser side is in
``tests/browser/test_english_site_browser.py``."""

import xml.etree.ElementTree as ET

import pytest

from tests.support.english_site import GERMAN, URLS, build_english_site
from tests.support.site import ATOM, element, elements, visible_text
from tools.local_site import ROOT


@pytest.fixture(scope="module")
def english_site(tmp_path_factory):
    site = build_english_site(tmp_path_factory.mktemp("english"))
    assert site.returncode == 0, site.log
    return site


def test_it_is_built_with_pelicans_theme_and_none_of_this_sites(english_site):
    page = english_site.page(URLS["part 1"])
    assert "/theme/css/main.css" in page  # notmyidea's
    ours = {p.name for p in (ROOT / "theme" / "static" / "css").iterdir()}
    shipped = {p.name for p in (english_site.output / "theme" / "css").iterdir()}
    assert ours & shipped == set()


def test_the_checklist_speaks_english_in_the_english_syntax(english_site):
    page = english_site.page(URLS["part 1"])
    form = element(page, "form", class_="checklist")
    text = visible_text(form)
    for words in (
        "Checklist: Your ideal network",
        "Your answers never leave your browser.",
        "No answer",
        "Notes",
        "Which results fit which answers",
        "An online community",
        "For it: “Online”, “Advice”.",
        "Against it: “In person”.",
        "Blank checklist to print",
        "What fits you",
    ):
        assert words in text, words
    assert [word for word in GERMAN if word in visible_text(page)] == []
    # The script comes with the form, for a theme that does not load it.
    [(script, _outer)] = elements(form, "script")
    assert script == {"type": "module", "src": "/theme/js/checklist.js"}
    [(style, _outer)] = elements(form, "link")
    assert style == {"rel": "stylesheet", "href": "/theme/css/checklist.css"}
    assert (english_site.output / "theme/css/checklist.css").exists()
    assert (english_site.output / "theme/js/checklist.js").exists()
    assert (english_site.output / "theme/js/checklist-words.json").exists()


def test_the_worksheet_is_printed_from_the_plugins_own_template(english_site):
    sheet = english_site.page(URLS["worksheet"])
    assert visible_text(element(sheet, "p", class_="worksheet-kind")) == (
        "Blank checklist to print"
    )
    assert "Tick one answer." in visible_text(sheet)
    assert "/theme/css/worksheet.css" in sheet
    # The article of the site's own worksheet, in English quotes.
    source = visible_text(element(sheet, "p", class_="worksheet-source"))
    assert source == "From “Finding your first network”"


def test_the_series_links_its_parts(english_site):
    first = element(english_site.page(URLS["part 1"]), "nav", class_="series-parts")
    second = element(english_site.page(URLS["part 2"]), "nav", class_="series-parts")
    assert visible_text(first).startswith("Part 1 of 2 of the series Getting started")
    assert [a["href"] for a, _o in elements(first, "a")] == [
        f"/{URLS['series']}",
        f"/{URLS['part 2']}",
    ]
    assert "Previous part: Finding your first network" in visible_text(second)
    landing = visible_text(english_site.page(URLS["series"]))
    assert "Part 1: Finding your first network" in landing
    assert "Part 2: Giving before taking" in landing


def test_feed_readers_get_the_plain_list_in_english(english_site):
    feed = (english_site.output / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert "Fill in the checklist on the website" in feed
    assert "&lt;form" not in feed and "&lt;script" not in feed  # no controls, no script
    series = english_site.output / "feeds/series-getting-started.atom.xml"
    titles = ET.parse(series).getroot().findall(f"{ATOM}entry/{ATOM}title")
    assert [title.text for title in titles] == [
        "Getting started, part 2: Giving before taking",
        "Getting started, part 1: Finding your first network",
    ]
