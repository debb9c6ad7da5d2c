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
``import { a, b } from "./x.js";`` lines, ``import("./x.js")`` for a module
loaded only when it is needed (a chunk, see :func:`bundle`) and ``export``
before top-level declarations. Anything else is an error that names the file,
so a new module style cannot slip through half-bundled.
"""

import hashlib
import io
import logging
import queue
import threading
from pathlib import Path

import minify
from pelican import signals
from pelican.plugins.author_report.compat import writer_opening
from pelican.plugins.author_report.report import record
from pelican.plugins.author_report.settings import register_defaults

from .assets_rules import (
    EXPORTED_RE,
    IMPORT_RE,
    LAZY_IMPORT_RE,
    OTHER_IMPORT_RE,
    AssetError,
    check_import,
    check_names,
    declarations,
)

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


def _modules(entry, loaded=()):
    """ENTRY and the modules it imports, each after those it imports.

    Returns ``(order, borrowed, lazy)``: ORDER lists ``(path, source)`` with the
    import and export words taken out; a module in LOADED (an entry bundle's,
    for its chunk) is not joined again, its names are BORROWED from the bundle
    instead; LAZY holds the modules loaded with ``import("./x.js")``.
    """
    order, seen, borrowed, lazy = [], set(), set(), []

    def visit(path, trail):
        if path in trail:
            names = " -> ".join(step.name for step in [*trail, path])
            raise AssetError(f"{path}: circular import via {names}")
        if path in seen:
            return
        source = path.read_text(encoding="utf-8")
        for match in IMPORT_RE.finditer(source):
            target = path.parent / match.group("name")
            check_import(path, target, match.group("names"))
            if target in loaded:
                borrowed.update(n.strip() for n in match.group("names").split(","))
            else:
                visit(target, [*trail, path])
        rest = IMPORT_RE.sub("", source)
        for match in LAZY_IMPORT_RE.finditer(rest):
            lazy.append(path.parent / match.group("name"))
        if OTHER_IMPORT_RE.search(LAZY_IMPORT_RE.sub("", rest)):
            raise AssetError(
                f"{path}: only single-line relative imports like "
                'import { a } from "./x.js"; and import("./x.js") can be bundled'
            )
        seen.add(path)
        order.append((path, declarations(path, rest)))

    visit(Path(entry), [])
    borrowed.discard("")
    return order, borrowed, lazy


# The one name an entry bundle exports to its chunks: an object holding what
# they borrow from it. Its names are written once, not in a destructuring, a
# return and an export statement each.
SHARED = "shared"


def _joined(order, exported=(), borrowed=(), shares=False):
    """The modules in one function scope (so the minifier may shorten their
    names), handing out EXPORTED as the module's exports, or, if SHARES, as
    the properties of :data:`SHARED`; BORROWED are taken from the entry's."""
    code = "\n".join(f"// {path.name}\n{source}" for path, source in order)
    if borrowed:
        code = f"const {{ {', '.join(sorted(borrowed))} }} = {SHARED};\n{code}"
    if not exported:
        return f"(() => {{\n{code}\n}})();\n"
    names = ", ".join(sorted(exported))
    scope = f"(() => {{\n{code}\nreturn {{ {names} }};\n}})();\n"
    if shares:
        return f"export const {SHARED} = {scope}"
    return f"const {{ {names} }} = {scope}export {{ {names} }};\n"


def bundle(entry):
    """Return ENTRY's bundle, its chunks and the files they were joined from.

    The bundle holds ENTRY and the modules it imports. Each module it loads
    lazily, with ``import("./x.js")``, becomes a chunk (written as
    ``x.<digest>.js``, named by its content, by :func:`build_assets`): x.js
    and what it imports, less what the bundle holds already; that it takes
    from the bundle by importing it (the browser runs a module once, so both
    share one state). Returns ``(code, chunks, files)``, CHUNKS mapping each
    chunk's path to its code.
    """
    entry = Path(entry)
    order, _borrowed, lazy = _modules(entry)
    names = check_names(order, {SHARED: "the bundle itself (its exports to chunks)"})
    loaded = {path for path, _source in order}
    chunks, shared, files = {}, set(), [path for path, _source in order]
    for path in dict.fromkeys(lazy):
        if path in loaded:
            raise AssetError(
                f"{path}: imported by {entry.name} both at once and lazily; choose one"
            )
        part, borrowed, more = _modules(path, loaded)
        if more:
            raise AssetError(f"{path}: a lazily loaded module cannot load another")
        joined = [module for module, _source in part]
        if set(joined) & (set(files) - loaded):
            raise AssetError(
                f"{path}: shares a module with another lazily loaded one; "
                "import it from the entry module instead"
            )
        check_names(part, names)
        exported = EXPORTED_RE.findall(path.read_text(encoding="utf-8"))
        imports = f'import {{ {SHARED} }} from "./{entry.name}";\n'
        chunks[path] = (imports if borrowed else "") + _joined(part, exported, borrowed)
        shared |= borrowed
        files += joined
    return _joined(order, shared, shares=True), chunks, files


def _minified(path, code):
    """CODE minified, or None (the mistake recorded, naming PATH)."""
    try:
        return minify.string("application/javascript", code)
    except Exception as error:  # the minifier's own error types are not public
        record(AssetError(f"{path}: the minifier refused it: {error}"), logger)
        return None


def _digest(code):
    """A name for CODE that changes with it: a page's cached bundle never
    loads a chunk of another build (it finds none and says so)."""
    return hashlib.sha256(code.encode("utf-8")).hexdigest()[:8]


def build_assets(pelican):
    settings = pelican.settings
    output = Path(pelican.output_path)
    # Every bundle is joined before any is written: an entry module may be
    # imported by another entry, and is then part of both.
    bundles, lazy, used = {}, {}, set()
    for entry in settings["ASSETS_JS_BUNDLES"]:
        target = output / entry
        if not target.exists():
            continue
        try:
            code, chunks, files = bundle(target)
        except AssetError as error:
            record(error, logger)
            continue
        bundles[target] = code
        lazy.update(chunks)
        used.update(files)
    # Chunks first: each is named by its content, and the bundles that load
    # it are written with that name.
    names = {}
    for path, code in lazy.items():
        small = _minified(path, code)
        if small is not None:
            named = path.with_name(f"{path.stem}.{_digest(small)}{path.suffix}")
            named.write_text(small + "\n", encoding="utf-8")
            names[f'import("./{path.name}")'] = f'import("./{named.name}")'
    for target, code in bundles.items():
        for lazily, named in names.items():
            code = code.replace(lazily, named)
        small = _minified(target, code)
        if small is not None:
            target.write_text(small + "\n", encoding="utf-8")
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


class MinifyingWriter(writer_opening("deferred")):
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

    def deferred(self, open_file, filename, encoding):
        return _Deferred(open_file(), self.pending, minified=filename.endswith(".html"))

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


def register():
    register_defaults(DEFAULTS)
    signals.get_writer.connect(minifying_writer)
    signals.finalized.connect(finish_writing)
    signals.finalized.connect(build_assets)
