"""Links between texts that lead nowhere are an author's mistake with a file
and a line.

An author links another text or a file of the site by its source path:
``[Teil III]({filename}networking-teil-3.md)``, ``{static}``, ``{attach}``.
Pelican replaces such a link while it writes the page, and where the file is
not there it only warns "Unable to find 'networking-teil-9.md'", naming
neither the text that holds the link nor its line, and leaves a link that
leads nowhere. Once every text of the build is read (``all_generators_finalized``,
before anything is written), this checks each such link the way Pelican will
resolve it and reports each one that finds nothing, in the text that holds it,
at the line it stands on, with the file probably meant. A text that was
renamed is so found in every text that still links it by its old name.
"""

import difflib
import logging
import os
from html import unescape
from urllib.parse import unquote, urlparse

from pelican import signals
from pelican.plugins.author_report.compat import body_html, intrasite_link_pattern
from pelican.plugins.author_report.errors import AuthorError, readable_path
from pelican.plugins.author_report.report import record

logger = logging.getLogger(__name__)

KINDS = {"filename": "generated_content", "static": "static_content",
         "attach": "static_content"}  # fmt: skip


def _candidates(content, path):
    """The keys of Pelican's context that PATH, written in CONTENT, may name:
    as written, unquoted, HTML-unescaped; from the content folder with a
    leading slash, else from CONTENT's folder."""
    for variant in (path, unquote(path), urlparse(unescape(path)).path):
        if variant.startswith("/"):
            yield variant[1:]
        else:
            yield content.get_relative_source_path(
                os.path.join(content.relative_dir, variant)
            )


def _on_disk(content, key):
    """Whether KEY, a path in the content folder, is a file there. Pelican adds
    a file linked with {static} to the static files whether it exists or not
    (and then fails to read its date)."""
    return os.path.exists(os.path.join(content.settings["PATH"], key))


def _resolves(content, kind, path, context):
    keys = [KINDS[kind]] + (["static_content"] if kind == "filename" else [])
    return any(
        candidate in context[key]
        and (key != "static_content" or _on_disk(content, candidate))
        for key in keys
        for candidate in _candidates(content, path)
    )


def _line(content, written):
    """The line of CONTENT's source that holds the link WRITTEN, or None."""
    try:
        with open(content.source_path, encoding="utf-8") as source:
            for number, line in enumerate(source, 1):
                if written in line:
                    return number
    except (OSError, UnicodeDecodeError):
        return None
    return None


def broken_links(content, context):
    """(kind, path as written) of each intrasite link in CONTENT that finds no file."""
    # Pelican's own pattern for these links; the HTML before it replaced them.
    pattern = intrasite_link_pattern(content)
    for match in pattern.finditer(body_html(content)):
        kind = match.group("what")
        path = urlparse(match.group("value")).path
        if kind in KINDS and path and not _resolves(content, kind, path, context):
            yield kind, match.group("value")


def check_links(generators):
    context = generators[0].context
    seen = set()
    for content in context.get("generated_content", {}).values():
        if content is None or id(content) in seen:  # None: a text not read
            continue
        seen.add(id(content))
        for kind, written in broken_links(content, context):
            target = urlparse(written).path
            known = [k for k in context[KINDS[kind]] if k and _on_disk(content, k)]
            close = difflib.get_close_matches(target.lstrip("/"), known, n=1)
            meant = f"did you mean {close[0]!r}? " if close else ""
            record(
                AuthorError(
                    f"The link {{{kind}}}{written} finds no file in the content "
                    "folder, so it would lead nowhere.",
                    f"{meant}name the file's path relative to this text (or from "
                    "the content folder, starting with /); a text that was "
                    "renamed is linked by its new name.",
                    readable_path(content.source_path, content.settings),
                    _line(content, f"{{{kind}}}{written}"),
                ),
                logger,
            )


def register():
    signals.all_generators_finalized.connect(check_links)
