"""Markdown converted on every core while Pelican reads.

Pelican reads its texts one after another, and converting Markdown is about
half of that. When a generator is about to read at least
``READ_IN_PARALLEL_FROM`` Markdown files, this module hands them to worker
processes (one per core but the one this process reads on), each with a
Python-Markdown instance configured as Pelican's; the reader (``reader.py``)
takes a file's HTML from there instead of converting the file itself, and does
everything else (metadata, dates, checks, typogrify) as before.

A worker's result is used only for the very text the reader read and only if
converting it logged nothing; for any other file (a mistake in it, a warning
about it, a file changed in between), the reader converts the file itself, so
that every message comes as it always does. The output is the same either way
(``tests/site/test_speed_ups.py`` compares both builds byte for byte).

Off where it does not pay: small sites, a machine with one core, and builds
that read most texts from Pelican's content cache (the live preview). The
workers cost CPU time (each starts an interpreter, and two busy cores run
slower than one): at 2,000 articles the build went from 1.01 to 0.90 of plain
Pelican's time and from 1.12 to 1.21 of its CPU time (``BENCHMARKS.md``).
"""

import logging
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

from pelican import signals
from pelican.plugins.author_report.settings import SPEED_UPS, register_defaults
from pelican.readers import MarkdownReader

DEFAULTS = {
    "READ_IN_PARALLEL": True,
    # A worker takes about 0.3 s to start and saves about 1 ms per text.
    "READ_IN_PARALLEL_FROM": 500,
}


class Prereading:
    """The files being converted in the workers, by absolute path."""

    def __init__(self):
        self.pool = None
        self.results = {}

    def start(self, generator, paths, excludes):
        settings = generator.settings
        if (
            not settings["SPEED_UPS"]
            or not settings["READ_IN_PARALLEL"]
            or settings["LOAD_CONTENT_CACHE"]
            or (os.cpu_count() or 1) < 2  # one core: the workers only add work
        ):
            return
        files = [
            os.path.abspath(os.path.join(generator.path, name))
            for name in generator.get_files(settings[paths], exclude=settings[excludes])
            if name.endswith(MARKDOWN_SUFFIXES)
        ]
        if len(files) < settings["READ_IN_PARALLEL_FROM"]:
            return
        if self.pool is None:
            # A spawned worker starts with this process's sys.path; Pelican
            # loads plugins without putting their folder there.
            if PLUGIN_FOLDER not in sys.path:
                sys.path.append(PLUGIN_FOLDER)
            self.pool = ProcessPoolExecutor(
                # This process reads on, too: one worker per other core.
                max_workers=os.cpu_count() - 1,
                # A fresh interpreter per worker: no state of this process
                # (threads, the minifier's runtime) is copied half-alive.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(settings["MARKDOWN"],),
            )
        for path in files:
            self.results[path] = self.pool.submit(convert, path)

    def take(self, source_path, text):
        """(html, meta) of SOURCE_PATH if a worker made it
        from TEXT without a word to say; None: the reader converts it itself."""
        future = self.results.pop(os.path.abspath(source_path), None)
        if future is None:
            return None
        try:
            done = future.result()
        except Exception:  # a worker that died: the reader does it
            return None
        if done is None or done[0] != text:
            return None
        return done[1:]

    def stop(self, *_args):
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool, self.results = None, {}


# The files Pelican's (and so the plugin's) Markdown reader reads.
MARKDOWN_SUFFIXES = tuple(f".{suffix}" for suffix in MarkdownReader.file_extensions)
PREREADING = Prereading()
PLUGIN_FOLDER = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --- In the worker processes ----------------------------------------------------

_markdown = None


class _Said(logging.Handler):
    """Remembers whether anything worth a word was logged."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.said = False

    def emit(self, record):
        self.said = True


_said = _Said()


def _start_worker(markdown_settings):
    global _markdown
    from markdown import Markdown

    logging.getLogger().addHandler(_said)
    _markdown = Markdown(**markdown_settings)


def convert(path):
    """(text, html, meta) of the file at PATH, or None
    when converting it raised or logged anything."""
    from pelican.plugins.author_report.sources import decode

    _said.said = False
    try:
        with open(path, "rb") as source:
            text = decode(source.read(), path)
        _markdown.reset()
        html = _markdown.convert(text)
    except Exception:
        return None
    if _said.said:
        return None
    return text, html, getattr(_markdown, "Meta", None)


def start_articles(generator):
    PREREADING.start(generator, "ARTICLE_PATHS", "ARTICLE_EXCLUDES")


def start_pages(generator):
    PREREADING.start(generator, "PAGE_PATHS", "PAGE_EXCLUDES")


def register():
    register_defaults(SPEED_UPS)
    register_defaults(DEFAULTS)
    signals.article_generator_init.connect(start_articles)
    signals.page_generator_init.connect(start_pages)
    signals.all_generators_finalized.connect(PREREADING.stop)
