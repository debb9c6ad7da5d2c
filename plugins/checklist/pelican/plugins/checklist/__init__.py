"""Checklists in Markdown, rendered as accessible forms that readers fill in
their browser: saved on their device, summarised, exported, printed and
shared, never sent anywhere.

A Pelican plugin (``PLUGINS = ["checklist"]``). Its Python-Markdown extension
(``extension.ChecklistExtension``) needs no Pelican build. Importing the
package connects nothing; Pelican calls :func:`register`.
"""

__version__ = "1.0.0"


def shown_texts(localcontext: dict) -> list:
    """The texts a page rendered with LOCALCONTEXT shows besides its own, for
    a live preview that writes again only the pages an edit changes: a blank
    worksheet shows its checklist's text."""
    worksheet = localcontext.get("worksheet")
    return [worksheet.content] if worksheet is not None else []


def register() -> None:
    from pelican.plugins import author_report

    from . import checklist, theme, worksheet

    author_report.register()  # first: the report collects from the start
    checklist.register()  # first of the checklist: the settings in its locale
    worksheet.register()
    theme.register()
