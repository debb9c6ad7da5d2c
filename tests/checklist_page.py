"""Helpers for the browser tests of Part II's checklist."""

import json

from playwright.sync_api import expect

from tests.site import PART_URLS

FORM = "#cl-ideales-netzwerk"
KEY = "checkliste:ideales-netzwerk:v1"
SAVED = "In diesem Browser gespeichert."


def watch(page):
    """Everything thrown or logged as an error or warning in PAGE; must stay empty."""
    found = []
    page.on("pageerror", lambda error: found.append(f"pageerror: {error}"))
    page.on(
        "console",
        lambda msg: msg.type in ("error", "warning") and found.append(msg.text),
    )
    return found


def ready(page, form=FORM):
    """The checklist form, once its script has enhanced it."""
    expect(page.locator(f"{form}[data-checklist-ready]")).to_have_count(1)
    return page.locator(form)


def open_part_two(page, site_url, fragment=""):
    page.goto(site_url(PART_URLS[2]) + fragment)
    return ready(page)


def stored(page, key=KEY):
    """The answers saved in PAGE's browser under KEY, or None."""
    return json.loads(page.evaluate(f"localStorage.getItem('{key}')") or "null")
