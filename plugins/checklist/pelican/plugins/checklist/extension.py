"""The checklist as a Python-Markdown extension, usable without Pelican::

    markdown.markdown(text, extensions=[ChecklistExtension()])

A block between ``::: checklist …`` and ``:::`` (syntax: syntax and
the author guide) becomes a ``<form>`` (render.py). Its processors, and
why each runs where it does:

- ``ChecklistPreprocessor`` (priority 28: after ``normalize_whitespace`` at 30,
  so tabs are expanded; before ``html_block`` at 20, so the lines are still
  the file's and a mistake names its line): parses each block and leaves a
  placeholder paragraph.
- ``ChecklistBlockProcessor`` (75: after ``indent`` at 90 and ``code`` at 80,
  which never take the unindented placeholder; before every processor that
  would read it as text, down to ``paragraph`` at 10): turns the placeholder
  into the form.
- ``RestoreTextTreeprocessor`` (15: after ``inline`` at 20, before
  ``prettify`` at 10): puts back the "<" that was kept away from inline HTML,
  as text.
- ``SoftHyphenTreeprocessor`` (14: after the restore): soft hyphens in the long
  words of the narrow boxes (hyphenation.py).
- ``StrayChecklistPostprocessor`` (0, the last: after ``raw_html`` at 30 has
  put HTML blocks back): a checklist Markdown did not see (inside an HTML
  block, a list, a quote) stops the build instead of showing as text.
"""

import re

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from pelican.plugins.author_report.errors import AuthorError, AuthorErrors, raise_all

from .blocks import ANY_OPEN_RE, STRAY_FIX, find_blocks
from .controls import render_controls
from .hyphenation import soft_hyphens
from .keywords import KEYWORDS
from .model import ChecklistError
from .options import DESCRIPTIONS, defaults_for
from .render import RESTORE, FormRenderer, element_id
from .results import parse_checklist
from .storage import STORAGE

# What stands for the Nth checklist between the preprocessor and the block
# processor: Markdown leaves the control characters alone.
PLACEHOLDER_START, PLACEHOLDER_END = "\u0002checklist:", "\u0003"
PLACEHOLDER = PLACEHOLDER_START + "{}" + PLACEHOLDER_END
CODE_RE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)


def placeholder_index(text):
    """N of the first checklist placeholder in TEXT."""
    after = text.split(PLACEHOLDER_START, 1)[1]
    return int(after.split(PLACEHOLDER_END, 1)[0])


class ChecklistPreprocessor(Preprocessor):
    """Find checklist blocks while line numbers are still those of the file
    (and read them with the syntax's KEYWORDS in the extension's locale)."""

    def __init__(self, md, keywords):
        super().__init__(md)
        self.keywords = keywords

    def run(self, lines):
        blocks = list(find_blocks(lines))
        taken = {start for start, _end in blocks}
        self.md.checklist_candidates = [
            index + 1
            for index, line in enumerate(lines)
            if index not in taken and ANY_OPEN_RE.search(line)
        ]
        if not blocks:
            return lines
        output, previous, errors = [], 0, []
        for start, end in blocks:
            try:
                checklist = self.read(lines[start : end + 1], start + 1)
            except (AuthorError, AuthorErrors) as error:
                # Read the other checklists too: every mistake is told at once.
                errors += error.errors if isinstance(error, AuthorErrors) else [error]
                output += lines[previous:start]
                previous = end + 1
                continue
            self.md.checklists.append(checklist)
            placeholder = PLACEHOLDER.format(len(self.md.checklists) - 1)
            output += [*lines[previous:start], "", placeholder, ""]
            previous = end + 1
        raise_all(errors)
        return output + lines[previous:]

    def read(self, lines, first_line):
        """The checklist in LINES, whose id no other on the page may have."""
        checklist = parse_checklist(lines, first_line, self.keywords)
        if checklist.id in self.md.checklist_ids:
            raise ChecklistError(
                first_line,
                f"The checklist id {checklist.id!r} is used twice on this page "
                f"(also on line {self.md.checklist_ids[checklist.id]}).",
                "give each checklist on a page its own id.",
            )
        self.md.checklist_ids[checklist.id] = first_line
        return checklist


class ChecklistBlockProcessor(BlockProcessor):
    """Replace a placeholder block with the checklist's form."""

    def __init__(self, parser, config, storage):
        super().__init__(parser)
        self.renderer = FormRenderer(config, storage)
        self.config = config

    def test(self, parent, block):
        return block.startswith(PLACEHOLDER_START)

    def run(self, parent, blocks):
        block = blocks.pop(0)
        index = placeholder_index(block)
        checklist = self.parser.md.checklists[index]
        form = self.renderer.render(parent, checklist)
        render_controls(form, checklist, self.config)


class RestoreTextTreeprocessor(Treeprocessor):
    """Turn the stand-in back into "<", as text, after inline parsing."""

    def run(self, root):
        for form in root.iter("form"):
            if form.get("class") != "checklist":
                continue
            for element in form.iter():
                if element.text:
                    element.text = element.text.translate(RESTORE)
                if element.tail and element is not form:
                    element.tail = element.tail.translate(RESTORE)


