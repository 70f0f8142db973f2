"""A local web server for the tests: news pages, feeds and every way a fetch can go wrong.

It listens on 127.0.0.1 on a free port, in a thread of the test process, and serves only what
is listed in ``routes``: nothing a test fetches ever leaves the machine. It counts the
connections open at once, so a test can see how many the reader allowed itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).parent / "data" / "web"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)
# How long /slow waits before answering and /trickle takes to send its body: far longer than
# any test's timeout (so a fetch that gives up did so by its own deadline, whatever the load),
# and shorter than the default timeout (so a fetch that ignored its own gets the answer).
SLOW_SECONDS = 10.0

SECOND_PAGE = """<!DOCTYPE html><html><head><title>Kennedy calls for debate | Daily Chronicle</title>
<meta property="og:site_name" content="Daily Chronicle">
<meta property="article:published_time" content="2005-03-15T11:00:00Z">
<meta name="author" content="Tom Reid"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Kennedy calls for Commons debate on election date</h1>
<p>Charles Kennedy, the Liberal Democrat leader, asked on Tuesday for a debate in the Commons
on the date of the general election.</p>
<p>He said voters in Cardiff and Glasgow deserved to know when they would be asked to choose
a government, and that the prime minister had no reason to keep the date a secret.</p>
<p>Downing Street said the prime minister would make his intentions clear in good time.</p>
</article><footer>Copyright Daily Chronicle 2005</footer></body></html>
"""

PLAIN = "Storm closes Cornwall ports\n\nThe ports of Falmouth and Penzance closed on Friday as a storm reached Cornwall.\n"


@dataclass
class Response:
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before anything is sent
    send_length: bool = True
    trickle: float = 0.0  # seconds between bytes of the body


@dataclass
class WebServer:
    base: str
    routes: dict[str, Response | Callable[[], Response]]
    requests: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    active: int = 0
    most_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    release: threading.Event = field(default_factory=threading.Event)  # set at the end: no more waits

    def url(self, path: str) -> str:
        return self.base + path


def _routes(base: str) -> dict[str, Response]:
    page = (WEB / "news-page.html").read_bytes()
    rss = (WEB / "rss.xml").read_text(encoding="utf-8").replace("{base}", base).encode("utf-8")
    atom = (WEB / "atom.xml").read_bytes()
    html = "text/html; charset=utf-8"
    return {
        "/politics/blair-brown-timetable.html": Response(body=page, delay=0.1),
        "/politics/kennedy-debate.html": Response(body=SECOND_PAGE.encode("utf-8"), delay=0.1),
        "/feeds/rss.xml": Response(content_type="application/rss+xml", body=rss),
        "/feeds/atom.xml": Response(content_type="application/atom+xml; charset=utf-8", body=atom),
        "/feeds/rss-as-html": Response(content_type=html, body=rss),
        "/storm.txt": Response(content_type="text/plain; charset=utf-8", body=PLAIN.encode()),
        "/redirect": Response(status=302, headers={"Location": "/politics/blair-brown-timetable.html"}),
        "/loop-a": Response(status=302, headers={"Location": "/loop-b"}),
        "/loop-b": Response(status=302, headers={"Location": "/loop-a"}),
        **{
            f"/chain/{n}": Response(status=302, headers={"Location": f"/chain/{n - 1}"})
            for n in range(1, 10)
        },
        "/chain/0": Response(body=page),
        "/to-file": Response(status=302, headers={"Location": "file:///etc/passwd"}),
        "/missing-page.html": Response(status=404, body=b"<h1>Not found</h1>"),
        "/slow": Response(body=page, delay=SLOW_SECONDS),
        "/trickle": Response(body=b"<html>" + b" " * int(SLOW_SECONDS / 0.1), trickle=0.1),
        "/image.png": Response(content_type="image/png", body=PNG),
        "/png-as-html": Response(body=PNG),
        "/big": Response(body=b"<html><body><p>" + b"word " * 300_000 + b"</p></body></html>"),
        "/big-unsized": Response(body=b"<html><body><p>" + b"word " * 300_000, send_length=False),
        "/empty": Response(body=b""),
        "/untyped": Response(content_type=None, body=page),
    }


class _Handler(BaseHTTPRequestHandler):
    server_version = "newsview-test"
    protocol_version = "HTTP/1.0"  # one request a connection: each fetch is its own connection

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        web: WebServer = self.server.web  # type: ignore[attr-defined]
        with web.lock:
            web.requests.append(self.path)
            web.agents.append(self.headers.get("User-Agent", ""))
            web.active += 1
            web.most_active = max(web.most_active, web.active)
        try:
            self._answer(web)
        finally:
            with web.lock:
                web.active -= 1

    def _answer(self, web: WebServer) -> None:
        route = web.routes.get(self.path)
        response = route() if callable(route) else route
        if response is None:
            response = Response(status=404, body=b"no such test page")
        if response.delay:
            web.release.wait(response.delay)
        try:
            self.send_response(response.status)
            if response.content_type:
                self.send_header("Content-Type", response.content_type)
            if response.send_length:
                self.send_header("Content-Length", str(len(response.body)))
            for key, value in response.headers.items():
                self.send_header(key, value)
            self.end_headers()
            if response.trickle:
                for byte in response.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    if web.release.wait(response.trickle):
                        break
            else:
                self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the reader gave up (a timeout or the size cap): as it should

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@contextmanager
def serving() -> Iterator[WebServer]:
    """A server on 127.0.0.1 for the length of the ``with`` block."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True  # a slow answer still sleeping never holds up the tests' end
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    web = WebServer(base, dict(_routes(base)))
    httpd.web = web  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield web
    finally:
        web.release.set()
        httpd.shutdown()
        httpd.server_close()
