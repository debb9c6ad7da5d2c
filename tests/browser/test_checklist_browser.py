"""The checklist in the reader's browser: saved, summarised, exported, printed,
shared, and private. Real headless Chromium against the built site, served on
127.0.0.1 with a strict Content-Security-Policy."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.support.accessibility import axe_violations
from tests.support.checklist_page import (
    FORM,
    KEY,
    SAVED,
    encoded,
    open_part_two,
    ready,
    share_fragment,
    stored,
    watch,
)
from tests.support.engines import JS_OFF, NO_DOWNLOAD, NO_GO_BACK
from tests.support.site import PART_URLS


@pytest.fixture
def problems(page):
    """Everything thrown or logged as an error in the page; must stay empty."""
    return watch(page)


def fill_some(form):
    form.get_by_label("Beides: online und im echten Leben").check()
    form.get_by_label("Erfahrungsaustausch").check()
    form.locator("#cl-ideales-netzwerk__ort_notizen").fill("Stammtisch & Xing")


def test_answers_are_saved_and_restored_after_reload(page, site_url, problems):
    form = open_part_two(page, site_url)
    fill_some(form)
    expect(form.get_by_role("status")).to_have_text(SAVED)
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored == {
        "ort": "mischform",
        "ort.notizen": "Stammtisch & Xing",
        "zweck": "austausch",
    }
    page.reload()
    form = ready(page)
    expect(form.get_by_label("Beides: online und im echten Leben")).to_be_checked()
    expect(form.locator("#cl-ideales-netzwerk__ort_notizen")).to_have_value(
        "Stammtisch & Xing"
    )
    expect(form.get_by_role("status")).to_have_text("Gespeicherte Antworten geladen.")
    assert problems == []


@pytest.mark.not_in("firefox", why=NO_GO_BACK)
def test_answers_are_back_after_back_and_forward(page, site_url, problems):
    form = open_part_two(page, site_url)
    fill_some(form)
    page.get_by_role("link", name=re.compile("^Nächster Teil")).click()
    expect(page.locator("h1")).to_have_text("Wie ich Xing konkret nutze")
    page.go_back()
    form = page.locator(FORM)
    expect(form.get_by_label("Beides: online und im echten Leben")).to_be_checked()
    expect(form.locator("#cl-ideales-netzwerk__ort_notizen")).to_have_value(
        "Stammtisch & Xing"
    )
    assert problems == []


def test_forget_clears_this_checklist_only_after_confirmation(page, site_url, problems):
    form = open_part_two(page, site_url)
    page.evaluate("localStorage.setItem('andere-seite', 'bleibt')")
    fill_some(form)
    forget = form.get_by_role("button", name="Antworten löschen")
    forget.click()
    # Asked in the page, with the focus on the question; cancelling keeps all.
    question = form.get_by_role("group", name="Alle Antworten löschen?")
    expect(question).to_contain_text(
        "Alle Antworten löschen? "
        "Das lässt sich nicht rückgängig machen; gespeicherte Zwischenstände bleiben."
    )
    expect(question.locator("p")).to_be_focused()
    question.get_by_role("button", name="Abbrechen").click()
    expect(question).to_be_hidden()
    expect(forget).to_be_focused()
    expect(form.get_by_role("status")).to_have_text("Abgebrochen – nichts geändert.")
    expect(form.get_by_label("Beides: online und im echten Leben")).to_be_checked()
    forget.click()
    question.get_by_role("button", name="Ja, alle löschen").click()
    expect(form.get_by_role("status")).to_have_text("Deine Antworten wurden gelöscht.")
    expect(form.get_by_label("Beides: online und im echten Leben")).not_to_be_checked()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    assert page.evaluate("localStorage.getItem('andere-seite')") == "bleibt"
    assert problems == []


def test_answers_of_an_older_version_keep_what_still_fits(page, site_url, problems):
    open_part_two(page, site_url)
    old = {
        "ort": "online",
        "zugang": "geschlossen",
        "voraussetzungen": "Empfehlung",
        "frage-die-es-nicht-mehr-gibt": "weg",
        "zweck": "option-die-es-nicht-mehr-gibt",
    }
    page.evaluate(
        "old => localStorage.setItem('checkliste:ideales-netzwerk:v0', old)",
        json.dumps(old),
    )
    page.reload()
    form = ready(page)
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    expect(form.get_by_label("Geschlossenes Expertennetzwerk")).to_be_checked()
    expect(form.get_by_label("Deine Antwort")).to_have_value("Empfehlung")
    expect(form.get_by_role("status")).to_have_text(
        "Antworten aus einer früheren Fassung übernommen. Davon passten zwei "
        "nicht mehr und wurden verworfen."
    )
    keys = page.evaluate("Object.keys(localStorage)")
    assert keys == [KEY]
    assert problems == []


def summary_row(form, question):
    """The summary list's row of QUESTION: its answer, and its "Ändern" link."""
    row = form.locator(".checklist-summary dl > div").filter(
        has=form.page.locator("dt", has_text=question)
    )
    return row.locator("dd").first, row.get_by_role("link")


