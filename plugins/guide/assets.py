"""Ship the theme's scripts and styles small: bundle, then minify.

The theme's JavaScript is written as one small ES module per behaviour. For the
reader, each entry module named in ``ASSETS_JS_BUNDLES`` is joined with the
modules it imports into one file (one request instead of one per module), wrapped
in one function scope (so the minifier may shorten top-level names as well) and
minified with tdewolff's minify (the ``minify-go`` package); the joined modules
are removed from the output. Stylesheets are minified with it, too. Source files
are never touched: this works on the output folder once Pelican has finished.
Pages (``ASSETS_MINIFY_HTML``) are minified as Pelican's writer writes them,
in a background thread, instead of being read back and written again.

The bundler understands exactly the module style the theme uses: relative
``import { a, b } from "./x.js";`` lines and ``export`` before top-level
declarations. Anything else is an error that names the file, so a new module
style cannot slip through half-bundled.
"""

import io
import logging
import queue
import re
import threading
from pathlib import Path

import minify
from pelican import signals
from pelican.writers import Writer

from .errors import AuthorError, record
from .settings import set_defaults

logger = logging.getLogger(__name__)

DEFAULTS = {
    "ASSETS_JS_BUNDLES": [
        "theme/js/checklist.js",
        "theme/js/progress.js",
        "theme/js/search.js",
        "theme/js/series.js",
    ],
    "ASSETS_MINIFY_CSS": True,
    # Whitespace, comments, the end tags HTML lets out and the quotes around
    # attribute values that need none, out of every page (Part II's 14 KB);
    # the document's own tags and default attributes stay. On for the
    # published site: the live preview rewrites only the pages it rebuilt.
    "ASSETS_MINIFY_HTML": False,
}

HTML_OPTIONS = {
    "html-keep-document-tags": True,
    "html-keep-end-tags": False,
    "html-keep-quotes": False,
    "html-keep-default-attr-vals": True,
}

IMPORT_RE = re.compile(r'^import \{[^}]*\} from "\./(?P<name>[\w-]+\.js)";\n', re.M)
OTHER_IMPORT_RE = re.compile(r"^\s*import\b|\bimport\s*\(", re.M)
EXPORT_RE = re.compile(r"^export (?=(?:async )?function |const |let |class )", re.M)
# Browser globals a module may use by name: a top-level name of one module
# would hide them from every other module in the bundle's shared scope.
BROWSER_GLOBALS = frozenset(
    "alert blur close confirm crypto document event fetch find focus frames "
    "history length localStorage location name navigator open opener origin "
    "parent performance print prompt screen scroll self status stop top "
    "window".split()
)
TOP_LEVEL_RE = re.compile(
    r"^(?:export )?(?:async )?(?:function|const|let|class) (?P<name>[\w$]+)", re.M
)


class AssetError(AuthorError):
    """A theme script the bundler cannot join (the theme's author's mistake)."""

    def __init__(self, message):
        super().__init__(
            message, "write it as the theme's other modules are written.", None
        )


def bundle(entry):
    """Return the source of ENTRY with its imports inlined, and the files used."""
    order, seen = [], set()

    def visit(path, trail):
        if path in trail:
            names = " -> ".join(step.name for step in [*trail, path])
            raise AssetError(f"{path}: circular import via {names}")
        if path in seen:
            return
        source = path.read_text(encoding="utf-8")
        for match in IMPORT_RE.finditer(source):
            visit(path.parent / match.group("name"), [*trail, path])
        rest = IMPORT_RE.sub("", source)
        if OTHER_IMPORT_RE.search(rest):
            raise AssetError(
                f"{path}: only single-line relative imports like "
                'import { a } from "./x.js"; can be bundled'
            )
        seen.add(path)
        order.append((path, EXPORT_RE.sub("", rest)))

    visit(Path(entry), [])
    names = {}
    for path, source in order:
        for name in TOP_LEVEL_RE.findall(source):
            if name in BROWSER_GLOBALS:
                raise AssetError(
                    f"{path}: the top-level name {name!r} would hide the browser's "
                    f"own {name!r} from the other modules of the bundle; rename it"
                )
            if name in names:
                raise AssetError(
                    f"{path}: the top-level name {name!r} is also defined in "
                    f"{names[name]}; rename one, they share the bundle's scope"
                )
            names[name] = path
    code = "\n".join(f"// {path.name}\n{source}" for path, source in order)
    return code, [path for path, _source in order]


