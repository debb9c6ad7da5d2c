"""Find, and where needed install, the headless Chromium that the browser tests use.

Order: ``$CHROMIUM`` if set, a system Chromium (Debian's ``/usr/bin/chromium``),
Playwright's own download; else install one: Debian's package as root with apt,
otherwise ``python -m playwright install chromium``.
"""

from pathlib import Path

from tools.browsers import install, on_system

SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome")
# Flags that keep Chromium quiet on a machine without internet and as root.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


class ChromiumMissing(RuntimeError):
    pass


def system_chromium():
    """Return the path of a Chromium installed on the system, or None."""
    return on_system("CHROMIUM", SYSTEM_NAMES)


def playwright_chromium():
    """Return the path of Playwright's own Chromium if it is downloaded, or None."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        path = p.chromium.executable_path
    return path if Path(path).exists() else None


def find_chromium():
    """Return ``(executable_path, kind)``; the path is None for Playwright's own."""
    path = system_chromium()
    if path:
        return path, "system"
    if playwright_chromium():
        return None, "playwright"
    raise ChromiumMissing(
        "No Chromium found for the browser tests. Run `python3 dev.py test`, "
        "which installs one, or set CHROMIUM to the path of a Chromium binary."
    )


def ensure_chromium():
    """Find a Chromium, installing one if there is none; return a description."""
    try:
        path, kind = find_chromium()
    except ChromiumMissing:
        install_chromium()
        path, kind = find_chromium()
    return path if kind == "system" else "Playwright's own Chromium"


def install_chromium():
    install("chromium", "chromium")
