"""Reading articles: files, directories, web addresses and standard input into ``Article``s.

Formats: ``.txt`` and ``.md`` (optional front matter between ``---`` lines; else a first line
standing alone is the title), ``.json`` (one record or a list of records) and ``.jsonl`` (one
record a line, streamed). A record holds ``text`` and optionally ``id``, ``title``, ``date``
(or ``published``, or ``dct``), ``source``, ``url`` and ``author``; every other key
(annotations such as ``entities`` or ``timexes`` included) is ignored, so the engine only ever
sees the text and its publication date. ``.html``/``.htm`` pages give their main text and
metadata (``webpage``); ``.rss``/``.atom``/``.xml`` feeds one article per item (``feeds``).
An ``http(s)://`` address is fetched (``fetch``) and read as what it serves: a page, a feed
or text.

Nothing a user feeds this raises or hangs: a file that cannot be read becomes a
``ReadProblem`` (one line: path and reason) and reading goes on with the next one. FIFOs and
devices are never read, symbolic-link loops are detected, and binary files are recognised by
their NUL bytes or magic numbers before any decoding.
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, TextIO

from newsview.models.document import Article
from newsview.models.feeds import FEED_EXTENSIONS, FeedItem, looks_like_feed, parse_feed
from newsview.models.fetch import (
    FEED_TYPES,
    HTML_TYPES,
    JSON_TYPES,
    Fetched,
    FetchError,
    FetchOptions,
    fetch,
    is_url,
)
from newsview.models.html import declared_charset
from newsview.models.text import visible_controls
from newsview.models.vocab import MONTHS
from newsview.models.webpage import read_page

# What a directory is searched for (``.xml`` is read as a feed only when named).
ARTICLE_EXTENSIONS = (".txt", ".md", ".json", ".jsonl", ".html", ".htm", ".rss", ".atom")
_HTML_EXTENSIONS = (".html", ".htm")
_TITLE_MAX_CHARS = 150  # a longer first line is a paragraph, not a headline
# Words a headline does not end on, but a hard-wrapped line of a paragraph often does.
_RUNS_ON = frozenset("a an and as at by for from in of on or the to with".split())
DEFAULT_MAX_ARTICLE_BYTES = 5 * 2**20
DATE_KEYS = ("date", "published", "dct")
TEXT_ONLY_WARNING = "text only"  # starts the warning given to an article too large to analyse

# Known file signatures of formats that are never text (checked before NUL bytes, which also
# catch most of the formats not listed).
_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (old Office format)"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x00asm", "WebAssembly module"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_SNIFF_BYTES = 8192
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = str.maketrans({"\n": "\u2424", "\t": "\u2409"})


def one_line(text: str) -> str:
    """``text`` safe to print on one terminal line: controls (newlines and tabs too) visible,
    undecodable bytes of file names (lone surrogates) as U+FFFD."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return visible_controls(text).translate(_LINE_BREAKS)


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """An input that could not be read (or a record of it that could not): where, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return one_line(f"{self.path}: {self.reason}")


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)


class _Unreadable(Exception):
    """A whole file (or stream) that cannot be read: becomes one ReadProblem."""


# ----------------------------------------------------------------------------- public entry


def iter_articles(
    paths: Sequence[str],
    default_date: date | None = None,
    stdin: TextIO | bytes | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    fetch_options: FetchOptions | None = None,
) -> Iterator[Article | ReadProblem]:
    """Every article of ``paths`` in order, and a ``ReadProblem`` for whatever cannot be read.

    Directories are read recursively (sorted by name) for the article extensions; ``"-"``
    reads ``stdin`` (a stream, or its bytes already read). A ``.jsonl`` file is streamed record
    by record. ``http(s)://`` addresses are fetched within ``fetch_options``' limits.
    """
    ids = _IdRegistry()
    options = fetch_options or FetchOptions()
    for given in paths:
        path = os.fspath(given)
        try:
            for item in _read_path(path, stdin, options):
                if isinstance(item, ReadProblem):
                    yield item
                    continue
                yield _finish(item, ids, default_date, max_article_bytes)
        except Exception as error:  # a reader bug or MemoryError: one input lost, not the run
            yield ReadProblem(path, f"could not be read ({type(error).__name__}: {error})")


def read_paths(
    paths: Sequence[str],
    default_date: date | None = None,
    stdin: TextIO | bytes | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    fetch_options: FetchOptions | None = None,
) -> ReadResult:
    """All of ``iter_articles`` at once: the articles and the problems, each in input order."""
    result = ReadResult()
    for item in iter_articles(paths, default_date, stdin, max_article_bytes, fetch_options):
        if isinstance(item, ReadProblem):
            result.problems.append(item)
        else:
            result.articles.append(item)
    return result


def is_text_only(article: Article, max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> bool:
    """Whether the article is too large to analyse (it is still shown, as text only)."""
    return _byte_length_over(article.text, max_article_bytes)


def parse_date(value: object) -> date | None:
    """A publication date from metadata: ISO (``2025-11-04``, with or without a time),
    ``2025/11/04``, ``20251104``, ``November 4, 2025``, ``4 Nov 2025``, RFC 2822; else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 100:
        return None
    for parse in (_parse_numeric_date, _parse_rfc2822, _parse_named_month_date):
        found = parse(value)
        if found is not None:
            return found
    return None


