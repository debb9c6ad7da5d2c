"""The English site (``tests/support/english_site.py``) in the browser: the
checklist, with Pelican's own theme and no file of this site's, saves a
reader's answers and shows its result, in English."""

import pytest
from playwright.sync_api import expect

from tests.support.english_site import URLS, build_english_site
from tools.local_site import free_port, serve


@pytest.fixture(scope="module")
def english_url(tmp_path_factory):
    site = build_english_site(tmp_path_factory.mktemp("english-served"))
    assert site.returncode == 0, site.log
    with serve(site.output, free_port()) as base:
        yield lambda url="": f"{base}/{url}"


def test_a_reader_fills_in_the_english_checklist(page, english_url, evidence):
    page.goto(english_url(URLS["part 1"]))
    form = page.locator("form.checklist")
    expect(form).to_have_attribute("data-checklist-ready", "")
    form.get_by_label("Online", exact=True).check()
    expect(form.get_by_role("status")).to_have_text("Saved in this browser.")
    form.get_by_label("Advice", exact=True).check()
    fit = form.locator(".checklist-fit")
    expect(fit).to_contain_text("Fits best · two of two answers speak for it")
    expect(fit).to_contain_text("An online community")
    expect(fit).to_contain_text("For it: “Online” and “Advice”.")
    page.screenshot(path=evidence / "english-site.png", full_page=True)
    # Saved on the device: a new visit finds the answers and the result.
    page.reload()
    expect(form).to_have_attribute("data-checklist-ready", "")
    expect(form.get_by_label("Online", exact=True)).to_be_checked()
    expect(form.get_by_label("Advice", exact=True)).to_be_checked()
    expect(form.get_by_role("status")).to_have_text("Saved answers loaded.")
    expect(fit).to_contain_text("An online community")


def test_the_english_checklist_saves_and_links_under_english_names(
    browser, english_url
):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(english_url(URLS["part 1"]))
    form = page.locator("form.checklist")
    expect(form).to_have_attribute("data-checklist-ready", "")
    form.get_by_label("In person", exact=True).check()
    expect(form.get_by_role("status")).to_have_text("Saved in this browser.")
    form.get_by_role("button", name="Save a snapshot").click()
    expect(form.get_by_role("status")).to_contain_text("Snapshot of")
    keys = sorted(page.evaluate("Object.keys(localStorage)"))
    assert keys == ["checklist:first-network:snapshots", "checklist:first-network:v1"]
    form.get_by_role("button", name="Copy answers as a link").click()
    expect(form.get_by_role("status")).to_contain_text("Link copied.")
    link = page.evaluate("navigator.clipboard.readText()")
    assert "#checklist=first-network&v=1&" in link
    context.close()
    # The link brings the answers into a browser that has none.
    context = browser.new_context()
    page = context.new_page()
    page.goto(english_url(URLS["part 1"]) + link[link.index("#") :])
    form = page.locator("form.checklist")
    expect(form.get_by_label("In person", exact=True)).to_be_checked()
    expect(form.get_by_role("status")).to_have_text(
        "Answers taken from the link and saved in this browser."
    )
    context.close()
