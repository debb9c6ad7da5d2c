"""The Markdown reader: Pelican's, with every mistake in a file named and placed.

On top of Pelican's own reader it

- reports a file that is not UTF-8 with the line of the first bad byte (a UTF-8
  byte-order mark is fine);
- refuses metadata given twice (two ``Series:`` lines) instead of using one;
- reads dates strictly: ISO (``2010-03-05 09:00``) or German day first
  (``5.3.2010``), never a guessed order;
- checks a ``Slug`` before it becomes a file name, and a ``Lang`` code;
- escapes the title, which Pelican and typogrify treat as HTML, so that a
  ``<`` or ``&`` in it is text;
- keeps the metadata's line numbers (``source_lines``) for the checks that
  run later;
- warns, without stopping the build, about raw HTML that the site's strict
  Content-Security-Policy would block, or that loads from another host.

Every mistake of a file is raised together, as ``AuthorError``
(``pelican.plugins.author_report.errors``).
"""

import html
import logging
import re

from markdown import Markdown
from pelican import signals
from pelican.plugins.author_report.compat import (
    keep_meta_preprocessor,
    parse_metadata,
    prepare_reader,
)
from pelican.plugins.author_report.errors import (
    AuthorError,
    AuthorErrors,
    raise_all,
    readable_path,
)
from pelican.plugins.author_report.sources import (
    FENCE_RE,
    decode,
    slug_problem,
)
from pelican.readers import MarkdownReader
from pelican.utils import SafeDatetime, get_date

from .prereading import PREREADING

logger = logging.getLogger(__name__)

# Python-Markdown's meta extension: "Key: value", indented continuation lines.
META_RE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
META_MORE_RE = re.compile(r"^[ ]{4,}(?P<value>.*)")
META_FENCE_RE = re.compile(r"^(-{3}|\.{3})(\s.*)?$")

ISO_DATE_RE = re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?$"
)
GERMAN_DATE_RE = re.compile(
    r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?$"
)
DATE_FIX = "write it as 2010-03-05 or 05.03.2010 (day first), with 09:00 if wanted."

LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")

# Raw HTML that the strict policy (default-src 'self') blocks, or that would
# tell another host about the reader.
CODE_SPAN_RE = re.compile(r"(`+).+?\1")
BLOCKED_HINT_RE = re.compile(r"<|javascript:|!\[", re.I)
BLOCKED = [
    (re.compile(r"<script\b", re.I), "an inline <script> does not run"),
    (re.compile(r"<style\b", re.I), "a <style> element is ignored"),
    (re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I), "a style= attribute is ignored"),
    (re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I), "an on…= handler does not run"),
    (re.compile(r"javascript:", re.I), "a javascript: link does not run"),
    (
        re.compile(r"(?:\bsrc|\bsrcset|\bposter)\s*=\s*[\"']?(?:https?:)?//", re.I),
        "a resource from another host is blocked (and would tell it about the reader)",
    ),
    (
        re.compile(r"!\[[^\]]*\]\(\s*<?(?:https?:)?//", re.I),
        "an image from another host is blocked (and would tell it about the reader)",
    ),
]


def header_lines(lines):
    """``{key: [line numbers]}`` for the metadata at the top of a Markdown file."""
    found = {}
    start = 1 if lines and META_FENCE_RE.match(lines[0]) else 0
    for number, line in enumerate(lines[start:], start=start + 1):
        match = META_RE.match(line)
        if match:
            found.setdefault(match.group("key").lower(), []).append(number)
        elif (
            not line.strip()
            or META_FENCE_RE.match(line)
            or not META_MORE_RE.match(line)
        ):
            break
    return found


def parse_date(value):
    """A date as an author writes it: ISO, or German with the day first."""
    text = " ".join(str(value).replace("_", " ").split())
    german = GERMAN_DATE_RE.match(text)
    if german:
        parts = {k: int(v) for k, v in german.groupdict().items() if v is not None}
        try:
            return SafeDatetime(**parts)
        except ValueError:
            raise ValueError(f"{text!r} is not a valid date") from None
    if not ISO_DATE_RE.match(text):
        raise ValueError(f"{text!r} is not a date in a form read without guessing")
    return get_date(text)


def csp_warnings(numbered_lines):
    """``(number, what)`` for raw HTML that the strict policy blocks."""
    fence = None
    for number, line in numbered_lines:
        opener = FENCE_RE.match(line)
        if fence:
            if opener and opener.group("fence").startswith(fence):
                fence = None
            continue
        if opener:
            fence = opener.group("fence")
            continue
        if not BLOCKED_HINT_RE.search(line):
            continue  # most lines: no tag, no link, nothing to look at
        text = CODE_SPAN_RE.sub("", line)
        for pattern, what in BLOCKED:
            if pattern.search(text):
                yield number, what


