"""The checklist against the GOV.UK Design System's form basics, measured in real
Chromium: focus you can see on every background, targets big enough to tap,
questions that sit inside their boxes at every width, and follow-up questions
that appear only when they apply."""

import base64
import json
import re
import urllib.parse
import zlib
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.accessibility import axe_violations
from tests.support.checklist_page import (
    FORM,
    KEY,
    open_part_two,
    ready,
    share_fragment,
    stored,
    until,
    watch,
)
from tests.support.engines import JS_OFF, NO_DOWNLOAD, NO_PRINT_MEDIA
from tests.support.site import ODD_URLS, PART_URLS


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colours(css):
    """Every ``rgb()``/``rgba()`` colour in a computed style value."""
    return [tuple(int(v) for v in m[:3]) for m in re.findall(
        r"rgba?\((\d+), (\d+), (\d+)", css)]  # fmt: skip


# Part II's follow-up question and the option it follows.
FOLLOWUP = f"{FORM}__voraussetzungen"
CLOSED = f"{FORM}__zugang__geschlossen"

# Where focus can be, and the element whose background is behind it.
PLACES = {
    "a link on the page": ("main a[href]", "body"),
    "a choice in the checklist box": (f"{FORM} input[type=radio]", FORM),
    "a text field in the checklist box": (f"{FORM} textarea", FORM),
    "a button in the checklist box": (f"{FORM} .checklist-tools button", FORM),
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("place", PLACES)
def test_focus_stands_out_three_to_one_from_its_background(
    page, site_url, scheme, place
):
    page.emulate_media(color_scheme=scheme)
    open_part_two(page, site_url)
    target, behind = PLACES[place]
    page.keyboard.press("Tab")  # keyboard mode: :focus-visible applies
    element = page.locator(target).first
    element.focus()
    style = element.evaluate(
        "e => { const s = getComputedStyle(e); return [s.outlineColor, "
        "s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
    )
    outline_colour, outline_style, outline_width, shadow = style
    assert outline_style == "solid" and float(outline_width[:-2]) >= 3, style
    ring = colours(outline_colour) + colours(shadow)
    background = colours(
        page.locator(behind).first.evaluate("e => getComputedStyle(e).backgroundColor")
    )[0]
    best = max(contrast(colour, background) for colour in ring)
    assert best >= 3, f"{place}, {scheme}: {best:.2f}:1 against {background}"


def test_every_choice_button_and_toggle_is_at_least_44_px(page, site_url):
    page.set_viewport_size({"width": 375, "height": 800})
    form = open_part_two(page, site_url)
    page.locator(CLOSED).check()  # its follow-up, too
    targets = {
        "choice": form.locator(".checklist-option label"),
        "button": form.locator(".checklist-tools button"),
        "summary toggle": form.locator(".checklist-summary summary"),
    }
    small = []
    for name, locator in targets.items():
        assert locator.count() > 0, name
        for index in range(locator.count()):
            box = locator.nth(index).bounding_box()
            if box["height"] < 44 or box["width"] < 44:
                small.append(
                    f"{name} {index}: {box['width']:.0f} x {box['height']:.0f}"
                )
    assert small == []


@pytest.mark.parametrize("width", [375, 1280])
def test_each_question_sits_inside_its_box(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url(PART_URLS[2]))
    crossing = page.evaluate(
        """() => [...document.querySelectorAll('.checklist fieldset')].filter(f => {
          const legend = f.querySelector(':scope > legend');
          const border = parseFloat(getComputedStyle(f).borderTopWidth);
          return legend && legend.getBoundingClientRect().top
            < f.getBoundingClientRect().top + border;
        }).map(f => f.querySelector(':scope > legend').textContent)"""
    )
    assert crossing == []


# WCAG 1.4.12 (text spacing): what a reader's style sheet may set, added as a
# browser extension adds it (the page's CSP forbids a style element).
TEXT_SPACING = """() => {
  const sheet = document.styleSheets[0];
  sheet.insertRule("* { line-height: 1.5 !important; letter-spacing: .12em !important;"
    + " word-spacing: .16em !important; }", sheet.cssRules.length);
  sheet.insertRule("p { margin-bottom: 2em !important; }", sheet.cssRules.length);
}"""

OUTSIDE_ITS_BOX = """box => [...box.querySelectorAll('dt, dd')].filter(cell => {
  const outer = box.getBoundingClientRect();
  const inner = cell.getBoundingClientRect();
  return inner.right > outer.right + 0.5 || cell.scrollWidth > cell.clientWidth;
}).map(cell => cell.textContent)"""


@pytest.mark.parametrize("spacing", [False, True], ids=["as set", "text spacing"])
def test_the_summary_list_stays_in_its_box_on_a_phone(page, site_url, spacing):
    page.set_viewport_size({"width": 320, "height": 640})
    form = open_part_two(page, site_url)
    if spacing:
        page.evaluate(TEXT_SPACING)
    page.locator(CLOSED).check()
    form.get_by_label("Deine Antwort").fill("Empfehlungsschreiben")
    summary = form.locator(".checklist-summary")
    expect(summary.locator("dt", has_text="Welche Zugangs")).to_be_visible()
    assert summary.evaluate(OUTSIDE_ITS_BOX) == []
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


def test_the_tools_are_one_primary_button_and_the_warning_apart_on_a_phone(
    page, site_url, evidence
):
    page.set_viewport_size({"width": 320, "height": 640})
    form = open_part_two(page, site_url)
    tools = form.locator(".checklist-tools")
    [primary] = tools.locator(".checklist-primary").all()
    expect(primary).to_have_text("Antworten herunterladen (.txt)")
    background = "b => getComputedStyle(b).backgroundColor"
    others = tools.locator("button:not(.checklist-primary):not(.checklist-warning)")
    assert others.count() == 4
    for button in others.all():
        assert button.evaluate(background) != primary.evaluate(background)
    # The warning button in a group of its own, below a line, not beside the
    # ways to keep the answers.
    warning = tools.get_by_role("button", name="Antworten löschen")
    group = "b => b.parentElement"
    assert warning.evaluate_handle(group) != primary.evaluate_handle(group)
    line = warning.evaluate("b => getComputedStyle(b.parentElement).borderTopStyle")
    assert line == "solid"
    assert warning.bounding_box()["y"] > max(
        b.bounding_box()["y"] for b in others.all()[:3]
    )
    # Not a 400 px stack of equals on a 320 px phone.
    height = tools.bounding_box()["height"]
    tools.screenshot(path=evidence / "werkzeuge-320.png")
    assert height < 400, height


def near(above, message, within=40):
    """Whether MESSAGE is in view and right under ABOVE (a button, or the group
    of buttons it is in), at most WITHIN px below it."""
    expect(message).to_be_in_viewport()
    top = message.bounding_box()["y"]
    bottom = above.bounding_box()["y"] + above.bounding_box()["height"]
    return 0 <= top - bottom <= within


def test_a_message_shows_next_to_the_control_that_caused_it(browser, site_url):
    context = browser.new_context(
        viewport={"width": 320, "height": 640},
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    form = open_part_two(page, site_url)
    form.get_by_label("Online", exact=True).check()
    message = form.locator(".checklist-message")
    copy = form.get_by_role("button", name="Antworten als Text kopieren")
    copy.click()
    expect(message).to_have_text("In die Zwischenablage kopiert.")
    assert near(copy.locator("xpath=.."), message)
    # Heard once: the message on screen is not read a second time.
    assert message.get_attribute("aria-hidden") == "true"
    expect(form.get_by_role("status")).to_have_text("In die Zwischenablage kopiert.")
    snapshot = form.get_by_role("button", name="Zwischenstand speichern")
    snapshot.click()
    expect(message).to_have_text(re.compile("^Zwischenstand vom .* gespeichert.$"))
    assert near(snapshot, message)
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_error_looks_like_one_next_to_the_file_button(
    page, site_url, tmp_path, scheme
):
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": 320, "height": 640})
    form = open_part_two(page, site_url)
    foreign = tmp_path / "einkaufsliste.txt"
    foreign.write_text("Milch\nBrot\n", encoding="utf-8")
    load = form.get_by_role("button", name="Antworten aus Datei laden")
    with page.expect_file_chooser() as chooser:
        load.click()
    chooser.value.set_files(foreign)
    message = form.locator(".checklist-message")
    expect(message).to_have_text(re.compile("^Fehler: Diese Datei enthält keine"))
    expect(message).to_have_class(re.compile("checklist-error"))
    assert near(load.locator("xpath=.."), message)
    red = colours(message.evaluate("m => getComputedStyle(m).color"))[0]
    assert red[0] > 150 and red[1] < 150 and red[0] > 1.5 * red[2], red  # a red
    box = colours(form.evaluate("f => getComputedStyle(f).backgroundColor"))[0]
    assert contrast(red, box) >= 4.5
    assert axe_violations(page) == []
    # The next message is no error.
    form.get_by_label("Online", exact=True).check()
    expect(message).not_to_have_class(re.compile("checklist-error"))


def test_the_summary_says_what_it_is_and_keeps_its_counts_whole(page, site_url):
    form = open_part_two(page, site_url)
    toggle = form.locator(".checklist-summary summary")
    expect(toggle).to_have_text("Deine Antworten im Überblick")
    count = form.locator(".checklist-summary p").first.text_content()
    assert count == "Noch fünf\xa0Fragen offen."  # the count in words
    expect(form.locator("h2")).to_have_text("Checkliste: Mein ideales Netzwerk")


def test_another_checklist_calls_itself_a_checklist_by_its_own_title(page, odd_site):
    page.goto(f"{odd_site.base_url}/{ODD_URLS['article']}")
    expect(page.locator("form h2").first).to_have_text("Checkliste: Grenzfälle")
    toggle = page.locator(".checklist-summary summary").first
    expect(toggle).to_have_text("Deine Antworten im Überblick")


# --- Follow-up questions: GOV.UK's conditional reveal ---------------------------


def test_a_follow_up_appears_only_when_its_option_is_chosen(page, site_url):
    form = open_part_two(page, site_url)
    followup, closed = page.locator(FOLLOWUP), page.locator(CLOSED)
    expect(followup).to_be_hidden()  # out of sight and out of the tab order
    expect(closed).to_have_attribute("aria-controls", FOLLOWUP[1:])
    closed.check()
    expect(followup).to_be_visible()
    assert axe_violations(page) == []
    followup.locator("textarea").fill("Zwei Empfehlungen")
    summary = form.locator(".checklist-summary")
    expect(summary).to_contain_text(
        "Welche Zugangsvoraussetzungen? Zwei Empfehlungen", use_inner_text=True
    )
    # Another answer: the follow-up goes, and with it its line in the summary,
    # but what was written in it is kept for when the option comes back.
    form.get_by_label("Offen für alle").check()
    expect(followup).to_be_hidden()
    expect(summary).not_to_contain_text("Welche Zugangsvoraussetzungen?")
    page.reload()
    page.locator(CLOSED).check()
    expect(page.locator(FOLLOWUP).locator("textarea")).to_have_value(
        "Zwei Empfehlungen"
    )


@pytest.mark.not_in("firefox", why=NO_DOWNLOAD)
def test_a_hidden_follow_up_stays_on_the_device_and_is_never_given_away(
    browser, site_url, tmp_path
):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    form = open_part_two(page, site_url)
    page.locator(CLOSED).check()
    page.locator(FOLLOWUP).locator("textarea").fill("Nur für mich")
    form.get_by_label("Offen für alle").check()  # the follow-up is hidden now
    assert stored(page)["voraussetzungen"] == "Nur für mich"  # kept here
    # Not in a share link ...
    form.get_by_role("button", name="Antworten als Link kopieren").click()
    expect(form.get_by_role("status")).to_contain_text("Link kopiert.")
    shared = page.evaluate("navigator.clipboard.readText()")
    fragment = dict(urllib.parse.parse_qsl(shared.split("#", 1)[1]))
    packed = base64.urlsafe_b64decode(fragment["z"] + "===")
    carried = json.loads(zlib.decompress(packed, wbits=-15))  # deflate-raw
    assert carried == {"zugang": "offen"}
    # ... nor in the file ...
    with page.expect_download() as info:
        form.get_by_role("button", name="Antworten herunterladen (.txt)").click()
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    data = json.loads(text.splitlines()[-1])
    assert data["answers"] == {"zugang": "offen"} and "Nur für mich" not in text
    # ... nor in the copy.
    form.get_by_role("button", name="Antworten als Text kopieren").click()
    expect(form.get_by_role("status")).to_have_text("In die Zwischenablage kopiert.")
    assert "Nur für mich" not in page.evaluate("navigator.clipboard.readText()")
    context.close()


@pytest.mark.not_in("firefox", why=JS_OFF)
def test_without_javascript_every_follow_up_stays_visible(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url(PART_URLS[2]))
    expect(page.locator(FOLLOWUP)).to_be_visible()
    expect(page.locator(CLOSED)).not_to_have_attribute("aria-controls", FOLLOWUP[1:])
    context.close()


# --- A chosen answer can be taken back ---------------------------------------------


def test_keine_antwort_takes_a_choice_back_by_keyboard(page, site_url):
    problems = watch(page)
    form = open_part_two(page, site_url)
    reach = form.locator("fieldset", has_text="Lokal oder überregional?")
    none = reach.get_by_label("Keine Antwort")
    expect(none).not_to_be_checked()  # the script chooses nothing for the reader
    reach.get_by_label("Lokal", exact=True).focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # the last choice of the group
    expect(none).to_be_checked()
    # "Keine Antwort" is an answer: shown, counted, saved, back after a reload.
    summary = form.locator(".checklist-summary")
    expect(summary).to_contain_text(
        "Lokal oder überregional? Keine Antwort", use_inner_text=True
    )
    expect(summary).to_contain_text("Noch vier Fragen offen.")
    until(page, f"localStorage.getItem('{KEY}') !== null")
    assert stored(page)["reichweite"] == ""
    page.reload()
    reach = ready(page).locator("fieldset", has_text="Lokal oder überregional?")
    expect(reach.get_by_label("Keine Antwort")).to_be_checked()
    expect(reach.locator("input:checked")).to_have_count(1)
    assert problems == []


@pytest.mark.not_in("firefox", why=NO_PRINT_MEDIA)
def test_every_single_choice_has_a_way_back_and_paper_does_not_show_it(page, site_url):
    form = open_part_two(page, site_url)
    singles = form.locator("fieldset[data-kind=single]")
    expect(singles).to_have_count(5)
    for index in range(5):
        last = singles.nth(index).locator(":scope > .checklist-option").last
        expect(last).to_have_text("Keine Antwort")
    page.emulate_media(media="print")
    expect(form.locator(".checklist-none").first).to_be_hidden()


# --- Opening a share link -------------------------------------------------------------

LINKED = {"ort": "online", "zweck": "beides"}
TAKEN = "Antworten aus dem Link übernommen und in diesem Browser gespeichert."


def notice(form):
    """The note at the top of the form, right under its heading."""
    box = form.locator(".checklist-ask")
    expect(box).to_be_visible()
    assert box.evaluate("b => b.previousElementSibling.tagName") == "H2"
    return box


def test_a_share_link_lands_on_the_checklist_and_can_be_undone(page, site_url):
    problems = watch(page)
    page.set_viewport_size({"width": 375, "height": 700})
    form = open_part_two(page, site_url, share_fragment(LINKED))
    heading = form.locator("h2")
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()
    box = notice(form)
    expect(box.locator("p")).to_have_text(TAKEN)
    # Taking it back is no warning: the link still holds the answers.
    expect(box.get_by_role("button", name="Rückgängig machen")).not_to_have_class(
        re.compile("checklist-warning")
    )
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    assert stored(page) == LINKED
    assert axe_violations(page) == []
    page.keyboard.press("Tab")  # the way back is the next stop
    undo = box.get_by_role("button", name="Rückgängig machen")
    expect(undo).to_be_focused()
    page.keyboard.press("Enter")
    expect(box).to_be_hidden()
    expect(form.get_by_role("status")).to_have_text("Rückgängig gemacht.")
    expect(form.locator("input:checked")).to_have_count(0)
    assert stored(page) is None  # nothing was saved before: nothing is now
    assert problems == []


def test_undoing_a_share_link_brings_back_the_answers_of_before(page, site_url):
    form = open_part_two(page, site_url)
    form.get_by_label("Im echten Leben", exact=True).check()
    until(page, f"localStorage.getItem('{KEY}') !== null")
    page.goto(site_url(PART_URLS[2]) + share_fragment(LINKED))
    box = notice(form)
    expect(box.locator("p")).to_have_text(
        "Deine gespeicherten Antworten durch die aus dem Link ersetzen?"
    )
    box.get_by_role("button", name="Ja, ersetzen").click()
    expect(box.locator("p")).to_have_text(TAKEN)
    expect(form.locator("h2")).to_be_focused()
    box.get_by_role("button", name="Rückgängig machen").click()
    expect(form.get_by_label("Im echten Leben", exact=True)).to_be_checked()
    expect(form.locator("h2")).to_be_focused()  # where the reader was
    assert stored(page) == {"ort": "offline"}


def test_the_notice_goes_once_the_reader_answers_on(page, site_url):
    form = open_part_two(page, site_url, share_fragment(LINKED))
    box = notice(form)
    form.get_by_label("Lokal", exact=True).check()
    # A way back now would take this answer back, too.
    expect(box).to_be_hidden()
    assert stored(page) == {**LINKED, "reichweite": "lokal"}


# --- Part II on a phone ------------------------------------------------------------


def test_part_two_on_a_phone_answered_and_checked(
    page, site_url, evidence, browser_name
):
    """What a reader sees at 375 px with some answers: the summary list open
    under the questions, nothing wider than the screen. The screenshot is left
    in ``$EVIDENCE_DIR`` (teil-2-375-<engine>.png) for people to look at."""
    page.set_viewport_size({"width": 375, "height": 800})
    form = open_part_two(page, site_url)
    form.get_by_label("Beides: online und im echten Leben").check()
    form.get_by_label("Notizen").first.fill("Stammtisch und Xing")
    page.locator(CLOSED).check()
    page.locator(FOLLOWUP).locator("textarea").fill("Empfehlung durch zwei Mitglieder")
    summary = form.locator(".checklist-summary")
    expect(summary).to_have_attribute("open", "")
    expect(
        summary.get_by_role("link", name="Ändern Lokal oder überregional?")
    ).to_be_visible()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    page.screenshot(path=evidence / f"teil-2-375-{browser_name}.png", full_page=True)
