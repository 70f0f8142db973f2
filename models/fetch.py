"""Fetching a web page or feed over HTTP(S), within limits a user can trust.

Every fetch has a timeout (for each network wait, and for the whole answer), a size cap, a
limit on redirects and a check of the content type; whatever goes wrong becomes a
``FetchError`` whose message is one line ("HTTP 404 Not Found", "no answer within 20 s"), which
the reader reports with the URL. Nothing else is sent than a GET with newsview's user agent;
proxies configured in the environment are used as ``urllib`` uses them.

``urllib.request`` (and with it ``http.client`` and ``ssl``) is imported at the first fetch.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 2**20
DEFAULT_MAX_REDIRECTS = 5
_CHUNK = 64 * 1024

# Media types read as an article or a feed; a response without a type is judged by its bytes.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
     "text/xml", "application/feed+xml"}
)
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
JSON_TYPES = frozenset({"application/json", "application/x-ndjson", "application/jsonl"})
ACCEPTED_TYPES = HTML_TYPES | FEED_TYPES | TEXT_TYPES | JSON_TYPES


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Limits for fetching, and whether a feed's items are read from their linked pages
    (``fetch_items``) with up to ``jobs`` connections at a time."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    fetch_items: bool = False
    jobs: int = 1


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body and what the server said about it."""

    url: str  # as asked for
    final_url: str  # after redirects
    media_type: str  # "text/html", or "" when the server named none
    charset: str | None
    body: bytes


class FetchError(Exception):
    """A fetch that failed; ``str()`` is one line saying why (the URL is added by the caller)."""


def is_url(path: str) -> bool:
    """Whether a command-line argument is a web address rather than a file."""
    return path[:8].lower().startswith(("http://", "https://"))


def fetch(url: str, options: FetchOptions | None = None) -> Fetched:
    """GET ``url`` within ``options``' limits; raises ``FetchError``."""
    options = options or FetchOptions()
    import urllib.error
    import urllib.request

    opener = urllib.request.build_opener(_redirect_handler(options.max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": _ACCEPT})
    deadline = time.monotonic() + options.timeout
    try:
        with opener.open(request, timeout=options.timeout) as response:
            media_type, charset = _content_type(response.headers.get("Content-Type", ""))
            if media_type and media_type not in ACCEPTED_TYPES:
                raise FetchError(f"not a web page or feed (content type {media_type})")
            _check_length(response.headers.get("Content-Length"), options.max_bytes)
            body = _read_body(response, options, deadline)
            return Fetched(url, response.geturl() or url, media_type, charset, body)
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(_http_reason(error, options.max_redirects)) from None
    except urllib.error.URLError as error:
        raise FetchError(_network_reason(error.reason, options.timeout)) from None
    except (TimeoutError, OSError) as error:
        raise FetchError(_network_reason(error, options.timeout)) from None
    except ValueError as error:  # a malformed URL ("http://")
        raise FetchError(f"not a valid URL ({error})") from None
    except Exception as error:  # http.client's protocol errors, among others
        raise FetchError(f"the server's answer could not be read ({type(error).__name__})") from None


def user_agent() -> str:
    from newsview.models import __version__

    return f"newsview/{__version__} (terminal news reader)"


_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5"


def _redirect_handler(limit: int):
    import urllib.request

    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = limit
        max_repeats = 1  # the same address twice is a loop

    return LimitedRedirects()


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media_type.strip().lower(), charset


def _check_length(header: str | None, limit: int) -> None:
    try:
        length = int(header) if header else None
    except ValueError:
        return
    if length is not None and length > limit:
        raise FetchError(f"{_megabytes(length)} is over the {_megabytes(limit)} limit")


def _read_body(response, options: FetchOptions, deadline: float) -> bytes:
    """The body in chunks, stopped at the size cap or the deadline (a server trickling bytes
    would otherwise keep each wait under the timeout for ever)."""
    chunks: list[bytes] = []
    size = 0
    read = getattr(response, "read1", response.read)  # what has come, not a full chunk's wait
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"no complete answer within {options.timeout:g} s")
        chunk = read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > options.max_bytes:
            raise FetchError(f"more than the {_megabytes(options.max_bytes)} limit")
        chunks.append(chunk)


def _http_reason(error, max_redirects: int) -> str:
    if 300 <= error.code < 400:
        if "not allowed" in str(error.reason):  # a redirect to another scheme (file:, ftp:)
            return "redirected to an address that is not http or https"
        return f"more than {max_redirects} redirects, or a redirect loop"
    reason = " ".join(str(error.reason or "").split())
    return f"HTTP {error.code} {reason}".rstrip()


def _network_reason(reason: object, timeout: float) -> str:
    import socket

    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host not found (or no network)"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return " ".join(str(reason).split()) or "network error"


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.3g} MB"


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_REDIRECTS",
    "DEFAULT_TIMEOUT",
    "FetchError",
    "FetchOptions",
    "Fetched",
    "fetch",
    "is_url",
    "user_agent",
]