# ----------------------------------------------------------------------------- paths


def _read_path(
    path: str, stdin: TextIO | bytes | None, options: FetchOptions
) -> Iterator[_Draft | ReadProblem]:
    if path == "-":
        yield from _read_stdin(stdin)
        return
    if is_url(path):
        yield from _read_url(path, options)
        return
    try:
        info = os.stat(path)
    except OSError as error:
        yield ReadProblem(path, _os_reason(error))
        return
    except ValueError:  # a NUL character in the path
        yield ReadProblem(path, "not a valid path")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_directory(path, info, options)
    else:
        yield from _read_file(path, _extension(path), options)


def _read_directory(
    root: str, root_info: os.stat_result, options: FetchOptions
) -> Iterator[_Draft | ReadProblem]:
    """Article files under ``root`` in name order, each folder's entries where they sort (as a
    sorted listing of paths would show them); each directory is entered once, so a symbolic
    link back to an ancestor cannot loop; special files are never opened."""
    visited = {(root_info.st_dev, root_info.st_ino)}
    found_or_reported = False
    stack: list[Iterator[os.DirEntry[str]]] = [_sorted_entries(root)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if isinstance(entry, ReadProblem):
            yield entry
            found_or_reported = found_or_reported or entry.path == root  # says enough
            continue
        is_article = entry.name.lower().endswith(ARTICLE_EXTENSIONS)
        try:
            info = entry.stat(follow_symlinks=True)
        except OSError as error:
            if error.errno == errno.ELOOP or (is_article and not entry.is_symlink()):
                yield ReadProblem(entry.path, _os_reason(error))
            continue  # a dangling link: nothing there to read
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key not in visited:
                visited.add(key)
                stack.append(_sorted_entries(entry.path))
        elif is_article:
            found_or_reported = True
            yield from _read_file(entry.path, _extension(entry.name), options)
    if not found_or_reported:
        kinds = ", ".join(ARTICLE_EXTENSIONS[:-1]) + " or " + ARTICLE_EXTENSIONS[-1]
        yield ReadProblem(root, f"no {kinds} files in this directory")


def _sorted_entries(folder: str) -> Iterator:
    """The entries of ``folder`` sorted by name, or one ReadProblem when it cannot be listed."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as error:
        return iter([ReadProblem(folder, _os_reason(error))])
    return iter(entries)


def _read_file(
    path: str, extension: str, options: FetchOptions
) -> Iterator[_Draft | ReadProblem]:
    """The records of one file; whatever goes wrong inside costs this file only (the rest of
    its directory is still read)."""
    try:
        yield from _read_file_records(path, extension, options)
    except Exception as error:  # a reader bug or MemoryError
        yield ReadProblem(path, f"could not be read ({type(error).__name__}: {error})")


def _read_file_records(
    path: str, extension: str, options: FetchOptions
) -> Iterator[_Draft | ReadProblem]:
    try:
        if extension == ".jsonl":
            with _open_file(path) as stream:
                lines, empty = _jsonl_file_lines(stream)
                yield from _jsonl_records(path, lines, empty)
            return
        with _open_file(path) as stream:
            data = stream.read()
        if extension in FEED_EXTENSIONS:
            _refuse_binary(data)
            yield from _feed_articles(path, data, None, options)
            return
        text, encoding, warnings = _decode(data)
    except _Unreadable as error:
        yield ReadProblem(path, str(error))
        return
    except OSError as error:
        yield ReadProblem(path, _os_reason(error))
        return
    if extension == ".json":
        yield from _json_records(path, text, encoding, warnings)
    elif extension in _HTML_EXTENSIONS:
        yield from _html_article(path, text, encoding, warnings, data)
    else:
        yield from _text_article(path, text, encoding, warnings)


def _open_file(path: str) -> BinaryIO:
    """Open a regular file for reading in binary; anything else raises ``_Unreadable``.

    O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; the type is
    then checked on the open descriptor, so nothing can swap the file in between.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _Unreadable(f"not a regular file ({_file_kind(mode)})")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return open(fd, "rb")  # the caller closes it
    except BaseException:
        os.close(fd)
        raise


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "an unknown kind of file"


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    return (error.strerror or type(error).__name__).lower()


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _stem(path: str) -> str:
    return Path(path).stem or path


# ----------------------------------------------------------------------------- bytes to text


def _binary_kind(head: bytes) -> str | None:
    """What the first bytes of a file say it is, when that is not text."""
    for magic, kind in _MAGIC_NUMBERS:
        if head.startswith(magic):
            return kind
    return None


def _refuse_binary(data: bytes) -> None:
    """Raise ``_Unreadable`` when NUL bytes or a magic number say ``data`` is not text."""
    kind = _binary_kind(data[:_SNIFF_BYTES])
    if kind:
        raise _Unreadable(f"binary file ({kind})")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _Unreadable(f"binary file (NUL byte at offset {nul})")


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Text, encoding name and warnings: a BOM decides; else NUL bytes or a magic number mean
    binary; else UTF-8, falling back to cp1252 (every byte one character) with a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                break  # still checked for binary content and fallback below
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as error:
                text = data.decode(encoding, errors="replace")
                return text, encoding, [f"invalid {encoding} ({error.reason}): replaced by U+FFFD"]
    _refuse_binary(data)
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return data.decode(encoding), encoding, []
    except UnicodeDecodeError as error:
        # cp1252 leaves five bytes undefined: they become U+FFFD, still one character a byte.
        text = data.removeprefix(b"\xef\xbb\xbf").decode("cp1252", errors="replace")
        offset = error.start + len(data) - len(error.object)  # the object lacks a BOM
        warning = f"not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}): read as cp1252"
        return text, "cp1252", [warning]


def _universal_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean_text(text: str) -> tuple[str, list[str]]:
    """Length-preserving repairs: controls made visible; lone surrogates (a JSON ``\\ud800``)
    become U+FFFD, since they cannot be written out as UTF-8."""
    warnings: list[str] = []
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append("lone surrogate code points replaced by U+FFFD")
    return visible_controls(text), warnings


# ----------------------------------------------------------------------------- formats


@dataclass
class _Draft:
    """An article before its id, date and size checks (which need the whole run's context)."""

    path: str
    text: str
    encoding: str
    id: str | None
    fallback_id: str
    title: str | None = None
    date_value: object = None
    source: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    author: str | None = None
    date_from: str = "metadata"  # what published_from says when date_value is used


def _text_article(
    path: str, text: str, encoding: str, warnings: list[str], stem: str | None = None
) -> Iterator[_Draft | ReadProblem]:
    text = _universal_newlines(text)
    if not text:
        yield ReadProblem(path, "empty file")
        return
    if text.isspace():
        yield ReadProblem(path, "only white space")
        return
    meta, body = _front_matter(text)
    if meta is not None and not body.strip():
        yield ReadProblem(path, "front matter but no text")
        return
    meta = meta or {}
    body, repairs = _clean_text(body)
    yield _Draft(
        path=path,
        text=body,
        encoding=encoding,
        id=None,
        fallback_id=stem or _stem(path),
        title=meta.get("title") or headline(body),
        date_value=meta.get("date") or meta.get("published") or meta.get("dct"),
        source=meta.get("source"),
        url=meta.get("url"),
        author=meta.get("author"),
        warnings=warnings + repairs,
    )


def headline(text: str) -> str | None:
    """The first line of a text when it stands alone as a headline: followed by more text, at
    most 150 characters, and not a sentence that runs on (a paragraph's first line ends with
    a full stop, on a word such as "and", or carries on in lower case). A Markdown heading's ``#`` marks are dropped."""
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first or len(first) > _TITLE_MAX_CHARS:
        return None
    if first.startswith("#"):
        first = first.lstrip("#").strip()
        return first or None
    next_line = rest.lstrip()
    if first.endswith((".", ",", ";", ":")) or next_line[:1].islower():
        return None
    if first.rsplit(" ", 1)[-1] in _RUNS_ON:  # a hard-wrapped line: "... Falmouth and"
        return None
    return first


def _html_article(
    path: str, text: str, encoding: str, warnings: list[str], data: bytes | None,
    stem: str | None = None, url: str | None = None,
) -> Iterator[_Draft | ReadProblem]:
    """A web page as its main text and metadata (see ``webpage.read_page``); the offsets index
    that text."""
    if data is not None and encoding == "cp1252":
        # not UTF-8: the page's own <meta charset> says better than the cp1252 guess
        charset = declared_charset(data)
        if charset and charset not in ("utf-8", "utf8"):
            try:
                text, encoding, warnings = data.decode(charset, errors="replace"), charset, []
            except LookupError:
                pass
    if not text.strip():
        yield ReadProblem(path, "empty file" if not text else "only white space")
        return
    page = read_page(text, url)
    if not page.text.strip():
        yield ReadProblem(path, "no visible text in the page")
        return
    body, repairs = _clean_text(page.text)
    yield _Draft(
        path=path,
        text=body,
        encoding=encoding,
        id=None,
        fallback_id=stem or (_url_stem(url) if url else _stem(path)),
        title=page.title,
        date_value=page.date,
        date_from="page",
        source=page.site_name,
        url=page.url,
        author=page.author,
        warnings=warnings + list(page.warnings) + repairs,
    )


# ----------------------------------------------------------------------------- the web


def _read_url(url: str, options: FetchOptions) -> Iterator[_Draft | ReadProblem]:
    """What a web address serves: a page, a feed, or text (as the files of those kinds)."""
    try:
        fetched = fetch(url, options)
    except FetchError as error:
        yield ReadProblem(url, str(error))
        return
    yield from _fetched_articles(fetched, options, allow_feed=True)


def _fetched_articles(
    fetched: Fetched, options: FetchOptions, allow_feed: bool
) -> Iterator[_Draft | ReadProblem]:
    url, data = fetched.url, fetched.body
    if not data.strip():
        yield ReadProblem(url, "the server sent an empty page")
        return
    try:
        _refuse_binary(data)
    except _Unreadable as error:
        yield ReadProblem(url, str(error).replace("binary file", "binary content", 1))
        return
    kind = fetched.media_type
    if allow_feed and (kind in FEED_TYPES or looks_like_feed(data)):
        yield from _feed_articles(url, data, fetched.final_url, options)
        return
    text, encoding, warnings = _decode_fetched(data, fetched.charset)
    stem = _url_stem(fetched.final_url)
    if kind in HTML_TYPES or (not kind and _looks_like_html(text)):
        yield from _html_article(url, text, encoding, warnings, data, stem, fetched.final_url)
    elif kind in JSON_TYPES:
        yield from _json_records(url, text, encoding, warnings)
    elif kind in FEED_TYPES:
        yield ReadProblem(url, "an XML document, not a web page")
    else:
        yield from _text_article(url, text, encoding, warnings, stem=stem)


def _decode_fetched(data: bytes, charset: str | None) -> tuple[str, str, list[str]]:
    """The body as text: the charset the server named, else as a file's bytes are decoded."""
    if charset:
        try:
            return data.decode(charset), charset, []
        except LookupError:
            pass
        except UnicodeDecodeError as error:
            text = data.decode(charset, errors="replace")
            return text, charset, [f"invalid {charset} ({error.reason}): replaced by U+FFFD"]
    return _decode(data)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<head" in head


def _url_stem(url: str) -> str:
    """An article id from an address: its last path segment without extension, else the host."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    segment = next((s for s in reversed(parts.path.split("/")) if s), "")
    stem = os.path.splitext(unquote(segment))[0]
    return stem or parts.hostname or url


def _feed_articles(
    path: str, data: bytes, base_url: str | None, options: FetchOptions
) -> Iterator[_Draft | ReadProblem]:
    """One article per feed item; with ``options.fetch_items``, each from its linked page."""
    feed = parse_feed(data, base_url)
    if feed.problem:
        yield ReadProblem(path, feed.problem)
        return
    stem = "stdin" if path == "-" else _url_stem(path) if is_url(path) else _stem(path)
    if not options.fetch_items:
        for item in feed.items:
            yield _item_draft(path, stem, item, feed.title)
        return
    for item, fetched in zip(feed.items, _fetch_links(feed.items, options), strict=True):
        yield from _linked_item(path, stem, item, feed.title, fetched, options)


def _item_draft(
    path: str, stem: str, item: FeedItem, feed_title: str | None, warnings: list[str] | None = None
) -> _Draft | ReadProblem:
    where = f"item {item.number}"
    if not item.text.strip():
        return ReadProblem(path, f"{where}: no text in the feed (--fetch-items reads its page)")
    text, repairs = _clean_text(item.text)
    return _Draft(
        path=path,
        text=text,
        encoding="utf-8",
        id=None,
        fallback_id=_url_stem(item.link) if item.link else f"{stem}:{item.number}",
        title=item.title,
        date_value=item.date,
        source=feed_title,
        url=item.link,
        author=item.author,
        warnings=(warnings or []) + repairs,
    )


def _fetch_links(items: Sequence[FeedItem], options: FetchOptions) -> Iterator[Fetched | FetchError | None]:
    """Each item's linked page, in item order: one connection at a time unless ``options.jobs``
    allows more; an item without an http(s) link gives None."""

    def get(item: FeedItem) -> Fetched | FetchError | None:
        if not item.link or not is_url(item.link):
            return None
        try:
            return fetch(item.link, options)
        except FetchError as error:
            return error

    if options.jobs <= 1:
        yield from map(get, items)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=options.jobs) as pool:
        yield from pool.map(get, items)


def _linked_item(
    path: str, stem: str, item: FeedItem, feed_title: str | None,
    fetched: Fetched | FetchError | None, options: FetchOptions,
) -> Iterator[_Draft | ReadProblem]:
    """An item read from its linked page; the feed's own fields fill what the page lacks, and
    when the page cannot be read the item's feed text is shown with a warning saying why."""
    if isinstance(fetched, Fetched):
        drafts = list(_fetched_articles(fetched, options, allow_feed=False))
        if len(drafts) == 1 and isinstance(drafts[0], _Draft):
            draft = drafts[0]
            draft.title = draft.title or item.title
            draft.author = draft.author or item.author
            draft.source = draft.source or feed_title
            if draft.date_value is None and item.date:
                draft.date_value, draft.date_from = item.date, "metadata"
            yield draft
            return
        reason = "; ".join(d.reason for d in drafts if isinstance(d, ReadProblem)) or "no article"
    elif isinstance(fetched, FetchError):
        reason = str(fetched)
    else:
        reason = "no http(s) link"
    link = item.link or f"item {item.number}"
    if item.text.strip():
        note = f"linked page not read ({link}: {reason}): the feed's text is shown"
        yield _item_draft(path, stem, item, feed_title, [note])
    else:
        yield ReadProblem(link, f"{reason} (item {item.number} of {path})")


_FRONT_MATTER_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:")
_FRONT_MATTER_MAX_LINES = 100


def _front_matter(text: str) -> tuple[dict[str, str] | None, str]:
    """``key: value`` lines between a first line ``---`` and the next ``---`` line, and the text
    after them; (None, text) when the text does not open that way."""
    if not text.startswith("---"):
        return None, text
    lines = text.split("\n", _FRONT_MATTER_MAX_LINES + 1)
    if lines[0].rstrip() != "---":
        return None, text
    meta: dict[str, str] = {}
    consumed = len(lines[0]) + 1
    for line in lines[1 : _FRONT_MATTER_MAX_LINES + 1]:
        consumed += len(line) + 1
        if line.rstrip() == "---":
            return meta, text[consumed:]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not _FRONT_MATTER_LINE.match(line):
            return None, text  # not front matter: a rule followed by prose
        key, _, value = line.partition(":")
        meta[key.strip().lower()] = _unquote(value.strip())
    return None, text


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _json_records(
    path: str, text: str, encoding: str, warnings: list[str]
) -> Iterator[_Draft | ReadProblem]:
    if not text.strip():
        yield ReadProblem(path, "empty file" if not text else "only white space")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if _json_shape(text)[0] == "jsonl":
            note = "JSON lines in a .json file: read one record a line"
            yield from _jsonl_records(path, _text_lines(text, encoding, [*warnings, note]), empty=False)
            return
        yield ReadProblem(path, f"not valid JSON ({_json_reason(error)} at line {error.lineno} column {error.colno})")
        return
    except RecursionError:
        yield ReadProblem(path, "not valid JSON (nested too deeply)")
        return
    if isinstance(data, dict):
        yield _record(path, data, encoding, warnings, None, single=True)
    elif isinstance(data, list):
        if not data:
            yield ReadProblem(path, "empty JSON list: no articles")
        for number, item in enumerate(data, 1):
            yield _record(path, item, encoding, list(warnings), f"record {number}", len(data) == 1, number)
    else:
        yield ReadProblem(path, f"{_json_type(data)}, not an article record or a list of them")


_Line = tuple[int, "str | ReadProblem", str, list[str]]  # number, text, encoding, warnings


def _jsonl_records(path: str, lines: Iterator[_Line], empty: bool) -> Iterator[_Draft | ReadProblem]:
    """One record a line, decoded line by line so a 50 MB file streams; the first record is held
    back until a second one shows whether this is a one-article file (whose id is the stem)."""
    pending: _Line | None = None
    count = 0
    for number, line, encoding, warnings in lines:
        if isinstance(line, str) and not line.strip():
            continue
        count += 1
        if count == 1:
            pending = (number, line, encoding, warnings)
            continue
        if pending is not None:
            yield _jsonl_record(path, *pending, single=False)
            pending = None
        yield _jsonl_record(path, number, line, encoding, warnings, single=False)
    if pending is not None:
        yield _jsonl_record(path, *pending, single=True)
    elif count == 0:
        yield ReadProblem(path, "empty file" if empty else "only white space")


def _jsonl_file_lines(stream: BinaryIO) -> tuple[Iterator[_Line], bool]:
    """The lines of a .jsonl file, and whether it is empty; binary content raises _Unreadable."""
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]  # type: ignore[attr-defined]
    if not head:
        return iter(()), True
    for bom, encoding in _BOMS:
        if head.startswith(bom) and encoding != "utf-8-sig":
            return _wide_jsonl_lines(stream, encoding), False
    kind = _binary_kind(head)
    if kind:
        raise _Unreadable(f"binary file ({kind})")
    nul = head.find(b"\x00")
    if nul >= 0:
        raise _Unreadable(f"binary file (NUL byte at offset {nul})")
    return _byte_jsonl_lines(stream), False


