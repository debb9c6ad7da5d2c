"""The author's live preview: build in one long-lived process, serve, reload.

``python3 dev.py serve`` runs :func:`serve`. One Python process keeps Pelican,
the plugin and the theme loaded. The file system tells a watcher when a source
changes (watchfiles, no polling); it builds the site again, in this process,
with Pelican's content cache (unchanged articles are not read again),
typogrify's results, source paths and formatted dates kept, and templates
compiled once. A change to the plugin's Python code starts the process again.

Each build goes into a folder next to the output; only a build without
mistakes replaces the output, so a failed build never leaves a half-written
site: the browser keeps the last good one while the report says what to fix.
After a good build every open page reloads, told by a server-sent event from a
script the server adds to each HTML page. Pages are served with the site's own
headers (``content/extra/_headers``), so the preview runs under the published
CSP.
"""

import gc
import io
import logging
import os
import shutil
import sys
import threading
import time
import traceback
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tools.site_headers import host_headers

# An editor that saves in place empties the file, then writes it: a change is
# built once nothing has changed for this long, not in between. The file
# system tells at once, so this is all the time a busy machine's editor has
# between the two steps.
SETTLE_SECONDS = 0.05
# How often the settings files are looked at (and the watcher wakes when idle).
FILES_SECONDS = 0.1
IDLE_SECONDS = 2  # no change for this long after a build: collect its garbage
RELOAD_PATH = "/__live/reload.js"
EVENTS_PATH = "/__live/events"
RELOAD_SCRIPT = (
    b'new EventSource("/__live/events").addEventListener("reload", '
    b"() => location.reload());\n"
)
RELOAD_TAG = f'<script src="{RELOAD_PATH}"></script>'.encode()


# --- Writing only what an edit of a body changes ----------------------------------


# Metadata that a body edit may change and that only the pages a selection
# writes anyway can show: where things are in the source (for the build report),
# which checklists a text has (its own page) and the summary (its own page,
# listings, series pages and feeds that hold it; the plugin derives it from the
# body for a text with a checklist).
FROM_THE_BODY = frozenset({"source_lines", "checklists", "summary"})


def signature(content):
    """Everything of an article or page that other pages may show, but its body."""
    metadata = sorted(
        (key, str(value))
        for key, value in content.metadata.items()
        if key not in FROM_THE_BODY
    )
    # Addresses follow from the metadata and the settings; a change to the
    # settings is not a body edit anyway.
    return (type(content).__name__, str(metadata))


class Selection:
    """Which outputs a build writes: all, or those showing the edited texts.

    When the only change is the body of existing articles or pages (everything
    else about every text is as it was), the pages that can show it are the
    text's own page, the listing pages that hold it (home, category and tag
    pages, by their page of the pagination), the pages of its series and the
    series overview, the blank worksheets of its checklists, and the feeds
    that contain it. Only those are rendered;
    everything else is left as the last build wrote it. Anything else (a new,
    removed or renamed file, a title, a date, a tag, a template, the settings)
    writes the whole site again.
    """

    def __init__(self):
        self.signatures = None  # of the last good build
        self.edited = None  # source paths whose bodies changed, or None
        self.targets = None  # the edited texts of this build; None: write all
        self.skipped = set()
        self.pending = None

    def start(self, edited):
        self.edited = edited
        self.targets = None
        self.skipped = set()

    def context_ready(self, generators):
        """Decide, once every text is read: write all, or only what shows these."""
        contents = [
            content
            for generator in generators
            for name in ("articles", "translations", "drafts", "drafts_translations",
                         "hidden_articles", "hidden_translations", "pages",
                         "hidden_pages", "draft_pages", "draft_translations")
            for content in getattr(generator, name, ())
        ]  # fmt: skip
        signatures = {content.source_path: signature(content) for content in contents}
        same = signatures == self.signatures
        self.pending = signatures
        if same and self.edited:
            self.targets = {c for c in contents if c.source_path in self.edited}

    def finished(self, good):
        if good:
            self.signatures = self.pending

    def wanted(self, localcontext):
        """Whether a page with LOCALCONTEXT can show one of the targets."""
        targets = self.targets
        text = localcontext.get("article") or localcontext.get("page")
        if text in targets:
            return True
        part = getattr(text, "series_part", None)
        if part and targets.intersection(part.series.published_articles):
            return True
        for key in ("articles_page", "dates_page"):
            page = localcontext.get(key)
            if page and targets.intersection(page.object_list):
                return True
        worksheet = localcontext.get("worksheet")  # a checklist's blank worksheet
        if worksheet and worksheet.content in targets:
            return True
        series = localcontext.get("series")
        if series and targets.intersection(series.published_articles):
            return True
        if localcontext.get("page_name") == "series_index":
            return any(getattr(t, "series_part", None) for t in targets)
        return False


