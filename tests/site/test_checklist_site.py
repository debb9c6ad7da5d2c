"""Part II's checklist on the built site: the form, the feed, a reader without JS."""

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from collections import Counter

from pelican.plugins.checklist.options import DEFAULTS as OPTIONS
from pelican.plugins.checklist.options import TOOL_WORDS

from tests.support.site import (
    ATOM,
    ODD_URLS,
    PART_URLS,
    assert_stopped_on,
    build_with,
    element,
    elements,
    inner_html,
    links,
    seed_lines,
    tags,
    visible_text,
    without,
)
from tools.local_site import build


def test_part_two_form_asks_the_five_questions_word_for_word(local_site):
    html = local_site.page(PART_URLS[2])
    legends = [inner_html(outer) for _attrs, outer in elements(html, "legend")]
    questions = [line[2:] for line in seed_lines() if line.startswith("- ")]
    # Word for word; long words may break at soft hyphens, which show only
    # where a line breaks (the summary list repeats them in a narrower box).
    shown = [visible_text(legend) for legend in legends]
    assert [text.replace("\xad", "") for text in shown[:5]] == questions[:5]
    assert "Zugangs\xadvor\xadaus\xadset\xadzun\xadgen?" in shown[4]
    assert shown[5] == "Welche Zugangs\xadvor\xadaus\xadset\xadzun\xadgen?"


def test_the_paragraph_before_the_list_stays(local_site):
    html = local_site.page(PART_URLS[2])
    content = element(html, "div", class_="content")
    before = content[: content.index(element(content, "form", class_="checklist"))]
    assert visible_text(before).endswith(
        "Meine Empfehlung: Notiere einfach mal, was Dein ideales Netzwerk "
        "ausmachen sollte."
    )


def test_every_control_has_a_label_and_ids_are_unique(local_site):
    html = local_site.page(PART_URLS[2])
    ids = [attrs["id"] for _tag, attrs in tags(html) if "id" in attrs]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    labelled = {attrs["for"] for _tag, attrs in tags(html, "label")}
    # The answers; then the controls the script brings to life (hidden until it runs).
    script_html = element(html, "div", class_="checklist-enhanced")
    answers_html = without(html, "div", class_="checklist-enhanced")
    controls = [
        attrs
        for tag, attrs in tags(answers_html)
        if tag in ("input", "textarea", "select")
    ]
    # 13 radio buttons and five "Keine Antwort", one line of text, five notes
    # and the follow-up's answer.
    assert len(controls) == 25
    for attrs in controls:
        assert attrs["id"] in labelled, f"control without label: {attrs}"
        assert attrs.get("name"), f"control without name: {attrs}"
    # The script's: a field to copy from, a file chooser opened by its button.
    script_controls = [
        (tag, attrs)
        for tag, attrs in tags(script_html)
        if tag in ("input", "textarea", "select")
    ]
    assert [tag for tag, _attrs in script_controls] == ["textarea", "input"]
    assert script_controls[0][1]["id"] in labelled
    assert "hidden" in script_controls[1][1]


def test_feed_carries_the_questions_as_a_list_and_no_form(published_site):
    feed = ET.parse(published_site.output / "feeds/alle.atom.xml").getroot()
    part_two = f"{published_site.base_url}/{PART_URLS[2]}"
    for entry in feed.iter(f"{ATOM}entry"):
        content = entry.find(f"{ATOM}content").text
        assert not re.search(r"<(form|input|textarea|select|button)\b", content)
        if entry.find(f"{ATOM}link").get("href") == part_two:
            text = visible_text(content)
            for line in seed_lines():
                if line.startswith("- "):
                    assert line[2:] in text
            assert "Geschlossenes Expertennetzwerk" in text
            assert (
                f'<a href="{part_two}#cl-ideales-netzwerk">'
                "Checkliste auf der Website ausfüllen</a>"
            ) in content


def test_summary_without_metadata_shows_a_list_not_a_form(tmp_path):
    site = build_with(
        tmp_path,
        "ohne-summary.md",
        "Title: Ohne Summary\nDate: 2010-03-06\nSlug: ohne-summary\n\n"
        "Einleitung.\n\n::: checklist kurz version=1\n- Wie gehts?\n"
        "    ( ) Gut\n    ( ) Schlecht\n:::\n",
        "publishconf.py",
        siteurl="https://blog.example",
    )
    assert site.returncode == 0, site.log
    home = site.page("")
    [teaser] = [
        outer
        for _attrs, outer in elements(home, "article", class_="teaser")
        if "https://blog.example/2010/ohne-summary/" in links(outer)
    ]
    assert not tags(teaser, "form") and not tags(teaser, "input")
    assert "Wie gehts?" in visible_text(teaser)
    assert "https://blog.example/2010/ohne-summary/#cl-kurz" in links(teaser)
    # The article itself keeps its form.
    assert "<form" in site.page("2010/ohne-summary/")