def _warn_about_blocked_html(lines, keys, path):
    """Warn (without stopping the build) about raw HTML in the text and summary."""
    body = max(keys.values(), default=0)
    summary = keys.get("summary")
    scanned = [(summary, lines[summary - 1])] if summary else []
    scanned += list(enumerate(lines[body:], start=body + 1))
    for number, what in csp_warnings(scanned):
        logger.warning(
            "%s, line %s: raw HTML that the site's Content-Security-Policy blocks: "
            "%s on the published site. Fix: use Markdown, or the theme's stylesheet "
            "and scripts.",
            path,
            number,
            what,
            extra={"advisory": True},
        )


class GuideMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader that names file and line for every mistake."""

    def read(self, source_path):
        path = readable_path(source_path, self.settings)
        with open(source_path, "rb") as source:
            text = decode(source.read(), path)
        lines = text.splitlines()
        header = header_lines(lines)
        self._lines = {key: found[0] for key, found in header.items()}
        self._errors = [
            AuthorError(
                f"The metadata {key!r} is given {len(found)} times (lines "
                f"{', '.join(map(str, found))}).",
                "keep one line; a value with several parts (Tags) is written on "
                "one line, separated by commas.",
                path,
                found[1],
            )
            for key, found in header.items()
            if len(found) > 1
        ]
        try:
            content, metadata = self._read(source_path, path, text)
        finally:
            # Pelican also calls process_metadata between files: no stale state.
            errors, self._errors = self._errors, None
            keys, self._lines = self._lines, {}
        raise_all(errors)
        metadata["source_lines"] = keys
        _warn_about_blocked_html(lines, keys, path)
        return content, metadata

    def _markdown(self):
        """One Markdown instance for every file this reader reads, reset between
        files (as Python-Markdown intends), instead of one built per file."""
        md = getattr(self, "_shared_md", None)
        if md is None:
            md = self._shared_md = Markdown(**self.settings["MARKDOWN"])
            self._meta = md.preprocessors["meta"]
            return md
        md.reset()
        keep_meta_preprocessor(md, self._meta)
        return md

    def _convert(self, source_path, text):
        """What Pelican's MarkdownReader.read does, with the shared instance, or
        with the HTML a worker made (``prereading.py``)."""
        md = self._markdown()
        prepare_reader(self, md, source_path)
        done = PREREADING.take(source_path, text)
        if done is None:
            content = md.convert(text)
            meta = getattr(md, "Meta", None)
        else:
            content, meta = done
        # Pelican converts the summary with the same instance, which resets it.
        return content, parse_metadata(self, meta) if meta is not None else {}

    def _read(self, source_path, path, text):
        try:
            return self._convert(source_path, text)
        except (AuthorError, AuthorErrors) as error:
            found = error.errors if isinstance(error, AuthorErrors) else [error]
            for each in found:
                each.path = each.path or path
            raise_all([*self._errors, *found])
            raise

    def process_metadata(self, name, value):
        errors = getattr(self, "_errors", None)
        try:
            return self._process(name, value)
        except AuthorError as error:
            error.line = getattr(self, "_lines", {}).get(name)
            if errors is None:
                raise
            errors.append(error)
            return value

    def _process(self, name, value):
        if name in ("date", "modified") and isinstance(value, str):
            try:
                return parse_date(value)
            except ValueError as error:
                raise AuthorError(f"{name.title()}: {error}.", DATE_FIX) from None
        if name == "title" and isinstance(value, str):
            if not value.strip():
                raise AuthorError("The title is empty.", "write it after 'Title:'.")
            # Pelican and typogrify treat the title as HTML from here on.
            return html.escape(value, quote=False)
        if name == "slug" and isinstance(value, str):
            problem = slug_problem(value.strip())
            if problem:
                raise AuthorError(
                    f"The Slug {value.strip()!r} {problem}.",
                    "use lowercase letters, digits and hyphens, e.g. "
                    "'wie-finde-ich-das-richtige-netzwerk'.",
                )
        if name == "lang" and isinstance(value, str) and not LANG_RE.match(value):
            raise AuthorError(
                f"Lang {value!r} is not a language code.",
                "write a code like 'de' or 'en', or remove the line (German).",
            )
        return super().process_metadata(name, value)


def use_reader(readers):
    for extension in MarkdownReader.file_extensions:
        readers.reader_classes[extension] = GuideMarkdownReader


def register():
    signals.readers_init.connect(use_reader)
