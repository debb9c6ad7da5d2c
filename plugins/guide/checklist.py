"""The checklist: a worksheet written in Markdown, rendered as an accessible form.

The syntax is described in :mod:`checklist_syntax` and in the author guide. This
module holds the Python-Markdown extension that turns each block into a
``<form>`` built with ElementTree, and the Pelican glue: the extension is added to
``MARKDOWN`` once, a failing checklist names its file, and feeds and summaries get
a plain list instead of form controls (see :mod:`checklist_plain`).
"""

import json
import logging
import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from pelican import signals
from pelican.utils import truncate_html_words

from .checklist_plain import plain_content
from .checklist_results import parse_checklist
from .checklist_syntax import ANY_OPEN_RE, STRAY_FIX, ChecklistError, find_blocks
from .errors import AuthorError, record
from .hyphenation import soft_hyphens
from .settings import register_defaults, register_jinja

logger = logging.getLogger(__name__)

DEFAULTS = {
    "CHECKLIST_INSTRUCTIONS": (
        "Alle Fragen sind freiwillig: Wähle aus, was für Dich passt, und halte "
        "Deine Gedanken in den Notizfeldern fest."
    ),
    "CHECKLIST_PRIVACY_NOTE": (
        "Deine Antworten bleiben in Deinem Browser und werden nie an einen Server "
        "gesendet."
    ),
    # Shown once the script runs: without it, nothing is saved.
    "CHECKLIST_AUTOSAVE_NOTE": (
        "Während Du schreibst, wird alles automatisch gespeichert; einen "
        "Speichern-Knopf gibt es nicht."
    ),
    "CHECKLIST_NOTES_LABEL": "Notizen",
    "CHECKLIST_ANSWER_LABEL": "Deine Antwort",
    "CHECKLIST_OTHER_LABEL": "eigene Angabe",
    # The last choice of every single-choice question: a chosen answer can be
    # taken back (an author may name it with "(-) …").
    "CHECKLIST_NONE_LABEL": "Keine Antwort",
    "CHECKLIST_FEED_LINK_TEXT": "Checkliste auf der Website ausfüllen",
    # The results as a plain list: without JavaScript, in feeds and summaries.
    "CHECKLIST_RESULTS_HEADING": "Welche Netzwerke zu welchen Antworten passen",
    # The controls the script brings to life: written by the build, hidden until
    # the script runs (so without it there are no buttons that do nothing).
    "CHECKLIST_SCRIPT_LABELS": {
        "fit": "Was zu Dir passt",
        "copy": "Als Text kopieren",
        "download": "Als Textdatei herunterladen",
        "print": "Mit Antworten drucken",
        "printBlank": "Leere Vorlage drucken",
        "share": "Link zu Deinen Antworten kopieren",
        "load": "Antworten aus Datei laden",
        "forget": "Antworten löschen",
        "history": "Gespeicherte Stände",
        "snapshot": "Stand speichern",
        "noSnapshots": "Ein Stand hält Deine Antworten mit Datum fest.",
        "output": "Zum Kopieren",
    },
    # What the script tells the reader, written into the page as JSON (the words
    # stay out of the script, as GOV.UK Frontend's components take theirs from
    # data attributes). %{name} is filled in; a message with ".one" and
    # ".other" forms is chosen by %{count}. No-break spaces keep "noch offen"
    # and "2 von 5" on one line.
    "CHECKLIST_MESSAGES": {
        "saved": "In diesem Browser gespeichert.",
        "restored": "Gespeicherte Antworten geladen.",
        "noStorage": "Speichern geht in diesem Browser nicht: Kopiere Deine Antworten "
        "oder lade sie herunter, bevor Du die Seite schließt.",
        "storageFull": "Der Browserspeicher ist voll, Deine letzte Änderung ist nicht "
        "gespeichert. Kopiere Deine Antworten oder lade sie herunter, bevor Du die "
        "Seite schließt.",
        "corrupt": "Gespeicherte Antworten waren beschädigt und sind gelöscht.",
        "migrated": "Antworten aus einer früheren Fassung übernommen.",
        "dropped.one": "Eine passte nicht mehr und wurde verworfen.",
        "dropped.other": "%{count} passten nicht mehr und wurden verworfen.",
        "forgetAsk": "Alle Antworten löschen? Das lässt sich nicht rückgängig machen; "
        "gespeicherte Stände bleiben.",
        "forgetYes": "Ja, alle löschen",
        "kept": "Nichts geändert.",
        "cancel": "Abbrechen",
        "forgotten": "Deine Antworten wurden gelöscht.",
        "open": "noch\u00a0offen",
        "change": "Ändern",
        "openCount": "Noch\u00a0offen: %{count}\u00a0von %{all}\u00a0Fragen.",
        "allAnswered": "Alle %{all}\u00a0Fragen beantwortet.",
        "notes": "Notizen",
        "copied": "In die Zwischenablage kopiert.",
        "manual": "Kopieren ging nicht: Der Text steht markiert im Feld „Zum "
        "Kopieren“; kopiere ihn mit Strg+C (Mac: ⌘+C).",
        "downloaded": "Die Datei wird heruntergeladen.",
        "answer": "Antwort",
        "date": "Stand",
        "page": "Seite",
        # The downloaded file ends with the answers as data, read back by "load".
        "data": "Daten für „Antworten aus Datei laden“:",
        "loadAsk": "Deine Antworten durch die aus der Datei ersetzen?",
        "replaceYes": "Ja, ersetzen",
        "loaded": "Antworten vom %{time} geladen.",
        "loadBroken": "Die Datei ist beschädigt; nichts geändert.",
        "loadOther": "Die Datei ist keine Antwortdatei dieser Checkliste; nichts "
        "geändert.",
        "fitMissing.one": "Für einen Vorschlag fehlt noch eine Antwort, etwa auf "
        "„%{question}“.",
        "fitMissing.other": "Für einen Vorschlag fehlen noch %{count}\u00a0Antworten, "
        "etwa auf „%{question}“.",
        "fitNone": "Zu Deinen Antworten passt bisher keiner der Vorschläge.",
        "because": "Weil Du %{answers} gewählt hast.",
        "against.one": "Dagegen spricht %{answers}.",
        "against.other": "Dagegen sprechen %{answers}.",
        "more": "Noch mehr spräche dafür: %{answers}.",
        "snapshotSaved": "Stand vom %{time} gespeichert.",
        "snapshotLabel": "Stand vom %{time}",
        "compare": "Vergleichen",
        "remove": "Löschen",
        "removed": "Stand vom %{time} gelöscht.",
        "compared": "Geändert seit dem Stand vom %{time}:",
        "unchanged": "Nichts geändert seit dem Stand vom %{time}.",
        "before": "vorher",
        "now": "jetzt",
        "shared": "Link kopiert. Wer ihn öffnet, sieht Deine Antworten.",
        "shareAsk": "Deine gespeicherten Antworten durch die aus dem Link ersetzen?",
        "shareApplied": "Antworten aus dem Link übernommen und auf diesem Gerät "
        "gespeichert.",
        "undo": "Rückgängig machen",
        "undone": "Rückgängig gemacht.",
        "keep": "Behalten",
        "shareBroken": "Der Link ist unvollständig oder beschädigt.",
        "synced": "Änderungen aus einem anderen Fenster übernommen.",
        "full": "Dieses Feld ist voll: Es fasst höchstens %{max} Zeichen.",
        "linkTooLong": "Der Link wäre %{length} Zeichen lang, mehr als die %{max}, die "
        "Messenger und E-Mail-Programme sicher weitergeben. Lade Deine Antworten "
        "stattdessen herunter.",
    },
    # About eight printed pages: a long note is normal for a worksheet.
    "CHECKLIST_MAX_LENGTH": 20000,
}