SELECTION = Selection()


class _SelectiveTemplate:
    """A template that renders only pages the selection wants."""

    def __init__(self, template):
        self.template = template

    def render(self, localcontext):
        if SELECTION.wanted(localcontext):
            return self.template.render(localcontext)
        SELECTION.skipped.add(localcontext["output_file"])
        return ""


def selective_writer():
    """Pelican's writer, writing only what :data:`SELECTION` wants."""
    from pelican.plugins.author_report.compat import writer_opening

    class SelectiveWriter(writer_opening("opening")):
        def write_file(self, name, template, context, *args, **kwargs):
            targets = SELECTION.targets
            if targets is not None:
                # Decide before Pelican makes the folders for a page: a page
                # list that does not hold a target is skipped whole; in one
                # that does, each page of the pagination decides for itself.
                listed = kwargs.get("articles") or kwargs.get("dates")
                template_name = kwargs.get("template_name")
                paginated = template_name in self.settings["PAGINATED_TEMPLATES"]
                if listed is not None and paginated:
                    if not targets.intersection(listed):
                        return None
                elif not SELECTION.wanted(kwargs):
                    return None
                template = _SelectiveTemplate(template)
            return super().write_file(name, template, context, *args, **kwargs)

        def write_feed(self, elements, context, path=None, *args, **kwargs):
            targets = SELECTION.targets
            if targets is not None and path:
                shown = elements[: self.settings["FEED_MAX_ITEMS"]]
                if not targets.intersection(shown):
                    return None
            return super().write_feed(elements, context, path, *args, **kwargs)

        def opening(self, open_file, filename, encoding):
            if os.path.relpath(filename, self.output_path) in SELECTION.skipped:
                return open(os.devnull, "w", encoding=encoding)
            return open_file()

    return SelectiveWriter


