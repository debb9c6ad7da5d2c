"""The checklist on paper: the article printed from the browser's menu, the
worksheet printed with its answers ("Checkliste mit Antworten drucken"), and the blank
worksheet, a page of its own that needs no script. Printed as Chromium prints
with its defaults (A4, background graphics off). On a phone, ``print()`` may
return before the page is printed: here it is a stand-in that returns at once."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.checklist_page import FORM, open_part_two, until
from tests.support.engines import JS_OFF, NO_PRINT_MEDIA
from tests.support.site import PART_URLS

# What only makes sense on a screen, never on paper.
SCREEN_ONLY = [
    "Alle Fragen sind freiwillig",
    "automatisch gespeichert",
    "Keine Antwort",
    "Leere Checkliste zum Ausdrucken",
    "Antworten herunterladen (.txt)",
    "Zwischenstand speichern",
    "Ändern",
    "In diesem Browser gespeichert",
]
# The stand-in for a phone's print(): it records the page's state and returns
# at once, before anything is printed.
PRINT_AT_ONCE = """window.printed = [];
window.print = () => window.printed.push({
  classes: document.documentElement.className,
  stamp: document.querySelector("#cl-ideales-netzwerk").dataset.printed,
});"""


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def words(locator):
    """The texts of LOCATOR's elements, as a reader reads them."""
    texts = locator.all_text_contents()
    return [" ".join(t.replace("\xad", "").split()) for t in texts]


def printed_text(page):
    """What the page shows on paper, as text (spaces of every kind as one)."""
    page.emulate_media(media="print")
    text = page.locator("body").inner_text()
    page.emulate_media(media="screen")
    return " ".join(text.replace("\xad", "").split())


def answer_everything(form):
    """Part II answered in full, each question with a short note."""
    for label in (
        "Online",
        "Aufträge generieren",
        "Klein und überschaubar",
        "Überregional",
        "Geschlossenes Expertennetzwerk",
    ):
        form.get_by_label(label, exact=True).check()
    form.get_by_label("Deine Antwort").fill("Empfehlung durch zwei Mitglieder")
    form.get_by_label("Zusammensetzung (z. B. Branchen, Berufe)").fill(
        "Texterinnen, Lektoren"
    )
    # Each note but the last, which stays empty.
    for notes in form.get_by_label("Notizen").all()[:-1]:
        notes.fill("Kurz notiert: passt zu meinem Alltag.")


@pytest.mark.not_in("firefox", why=NO_PRINT_MEDIA)
def test_the_article_prints_from_the_menu_with_the_answers_marked(page, site_url):
    form = open_part_two(page, site_url)
    form.get_by_label("Beides: online und im echten Leben").check()
    form.get_by_label("Lokal", exact=True).check()
    notes = form.locator("#cl-ideales-netzwerk__ort_notizen")
    notes.focus()
    page.emulate_media(media="print")
    # No focus ring or caret on paper, and no sentence only for the screen.
    focused = "t => [getComputedStyle(t).outlineStyle, getComputedStyle(t).caretColor]"
    assert notes.evaluate(focused) == ["none", "rgba(0, 0, 0, 0)"]
    for selector in (".checklist-intro", ".checklist-autosave", ".checklist-paper"):
        expect(form.locator(selector)).to_be_hidden()
    # Lines of at most about 75 characters: the text column is no wider than
    # the first 75 characters of a paragraph set on one line.
    column, line = page.locator(".content > p").first.evaluate(
        """p => {
          const probe = document.createElement("span");
          probe.style.whiteSpace = "nowrap";
          probe.textContent = p.textContent.replace(/\\s+/g, " ").slice(0, 75);
          p.append(probe);
          const width = probe.getBoundingClientRect().width;
          probe.remove();
          return [p.getBoundingClientRect().width, width];
        }"""
    )
    assert column <= line * 1.05, (column, line)
    expect(form.locator(".checklist-tools")).to_be_hidden()
    expect(form.locator(".checklist-history")).to_be_hidden()
    expect(form.locator(".checklist-fit h4").first).to_be_visible()
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator(".series-nav")).to_be_hidden()
    # The article is there: printed from the menu, the page is printed whole.
    expect(page.locator(".content > p").first).to_be_visible()
    chosen = form.locator('label[for="cl-ideales-netzwerk__ort__mischform"]')
    assert chosen.evaluate("l => getComputedStyle(l, '::after').content") == '" ✔"'
    assert chosen.evaluate("l => getComputedStyle(l).fontWeight") == "700"
    # Ruled lines are borders: the field's own and one more below it.
    notes_box = form.locator("#cl-ideales-netzwerk__zweck_notizen")
    assert notes_box.evaluate("t => getComputedStyle(t).backgroundImage") == "none"
    assert notes_box.evaluate("t => getComputedStyle(t).borderBottomWidth") == "1px"
    ruled = "t => getComputedStyle(t.parentElement, '::after').borderBottomWidth"
    assert notes_box.evaluate(ruled) == "1px"
    notes.fill("Zeile\n" * 12)
    short = notes.evaluate("t => t.clientHeight")
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    assert notes.evaluate("t => t.clientHeight") > short  # the whole answer on paper
    page.evaluate("dispatchEvent(new Event('afterprint'))")
    assert notes.evaluate("t => t.clientHeight") == short


