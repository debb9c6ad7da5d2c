"""Where the checklists of a text are: each block from ``::: checklist …`` to
``:::``, and what its opening line says (id, version, title). A block that
Markdown would not see at the top level (in a quote, a list item, indented,
after a code fence that is never closed) is a mistake, as is a block never
closed or opened inside another."""

import re

from pelican.plugins.author_report.sources import FENCE_RE

from .model import Checklist, ChecklistError

OPEN_RE = re.compile(r"^:::[ \t]*checklist\b(?P<rest>.*)$")
# An opening line anywhere else: in a quote, a list item, indented or in code.
ANY_OPEN_RE = re.compile(r":::[ \t]*checklist\b")
QUOTED_OPEN_RE = re.compile(r"^[ ]{0,3}>[ \t>]*:::[ \t]*checklist\b")
LISTED_OPEN_RE = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+:::[ \t]*checklist\b")
INDENTED_OPEN_RE = re.compile(r"^[ ]{1,3}:::[ \t]*checklist\b")
# ``name="value"`` (a backslash escapes a quote), ``name=value`` or a word.
HEADER_WORD_RE = re.compile(
    r'[ \t]*(?:(?P<name>[A-Za-z][\w-]*)=(?:"(?P<quoted>(?:[^"\\]|\\.)*)"'
    r'|(?P<bare>[^\s"]*))|(?P<word>[^\s"=]+))(?=[ \t]|$)'
)
DIGITS_RE = re.compile(r"^[0-9]+$")
CLOSE_RE = re.compile(r"^:::[ \t]*$")
ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
STRAY_FIX = (
    "start '::: checklist' at the very beginning of a line, with a blank line "
    "before it, outside lists, quotes and HTML blocks."
)


def _header_words(rest, line):
    """Split the words after ``::: checklist``; quotes must pair up."""
    words, position = [], 0
    rest = rest.rstrip()
    while position < len(rest):
        match = HEADER_WORD_RE.match(rest, position)
        if not match:
            tail = rest[position:].strip()
            if tail.count('"') % 2 or '="' not in tail:
                raise ChecklistError(
                    line,
                    f"The checklist's opening line has a quotation mark that is "
                    f"never closed or stands inside a value: {tail!r}.",
                    'write quotes inside a title as „…“ or as \\", e.g. '
                    'title="Mein „ideales“ Netzwerk".',
                )
            raise ChecklistError(
                line,
                f"The quotation marks in {tail!r} do not pair up: the value would "
                "end at the second one, and the rest would be lost.",
                'write quotes inside a title as „…“ or as \\", e.g. '
                'title="Mein „ideales“ Netzwerk".',
            )
        if match.group("word"):
            words.append((match.group("word"), None))
        else:
            value = match.group("quoted")
            value = match.group("bare") if value is None else value.replace('\\"', '"')
            words.append((match.group("name"), value))
        position = match.end()
    return words


def parse_header(rest, line):
    """Read ``ID version=N title="..."`` after ``::: checklist``."""
    checklist_id, attributes = None, {}
    for name, value in _header_words(rest, line):
        if value is None:
            if checklist_id is not None:
                raise ChecklistError(
                    line,
                    f"Unexpected {name!r} in the opening line.",
                    'write "::: checklist ID version=1 title=\\"Titel\\"".',
                )
            checklist_id = name
        elif name in ("version", "title"):
            attributes[name] = value
        else:
            raise ChecklistError(
                line,
                f"Unknown checklist attribute {name!r}.",
                "only 'version' and 'title' can be set.",
            )
    if not checklist_id or not ID_RE.match(checklist_id):
        raise ChecklistError(
            line,
            "The checklist has no valid id."
            if not checklist_id
            else f"The checklist id {checklist_id!r} is not valid.",
            "write one after 'checklist', in lowercase letters, digits and hyphens: "
            "'::: checklist ideales-netzwerk version=1'.",
        )
    version = _version(checklist_id, attributes.get("version"), line)
    title = attributes.get("title", "").strip() or "Checkliste"
    return Checklist(checklist_id, version, title, line)


def _version(checklist_id, version, line):
    """The checklist's ``version=N`` as a number, or the mistake in it."""
    if version is None:
        raise ChecklistError(
            line,
            f"The checklist {checklist_id!r} has no version.",
            "add version=1 to its opening line, and raise it whenever a question "
            "changes its meaning.",
        )
    if not DIGITS_RE.match(version) or int(version) < 1:
        raise ChecklistError(
            line,
            f"The checklist {checklist_id!r} has version={version!r}, "
            "which is not a whole number written with the digits 0-9.",
            "write a positive whole number, e.g. version=2.",
        )
    return int(version)


def find_blocks(lines):
    """Yield ``(start, end)`` indexes of each block's opening and closing line.

    Checklists shown as examples inside fenced or indented code blocks are left
    alone. An opening line that Markdown would not see at the top level (in a
    quote, a list item, indented, after a fence that is never closed) is a
    mistake: the checklist would silently show as a paragraph.
    """
    fence = None  # (marker, index) of the open code fence
    opened = None
    for index, line in enumerate(lines):
        if opened is not None:
            if CLOSE_RE.match(line):
                yield opened, index
                opened = None
            elif OPEN_RE.match(line):
                raise ChecklistError(
                    index + 1,
                    "A checklist starts here while the one opened on line "
                    f"{opened + 1} is not closed yet.",
                    "close the first with a line ':::' before this one; "
                    "checklists cannot stand inside each other.",
                )
            continue
        fence_match = FENCE_RE.match(line)
        if fence:
            if fence_match and fence_match.group("fence").startswith(fence[0]):
                fence = None
        elif fence_match:
            fence = (fence_match.group("fence"), index)
        elif OPEN_RE.match(line):
            opened = index
        else:
            _check_stray_opening(line, index)
    if opened is not None:
        raise ChecklistError(
            opened + 1,
            "This checklist is never closed.",
            "add a line with only ':::' after its last question.",
        )
    if fence:
        _check_unclosed_fence(lines, *fence)


def _check_unclosed_fence(lines, marker, start):
    """A code fence never closed hides every checklist after it."""
    for index in range(start + 1, len(lines)):
        if ANY_OPEN_RE.search(lines[index]):
            raise ChecklistError(
                start + 1,
                f"The code block opened here with {marker} is never closed, so "
                f"the checklist on line {index + 1} would show as text.",
                f"close the code block with a line {marker} where it ends.",
            )


def _check_stray_opening(line, index):
    if "checklist" not in line:
        return  # nearly every line: decided without a regular expression
    for pattern, where in (
        (QUOTED_OPEN_RE, "stands inside a quote ('>')"),
        (LISTED_OPEN_RE, "stands inside a list item"),
        (INDENTED_OPEN_RE, "is indented"),
    ):
        if pattern.match(line):
            raise ChecklistError(
                index + 1,
                f"This checklist {where}, so it would show as plain text.",
                STRAY_FIX,
            )
