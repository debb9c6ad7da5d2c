"""Read the lines of a checklist block, as an author writes them, into the
model of model (where the blocks are: blocks).

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

Every mistake is a :class:`ChecklistError` with the line in the source file and
what to do about it; :func:`read_block` reads on after one, so that all are
reported at once.
"""

import re

from pelican.plugins.author_report.errors import raise_all

from .blocks import OPEN_RE, parse_header
from .ids import ID_SUFFIX_RE, split_id
from .keywords import GERMAN
from .model import ChecklistError, Option, Question

QUESTION_RE = re.compile(r"^-\s+(?P<text>\S.*)$")
OPTION_RE = re.compile(r"^(?P<marker>\(\s?\)|\[\s?\])\s+(?P<text>\S.*)$")
FIELD_RE = re.compile(r"^\[(?P<fill>_{3,}|={3,})\](?:\s+(?P<label>\S.*))?$")
NONE_RE = re.compile(r"^\(-\)(?:\s+(?P<text>\S.*))?$")
OTHER_RE = re.compile(r"\s*\[_{3,}\]$")
# Something that looks like a marker or a field but is none of the known ones.
UNKNOWN_MARKER_RE = re.compile(r"^(?P<marker>[(\[<{][^)\]>}]{0,3}[)\]>}])(?:\s|$)")
UNKNOWN_FIELD_RE = re.compile(r"^(?P<field>\[[^\]]*\])\s*$")


def parse_block(lines, first_line, keywords=GERMAN):
    """Parse the lines of one block (opening and closing line included); raise
    every mistake in them at once."""
    checklist, errors = read_block(lines, first_line, keywords)
    raise_all(errors)
    return checklist


def read_block(lines, first_line, keywords=GERMAN):
    """The checklist in LINES and every mistake found in them (the syntax's
    KEYWORDS in the checklist's locale, ``keywords.py``).

    A mistake does not stop the reading: the next line is read as if the
    mistaken one were right, or, where a question could not be read, the lines
    below it are passed over (they would only repeat the mistake).
    """
    checklist = parse_header(OPEN_RE.match(lines[0]).group("rest"), first_line)
    errors = []
    stack = []  # (indent, question): the questions that indented lines belong to
    damaged = set()  # ids of questions with a line that could not be read
    for offset, raw in enumerate(lines[1:-1], start=1):
        number = first_line + offset
        expanded = raw.expandtabs(4)
        text = expanded.strip()
        if not text:
            continue
        indent = len(expanded) - len(expanded.lstrip())
        try:
            stack = _read_question_line(
                checklist, stack, (text, number, indent), keywords
            )
        except ChecklistError as error:
            errors.append(error)
            stack = _open(stack, indent)
            if stack:  # its question is not checked as a whole: it is not all read
                damaged.add(id(stack[-1][1]))
            if QUESTION_RE.match(text) or keywords.any_line_re.match(text):
                stack = [*stack, (indent, None)]  # the lines below belong to none
    if not checklist.questions and not errors:
        errors.append(
            ChecklistError(
                first_line,
                f"The checklist {checklist.id!r} has no questions.",
                "add at least one question: a line starting with '- '.",
            )
        )
    errors += _check_questions(checklist, damaged, keywords)
    return checklist, errors


def _open(stack, indent):
    """The questions a line indented by INDENT can still belong to."""
    return [(level, question) for level, question in stack if level < indent]


def _read_question_line(checklist, stack, at, keywords):
    """Read one line of the questions (AT: its text, number and indent);
    return the stack for the next line."""
    text, line, indent = at
    question_match = QUESTION_RE.match(text)
    if indent == 0 and question_match:
        question = _new_question(question_match.group("text"), line, indent)
        checklist.questions.append(question)
        return [(indent, question)]
    stack = _open(stack, indent) if indent else []
    if not stack:
        keyword = keywords.misspelled(text)
        raise ChecklistError(
            line,
            f"{text!r} stands outside a question.",
            (f"did you mean '{keyword}:'? " if keyword else "")
            + (
                "indent it below the question it belongs to."
                if indent
                else "start each question with '- ' and indent its options and "
                "fields below it by four spaces."
            ),
        )
    owner = stack[-1][1]
    if owner is None:  # below a question that could not be read
        return [*stack, (indent, None)] if question_match else stack
    if question_match:
        return [*stack, (indent, _add_followup(owner, question_match, line, indent))]
    _add_line(owner, text, line, indent, keywords)
    return stack


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


