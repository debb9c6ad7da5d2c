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

import functools
import json
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .settings import set_defaults

DEFAULTS = {
    "SEARCH_SAVE_AS": "suche/index.html",
    "SEARCH_URL": "suche/",
    "SEARCH_INDEX_SAVE_AS": "suche/suchindex.json",
}

# Elements whose content a reader never reads as text.
SKIPPED = frozenset({"script", "style", "template", "noscript"})
# Elements that are only markup inside running text; all others separate words.
INLINE = frozenset(
    {"a", "abbr", "b", "cite", "code", "em", "i", "kbd", "mark", "q", "s",
     "small", "span", "strong", "sub", "sup", "time", "u", "wbr"}
)  # fmt: skip
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
     "source", "track", "wbr"}
)  # fmt: skip


class _Text(HTMLParser):
    """Collect the readable text of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = []  # open elements whose content is left out

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag not in INLINE:
                self.parts.append(" ")
            return
        if self.skipping or tag in SKIPPED or "hidden" in dict(attrs):
            self.skipping.append(tag)
        elif tag not in INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if self.skipping:
            if self.skipping[-1] == tag:
                self.skipping.pop()
            return
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


@functools.cache  # the live preview asks again at every build
def readable_text(html):
    """The text of HTML as a reader reads it, whitespace (no-break spaces too)
    collapsed, in Unicode's composed form, as the search page folds a query."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return unicodedata.normalize("NFC", " ".join("".join(parser.parts).split()))


def document(content):
    """One entry of the index for an article or a page."""
    part = getattr(content, "series_part", None)
    entry = {
        "title": readable_text(content.title),
        "url": content.url,
        "date": content.date.date().isoformat() if hasattr(content, "date") else "",
        # The HTML before Pelican fills in the addresses of links: the text
        # is the same, and the index is made again at every build.
        "text": readable_text(content._content),
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


def add_defaults(pelican):
    set_defaults(pelican.settings, DEFAULTS)


def register():
    signals.initialized.connect(add_defaults)
    signals.get_generators.connect(get_generators)
