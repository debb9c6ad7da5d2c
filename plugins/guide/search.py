"""The search index: every published article and page as plain text, for /suche/.

The site has no server to ask, so the build writes what the search page needs
into one JSON file (``SEARCH_INDEX_SAVE_AS``): per document its title, address,
date, series label ("Teil II von III") and text. The search page's script folds
German spelling variants, stems the reader's words and matches them inside
words, so that "Netzwerk" also finds "Expertennetzwerk" (see
``theme/static/js/search.js``). Only the search page loads the file.

The text is the rendered article without markup: what a reader reads, with
block elements kept apart by spaces. Scripts, styles and templates are left
out, and so are a checklist's hidden script-only messages.
"""

import json
from pathlib import Path

from pelican import signals
from pelican.generators import Generator
from pelican.plugins.author_report.compat import body_html
from pelican.plugins.author_report.settings import register_defaults
from pelican.plugins.author_report.text import readable_text

DEFAULTS = {
    "SEARCH_SAVE_AS": "suche/index.html",
    "SEARCH_URL": "suche/",
    "SEARCH_INDEX_SAVE_AS": "suche/suchindex.json",
}


def document(content):
    """One entry of the index for an article or a page."""
    part = getattr(content, "series_part", None)
    entry = {
        "title": readable_text(content.title),
        "url": content.url,
        "date": content.date.date().isoformat() if hasattr(content, "date") else "",
        # The HTML before Pelican fills in the addresses of links: the text
        # is the same, and the index is made again at every build.
        "text": readable_text(body_html(content)),
    }
    if part is not None:
        entry["part"] = part.label.replace("\xa0", " ")
    return entry


class SearchGenerator(Generator):
    """Write the search page and the index its script searches."""

    def generate_output(self, writer):
        save_as = self.settings["SEARCH_SAVE_AS"]
        if not save_as:
            return
        writer.write_file(
            save_as,
            self.get_template("search"),
            self.context,
            page_name="search",
            url=self.settings["SEARCH_URL"],
            relative_urls=self.settings["RELATIVE_URLS"],
        )
        documents = self.context["articles"] + self.context["pages"]
        data = {"version": 1, "documents": [document(c) for c in documents]}
        target = Path(writer.output_path) / self.settings["SEARCH_INDEX_SAVE_AS"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8",
        )


def get_generators(pelican):
    return SearchGenerator


def register():
    register_defaults(DEFAULTS)
    signals.get_generators.connect(get_generators)
