"""Read the results of a checklist: what each kind of answer speaks for.

After its last question a checklist may describe results, each a kind of
outcome that answers speak for (or against)::

    ::: checklist ideales-netzwerk version=1 title="Mein ideales Netzwerk"
    - Lokal oder überregional? {#reichweite}
        ( ) Lokal {#lokal}
        ( ) Überregional {#ueberregional}

    Ergebnis: Regionale Gruppen und Stammtische {#regional}
        Treffen in Deiner Stadt, mit Menschen, die Du wiedersiehst.
        Dafür: reichweite = lokal
        Dagegen: reichweite = ueberregional
    :::

``Ergebnis:`` starts a result with its title (and, as questions do, an
optional ``{#id}``). The lines indented below it are its text (Markdown, links
included), except ``Dafür:`` and ``Dagegen:``, which name answers as
``question = option``, separated by commas. A result needs a text and at least
one answer that speaks for it.

Unlike the questions, where one mistake hides what follows it, the results are
read to the end: every mistake in them is reported at once.
"""

import re
from dataclasses import dataclass, field

from .checklist_model import ChecklistError
from .checklist_syntax import parse_block, split_id
from .mistakes import raise_all

RESULT_RE = re.compile(r"^ergebnis\s*:(?P<title>.*)$", re.I)
# Written as the guide shows it, or a little off ("dafür :"): either way not text.
ANSWERS_RE = re.compile(r"^(?P<side>dafür|dagegen)\s*:(?P<answers>.*)$", re.I)
ANSWER_RE = re.compile(r"^(?P<question>[^=\s]+)\s*=\s*(?P<option>[^=\s]+)$")
ANSWER_HINT = "write answers as 'question = option', separated by commas, e.g. "


@dataclass(frozen=True)
class Answer:
    """An option of a question, as results name it: ``ort = online``."""

    question: str
    option: str
    line: int = field(compare=False)

    def __str__(self):
        return f"{self.question}={self.option}"


@dataclass
class Result:
    id: str
    title: str
    line: int
    text: list[str] = field(default_factory=list)
    speaks_for: list[Answer] = field(default_factory=list)
    speaks_against: list[Answer] = field(default_factory=list)
    # A "Dafür:" line was written (if it could not be read, that one mistake
    # is reported, not also that nothing speaks for the result).
    has_for_line: bool = False


def parse_checklist(lines, first_line):
    """Parse one block (opening and closing line included): questions, then results."""
    split = next(
        (i for i, line in enumerate(lines[1:-1], start=1) if RESULT_RE.match(line)),
        len(lines) - 1,
    )
    checklist = parse_block([*lines[:split], lines[-1]], first_line)
    checklist.results = parse_results(lines[split:-1], first_line + split, checklist)
    return checklist


def parse_results(lines, first_line, checklist):
    """The results in LINES (each ``Ergebnis:`` with its indented lines)."""
    results, errors = [], []
    for offset, raw in enumerate(lines):
        number = first_line + offset
        expanded = raw.expandtabs(4)
        text = expanded.strip()
        if not text:
            continue
        try:
            _read_line(results, expanded, text, number)
        except ChecklistError as error:
            errors.append(error)
    results = [result for result in results if result is not None]
    errors += _check_results(results, checklist)
    raise_all(sorted(errors, key=lambda error: error.line))
    return results


def _read_line(results, expanded, text, line):
    if not expanded[0].isspace():
        _read_result_line(results, text, line)
        return
    result = results[-1] if results else None
    if result is None:  # below a result line that failed: not read
        return
    side = ANSWERS_RE.match(text)
    if side:
        _read_answers(result, side, line)
    else:
        result.text.append(text)


