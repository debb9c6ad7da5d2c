"""The series for any theme: default templates, and the parts' navigation.

- ``templates/series.html`` (a series' landing page) and
  ``templates/series_index.html`` (every series): used where the theme has
  none of its own.
- A theme that does not show ``article.series_part`` gets the navigation in
  each part's text (``SERIES_NAV_IN_CONTENT``, default ``True``): at its end,
  so that summaries are not made from it, "Teil II von III aus der Serie …"
  with the previous and the next part. A theme that shows it itself (this
  site's) sets the setting to ``False``.
"""

from pathlib import Path

from markupsafe import escape
from pelican import signals
from pelican.plugins.author_report.compat import (
    add_template_fallback,
    body_html,
    set_body_html,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"
# Filled in with the series' other settings (add_defaults in __init__.py).
DEFAULTS = {"SERIES_NAV_IN_CONTENT": True}


def add_templates(generator):
    add_template_fallback(generator, TEMPLATES)


def navigation(part, siteurl):
    """The navigation of a part of a series, as HTML."""
    words, series = part.series.words, part.series
    label = escape(part.label)
    lines = [
        f"<p>{label} {escape(words['in_series'])} "
        f'<a href="{siteurl}/{series.url}">{escape(series.title)}</a></p>'
    ]
    for rel, entry in (("prev", part.previous), ("next", part.next)):
        if entry is not None and entry.linked:
            word = escape(words["previous" if rel == "prev" else "next"])
            lines.append(
                f'<p>{word}: <a rel="{rel}" href="{siteurl}/{entry.url}">'
                f"{entry.title}</a></p>"
            )
    return f'<nav class="series-parts" aria-label="{label}">{"".join(lines)}</nav>'


def add_navigation(generator):
    settings = generator.settings
    if not settings["SERIES_NAV_IN_CONTENT"]:
        return
    for article in [*generator.articles, *generator.drafts]:
        part = getattr(article, "series_part", None)
        if part is not None:
            nav = navigation(part, settings["SITEURL"])
            set_body_html(article, body_html(article) + nav)


def register():
    signals.generator_init.connect(add_templates)
    # After link_series (connected before): the parts are known.
    signals.article_generator_finalized.connect(add_navigation)
