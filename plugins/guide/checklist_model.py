"""A checklist as data: its questions, their options, follow-ups and fields
(checklist_syntax reads them from the author's lines), and the one error
type for a mistake in it, with the line it stands on."""

from dataclasses import dataclass, field

from .mistakes import AuthorError


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
