"""The series' words in each locale, every one a reader sees: the label of a
part ("Teil II von III"), an announced part's date, the series' feed and the
navigation the plugin adds for themes without their own.

``SERIES_LOCALE`` chooses the table (default: German where the site's
``DEFAULT_LANG`` is, else English); ``SERIES_WORDS`` may change single words.
"""

from collections.abc import Mapping

from pelican.plugins.author_report.settings import site_locale

WORDS = {
    "de": {
        "part": "Teil",
        "of": "von",
        "coming_on": "erscheint am {date}",
        "coming": "erscheint demnächst",
        "feed": "Serie „{series}“",
        "feed_item": "{series}, Teil {number}: {title}",
        "previous": "Voriger Teil",
        "next": "Nächster Teil",
        "in_series": "aus der Serie",
        "all_series": "Alle Serien",
        "date_locale": "de_DE",
    },
    "en": {
        "part": "Part",
        "of": "of",
        "coming_on": "coming on {date}",
        "coming": "coming soon",
        "feed": "Series “{series}”",
        "feed_item": "{series}, part {number}: {title}",
        "previous": "Previous part",
        "next": "Next part",
        "in_series": "of the series",
        "all_series": "All series",
        "date_locale": "en",
    },
}


# Where the series' pages go, in each locale's words.
ADDRESSES = {
    "de": {
        "SERIES_URL": "serie/{slug}/",
        "SERIES_SAVE_AS": "serie/{slug}/index.html",
        "SERIES_INDEX_URL": "serien/",
        "SERIES_INDEX_SAVE_AS": "serien/index.html",
        "SERIES_FEED_ATOM": "feeds/serie-{slug}.atom.xml",
    },
    "en": {
        "SERIES_URL": "series/{slug}/",
        "SERIES_SAVE_AS": "series/{slug}/index.html",
        "SERIES_INDEX_URL": "series/",
        "SERIES_INDEX_SAVE_AS": "series/index.html",
        "SERIES_FEED_ATOM": "feeds/series-{slug}.atom.xml",
    },
}


def locale_of(settings: Mapping) -> str:
    """SERIES_LOCALE (checked once, by the plugin's add_defaults), else the
    site's (German where DEFAULT_LANG is, else English)."""
    chosen = settings.get("SERIES_LOCALE")
    return chosen if chosen in WORDS else site_locale(settings)


def words_for(settings: Mapping) -> dict[str, str]:
    return {**WORDS[locale_of(settings)], **(settings.get("SERIES_WORDS") or {})}
