"""A small English site that uses the checklist and the series as anyone
would who installs them: Pelican's default theme ``notmyidea``, no file of
this site's theme, no site plugin, ``PLUGINS`` unset (Pelican loads every
installed namespace plugin), English content written in the English syntax."""

from tools.local_site import build

SETTINGS = """\
SITENAME = "Field Notes"
SITEURL = ""
THEME = "notmyidea"
DEFAULT_LANG = "en"
TIMEZONE = "UTC"
DEFAULT_PAGINATION = False
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
"""

CONTENT = {
    "series/getting-started.toml": """\
title = "Getting started"
description = "A short guide in two parts."
numbering = "arabic"
complete = true
""",
    "first-network.md": """\
Title: Finding your first network
Date: 2024-05-02
Series: getting-started
Series_index: 1
Summary: How to find a network that fits you.

Before you join anything, ask what you want from it.

::: checklist first-network version=1 title="Your ideal network"
- Where should it meet? {#place}
    ( ) Online {#online}
    ( ) In person {#in-person}
    [Notes]
- What do you want from it? {#goal}
    [ ] Advice {#advice}
    [ ] Customers {#customers}

Result: An online community {#online-community}
    Open groups where you can ask and answer at any hour.
    For: place = online, goal = advice
    Against: place = in-person
Result: A local business club {#local-club}
    Meet the people of your town once a month.
    For: place = in-person, goal = customers
:::
""",
    "giving-first.md": """\
Title: Giving before taking
Date: 2024-05-09
Series: getting-started
Series_index: 2

A network lives on what its members give.
""",
}

URLS = {
    "part 1": "finding-your-first-network.html",
    "part 2": "giving-before-taking.html",
    "series": "series/getting-started/",
    "worksheet": "worksheet/first-network/",
}
# Words of this site's German that must not reach an English reader.
GERMAN = ("Teil", "Notizen", "Antwort", "Dafür", "Dagegen", "Checkliste", "Serie")


def build_english_site(folder, siteurl=None):
    """Write the English site's settings and content into FOLDER and build it."""
    content = folder / "content"
    for name, text in CONTENT.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text, encoding="utf-8")
    settings = folder / "settings.py"
    settings.write_text(SETTINGS, encoding="utf-8")
    return build(folder / "output", settings, content=content, siteurl=siteurl)
