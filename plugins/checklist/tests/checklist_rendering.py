"""Markdown in, HTML out, through the checklist's extension alone (no Pelican):
the one helper of the plugin's tests that render checklists. Markdown writes
every end tag and quotes every attribute, so the HTML it gives is read as
written."""

import re
import textwrap

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from pelican.plugins.checklist.extension import ChecklistExtension


class WithoutScriptControls(Extension):
    """Takes the controls the script brings to life out of every form (they
    are the same after every checklist)."""

    def extendMarkdown(self, md):
        md.treeprocessors.register(_DropScriptControls(md), "no-script-controls", 1)


class _DropScriptControls(Treeprocessor):
    def run(self, root):
        for form in root.iter("form"):
            for element in form.findall("div[@class='checklist-enhanced']"):
                form.remove(element)
            for element in form.findall("p[@class='checklist-paper']"):
                form.remove(element)


def render(source, *extensions, controls=True):
    """SOURCE (dedented) as HTML, with the checklist extension and EXTENSIONS;
    without the script's controls unless CONTROLS."""
    extensions = [ChecklistExtension(), *extensions]
    if not controls:
        extensions.append(WithoutScriptControls())
    md = markdown.Markdown(extensions=extensions, output_format="html5")
    return md.convert(textwrap.dedent(source).strip("\n"))


RESULTS_RE = re.compile(
    r'<section\b[^>]*\bclass="checklist-results".*?</section>', re.S
)


def results_section(html):
    """The outer HTML of the one results section in HTML, or None."""
    found = RESULTS_RE.findall(html)
    assert len(found) <= 1, f"{len(found)} results sections in one form"
    return found[0] if found else None
