"""Soft hyphens in the long words of a checklist, for browsers without German.

A checklist's questions stand in boxes inside boxes: on a phone, a follow-up's
"Zugangsvoraussetzungen?" is wider than its line. ``hyphens: auto`` breaks it
where the browser has a German hyphenation dictionary; Chromium on Linux and
several Android browsers have none, and ``overflow-wrap`` then breaks the
word anywhere, without a hyphen. So the build puts soft hyphens (U+00AD) where
Pyphen's German dictionary (LibreOffice's patterns) allows a break, into words
of at least ``MIN_LETTERS`` letters. A soft hyphen shows only where a line
breaks; the plain text of a page (search, feeds, summaries, what the script
copies) leaves it out (:func:`without_soft_hyphens`).
"""

import re
from functools import lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
# Shorter words fit every box of the checklist at 320 px.
MIN_LETTERS = 12
LONG_WORD_RE = re.compile(rf"[^\W\d_]{{{MIN_LETTERS},}}")
_GERMAN = pyphen.Pyphen(lang="de_DE", left=3, right=3)


@lru_cache(maxsize=4096)
def _hyphenated(word):
    return _GERMAN.inserted(word, hyphen=SOFT_HYPHEN)


def soft_hyphens(text):
    """TEXT with soft hyphens in its long words (parts of a hyphenated
    compound such as "Business-Netzwerk" count as words of their own)."""
    return LONG_WORD_RE.sub(lambda match: _hyphenated(match.group()), text)


def without_soft_hyphens(text):
    return text.replace(SOFT_HYPHEN, "")
