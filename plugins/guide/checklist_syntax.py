"""Read a checklist block, as an author writes it, into a small data model.

A checklist stands in an article where a list would stand, and reads as a
worksheet in plain text::

    ::: checklist ideales-netzwerk version=1 title="Mein ideales Netzwerk"
    - Online oder im echten Leben? {#ort}
        ( ) Online
        ( ) Im echten Leben
        ( ) Sonstiges: [____]
        (-) Weiß ich noch nicht
        [Notizen]
    - Was erwartest Du? {#erwartung}
        [ ] Erfahrungsaustausch
        [ ] Aufträge
            - Welche Art von Aufträgen? {#auftragsart}
                [____]
    - Was noch? {#sonst}
        [====]
    :::

``( )`` single choice, ``[ ]`` multiple choice, ``(-)`` the way back to "no
answer" in a single choice (every one has it, "Keine Antwort" unless the author
names it), ``[____]`` a line of text,
``[====]`` a longer text, ``[Notizen]`` a notes field. An option that ends in
``[____]`` is an "other" choice with a text field of its own. A question indented
under an option is that option's follow-up. ``{#id}`` sets a stable id; without
it the id is derived from the text.

Every mistake raises :class:`ChecklistError` with the line in the source file and
what to do about it.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from markupsafe import Markup
from unidecode import unidecode

from .mistakes import AuthorError

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
FENCE_RE = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")
ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
ID_SUFFIX_RE = re.compile(r"\s*\{#(?P<id>[^}]*)\}\s*$")
QUESTION_RE = re.compile(r"^-\s+(?P<text>\S.*)$")
OPTION_RE = re.compile(r"^(?P<marker>\(\s?\)|\[\s?\])\s+(?P<text>\S.*)$")
FIELD_RE = re.compile(r"^\[(?P<fill>_{3,}|={3,})\](?:\s+(?P<label>\S.*))?$")
NOTES_RE = re.compile(r"^\[Notizen\]$")
NONE_RE = re.compile(r"^\(-\)\s+(?P<text>\S.*)$")
OTHER_RE = re.compile(r"\s*\[_{3,}\]$")
# Something that looks like a marker or a field but is none of the known ones.
UNKNOWN_MARKER_RE = re.compile(r"^(?P<marker>[(\[<{][^)\]>}]{0,3}[)\]>}])(?:\s|$)")
UNKNOWN_FIELD_RE = re.compile(r"^(?P<field>\[[^\]]*\])\s*$")
# A line of a checklist's results (see checklist_results), written too far in.
RESULT_LINE_RE = re.compile(r"^(?:ergebnis|dafür|dagegen)\s*:", re.I)

SYNTAX_HINT = (
    "use '( )' for a single choice, '[ ]' for a multiple choice, '[____]' for a "
    "line of text, '[====]' for a longer text or '[Notizen]' for notes"
)
ID_MAX_LENGTH = 40
STRAY_FIX = (
    "start '::: checklist' at the very beginning of a line, with a blank line "
    "before it, outside lists, quotes and HTML blocks."
)


class ChecklistError(AuthorError):
    """An author's mistake in a checklist, with the line it stands on."""

    def __init__(self, line, message, fix, path=None):
        super().__init__(message, fix, path, line)


@dataclass
class Option:
    id: str
    text: str
    line: int
    indent: int
    other: bool = False
    followups: list["Question"] = field(default_factory=list)


@dataclass
class Question:
    id: str
    text: str
    line: int
    indent: int
    choice: str | None = None  # "radio" or "checkbox"
    options: list[Option] = field(default_factory=list)
    text_field: str | None = None  # "short" or "long"
    text_label: str | None = None
    notes: bool = False
    none_label: str | None = None  # "(-) …": the author's words for "no answer"
    none_line: int | None = None

    @property
    def kind(self):
        if self.choice:
            return "single" if self.choice == "radio" else "multiple"
        return "text" if self.text_field == "short" else "textarea"

    def all_questions(self):
        yield self
        for option in self.options:
            for followup in option.followups:
                yield from followup.all_questions()


