"""Build the site in this process, into a folder next to the output; swap
it in only when the build is good, so a failed build never leaves a
half-written site."""

import gc
import os
import shutil
import traceback
from pathlib import Path

from tools.preview.selection import SELECTION


class Builder:
    """Build the site in this process into a fresh folder; swap it in if good."""

    def __init__(self, root, settings_file, output, content=None):
        self.root = Path(root)
        self.settings_file = self.root / settings_file
        self.output = Path(output)
        self.content = content
        self.cache = self.root / ".cache" / "pelican"
        from guide.template_cache import TemplateCache

        # Compiled templates, kept across builds (a new one per build otherwise).
        self.templates = TemplateCache()
        self.unbuilt = set()  # files changed since the last good build
        self.whole = True  # whether the next build must write every page

    def build(self, changed=None):
        """Build once; True when the new site is in place.

        CHANGED is the set of files changed since the last build: when they
        are all Markdown sources and only their bodies changed, only the pages
        that show them are written (see :class:`Selection`)."""
        from pelican import Pelican
        from pelican.plugins.author_report.compat import forget_logged_limits
        from pelican.settings import read_settings

        staging = self.output.with_name(f"{self.output.name}.next")
        override = {
            "OUTPUT_PATH": str(staging),
            "CACHE_CONTENT": True,
            "LOAD_CONTENT_CACHE": True,
            "CACHE_PATH": str(self.cache),
            "GZIP_CACHE": False,  # written at every build: faster unpacked
        }
        if self.content:
            override["PATH"] = str(self.content)
        # What changed since the last good build: a failed build builds nothing.
        if changed is None:
            self.whole = True
        else:
            self.unbuilt |= set(changed)
        bodies = self.unbuilt and all(p.endswith(".md") for p in self.unbuilt)
        partial = bodies and not self.whole and self.output.exists()
        SELECTION.start(self.unbuilt if partial else None)
        if partial:
            # Keep the folders a partial build made last time (Pelican makes
            # one for every page of a list, written or not), but no file.
            _remove_files(staging)
        else:
            shutil.rmtree(staging, ignore_errors=True)
        # Pelican's log filter remembers messages for the life of the process;
        # each build must say everything again.
        forget_logged_limits()
        # The collector would walk every object of the site several times
        # during a build; the watcher collects once the author is idle.
        gc.disable()
        try:
            settings = read_settings(str(self.settings_file), override=override)
            settings["JINJA_ENVIRONMENT"] = {
                **settings["JINJA_ENVIRONMENT"],
                "bytecode_cache": self.templates,
            }
            pelican = Pelican(settings)
            SELECTION.use_plugins(pelican.plugins)
            pelican.run()
        except SystemExit:
            return self._done(False)  # the build report has said what to fix
        except Exception as crash:  # a crash must not stop the preview: say it, go on
            print(describe_crash(crash, self.root), flush=True)
            return self._done(False)
        finally:
            gc.enable()
        try:
            if SELECTION.targets is None:
                _remove_empty_folders(staging)  # what earlier partial builds left
                self._swap_in(staging)
                self.wrote = "the whole site"
            else:
                self._merge_in(staging)
                self.wrote = "only the pages that show the edited text"
        except OSError as problem:  # the folders changed under the build
            print(f"The new site could not be put in place: {problem}", flush=True)
            self.whole = True
            return self._done(False)
        return self._done(True)

    def _done(self, good):
        SELECTION.finished(good)
        if good:
            self.unbuilt, self.whole = set(), False
        return good

    def _merge_in(self, staging):
        """Move the files of a partial build over the output, one by one."""
        for path in staging.rglob("*"):
            if path.is_file():
                target = self.output / path.relative_to(staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)

    def _swap_in(self, staging):
        old = self.output.with_name(f"{self.output.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if self.output.exists():
            self.output.rename(old)
        staging.rename(self.output)
        shutil.rmtree(old, ignore_errors=True)


def describe_crash(crash, root):
    """One line for a build that raised CRASH: the file of the project and the
    line where it happened (a settings file or template with a syntax error, a
    plugin or template that failed), what is wrong and what to do, without a
    traceback (``pelican --debug`` shows one)."""
    root = Path(root).resolve()
    frames = traceback.extract_tb(crash.__traceback__)
    places = [(frame.filename, frame.lineno) for frame in frames]
    if getattr(crash, "filename", None) and getattr(crash, "lineno", None):
        places.append((crash.filename, crash.lineno))  # SyntaxError, a template's
    where = None
    for filename, line in places:
        path = Path(filename).resolve() if filename else None
        if path and path.is_relative_to(root) and ".venv" not in path.parts:
            where = f"{path.relative_to(root)}, line {line}"
    message = getattr(crash, "msg", None) or getattr(crash, "message", None)
    what = f"{type(crash).__name__}: {message or crash}"
    if where is None:
        return (
            f"The build crashed: {what}. Fix: run python3 dev.py build for the "
            "whole report; still showing the last good site."
        )
    return (
        f"{where}: {what}. Fix: correct it and save; the preview keeps the last "
        "good site until then."
    )


def _remove_files(folder):
    for parent, _dirs, files in os.walk(folder):
        for name in files:
            os.remove(os.path.join(parent, name))


def _remove_empty_folders(folder):
    for parent, _dirs, files in os.walk(folder, topdown=False):
        if not files and not os.listdir(parent):
            os.rmdir(parent)
