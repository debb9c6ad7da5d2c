"""Shared fixtures: the site built once per session, served on 127.0.0.1."""

import functools
import os
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.chromium import LAUNCH_ARGS, ChromiumMissing, find_chromium
from tests.site import build

# A strict policy, as a careful host would send it: nothing inline, nothing foreign.
CSP = "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


@pytest.fixture(scope="session")
def local_site(tmp_path_factory):
    """The site built with pelicanconf.py, as an author previews it."""
    site = build(tmp_path_factory.mktemp("local"))
    assert site.returncode == 0, site.log
    return site


class _Handler(SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        not_found = os.path.join(self.directory, "404.html")
        if code == 404 and os.path.exists(not_found):
            with open(not_found, "rb") as page:
                body = page.read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, *args):
        pass


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def published_site(tmp_path_factory):
    """The site built with publishconf.py for its address on 127.0.0.1, and served."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    site = build(
        tmp_path_factory.mktemp("published"), "publishconf.py", siteurl=base_url
    )
    assert site.returncode == 0, site.log
    handler = functools.partial(_Handler, directory=str(site.output))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base_url = base_url
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's Chromium where there is one, Playwright's own otherwise."""
    try:
        path, _kind = find_chromium()
    except ChromiumMissing as missing:
        # Never skip: without a browser the suite has not passed.
        pytest.fail(str(missing))
    args = {**browser_type_launch_args, "args": LAUNCH_ARGS}
    if path:
        args["executable_path"] = path
    return args


@pytest.fixture
def site_url(published_site):
    """Turn a site-relative URL into the served address."""
    return lambda url="": f"{published_site.base_url}/{url}"
