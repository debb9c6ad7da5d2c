"""Author mistakes: one error type for every feature, reported all at once.

Every feature of the plugin says what an author got wrong with
:class:`AuthorError`: the file (as the feature knows its path; the report shows
every path relative to the project), the line where there is one, what is wrong
and how to fix it. A feature either raises it (a reader
failing on one file) or records it with :func:`record` and goes on, so that one
build finds every mistake.

While Pelican builds, :class:`BuildReport` holds back every warning and error
that is logged, Pelican's own included (a file that cannot be read, a page
that would leave the output folder). Before anything is written, and once more
at the end, the build stops if any were logged: it prints them together, one
line per mistake, and exits with status 1. There is no traceback, except in a
``pelican --debug`` run, where the first underlying exception is raised again.

A warning logged with ``extra={"advisory": True}`` is shown at once and does
not stop the build.
"""

import logging
import os
import sys

from pelican import signals
from pelican.log import console

from .compat import (
    COULD_NOT_PROCESS,
    NO_STAMP,
    SAME_SLUG,
    SKIPPING_MISSING,
    SKIPPING_OUTSIDE,
    autoreloading,
    switch_off_fatal,
)
from .errors import AuthorError, AuthorErrors, readable_path

logger = logging.getLogger(__name__)


class BuildStopped(Exception):
    """Raised instead of exiting in a ``--debug`` run, to keep the traceback."""


def record(error: AuthorError, log: logging.Logger = logger) -> None:
    """Report ERROR (an AuthorError) and let the build go on to find more."""
    log.error("%s", error, extra={"author_error": error})


def _errors_of(exception, path):
    errors = exception.errors if isinstance(exception, AuthorErrors) else [exception]
    for error in errors:
        error.path = error.path or path
    return errors


class _HoldBack(logging.Filter):
    """On Pelican's own log handler: keep mistakes for the report."""

    def filter(self, record):
        # A crash (Pelican logs it as critical) is shown as it happens.
        return (
            record.levelno < logging.WARNING
            or record.levelno >= logging.CRITICAL
            or getattr(record, "advisory", False)
        )


