"""Read the lines of a checklist block, as an author writes them, into the
model of checklist_model (where the blocks are: checklist_blocks).

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

from markupsafe import Markup
from unidecode import unidecode

from .checklist_blocks import ID_RE, OPEN_RE, parse_header
from .checklist_model import ChecklistError, Option, Question

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
    """Add the option, field or notes that TEXT is to QUESTION, or say why not."""
    for pattern, add in (
        (NONE_RE, _add_none),
        (OPTION_RE, _add_option),
        (FIELD_RE, _add_field),
        (NOTES_RE, _add_notes),
    ):
        if match := pattern.match(text):
            return add(question, match, line, indent)
    return _unreadable(text, line)


def _add_none(question, match, line, _indent):
    if question.none_label is not None:
        raise ChecklistError(
            line,
            f"The question {question.text!r} has a second '(-)' option.",
            "keep one: it is the way back to no answer.",
        )
    question.none_label, question.none_line = match.group("text").strip(), line


def _add_option(question, match, line, indent):
    choice = "radio" if match.group("marker").startswith("(") else "checkbox"
    if question.choice and question.choice != choice:
        raise ChecklistError(
            line,
            f"The question {question.text!r} mixes '( )' and '[ ]' options.",
            "use '( )' for all options when one answer is allowed, '[ ]' for "
            "all when several are.",
        )
    question.choice = choice
    label = match.group("text")
    other = bool(OTHER_RE.search(label))
    label = OTHER_RE.sub("", label) if other else label
    label, option_id = split_id(label, line, "option")
    question.options.append(Option(option_id, label, line, indent, other))


def _add_field(question, match, line, _indent):
    if question.text_field:
        raise ChecklistError(
            line,
            f"The question {question.text!r} has a second text field.",
            "give each question one text field at most; use [Notizen] for notes.",
        )
    question.text_field = "short" if match.group("fill")[0] == "_" else "long"
    question.text_label = match.group("label")


def _add_notes(question, _match, line, _indent):
    if question.notes:
        raise ChecklistError(
            line, f"The question {question.text!r} has [Notizen] twice.", "keep one."
        )
    question.notes = True


def _unreadable(text, line):
    """The mistake in a line that is no option, field or notes."""
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