def test_feeds_and_summaries_carry_the_results_as_a_plain_list(published_site):
    feed = ET.parse(published_site.output / "feeds/alle.atom.xml").getroot()
    part_two = f"{published_site.base_url}/{PART_URLS[2]}"
    part_three = f"{published_site.base_url}/{PART_URLS[3]}"
    for entry in feed.iter(f"{ATOM}entry"):
        if entry.find(f"{ATOM}link").get("href") != part_two:
            continue
        # Soft hyphens in the long words of the answers, as on the page.
        content = entry.find(f"{ATOM}content").text.replace("\u00ad", "")
        assert "Welche Netzwerke zu welchen Antworten" in content
        assert "<h4>Ein geschlossenes" in content
        assert "Dafür: „Online“, „Erfahrungsaustausch“" in content
        assert "„Geschlossenes Expertennetzwerk“. Dagegen: „Groß“" in content
        assert f'href="{part_three}"' in content  # absolute, as a feed needs
        assert "data-messages" not in content and "<button" not in content
        break
    else:
        raise AssertionError("Part II is not in the feed")


def test_the_tables_of_contents_say_which_parts_have_a_checklist(local_site):
    for url in (PART_URLS[1], PART_URLS[2], PART_URLS[3], "serie/networking/"):
        html = local_site.page(url)
        items = [
            a["data-checklists"] for _t, a in tags(html, "li") if "data-checklists" in a
        ]
        assert items == [
            "checkliste:ideales-netzwerk:v1;ort,zweck,groesse,reichweite,zugang"
        ], url
        assert "Checkliste: <span>0</span>&nbsp;von 5&nbsp;Fragen beantwortet" in html
    # Pages without a table of contents load no progress script.
    assert "progress.js" not in local_site.page("archiv/")
    assert "theme/js/series.js" in local_site.page("serie/networking/")
    assert "theme/js/progress.js" in local_site.page(PART_URLS[1])


def test_the_build_names_file_and_line_of_each_mistake_in_results(tmp_path):
    questions = (
        '::: checklist netz version=1 title="Mein Netz"\n'
        "- Online oder vor Ort? {#ort}\n    ( ) Online {#online}\n"
        "    ( ) Vor Ort {#offline}\n- Wozu? {#zweck}\n"
        "    [ ] Austausch {#austausch}\n    [ ] Aufträge {#auftraege}\n"
        "- Was noch? {#sonst}\n    [====]"
    )
    source = (
        "Title: Probe\nDate: 2010-03-09\n\n"
        + questions
        + "\n\nErgebnis: Forum\n    Text.\n    Dafür: ort = fern\n"
        "Ergebnis: Treff\n    Dafür: ort = offline\n:::\n"
    )
    site = build_with(tmp_path, "probe.md", source)
    assert_stopped_on(
        site,
        "content/probe.md, line 16: The question 'ort' has no option 'fern'. "
        "Fix: use one of its option ids: online, offline.",
        "content/probe.md, line 17: The result 'Treff' has no text.",
    )


# --- The site's own words: one changed, every other kept ---------------------------


def test_a_site_that_changes_one_word_keeps_every_other(tmp_path):
    site = build(
        tmp_path,
        extra=[
            'CHECKLIST_MESSAGES={"saved": "Auf diesem Gerät gesichert."}',
            'CHECKLIST_SCRIPT_LABELS={"copy": "Kopieren"}',
        ],
    )
    assert site.returncode == 0, site.log
    part = site.page(PART_URLS[2])
    [(attrs, _outer)] = elements(part, "div", class_="checklist-enhanced")
    messages = json.loads(attrs["data-messages"])
    words = {**OPTIONS["messages"], "saved": "Auf diesem Gerät gesichert."}
    assert messages == {k: v for k, v in words.items() if k not in TOOL_WORDS}
    buttons = [visible_text(outer) for _attrs, outer in elements(part, "button")]
    assert "Kopieren" in buttons and "Was zu Dir passt" in visible_text(part)
    assert "Antworten als Text kopieren" not in buttons
    assert "Antworten löschen" in buttons


def test_words_the_checklist_cannot_use_are_named_all_at_once(tmp_path):
    site = build(
        tmp_path,
        extra=[
            'CHECKLIST_MESSAGES={"saevd": "Gesichert.", "copied": 3}',
            'CHECKLIST_SCRIPT_LABELS=["Kopieren"]',
        ],
    )
    assert_stopped_on(
        site,
        "- The setting CHECKLIST_MESSAGES has the key 'saevd', which the checklist "
        "does not use. Fix: did you mean 'saved'? use one of: ",
        "- The setting CHECKLIST_MESSAGES gives 'copied' as int, not text. Fix: "
        "write it in quotes, e.g. 'In die Zwischenablage kopiert.'.",
        "- The setting CHECKLIST_SCRIPT_LABELS is list, not dict. Fix: give it as "
        "a dict",
    )


