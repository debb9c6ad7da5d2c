"""Helpers for the browser tests of Part II's checklist."""

import base64
import json
from urllib.parse import urlencode

from playwright.sync_api import expect

from tests.support.site import PART_URLS

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


def until(page, script, seconds=5):
    """The value of SCRIPT in PAGE once it is truthy. The page's CSP forbids
    the eval that page.wait_for_function polls with."""
    for _ in range(int(seconds / 0.05)):
        if value := page.evaluate(script):
            return value
        page.wait_for_timeout(50)
    raise AssertionError(f"still false after {seconds} s: {script}")


def stored(page, key=KEY):
    """The answers saved in PAGE's browser under KEY, or None."""
    return json.loads(page.evaluate(f"localStorage.getItem('{key}')") or "null")


def encoded(answers):
    return base64.b64encode(json.dumps(answers).encode()).decode()


def share_fragment(answers, version=1):
    """The part of a share link after "#" that carries ANSWERS."""
    params = {"checkliste": "ideales-netzwerk", "v": version, "a": encoded(answers)}
    return "#" + urlencode(params)