@dataclass
class Checklist:
    id: str
    version: int
    title: str
    line: int
    questions: list[Question] = field(default_factory=list)
    results: list = field(default_factory=list)  # see checklist_results

    def all_questions(self):
        for question in self.questions:
            yield from question.all_questions()


# Pelican's default SLUG_REGEX_SUBSTITUTIONS, which slugify() below applies as
# Pelican does, so that a derived id stays what it was (answers are saved under
# it); test_checklist_property.py compares the two.
SLUG_SUBSTITUTIONS = [
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]


def slugify(text):
    """TEXT as Pelican's ``slugify`` writes it with its default substitutions:
    tags out, NFKC, transliterated to ASCII, substituted, lower case."""
    value = unicodedata.normalize("NFKC", Markup(text).striptags())
    value = unidecode(value)
    for pattern, replacement in SLUG_SUBSTITUTIONS:
        value = re.sub(pattern, replacement, value, flags=re.IGNORECASE)
    return value.lower().strip()


def derive_id(text):
    """A stable id from a question's or option's text: ``Größe?`` -> ``grosse``."""
    slug = slugify(text)
    if len(slug) > ID_MAX_LENGTH:
        slug = slug[:ID_MAX_LENGTH].rsplit("-", 1)[0]
    return slug


def split_id(text, line, what):
    """Split ``Text {#id}`` into text and id (derived from the text if absent)."""
    match = ID_SUFFIX_RE.search(text)
    if not match:
        text = text.strip()
        derived = derive_id(text)
        if not derived:
            raise ChecklistError(
                line,
                f"Cannot derive an id for the {what} {text!r}.",
                "give it one at the end of the line, e.g. {#ort}.",
            )
        return text, derived
    given = match.group("id")
    if not ID_RE.match(given):
        raise ChecklistError(
            line,
            f"The {what} id {{#{given}}} is not valid.",
            "use lowercase letters, digits and hyphens, e.g. {#ort} or {#frage-2}.",
        )
    text = text[: match.start()].strip()
    if not text:
        raise ChecklistError(line, f"The {what} has no text.", f"write the {what}.")
    return text, given


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
    version = attributes.get("version")
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
    title = attributes.get("title", "").strip() or "Checkliste"
    return Checklist(checklist_id, int(version), title, line)


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
        marker, start = fence
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


def parse_block(lines, first_line):
    """Parse the lines of one block (opening and closing line included)."""
    checklist = parse_header(OPEN_RE.match(lines[0]).group("rest"), first_line)
    stack = []  # (indent, question): the questions that indented lines belong to
    for offset, raw in enumerate(lines[1:-1], start=1):
        number = first_line + offset
        expanded = raw.expandtabs(4)
        text = expanded.strip()
        if not text:
            continue
        indent = len(expanded) - len(expanded.lstrip())
        question_match = QUESTION_RE.match(text)
        if question_match and indent == 0:
            question = _new_question(question_match.group("text"), number, indent)
            checklist.questions.append(question)
            stack = [(indent, question)]
            continue
        if indent == 0:
            raise ChecklistError(
                number,
                f"{text!r} stands outside a question.",
                "start each question with '- ' and indent its options and fields "
                "below it by four spaces.",
            )
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if not stack:
            raise ChecklistError(
                number,
                f"{text!r} stands outside a question.",
                "indent it below the question it belongs to.",
            )
        owner = stack[-1][1]
        if question_match:
            stack.append((indent, _add_followup(owner, question_match, number, indent)))
        else:
            _add_line(owner, text, number, indent)
    if not checklist.questions:
        raise ChecklistError(
            first_line,
            f"The checklist {checklist.id!r} has no questions.",
            "add at least one question: a line starting with '- '.",
        )
    _check_questions(checklist)
    return checklist


def _new_question(text, line, indent):
    text, question_id = split_id(text, line, "question")
    return Question(question_id, text, line, indent)


