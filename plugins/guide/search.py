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
import html as html_module
import json
import re
import unicodedata
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .hyphenation import without_soft_hyphens
from .settings import register_defaults

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


# One token of HTML: a comment, a declaration or processing instruction, or a
# tag, whose quoted attribute values may hold ">". Text lies between tokens.
TOKEN = re.compile(
    r"""
    <!--.*?(?:-->|\Z)
  | <[!?][^>]*>
  | <(?P<end>/)?(?P<tag>[a-zA-Z][^\s/>]*)(?P<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>
    """,
    re.DOTALL | re.VERBOSE,
)
QUOTED = re.compile(r""""[^"]*"|'[^']*'""")
HIDDEN = re.compile(r"(?:^|[\s/])hidden(?=[\s=/]|$)", re.IGNORECASE)
# Elements whose content is raw text, not markup: skipped to their end tag.
RAW = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in ("script", "style")}


def _is_hidden(attributes):
    return "hidden" in attributes.lower() and bool(
        HIDDEN.search(QUOTED.sub("", attributes))
    )


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


# Where a heading ends, until the text is whole (see end_headings).
HEADING_END = "\x00"
HEADING_END_RE = re.compile(r"([^\s\x00]?)\s*\x00")


def end_headings(text):
    """TEXT with each heading ended by a full stop unless it has its own
    ("Kein Tracking. Diese Website …", not "Kein Tracking Diese Website …")."""

    def end(match):
        last = match.group(1)
        return f"{last} " if not last or last in ".:!?…" else f"{last}. "

    return HEADING_END_RE.sub(end, text)


@functools.lru_cache(maxsize=4096)  # the live preview asks again at every build
def readable_text(html):
    """The text of HTML as a reader reads it, whitespace (no-break spaces too)
    collapsed, soft hyphens left out, in Unicode's composed form, as the
    search page folds a query.

    A tokenizer of one regular expression, not ``html.parser``: it reads the
    HTML the build wrote (well-formed), several times faster."""
    parts = []
    skipping = []  # open elements whose content is left out
    position = 0
    while (token := TOKEN.search(html, position)) is not None:
        if not skipping:
            parts.append(html[position : token.start()])
        position = token.end()
        tag = token["tag"]
        if tag is None:
            continue
        tag = tag.lower()
        if token["end"]:
            if skipping:
                if skipping[-1] == tag:
                    skipping.pop()
            elif tag not in INLINE:
                parts.append(HEADING_END if tag in HEADINGS else " ")
            continue
        if tag in RAW:  # never text, and its content is not markup
            close = RAW[tag].search(html, position)
            position = len(html) if close is None else close.end()
            continue
        if tag in VOID:
            if not skipping and tag not in INLINE:
                parts.append(" ")
            continue
        attributes = token["attributes"]
        if skipping or tag in SKIPPED or _is_hidden(attributes):
            if not attributes.endswith("/"):
                skipping.append(tag)
        elif tag not in INLINE:
            parts.append(" ")
    if not skipping:
        parts.append(html[position:])
    text = without_soft_hyphens(html_module.unescape("".join(parts)))
    return unicodedata.normalize("NFC", " ".join(end_headings(text).split()))


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


def register():
    register_defaults(DEFAULTS)
    signals.get_generators.connect(get_generators)
