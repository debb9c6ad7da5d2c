"""The search index's text, read by a regular-expression tokenizer for speed,
is what Python's own HTML parser reads, for any HTML of the kind the build
writes: nested elements, attributes (quoted ``>`` too), hidden and skipped
elements, raw-text scripts, comments and character references."""

import unicodedata
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.author_report.text import (
    HEADING_END,
    HEADINGS,
    INLINE,
    SKIPPED,
    VOID,
    end_headings,
    readable_text,
)


class ParsedText(HTMLParser):
    """The reference: the readable text as ``html.parser`` sees it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if not self.skipping and tag not in INLINE:
                self.parts.append(" ")
            return
        if self.skipping or tag in SKIPPED or "hidden" in dict(attrs):
            self.skipping.append(tag)
        elif tag not in INLINE:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in VOID:
            self.handle_starttag(tag, attrs)
        elif not (self.skipping or tag in SKIPPED or "hidden" in dict(attrs)) and (
            tag not in INLINE
        ):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if self.skipping:
            if self.skipping[-1] == tag:
                self.skipping.pop()
        elif tag not in INLINE:
            self.parts.append(HEADING_END if tag in HEADINGS else " ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def parsed_text(html):
    parser = ParsedText()
    parser.feed(html)
    parser.close()
    text = end_headings("".join(parser.parts))
    return unicodedata.normalize("NFC", " ".join(text.split()))


TEXT = st.lists(
    st.sampled_from(
        [
            "Netz",
            "werk",
            " ",
            "\n",
            "&amp;",
            "&lt;b&gt;",
            "&nbsp;",
            "&#252;",
            "ü",
            "U\u0308",
            ">",
            "a < b",
            "„Zitat“",
            "hidden",
            "–",
        ]
    ),
    max_size=5,
).map("".join)
ATTRIBUTES = st.lists(
    st.sampled_from(
        [
            ' class="hidden"',
            ' title="ist hidden ja"',
            " hidden",
            ' hidden=""',
            " data-x='a>b'",
            ' title="x > y"',
            ' data-hidden="1"',
            ' aria-hidden="true"',
            ' id="a"',
            " HIDDEN",
        ]
    ),
    max_size=3,
).map("".join)
TAGS = ["p", "div", "em", "span", "a", "li", "h2", "section", "template",
        "noscript", "label", "strong"]  # fmt: skip


def element(children):
    return st.builds(
        lambda tag, attributes, inner: f"<{tag}{attributes}>{inner}</{tag}>",
        st.sampled_from(TAGS), ATTRIBUTES, children,
    )  # fmt: skip


SINGLES = st.one_of(
    TEXT,
    st.sampled_from(
        ["<br>", "<br/>", "<hr>", '<img alt="Bild" src="x.png">', "<wbr>",
         '<input type="radio" hidden>', "<!-- <p>Kommentar</p> -->",
         '<script>if (a < b) { s = "</div>"; }</script>',
         '<script>var t = "<p hidden>";</script>',
         "<style>p > em { color: red }</style>", "<!DOCTYPE html>"]
    ),
)  # fmt: skip
FRAGMENTS = st.recursive(
    SINGLES,
    lambda children: st.one_of(
        element(st.lists(children, max_size=4).map("".join)),
        st.lists(children, min_size=2, max_size=4).map("".join),
    ),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(FRAGMENTS)
def test_the_tokenizer_reads_what_the_html_parser_reads(html):
    assert readable_text(html) == parsed_text(html)