def _byte_jsonl_lines(stream: BinaryIO) -> Iterator[_Line]:
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if b"\x00" in raw:
            yield number, ReadProblem("", "NUL byte: binary data, not JSON"), "utf-8", []
            continue
        try:
            yield number, raw.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError as error:
            warning = (
                f"line {number}: not valid UTF-8 (byte 0x{raw[error.start]:02x}): read as cp1252"
            )
            yield number, raw.decode("cp1252", errors="replace"), "cp1252", [warning]


def _wide_jsonl_lines(stream: BinaryIO, encoding: str) -> Iterator[_Line]:
    reader = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)
    for number, line in enumerate(reader, 1):
        yield number, line, encoding, []


def _jsonl_record(
    path: str, number: int, line: str | ReadProblem, encoding: str, warnings: list[str], single: bool
) -> _Draft | ReadProblem:
    where = f"line {number}"
    if isinstance(line, ReadProblem):
        return ReadProblem(path, f"{where}: {line.reason}")
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return ReadProblem(path, f"{where}: not valid JSON ({_json_reason(error)} at column {error.colno})")
    except RecursionError:
        return ReadProblem(path, f"{where}: not valid JSON (nested too deeply)")
    return _record(path, data, encoding, warnings, where, single, number)


def _record(
    path: str,
    data: object,
    encoding: str,
    warnings: list[str],
    where: str | None,
    single: bool,
    number: int | None = None,
) -> _Draft | ReadProblem:
    """One JSON record as a draft article; ``where`` ("line 3", "record 2") locates it in a
    file of several, and ``number`` gives its fallback id there."""
    prefix = f"{where}: " if where else ""
    if not isinstance(data, dict):
        return ReadProblem(path, f"{prefix}{_json_type(data)}, not an article record (an object with \"text\")")
    text = data.get("text")
    if text is None:
        return ReadProblem(path, f"{prefix}no \"text\" key")
    if not isinstance(text, str):
        return ReadProblem(path, f"{prefix}\"text\" is {_json_type(text)}, not a string")
    if not text.strip():
        return ReadProblem(path, f"{prefix}empty text" if not text else f"{prefix}text is only white space")
    text, repairs = _clean_text(text)
    record_warnings = list(warnings) + [prefix + r for r in repairs]
    stem = _stem(path) if path != "-" else "stdin"
    return _Draft(
        path=path,
        text=text,
        encoding=encoding,
        id=_record_id(data.get("id"), prefix, record_warnings),
        fallback_id=stem if single or number is None else f"{stem}:{number}",
        title=_string_field(data, "title", prefix, record_warnings),
        date_value=next((data[k] for k in DATE_KEYS if data.get(k) not in (None, "")), None),
        source=_string_field(data, "source", prefix, record_warnings),
        url=_string_field(data, "url", prefix, record_warnings),
        author=_string_field(data, "author", prefix, record_warnings),
        warnings=record_warnings,
    )


