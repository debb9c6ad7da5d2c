"""Nothing a reader writes is lost without being told: long notes, several tabs,
back and forward, odd ids, checklists on pages, links too long to share. Real
headless Chromium against the built site on 127.0.0.1, strict CSP."""

import json
import random
import re

import pytest
from playwright.sync_api import expect

from tests.support.checklist_page import (
    FORM,
    KEY,
    SAVED,
    open_part_two,
    ready,
    stored,
    watch,
)
from tests.support.engines import FILL_IGNORES_MAXLENGTH, NO_GO_BACK
from tests.support.site import ODD_URLS, PART_URLS

SYNCED = "Änderungen aus einem anderen Fenster übernommen."
NOTES = "#cl-ideales-netzwerk__ort_notizen"
LIMIT = 20_000
FULL = "Dieses Feld ist voll: Es fasst höchstens 20.000 Zeichen."


# --- Long notes: save and load agree ----------------------------------------------


@pytest.mark.not_in("firefox", why=FILL_IGNORES_MAXLENGTH)
def test_a_long_note_is_kept_and_the_limit_is_told_while_typing(page, site_url):
    problems = watch(page)
    form = open_part_two(page, site_url)
    notes = form.locator(NOTES)
    assert notes.get_attribute("maxlength") == str(LIMIT)
    page_of_text = "Ein Satz über mein Netzwerk, den ich nicht verlieren will. " * 40
    too_much = page_of_text * 10  # 23,600 characters: more than fits
    notes.fill(too_much)
    expect(notes).to_have_value(too_much[:LIMIT])
    expect(form.get_by_role("status")).to_have_text(FULL)
    notes.press("End")
    page.keyboard.type("x")
    expect(notes).to_have_value(too_much[:LIMIT])
    assert len(stored(page)["ort.notizen"]) == LIMIT
    page.reload()
    form = ready(page)
    expect(form.locator(NOTES)).to_have_value(too_much[:LIMIT])
    form.get_by_label("Online", exact=True).check()
    assert len(stored(page)["ort.notizen"]) == LIMIT
    assert problems == []


def test_a_saved_note_longer_than_the_field_is_loaded_not_dropped(page, site_url):
    open_part_two(page, site_url)
    long_note = "Ältere, längere Notiz. " * 2000  # 46,000 characters
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [KEY, json.dumps({"ort.notizen": long_note})],
    )
    page.reload()
    form = ready(page)
    expect(form.locator(NOTES)).to_have_value(long_note)
    form.get_by_label("Lokal", exact=True).check()
    assert stored(page)["ort.notizen"] == long_note


# --- Share links that are too long ---------------------------------------------------


