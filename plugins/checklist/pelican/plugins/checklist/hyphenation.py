"""Soft hyphens in the long words of a checklist, for browsers without German.

A checklist's questions stand in boxes inside boxes: on a phone, a follow-up's
"Zugangsvoraussetzungen?" is wider than its line. ``hyphens: auto`` breaks it
where the browser has a German hyphenation dictionary; Chromium on Linux and
several Android browsers have none, and ``overflow-wrap`` then breaks the
word anywhere, without a hyphen. So the build puts soft hyphens (U+00AD) where
Pyphen's German dictionary (LibreOffice's patterns) allows a break, into words
of at least ``MIN_LETTERS`` letters. A soft hyphen shows only where a line
breaks; the plain text of a page (search, feeds, summaries, what the script
copies) leaves it out (:func:`text.without_soft_hyphens`). The dictionary loads
only when a long word comes, and from a cache after the first time.
"""

import functools
import json
import os
import re
from pathlib import Path

import pyphen
from pelican.plugins.author_report.compat import (
    cache_dictionary,
    hyphenation_dictionary,
    patterns_of,
)
from pelican.plugins.author_report.text import SOFT_HYPHEN

# Shorter words fit every box of the checklist at 320 px.
MIN_LETTERS = 12
LONG_WORD_RE = re.compile(rf"[^\W\d_]{{{MIN_LETTERS},}}")
LANGUAGE = "de_DE"


def _cache_file():
    """Where the parsed patterns are kept between builds: the user's cache
    folder (``$XDG_CACHE_HOME``), one file per Pyphen version."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "networking-blog" / f"hyph_{LANGUAGE}-{pyphen.VERSION}.json"


@functools.cache
def _german():
    """Pyphen's German hyphenation, loaded when the first long word comes.

    Parsing the 66,000 patterns takes half a second, in every process that
    converts a checklist; the parsed patterns, kept as JSON (data, nothing
    that runs), load in a tenth of that. An unreadable cache is parsed anew.
    """
    path = pyphen.LANGUAGES[LANGUAGE]
    cache = _cache_file()
    try:
        patterns = json.loads(cache.read_text(encoding="utf-8"))
        cache_dictionary(path, _parsed(patterns))
    except (OSError, ValueError, TypeError):
        german = pyphen.Pyphen(lang=LANGUAGE)
        _keep(cache, patterns_of(german))
    return pyphen.Pyphen(lang=LANGUAGE, left=3, right=3)


def _parsed(patterns):
    """A Pyphen dictionary from patterns kept as ``{letters: [start, [values]]}``."""
    if not isinstance(patterns, dict) or not patterns:
        raise ValueError("not kept patterns")
    return hyphenation_dictionary(
        {
            letters: (start, tuple(values))
            for letters, (start, values) in patterns.items()
        }
    )


def _keep(cache, patterns):
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        data = {
            letters: [start, list(values)]
            for letters, (start, values) in patterns.items()
        }
        temporary = cache.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        temporary.replace(cache)  # whole or not at all, with builds in parallel
    except OSError:
        pass  # no cache: the next build parses again


@functools.lru_cache(maxsize=4096)
def _hyphenated(word):
    return _german().inserted(word, hyphen=SOFT_HYPHEN)


def soft_hyphens(text):
    """TEXT with soft hyphens in its long words (parts of a hyphenated
    compound such as "Business-Netzwerk" count as words of their own)."""
    return LONG_WORD_RE.sub(lambda match: _hyphenated(match.group()), text)