def _record_id(value: object, prefix: str, warnings: list[str]) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        warnings.append(f"{prefix}\"id\" is {_json_type(value)}, not a string: ignored")
        return None
    return str(value)


def _string_field(data: dict, key: str, prefix: str, warnings: list[str]) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value or None
    warnings.append(f"{prefix}\"{key}\" is {_json_type(value)}, not a string: ignored")
    return None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


# ----------------------------------------------------------------------------- standard input


def _read_stdin(stdin: TextIO | bytes | None) -> Iterator[_Draft | ReadProblem]:
    """Standard input as one text article, or JSON / JSON lines, a page or a feed when it
    looks like them. ``stdin`` is the stream, or what was read from it (the app reads it before
    it starts, then takes its keys from the terminal)."""
    if stdin is None:
        yield ReadProblem("-", "standard input is not available")
        return
    try:
        if isinstance(stdin, bytes):
            data: bytes | None = stdin
        else:
            buffer = getattr(stdin, "buffer", None)
            data = buffer.read() if buffer is not None else None
        if data is None:  # a text stream without bytes underneath (a test's StringIO)
            text = stdin.read()  # type: ignore[union-attr]
            encoding, warnings = getattr(stdin, "encoding", None) or "utf-8", []
        elif looks_like_feed(data):
            _refuse_binary(data)
            yield from _feed_articles("-", data, None, FetchOptions())
            return
        else:
            text, encoding, warnings = _decode(data)
    except _Unreadable as error:
        yield ReadProblem("-", str(error))
        return
    except (OSError, UnicodeDecodeError, ValueError) as error:
        yield ReadProblem("-", f"cannot read standard input ({error})")
        return
    shape, why_not = _json_shape(text)
    if shape == "jsonl":
        yield from _jsonl_records("-", _text_lines(text, encoding, warnings), empty=False)
    elif shape == "json":
        yield from _json_records("-", text, encoding, warnings)
    elif _looks_like_html(text):
        yield from _html_article("-", text, encoding, warnings, None, stem="stdin")
    else:
        if why_not:  # pasted text may well open with a bracket: "[Reuters] ..."
            warnings = [*warnings, f"not valid JSON ({why_not}): read as text"]
        yield from _text_article("-", text, encoding, warnings, stem="stdin")


