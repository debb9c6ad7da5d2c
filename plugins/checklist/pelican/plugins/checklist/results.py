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

The text may have paragraphs (a blank line) and lists ("- ", "1. "). The
keywords may be written "Dafuer:" too; a line that starts like a misspelled
keyword ("Dagegn:", "Ergebnisse:") is a mistake, not text a reader would see.
As the questions are, the results are read to the end, and every mistake in
either is reported at once.
"""

import re
import unicodedata

from pelican.plugins.author_report.errors import raise_all

from .ids import split_id
from .keywords import GERMAN
from .model import Answer, ChecklistError, Result
from .syntax import read_block

ANSWER_RE = re.compile(r"^(?P<question>[^=\s]+)\s*=\s*(?P<option>[^=\s]+)$")
ANSWER_HINT = "write answers as 'question = option', separated by commas, e.g. "


class UnknownQuestion(ChecklistError):
    """An answer names a question the checklist does not have (or one that
    could not be read, where it is no mistake of its own)."""


def _starts_results(line, keywords):
    """Whether LINE is the first of the results: 'Ergebnis:', or a misspelling
    of it, at the start of the line."""
    return bool(keywords.result_re.match(line)) or (
        keywords.misspelled(line) == keywords.result
    )


def parse_checklist(lines, first_line, keywords=GERMAN):
    """Parse one block (opening and closing line included): questions, then
    results. Every mistake in either is raised at once. KEYWORDS: the syntax's
    in the checklist's locale (``keywords.py``)."""
    split = next(
        (
            i
            for i, line in enumerate(lines[1:-1], start=1)
            if _starts_results(line, keywords)
        ),
        len(lines) - 1,
    )
    checklist, errors = read_block([*lines[:split], lines[-1]], first_line, keywords)
    found_at = (lines[split:-1], first_line + split)
    results, found = read_results(*found_at, checklist, keywords)
    # A question that could not be read is missing, not unknown: an answer
    # naming it is no mistake of its own.
    errors += [e for e in found if not (errors and isinstance(e, UnknownQuestion))]
    raise_all(sorted(errors, key=lambda error: error.line))
    checklist.results = results
    return checklist


def read_results(lines, first_line, checklist, keywords=GERMAN):
    """The results in LINES (each ``Ergebnis:`` with its indented lines) and
    every mistake in them."""
    results, errors = [], []
    for offset, raw in enumerate(lines):
        number = first_line + offset
        expanded = unicodedata.normalize("NFC", raw.expandtabs(4))
        text = expanded.strip()
        if not text:
            if results and results[-1] is not None and results[-1].text:
                results[-1].text.append("")  # a paragraph ends
            continue
        try:
            _read_line(results, (expanded, text, number), keywords)
        except ChecklistError as error:
            errors.append(error)
    results = [result for result in results if result is not None]
    errors += _check_results(results, checklist, keywords)
    return results, errors


def _read_line(results, at, keywords):
    expanded, text, line = at
    if not expanded[0].isspace():
        _read_result_line(results, text, line, keywords)
        return
    result = results[-1] if results else None
    if result is None:  # below a result line that failed: not read
        return
    side = keywords.answers_re.match(text)
    if side:
        _read_answers(result, side, line, keywords)
        return
    keyword = keywords.misspelled(text)
    if keyword:
        both = f"'{keywords.speaks_for}:' and '{keywords.against}:'"
        raise ChecklistError(
            line,
            f"{text.split(':')[0]!r} is no keyword of a result, so this line would "
            "be shown to readers as text.",
            f"write '{keyword}:' (the keywords are {both}).",
        )
    result.text.append(text)


def _read_result_line(results, text, line, keywords):
    """A line at the start: ``Ergebnis: Titel {#id}``, or a mistake."""
    start = keywords.result_re.match(text)
    word = keywords.result
    if not start and keywords.misspelled(text) == word:
        results.append(None)  # its lines belong to no result
        raise ChecklistError(
            line,
            f"{text.split(':')[0]!r} is no keyword: a result starts with '{word}:'.",
            f"write '{word}: <title>' at the start of the line.",
        )
    if start:
        # Until its title is read, the result's own lines belong to no result.
        results.append(None)
        title = start.group("title").strip()
        if not title or title.startswith("{#"):
            raise ChecklistError(
                line,
                "This result has no title.",
                f"write its title after '{word}:', e.g. '{word}: Lokale "
                "Gruppen {#lokal}'.",
            )
        title, result_id = split_id(title, line, "result")
        results[-1] = Result(result_id, title, line)
        return
    if text.startswith("- "):
        raise ChecklistError(
            line,
            f"The question {text[2:]!r} stands after the results.",
            f"write every question before the first '{word}:'.",
        )
    raise ChecklistError(
        line,
        f"{text!r} stands outside a result.",
        f"indent a result's text and its '{keywords.speaks_for}:' and "
        f"'{keywords.against}:' lines by four spaces below its '{word}:' line.",
    )


def _read_answers(result, side, line, keywords):
    """``Dafür: ort = online, zweck = austausch`` (or ``Dagegen:``)."""
    name = keywords.side(side.group("side"))
    speaking_for = name == keywords.speaks_for
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
        answer = Answer(match.group("question"), match.group("option"), line)
        if answer in answers:
            first = answers[answers.index(answer)].line
            where = "on this line" if first == line else f"also on line {first}"
            raise ChecklistError(
                line,
                f"The answer '{answer}' is named twice under '{name}:' of the "
                f"result {result.title!r} ({where}).",
                "name each answer once: it counts once.",
            )
        answers.append(answer)


def _check_results(results, checklist, keywords=GERMAN):
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
        errors += _incomplete(result, keywords)
        errors += _wrong_answers(result, questions, keywords)
    return errors


def _incomplete(result, keywords):
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
            f"add a line '{keywords.speaks_for}: question = option' below it.",
        )


def _wrong_answers(result, questions, keywords):
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
            f"name it under '{keywords.speaks_for}:' or under "
            f"'{keywords.against}:', not under both.",
        )


def _unknown_answer(answer, questions):
    question = questions.get(answer.question)
    if question is None:
        return UnknownQuestion(
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
