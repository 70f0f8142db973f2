"""The app as the benchmarks' child processes run it: a NewsviewApp that notes when each frame
is drawn and drives itself with key events (bench_tui.py, bench_corpus.py).

A child launches it as the ``newsview`` command launches the app (tui/cli.py, _open_app):
the clock started first thing, the command's module imported, the first article's analysis
forked, and only then this module (Textual, the app) imported::

    import time; START = time.perf_counter()
    import json, sys
    ...  # the child's arguments
    import newsview.tui.cli
    from newsview.tui.first_article import start_first_analysis
    FIRST = start_first_analysis(paths, None)
    sys.path.insert(0, BENCHMARKS)
    from app_probe import FrameProbe

then subclasses ``FrameProbe`` with its ``measure`` and runs it headless.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from textual import events

from newsview.tui.app import NewsviewApp


class FrameProbe(NewsviewApp):
    """``measure()`` runs as a worker once the app is mounted; what it puts in ``report`` is
    printed by the child. A failure is reported, never raised: the child always exits."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.waiters: list[tuple[Callable[[], bool], asyncio.Future]] = []
        self.report: dict = {}

    def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
        super()._display(screen, renderable)
        now = time.perf_counter()
        # A frame shows a state when the state held as it was drawn.
        for waiter in list(self.waiters):
            condition, future = waiter
            if not future.done() and condition():
                future.set_result(now)
                self.waiters.remove(waiter)

    def on_mount(self) -> None:
        # Textual also calls NewsviewApp.on_mount itself (handlers run for each class).
        self.run_worker(self._drive(), group="probe")

    async def _drive(self) -> None:
        try:
            await self.measure()
        except Exception as error:
            self.report["error"] = f"{type(error).__name__}: {error}"
        self.exit()

    async def measure(self) -> None:
        raise NotImplementedError

    async def until(self, condition: Callable[[], bool], timeout: float = 120.0) -> float:
        """The time of the first frame drawn while ``condition`` holds."""
        self.refresh()  # a state reached before this call shows in the next frame
        return await self.until_quiet(condition, timeout)

    async def until_quiet(self, condition: Callable[[], bool], timeout: float = 60.0) -> float:
        """Like ``until`` but without asking for a frame: something else must cause it."""
        future = asyncio.get_running_loop().create_future()
        self.waiters.append((condition, future))
        return await asyncio.wait_for(future, timeout)

    def key(self, name: str, char: str | None = None) -> None:
        """A key as the terminal sends it."""
        self._driver.send_message(events.Key(name, char))

    async def timed_key(self, name: str, char: str | None, changed: Callable[[], bool],
                        timeout: float = 60.0) -> float:
        """Seconds from the key event to the frame that shows ``changed``."""
        before = time.perf_counter()
        waiting = asyncio.ensure_future(self.until_quiet(changed, timeout))
        self.key(name, char)
        return await waiting - before
