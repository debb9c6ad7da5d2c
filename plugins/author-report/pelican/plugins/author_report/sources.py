"""An author's source files: their text, and the names they give to files.

Plain Python, shared by every feature that reads what an author wrote (the
Markdown reader, its worker processes, the series' descriptions)."""

import re

from .errors import AuthorError

# A file name has at most 255 bytes on every common file system.
NAME_MAX = 255
SLUG_BAD_RE = re.compile(r"[\s/\\?#%\"'<>|*:\x00-\x1f\x7f]")
# A fenced code block opens (and closes) with three backticks or tildes.
FENCE_RE = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")


def decode(data: bytes, path: str) -> str:
    """The text of a source file; a mistake naming the line if it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise AuthorError(
            f"The file is not UTF-8: byte 0x{data[error.start]:02x} cannot be "
            f"read ({error.reason}).",
            "save it with the encoding UTF-8 (most editors offer it under "
            "'Save as' or 'Encoding').",
            path,
            line,
        ) from None


def slug_problem(slug: str) -> str | None:
    """What is wrong with an author's Slug, or None."""
    if slug in (".", "..") or ".." in slug.split("/"):
        return "contains '..', which would leave the output folder"
    bad = SLUG_BAD_RE.search(slug)
    if bad:
        what = "a space" if bad.group().isspace() else repr(bad.group())
        return f"contains {what}, which does not belong in a web address"
    if len(slug.encode("utf-8")) > NAME_MAX - 20:
        return f"is {len(slug.encode('utf-8'))} bytes long, too long for a file name"
    return None
