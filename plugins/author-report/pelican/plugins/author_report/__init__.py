"""Every mistake of an author at once, each naming the file, the line and the
fix; and the build stopped without a traceback.

A Pelican plugin (``PLUGINS = ["author_report"]``), and the shared layer of
the checklist and the series plugins, which register it themselves:

- ``errors``: :class:`AuthorError`, the one error type for an author's mistake;
- ``report``: the build report that lists every mistake and stops the build;
- ``settings``: how a plugin declares its defaults and its Jinja filters;
- ``sources``: an author's files (UTF-8 with the line of a bad byte, slugs);
- ``text``: HTML as the text a reader reads;
- ``compat``: every use of a private part of Pelican, typogrify or Pyphen.

Importing the package connects nothing; Pelican calls :func:`register`.
"""

__version__ = "1.0.0"


def register() -> None:
    from .report import register as start_reporting

    start_reporting()
