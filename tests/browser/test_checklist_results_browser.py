"""What the checklist gives back: "Was zu Dir passt", dated snapshots, a file
read back on another device, and progress through the series. Real headless
Chromium against the published site on 127.0.0.1, strict CSP, nothing sent."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.support.accessibility import axe_violations
from tests.support.checklist_page import KEY, open_part_two, ready, stored, watch
from tests.support.engines import JS_OFF, NO_DOWNLOAD, NO_GO_BACK
from tests.support.site import PART_URLS

SNAPSHOTS = "checkliste:ideales-netzwerk:staende"
SERIES_URL = "serie/networking/"


@pytest.fixture
def problems(page):
    return watch(page)


def fit(form):
    return form.locator(".checklist-fit")


def titles(form):
    return fit(form).locator("h4")


# --- Was zu Dir passt -----------------------------------------------------------


def test_too_few_answers_say_what_is_missing_instead_of_guessing(
    page, site_url, problems
):
    form = open_part_two(page, site_url)
    expect(fit(form)).to_contain_text(
        "Für einen Vorschlag fehlen noch zwei\xa0Antworten, etwa auf „Online oder im "
        "echten Leben oder eine Mischform aus beidem?“."
    )
    form.get_by_label("Lokal", exact=True).check()
    expect(fit(form)).to_contain_text(
        "Für einen Vorschlag fehlt noch eine Antwort, etwa auf „Online oder im "
        "echten Leben oder eine Mischform aus beidem?“."
    )
    expect(titles(form)).to_have_count(0)
    assert problems == []


def ranks(form):
    return fit(form).locator(".checklist-fit-rank")


def test_what_fits_names_one_best_then_at_most_two_with_their_strength(
    page, site_url, problems
):
    form = open_part_two(page, site_url)
    form.get_by_label("Im echten Leben", exact=True).check()
    form.get_by_label("Lokal", exact=True).check()
    expect(titles(form)).to_have_text(
        ["Lokale und regionale Gruppen", "Ein Unternehmerkreis vor Ort"]
    )
    expect(ranks(form)).to_have_text(
        [
            "Passt am besten · zwei von zwei Antworten sprechen dafür",
            "Passt auch · eine von zwei Antworten spricht dafür",
        ]
    )
    # The reasons name the answers in the form's order, as full sentences.
    expect(fit(form).locator("li").first).to_contain_text(
        "Dafür: „Im echten Leben“ und „Lokal“. "
        "Auch dafür spräche: „Mittelgroß“ oder „Offen für alle“."
    )
    # Three answers more: a closer fit comes first.
    form.get_by_label("Geschlossenes Expertennetzwerk").check()
    form.get_by_label("Klein und überschaubar").check()
    form.get_by_label("Erfahrungsaustausch").check()
    expect(titles(form)).to_have_text(
        [
            "Ein Unternehmerkreis vor Ort",
            "Ein geschlossenes Expertennetzwerk",
            "Lokale und regionale Gruppen",
        ]
    )
    expect(ranks(form).first).to_have_text(
        "Passt am besten · drei von fünf Antworten sprechen dafür"
    )
    expect(fit(form).locator("li").nth(1)).to_contain_text(
        "Dafür: „Erfahrungsaustausch“, „Klein und überschaubar“ und „Geschlossenes "
        "Expertennetzwerk“."
    )
    expect(fit(form).locator("li")).to_have_count(3)
    # The link to Part III works from the result, too.
    form.get_by_label("Aufträge generieren").check()
    form.get_by_label("Online", exact=True).check()
    form.get_by_label("Groß", exact=True).check()
    form.get_by_label("Überregional").check()
    form.get_by_label("Offen für alle").check()
    business = fit(form).locator("li", has_text="Business-Netzwerk")
    expect(ranks(form).first).to_have_text(
        "Passt am besten · fünf von fünf Antworten sprechen dafür"
    )
    # An answer against a result is named, and it is not the best one.
    expect(fit(form).locator("li", has_text="Fachtagungen")).to_contain_text(
        "Passt auch · drei von fünf Antworten sprechen dafür"
    )
    expect(fit(form).locator("li", has_text="Fachtagungen")).to_contain_text(
        "Dafür: „Aufträge generieren“, „Groß“ und „Überregional“. Dagegen: „Online“."
    )
    expect(business.get_by_role("link", name="Teil III")).to_have_attribute(
        "href", site_url(PART_URLS[3])
    )
    # Part of the summary, too: the titles quoted, each with its capital, and
    # joined as German joins a list.
    expect(form.locator(".checklist-summary dl > div").last).to_have_text(
        "Was zu Dir passt „Ein großes Business-Netzwerk wie Xing“, „Eine offene "
        "Online-Community“ und „Fachtagungen und Messen“",
        use_inner_text=True,
    )
    assert axe_violations(page) == []
    assert problems == []


def test_a_new_best_suggestion_is_announced_in_one_short_sentence(page, site_url):
    form = open_part_two(page, site_url)
    status = form.get_by_role("status")
    # The list is no live region: it would be read out whole after every click.
    expect(fit(form).locator("[aria-live]")).to_have_count(0)
    form.get_by_label("Online", exact=True).check()
    form.get_by_label("Offen für alle").check()
    expect(status).to_have_text(
        "Vorschläge aktualisiert: Am besten passt „Eine offene Online-Community“."
    )
    # Notes change nothing in the picture: the list is left alone, and
    # "gespeichert" is said once, not after every pause in typing.
    body = fit(form).locator(".checklist-fit-body")
    before = body.evaluate_handle("r => r.firstElementChild")
    notes = form.locator("#cl-ideales-netzwerk__ort_notizen")
    notes.fill("Foren zuerst")
    expect(status).to_have_text("In diesem Browser gespeichert.")
    assert body.evaluate("(r, before) => r.firstElementChild === before", before)
    page.evaluate(
        """() => { window.said = 0; new MutationObserver(() => window.said++)
            .observe(document.querySelector(".checklist-status"),
                     { childList: true, characterData: true, subtree: true }); }"""
    )
    notes.press_sequentially(", dann Treffen", delay=20)
    notes.press_sequentially(" vor Ort")
    page.wait_for_timeout(1000)  # past the pause after which a message comes
    assert page.evaluate("window.said") == 0


@pytest.mark.not_in("firefox", why=JS_OFF)
def test_without_javascript_the_results_are_a_plain_list(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url(PART_URLS[2]))
    plain = page.get_by_role(
        "region", name="Welche Netzwerke zu welchen Antworten passen"
    )
    expect(plain.locator("h4")).to_have_count(8)
    expect(plain).to_contain_text(
        "Dafür: „Online“, „Erfahrungsaustausch“, „Klein und überschaubar“, "
        "„Überregional“, „Geschlossenes Expertennetzwerk“. Dagegen: „Groß“, "
        "„Offen für alle“."
    )
    # Nothing that would need the script is shown.
    expect(page.get_by_role("button")).to_have_count(0)
    expect(page.get_by_text("Was zu Dir passt")).to_be_hidden()
    context.close()


# --- Snapshots --------------------------------------------------------------------


def test_a_snapshot_is_kept_compared_and_deleted(page, site_url, problems):
    form = open_part_two(page, site_url)
    history = form.get_by_role("region", name="Zwischenstände")
    expect(history).to_contain_text(
        "Ein Zwischenstand hält Deine Antworten mit Datum fest."
    )
    form.get_by_label("Online", exact=True).check()
    form.get_by_label("Lokal", exact=True).check()
    history.get_by_role("button", name="Zwischenstand speichern").click()
    status = form.get_by_role("status")
    expect(status).to_have_text(
        re.compile(
            r"^Zwischenstand vom \d{1,2}\. \w+ \d{4} um \d\d:\d\d Uhr gespeichert\.$"
        )
    )
    expect(history.get_by_role("listitem")).to_have_count(1)
    saved = json.loads(page.evaluate(f"localStorage.getItem('{SNAPSHOTS}')"))
    assert list(saved.values()) == [{"ort": "online", "reichweite": "lokal"}]
    # Unchanged, then changed.
    history.get_by_role("button", name="Vergleichen").click()
    expect(history.locator(".checklist-comparison")).to_contain_text(
        "Nichts geändert seit dem Zwischenstand vom"
    )
    form.get_by_label("Beides: online und im echten Leben").check()
    form.locator("#cl-ideales-netzwerk__ort_notizen").fill("Mal so, mal so")
    history.get_by_role("button", name="Vergleichen").click()
    comparison = history.locator(".checklist-comparison")
    expect(comparison).to_be_focused()
    expect(comparison).to_contain_text("Geändert seit dem Zwischenstand vom")
    expect(comparison.get_by_role("listitem")).to_have_count(1)
    expect(comparison.get_by_role("listitem")).to_have_text(
        "Online oder im echten Leben oder eine Mischform aus beidem?"
        "vorher: Online"
        "jetzt: Beides: online und im echten Leben; Notizen: Mal so, mal so"
    )
    assert axe_violations(page) == []
    # Deleted one by one; the answers stay.
    history.get_by_role("button", name="Löschen").click()
    expect(status).to_contain_text("gelöscht.")
    expect(history.get_by_role("listitem")).to_have_count(0)
    assert json.loads(page.evaluate(f"localStorage.getItem('{SNAPSHOTS}')")) == {}
    assert stored(page)["ort"] == "mischform"
    assert problems == []


def test_a_snapshot_can_be_brought_back_and_deleting_it_undone(
    page, site_url, problems
):
    form = open_part_two(page, site_url)
    history = form.get_by_role("region", name="Zwischenstände")
    status = form.get_by_role("status")
    form.get_by_label("Online", exact=True).check()
    history.get_by_role("button", name="Zwischenstand speichern").click()
    expect(history.get_by_role("listitem")).to_have_count(1)
    # Saving again without a change adds no twin, and says so.
    history.get_by_role("button", name="Zwischenstand speichern").click()
    expect(status).to_have_text(
        "Seit dem letzten Zwischenstand hat sich nichts geändert; kein neuer "
        "gespeichert."
    )
    expect(history.get_by_role("listitem")).to_have_count(1)
    # An open comparison goes once the answers change.
    history.get_by_role("button", name="Vergleichen").click()
    comparison = history.locator(".checklist-comparison")
    expect(comparison).to_contain_text("Nichts geändert")
    form.get_by_label("Im echten Leben", exact=True).check()
    expect(comparison).to_be_empty()
    # Brought back, and that undone.
    history.get_by_role("button", name="Zurückholen").click()
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    question = form.locator(".checklist-ask")
    expect(question).to_contain_text("Antworten vom Zwischenstand vom")
    assert stored(page)["ort"] == "online"
    assert axe_violations(page) == []
    question.get_by_role("button", name="Rückgängig machen").click()
    expect(form.get_by_label("Im echten Leben", exact=True)).to_be_checked()
    assert stored(page)["ort"] == "offline"
    # Deleted, and that undone.
    history.get_by_role("button", name="Löschen").click()
    expect(history.get_by_role("listitem")).to_have_count(0)
    question.get_by_role("button", name="Rückgängig machen").click()
    expect(history.get_by_role("listitem")).to_have_count(1)
    saved = json.loads(page.evaluate(f"localStorage.getItem('{SNAPSHOTS}')"))
    assert list(saved.values()) == [{"ort": "online"}]
    assert problems == []


def test_two_snapshots_never_share_a_label(page, site_url):
    open_part_two(page, site_url)
    page.evaluate(
        f"""localStorage.setItem('{SNAPSHOTS}', JSON.stringify({{
          "2026-05-01T08:30:05.000Z": {{"ort": "online"}},
          "2026-05-01T08:30:45.000Z": {{"ort": "offline"}},
          "2026-05-02T09:00:00.000Z": {{"ort": "offline"}}}}))"""
    )
    page.reload()
    items = ready(page).locator(".checklist-history li")
    expect(items).to_have_count(3)
    labels = [text.split(" Vergleichen")[0] for text in items.all_inner_texts()]
    assert len(set(labels)) == 3, labels
    assert labels[0].endswith(":05 Uhr") and labels[1].endswith(":45 Uhr"), labels
    assert re.search(r"um \d\d:\d\d Uhr$", labels[2]), labels


def test_deleting_the_answers_keeps_the_snapshots(page, site_url):
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    form.get_by_role("button", name="Zwischenstand speichern").click()
    # The snapshot is saved once the tools have loaded: wait for what says so.
    expect(form.locator(".checklist-history li")).to_have_count(1)
    form.get_by_role("button", name="Antworten löschen").click()
    form.get_by_role("button", name="Ja, alle löschen").click()
    expect(form.get_by_label("Online", exact=True)).not_to_be_checked()
    page.reload()
    form = ready(page)
    expect(form.locator(".checklist-history li")).to_have_count(1)


# --- Export and import ----------------------------------------------------------------


def download(page, form, tmp_path):
    with page.expect_download() as info:
        form.get_by_role("button", name="Antworten herunterladen (.txt)").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target


def load(page, form, path):
    with page.expect_file_chooser() as chooser:
        form.get_by_role("button", name="Antworten aus Datei laden").click()
    chooser.value.set_files(str(path))


@pytest.mark.not_in("firefox", why=NO_DOWNLOAD)
def test_a_downloaded_file_restores_answers_and_snapshots_on_another_device(
    browser, page, site_url, tmp_path
):
    form = open_part_two(page, site_url)
    form.get_by_label("Im echten Leben", exact=True).check()
    form.get_by_label("Lokal", exact=True).check()
    form.get_by_role("button", name="Zwischenstand speichern").click()
    form.locator("#cl-ideales-netzwerk__ort_notizen").fill("Stammtisch am Markt")
    path = download(page, form, tmp_path)
    text = path.read_text(encoding="utf-8-sig")
    # Readable first: the answers, then what fits, with its reasons.
    assert "Antwort: Im echten Leben\nNotizen: Stammtisch am Markt\n" in text
    assert (
        "\nWas zu Dir passt\n\nLokale und regionale Gruppen (Passt am besten: "
        "zwei von zwei\xa0Antworten sprechen dafür)\n"
        "Dafür: „Im echten Leben“ und „Lokal“."
    ) in text
    # Another device: a fresh browser with nothing saved.
    other = browser.new_context()
    elsewhere = other.new_page()
    problems = watch(elsewhere)
    fresh = open_part_two(elsewhere, site_url)
    load(elsewhere, fresh, path)
    expect(fresh.get_by_role("status")).to_have_text(
        re.compile(r"^Antworten vom .+ geladen\.$")
    )
    expect(fresh.get_by_label("Im echten Leben", exact=True)).to_be_checked()
    expect(fresh.locator("#cl-ideales-netzwerk__ort_notizen")).to_have_value(
        "Stammtisch am Markt"
    )
    expect(fresh.locator(".checklist-history li")).to_have_count(1)
    assert stored(elsewhere) == stored(page)
    expect(titles(fresh)).to_have_text(
        ["Lokale und regionale Gruppen", "Ein Unternehmerkreis vor Ort"]
    )
    assert problems == []
    other.close()


@pytest.mark.not_in("firefox", why=NO_DOWNLOAD)
def test_a_file_asks_before_it_replaces_answers(page, site_url, tmp_path):
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    path = download(page, form, tmp_path)
    form.get_by_label("Beides: online und im echten Leben").check()
    load(page, form, path)
    question = form.get_by_role("group", name="Deine Antworten durch die aus der Datei")
    expect(question.locator("p")).to_be_focused()
    assert axe_violations(page) == []
    question.get_by_role("button", name="Abbrechen").click()
    expect(form.get_by_role("status")).to_have_text("Abgebrochen – nichts geändert.")
    expect(form.get_by_label("Beides: online und im echten Leben")).to_be_checked()
    load(page, form, path)
    question.get_by_role("button", name="Ja, ersetzen").click()
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    assert stored(page) == {"ort": "online"}


def answer_file(data, text="Mein ideales Netzwerk\n"):
    return f"\ufeff{text}\nDaten für „Antworten aus Datei laden“:\n{json.dumps(data)}\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (answer_file({"checklist": "ideales-netzwerk", "version": 1}), "beschädigt"),
        (
            "Nur ein Einkaufszettel\nMilch\n",
            "Fehler: Diese Datei enthält keine Antworten",
        ),
        (answer_file({"checklist": "ideales-netzwerk"})[:-9], "beschädigt"),
        (
            answer_file(
                {
                    "checklist": "anderes-netz",
                    "version": 1,
                    "time": "2026-01-01T10:00:00.000Z",
                    "answers": {"ort": "online"},
                    "snapshots": {},
                }
            ),
            "keine Antwortdatei dieser Checkliste",
        ),
        (
            answer_file(
                {
                    "checklist": "ideales-netzwerk",
                    "version": 1,
                    "time": "2026-01-01T10:00:00.000Z",
                    "answers": ["<img src=x onerror=window.pwned=1>"],
                }
            ),
            "beschädigt",
        ),
    ],
    ids=[
        "no-answers",
        "not-a-file-of-answers",
        "cut-off",
        "other-checklist",
        "hostile",
    ],
)
def test_a_damaged_or_foreign_file_changes_nothing(
    page, site_url, tmp_path, problems, content, message
):
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    path = tmp_path / "antworten.txt"
    path.write_text(content, encoding="utf-8")
    load(page, form, path)
    expect(form.get_by_role("status")).to_contain_text(message)
    expect(form.get_by_role("status")).to_contain_text("nichts geändert")
    assert stored(page) == {"ort": "online"}
    assert page.evaluate("window.pwned") is None
    assert problems == []


def test_a_file_of_an_older_version_keeps_what_still_fits(page, site_url, tmp_path):
    form = open_part_two(page, site_url)
    path = tmp_path / "alt.txt"
    path.write_text(
        answer_file(
            {
                "checklist": "ideales-netzwerk",
                "version": 0,
                "time": "2025-05-01T08:30:00.000Z",
                "answers": {"ort": "online", "frage-von-frueher": "x"},
                "snapshots": {
                    "2025-04-01T08:30:00.000Z": {"ort": "offline", "weg": "y"},
                    "kein-datum": {"ort": "online"},
                },
            }
        ),
        encoding="utf-8",
    )
    load(page, form, path)
    expect(form.get_by_role("status")).to_contain_text(
        "Antworten aus einer früheren Fassung übernommen. Davon passte eine "
        "nicht mehr und wurde verworfen."
    )
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    assert stored(page) == {"ort": "online"}
    snapshots = json.loads(page.evaluate(f"localStorage.getItem('{SNAPSHOTS}')"))
    assert snapshots == {"2025-04-01T08:30:00.000Z": {"ort": "offline"}}


def test_a_file_of_a_newer_version_says_so_and_counts_what_did_not_fit(
    page, site_url, tmp_path
):
    form = open_part_two(page, site_url)
    path = tmp_path / "neu.txt"
    path.write_text(
        answer_file(
            {
                "checklist": "ideales-netzwerk",
                "version": 2,
                "time": "2027-05-01T08:30:00.000Z",
                "answers": {"ort": "online", "frage-von-morgen": "x", "zweck": "neu"},
            }
        ),
        encoding="utf-8",
    )
    load(page, form, path)
    status = form.get_by_role("status")
    expect(status).to_contain_text("Antworten vom ")
    expect(status).to_contain_text(
        "Die Datei stammt aus einer neueren Fassung der Checkliste; übernommen ist, "
        "was hier passt. Davon passten zwei nicht mehr und wurden verworfen."
    )
    expect(status).not_to_contain_text("früheren Fassung")
    assert stored(page) == {"ort": "online"}


def test_a_file_of_this_version_counts_answers_the_form_cannot_use(
    page, site_url, tmp_path
):
    form = open_part_two(page, site_url)
    path = tmp_path / "fremd.txt"
    answers = {"ort": "online", "ort.gibtsnicht": "x"}
    data = {"checklist": "ideales-netzwerk", "version": 1,
            "time": "2026-05-01T08:30:00.000Z", "answers": answers}  # fmt: skip
    path.write_text(answer_file(data), encoding="utf-8")
    load(page, form, path)
    expect(form.get_by_role("status")).to_contain_text(
        "Davon passte eine nicht mehr und wurde verworfen."
    )


def test_snapshots_from_a_file_that_do_not_fit_in_storage_are_told(
    page, site_url, tmp_path
):
    form = open_part_two(page, site_url)
    many = {
        f"2025-04-{day:02d}T08:30:00.000Z": {"ort": "offline"} for day in range(1, 29)
    }
    data = {"checklist": "ideales-netzwerk", "version": 1,
            "time": "2026-05-01T08:30:00.000Z", "answers": {"ort": "online"},
            "snapshots": many}  # fmt: skip
    path = tmp_path / "viele.txt"
    path.write_text(answer_file(data), encoding="utf-8")
    # Storage that takes the answers but not the snapshots: as full as a phone's.
    page.evaluate(
        """() => {
        const real = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key.endsWith(":staende")) {
            throw new DOMException("full", "QuotaExceededError");
          }
          return real.call(this, key, value);
        };
      }"""
    )
    load(page, form, path)
    expect(form.get_by_role("status")).to_contain_text(
        "Die Zwischenstände aus der Datei passen nicht mehr in den Browserspeicher "
        "und sind nicht übernommen."
    )
    expect(form.get_by_label("Online", exact=True)).to_be_checked()


def test_saved_is_not_said_while_the_page_asks(page, site_url, tmp_path):
    form = open_part_two(page, site_url)
    notes = form.locator("#cl-ideales-netzwerk__ort_notizen")
    notes.fill("Ich tippe noch")  # "gespeichert" would come once the typing pauses
    path = tmp_path / "antworten.txt"
    data = {"checklist": "ideales-netzwerk", "version": 1,
            "time": "2026-05-01T08:30:00.000Z", "answers": {"ort": "x"}}  # fmt: skip
    path.write_text(answer_file(data), encoding="utf-8")
    load(page, form, path)
    question = form.locator(".checklist-ask")
    expect(question).to_be_visible()
    page.wait_for_timeout(900)  # past the pause after which "gespeichert" comes
    expect(form.get_by_role("status")).not_to_contain_text("gespeichert")


# --- Progress through the series ----------------------------------------------------


@pytest.mark.not_in("firefox", why=NO_GO_BACK)
def test_progress_shows_on_every_table_of_contents_and_the_series_page(
    browser, site_url
):
    context = browser.new_context()
    page = context.new_page()
    problems = watch(page)
    # A new reader sees nothing of it.
    for url in (PART_URLS[1], PART_URLS[3], SERIES_URL):
        page.goto(site_url(url))
        expect(page.locator(".series-progress")).to_be_hidden()
    expect(page.locator(".series-resume")).to_be_hidden()
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    form.get_by_label("Lokal", exact=True).check()
    note = page.locator(".series-toc .series-progress")
    expect(note).to_have_text("Checkliste: 2\xa0von 5\xa0Fragen beantwortet")
    for url in (PART_URLS[1], PART_URLS[3], SERIES_URL):
        page.goto(site_url(url))
        expect(note).to_have_text("Checkliste: 2\xa0von 5\xa0Fragen beantwortet")
    resume = page.locator(".series-resume")
    expect(resume).to_have_text(
        "Weiter, wo Du aufgehört hast, mit Teil\xa0II: "
        "Wie finde ich das richtige Netzwerk?"
    )
    # It leads to the checklist itself, not the top of the part.
    expect(resume.get_by_role("link")).to_have_attribute(
        "href", site_url(PART_URLS[2]) + "#cl-ideales-netzwerk"
    )
    assert axe_violations(page) == []
    resume.get_by_role("link").click()
    expect(page.locator("#cl-ideales-netzwerk h2")).to_be_in_viewport()
    page.go_back()
    # All answered: the note says so, and there is nothing to go back to.
    page.evaluate(
        f"localStorage.setItem('{KEY}', JSON.stringify({{ort: 'online', "
        "zweck: 'beides', groesse: 'klein', reichweite: 'lokal', zugang: 'offen'}))"
    )
    page.reload()
    expect(note).to_have_text("Checkliste: 5\xa0von 5\xa0Fragen beantwortet")
    expect(resume).to_be_hidden()
    assert problems == []
    context.close()


def test_progress_ignores_notes_alone_and_unreadable_storage(page, site_url):
    page.goto(site_url(PART_URLS[1]))
    page.evaluate(
        f"localStorage.setItem('{KEY}', JSON.stringify({{'ort.notizen': 'nur Notiz'}}))"
    )
    page.reload()
    expect(page.locator(".series-progress")).to_be_hidden()
    page.evaluate(f"localStorage.setItem('{KEY}', '{{kaputt')")
    page.reload()
    expect(page.locator(".series-progress")).to_be_hidden()


# Three typical readers, as they answer Part II, and the suggestion they get.
READERS = {
    "freiberuflerin-sucht-kundschaft-online": (
        ["Online", "Aufträge generieren", "Groß", "Überregional", "Offen für alle"],
        "Ein großes Business-Netzwerk wie Xing",
    ),
    "austausch-vor-ort": (
        ["Im echten Leben", "Erfahrungsaustausch", "Mittelgroß", "Lokal",
         "Offen für alle"],
        "Lokale und regionale Gruppen",
    ),
    "noch-unentschieden": (
        ["Beides: online und im echten Leben", "Beides: Austausch und Aufträge"],
        "Mehrere Netzwerke nebeneinander",
    ),
}  # fmt: skip


@pytest.mark.parametrize("reader", READERS)
def test_three_typical_readers_each_get_one_best_suggestion_on_a_phone(
    page, site_url, evidence, reader
):
    """A screenshot at 320 px of each (docs/screenshots with EVIDENCE_DIR)."""
    answers, best = READERS[reader]
    page.set_viewport_size({"width": 320, "height": 800})
    form = open_part_two(page, site_url)
    for label in answers:
        form.get_by_label(label, exact=True).check()
    expect(ranks(form).first).to_contain_text("Passt am besten")
    expect(titles(form).first).to_have_text(best)
    assert "Passt am besten" not in ranks(form).nth(1).inner_text()
    section = fit(form)
    assert section.evaluate("s => s.scrollWidth <= s.clientWidth")
    section.screenshot(path=evidence / f"was-zu-dir-passt-{reader}-320.png")
    assert axe_violations(page) == []