class SoftHyphenTreeprocessor(Treeprocessor):
    """Soft hyphens in the long words of a checklist's narrow boxes: the
    labels of choices and fields, and the questions, which the summary list
    repeats in a narrower box (see hyphenation.py). After inline parsing, so
    that code stays as written. A soft hyphen shows only where a line breaks:
    a question quoted from a source still reads word for word."""

    VERBATIM = frozenset({"code", "kbd", "pre", "samp"})

    def run(self, root):
        for form in root.iter("form"):
            if form.get("class") != "checklist":
                continue
            # Every question, too: it is repeated in the narrower summary list.
            narrow = [*form.iter("label"), *form.iter("legend")]
            # A result's answers repeat the labels, and typogrify joins the
            # last two words of the line: "Geschlossenes Expertennetzwerk".
            narrow += [item[-1] for item in form.iter("li") if item.get("data-for")]
            for box in narrow:
                self.hyphenate(box)

    def hyphenate(self, element):
        if element.text and element.tag not in self.VERBATIM:
            element.text = soft_hyphens(element.text)
        for child in element:
            self.hyphenate(child)
            if child.tail:
                child.tail = soft_hyphens(child.tail)


class MetadataPostprocessor(Postprocessor):
    """Hand what the build needs of the text's checklists to Pelican's reader,
    as metadata: Pelican's MarkdownReader reads the meta extension's ``Meta``
    (a value given as a one-item list is taken as it is), so any Markdown
    reader of Pelican's, this site's or another plugin's, passes it on."""

    def __init__(self, md, state):
        super().__init__(md)
        self.state = state

    def run(self, text):
        meta = getattr(self.md, "Meta", None)
        if meta is not None:  # None: no meta extension, no metadata at all
            for key, value in self.state.metadata().items():
                meta[key] = [value]
        return text


class StrayChecklistPostprocessor(Postprocessor):
    """Stop a checklist that Markdown did not see from showing as plain text.

    The preprocessor names the usual reasons (a quote, a list item, an unclosed
    code fence). Whatever else hides an opening line from the block parser (an
    HTML block, an indented list paragraph), it ends up here: as a leftover
    placeholder, or as "::: checklist" outside code.
    """

    def run(self, text):
        if PLACEHOLDER_START in text:
            index = placeholder_index(text)
            raise ChecklistError(
                self.md.checklists[index].line,
                "This checklist stands inside an HTML block, so it would not be "
                "shown as a form.",
                STRAY_FIX,
            )
        if ANY_OPEN_RE.search(CODE_RE.sub("", text)):
            line = next(iter(self.md.checklist_candidates), None)
            raise ChecklistError(
                line,
                "This checklist is not at the top level of the text (in a list, "
                "a quote or HTML), so it would show as plain text.",
                STRAY_FIX,
            )
        return text


class ChecklistExtension(Extension):
    """The checklist in Python-Markdown; ``locale`` ("de", the default, or
    "en") chooses the words every other option defaults to."""

    def __init__(self, locale: str = "de", **kwargs: object) -> None:
        self.defaults = defaults_for(locale)
        self.keywords = KEYWORDS[locale]
        self.storage = STORAGE[locale]
        self.config = {
            name: [default, DESCRIPTIONS[name]]
            for name, default in self.defaults.items()
        }
        super().__init__(**kwargs)

    def setConfig(self, key, value):
        # The words (script_labels, messages) are tables: a site that changes
        # one word gives that one, and keeps every other default.
        if isinstance(self.defaults.get(key), dict) and isinstance(value, dict):
            value = {**self.defaults[key], **value}
        super().setConfig(key, value)

    def extendMarkdown(self, md: Markdown) -> None:
        # One extension may serve several Markdown instances (a site's
        # settings hold one): each instance's checklists are its own, reset
        # when that instance is (Markdown.reset calls each registered reset).
        state = _DocumentState(md, self.storage)
        md.registerExtension(state)
        preprocessor = ChecklistPreprocessor(md, self.keywords)
        md.preprocessors.register(preprocessor, "checklist", 28)
        md.parser.blockprocessors.register(
            ChecklistBlockProcessor(md.parser, self.getConfigs(), self.storage),
            "checklist",
            75,
        )
        md.treeprocessors.register(RestoreTextTreeprocessor(md), "checklist", 15)
        md.treeprocessors.register(SoftHyphenTreeprocessor(md), "checklist-hyphens", 14)
        # Last of all postprocessors, after raw HTML is put back.
        md.postprocessors.register(StrayChecklistPostprocessor(md), "checklist", 0)
        md.postprocessors.register(
            MetadataPostprocessor(md, state), "checklist-meta", 1
        )


class _DocumentState:
    """The checklists of the document one Markdown instance converts."""

    def __init__(self, md, storage):
        self.md, self.storage = md, storage
        self.reset()

    def reset(self):
        self.md.checklists = []
        self.md.checklist_ids = {}
        self.md.checklist_candidates = []

    def metadata(self):
        """What the rest of the build needs of the text's checklists (as the
        text's metadata, see :class:`MetadataPostprocessor`): each one's id and
        line (``checklists``, for the site-wide checks), and each one's id,
        version, question ids, the key its answers are saved under and its
        form's element id (``anchor``), without lines, so that an edit above a
        checklist changes nothing on other pages (``checklist_outline``, for
        the reader's progress in a series)."""
        checklists = self.md.checklists
        return {
            "checklists": [(checklist.id, checklist.line) for checklist in checklists],
            "checklist_outline": [
                {
                    "id": checklist.id,
                    "version": checklist.version,
                    "questions": [question.id for question in checklist.questions],
                    "key": self.storage.answers_key(checklist.id, checklist.version),
                    "anchor": element_id(checklist),
                }
                for checklist in checklists
            ],
        }


def makeExtension(**kwargs: object) -> ChecklistExtension:
    return ChecklistExtension(**kwargs)
