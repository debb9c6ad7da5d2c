"""Render a checklist (its model from syntax) as an accessible form,
with ElementTree: fieldsets with legends, labelled controls, the results as a
plain list and the link to its blank worksheet (the controls the script brings
to life are controls'). Ids and names
follow one scheme that no author id can break (:func:`element_id`,
:func:`control_name`)."""

import json
import xml.etree.ElementTree as etree

# Author text is set as element text and later runs through Markdown's inline
# patterns, which would pass raw HTML through. A stand-in keeps "<" away from
# those patterns; the restore step (extension.py) puts it back as plain
# text, which the serializer escapes. Emphasis, code and entities work as
# elsewhere in Markdown.
PROTECT = str.maketrans({"<": "\ue000"})
RESTORE = str.maketrans({"\ue000": "<"})
# Where the link to a checklist's blank worksheet points until the Pelican
# glue knows the page's address (worksheet.py).
WORKSHEET_HREF = "{worksheet}"


def as_json(words):
    """WORDS as the script reads them: compact JSON, in a stable order."""
    return json.dumps(words, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


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


class FormRenderer:
    """Writes each checklist as a form; CONFIG holds the extension's options
    (options.py), STORAGE the locale's names of what the script saves
    (storage.py)."""

    def __init__(self, config, storage):
        self.config, self.storage = config, storage

    def render(self, parent, checklist):
        """The form of CHECKLIST under PARENT, without the controls the script
        brings to life (controls.py adds them); returns the form."""
        config = self.config
        form = etree.SubElement(parent, "form")
        form.set("class", "checklist")
        form.set("id", element_id(checklist))
        # method=dialog: outside a dialog, submitting does nothing, so pressing
        # Enter in a text field never sends the answers anywhere, with or
        # without JavaScript.
        form.set("method", "dialog")
        # The saved answers are the truth: a browser must not fill in field
        # values of before (Firefox on reload, WebKit on back and forward)
        # before the script has read what is saved.
        form.set("autocomplete", "off")
        form.set("data-checklist", checklist.id)
        form.set("data-checklist-version", str(checklist.version))
        # Where the script keeps the answers, in the locale's names (storage.py).
        form.set("data-checklist-answers", self.storage.answers_key(checklist.id))
        form.set("data-checklist-snapshots", self.storage.snapshots_key(checklist.id))
        form.set("data-checklist-link", self.storage.link)
        form.set("aria-labelledby", element_id(checklist, role="titel"))
        heading = etree.SubElement(form, "h2")
        heading.set("id", element_id(checklist, role="titel"))
        # What the form is, as the tables of contents and feeds call it; the
        # word the site's search finds it by.
        kind = add(heading, "span", "checklist-kind", config["kind_label"])
        kind.tail = checklist.title.translate(PROTECT)
        intro = etree.SubElement(form, "p")
        intro.set("class", "checklist-intro")
        intro.text = f"{config['instructions']} {config['privacy_note']}"
        # Whether answers are saved: without the script, no; the script puts
        # in the words for its saving.
        add(form, "p", "checklist-autosave", config["nojs_note"],
            data_with_script=config["autosave_note"])  # fmt: skip
        for question in checklist.questions:
            self.render_question(form, checklist, question)
        if checklist.results:
            self.render_results(form, checklist)
        # A blank worksheet to print, a page of its own (worksheet
        # puts in its address): with or without the script.
        paper = add(form, "p", "checklist-paper")
        add(
            paper,
            "a",
            text=config["worksheet_link"],
            href=WORKSHEET_HREF + checklist.id,
        )
        return form

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
        wrapper = render_choice(
            fieldset, control_id, question.choice, question.id, option.id, option.text
        )
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
        render_choice(
            fieldset,
            element_id(checklist, question.id, role="keine"),
            "radio",
            question.id,
            "",
            question.none_label or self.config["none_label"],
            "checklist-option checklist-none",
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
            for tag, parts in result.blocks():
                block = etree.SubElement(item, tag)
                if tag == "p":
                    block.text = parts[0].translate(PROTECT)
                for part in parts if tag != "p" else ():
                    etree.SubElement(block, "li").text = part.translate(PROTECT)
            # Last in the item: the script puts the reasons in its place.
            answers = etree.SubElement(item, "p")
            # In the words the script says its reasons with: "Dafür: %{answers}."
            words, (opening, closing) = self.config["messages"], self.config["quotes"]
            sides = (("because", result.speaks_for), ("against", result.speaks_against))
            answers.text = " ".join(
                words[key].replace(
                    "%{answers}",
                    ", ".join(f"{opening}{options[str(a)]}{closing}" for a in side),
                )
                for key, side in sides
                if side
            ).translate(PROTECT)

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


def render_choice(parent, control_id, kind, name, value, text, css_class=None):
    """One choice: its radio button or checkbox and its label, in a row that
    is the target to tap. Returns the row."""
    row = add(parent, "div", css_class or "checklist-option")
    add(row, "input", type=kind, id=control_id, name=name, value=value)
    add(row, "label", text=text.translate(PROTECT), for_=control_id)
    return row
