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

The rooms: ``selection`` (which pages a build writes; plugins say which pages
show which texts), ``builder`` (build, swap in if good), ``server`` (the
site as the host serves it, plus reloading), ``watcher`` (changes, settling,
restarting); the memos of Pelican's pure work are
``pelican.plugins.author_report.compat``'s. This module runs them together.
"""

import logging
import os
import sys
import time
from pathlib import Path

from tools.preview.builder import Builder
from tools.preview.selection import use_selection
from tools.preview.server import start_server
from tools.preview.watcher import watch_and_build


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
