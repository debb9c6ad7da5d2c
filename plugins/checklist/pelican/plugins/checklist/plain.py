"""A checklist for places without forms: feeds and summaries on index pages.

Each ``<form class="checklist">`` that the Markdown extension wrote becomes a
numbered list of its questions with their options, and a link to the form on
the website. The list is read back from the form's own markup (legends and the
labels of choices), so it always matches what the page shows, and it is built
with ElementTree, so the text stays text.
"""

import functools
import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser

from pelican.plugins.author_report.text import without_soft_hyphens

FORM_RE = re.compile(r'<form\b[^>]*\bclass="checklist"[^>]*>.*?</form>', re.S)
RESULTS_RE = re.compile(
    r'<section\b[^>]*\bclass="checklist-results".*?</section>', re.S
)
# What follows the questions in a form: the results and the script's controls.
AFTER_QUESTIONS_RE = re.compile(
    r'<(?:section|div)\b[^>]*\bclass="checklist-(?:results|enhanced)"'
)


class FormReader(HTMLParser):
    """Collect title, questions, options, follow-ups and text fields from one
    checklist form."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.form_id = None
        self.title = ""  # as the page shows it
        self.kind = ""  # what the form is, before the title (visually hidden)
        # Each question: {"text", "choice" ("radio", "checkbox" or ""),
        # "options": [{"text", "other", "followups"}], "fields": [{"text", "long"}]}
        self.questions = []
        self.stack = []  # the questions of the fieldsets we are inside
        self.choice_ids = set()
        self.none_ids = set()
        self.capture = (
            None  # ("title" | "kind" | "legend" | "option" | "field", target)
        )
        self.field = None  # a text field's label, until its control comes

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        question = self.stack[-1] if self.stack else None
        if tag == "form":
            self.form_id = attrs.get("id")
        elif tag == "h2" and not self.stack:
            self.capture = ("title", None)
        elif tag == "span" and self.capture and self.capture[0] == "title":
            self.capture = ("kind", None)
        elif tag == "fieldset":
            self._start_question()
        elif tag == "legend" and question:
            self.capture = ("legend", question)
        elif tag == "input" and attrs.get("type") in ("radio", "checkbox"):
            if attrs.get("value"):  # not the way back to no answer
                self.choice_ids.add(attrs.get("id"))
                question["choice"] = attrs["type"]
            else:
                self.none_ids.add(attrs.get("id"))
        elif tag == "label" and question:
            self._start_label(attrs.get("for"), question)
        elif tag in ("input", "textarea") and question and self.field:
            if "checklist-other" in attrs.get("class", ""):
                question["options"][-1]["other"] = True
            else:
                question["fields"].append({**self.field, "long": tag == "textarea"})
            self.field = None

    def _start_question(self):
        question = {"text": "", "choice": "", "options": [], "fields": []}
        if self.stack and self.stack[-1]["options"]:
            self.stack[-1]["options"][-1]["followups"].append(question)
        elif not self.stack:
            self.questions.append(question)
        self.stack.append(question)

    def _start_label(self, for_id, question):
        if for_id in self.none_ids:
            return
        if for_id in self.choice_ids:
            option = {"text": "", "other": False, "followups": []}
            question["options"].append(option)
            self.capture = ("option", option)
        else:
            self.field = {"text": ""}
            self.capture = ("field", self.field)

    def handle_endtag(self, tag):
        if tag == "fieldset" and self.stack:
            self.stack.pop()
        elif tag == "span" and self.capture and self.capture[0] == "kind":
            self.capture = ("title", None)
        elif tag in ("h2", "legend", "label"):
            self.capture = None

    def handle_data(self, data):
        if not self.capture:
            return
        kind, target = self.capture
        if kind in ("title", "kind"):
            setattr(self, kind, getattr(self, kind) + data)
        else:
            target["text"] += data


# The worksheet and the plain list (feeds, summaries) each read every form;
# the reader is only read from, never changed.
@functools.lru_cache(maxsize=1024)
def read_form(form_html):
    """The FormReader of FORM_HTML's questions (what comes before the results
    and the script's controls)."""
    reader = FormReader()
    after = AFTER_QUESTIONS_RE.search(form_html)
    reader.feed(form_html[: after.start()] if after else form_html)
    reader.close()
    return reader


def plain_words(text):
    """TEXT as plain words: soft hyphens out, every space an ordinary one."""
    return " ".join(without_soft_hyphens(text).replace("\xa0", " ").split())


def _add_questions(parent, questions):
    numbered = etree.SubElement(parent, "ol")
    for question in questions:
        item = etree.SubElement(numbered, "li")
        item.text = plain_words(question["text"])
        if question["options"]:
            options = etree.SubElement(item, "ul")
            for option in question["options"]:
                entry = etree.SubElement(options, "li")
                entry.text = plain_words(option["text"])
                if option["followups"]:
                    _add_questions(entry, option["followups"])


def plain_checklist(form_html, page_url, link_text):
    """Return the plain HTML that stands in for one checklist form.

    The results, if the checklist has any, are already a plain list in the
    form: they are kept as they are, links and emphasis included.
    """
    reader = read_form(form_html)
    title = etree.Element("p")
    strong = etree.SubElement(title, "strong")
    strong.text = plain_words(reader.kind + reader.title)
    questions = etree.Element("div")
    _add_questions(questions, reader.questions)
    link_paragraph = etree.Element("p")
    link = etree.SubElement(link_paragraph, "a")
    link.set("href", f"{page_url}#{reader.form_id}")
    link.text = link_text
    results = RESULTS_RE.search(form_html)
    parts = [
        _html(title),
        *map(_html, questions),
        results.group(0) if results else "",
        _html(link_paragraph),
    ]
    return f'<div class="checklist-plain">{"".join(parts)}</div>'


def _html(element):
    return etree.tostring(element, encoding="unicode", method="html")


@functools.lru_cache(maxsize=1024)  # an article is in several feeds
def plain_content(html, page_url, link_text):
    """Replace every checklist form in HTML by its plain list and a link."""
    return FORM_RE.sub(
        lambda match: plain_checklist(match.group(0), page_url, link_text), html
    )
