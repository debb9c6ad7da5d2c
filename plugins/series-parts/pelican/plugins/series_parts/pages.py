"""What the series feature writes: a landing page per series, the overview of
all series, a feed per series; the table of contents as one Jinja filter; and
the part each feed entry is, in its title."""

from jinja2 import pass_context
from markupsafe import Markup
from pelican.generators import Generator
from pelican.plugins.author_report.text import plain_text

from .words import words_for


class SeriesGenerator(Generator):
    """Write a landing page per series, an overview of all, and a feed per series."""

    def generate_output(self, writer):
        series_list = self.context.get("series_list", [])
        template = self.get_template("series")
        for series in series_list:
            writer.write_file(
                series.save_as,
                template,
                self.context,
                series=series,
                page_name="series",
                url=series.url,
                relative_urls=self.settings["RELATIVE_URLS"],
            )
            if series.feed and series.published_articles:
                writer.write_feed(
                    sorted(
                        series.published_articles, key=lambda a: a.date, reverse=True
                    ),
                    self.context,
                    series.feed,
                    series.url,
                    feed_title=series.words["feed"].format(series=series.title),
                )
        if series_list and self.settings["SERIES_INDEX_SAVE_AS"]:
            writer.write_file(
                self.settings["SERIES_INDEX_SAVE_AS"],
                self.get_template("series_index"),
                self.context,
                page_name="series_index",
                url=self.settings["SERIES_INDEX_URL"],
                relative_urls=self.settings["RELATIVE_URLS"],
            )


def get_generators(pelican):
    return SeriesGenerator


@pass_context
def series_toc_entries(context, series, current=None):
    """The entries of SERIES' table of contents, CURRENT marked as the page:
    each rendered by the theme's ``series_toc_entry`` macro once per state and
    SITEURL (relative addresses differ with a page's depth), not once per page."""
    siteurl = context.get("SITEURL", "")
    macro = None
    shown = []
    for entry in series.entries:
        key = (siteurl, entry is current)
        if key not in entry.rendered:
            if macro is None:
                partial = context.environment.get_template("partials/series.html")
                macro = partial.make_module({"SITEURL": siteurl}).series_toc_entry
            entry.rendered[key] = macro(entry, entry is current)
        shown.append(entry.rendered[key])
    return Markup("".join(shown))


def name_parts_in_feeds(context, feed):
    """In every feed, an entry that is part of a series says which part it is."""
    # Pelican joins site name and feed title with a hyphen: a spaced en dash.
    site = context["SITENAME"]
    if feed.feed["title"].startswith(f"{site} - "):
        feed.feed["title"] = f"{site} – {feed.feed['title'][len(site) + 3 :]}"
    fmt = context["SERIES_FEED_TITLE"] or words_for(context)["feed_item"]
    prefix = f"{context.get('SITEURL', '')}/"
    by_url = context.get("series_part_by_url", {})  # built once, in link_series
    for item in feed.items:
        link = item["link"]
        part = by_url.get(link[len(prefix) :]) if link.startswith(prefix) else None
        if part:
            item["title"] = fmt.format(
                series=part.series.title,
                number=part.entry.number,
                title=plain_text(item["title"]),
            )
