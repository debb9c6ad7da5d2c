"""Checklists in Markdown, rendered as accessible forms that readers fill in
their browser: saved on their device, summarised, exported, printed and
shared, never sent anywhere.

A Pelican plugin (``PLUGINS = ["checklist"]``). Its Python-Markdown extension
(``extension.ChecklistExtension``) needs no Pelican build. Importing the
package connects nothing; Pelican calls :func:`register`.
"""

__version__ = "1.0.0"


def register() -> None:
    from pelican.plugins import author_report

    from . import checklist, theme, worksheet

    author_report.register()  # first: the report collects from the start
    checklist.register()  # first of the checklist: the settings in its locale
    worksheet.register()
    theme.register()