def build_assets(pelican):
    settings = pelican.settings
    output = Path(pelican.output_path)
    # Every bundle is joined before any is written: an entry module may be
    # imported by another entry, and is then part of both.
    bundles, used = {}, set()
    for entry in settings["ASSETS_JS_BUNDLES"]:
        target = output / entry
        if not target.exists():
            continue
        try:
            code, files = bundle(target)
        except AssetError as error:
            record(error, logger)
            continue
        bundles[target] = code
        used.update(files)
    for target, code in bundles.items():
        scoped = f"(() => {{\n{code}\n}})();\n"
        target.write_text(
            minify.string("application/javascript", scoped) + "\n", encoding="utf-8"
        )
    for path in used - set(bundles):
        path.unlink()
    if settings["ASSETS_MINIFY_CSS"]:
        for path in (output / settings["THEME_STATIC_DIR"]).rglob("*.css"):
            path.write_text(
                minify.string("text/css", path.read_text(encoding="utf-8")),
                encoding="utf-8",
            )


class _Deferred(io.StringIO):
    """A file Pelican writes to (a text file, as XML writers check): the text
    goes to the writer's background thread when Pelican closes it."""

    def __init__(self, file, pending, minified):
        super().__init__()
        self.file, self.pending, self.minified = file, pending, minified

    def __exit__(self, kind, error, trace):
        if kind is None:
            self.pending.put((self.file, self.getvalue(), self.minified))
        else:
            self.file.close()
        return super().__exit__(kind, error, trace)


class MinifyingWriter(Writer):
    """Pelican's writer, writing every HTML page minified (ASSETS_MINIFY_HTML).

    Pelican renders the next page while a background thread minifies and
    writes the last ones (the minifier and the file system release the GIL),
    in the order Pelican wrote them. Pelican still opens each file itself, so
    its checks against writing a file twice apply. :func:`finish_writing`
    waits for the thread when the build is done and raises what it met.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        minify.config(HTML_OPTIONS)
        self.pending = queue.Queue(maxsize=64)
        self.problems = []
        self.thread = threading.Thread(target=self._write_pending, daemon=True)
        self.thread.start()
        _RUNNING.append(self)

    def _open_w(self, filename, encoding, override=False):
        file = super()._open_w(filename, encoding, override)
        return _Deferred(file, self.pending, minified=filename.endswith(".html"))

    def _write_pending(self):
        while (job := self.pending.get()) is not None:
            file, text, minified = job
            try:
                with file:
                    file.write(minify.string("text/html", text) if minified else text)
            except Exception as problem:  # raised in the build's thread
                self.problems.append(problem)

    def finish(self):
        self.pending.put(None)
        self.thread.join()
        if self.problems:
            raise self.problems[0]


_RUNNING = []  # writers whose thread may still be writing


def finish_writing(pelican):
    """Before anything reads the output: every page is on disk."""
    while _RUNNING:
        _RUNNING.pop().finish()


def minifying_writer(pelican):
    return MinifyingWriter if pelican.settings["ASSETS_MINIFY_HTML"] else None


def add_defaults(pelican):
    set_defaults(pelican.settings, DEFAULTS)


def register():
    signals.initialized.connect(add_defaults)
    signals.get_writer.connect(minifying_writer)
    signals.finalized.connect(finish_writing)
    signals.finalized.connect(build_assets)
