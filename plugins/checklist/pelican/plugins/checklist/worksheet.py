"""A blank worksheet for every checklist: a page of its own, to print and fill
in by hand. It needs no JavaScript and no ``window.print()`` that waits until
the paper is made (phone browsers return at once): the page is blank to begin
with, so there is nothing to put back after printing.

The page is written at ``CHECKLIST_WORKSHEET_SAVE_AS`` for each checklist of
every article and page, from the form's own markup (plain.py): each
question with its options as boxes to tick (circles for one answer, squares
for several), its follow-ups under their option, and ruled lines for each
text field. The form links to it: the link the renderer wrote gets the page's
address, relative to the form's page, as the content is read.
"""

import logging
import posixpath
import re
import xml.etree.ElementTree as etree

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator
from pelican.plugins.author_report.compat import body_html, set_body_html
from pelican.plugins.author_report.errors import AuthorError
from pelican.plugins.author_report.report import record

from .plain import FORM_RE, read_form
from .render import WORKSHEET_HREF

logger = logging.getLogger(__name__)

DEFAULTS = {
    "CHECKLIST_WORKSHEET_URL": "vorlage/{id}/",
    # "" writes no worksheets, and the forms do not link to one.
    "CHECKLIST_WORKSHEET_SAVE_AS": "vorlage/{id}/index.html",
    # What to tick, under each question with choices.
    "CHECKLIST_WORKSHEET_HINTS": {
        "radio": "Kreuze eine Antwort an.",
        "checkbox": "Kreuze alle Antworten an, die passen.",
    },
    # The words of the plugin's own worksheet template (a theme may have its own).
    "CHECKLIST_WORKSHEET_WORDS": {
        "kind": "Leere Checkliste zum Ausdrucken",
        "source": "Aus",
        "howto": "Drucke diese Seite über das Menü Deines Browsers und fülle sie "
        "mit dem Stift aus. Im Beitrag kannst Du die Checkliste auch am Bildschirm "
        "ausfüllen; dort bleiben Deine Antworten in Deinem Browser gespeichert.",
        "date": "Datum",
    },
}
# Ruled lines to write on: a short field and a long one.
LINES = {False: 1, True: 3}
# Runs of ordinary white space, not the no-break spaces the build set.
SPACES_RE = re.compile(r"[ \t\r\n]+")


def collapse_spaces(text):
    """TEXT with runs of ordinary white space as one space; the no-break
    spaces and soft hyphens the build set stay (the worksheet is printed).
    Not plain.plain_words, which takes those out for plain text."""
    return SPACES_RE.sub(" ", text).strip()


PAPER_RE = re.compile(
    r'<p class="checklist-paper"><a href="'
    + re.escape(WORKSHEET_HREF)
    + r'(?P<id>[^"]*)">.*?</p>',
    re.S,
)


def check_settings(pelican):
    """The worksheet's settings as the plugin can use them; each one it cannot
    is named with its fix (and its default used, to find more)."""
    settings = pelican.settings
    for name in ("CHECKLIST_WORKSHEET_URL", "CHECKLIST_WORKSHEET_SAVE_AS"):
        value = settings[name]
        if isinstance(value, str) and (value == "" or _only_id(value)):
            continue
        fix = f"write an address with {{id}} in it, e.g. {DEFAULTS[name]!r}."
        record(AuthorError(f"The setting {name} is {value!r}.", fix), logger)
        settings[name] = DEFAULTS[name]
    hints = settings["CHECKLIST_WORKSHEET_HINTS"]
    if not isinstance(hints, dict) or not all(
        key in ("radio", "checkbox") and isinstance(text, str)
        for key, text in hints.items()
    ):
        problem = f"The setting CHECKLIST_WORKSHEET_HINTS is {hints!r}."
        fix = "give a dict with a text for 'radio' and one for 'checkbox'."
        record(AuthorError(problem, fix), logger)
        settings["CHECKLIST_WORKSHEET_HINTS"] = DEFAULTS["CHECKLIST_WORKSHEET_HINTS"]


