"""The checklist: a worksheet written in Markdown, rendered as an accessible form.

The syntax is described in :mod:`checklist_syntax` and in the author guide. This
module holds the Python-Markdown extension that turns each block into a
``<form>`` built with ElementTree, and the Pelican glue: the extension is added to
``MARKDOWN`` once, a failing checklist names its file, and feeds and summaries get
a plain list instead of form controls (see :mod:`checklist_plain`).
"""

import logging
import os
import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from pelican import signals
from pelican.readers import MarkdownReader
from pelican.utils import truncate_html_words

from .checklist_plain import plain_content
from .checklist_syntax import ChecklistError, find_blocks, parse_block

logger = logging.getLogger(__name__)

DEFAULTS = {
    "CHECKLIST_INSTRUCTIONS": (
        "Wähle aus, was für Dich passt, und halte Deine Gedanken in den "
        "Notizfeldern fest. Keine Frage muss beantwortet werden."
    ),
    "CHECKLIST_PRIVACY_NOTE": (
        "Deine Antworten bleiben in Deinem Browser und werden nie an einen Server "
        "gesendet."
    ),
    "CHECKLIST_NOTES_LABEL": "Notizen",
    "CHECKLIST_ANSWER_LABEL": "Deine Antwort",
    "CHECKLIST_OTHER_LABEL": "eigene Angabe",
    "CHECKLIST_FEED_LINK_TEXT": "Checkliste auf der Website ausfüllen",
}

# Author text is set as element text and later runs through Markdown's inline
# patterns, which would pass raw HTML through. A stand-in keeps "<" away from
# those patterns; the restore step puts it back as plain text, which the
# serializer escapes. Emphasis, code and entities work as elsewhere in Markdown.
PROTECT = str.maketrans({"<": "\ue000"})
RESTORE = str.maketrans({"\ue000": "<"})
PLACEHOLDER = "\u0002checklist:{}\u0003"


def element_id(checklist, *parts):
    """A page-unique id: ids are [a-z0-9-], so ``__`` cannot occur inside one."""
    return "__".join(["cl-" + checklist.id, *parts])


class ChecklistPreprocessor(Preprocessor):
    """Find checklist blocks while line numbers are still those of the file."""

    def run(self, lines):
        blocks = list(find_blocks(lines))
        if not blocks:
            return lines
        output, previous = [], 0
        for start, end in blocks:
            checklist = parse_block(lines[start : end + 1], start + 1)
            if checklist.id in self.md.checklist_ids:
                raise ChecklistError(
                    start + 1,
                    f"The checklist id {checklist.id!r} is used twice on this page "
                    f"(also on line {self.md.checklist_ids[checklist.id]}).",
                    "give each checklist on a page its own id.",
                )
            self.md.checklist_ids[checklist.id] = start + 1
            self.md.checklists.append(checklist)
            placeholder = PLACEHOLDER.format(len(self.md.checklists) - 1)
            output += [*lines[previous:start], "", placeholder, ""]
            previous = end + 1
        return output + lines[previous:]


class ChecklistBlockProcessor(BlockProcessor):
    """Replace a placeholder block with the checklist's form."""

    def __init__(self, parser, config):
        super().__init__(parser)
        self.config = config

    def test(self, parent, block):
        return block.startswith("\u0002checklist:")

    def run(self, parent, blocks):
        block = blocks.pop(0)
        index = int(block.strip()[len("\u0002checklist:") : -1])
        self.render(parent, self.parser.md.checklists[index])

    def render(self, parent, checklist):
        config = self.config
        form = etree.SubElement(parent, "form")
        form.set("class", "checklist")
        form.set("id", element_id(checklist))
        # method=dialog: outside a dialog, submitting does nothing, so pressing
        # Enter in a text field never sends the answers anywhere, with or
        # without JavaScript.
        form.set("method", "dialog")
        form.set("data-checklist", checklist.id)
        form.set("data-checklist-version", str(checklist.version))
        form.set("aria-labelledby", element_id(checklist, "titel"))
        heading = etree.SubElement(form, "h2")
        heading.set("id", element_id(checklist, "titel"))
        heading.text = checklist.title.translate(PROTECT)
        intro = etree.SubElement(form, "p")
        intro.set("class", "checklist-intro")
        intro.text = f"{config['instructions']} {config['privacy_note']}"
        for question in checklist.questions:
            self.render_question(form, checklist, question)

    def render_question(self, parent, checklist, question, followup_of=None):
        fieldset = etree.SubElement(parent, "fieldset")
        fieldset.set("class", "checklist-question")
        fieldset.set("id", element_id(checklist, question.id))
        fieldset.set("data-question", question.id)
        fieldset.set("data-kind", question.kind)
        if followup_of:
            fieldset.set("class", "checklist-question checklist-followup")
            fieldset.set("data-followup-of", followup_of)
        legend = etree.SubElement(fieldset, "legend")
        legend.text = question.text.translate(PROTECT)
        for option in question.options:
            self.render_option(fieldset, checklist, question, option)
        if question.text_field:
            label = question.text_label or self.config["answer_label"]
            self.render_text(
                fieldset,
                element_id(checklist, question.id, "antwort"),
                question.id if not question.choice else f"{question.id}.antwort",
                label.translate(PROTECT),
                long=question.text_field == "long",
            )
        if question.notes:
            self.render_text(
                fieldset,
                element_id(checklist, question.id, "notizen"),
                f"{question.id}.notizen",
                self.config["notes_label"],
                long=True,
                css_class="checklist-notes",
            )

    def render_option(self, fieldset, checklist, question, option):
        control_id = element_id(checklist, question.id, option.id)
        wrapper = etree.SubElement(fieldset, "div")
        wrapper.set("class", "checklist-option")
        control = etree.SubElement(wrapper, "input")
        control.set("type", question.choice)
        control.set("id", control_id)
        control.set("name", question.id)
        control.set("value", option.id)
        label = etree.SubElement(wrapper, "label")
        label.set("for", control_id)
        label.text = option.text.translate(PROTECT)
        if option.other:
            other_label = etree.SubElement(wrapper, "label")
            other_label.set("for", f"{control_id}__text")
            other_label.set("class", "visually-hidden")
            other_label.text = (
                f"{option.text.rstrip(':')}: {self.config['other_label']}".translate(
                    PROTECT
                )
            )
            other = etree.SubElement(wrapper, "input")
            other.set("type", "text")
            other.set("id", f"{control_id}__text")
            other.set("name", f"{question.id}.{option.id}")
            other.set("class", "checklist-other")
        for followup in option.followups:
            self.render_question(
                wrapper, checklist, followup, followup_of=f"{question.id}={option.id}"
            )

    def render_text(self, fieldset, control_id, name, label_text, long, css_class=""):
        wrapper = etree.SubElement(fieldset, "div")
        wrapper.set("class", f"checklist-text {css_class}".strip())
        label = etree.SubElement(wrapper, "label")
        label.set("for", control_id)
        label.text = label_text
        if long:
            control = etree.SubElement(wrapper, "textarea")
            control.set("rows", "3")
            control.text = ""
        else:
            control = etree.SubElement(wrapper, "input")
            control.set("type", "text")
        control.set("id", control_id)
        control.set("name", name)


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


class ChecklistExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "instructions": [
                DEFAULTS["CHECKLIST_INSTRUCTIONS"],
                "Text before the first question",
            ],
            "privacy_note": [DEFAULTS["CHECKLIST_PRIVACY_NOTE"], "Where answers stay"],
            "notes_label": [DEFAULTS["CHECKLIST_NOTES_LABEL"], "Label of [Notizen]"],
            "answer_label": [
                DEFAULTS["CHECKLIST_ANSWER_LABEL"],
                "Label of a text field without a label of its own",
            ],
            "other_label": [
                DEFAULTS["CHECKLIST_OTHER_LABEL"],
                "Label suffix of an 'other' choice's text field",
            ],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        md.registerExtension(self)
        self.md = md
        self.reset()
        md.preprocessors.register(ChecklistPreprocessor(md), "checklist", 28)
        md.parser.blockprocessors.register(
            ChecklistBlockProcessor(md.parser, self.getConfigs()), "checklist", 75
        )
        md.treeprocessors.register(RestoreTextTreeprocessor(md), "checklist", 15)

    def reset(self):
        self.md.checklists = []
        self.md.checklist_ids = {}


def makeExtension(**kwargs):
    return ChecklistExtension(**kwargs)


# --- Pelican -------------------------------------------------------------------


def readable_path(path):
    """The path relative to the working directory where it lies below it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


class ChecklistMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, naming the file when a checklist is wrong."""

    def read(self, source_path):
        try:
            return super().read(source_path)
        except ChecklistError as error:
            error.path = readable_path(source_path)
            # One clean line first; Pelican's own report with traceback follows.
            logger.error("checklist: %s", error)
            raise


def add_extension(pelican):
    settings = pelican.settings
    for name, value in DEFAULTS.items():
        settings.setdefault(name, value)
    extensions = settings["MARKDOWN"].setdefault("extensions", [])
    if not any(isinstance(e, ChecklistExtension) for e in extensions):
        extensions.append(
            ChecklistExtension(
                instructions=settings["CHECKLIST_INSTRUCTIONS"],
                privacy_note=settings["CHECKLIST_PRIVACY_NOTE"],
                notes_label=settings["CHECKLIST_NOTES_LABEL"],
                answer_label=settings["CHECKLIST_ANSWER_LABEL"],
                other_label=settings["CHECKLIST_OTHER_LABEL"],
            )
        )


def use_reader(readers):
    for extension in readers.settings["MARKDOWN"].get("extensions", ()):
        if isinstance(extension, ChecklistExtension):
            for ext in MarkdownReader.file_extensions:
                readers.reader_classes[ext] = ChecklistMarkdownReader
            return


def plain_summaries(generator):
    """Index pages show summaries: a checklist there is a list, not a form."""
    settings = generator.settings
    for article in generator.articles + generator.drafts:
        if "summary" in article.metadata or 'class="checklist"' not in article.content:
            continue
        plain = plain_content(
            article.content,
            f"{settings['SITEURL']}/{article.url}",
            settings["CHECKLIST_FEED_LINK_TEXT"],
        )
        summary = truncate_html_words(plain, settings["SUMMARY_MAX_LENGTH"])
        article.metadata["summary"] = article._summary = summary


def plain_feed(context, feed):
    """Feed readers get a numbered list and a link, never form controls."""
    link_text = context["CHECKLIST_FEED_LINK_TEXT"]
    for item in feed.items:
        for key in ("content", "description"):
            if item.get(key) and 'class="checklist"' in item[key]:
                item[key] = plain_content(item[key], item["link"], link_text)


def register():
    signals.initialized.connect(add_extension)
    signals.readers_init.connect(use_reader)
    signals.article_generator_finalized.connect(plain_summaries)
    signals.feed_generated.connect(plain_feed)
