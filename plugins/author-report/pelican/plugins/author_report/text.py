"""A page's HTML as the text a reader reads: for the search index, link
previews, feeds and the series' reading times.

Plain Python, shared by every feature. Soft hyphens (which the checklist puts
into long words) are left out of every text; a heading ends a sentence: it
gets a full stop unless it ends with one of :data:`SENTENCE_ENDS`, so that it
does not run into the next sentence.
"""

import functools
import html as html_module
import re
import unicodedata

from markupsafe import Markup

SOFT_HYPHEN = "\u00ad"
# What ends a heading as a sentence ends: no full stop is added after these.
SENTENCE_ENDS = ".:!?…"


def without_soft_hyphens(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "")


# --- Titles and summaries (link previews, feeds, tables of contents) ---------

PLAIN_HEADING_END_RE = re.compile(rf"(?<![{SENTENCE_ENDS}])(\s*</h[1-6]>)")
BLOCK_END_RE = re.compile(r"</(?:p|h[1-6]|li|dt|dd|div|blockquote)>")


def plain_text(html: str) -> str:
    """Title or summary HTML (typogrify adds tags and no-break spaces) as text;
    a heading ends with a full stop, so that it does not run into the next
    sentence."""
    html = BLOCK_END_RE.sub(r"\g<0> ", PLAIN_HEADING_END_RE.sub(r".\1", html))
    text = without_soft_hyphens(Markup(html).striptags())
    return " ".join(text.replace("\xa0", " ").split())


# --- Whole pages (the search index, reading times) ----------------------------

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
        return f"{last} " if not last or last in SENTENCE_ENDS else f"{last}. "

    return HEADING_END_RE.sub(end, text)


@functools.lru_cache(maxsize=4096)  # the live preview asks again at every build
def readable_text(html: str) -> str:
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
