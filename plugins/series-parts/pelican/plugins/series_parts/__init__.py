"""A multi-part series: its parts linked together ("Teil II von III", previous
and next, the table of contents), a landing page per series, announced parts,
and a clear message for every numbering mistake.

A Pelican plugin (``PLUGINS = ["series_parts"]``).

An article joins a series with two lines of metadata::

    Series: networking
    Series_index: 2

and the series is described once, in ``content/series/networking.toml``::

    title = "Networking"
    description = "Ein Leitfaden in mehreren Teilen zum beruflichen Netzwerken."
    numbering = "roman"          # "Teil III"; or "arabic" for "Teil 3"
    complete = false             # true once no further part is planned

    [[announced]]                # optional: parts that are planned
    index = 4
    title = "Netzwerken auf Veranstaltungen"
    date = 2010-03-05            # optional

Each part gets ``article.series_part`` (label, previous, next, table of contents,
JSON-LD); the context gets ``series_list``; a generator writes a landing page per
series, an overview and a feed per series. Every numbering mistake stops the
build with a message that names the files, the clashing values and the fix.

Nothing is kept at module level: all state hangs off the generator's context of
one build. The package's rooms: ``model`` (Series, Entry, SeriesPart,
Announced), ``descriptions`` (reading the TOML), ``linking`` (grouping,
checking, the table of contents) and ``pages`` (the generator, the filter, the
feeds). Starting a new part (``python3 dev.py new-part``) is the tasks' own
(``tools/authoring.py``).
"""

import logging

from pelican import signals
from pelican.plugins import author_report
from pelican.plugins.author_report.settings import (
    choose_locale,
    register_jinja,
    set_defaults,
)

from . import theme
from .linking import link_series
from .pages import get_generators, name_parts_in_feeds, series_toc_entries
from .words import ADDRESSES, WORDS

logger = logging.getLogger(__name__)

# The settings, where the site's are silent (the addresses in the words of
# SERIES_LOCALE, words.ADDRESSES).
DEFAULTS = {
    "SERIES_PATH": "series",
    "SERIES_LINK_DRAFTS": False,
    "SERIES_WORDS_PER_MINUTE": 200,
    # A feed item's title for a part: None, in the words of SERIES_LOCALE
    # ("{series}, Teil {number}: {title}").
    "SERIES_FEED_TITLE": None,
    "SERIES_LOCALE": None,
    "SERIES_WORDS": {},
}


__version__ = "1.0.0"


def shown_texts(localcontext: dict) -> list:
    """The texts a page rendered with LOCALCONTEXT shows besides its own, for
    a live preview that writes again only the pages an edit changes: a part's
    page and a landing page show the series' parts (tables of contents), the
    overview every part of every series."""
    text = localcontext.get("article") or localcontext.get("page")
    part = getattr(text, "series_part", None)
    shown = list(part.series.published_articles) if part else []
    series = localcontext.get("series")
    if series is not None:
        shown += series.published_articles
    if localcontext.get("page_name") == "series_index":
        every = localcontext.get("series_list") or ()
        shown += [e.article for s in every for e in s.entries if e.article is not None]
    return shown


def add_defaults(pelican):
    settings = pelican.settings
    locale = choose_locale(settings, "SERIES_LOCALE", WORDS, logger)
    more = {**theme.DEFAULTS, **ADDRESSES[locale]}
    set_defaults(settings, {**DEFAULTS, **more})


def register() -> None:
    author_report.register()  # first: the report collects from the start
    signals.initialized.connect(add_defaults)
    register_jinja(filters={"series_toc_entries": series_toc_entries})
    signals.article_generator_finalized.connect(link_series)
    signals.get_generators.connect(get_generators)
    signals.feed_generated.connect(name_parts_in_feeds)
    theme.register()
