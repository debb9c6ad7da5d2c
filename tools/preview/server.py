"""Serve the built site as the host will (``tools.local_site.SiteHandler``:
its own headers, its 404 page), never cached, with a script in every page
that reloads it after each good build (a server-sent event)."""

import io
import threading
from http import HTTPStatus
from http.server import ThreadingHTTPServer
from pathlib import Path

from tools.local_site import SiteHandler

RELOAD_PATH = "/__live/reload.js"
EVENTS_PATH = "/__live/events"
RELOAD_SCRIPT = (
    f'new EventSource("{EVENTS_PATH}").addEventListener("reload", '
    "() => location.reload());\n"
).encode()
RELOAD_TAG = f'<script src="{RELOAD_PATH}"></script>'.encode()


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


class PreviewHandler(SiteHandler):
    """The built site as the host serves it, never cached, a reload script in
    every page."""

    output = None
    reloads = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(self.output), **kwargs)

    def end_headers(self):
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