def test_summary_names_answers_and_what_is_open(page, site_url, problems):
    form = open_part_two(page, site_url)
    summary = form.locator(".checklist-summary")
    expect(summary).not_to_have_attribute("open", "")
    fill_some(form)
    expect(summary).to_have_attribute("open", "")  # once there is an answer
    expect(summary).to_contain_text("Noch drei Fragen offen.")
    answer, _change = summary_row(form, "Online oder im echten Leben")
    # The choice and the notes, each labelled, on lines of their own.
    expect(answer).to_have_text(
        "Beides: online und im echten Leben\nNotizen: Stammtisch & Xing",
        use_inner_text=True,
    )
    answer, _change = summary_row(form, "Lokal oder überregional?")
    expect(answer).to_have_text("noch offen")
    form.get_by_label("Lokal", exact=True).check()
    expect(answer).to_have_text("Lokal")
    expect(summary).to_contain_text("Noch zwei Fragen offen.")
    # Closed by the reader, it stays closed.
    summary.locator("summary").click()
    form.get_by_label("Überregional").check()
    expect(summary).not_to_have_attribute("open", "")
    assert problems == []


def test_a_text_beside_the_choices_is_labelled_in_the_summary(page, site_url):
    form = open_part_two(page, site_url)
    form.get_by_label("Mittelgroß").check()
    form.get_by_label("Zusammensetzung (z. B. Branchen, Berufe)").fill("IT, Medien")
    answer, _change = summary_row(form, "Größe und Zusammensetzung?")
    expect(answer).to_have_text(
        "Mittelgroß; Zusammensetzung (z. B. Branchen, Berufe): IT, Medien"
    )


def test_a_change_link_moves_the_focus_to_its_question(page, site_url):
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    _answer, change = summary_row(form, "Lokal oder überregional?")
    expect(change).to_have_accessible_name("Ändern Lokal oder überregional?")
    change.click()
    expect(form.get_by_label("Lokal", exact=True)).to_be_focused()
    _answer, change = summary_row(form, "Online oder im echten Leben")
    change.focus()
    page.keyboard.press("Enter")
    expect(form.get_by_label("Online", exact=True)).to_be_focused()
    # On the chosen option, not the first one.
    form.get_by_label("Überregional", exact=True).check()
    _answer, change = summary_row(form, "Lokal oder überregional?")
    change.click()
    expect(form.get_by_label("Überregional", exact=True)).to_be_focused()
    assert page.url == site_url(PART_URLS[2])  # no fragment: nothing else moved


