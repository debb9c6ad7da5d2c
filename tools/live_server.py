"""The author's live preview: build in one long-lived process, serve, reload.

``python3 dev.py serve`` runs :func:`serve`. One Python process keeps Pelican,
the plugin and the theme loaded. A watcher looks at the sources every
``POLL_SECONDS``; when one changes it builds the whole site again, in this
process, with Pelican's content cache (unchanged articles are not read again),
typogrify's results kept for text it has seen and templates compiled once. A
change to the plugin's Python code starts the process again.

Each build goes into a fresh folder next to the output; only a build without
mistakes replaces the output, so a failed build never leaves a half-written
site: the browser keeps the last good one while the report says what to fix.
After a good build every open page reloads, told by a server-sent event from a
script the server adds to each HTML page. Pages are served with the site's own
headers (``content/extra/_headers``), so the preview runs under the published
CSP.
"""

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

from jinja2 import BytecodeCache

from tools.site_headers import host_headers

POLL_SECONDS = 0.05
RELOAD_PATH = "/__live/reload.js"
EVENTS_PATH = "/__live/events"
RELOAD_SCRIPT = (
    b'new EventSource("/__live/events").addEventListener("reload", '
    b"() => location.reload());\n"
)
RELOAD_TAG = f'<script src="{RELOAD_PATH}"></script>'.encode()


def memoize_typogrify():
    """Keep typogrify's result for each text: it is pure, and it runs on every
    article at every build, cached or not (Pelican applies it after its cache)."""
    from typogrify import filters

    original = filters.typogrify
    if getattr(original, "memoized", False):
        return
    results = {}

    def typogrify(text, ignore_tags=None, **omitted):
        key = (text, tuple(ignore_tags or ()), tuple(sorted(omitted.items())))
        if key not in results:
            results[key] = original(text, ignore_tags, **omitted)
        return results[key]

    typogrify.memoized = True
    filters.typogrify = typogrify


class TemplateCache(BytecodeCache):
    """Jinja's compiled templates, kept for the life of the preview.

    Pelican makes a new Jinja environment at every build, which compiles every
    template again; with this cache a template is compiled once until its
    source changes (Jinja checks each source's checksum)."""

    def __init__(self):
        self.store = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket):
        self.store[bucket.key] = bucket.bytecode_to_string()

    def __getstate__(self):
        # Pelican's content cache pickles the settings, this among them:
        # the compiled templates are not worth writing to disk.
        return {"store": {}}


def snapshot(paths):
    """``{file: (mtime, size)}`` for every file under PATHS."""
    found = {}
    for root in paths:
        if root.is_file():
            stat = root.stat()
            found[str(root)] = (stat.st_mtime_ns, stat.st_size)
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
            for name in files:
                try:
                    stat = os.stat(os.path.join(folder, name))
                except FileNotFoundError:
                    continue  # removed while we looked: the next look sees it
                found[os.path.join(folder, name)] = (stat.st_mtime_ns, stat.st_size)
    return found


class Builder:
    """Build the site in this process into a fresh folder; swap it in if good."""

    def __init__(self, root, settings_file, output, content=None):
        self.root = Path(root)
        self.settings_file = self.root / settings_file
        self.output = Path(output)
        self.content = content
        self.cache = self.root / ".cache" / "pelican"
        self.templates = TemplateCache()

    def build(self):
        """Build once; True when the new site is in place."""
        from pelican import Pelican
        from pelican.log import LimitFilter
        from pelican.settings import read_settings

        staging = self.output.with_name(f"{self.output.name}.next")
        shutil.rmtree(staging, ignore_errors=True)
        override = {
            "OUTPUT_PATH": str(staging),
            "CACHE_CONTENT": True,
            "LOAD_CONTENT_CACHE": True,
            "CACHE_PATH": str(self.cache),
        }
        if self.content:
            override["PATH"] = str(self.content)
        # Pelican's log filter remembers messages for the life of the process;
        # each build must say everything again.
        LimitFilter._ignore.clear()
        LimitFilter._raised_messages.clear()
        try:
            settings = read_settings(str(self.settings_file), override=override)
            settings["JINJA_ENVIRONMENT"] = {
                **settings["JINJA_ENVIRONMENT"],
                "bytecode_cache": self.templates,
            }
            Pelican(settings).run()
        except SystemExit:
            return False  # the build report has said what to fix
        except Exception:  # a crash must not stop the preview: show it, go on
            traceback.print_exc()
            return False
        self._swap_in(staging)
        return True

    def _swap_in(self, staging):
        old = self.output.with_name(f"{self.output.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if self.output.exists():
            self.output.rename(old)
        staging.rename(self.output)
        shutil.rmtree(old, ignore_errors=True)


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


def watch_and_build(builder, watched, reloads, stop=None, on_build=None, code=()):
    """Build whenever a file under WATCHED changes, until STOP is set; call
    :func:`restart` instead when a Python file under one of CODE changes."""
    stop = stop or threading.Event()
    seen = snapshot(watched)
    while not stop.is_set():
        time.sleep(POLL_SECONDS)
        now = snapshot(watched)
        if now == seen:
            continue
        changed = {
            path for path in now.keys() | seen.keys() if now.get(path) != seen.get(path)
        }
        seen = now
        if any(
            path.endswith(".py") and path.startswith(tuple(map(str, code)))
            for path in changed
        ):
            restart()
        started = time.perf_counter()
        good = builder.build()
        if good:
            reloads.announce()
        if on_build:
            on_build(good, time.perf_counter() - started)


def restart():
    """Start this process again: the plugin's Python code changed."""
    print("The plugin changed: starting the preview again.", flush=True)
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def serve(root, settings_file, output, watched, host="127.0.0.1", port=8000):
    """Build, serve at http://HOST:PORT, rebuild and reload on every change."""
    from pelican.log import init as init_logging

    init_logging(logging.WARNING, name="pelican")  # the report, not every file
    memoize_typogrify()
    sys.path.insert(0, str(Path(root) / "plugins"))
    builder = Builder(root, settings_file, output)
    builder.build()
    server, reloads = start_server(output, host, port)
    print(
        f"Serving http://{host}:{port}; edit content/, theme/ or plugins/ and "
        "the page reloads. Stop with Ctrl+C.",
        flush=True,
    )

    def tell(good, seconds):
        state = (
            "built"
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
        )
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