def test_a_share_link_too_long_is_refused_with_what_to_do_instead(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    problems = watch(page)
    form = open_part_two(page, site_url)
    page.evaluate("navigator.clipboard.writeText('vorher')")
    # Notes that packing cannot shrink below the limit: letters at random.
    letters = random.Random(5)
    for notes in form.locator("textarea[name$='.notizen']").all():
        notes.fill("".join(letters.choice("aeinrstuäöü ") for _ in range(4000)))
    form.get_by_role("button", name="Antworten als Link kopieren").click()
    status = form.get_by_role("status")
    expect(status).to_contain_text("Der Link wäre ")
    expect(status).to_contain_text("mehr als die 8.000, die Messenger")
    expect(status).to_contain_text("Lade Deine Antworten stattdessen herunter.")
    assert page.evaluate("navigator.clipboard.readText()") == "vorher"
    assert problems == []
    context.close()


def test_a_share_link_with_a_long_note_still_round_trips(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    form = open_part_two(page, site_url)
    note = "Über Größe, Nähe & „Zugang“ – " * 60
    form.locator(NOTES).fill(note)
    form.get_by_role("button", name="Antworten als Link kopieren").click()
    expect(form.get_by_role("status")).to_have_text(
        "Link kopiert. Wer ihn öffnet, sieht Deine Antworten."
    )
    link = page.evaluate("navigator.clipboard.readText()")
    assert len(link) <= 8000 and "+" not in link and "%2B" not in link
    context.close()
    fresh = browser.new_page()
    fresh.goto(link)
    expect(ready(fresh).locator(NOTES)).to_have_value(note)
    fresh.close()


# --- Several tabs ------------------------------------------------------------------


def test_two_tabs_keep_each_others_answers(context, site_url):
    first, second = context.new_page(), context.new_page()
    problems = watch(first) + watch(second)
    one, two = open_part_two(first, site_url), open_part_two(second, site_url)
    one.get_by_label("Online", exact=True).check()
    two.get_by_label("Lokal", exact=True).check()
    expect(one.get_by_label("Lokal", exact=True)).to_be_checked()
    expect(one.get_by_role("status")).to_have_text(SYNCED)
    two.get_by_label("Erfahrungsaustausch").check()
    expect(one.get_by_label("Erfahrungsaustausch")).to_be_checked()
    assert stored(first) == {
        "ort": "online",
        "reichweite": "lokal",
        "zweck": "austausch",
    }
    second.reload()
    expect(ready(second).get_by_label("Online", exact=True)).to_be_checked()
    assert problems == []


# A tab that misses the other tab's "storage" event (both changed at the same
# moment, or a browser that does not tell a tab in the back/forward cache).
DEAF = (
    "addEventListener('storage', e => e.stopImmediatePropagation(), true);"
    "addEventListener('pageshow', e => { window.fromCache = e.persisted })"
)


def test_two_tabs_changing_at_the_same_moment_keep_both_answers(context, site_url):
    first, second = context.new_page(), context.new_page()
    second.add_init_script(DEAF)
    one, two = open_part_two(first, site_url), open_part_two(second, site_url)
    one.get_by_label("Online", exact=True).check()
    one.locator(NOTES).fill("Notiz aus dem ersten Tab")
    two.get_by_label("Lokal", exact=True).check()
    expect(two.get_by_label("Online", exact=True)).not_to_be_checked()  # missed it
    # What the second tab wrote (another tab sees it a moment later).
    assert stored(second) == {
        "ort": "online",
        "ort.notizen": "Notiz aus dem ersten Tab",
        "reichweite": "lokal",
    }


def test_a_tab_does_not_overwrite_what_its_reader_is_typing(context, site_url):
    first, second = context.new_page(), context.new_page()
    one, two = open_part_two(first, site_url), open_part_two(second, site_url)
    one.locator(NOTES).click()
    first.keyboard.type("Was ich gerade schreibe")
    two.get_by_label("Beides: online und im echten Leben").check()
    two.locator(NOTES).fill("Aus dem anderen Tab")
    expect(one.get_by_label("Beides: online und im echten Leben")).to_be_checked()
    expect(one.locator(NOTES)).to_have_value("Was ich gerade schreibe")
    first.keyboard.type("!")
    assert stored(first) == {
        "ort": "mischform",
        "ort.notizen": "Was ich gerade schreibe!",
    }


def test_an_unreadable_value_from_elsewhere_leaves_the_form_alone(context, site_url):
    first, second = context.new_page(), context.new_page()
    problems = watch(first)
    one = open_part_two(first, site_url)
    one.get_by_label("Online", exact=True).check()
    open_part_two(second, site_url)
    second.evaluate(f"localStorage.setItem('{KEY}', '{{kaputt')")
    one.get_by_label("Lokal", exact=True).check()
    expect(one.get_by_label("Online", exact=True)).to_be_checked()
    assert stored(first) == {"ort": "online", "reichweite": "lokal"}
    assert problems == []


def test_forgetting_in_one_tab_empties_the_other(context, site_url):
    first, second = context.new_page(), context.new_page()
    one, two = open_part_two(first, site_url), open_part_two(second, site_url)
    one.get_by_label("Online", exact=True).check()
    expect(two.get_by_label("Online", exact=True)).to_be_checked()
    two.get_by_role("button", name="Antworten löschen").click()
    two.get_by_role("button", name="Ja, alle löschen").click()
    expect(one.get_by_label("Online", exact=True)).not_to_be_checked()
    one.get_by_label("Lokal", exact=True).check()
    assert stored(first) == {"reichweite": "lokal"}


# --- Back and forward -----------------------------------------------------------------


def back_and_forward(context, site_url):
    """Answers changed in another tab while this one was on another page."""
    page, other = context.new_page(), context.new_page()
    page.add_init_script(DEAF)
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    page.get_by_role("link", name=re.compile("^Nächster Teil")).click()
    expect(page.locator("h1")).to_have_text("Wie ich Xing konkret nutze")
    elsewhere = open_part_two(other, site_url)
    elsewhere.get_by_label("Im echten Leben", exact=True).check()
    elsewhere.locator(NOTES).fill("Neuer als die Seite im Verlauf")
    page.go_back(wait_until="commit")  # a page from the cache fires no load
    form = ready(page)
    expect(form.get_by_label("Im echten Leben", exact=True)).to_be_checked()
    expect(form.locator(NOTES)).to_have_value("Neuer als die Seite im Verlauf")
    form.get_by_label("Lokal", exact=True).check()
    assert stored(page) == {
        "ort": "offline",
        "ort.notizen": "Neuer als die Seite im Verlauf",
        "reichweite": "lokal",
    }
    return page.evaluate("window.fromCache")


@pytest.mark.not_in("firefox", why=NO_GO_BACK)
def test_back_without_the_cache_shows_what_is_saved_now(context, site_url):
    # Playwright's Chromium runs without the back/forward cache.
    assert back_and_forward(context, site_url) is False


@pytest.mark.not_in("firefox", why=NO_GO_BACK)
def test_back_from_the_cache_shows_what_is_saved_now(
    browser_type, browser_type_launch_args, site_url
):
    browser = browser_type.launch(
        **browser_type_launch_args, ignore_default_args=["--disable-back-forward-cache"]
    )
    context = browser.new_context()
    try:
        # The baseline: this page really came back from the cache.
        assert back_and_forward(context, site_url) is True
    finally:
        browser.close()


# --- Odd ids and checklists on pages --------------------------------------------


@pytest.fixture
def odd_url(odd_site):
    return lambda name: f"{odd_site.base_url}/{ODD_URLS[name]}"


def test_a_checklist_on_a_page_is_saved_and_restored(page, odd_url):
    problems = watch(page)
    page.goto(odd_url("page"))
    form = ready(page, "#cl-arbeitsblatt")
    form.get_by_label("Jeden Monat").check()
    expect(form.get_by_role("status")).to_have_text(SAVED)
    page.reload()
    expect(ready(page, "#cl-arbeitsblatt").get_by_label("Jeden Monat")).to_be_checked()
    assert problems == []


def test_ids_that_are_the_scripts_own_words_work_like_any_other(browser, odd_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    problems = watch(page)
    page.goto(odd_url("article"))
    form = ready(page, "#cl-grenzfall")
    form.get_by_label("Notizen", exact=True).first.check()
    form.get_by_label("Text", exact=True).check()
    form.locator("#cl-grenzfall__id__text_text").fill("eigener Text")
    form.get_by_label("Antwort daneben").fill("daneben")
    form.locator("#cl-grenzfall__id_notizen").fill("Notiz zu id")
    form.get_by_label("Append").check()
    form.get_by_label("Elements").check()
    form.get_by_label("Ja", exact=True).check()
    form.locator("#cl-grenzfall__titel_antwort").fill("Titeltext")
    expect(form.get_by_role("status")).to_have_text(SAVED)
    answers = {
        "id": "text",
        "id.text.text": "eigener Text",
        "id.antwort": "daneben",
        "id.notizen": "Notiz zu id",
        "dataset": ["append", "elements"],
        "constructor": ["ja"],
        "titel": "Titeltext",
    }
    assert stored(page, "checkliste:grenzfall:v1") == answers
    ids = page.evaluate(
        "[...document.querySelectorAll('[id]')].map(e => e.getAttribute('id'))"
    )
    assert len(ids) == len(set(ids))
    page.reload()
    form = ready(page, "#cl-grenzfall")
    expect(form.locator("#cl-grenzfall__id__text_text")).to_have_value("eigener Text")
    expect(form.get_by_label("Ja", exact=True)).to_be_checked()
    expect(form.locator(".checklist-summary")).to_contain_text(
        "Eine Frage namens constructor Ja", use_inner_text=True
    )
    form.get_by_role("button", name="Antworten als Link kopieren").click()
    expect(form.get_by_role("status")).to_have_text(
        "Link kopiert. Wer ihn öffnet, sieht Deine Antworten."
    )
    link = page.evaluate("navigator.clipboard.readText()")
    context.close()
    fresh = browser.new_page()
    fresh.goto(link)
    form = ready(fresh, "#cl-grenzfall")
    expect(form.get_by_label("Elements")).to_be_checked()
    expect(form.locator("#cl-grenzfall__titel_antwort")).to_have_value("Titeltext")
    fresh.close()
    assert problems == []


# --- Before the script runs -----------------------------------------------------------


def test_answers_given_before_the_script_arrived_are_kept_and_saved(page, site_url):
    problems = watch(page)
    open_part_two(page, site_url)
    page.evaluate(f"localStorage.setItem('{KEY}', JSON.stringify({{ort: 'online'}}))")
    held = []
    page.route("**/checklist.js", lambda route: held.append(route))
    page.goto(site_url(PART_URLS[2]), wait_until="commit")
    form = page.locator(FORM)
    form.get_by_label("Lokal", exact=True).check()  # a slow network: no script yet
    form.locator(NOTES).fill("Schon getippt")
    expect(page.locator(f"{FORM}[data-checklist-ready]")).to_have_count(0)
    held[0].continue_()
    form = ready(page)
    expect(form.get_by_label("Lokal", exact=True)).to_be_checked()
    expect(form.locator(NOTES)).to_have_value("Schon getippt")
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    assert stored(page) == {
        "ort": "online",
        "ort.notizen": "Schon getippt",
        "reichweite": "lokal",
    }
    assert problems == []


# --- A page whose words are missing ------------------------------------------------


@pytest.mark.parametrize("table", ["{}", "[]", "kaputt", '{"saved": 3}'])
def test_a_page_without_its_words_still_saves_every_answer(page, site_url, table):
    """The build gives every word; a damaged or cached page that lacks them must
    still save, restore and summarise without an exception."""
    url = site_url(PART_URLS[2])

    def without_words(route):
        html = route.fetch().text()
        html, count = re.subn(
            r"""data-messages=("[^"]*"|'[^']*'|[^\s>]+)""",
            f"data-messages='{table}'",
            html,
        )
        assert count == 1
        route.fulfill(body=html, content_type="text/html; charset=utf-8")

    page.route(url, without_words)
    problems = watch(page)
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    form.locator(NOTES).fill("Notiz ohne Wörter")
    form.locator(NOTES).blur()
    assert stored(page)["ort"] == "online"
    page.reload()
    form = ready(page)
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    expect(form.locator(NOTES)).to_have_value("Notiz ohne Wörter")
    assert problems == []


# --- Storage the browser may delete -----------------------------------------------

NOT_KEPT = (
    "Dein Browser kann sie aber nach einiger Zeit ohne Besuch löschen: Lade Deine "
    "Antworten herunter oder kopiere den Link zu ihnen, bevor Du gehst."
)


@pytest.mark.parametrize(
    ("persist", "told"),
    [
        ("async () => false", True),  # refused (Chromium without engagement)
        ("undefined", True),  # not offered at all
        ("async () => true", False),  # granted: nothing to say
    ],
    ids=["refused", "not-offered", "granted"],
)
def test_where_the_browser_may_delete_the_answers_the_reader_is_told_once(
    page, site_url, persist, told
):
    page.add_init_script(
        "window.asked = 0; const ask = " + persist + ";"
        "Object.defineProperty(navigator, 'storage', { value: ask && {"
        " persist: () => { window.asked++; return ask(); } } });"
    )
    form = open_part_two(page, site_url)
    note = form.locator(".checklist-autosave")
    expect(note).not_to_contain_text("löschen")  # nothing asked before an answer
    form.get_by_label("Online", exact=True).check()
    form.get_by_label("Lokal", exact=True).check()
    if told:
        expect(note).to_contain_text(NOT_KEPT)
    else:
        page.wait_for_timeout(300)
        expect(note).not_to_contain_text("löschen")
    assert note.inner_text().count("löschen") == int(told)  # once
    assert page.evaluate("window.asked") == (0 if persist == "undefined" else 1)


# --- Tools that cannot be loaded ---------------------------------------------------

TOOLS_FAILED = "Fehler: Das ließ sich nicht laden. Lade die Seite neu."


@pytest.mark.parametrize(
    "button",
    [
        "Antworten als Text kopieren",
        "Antworten herunterladen (.txt)",
        "Antworten als Link kopieren",
        "Checkliste mit Antworten drucken",
        "Antworten löschen",
        "Zwischenstand speichern",
    ],
)
def test_a_tool_gone_since_the_page_was_opened_is_told(page, site_url, button):
    # A page opened before a deploy asks for the tools of its own build, which
    # the deploy took away (or the reader is offline): the same to the page.
    page.route(
        re.compile(r"/tools\.[0-9a-f]{8}\.js$"),
        lambda route: route.fulfill(
            status=404, body="<p>Nicht gefunden", content_type="text/html"
        ),
    )
    problems = watch(page)
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    expect(form.get_by_role("status")).to_have_text(SAVED)
    form.get_by_role("button", name=button).click()
    expect(form.get_by_role("status")).to_have_text(TOOLS_FAILED)
    expect(form.locator(".checklist-error")).to_have_text(TOOLS_FAILED)  # seen
    assert stored(page)["ort"] == "online"  # nothing lost meanwhile
    # Nothing thrown; the browser itself may log the file it could not load.
    thrown = [p for p in problems if p.startswith("pageerror") and "tools." not in p]
    assert thrown == []