class BuildReport(logging.Handler):
    """Collect every warning and error of a build, as lines for the author."""

    def __init__(self, content_path):
        super().__init__(logging.WARNING)
        self.content_path = content_path
        # Paths in messages are shown relative to the project.
        self.project = os.path.dirname(os.path.abspath(content_path)) + os.sep
        self.mistakes = []
        self.first_exception = None
        # The sources that could not be read: what depends on them is not
        # reported again (a part of a series that is missing because of it).
        self.failed_sources = set()

    def emit(self, record):
        if record.levelno >= logging.CRITICAL:
            # The build crashed: show what was found before the crash, too.
            self.show(self.take())
        elif not getattr(record, "advisory", False):
            for mistake in self.describe(record):
                mistake = mistake.replace(self.project, "")
                if mistake and mistake not in self.mistakes:
                    self.mistakes.append(mistake)

    def describe(self, record):
        """The lines an author reads for RECORD: ours as they are, Pelican's own
        messages about a source file in the same style, anything else as is."""
        error = getattr(record, "author_error", None)
        if error is not None:
            return [str(error)]
        message = str(record.msg)
        if message.startswith("Duplicate definition of"):
            return []  # the reader reports metadata given twice, with lines
        if message.startswith(NO_STAMP) and not os.path.exists(record.args[0]):
            return []  # a file linked with {static} that is not there: links.py
        same_slug = next((n for m, n in SAME_SLUG.items() if message.startswith(m)), 0)
        if same_slug:
            paths = sorted(self._source(path) for path in record.args[same_slug:])
            return [
                f"{paths[-1]}: {' and '.join(paths)} have the same slug, so Pelican "
                "would take one for a translation of the other. Fix: give each "
                "its own Slug (or write 'Translation: true' in a translation)."
            ]
        if message == SKIPPING_MISSING:
            path, key = self._source(record.args[0]), record.args[1]
            return [
                f"{path}: it has no {key}. Fix: add a line '{key.title()}: …' to "
                "the metadata at the top."
            ]
        if message == SKIPPING_OUTSIDE:
            return [
                f"{self._source(record.args[0])}: it would be written outside the "
                f"output folder ({record.args[1]}). Fix: write its Slug without "
                "'..' and '/'."
            ]
        if message == COULD_NOT_PROCESS and sys.exc_info()[1] is not None:
            self.failed_sources.add(self._absolute(record.args[0]))
            return self._failed_source(self._source(record.args[0]), sys.exc_info()[1])
        return [f"{record.levelname.lower()}: {record.getMessage()}"]

    def _failed_source(self, path, exception):
        """A source Pelican could not read, and why."""
        self.first_exception = self.first_exception or exception
        if isinstance(exception, AuthorError | AuthorErrors):
            return [str(error) for error in _errors_of(exception, path)]
        if isinstance(exception, UnicodeDecodeError):
            return [
                f"{path}: The file is not UTF-8 ({exception.reason}). Fix: save it "
                "with the encoding UTF-8."
            ]
        return [f"{path}: {exception}"]

    def _absolute(self, path):
        path = str(path)
        if not os.path.isabs(path):
            path = os.path.join(self.content_path, path)
        return os.path.normpath(path)

    def _source(self, path):
        return readable_path(self._absolute(path))

    def take(self):
        mistakes, self.mistakes = self.mistakes, []
        if not mistakes:
            return ""
        count = len(mistakes)
        return "\n".join(
            [
                f"The build stopped: {count} mistake{'s' if count > 1 else ''} to fix.",
                *(f"- {mistake}" for mistake in mistakes),
            ]
        )

    @staticmethod
    def show(text):
        if text:
            # Through Pelican's console, which owns the terminal while it builds.
            console.print(text, markup=False, highlight=False, soft_wrap=True)

    def stop_if_mistakes(self):
        text = self.take()
        if not text:
            return
        if logging.getLogger().getEffectiveLevel() <= logging.DEBUG:
            raise BuildStopped(text) from self.first_exception
        self.show(text)
        if autoreloading():
            # pelican --autoreload would run again at once after an exception:
            # the preview shows what it can, and the author fixes and saves.
            return
        # SystemExit passes Pelican's handler, which would print a traceback.
        raise SystemExit(1)


def current_report():
    for handler in logging.getLogger().handlers:
        if isinstance(handler, BuildReport):
            return handler
    return None


def failed_sources() -> set[str]:
    """The paths of the sources this build could not read (reported already)."""
    report = current_report()
    return set(report.failed_sources) if report is not None else set()


def start_report(pelican):
    # The report stops the build on every warning and error once it has them
    # all; Pelican's --fatal would stop at the first one, with a traceback.
    switch_off_fatal()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, BuildReport):
            root.removeHandler(handler)
        elif not any(isinstance(f, _HoldBack) for f in handler.filters):
            handler.addFilter(_HoldBack())
    root.addHandler(BuildReport(pelican.settings["PATH"]))
    stop_after_the_others()


def stop_if_mistakes(*_args):
    report = current_report()
    if report is not None:
        report.stop_if_mistakes()


def register() -> None:
    """Collect mistakes from the start, stop the build on them at the end.

    Every plugin that reports mistakes calls this first in its own
    ``register()``, so the report starts before any other receiver of
    ``initialized`` runs, whatever the order of ``PLUGINS``. It connects its
    stops only once the build has started (Pelican calls the receivers of a
    signal in the order they were connected, and every plugin has connected
    its own by then): the build stops only after every other receiver of
    ``all_generators_finalized`` and ``finalized`` has reported.
    """
    signals.initialized.connect(start_report)


def stop_after_the_others():
    # Before anything is written, and once more for what writing logged.
    signals.all_generators_finalized.connect(stop_if_mistakes)
    signals.finalized.connect(stop_if_mistakes)
