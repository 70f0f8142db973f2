"""Garbage collection while the reader is idle, not in the middle of a key press.

CPython collects the middle generation every ten young passes (1–3 ms with a long article
open: Textual leaves ~1,500 objects in reference cycles per key) and everything after ten of
those once enough objects have survived (7–20 ms). Either lands on a random key press, which
is most of the slow tail of key latency. While the app runs only the cheap young passes stay
automatic; this collector runs the others when no key or mouse event came for a moment, or,
during a long burst of input, when they are long overdue, so memory stays bounded.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

IDLE_SECONDS = 0.5  # no input for this long: a pass now cannot delay a key
DUE_AFTER = 10  # young passes before an idle collection is worth it (CPython's own threshold)
OVERDUE_AFTER = 500  # during unbroken input, collect the middle generation anyway
FULL_OVERDUE_AFTER = 10  # ... and everything after this many of those
NEVER = 1 << 30  # CPython counts up to this threshold before it collects by itself


class IdleCollector:
    """Owns the collector's thresholds between ``start`` and ``stop``; ``tick`` is called
    often (a timer) and ``input_seen`` on every input event."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._saved: tuple[int, int, int] | None = None
        self._last_input = clock()
        self.idle_passes = 0
        self.overdue_passes = 0

    def start(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            gc.set_threshold(self._saved[0], NEVER, NEVER)

    def stop(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def input_seen(self) -> None:
        self._last_input = self._clock()

    def tick(self) -> bool:
        """Collect if it is due and the reader is idle, or if it is long overdue."""
        if self._saved is None or not gc.isenabled():
            return False
        _, young_passes, middle_passes = gc.get_count()
        idle = self._clock() - self._last_input >= IDLE_SECONDS
        if idle and (young_passes >= DUE_AFTER or middle_passes >= 1):
            gc.collect()
            self.idle_passes += 1
            return True
        if young_passes >= OVERDUE_AFTER:
            gc.collect(2 if middle_passes >= FULL_OVERDUE_AFTER else 1)
            self.overdue_passes += 1
            return True
        return False
