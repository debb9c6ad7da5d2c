"""The author guide (docs/autorenleitfaden.md): its examples work as they stand."""

import markdown
from pelican.plugins.checklist.extension import ChecklistExtension

from tests.support.site import ROOT, element


def test_the_author_guides_example_of_results_works_as_it_stands():
    guide = (ROOT / "docs" / "autorenleitfaden.md").read_text(encoding="utf-8")
    start = guide.index("Zum Kopieren:\n\n```\n") + len("Zum Kopieren:\n\n```\n")
    example = guide[start : guide.index("\n```", start)]
    md = markdown.Markdown(extensions=[ChecklistExtension()], output_format="html5")
    section = element(md.convert(example), "section", class_="checklist-results")
    assert section.count("<h4>") == 2
    assert 'data-for="reichweite=lokal ort=offline"' in section
