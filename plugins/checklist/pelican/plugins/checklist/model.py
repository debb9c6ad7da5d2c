"""A checklist as data: its questions, their options, follow-ups and fields
(syntax.py reads them from the author's lines), its results and the
answers that speak for them (results.py), and the one error type for a
mistake in it, with the line it stands on."""

import re
from dataclasses import dataclass, field

from pelican.plugins.author_report.errors import AuthorError

# An item of a list in a result's text.
LIST_ITEM_RE = re.compile(r"^(?:[-*+]|(?P<number>\d{1,9})[.)])\s+(?P<text>\S.*)$")


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
    results: list["Result"] = field(default_factory=list)

    def all_questions(self):
        for question in self.questions:
            yield from question.all_questions()


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

    def blocks(self):
        """The text as blocks: ``("p", [text])`` for a paragraph (its lines
        joined; a blank line ends it), ``("ul", [items])`` for lines starting
        with "- ", "* " or "+ " and ``("ol", [items])`` for "1. " or "1) ". A
        line right after an item continues that item, as in Markdown."""
        blocks, current = [], None
        for line in self.text:
            if not line:
                current = None
                continue
            item = LIST_ITEM_RE.match(line)
            if item:
                kind = "ol" if item.group("number") else "ul"
                if current is None or current[0] != kind:
                    current = (kind, [])
                    blocks.append(current)
                current[1].append(item.group("text"))
            elif current is None:
                current = ("p", [line])
                blocks.append(current)
            else:
                current[1][-1] += " " + line
        return blocks
