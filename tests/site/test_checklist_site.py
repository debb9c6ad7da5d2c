"""Part II's checklist on the built site: the form, the feed, a reader without JS."""

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter

from guide.checklist_options import DEFAULTS as OPTIONS
from guide.checklist_options import TOOL_WORDS
from tests.support.site import (
    ATOM,
    PART_URLS,
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
    assert [visible_text(legend) for legend in legends[:4]] == questions[:4]
    # The fifth question has its follow-up nested inside it. In the follow-up's
    # narrower box, long words may break at soft hyphens; the source's own
    # questions stay exactly as written.
    assert visible_text(legends[4]) == questions[4]
    followup = "Welche Zugangs\xadvor\xadaus\xadset\xadzun\xadgen?"
    assert visible_text(legends[5]) == followup
    assert "\xad" not in "".join(legends[:5])


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
    # The script's: a file chooser opened by its button, a field to copy from.
    script_controls = [
        (tag, attrs)
        for tag, attrs in tags(script_html)
        if tag in ("input", "textarea", "select")
    ]
    assert [tag for tag, _attrs in script_controls] == ["input", "textarea"]
    assert "hidden" in script_controls[0][1]
    assert script_controls[1][1]["id"] in labelled


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
        assert items == ["ideales-netzwerk:1:ort,zweck,groesse,reichweite,zugang"], url
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
    assert site.returncode == 1
    assert "Traceback" not in site.log
    assert "The build stopped: 2 mistakes to fix." in site.log
    assert (
        "content/probe.md, line 16: The question 'ort' has no option 'fern'. "
        "Fix: use one of its option ids: online, offline."
    ) in site.log
    assert "content/probe.md, line 17: The result 'Treff' has no text." in site.log


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
    assert "Als Text kopieren" not in buttons
    assert "Antworten löschen" in buttons


def test_words_the_checklist_cannot_use_are_named_all_at_once(tmp_path):
    site = build(
        tmp_path,
        extra=[
            'CHECKLIST_MESSAGES={"saevd": "Gesichert.", "copied": 3}',
            'CHECKLIST_SCRIPT_LABELS=["Kopieren"]',
        ],
    )
    assert site.returncode == 1
    assert "Traceback" not in site.log
    assert "The build stopped: 3 mistakes to fix." in site.log
    assert (
        "- The setting CHECKLIST_MESSAGES has the key 'saevd', which the checklist "
        "does not use. Fix: did you mean 'saved'? use one of: " in site.log
    )
    assert (
        "- The setting CHECKLIST_MESSAGES gives 'copied' as int, not text. Fix: "
        "write it in quotes, e.g. 'In die Zwischenablage kopiert.'." in site.log
    )
    assert (
        "- The setting CHECKLIST_SCRIPT_LABELS is list, not dict. Fix: give it as "
        "a dict" in site.log
    )