def _read_result_line(results, text, line):
    """A line at the start: ``Ergebnis: Titel {#id}``, or a mistake."""
    start = RESULT_RE.match(text)
    if start:
        # Until its title is read, the result's own lines belong to no result.
        results.append(None)
        title = start.group("title").strip()
        if not title or title.startswith("{#"):
            raise ChecklistError(
                line,
                "This result has no title.",
                "write its title after 'Ergebnis:', e.g. 'Ergebnis: Lokale "
                "Gruppen {#lokal}'.",
            )
        title, result_id = split_id(title, line, "result")
        results[-1] = Result(result_id, title, line)
        return
    if text.startswith("- "):
        raise ChecklistError(
            line,
            f"The question {text[2:]!r} stands after the results.",
            "write every question before the first 'Ergebnis:'.",
        )
    raise ChecklistError(
        line,
        f"{text!r} stands outside a result.",
        "indent a result's text and its 'Dafür:' and 'Dagegen:' lines by four "
        "spaces below its 'Ergebnis:' line.",
    )


def _read_answers(result, side, line):
    """``Dafür: ort = online, zweck = austausch`` (or ``Dagegen:``)."""
    speaking_for = side.group("side").lower() == "dafür"
    result.has_for_line = result.has_for_line or speaking_for
    answers = result.speaks_for if speaking_for else result.speaks_against
    # A comma too many (at the end, or two in a row) is no mistake worth a stop.
    items = [item.strip() for item in side.group("answers").split(",") if item.strip()]
    if not items:
        raise ChecklistError(
            line,
            f"'{side.group('side')}:' names no answer.",
            ANSWER_HINT + f"'{side.group('side')}: ort = online, zweck = austausch'.",
        )
    for item in items:
        match = ANSWER_RE.match(item)
        if not match:
            raise ChecklistError(
                line,
                f"{item!r} does not name an answer.",
                ANSWER_HINT + "'ort = online'.",
            )
        answers.append(Answer(match.group("question"), match.group("option"), line))


def _check_results(results, checklist):
    """Every mistake in the results, as errors: none stops the others."""
    errors = []
    questions = {question.id: question for question in checklist.all_questions()}
    seen = {}
    for result in results:
        if result.id in seen:
            errors.append(
                ChecklistError(
                    result.line,
                    f"The result id {result.id!r} is used twice (also on line "
                    f"{seen[result.id]}).",
                    "give one of them another id with {#neue-id} at the end of its "
                    "line.",
                )
            )
        seen.setdefault(result.id, result.line)
        errors += _incomplete(result)
        errors += _wrong_answers(result, questions)
    return errors


def _incomplete(result):
    """A result without text, or without an answer that speaks for it."""
    if not result.text:
        yield ChecklistError(
            result.line,
            f"The result {result.title!r} has no text.",
            "write one or two sentences about it below its title, indented "
            "by four spaces.",
        )
    if not result.has_for_line:
        yield ChecklistError(
            result.line,
            f"No answer speaks for the result {result.title!r}, so it would "
            "never be shown.",
            "add a line 'Dafür: question = option' below it.",
        )


def _wrong_answers(result, questions):
    """Answers the checklist does not have, or that speak for and against."""
    for answer in [*result.speaks_for, *result.speaks_against]:
        error = _unknown_answer(answer, questions)
        if error:
            yield error
    for answer in sorted(set(result.speaks_for) & set(result.speaks_against), key=str):
        yield ChecklistError(
            answer.line,
            f"The answer '{answer}' speaks both for and against the result "
            f"{result.title!r}.",
            "name it under 'Dafür:' or under 'Dagegen:', not under both.",
        )


def _unknown_answer(answer, questions):
    question = questions.get(answer.question)
    if question is None:
        return ChecklistError(
            answer.line,
            f"The checklist has no question {answer.question!r}.",
            f"use one of the question ids: {', '.join(questions)}.",
        )
    options = [option.id for option in question.options]
    if not options:
        return ChecklistError(
            answer.line,
            f"The question {answer.question!r} has no options to choose, so no "
            "answer of it can speak for a result.",
            "name an option of a question with '( )' or '[ ]' options.",
        )
    if answer.option not in options:
        return ChecklistError(
            answer.line,
            f"The question {answer.question!r} has no option {answer.option!r}.",
            f"use one of its option ids: {', '.join(options)}.",
        )
    return None