def _json_shape(text: str) -> tuple[str | None, str | None]:
    """("json", None) for one JSON value; ("jsonl", None) when the first line is a JSON value
    of its own and more follows; else (None, why it is not JSON, when it opens like JSON)."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return None, None
    try:
        json.loads(stripped)
        return "json", None
    except json.JSONDecodeError as error:
        why_not = f"{_json_reason(error)} at line {error.lineno} column {error.colno}"
    except RecursionError:
        return "json", None  # reported as nested too deeply
    try:
        json.loads(stripped.split("\n", 1)[0])
        return "jsonl", None
    except (json.JSONDecodeError, RecursionError):
        return None, why_not


def _text_lines(text: str, encoding: str, warnings: list[str]) -> Iterator[_Line]:
    for number, line in enumerate(_universal_newlines(text).split("\n"), 1):
        yield number, line, encoding, list(warnings)


# ----------------------------------------------------------------------------- finishing


class _IdRegistry:
    """Ids unique in one run: a repeated id gets ``#2``, ``#3`` and a warning."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def claim(self, wanted: str) -> tuple[str, str | None]:
        if wanted not in self._seen:
            self._seen.add(wanted)
            return wanted, None
        number = 2
        while f"{wanted}#{number}" in self._seen:
            number += 1
        unique = f"{wanted}#{number}"
        self._seen.add(unique)
        return unique, f"duplicate id {wanted!r}: renamed {unique!r}"