# Author text is set as element text and later runs through Markdown's inline
# patterns, which would pass raw HTML through. A stand-in keeps "<" away from
# those patterns; the restore step puts it back as plain text, which the
# serializer escapes. Emphasis, code and entities work as elsewhere in Markdown.
PROTECT = str.maketrans({"<": "\ue000"})
RESTORE = str.maketrans({"\ue000": "<"})
PLACEHOLDER = "\u0002checklist:{}\u0003"
CODE_RE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)


def element_id(checklist, *path, role=None):
    """A page-unique id that no author id can take.

    ``cl-<checklist>__<question>__<option>``, then ``_<role>`` for what the
    renderer adds (``_titel``, ``_notizen``, ``_antwort``, ``_text``) and the
    script adds (``_ausgabe``). Author ids are ``[a-z0-9-]``, never empty: an
    underscore only ever separates, ``__`` before an author's id and a single
    ``_`` before a role, so two different paths or roles never give one id.
    """
    base = "__".join(["cl-" + checklist.id, *path])
    return f"{base}_{role}" if role else base


def control_name(question, role=None, option=None):
    """The name of a control, which is also the key of its saved answer.

    ``ort`` (the choice, or the only text field), ``ort.notizen``,
    ``ort.antwort`` (a text field beside choices), ``ort.<option>.text`` (an
    "other" choice's text). The number of dots tells the kinds apart, and
    author ids never contain a dot, so no two controls share a name.
    """
    if option is not None:
        return f"{question.id}.{option.id}.text"
    return f"{question.id}.{role}" if role else question.id


