"""An author's mistake: the one error type of every feature (file, line, what
is wrong, how to fix it). Plain Python, so that the parts of the plugin that
stand without Pelican (the checklist's Markdown extension) can raise it;
report.py reports it in a Pelican build."""

import os
from collections.abc import Iterable, Mapping, Sequence


class AuthorError(Exception):
    """A mistake in the site's sources that its author has to fix."""

    def __init__(
        self, message: str, fix: str, path: str | None = None, line: int | None = None
    ) -> None:
        self.message = message
        self.fix = fix
        self.path = path
        self.line = line
        super().__init__(message, fix, path, line)

    def __str__(self):
        where = ", ".join(
            part for part in (self.path, self.line and f"line {self.line}") if part
        )
        text = f"{self.message} Fix: {self.fix}"
        return f"{where}: {text}" if where else text


class AuthorErrors(Exception):
    """Several mistakes found in one source at once."""

    def __init__(self, errors: Iterable[AuthorError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(map(str, self.errors)))


def readable_path(path: str | os.PathLike, settings: Mapping | None = None) -> str:
    """PATH relative to the project where it lies below it.

    The project is the folder that holds the content folder (``PATH``) when
    SETTINGS are given, else the working directory.
    """
    path = os.path.abspath(str(path))
    start = os.path.dirname(os.path.abspath(settings["PATH"])) if settings else None
    relative = os.path.relpath(path, start)
    return path if relative.startswith("..") else relative


def raise_all(errors: Sequence[AuthorError]) -> None:
    """Raise the errors found in one source: one as it is, several together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise AuthorErrors(errors)