def _add_line(question, text, line, indent, keywords):
    """Add the option, field or notes that TEXT is to QUESTION, or say why not."""
    for pattern, add in (
        (NONE_RE, _add_none),
        (OPTION_RE, _add_option),
        (FIELD_RE, _add_field),
        (keywords.notes_re, _add_notes),
    ):
        if match := pattern.match(text):
            return add(question, match, line, indent, keywords)
    return _unreadable(text, line, keywords)


def _add_none(question, match, line, _indent, _keywords):
    if question.none_label is not None:
        raise ChecklistError(
            line,
            f"The question {question.text!r} has a second '(-)' option.",
            "keep one: it is the way back to no answer.",
        )
    label = (match.group("text") or "").strip()  # bare "(-)": the default words
    if ID_SUFFIX_RE.search(label):
        raise ChecklistError(
            line,
            f"The '(-)' option {label!r} has an id, which readers would see.",
            "remove the {#…}: this option takes the answer back, so it is never "
            "saved and needs no id.",
        )
    question.none_label, question.none_line = label, line


def _add_option(question, match, line, indent, _keywords):
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


def _add_field(question, match, line, _indent, keywords):
    if question.text_field:
        raise ChecklistError(
            line,
            f"The question {question.text!r} has a second text field.",
            "give each question one text field at most; use "
            f"[{keywords.notes}] for notes.",
        )
    question.text_field = "short" if match.group("fill")[0] == "_" else "long"
    question.text_label = match.group("label")


def _add_notes(question, _match, line, _indent, keywords):
    if question.notes:
        twice = f"The question {question.text!r} has [{keywords.notes}] twice."
        raise ChecklistError(line, twice, "keep one.")
    question.notes = True


def _unreadable(text, line, keywords):
    """The mistake in a line that is no option, field or notes."""
    unknown = UNKNOWN_MARKER_RE.match(text) or UNKNOWN_FIELD_RE.match(text)
    if unknown:
        raise ChecklistError(
            line,
            f"Unknown option marker or question kind {unknown.group(1)!r}.",
            keywords.syntax_hint + ".",
        )
    if keywords.any_line_re.match(text):
        raise ChecklistError(
            line,
            f"{text!r} stands inside a question.",
            f"write '{keywords.result}:' at the very beginning of a line, after the "
            f"last question, and its text, '{keywords.speaks_for}:' and "
            f"'{keywords.against}:' indented below it.",
        )
    raise ChecklistError(
        line,
        f"Cannot read {text!r} as an option or field.",
        keywords.syntax_hint + "; a question starts with '- '.",
    )


def _check_questions(checklist, damaged=frozenset(), keywords=GERMAN):
    """Every mistake in the questions as a whole (DAMAGED: the ids of those
    with a line that could not be read, whose options are not counted)."""
    seen = {}
    for question in checklist.all_questions():
        if question.id in seen:
            yield ChecklistError(
                question.line,
                f"The question id {question.id!r} is used twice in the checklist "
                f"{checklist.id!r} (also on line {seen[question.id]}).",
                "give one of them another id with {#neue-id} at the end of its line.",
            )
        seen[question.id] = question.line
        if id(question) in damaged:
            continue
        if not question.options and not question.text_field:
            yield ChecklistError(
                question.line,
                f"The question {question.text!r} has no options and no text field.",
                "add options below it, or a text field: " + keywords.syntax_hint + ".",
            )
        if question.none_label is not None and question.choice != "radio":
            yield ChecklistError(
                question.none_line,
                f"The question {question.text!r} has a '(-)' option but is no "
                "single choice.",
                "use '(-)' only below '( )' options: a ticked '[ ]' box can be "
                "unticked, a text field emptied.",
            )
        if question.choice == "radio" and len(question.options) < 2:
            yield ChecklistError(
                question.line,
                f"The single-choice question {question.text!r} has only one option.",
                "add another option, or use '[ ]' for a box that can be ticked alone.",
            )
        option_ids = {}
        for option in question.options:
            if option.id in option_ids:
                yield ChecklistError(
                    option.line,
                    f"The option id {option.id!r} is used twice in the question "
                    f"{question.text!r}.",
                    "give one of them another id with {#neue-id} at its end.",
                )
            option_ids[option.id] = option.line