@pytest.mark.not_in("firefox", why=NO_PRINT_MEDIA)
def test_printing_with_answers_prints_the_worksheet_and_what_fits_on_two_pages(
    page, site_url, evidence
):
    page.add_init_script(PRINT_AT_ONCE)
    form = open_part_two(page, site_url)
    answer_everything(form)
    form.get_by_role("button", name="Checkliste mit Antworten drucken").click()
    until(page, "window.printed.length === 1")  # the tools load first
    [printed] = page.evaluate("window.printed")
    assert re.fullmatch(
        r"Erstellt am \d{1,2}\. \w+ \d{4} · Seite: "
        + re.escape(site_url(PART_URLS[2])),
        printed["stamp"],
    )
    # print() has returned, the paper is not made yet: the page must still
    # print the worksheet alone, whenever the browser takes it.
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    text = printed_text(page)
    page.emulate_media(media="print")
    heading = form.evaluate("f => getComputedStyle(f, '::before').content")
    assert heading == f'"{printed["stamp"]}"'
    assert "Mein ideales Netzwerk" in text
    # Every answer, each field that holds one, and no empty field.
    fields = form.locator("fieldset textarea, fieldset input[type=text]")
    for field in fields.all()[:-1]:
        expect(field).to_be_visible()
        expect(field).not_to_have_value("")
    expect(fields.last).to_be_hidden()
    assert "Passt am besten" in text  # what fits, with the answers
    assert "Nachdem wir gestern geklärt hatten" not in text  # not the article
    assert "Networking beginnt nicht erst im Internet" not in text  # nor the series
    for words in SCREEN_ONLY:
        assert words not in text, words
    page.emulate_media(media="print")
    pages = pdf_pages(page.pdf(format="A4", path=evidence / "mit-antworten.pdf"))
    assert 1 <= pages <= 2, pages
    # Once the browser has printed, the page prints whole again.
    page.evaluate("dispatchEvent(new Event('afterprint'))")
    assert "Nachdem wir gestern geklärt hatten" in printed_text(page)


def test_a_reader_who_goes_on_gets_the_whole_page_from_the_menu(page, site_url):
    # In every engine, with a print() that returns at once: the page stays
    # marked for the worksheet alone (which the print styles read) until the
    # browser says it has printed, or, where it never says so (some phones),
    # until the next tap in the page.
    page.add_init_script(PRINT_AT_ONCE)
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    marked = "document.documentElement.classList.contains('print-answers')"
    for ending in ("afterprint", "tap"):
        form.get_by_role("button", name="Checkliste mit Antworten drucken").click()
        until(page, marked)  # the tools load first
        page.wait_for_timeout(100)
        assert page.evaluate(marked)  # print() has returned: still marked
        if ending == "afterprint":
            page.evaluate("dispatchEvent(new Event('afterprint'))")
        else:
            form.get_by_label("Notizen").first.click()
        assert not page.evaluate(marked), ending
    assert len(page.evaluate("window.printed")) == 2


@pytest.mark.not_in("firefox", why=JS_OFF)
def test_the_blank_worksheet_is_a_page_that_needs_no_script(
    browser, site_url, evidence
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url(PART_URLS[2]))
    form = page.locator(FORM)
    legends = words(form.locator("fieldset:not(.checklist-followup) > legend"))
    form.get_by_role("link", name="Leere Checkliste zum Ausdrucken").click()
    assert page.url == site_url("vorlage/ideales-netzwerk/")
    expect(page.locator("h1")).to_have_text("Mein ideales Netzwerk")
    # Every question of the form, in its order, with its options to tick and
    # lines to write on; the follow-up under its option; nothing to type into.
    assert words(page.locator(".worksheet-questions > li > h2")) == legends
    first = page.locator(".worksheet-questions > li").first
    expect(first.locator(".worksheet-options > li")).to_have_text(
        ["Online", "Im echten Leben", "Beides: online und im echten Leben"]
    )
    expect(first.locator(".worksheet-hint")).to_have_text("Kreuze eine Antwort an.")
    followup = page.locator(".worksheet-options > li", has_text="Geschlossenes")
    expect(followup.locator("h3")).to_have_text(re.compile("Welche Zugangs"))
    expect(page.locator("input, textarea, select, script")).to_have_count(0)
    link = page.get_by_role("link", name="Wie finde ich das richtige Netzwerk?")
    assert link.get_attribute("href").endswith("#cl-ideales-netzwerk")
    # On paper: the worksheet alone, with where it comes from, on two pages.
    text = printed_text(page)
    assert "Drucke diese Seite" not in text
    assert "Startseite" not in text
    assert site_url(PART_URLS[2]) in text  # the address, where links do not work
    page.emulate_media(media="print")
    pages = pdf_pages(page.pdf(format="A4", path=evidence / "leere-vorlage.pdf"))
    assert 1 <= pages <= 2, pages
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    page.screenshot(path=evidence / "leere-vorlage.png", full_page=True)
    context.close()