def snapshot(files):
    """``{file: (mtime, size)}`` for each of FILES that exists."""
    found = {}
    for path in files:
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue  # removed: the next look sees whether it comes back
        found[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return found


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
            Pelican(settings).run()
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


class Reloads:
    """How many good builds there were; waiting readers hear of each new one."""

    def __init__(self):
        self.count = 0
        self.changed = threading.Condition()

    def announce(self):
        with self.changed:
            self.count += 1
            self.changed.notify_all()

    def wait_after(self, seen, timeout):
        with self.changed:
            self.changed.wait_for(lambda: self.count != seen, timeout)
            return self.count


class PreviewHandler(SimpleHTTPRequestHandler):
    """The built site with its own headers, a reload script in every page."""

    output = None
    reloads = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(self.output), **kwargs)

    def end_headers(self):
        headers = Path(self.directory) / "_headers"
        if headers.exists():
            for name, value in host_headers(headers):
                self.send_header(name, value)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self):
        if self.path == RELOAD_PATH:
            return self._send(RELOAD_SCRIPT, "text/javascript; charset=utf-8")
        if self.path == EVENTS_PATH:
            return self._events()
        return super().do_GET()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if path.suffix != ".html" or not path.is_file():
            return super().send_head()
        page = path.read_bytes()
        end = page.rfind(b"</body>")
        if end != -1:
            page = page[:end] + RELOAD_TAG + page[end:]
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return io.BytesIO(page)

    def _send(self, body, content_type):
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _events(self):
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        seen = self.reloads.count
        try:
            while True:
                now = self.reloads.wait_after(seen, timeout=15)
                if now == seen:
                    self.wfile.write(b": still here\n\n")  # keeps proxies from closing
                else:
                    seen = now
                    self.wfile.write(f"event: reload\ndata: {now}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return

    def log_message(self, *args):
        pass


def start_server(output, host, port):
    """Serve OUTPUT in a thread; return the server and its Reloads."""
    reloads = Reloads()
    handler = type(
        "Handler", (PreviewHandler,), {"output": Path(output), "reloads": reloads}
    )
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, reloads


def watch_and_build(
    builder, watched, reloads, stop=None, on_build=None, code=(), on_ready=None
):
    """Build whenever a file under WATCHED changes, until STOP is set; call
    :func:`restart` instead when a Python file under one of CODE changes.

    The file system reports changes in folders (watchfiles: inotify, FSEvents
    or ReadDirectoryChanges, whatever the system has); a change is built once
    nothing has changed for ``SETTLE_SECONDS``, so an editor that empties a
    file and then writes it is built once. Single files (the settings) are
    looked at directly whenever the watcher wakes: an editor that replaces a
    file would end a watch on the file itself. ON_READY is called once, when
    the watches are in place (the preview says it is serving only then, so
    that an edit right after that is never missed)."""
    import watchfiles

    stop = stop or threading.Event()
    folders = [path for path in watched if path.is_dir()]
    files = [path for path in watched if not path.is_dir()]
    seen = snapshot(files)
    last_build = None
    for events in watchfiles.watch(
        *folders,
        stop_event=stop,
        step=int(SETTLE_SECONDS * 1000),
        rust_timeout=int(FILES_SECONDS * 1000),
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if on_ready:  # the watches are in place: a change from now on is seen
            on_ready()
            on_ready = None
        now = snapshot(files)
        changed = {path for _change, path in events}
        changed |= {
            path for path in now.keys() | seen.keys() if now.get(path) != seen.get(path)
        }
        seen = now
        if not changed and not builder.output.exists():
            # Removed (python3 dev.py clean): build it again, to serve at once.
            changed = {str(builder.output)}
        if not changed:
            if last_build and time.monotonic() - last_build > IDLE_SECONDS:
                gc.collect()  # what the last builds left, while nobody waits
                last_build = None
            continue
        if any(
            path.endswith(".py") and path.startswith(tuple(map(str, code)))
            for path in changed
        ):
            restart()
        started = time.perf_counter()
        good = builder.build(changed)
        if good:
            reloads.announce()
        last_build = time.monotonic()
        if on_build:
            on_build(good, time.perf_counter() - started)


def use_selection():
    """Let :data:`SELECTION` see every build's texts and choose its writer."""
    from pelican import signals

    writer = selective_writer()
    signals.all_generators_finalized.connect(SELECTION.context_ready)
    signals.get_writer.connect(lambda _pelican: writer, weak=False)


def restart():
    """Start this process again: the plugin's Python code changed."""
    print("The plugin changed: starting the preview again.", flush=True)
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


class PreviewRefused(SystemExit):
    """The preview cannot start; the message says why and what to do."""


def lock_project(root, port):
    """Hold the project's preview lock for the life of this process, so that
    two previews never build into one output folder and cache; refuse, naming
    the other preview, where one runs. Returns the open lock file."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock, one preview at a time is on the author
        return None
    path = Path(root) / ".cache" / "preview.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held until exit
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.seek(0)
        other = lock.read().strip() or "another process"
        raise PreviewRefused(
            f"Not serving: a preview of this project is running already ({other}). "
            "Fix: use that one, or stop it (Ctrl+C in its terminal) and start "
            "this one again."
        ) from None
    lock.truncate(0)
    lock.write(f"process {os.getpid()}, http://127.0.0.1:{port}")
    lock.flush()
    return lock


def bind_server(output, host, port):
    """Serve OUTPUT at HOST:PORT, or refuse at once if the port is taken."""
    try:
        return start_server(output, host, port)
    except OSError as problem:
        raise PreviewRefused(
            f"Not serving: port {port} on {host} is in use ({problem.strerror}). "
            f"Fix: stop what uses it, or choose another port: python3 dev.py serve "
            f"--port {port + 1}"
        ) from None


def serve(root, settings_file, output, watched, host="127.0.0.1", port=8000):
    """Build, serve at http://HOST:PORT, rebuild and reload on every change.

    Refuses before it builds anything (output/ stays as it is) where the port
    is taken or another preview of the project runs."""
    from pelican.log import init as init_logging

    server, reloads = bind_server(output, host, port)
    lock = lock_project(root, port)  # noqa: F841 - held while this process runs
    init_logging(logging.WARNING, name="pelican")  # the report, not every file
    sys.path.insert(0, str(Path(root) / "plugins"))
    from pelican.plugins.author_report.compat import memoize_pelican_work

    memoize_pelican_work()
    use_selection()
    builder = Builder(root, settings_file, output)
    builder.build()

    def ready():
        print(
            f"Serving http://{host}:{port}; edit content/, theme/ or plugins/ and "
            "the page reloads. Stop with Ctrl+C.",
            flush=True,
        )

    def tell(good, seconds):
        state = (
            f"built ({builder.wrote})"
            if good
            else "not built (see above); still showing the last good site"
        )
        print(
            f"Preview {time.strftime('%H:%M:%S')}: {state} in {seconds:.2f} s",
            flush=True,
        )

    try:
        watch_and_build(
            builder,
            [Path(root) / p for p in watched],
            reloads,
            on_build=tell,
            code=[Path(root) / "plugins"],
            on_ready=ready,
        )
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
