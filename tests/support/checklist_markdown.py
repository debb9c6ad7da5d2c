"""Markdown in, HTML out, through the checklist's extension alone (no Pelican):
the one helper of the unit tests that render checklists."""

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