def _only_id(pattern):
    """Whether PATTERN names the checklist's {id}, and nothing else to fill in."""
    try:
        return "{id}" in pattern and pattern.format(id="x") != pattern
    except (KeyError, IndexError, ValueError):
        return False


def link_worksheets(content):
    """Point the form's link to its worksheet, or drop it where none is written."""
    html = body_html(content)
    if not html or WORKSHEET_HREF not in html:
        return
    settings = content.settings
    url = settings["CHECKLIST_WORKSHEET_URL"]

    def address(match):
        if not settings["CHECKLIST_WORKSHEET_SAVE_AS"]:
            return ""
        target = url.format(id=match.group("id"))
        here = posixpath.dirname(content.url) or "."
        relative = posixpath.relpath(target, here) + (
            "/" if target.endswith("/") else ""
        )
        return match.group(0).replace(WORKSHEET_HREF + match.group("id"), relative, 1)

    set_body_html(content, PAPER_RE.sub(address, html))


class Worksheet:
    """One checklist's blank worksheet: what the template ``worksheet`` shows."""

    def __init__(self, form_html, content, settings):
        reader = read_form(form_html)
        self.id = reader.form_id.removeprefix("cl-")
        self.title = Markup.escape(collapse_spaces(reader.title))
        self.content = content  # the article or page the checklist is in
        self.anchor = reader.form_id
        self.url = settings["CHECKLIST_WORKSHEET_URL"].format(id=self.id)
        self.save_as = settings["CHECKLIST_WORKSHEET_SAVE_AS"].format(id=self.id)
        self.hints = settings["CHECKLIST_WORKSHEET_HINTS"]
        numbered = etree.Element("ol", {"class": "worksheet-questions"})
        for question in reader.questions:
            self._question(etree.SubElement(numbered, "li"), question, "h2")
        self.body = Markup(etree.tostring(numbered, encoding="unicode", method="html"))

    def _question(self, parent, question, heading):
        etree.SubElement(parent, heading).text = collapse_spaces(question["text"])
        if question["options"]:
            hint = self.hints.get(question["choice"])
            if hint:
                etree.SubElement(parent, "p", {"class": "worksheet-hint"}).text = hint
            kind = "worksheet-options worksheet-" + question["choice"]
            options = etree.SubElement(parent, "ul", {"class": kind})
            for option in question["options"]:
                item = etree.SubElement(options, "li")
                item.text = collapse_spaces(option["text"])
                if option["other"]:
                    etree.SubElement(item, "span", {"class": "worksheet-blank"})
                for followup in option["followups"]:
                    box = etree.SubElement(item, "div", {"class": "worksheet-followup"})
                    self._question(box, followup, "h3")
        for field in question["fields"]:
            box = etree.SubElement(parent, "div", {"class": "worksheet-field"})
            etree.SubElement(box, "p").text = collapse_spaces(field["text"])
            lines = etree.SubElement(box, "div", {"class": "worksheet-lines"})
            for _ in range(LINES[field["long"]]):
                etree.SubElement(lines, "span").text = ""


def worksheets(context, settings):
    """Every checklist's worksheet, in the order of the pages they are in."""
    for content in context["generated_content"].values():
        if content is None or not getattr(content, "checklists", None):
            continue
        for form in FORM_RE.findall(body_html(content)):
            yield Worksheet(form, content, settings)


class WorksheetGenerator(Generator):
    """Write each checklist's blank worksheet with the theme's ``worksheet``."""

    def generate_output(self, writer):
        if not self.settings["CHECKLIST_WORKSHEET_SAVE_AS"]:
            return
        template = self.get_template("worksheet")
        for worksheet in worksheets(self.context, self.settings):
            writer.write_file(
                worksheet.save_as,
                template,
                self.context,
                worksheet=worksheet,
                page_name="worksheet",
                url=worksheet.url,
                relative_urls=self.settings["RELATIVE_URLS"],
            )


def get_generators(pelican):
    return WorksheetGenerator


def register():
    signals.initialized.connect(check_settings)
    signals.content_object_init.connect(link_worksheets)
    signals.get_generators.connect(get_generators)