def filled_with_clipboard(browser, site_url):
    """A fresh context that may use the clipboard, with Part II partly filled."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    form = open_part_two(page, site_url)
    fill_some(form)
    return context, page, form


def test_copy_puts_the_answers_on_the_clipboard_as_plain_text(browser, site_url):
    context, page, form = filled_with_clipboard(browser, site_url)
    form.get_by_label("Geschlossenes Expertennetzwerk").check()  # its follow-up
    form.get_by_role("button", name="Antworten als Text kopieren").click()
    expect(form.get_by_role("status")).to_have_text("In die Zwischenablage kopiert.")
    text = page.evaluate("navigator.clipboard.readText()")
    assert text.startswith("Checkliste: Mein ideales Netzwerk\nErstellt am ")
    assert f"Seite: {site_url(PART_URLS[2])}\n" in text
    assert (
        "\nOnline oder im echten Leben oder eine Mischform aus beidem?\n"
        "Antwort: Beides: online und im echten Leben\nNotizen: Stammtisch & Xing\n"
    ) in text
    assert "\nLokal oder überregional?\nAntwort: noch\xa0offen\n" in text
    # A follow-up that applies stands indented below its question.
    assert "\n    Welche Zugangsvoraussetzungen?\n    Antwort: " in text
    assert "#" not in text  # plain text, no Markdown marks
    # What fits is part of the copy, with its reasons.
    assert (
        "\nWas zu Dir passt\n\nEin Berufsverband (Passt am besten: zwei von drei\xa0"
        "Antworten sprechen dafür)\nDafür: „Beides: online und im echten Leben“ und "
        "„Geschlossenes Expertennetzwerk“.\n"
    ) in text
    assert "\nEin geschlossenes Expertennetzwerk (Passt auch: zwei von drei\xa0" in text
    context.close()


def test_copy_without_clipboard_api_offers_the_text_selected(page, site_url):
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {})")
    page.set_viewport_size({"width": 320, "height": 640})
    form = open_part_two(page, site_url)
    fill_some(form)
    form.get_by_role("button", name="Antworten als Text kopieren").click()
    field = form.get_by_label("Zum Kopieren")
    expect(field).to_be_in_viewport()  # where the reader is, on a phone too
    expect(field).to_have_value(re.compile(r"^Checkliste: Mein ideales Netzwerk\n"))
    selected = page.evaluate(
        "() => { const f = document.activeElement;"
        " return f.value.slice(f.selectionStart, f.selectionEnd).length }"
    )
    assert selected == len(field.input_value())
    expect(form.get_by_role("status")).to_contain_text("Kopieren ging nicht")


@pytest.mark.not_in("firefox", why=NO_DOWNLOAD)
def test_download_is_a_text_file_with_the_answers(page, site_url, tmp_path):
    form = open_part_two(page, site_url)
    fill_some(form)
    with page.expect_download() as info:
        form.get_by_role("button", name="Antworten herunterladen (.txt)").click()
    download = info.value
    assert download.suggested_filename == "ideales-netzwerk.txt"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("Checkliste: Mein ideales Netzwerk\n")
    assert (
        "Antwort: Beides: online und im echten Leben\nNotizen: Stammtisch & Xing"
        in text
    )
    # It ends with the same answers as data, for "Antworten aus Datei laden".
    label, data = text.rstrip("\n").split("\n")[-2:]
    assert label == "Daten für „Antworten aus Datei laden“:"
    assert json.loads(data)["answers"] == stored(page)
    expect(form.get_by_role("status")).to_have_text("Die Datei wird heruntergeladen.")


def make_link(browser, site_url):
    context, page, form = filled_with_clipboard(browser, site_url)
    form.get_by_role("button", name="Antworten als Link kopieren").click()
    expect(form.get_by_role("status")).to_have_text(
        "Link kopiert. Wer ihn öffnet, sieht Deine Antworten."
    )
    link = page.evaluate("navigator.clipboard.readText()")
    context.close()
    return link


def test_share_link_round_trip_into_a_fresh_browser(browser, site_url):
    link = make_link(browser, site_url)
    assert link.startswith(
        site_url(PART_URLS[2]) + "#checkliste=ideales-netzwerk&v=1&z="  # packed
    )
    context = browser.new_context()
    page = context.new_page()
    form = open_part_two(page, site_url, link[link.index("#") :])
    expect(form.get_by_label("Beides: online und im echten Leben")).to_be_checked()
    expect(form.locator("#cl-ideales-netzwerk__ort_notizen")).to_have_value(
        "Stammtisch & Xing"
    )
    expect(form.get_by_role("status")).to_have_text(
        "Antworten aus dem Link übernommen und in diesem Browser gespeichert."
    )
    assert page.url == site_url(PART_URLS[2])
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["ort"] == (
        "mischform"
    )
    context.close()


@pytest.mark.parametrize("accept", [True, False])
def test_share_link_asks_before_replacing_saved_answers(browser, site_url, accept):
    link = make_link(browser, site_url)
    context = browser.new_context()
    page = context.new_page()
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    # Pasted into the same tab: only the fragment changes. Asked in the page.
    page.goto(link)
    question = form.get_by_role("group", name="Deine gespeicherten Antworten")
    expect(question).to_contain_text(
        "Deine gespeicherten Antworten durch die aus dem Link ersetzen?"
    )
    question.get_by_role(
        "button", name="Ja, ersetzen" if accept else "Abbrechen"
    ).click()
    expect(form.get_by_role("status")).to_have_text(
        "Antworten aus dem Link übernommen und in diesem Browser gespeichert."
        if accept
        else "Abgebrochen – nichts geändert."
    )
    kept = form.get_by_label("Online", exact=True)
    replaced = form.get_by_label("Beides: online und im echten Leben")
    expect(replaced if accept else kept).to_be_checked()
    expect(kept if accept else replaced).not_to_be_checked()
    page.reload()
    expect(
        ready(page).get_by_label(
            "Beides: online und im echten Leben" if accept else "Online", exact=True
        )
    ).to_be_checked()
    context.close()


HOSTILE = {
    "ort": "<img src=x onerror=window.pwned=1>",
    "ort.notizen": "<img src=x onerror=window.pwned=1><script>window.pwned=1</script>",
    "zweck": "austausch",
    "__proto__": {"polluted": True},
    "groesse.antwort": {"toString": "<svg onload=window.pwned=1>"},
    'reichweite" onmouseover="window.pwned=1': "lokal",
}


@pytest.mark.parametrize(
    "fragment",
    [
        share_fragment(HOSTILE),
        "#checkliste=ideales-netzwerk&v=1&a=<img src=x onerror=window.pwned=1>",
        "#checkliste=ideales-netzwerk&v=1&a=" + encoded({"ort": "mischform"})[:-6],
        "#checkliste=ideales-netzwerk&v=99&a=" + encoded(["not", "answers"]),
        "#checkliste=ideales-netzwerk",
        "#<img src=x onerror=window.pwned=1>",
    ],
)
def test_hostile_share_links_run_nothing_and_inject_nothing(
    page, site_url, problems, fragment
):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    form = open_part_two(page, site_url, fragment)
    if "checkliste=" in fragment:
        # The link is read once the tools have loaded: the notice says it was.
        # Only then is there anything to inspect, and then the reader answers.
        expect(form.locator(".checklist-ask")).to_be_visible()
    injected = page.evaluate(
        "document.querySelectorAll('img, svg, iframe, object, embed,"
        ' script:not([src]):not([type="application/ld+json"]),'
        " [onerror], [onload], [onmouseover]').length"
    )
    assert injected == 0
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("({}).polluted") is None
    assert dialogs == []
    # The form keeps working.
    form.get_by_label("Lokal", exact=True).check()
    expect(form.get_by_role("status")).to_have_text(SAVED)
    assert [p for p in problems if "pageerror" in p] == []


def test_hostile_text_from_a_link_is_kept_as_text(page, site_url):
    form = open_part_two(page, site_url, share_fragment(HOSTILE))
    notes = form.locator("#cl-ideales-netzwerk__ort_notizen")
    expect(notes).to_have_value(HOSTILE["ort.notizen"])
    expect(form.get_by_label("Erfahrungsaustausch")).to_be_checked()
    expect(form.get_by_label("Online", exact=True)).not_to_be_checked()
    expect(form.locator(".checklist-summary")).to_contain_text("<script>window.pwned")
    assert page.evaluate("window.pwned") is None


def test_corrupted_storage_is_reported_and_the_form_works(page, site_url, problems):
    open_part_two(page, site_url)
    page.evaluate(f"localStorage.setItem('{KEY}', '{{kaputt')")
    page.reload()
    form = ready(page)
    expect(form.get_by_role("status")).to_have_text(
        "Deine gespeicherten Antworten waren beschädigt und wurden gelöscht. Hast "
        "Du sie heruntergeladen, hole sie mit „Antworten aus Datei laden“ zurück."
    )
    fill_some(form)
    expect(form.get_by_role("status")).to_have_text(SAVED)
    assert problems == []


@pytest.mark.parametrize(
    "script",
    [
        # Storage switched off: touching localStorage throws.
        "Object.defineProperty(window, 'localStorage', {get() {"
        " throw new DOMException('off', 'SecurityError') }})",
        # Storage full: every write throws.
        "Storage.prototype.setItem = function () {"
        " throw new DOMException('full', 'QuotaExceededError') }",
    ],
    ids=["switched-off", "full"],
)
def test_storage_that_throws_never_breaks_the_page(page, site_url, problems, script):
    page.add_init_script(script)
    form = open_part_two(page, site_url)
    fill_some(form)
    expected = "switched" if "SecurityError" in script else "full"
    expect(form.get_by_role("status")).to_have_text(
        "In diesem Browser lässt sich nichts speichern (etwa in einem privaten "
        "Fenster mancher Browser): Kopiere Deine Antworten oder lade sie "
        "herunter, bevor Du die Seite schließt."
        if expected == "switched"
        else "Der Browserspeicher ist voll, Deine letzte Änderung ist nicht "
        "gespeichert. Kopiere Deine Antworten oder lade sie herunter, bevor Du die "
        "Seite schließt."
    )
    expect(form.locator(".checklist-summary")).to_contain_text("Noch drei Fragen offen")
    assert problems == []


def test_works_under_the_strict_csp_without_violations(page, site_url, problems):
    page.add_init_script(
        "window.violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI))"
    )
    response = page.goto(site_url(PART_URLS[2]))
    assert "default-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator(f"{FORM}[data-checklist-ready]")).to_have_count(1)
    fill_some(page.locator(FORM))
    assert page.evaluate("window.violations") == []
    assert problems == []


@pytest.mark.not_in("firefox", why=NO_DOWNLOAD)
def test_no_request_after_load_carries_an_answer(browser, site_url, published_site):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    form = open_part_two(page, site_url)
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda request: requests.append(request))
    fill_some(form)
    form.get_by_role("button", name="Antworten als Text kopieren").click()
    with page.expect_download() as info:
        form.get_by_role("button", name="Antworten herunterladen (.txt)").click()
    form.get_by_role("button", name="Antworten als Link kopieren").click()
    expect(form.get_by_role("status")).to_have_text(
        "Link kopiert. Wer ihn öffnet, sieht Deine Antworten."
    )
    # What fits, snapshots and reading a file back stay in the page, too.
    form.get_by_label("Lokal", exact=True).check()
    expect(form.locator(".checklist-fit h4").first).to_be_visible()
    form.get_by_role("button", name="Zwischenstand speichern").click()
    form.get_by_role("button", name="Vergleichen").click()
    with page.expect_file_chooser() as chooser:
        form.get_by_role("button", name="Antworten aus Datei laden").click()
    chooser.value.set_files(info.value.path())
    form.get_by_role("button", name="Ja, ersetzen").click()
    expect(form.get_by_role("status")).to_contain_text("geladen.")
    # Two requests only: what the tools do and the words only they say, the
    # site's own files, fetched once and as they are (no query, no body), when
    # the reader first used a tool.
    sent = [r for r in requests if not r.url.startswith("blob:")]
    [chunk] = (published_site.output / "theme/js").glob("tools.*.js")
    assert sorted((r.method, r.url, r.post_data) for r in sent) == [
        ("GET", site_url("theme/js/checkliste-woerter.json"), None),
        ("GET", site_url(f"theme/js/{chunk.name}"), None),
    ]
    # What the privacy page promises is what the page did.
    page.goto(site_url("datenschutz/"))
    privacy = page.locator("main").inner_text()
    assert "lädt die Seite einmal zwei weitere Dateien von dieser Website" in privacy
    assert "Deine Antworten sind nicht darin" in privacy
    context.close()


def test_keyboard_only_through_the_whole_form(page, site_url, problems):
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # radio groups move with the arrow keys
    expect(form.get_by_label("Im echten Leben", exact=True)).to_be_checked()
    page.keyboard.press("Tab")
    expect(form.locator("#cl-ideales-netzwerk__ort_notizen")).to_be_focused()
    page.keyboard.type("Per Tastatur")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    # Open by itself once there is an answer; Enter closes it.
    expect(form.locator(".checklist-summary")).to_have_attribute("open", "")
    page.keyboard.press("Enter")
    expect(form.locator(".checklist-summary")).not_to_have_attribute("open", "")
    page.keyboard.press("Tab")  # the primary button first
    expect(
        form.get_by_role("button", name="Antworten herunterladen (.txt)")
    ).to_be_focused()
    for _ in range(5):  # the destructive action comes last
        page.keyboard.press("Tab")
    forget = form.get_by_role("button", name="Antworten löschen")
    expect(forget).to_be_focused()
    page.keyboard.press("Enter")
    expect(form.locator(".checklist-ask p")).to_be_focused()
    page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Ja, alle löschen")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # Abbrechen
    expect(forget).to_be_focused()
    expect(form.locator("#cl-ideales-netzwerk__ort_notizen")).to_have_value(
        "Per Tastatur"
    )
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored == {"ort": "offline", "ort.notizen": "Per Tastatur"}
    assert problems == []


def test_axe_finds_nothing_once_answered_with_the_summary_open(page, site_url):
    # Before any answer, Part II is one of the page types of
    # test_accessibility_browser.py.
    form = open_part_two(page, site_url)
    fill_some(form)
    expect(form.locator(".checklist-summary")).to_have_attribute("open", "")
    assert axe_violations(page) == []


def test_a_truncated_share_link_is_reported(page, site_url, problems):
    fragment = share_fragment({"ort": "mischform", "ort.notizen": "Lang genug"})
    form = open_part_two(page, site_url, fragment[:-7])
    # An error that says so, and what to do; the notice can be closed.
    said = (
        "Fehler: Der Link ist unvollständig oder beschädigt; Deine Antworten sind "
        "unverändert. Bitte um einen neuen Link, vollständig kopiert."
    )
    expect(form.get_by_role("status")).to_have_text(said)
    notice = form.locator(".checklist-ask")
    expect(notice.locator("p")).to_have_text(said)
    expect(form.get_by_label("Beides: online und im echten Leben")).not_to_be_checked()
    notice.get_by_role("button", name="Schließen").click()
    expect(notice).to_be_hidden()
    assert problems == []


@pytest.mark.parametrize(
    ("old", "message"),
    [
        ({"ort": "online"}, "Antworten aus einer früheren Fassung übernommen."),
        (
            {"ort": "online", "weg": "x"},
            "Antworten aus einer früheren Fassung übernommen. Davon passte eine "
            "nicht mehr und wurde verworfen.",
        ),
    ],
    ids=["none-dropped", "one-dropped"],
)
def test_older_answers_are_reported_in_the_right_number(page, site_url, old, message):
    open_part_two(page, site_url)
    page.evaluate(
        "old => localStorage.setItem('checkliste:ideales-netzwerk:v0', old)",
        json.dumps(old),
    )
    page.reload()
    expect(ready(page).get_by_role("status")).to_have_text(message)


def test_the_summary_says_when_every_question_is_answered(page, site_url):
    form = open_part_two(page, site_url)
    for label in (
        "Online",
        "Beides: Austausch und Aufträge",
        "Groß",
        "Lokal",
        "Offen für alle",
    ):
        form.get_by_label(label, exact=True).check()
    expect(form.locator(".checklist-summary")).to_contain_text(
        "Alle fünf Fragen beantwortet."
    )


@pytest.mark.not_in("firefox", why=JS_OFF)
def test_the_form_says_it_saves_by_itself_only_when_it_does(browser, site_url):
    page = browser.new_page()
    form = open_part_two(page, site_url)
    expect(form.locator(".checklist-autosave")).to_have_text(
        "Dein Browser speichert Deine Antworten, während Du schreibst (in einem "
        "privaten Fenster nur, bis Du es schließt)."
    )
    expect(form).to_contain_text("Alle Fragen sind freiwillig")
    page.close()
    # Without the script nothing is saved, and the form says so plainly.
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url(PART_URLS[2]))
    expect(page.locator(f"{FORM} .checklist-autosave")).to_have_text(
        "Ohne JavaScript speichert diese Seite nichts: Drucke oder notiere Deine "
        "Antworten, bevor Du sie schließt."
    )
    expect(page.locator(FORM)).not_to_contain_text("gespeichert")
    context.close()


def test_a_save_is_announced_once_the_reader_pauses_not_at_every_key(page, site_url):
    form = open_part_two(page, site_url)
    status = form.get_by_role("status")
    page.evaluate(
        """() => {
        window.announced = [];
        const status = document.querySelector(".checklist-status");
        new MutationObserver(() => window.announced.push(status.textContent))
          .observe(status, { childList: true, characterData: true, subtree: true });
      }"""
    )
    notes = form.locator("#cl-ideales-netzwerk__ort_notizen")
    notes.click()
    page.keyboard.type("Zwanzig Zeichen lang")  # one save per key
    expect(status).to_have_text(SAVED)
    assert page.evaluate("window.announced") == [SAVED]
    assert stored(page)["ort.notizen"] == "Zwanzig Zeichen lang"
    # The next action's message replaces it; nothing stale comes back later.
    form.get_by_role("button", name="Zwischenstand speichern").click()
    expect(status).to_contain_text("gespeichert.")
    page.wait_for_timeout(800)
    expect(status).to_contain_text("Zwischenstand vom")


def test_without_javascript_every_control_works(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url(PART_URLS[2]))
    form = page.locator(FORM)
    form.get_by_label("Beides: online und im echten Leben").check()
    form.get_by_label("Geschlossenes Expertennetzwerk").check()
    follow_up = form.get_by_label("Deine Antwort")
    expect(follow_up).to_be_visible()
    follow_up.fill("Empfehlung durch zwei Mitglieder")
    form.get_by_label("Zusammensetzung").fill("Texterinnen & Grafiker")
    form.get_by_label("Zusammensetzung").press("Enter")  # never submits anywhere
    expect(form.get_by_label("Beides: online und im echten Leben")).to_be_checked()
    expect(follow_up).to_have_value("Empfehlung durch zwei Mitglieder")
    assert page.url == site_url(PART_URLS[2])
    context.close()