def _add_followup(owner, match, line, indent):
    if not owner.options:
        raise ChecklistError(
            line,
            f"The follow-up question {match.group('text')!r} does not stand "
            "under an option.",
            "indent it below the option that leads to it, or make it a question "
            "of its own starting at the beginning of the line.",
        )
    followup = _new_question(match.group("text"), line, indent)
    owner.options[-1].followups.append(followup)
    return followup


def _add_line(question, text, line, indent):
    none = NONE_RE.match(text)
    if none:
        if question.none_label is not None:
            raise ChecklistError(
                line,
                f"The question {question.text!r} has a second '(-)' option.",
                "keep one: it is the way back to no answer.",
            )
        question.none_label, question.none_line = none.group("text").strip(), line
        return
    option = OPTION_RE.match(text)
    if option:
        choice = "radio" if option.group("marker").startswith("(") else "checkbox"
        if question.choice and question.choice != choice:
            raise ChecklistError(
                line,
                f"The question {question.text!r} mixes '( )' and '[ ]' options.",
                "use '( )' for all options when one answer is allowed, '[ ]' for "
                "all when several are.",
            )
        question.choice = choice
        label = option.group("text")
        other = bool(OTHER_RE.search(label))
        label = OTHER_RE.sub("", label) if other else label
        label, option_id = split_id(label, line, "option")
        question.options.append(Option(option_id, label, line, indent, other))
        return
    text_field = FIELD_RE.match(text)
    if text_field:
        if question.text_field:
            raise ChecklistError(
                line,
                f"The question {question.text!r} has a second text field.",
                "give each question one text field at most; use [Notizen] for notes.",
            )
        question.text_field = "short" if text_field.group("fill")[0] == "_" else "long"
        question.text_label = text_field.group("label")
        return
    if NOTES_RE.match(text):
        if question.notes:
            raise ChecklistError(
                line,
                f"The question {question.text!r} has [Notizen] twice.",
                "keep one.",
            )
        question.notes = True
        return
    unknown = UNKNOWN_MARKER_RE.match(text) or UNKNOWN_FIELD_RE.match(text)
    if unknown:
        raise ChecklistError(
            line,
            f"Unknown option marker or question kind {unknown.group(1)!r}.",
            SYNTAX_HINT + ".",
        )
    if RESULT_LINE_RE.match(text):
        raise ChecklistError(
            line,
            f"{text!r} stands inside a question.",
            "write 'Ergebnis:' at the very beginning of a line, after the last "
            "question, and its text, 'Dafür:' and 'Dagegen:' indented below it.",
        )
    raise ChecklistError(
        line,
        f"Cannot read {text!r} as an option or field.",
        SYNTAX_HINT + "; a question starts with '- '.",
    )


def _check_questions(checklist):
    seen = {}
    for question in checklist.all_questions():
        if question.id in seen:
            raise ChecklistError(
                question.line,
                f"The question id {question.id!r} is used twice in the checklist "
                f"{checklist.id!r} (also on line {seen[question.id]}).",
                "give one of them another id with {#neue-id} at the end of its line.",
            )
        seen[question.id] = question.line
        if not question.options and not question.text_field:
            raise ChecklistError(
                question.line,
                f"The question {question.text!r} has no options and no text field.",
                "add options below it, or a text field: " + SYNTAX_HINT + ".",
            )
        if question.none_label is not None and question.choice != "radio":
            raise ChecklistError(
                question.none_line,
                f"The question {question.text!r} has a '(-)' option but is no "
                "single choice.",
                "use '(-)' only below '( )' options: a ticked '[ ]' box can be "
                "unticked, a text field emptied.",
            )
        if question.choice == "radio" and len(question.options) < 2:
            raise ChecklistError(
                question.line,
                f"The single-choice question {question.text!r} has only one option.",
                "add another option, or use '[ ]' for a box that can be ticked alone.",
            )
        option_ids = {}
        for option in question.options:
            if option.id in option_ids:
                raise ChecklistError(
                    option.line,
                    f"The option id {option.id!r} is used twice in the question "
                    f"{question.text!r}.",
                    "give one of them another id with {#neue-id} at its end.",
                )
            option_ids[option.id] = option.line
