"""Typogrify's slowest filters, faster, with exactly the same output.

Pelican runs typogrify on every text it reads. Two of its filters scan the
whole HTML with a regular expression tried at every character: ``widont``
(a no-break space before the last word of a paragraph, heading or list item)
and ``caps`` (which tokenizes the HTML first). Together they were about a
tenth of a full build at 2,000 articles.

- :func:`widont` looks for the last word only where one can be: before each
  closing ``</p>``, ``</h1>`` … ``</h6>``, ``</li>``, ``</dt>``, ``</dd>`` and at
  the end of the text, with typogrify's own expression.
- :func:`caps` and :func:`amp` return the text at once when it has nothing
  they could change (no two capitals in a row, no ``&`` between spaces).

Each returns what typogrify's own filter returns, character for character
(``tests/unit/test_typography_property.py`` compares them on generated HTML). They
take the place of typogrify's functions when the plugin is registered, so
Pelican's ``TYPOGRIFY`` setting and its options work as before.

:func:`german_spaces` adds what typogrify does not know: the no-break spaces
of German typesetting, in every text's body and summary.
"""

import re

from pelican import signals
from pelican.plugins.author_report.compat import (
    body_html,
    replace_typogrify_filters,
    set_body_html,
    typogrify_originals,
)
from pelican.plugins.author_report.settings import SPEED_UPS, register_defaults

# typogrify's own filters (compat keeps them, also while ours stand in).
ORIGINAL = typogrify_originals()

# typogrify's widont expression, as it is written there.
WIDONT_RE = re.compile(
    r"""((?:</?(?:a|em|span|strong|i|b)[^>]*>)|[^<>\s])
    \s+
    ([^<>\s]+
    \s*
    (</(a|em|span|strong|i|b)>\s*)*
    ((</(p|h[1-6]|li|dt|dd)>)|$))
    """,
    re.VERBOSE,
)
BLOCK_END_RE = re.compile(r"</(?:p|h[1-6]|li|dt|dd)>")
# A match spans only the last word, the space before it and the inline tags
# around them: look this far back first (a long word and a closing link fit),
# the whole stretch only when that finds nothing.
WINDOW = 80


def _last_word(text, start, end):
    """typogrify's widont match in text[start:end], or None."""
    window = max(start, end - WINDOW)
    found = WIDONT_RE.search(text, window, end)
    if found is None and window > start:
        found = WIDONT_RE.search(text, start, end)
    return found


def widont(text):
    """typogrify's ``widont``: the same result, found without trying every
    character. A match ends at a closing block tag or at the end of the text
    and never spans a closing block tag, so each stretch between two of them
    holds at most one, the stretch's last word."""
    parts = []
    done = 0  # text before this is in parts
    start = 0  # where the current stretch begins
    ends = [found.end() for found in BLOCK_END_RE.finditer(text)]
    for end in [*ends, len(text)]:
        found = _last_word(text, start, end)
        if found is not None and (found.end() == end or end == len(text)):
            parts.append(text[done : found.start()])
            # As typogrify's r"\1&nbsp;\2", without parsing that template
            # at every match.
            parts.append(f"{found.group(1)}&nbsp;{found.group(2)}")
            done = found.end()
        start = end
    parts.append(text[done:])
    return "".join(parts)


# Whatever caps would wrap holds two capitals with at most digits or
# apostrophes between them, or a capital and a full stop.
MAYBE_CAPS_RE = re.compile(r"[A-Z][\d']*[A-Z]|[A-Z]\.")
# amp changes only an ampersand with space or &nbsp; on both sides.
MAYBE_AMP_RE = re.compile(r"(\s|&nbsp;)(&|&amp;|&\#38;)(\s|&nbsp;)")


def caps(text):
    """typogrify's ``caps``, at once where nothing could be wrapped."""
    return ORIGINAL["caps"](text) if MAYBE_CAPS_RE.search(text) else text


def amp(text):
    """typogrify's ``amp``, at once where no ampersand could be wrapped."""
    return ORIGINAL["amp"](text) if MAYBE_AMP_RE.search(text) else text


# German typesetting (Duden, DIN 5008): a no-break space keeps together an
# abbreviation of several letters ("z. B.", "d. h.") and a word with the
# number it names ("Teil III", "Art. 6", "§ 25", "Abs. 2"), also where
# typogrify has wrapped the numeral in <span class="caps">.
ABBREVIATION_RE = re.compile(r"\b([a-zA-Z]\.) (?=[a-zA-Z]\.)")
NUMBERED_RE = re.compile(
    r"(\b(?:Teil|Teile|Nr\.|Art\.|Abs\.|Kap\.|S\.)|§§?) "
    r'(?=(?:<span class="caps">)?(?:[IVXLC]+\b|\d))'
)


def german_spaces(html):
    """HTML with no-break spaces where German typesetting wants them."""
    if not html:
        return html
    html = ABBREVIATION_RE.sub(r"\1&nbsp;", html)
    return NUMBERED_RE.sub(r"\1&nbsp;", html)


def space_content(content):
    """A text's body and summary, set with German no-break spaces."""
    set_body_html(content, german_spaces(body_html(content)))
    if "summary" in content.metadata:
        content.metadata["summary"] = german_spaces(content.metadata["summary"])


def install(pelican=None):
    """Put the faster filters where typogrify's ``typogrify`` looks them up,
    or typogrify's own back where the site's ``SPEED_UPS`` is off."""
    if pelican is None or pelican.settings["SPEED_UPS"]:
        replace_typogrify_filters(widont=widont, caps=caps, amp=amp)
    else:
        replace_typogrify_filters()


def register():
    register_defaults(SPEED_UPS)
    signals.initialized.connect(install)
    signals.content_object_init.connect(space_content)
