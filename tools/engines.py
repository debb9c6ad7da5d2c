"""Find, and where needed install, the browsers besides Chromium that the
browser tests run in: Firefox and WebKit.

- Firefox: ``$FIREFOX`` if set, else Debian's ``firefox-esr`` (or a system
  ``firefox``), driven by Playwright over WebDriver BiDi (channel
  ``moz-firefox``); else Playwright's own Firefox build, where it can be
  downloaded.
- WebKit: WebKitGTK's WebDriver (Debian's ``webkit2gtk-driver``:
  ``WebKitWebDriver`` and its ``MiniBrowser``), driven by Selenium under a
  virtual display (Xvfb). Playwright cannot drive Debian's WebKit.
"""

import shutil
from pathlib import Path

from tools import debian
from tools.browsers import install, on_system

FIREFOX_NAMES = ("firefox-esr", "firefox")
MINIBROWSER = Path("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")


class EngineMissing(RuntimeError):
    pass


def system_firefox():
    """The path of a Firefox installed on the system, or None."""
    return on_system("FIREFOX", FIREFOX_NAMES)


def firefox_launch_args():
    """How Playwright launches the Firefox of this machine."""
    path = system_firefox()
    if path:
        return {"channel": "moz-firefox", "executable_path": path}
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        if Path(p.firefox.executable_path).exists():
            return {}
    raise EngineMissing(
        "No Firefox found for the browser tests. Run `python3 dev.py test`, which "
        "installs Firefox ESR, or set FIREFOX to the path of a Firefox binary."
    )


def ensure_firefox():
    """Find a Firefox, installing one if there is none; return a description."""
    found = system_firefox()
    if found:
        return found
    install("firefox-esr", "firefox")
    return system_firefox() or "Playwright's own Firefox"


def minibrowser():
    """WebKitGTK's MiniBrowser, wherever the distribution put it, or None."""
    for candidate in (
        MINIBROWSER,
        *Path("/usr/lib").glob("*/webkit2gtk-4.*/MiniBrowser"),
    ):
        if candidate.exists():
            return candidate
    return None


def webkit_driver():
    """``(WebKitWebDriver, MiniBrowser, Xvfb)`` paths; EngineMissing if one lacks."""
    driver, display, browser = (
        shutil.which("WebKitWebDriver"),
        shutil.which("Xvfb"),
        minibrowser(),
    )
    if not (driver and display and browser):
        raise EngineMissing(
            "WebKitGTK's WebDriver or Xvfb is missing. Run `python3 dev.py test`, "
            "which installs them (webkit2gtk-driver, xvfb), or install them by hand."
        )
    return driver, browser, display


def ensure_webkit():
    """Find WebKitGTK's WebDriver and Xvfb, installing them where missing."""
    try:
        return webkit_driver()[0]
    except EngineMissing:
        if not debian.can_install():
            raise
        debian.install("webkit2gtk-driver", "xvfb", recommends=True)
    return webkit_driver()[0]