class ChecklistPreprocessor(Preprocessor):
    """Find checklist blocks while line numbers are still those of the file."""

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
        output, previous = [], 0
        for start, end in blocks:
            checklist = parse_checklist(lines[start : end + 1], start + 1)
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


def add(parent, tag, css_class=None, text=None, **attributes):
    """A new element under PARENT; ``aria_label`` sets ``aria-label``."""
    element = etree.SubElement(parent, tag)
    if css_class:
        element.set("class", css_class)
    for name, value in attributes.items():
        element.set(name.rstrip("_").replace("_", "-"), value)
    if text is not None:
        element.text = text
    return element


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
        form.set("aria-labelledby", element_id(checklist, role="titel"))
        heading = etree.SubElement(form, "h2")
        heading.set("id", element_id(checklist, role="titel"))
        heading.text = checklist.title.translate(PROTECT)
        intro = etree.SubElement(form, "p")
        intro.set("class", "checklist-intro")
        intro.text = f"{config['instructions']} {config['privacy_note']}"
        autosave = etree.SubElement(form, "p")
        autosave.set("class", "checklist-autosave")
        autosave.set("hidden", "hidden")
        autosave.text = config["autosave_note"]
        for question in checklist.questions:
            self.render_question(form, checklist, question)
        if checklist.results:
            self.render_results(form, checklist)
        self.render_script_controls(form, checklist)

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
        if question.choice == "radio":
            self.render_none(fieldset, checklist, question)
        if question.text_field:
            label = question.text_label or self.config["answer_label"]
            self.render_text(
                fieldset,
                element_id(checklist, question.id, role="antwort"),
                control_name(question, "antwort" if question.choice else None),
                label.translate(PROTECT),
                long=question.text_field == "long",
            )
        if question.notes:
            self.render_text(
                fieldset,
                element_id(checklist, question.id, role="notizen"),
                control_name(question, "notizen"),
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
            other_label.set(
                "for", element_id(checklist, question.id, option.id, role="text")
            )
            other_label.set("class", "visually-hidden")
            other_label.text = (
                f"{option.text.rstrip(':')}: {self.config['other_label']}".translate(
                    PROTECT
                )
            )
            other = etree.SubElement(wrapper, "input")
            other.set("type", "text")
            other.set("id", element_id(checklist, question.id, option.id, role="text"))
            other.set("name", control_name(question, option=option))
            other.set("class", "checklist-other")
            other.set("maxlength", str(self.config["max_length"]))
        for followup in option.followups:
            self.render_question(
                wrapper, checklist, followup, followup_of=f"{question.id}={option.id}"
            )

    def render_none(self, fieldset, checklist, question):
        """The way back to no answer: a radio button with an empty value, which
        the script never saves (GOV.UK's "none" option, set apart by a gap)."""
        control_id = element_id(checklist, question.id, role="keine")
        wrapper = etree.SubElement(fieldset, "div")
        wrapper.set("class", "checklist-option checklist-none")
        control = etree.SubElement(wrapper, "input")
        control.set("type", "radio")
        control.set("id", control_id)
        control.set("name", question.id)
        control.set("value", "")
        label = etree.SubElement(wrapper, "label")
        label.set("for", control_id)
        label.text = (question.none_label or self.config["none_label"]).translate(
            PROTECT
        )

    def render_results(self, form, checklist):
        """Each result with the answers for and against it, as a plain list.

        The script reads the answers from ``data-for`` and ``data-against``
        (``question=option``, separated by spaces) and shows what fits best.
        """
        heading_id = element_id(checklist, role="ergebnisse")
        section = etree.SubElement(form, "section")
        section.set("class", "checklist-results")
        section.set("aria-labelledby", heading_id)
        heading = etree.SubElement(section, "h3")
        heading.set("id", heading_id)
        heading.text = self.config["results_heading"]
        listing = etree.SubElement(section, "ul")
        options = {
            f"{question.id}={option.id}": option.text
            for question in checklist.all_questions()
            for option in question.options
        }
        for result in checklist.results:
            item = etree.SubElement(listing, "li")
            item.set("data-for", " ".join(map(str, result.speaks_for)))
            if result.speaks_against:
                item.set("data-against", " ".join(map(str, result.speaks_against)))
            title = etree.SubElement(item, "h4")
            title.text = result.title.translate(PROTECT)
            text = etree.SubElement(item, "p")
            text.text = " ".join(result.text).translate(PROTECT)
            # Last in the item: the script puts the reasons in its place.
            answers = etree.SubElement(item, "p")
            sides = (("Dafür", result.speaks_for), ("Dagegen", result.speaks_against))
            answers.text = " ".join(
                f"{label}: {', '.join(f'„{options[str(a)]}“' for a in side)}."
                for label, side in sides
                if side
            ).translate(PROTECT)

    def render_script_controls(self, form, checklist):
        """What the script fills in and brings to life, hidden until it runs:
        what fits, the summary, the tools (the destructive one last), a place
        for questions asked in the page, the snapshots, a field to copy from
        where the clipboard cannot be used, and the status line."""
        labels = self.config["script_labels"]
        wrapper = add(form, "div", "checklist-enhanced", hidden="hidden")
        wrapper.set(
            "data-messages",
            json.dumps(
                self.config["messages"],
                ensure_ascii=False,
                sort_keys=True,
                separators=(",", ":"),
            ),
        )
        if checklist.results:
            heading_id = element_id(checklist, role="passt")
            fit = add(wrapper, "section", "checklist-fit", aria_labelledby=heading_id)
            add(fit, "h3", text=labels["fit"], id=heading_id)
            add(fit, "div", "checklist-fit-body", aria_live="polite")
        summary = add(wrapper, "details", "checklist-summary")
        add(summary, "summary", text=checklist.title.translate(PROTECT))
        add(summary, "p")
        add(summary, "dl")
        tools = add(wrapper, "div", "checklist-tools")
        for action in ("copy", "download", "print", "printBlank", "share", "load"):
            add(tools, "button", text=labels[action], type="button", value=action)
        add(
            tools,
            "button",
            "checklist-warning",
            labels["forget"],
            type="button",
            value="forget",
        )
        add(tools, "input", type="file", accept=".txt,text/plain", hidden="hidden")
        # A question asked in the page, or a notice with a way back: the
        # script sets its words and moves it where it belongs (ask.js).
        question_id = element_id(checklist, role="frage")
        ask = add(
            wrapper,
            "div",
            "checklist-ask",
            role="group",
            hidden="hidden",
            aria_labelledby=question_id,
        )
        add(ask, "p", id=question_id, tabindex="-1")
        add(ask, "button", "checklist-warning", type="button", value="yes")
        add(ask, "button", type="button", value="no")
        history_id = element_id(checklist, role="staende")
        history = add(
            wrapper, "section", "checklist-history", aria_labelledby=history_id
        )
        add(history, "h3", text=labels["history"], id=history_id)
        add(history, "button", text=labels["snapshot"], type="button", value="snapshot")
        add(history, "p", text=labels["noSnapshots"])
        add(history, "ul")
        add(history, "div", "checklist-comparison", tabindex="-1")
        output_id = element_id(checklist, role="ausgabe")
        output = add(wrapper, "p", "checklist-output", hidden="hidden")
        add(output, "label", text=labels["output"], for_=output_id)
        area = add(output, "textarea", id=output_id, readonly="readonly", rows="3")
        area.text = ""
        add(wrapper, "p", "checklist-status", role="status")

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
        control.set("maxlength", str(self.config["max_length"]))


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
    """Soft hyphens in the long words of a checklist's narrowest boxes: the
    labels of choices and fields and the questions of follow-ups (see
    hyphenation.py). After inline parsing, so that code stays as written.
    A question's own text is left as written (it may quote a source word for
    word): its box is the widest."""

    VERBATIM = frozenset({"code", "kbd", "pre", "samp"})

    def run(self, root):
        for form in root.iter("form"):
            if form.get("class") != "checklist":
                continue
            narrow = [*form.iter("label")]
            for fieldset in form.iter("fieldset"):
                if "checklist-followup" in fieldset.get("class", ""):
                    narrow.append(fieldset.find("legend"))
            for box in narrow:
                self.hyphenate(box)

    def hyphenate(self, element):
        if element.text and element.tag not in self.VERBATIM:
            element.text = soft_hyphens(element.text)
        for child in element:
            self.hyphenate(child)
            if child.tail:
                child.tail = soft_hyphens(child.tail)


class StrayChecklistPostprocessor(Postprocessor):
    """Stop a checklist that Markdown did not see from showing as plain text.

    The preprocessor names the usual reasons (a quote, a list item, an unclosed
    code fence). Whatever else hides an opening line from the block parser (an
    HTML block, an indented list paragraph), it ends up here: as a leftover
    placeholder, or as "::: checklist" outside code.
    """

    def run(self, text):
        if "\u0002checklist:" in text:
            index = int(text.split("\u0002checklist:", 1)[1].split("\u0003", 1)[0])
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
    def __init__(self, **kwargs):
        self.config = {
            "instructions": [
                DEFAULTS["CHECKLIST_INSTRUCTIONS"],
                "Text before the first question",
            ],
            "privacy_note": [DEFAULTS["CHECKLIST_PRIVACY_NOTE"], "Where answers stay"],
            "autosave_note": [
                DEFAULTS["CHECKLIST_AUTOSAVE_NOTE"],
                "That answers are saved as they are written (shown with the script)",
            ],
            "notes_label": [DEFAULTS["CHECKLIST_NOTES_LABEL"], "Label of [Notizen]"],
            "answer_label": [
                DEFAULTS["CHECKLIST_ANSWER_LABEL"],
                "Label of a text field without a label of its own",
            ],
            "other_label": [
                DEFAULTS["CHECKLIST_OTHER_LABEL"],
                "Label suffix of an 'other' choice's text field",
            ],
            "none_label": [
                DEFAULTS["CHECKLIST_NONE_LABEL"],
                "The choice that takes a single choice's answer back",
            ],
            "script_labels": [
                DEFAULTS["CHECKLIST_SCRIPT_LABELS"],
                "The words of the controls the script brings to life",
            ],
            "messages": [
                DEFAULTS["CHECKLIST_MESSAGES"],
                "What the script tells the reader (JSON in the page)",
            ],
            "results_heading": [
                DEFAULTS["CHECKLIST_RESULTS_HEADING"],
                "Heading of the results as a plain list",
            ],
            "max_length": [
                DEFAULTS["CHECKLIST_MAX_LENGTH"],
                "Most characters a text field takes (maxlength); the script "
                "tells the reader when it is reached",
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
        md.treeprocessors.register(SoftHyphenTreeprocessor(md), "checklist-hyphens", 14)
        # Last of all postprocessors, after raw HTML is put back.
        md.postprocessors.register(StrayChecklistPostprocessor(md), "checklist", 0)

    def reset(self):
        self.md.checklists = []
        self.md.checklist_ids = {}
        self.md.checklist_candidates = []


def makeExtension(**kwargs):
    return ChecklistExtension(**kwargs)


# --- Pelican -------------------------------------------------------------------


def outline(checklists):
    """What the rest of the build needs of a text's CHECKLISTS: each one's id
    and line (for the site-wide checks), and each one's id, version and
    question ids, without lines, so that an edit above a checklist changes
    nothing on other pages (for the reader's progress in a series)."""
    places = [(checklist.id, checklist.line) for checklist in checklists]
    outlines = [
        {
            "id": checklist.id,
            "version": checklist.version,
            "questions": [question.id for question in checklist.questions],
        }
        for checklist in checklists
    ]
    return places, outlines


def add_extension(pelican):
    settings = pelican.settings
    extensions = settings["MARKDOWN"].setdefault("extensions", [])
    if not any(isinstance(e, ChecklistExtension) for e in extensions):
        extensions.append(
            ChecklistExtension(
                instructions=settings["CHECKLIST_INSTRUCTIONS"],
                privacy_note=settings["CHECKLIST_PRIVACY_NOTE"],
                autosave_note=settings["CHECKLIST_AUTOSAVE_NOTE"],
                notes_label=settings["CHECKLIST_NOTES_LABEL"],
                answer_label=settings["CHECKLIST_ANSWER_LABEL"],
                other_label=settings["CHECKLIST_OTHER_LABEL"],
                none_label=settings["CHECKLIST_NONE_LABEL"],
                max_length=settings["CHECKLIST_MAX_LENGTH"],
                results_heading=settings["CHECKLIST_RESULTS_HEADING"],
                script_labels=settings["CHECKLIST_SCRIPT_LABELS"],
                messages=settings["CHECKLIST_MESSAGES"],
            )
        )


def check_unique_ids(generator):
    """A checklist id names one checklist on the whole site.

    Answers are saved in the reader's browser under the checklist's id, so two
    pages with one id would share (and overwrite) each other's answers.
    """
    first = {}
    for content in generator.context["generated_content"].values():
        if content is None:
            continue
        for checklist_id, line in getattr(content, "checklists", ()):
            where = (content.source_path, line)
            if checklist_id not in first:
                first[checklist_id] = where
                continue
            path, first_line = first[checklist_id]
            record(
                AuthorError(
                    f"The checklist id {checklist_id!r} is also used in {path}, "
                    f"line {first_line}. Readers' answers are saved under the id, "
                    "so both pages would share and overwrite them.",
                    f"give this checklist an id of its own, e.g. '{checklist_id}-2'.",
                    *where,
                ),
                logger,
            )


def plain_summaries(generator):
    """Index pages show summaries: a checklist there is a list, not a form."""
    settings = generator.settings
    for article in generator.articles + generator.drafts:
        if "summary" in article.metadata or not has_checklist(article):
            continue
        plain = plain_content(
            article.content,
            f"{settings['SITEURL']}/{article.url}",
            settings["CHECKLIST_FEED_LINK_TEXT"],
        )
        summary = truncate_html_words(plain, settings["SUMMARY_MAX_LENGTH"])
        article.metadata["summary"] = article._summary = summary


def has_checklist(content):
    """Whether a page or article has a checklist (a Jinja test, too)."""
    return bool(getattr(content, "checklists", None))


def plain_feed(context, feed):
    """Feed readers get a numbered list and a link, never form controls."""
    link_text = context["CHECKLIST_FEED_LINK_TEXT"]
    for item in feed.items:
        for key in ("content", "description"):
            if item.get(key) and 'class="checklist"' in item[key]:
                item[key] = plain_content(item[key], item["link"], link_text)


def register():
    register_defaults(DEFAULTS)
    register_jinja(tests={"with_checklist": has_checklist})
    signals.initialized.connect(add_extension)
    signals.article_generator_finalized.connect(plain_summaries)
    signals.page_generator_finalized.connect(check_unique_ids)
    signals.feed_generated.connect(plain_feed)