def _finish(
    draft: _Draft, ids: _IdRegistry, default_date: date | None, max_article_bytes: int
) -> Article:
    warnings = list(draft.warnings)
    article_id, duplicate = ids.claim(one_line(draft.id or draft.fallback_id))
    if duplicate:
        warnings.append(duplicate)
    published, published_from = _publication_date(draft, default_date, warnings)
    if _byte_length_over(draft.text, max_article_bytes):
        size = len(draft.text.encode("utf-8", errors="replace")) / 2**20
        limit = max_article_bytes / 2**20
        warnings.append(f"{TEXT_ONLY_WARNING}: {size:.1f} MB is over the {limit:g} MB limit, not analysed")
    return Article(
        id=article_id,
        path=draft.path,
        text=draft.text,
        title=one_line(draft.title) if draft.title else None,
        published=published,
        published_from=published_from,
        encoding=draft.encoding,
        source=one_line(draft.source) if draft.source else None,
        url=one_line(draft.url) if draft.url else None,
        warnings=tuple(warnings),
        author=one_line(draft.author) if draft.author else None,
    )


def _publication_date(
    draft: _Draft, default_date: date | None, warnings: list[str]
) -> tuple[date | None, str | None]:
    if draft.date_value is not None:
        found = parse_date(draft.date_value)
        if found is not None:
            return found, draft.date_from
        shown = draft.date_value if isinstance(draft.date_value, str) else _json_type(draft.date_value)
        warnings.append(one_line(f"unrecognised date {str(shown)[:40]!r} in metadata: ignored"))
    if default_date is not None:
        return default_date, "option"
    found = date_from_text(draft.text[:5000])
    if found is not None:
        return found, "text"
    return None, None


