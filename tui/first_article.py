"""The app's first article, read and analysed in a forked child while the app starts.

The engine's first analysis pays its one-time costs (word lists, patterns: ~150 ms) that the
populated first frame would otherwise wait for; in a child they overlap Textual's own start-up
on the other core. The earlier the fork the better, so this module imports nothing but ``os``
and ``sys`` before it forks: the command line calls it right after parsing its arguments,
before asyncio, Textual or the engine are loaded in the app's process (forking after them put
the child ~40 ms later and the first frame with it).

The child sends its result through a pipe (pickled), read by a thread of the app's process
into a ``concurrent.futures.Future``; it imports neither textual nor rich.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Future
    from datetime import date

    from newsview.models.document import Analysis, Article
    from newsview.models.fetch import FetchOptions

FirstResult = tuple[int, int, "Analysis", "Article"]  # (length, checksum, analysis, article)


def checksum(text: str) -> int:
    """A cheap fingerprint of a text, to check two processes read the same article."""
    import zlib

    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def first_article_analysis(
    paths: Sequence[str], default_date: date | None, stdin_data: bytes | None = None
) -> FirstResult | None:
    """Read up to the first article of ``paths`` and analyse it: (length, checksum, analysis,
    article), or None when there is no article to analyse. The app shows that article when
    it comes before its own reader's copy, and the length and checksum tell it whether the
    two read the same text."""
    from newsview.models.analysis import analyse
    from newsview.models.reading import ReadProblem, is_text_only, iter_articles

    for item in iter_articles(paths, default_date, stdin_data):
        if isinstance(item, ReadProblem):
            continue
        if is_text_only(item):
            return None
        return len(item.text), checksum(item.text), analyse(item.text, item.published), item
    return None


def start_first_analysis(
    paths: Sequence[str],
    default_date: date | None,
    stdin_data: bytes | None = None,
    fetch_options: FetchOptions | None = None,
) -> Future | None:
    """Start analysing the first article of ``paths`` in a forked process, in parallel with
    the app's start-up; the future's result is ``first_article_analysis``'s (the app checks it
    against the text it read). Returns None where forking is unsafe (other threads running)
    or unavailable, for standard input not yet read, and for web addresses and feed items'
    pages (each is fetched once, by the app's reader)."""
    if "-" in paths and stdin_data is None or not hasattr(os, "fork") or sys.platform == "win32":
        return None
    if any(path[:8].lower().startswith(("http://", "https://")) for path in paths):
        return None  # a web address (models.fetch.is_url, not imported for it)
    if fetch_options is not None and fetch_options.fetch_items:
        return None
    threading = sys.modules.get("threading")  # not imported yet: no thread was started by it
    if threading is not None and threading.active_count() > 1:
        return None
    try:
        readable, writable = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: never returns
        os.close(readable)
        _run_child(writable, list(paths), default_date, stdin_data)
    os.close(writable)
    return _collect(pid, readable)


def _run_child(writable: int, paths: list[str], default_date: date | None,
               stdin_data: bytes | None) -> None:
    status = 0
    try:
        import pickle

        try:
            outcome: tuple[str, object] = (
                "result", first_article_analysis(paths, default_date, stdin_data))
        except BaseException as error:  # the app analyses the article itself then
            outcome = ("error", f"{type(error).__name__}: {error}")
        data = memoryview(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
        while data:
            data = data[os.write(writable, data):]
    except BaseException:  # the app gone (a broken pipe), or the result unpicklable
        status = 1
    finally:
        # Without running the app process's exit handlers or flushing its copied buffers.
        os._exit(status)


class ChildFailed(Exception):
    """The first article's child ended without a result (its reason, when it gave one)."""


def _collect(pid: int, readable: int) -> Future:
    """A future for the child's result, filled by a thread reading the pipe to its end."""
    import pickle
    import threading
    from concurrent.futures import Future

    future: Future = Future()
    future.child_pid = pid  # type: ignore[attr-defined]  # until it ends: stop_first_analysis

    def read() -> None:
        chunks = []
        try:
            while chunk := os.read(readable, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(readable)
            os.waitpid(pid, 0)
            future.child_pid = None  # type: ignore[attr-defined]
        try:
            kind, value = pickle.loads(b"".join(chunks)) if chunks else ("error", "no result")
        except Exception as error:
            kind, value = "error", f"{type(error).__name__}: {error}"
        if not future.set_running_or_notify_cancel():
            return  # cancelled meanwhile (the app closed while it waited)
        if kind == "result":
            future.set_result(value)
        else:
            future.set_exception(ChildFailed(str(value)))

    threading.Thread(target=read, name="newsview-first-article", daemon=True).start()
    return future


def stop_first_analysis(future: Future | None) -> None:
    """End the child if it is still at work (the app is closing): a long article would keep
    a core busy for seconds after the app has gone."""
    pid = getattr(future, "child_pid", None)  # None once the child has ended
    if pid is None:
        return
    import signal

    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:  # ended meanwhile
        pass
