"""Build the site with Pelican and serve a built site on 127.0.0.1, as its host
would: the one place that knows the Pelican command line and the site's own
HTTP headers. Used by the tasks, the tests and the benchmarks alike.

The plugin stops a build on every warning and error (an author's mistake, an
article Pelican could not read) and lists them all at once, so the command
line carries no ``--fatal``: Pelican's own would stop at the first one, with a
traceback.
"""

import contextlib
import functools
import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tools import site_headers

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
HEADERS_FILE = CONTENT / "extra" / "_headers"


def pelican_command(settings, output, content=CONTENT, extra=(), args=()):
    """The command line that builds CONTENT with SETTINGS into OUTPUT; EXTRA
    settings as ``NAME=value`` (Pelican's ``-e``), ARGS as given."""
    command = [sys.executable, "-m", "pelican", str(content),
               "-s", str(ROOT / settings), "-o", str(output)]  # fmt: skip
    if extra:  # one -e for all: Pelican keeps only the last -e it is given
        command += ["-e", *extra]
    return command + list(args)


@dataclass
class Build:
    returncode: int
    log: str
    output: Path

    def page(self, url):
        """Return the HTML written for a site-relative URL like ``archiv/``."""
        path = self.output / url
        if url == "" or url.endswith("/"):
            path = path / "index.html"
        return path.read_text(encoding="utf-8")

    def html_files(self):
        return sorted(self.output.rglob("*.html"))


def build(
    output, settings="pelicanconf.py", content=CONTENT, siteurl=None, extra=(), args=()
):
    """Run Pelican as an author does (``python3 dev.py build``); return the result."""
    env = dict(os.environ, COLUMNS="400", TERM="dumb")
    if siteurl:
        env["SITEURL"] = siteurl
    done = subprocess.run(
        pelican_command(settings, output, content, extra, args),
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    return Build(done.returncode, done.stdout + done.stderr, Path(output))


def host_headers(path=HEADERS_FILE):
    """The headers the site's ``_headers`` file asks every address to be sent with."""
    return site_headers.host_headers(path)


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files with the site's own headers (``_headers``) and 404 page."""

    def end_headers(self):
        # As a host that reads _headers does: from the served folder's root.
        headers = Path(self.directory) / "_headers"
        for name, value in host_headers(headers) if headers.exists() else []:
            self.send_header(name, value)
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.exists():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(directory, port):
    """Serve DIRECTORY on 127.0.0.1:PORT in a thread while the block runs."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