def date_from_text(text: str) -> date | None:
    """The date a text gives itself (``timex.date_from_text``). The time-expression module is
    imported at first use: it compiles many patterns, and reading whose dates come from
    metadata or ``--date`` (or the app's start-up) should not wait for them."""
    from newsview.models.timex import date_from_text as text_date

    return text_date(text)


def _json_reason(error: json.JSONDecodeError) -> str:
    """The decoder's reason without its own trailing "at" (some of its messages end so:
    "Unterminated string starting at"), as the place is added after it."""
    return error.msg.removesuffix(" at")


def _byte_length_over(text: str, limit: int) -> bool:
    if len(text) > limit:
        return True
    if len(text) * 4 <= limit:  # no character takes more than 4 bytes in UTF-8
        return False
    return len(text.encode("utf-8", errors="replace")) > limit


# ----------------------------------------------------------------------------- dates

_NUMERIC_DATE = re.compile(r"(\d{4})([-/.]?)(\d{1,2})\2(\d{1,2})(?![\d])")
_MONTH_NAME = r"([A-Za-z]{3,9})\.?"
_MONTH_DAY_YEAR = re.compile(_MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r",?\s+(\d{4})\b")

def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_numeric_date(value: str) -> date | None:
    match = _NUMERIC_DATE.match(value)
    if match is None or (not match.group(2) and (len(match.group(3)) != 2 or len(match.group(4)) != 2)):
        return None
    return _valid_date(int(match.group(1)), int(match.group(3)), int(match.group(4)))


def _parse_rfc2822(value: str) -> date | None:
    if "," not in value[:5] and not re.match(r"\d{1,2} [A-Za-z]{3} \d{4} \d", value):
        return None
    from email.utils import parsedate_to_datetime  # rarely needed: kept out of start-up

    try:
        parsed: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.date()


def _parse_named_month_date(value: str) -> date | None:
    match = _MONTH_DAY_YEAR.search(value)
    if match and match.group(1).lower() in MONTHS:
        return _valid_date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
    match = _DAY_MONTH_YEAR.search(value)
    if match and match.group(2).lower() in MONTHS:
        return _valid_date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
    return None


__all__ = [
    "ARTICLE_EXTENSIONS",
    "DEFAULT_MAX_ARTICLE_BYTES",
    "ReadProblem",
    "ReadResult",
    "is_text_only",
    "iter_articles",
    "one_line",
    "parse_date",
    "read_paths",
]
