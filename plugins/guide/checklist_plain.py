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

from .hyphenation import without_soft_hyphens

FORM_RE = re.compile(r'<form\b[^>]*\bclass="checklist"[^>]*>.*?</form>', re.S)
RESULTS_RE = re.compile(
    r'<section\b[^>]*\bclass="checklist-results".*?</section>', re.S
)
# What follows the questions in a form: the results and the script's controls.
AFTER_QUESTIONS_RE = re.compile(
    r'<(?:section|div)\b[^>]*\bclass="checklist-(?:results|enhanced)"'
)


class _FormReader(HTMLParser):
    """Collect title, questions, options and follow-ups from one checklist form."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.form_id = None
        self.title = ""
        self.questions = []  # each: {"text": str, "options": [...]}
        self.stack = []  # the questions of the fieldsets we are inside
        self.choice_ids = set()
        self.capture = None  # ("title" | "legend" | "option", target dict)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.form_id = attrs.get("id")
        elif tag == "h2" and not self.stack:
            self.capture = ("title", None)
        elif tag == "fieldset":
            question = {"text": "", "options": []}
            if self.stack and self.stack[-1]["options"]:
                self.stack[-1]["options"][-1]["followups"].append(question)
            elif not self.stack:
                self.questions.append(question)
            self.stack.append(question)
        elif tag == "legend" and self.stack:
            self.capture = ("legend", self.stack[-1])
        elif tag == "input" and attrs.get("type") in ("radio", "checkbox"):
            if attrs.get("value"):  # not the way back to no answer
                self.choice_ids.add(attrs.get("id"))
        elif tag == "label" and attrs.get("for") in self.choice_ids and self.stack:
            option = {"text": "", "followups": []}
            self.stack[-1]["options"].append(option)
            self.capture = ("option", option)

    def handle_endtag(self, tag):
        if tag == "fieldset" and self.stack:
            self.stack.pop()
        elif tag in ("h2", "legend", "label"):
            self.capture = None

    def handle_data(self, data):
        if not self.capture:
            return
        kind, target = self.capture
        if kind == "title":
            self.title += data
        else:
            target["text"] += data


def _tidy(text):
    return " ".join(without_soft_hyphens(text).replace("\xa0", " ").split())


def _add_questions(parent, questions):
    numbered = etree.SubElement(parent, "ol")
    for question in questions:
        item = etree.SubElement(numbered, "li")
        item.text = _tidy(question["text"])
        if question["options"]:
            options = etree.SubElement(item, "ul")
            for option in question["options"]:
                entry = etree.SubElement(options, "li")
                entry.text = _tidy(option["text"])
                if option["followups"]:
                    _add_questions(entry, option["followups"])


def plain_checklist(form_html, page_url, link_text):
    """Return the plain HTML that stands in for one checklist form.

    The results, if the checklist has any, are already a plain list in the
    form: they are kept as they are, links and emphasis included.
    """
    reader = _FormReader()
    after = AFTER_QUESTIONS_RE.search(form_html)
    reader.feed(form_html[: after.start()] if after else form_html)
    reader.close()
    title = etree.Element("p")
    strong = etree.SubElement(title, "strong")
    strong.text = _tidy(reader.title)
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