def test_a_broken_checklist_stops_the_build_naming_file_and_line(tmp_path):
    site = build_with(
        tmp_path,
        "kaputte-checkliste.md",
        "Title: Kaputt\nDate: 2010-03-05\n\nText.\n\n"
        "::: checklist netz version=1\n- Frage?\n    ( ) Ja\n:::\n",
    )
    assert site.returncode != 0
    assert (
        "content/kaputte-checkliste.md, line 7: The single-choice "
        "question 'Frage?' has only one option. Fix: add another option"
    ) in site.log
    assert not list((tmp_path / "output").rglob("*kaputt*"))


def test_locales_the_plugins_have_no_words_for_are_named_all_at_once(tmp_path):
    site = build(tmp_path, extra=['CHECKLIST_LOCALE="fr"', 'SERIES_LOCALE="de_DE"'])
    assert_stopped_on(
        site,
        "- The setting CHECKLIST_LOCALE is 'fr', which has no words. Fix: use one "
        "of: de, en.",
        "- The setting SERIES_LOCALE is 'de_DE', which has no words. Fix: use one "
        "of: de, en.",
    )


# --- The blank worksheet -------------------------------------------------------------


def worksheet_link(page_html, page_url):
    """The address the form's "Leere Checkliste zum Ausdrucken" leads to."""
    [(attrs, _outer)] = [
        (attrs, outer)
        for attrs, outer in elements(page_html, "a")
        if visible_text(outer) == "Leere Checkliste zum Ausdrucken"
    ]
    return posixpath.normpath(posixpath.join("/" + page_url, attrs["href"])) + "/"


def test_every_checklist_links_its_blank_worksheet(odd_site):
    pages = {
        PART_URLS[2]: "/vorlage/ideales-netzwerk/",
        ODD_URLS["article"]: "/vorlage/grenzfall/",
        ODD_URLS["page"]: "/vorlage/arbeitsblatt/",
    }
    for url, worksheet in pages.items():
        assert worksheet_link(odd_site.page(url), url) == worksheet
        sheet = odd_site.page(worksheet.strip("/") + "/")
        back = [attrs["href"] for attrs, _outer in elements(sheet, "a")]
        assert any(h.startswith(f"{odd_site.base_url}/{url}#cl-") for h in back)
    # No stand-in for an address is left anywhere.
    for page in odd_site.html_files():
        assert "{worksheet}" not in page.read_text(encoding="utf-8"), page


def test_the_worksheet_has_boxes_to_tick_and_lines_to_write_on(odd_site):
    sheet = odd_site.page("vorlage/grenzfall/")
    [(_attrs, title)] = elements(sheet, "h1")
    assert visible_text(title) == "Grenzfälle"
    questions = [visible_text(outer) for _a, outer in elements(sheet, "h2")]
    assert questions[:2] == ["Eine Frage namens id", "Eine Frage namens dataset"]
    # One answer: circles; several: squares, with the hint that says so.
    assert len(elements(sheet, "ul", class_="worksheet-radio")) == 1
    assert len(elements(sheet, "ul", class_="worksheet-checkbox")) == 2
    assert "Kreuze alle Antworten an, die passen." in visible_text(sheet)
    # An option with a text of its own gets a blank; a follow-up sits under
    # its option; every text field has its label and ruled lines.
    assert len(elements(sheet, "span", class_="worksheet-blank")) == 2  # + the date
    followups = elements(sheet, "div", class_="worksheet-followup")
    assert [visible_text(outer)[:24] for _a, outer in followups] == [
        "Folgefrage namens length"
    ]
    fields = [
        visible_text(outer)
        for _a, outer in elements(sheet, "div", class_="worksheet-field")
    ]
    assert fields[:2] == ["Antwort daneben", "Notizen"]
    assert "<input" not in sheet and "<textarea" not in sheet and "<script" not in sheet


def test_without_a_worksheet_address_there_is_no_link_and_no_page(tmp_path):
    site = build(tmp_path, extra=['CHECKLIST_WORKSHEET_SAVE_AS=""'])
    assert site.returncode == 0, site.log
    assert "Leere Checkliste" not in site.page(PART_URLS[2])
    assert not (site.output / "vorlage").exists()


def test_worksheet_settings_it_cannot_use_are_named_all_at_once(tmp_path):
    site = build(
        tmp_path,
        extra=[
            'CHECKLIST_WORKSHEET_URL="vorlage/"',
            'CHECKLIST_WORKSHEET_SAVE_AS="vorlage/{slug}/index.html"',
            'CHECKLIST_WORKSHEET_HINTS=["Kreuze an."]',
        ],
    )
    assert_stopped_on(
        site,
        "- The setting CHECKLIST_WORKSHEET_URL is 'vorlage/'. Fix: write an "
        "address with {id} in it, e.g. 'vorlage/{id}/'.",
        "- The setting CHECKLIST_WORKSHEET_SAVE_AS is 'vorlage/{slug}/",
        "- The setting CHECKLIST_WORKSHEET_HINTS is ['Kreuze an.'].",
    )
