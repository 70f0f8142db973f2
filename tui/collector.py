"""Full garbage collections while the reader is idle, not in the middle of a key press.

CPython runs a full collection after every ten young ones once enough objects have survived;
with a long article open that pass takes 7–20 ms and lands on a random key press, which is
most of the slow tail of key latency. While the app runs, automatic full passes are switched
off and this collector runs them when no key or mouse event came for a moment, or, during a
long burst of input, after many young collections so memory stays bounded.
"""

from __future__ import annotations

import gc
import time

IDLE_SECONDS = 0.5  # no input for this long: a full pass cannot delay a key
DUE_AFTER = 10  # young (generation 1) collections before a full pass is worth it: CPython's own
OVERDUE_AFTER = 200  # during unbroken input, a full pass anyway (a few seconds of holding a key)
NEVER = 1 << 30  # CPython counts up to this threshold before it runs a full pass itself


class IdleCollector:
    """Owns the collector's thresholds between ``start`` and ``stop``; ``tick`` is called
    often (a timer) and ``input_seen`` on every input event."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._saved: tuple[int, int, int] | None = None
        self._last_input = clock()
        self.full_passes = 0

    def start(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            young, middle, _ = self._saved
            gc.set_threshold(young, middle, NEVER)

    def stop(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def input_seen(self) -> None:
        self._last_input = self._clock()

    def tick(self) -> bool:
        """Run a full pass if one is due and the reader is idle (or long overdue)."""
        if self._saved is None or not gc.isenabled():
            return False
        pending = gc.get_count()[2]
        idle = self._clock() - self._last_input >= IDLE_SECONDS
        if pending >= OVERDUE_AFTER or (idle and pending >= DUE_AFTER):
            gc.collect()
            self.full_passes += 1
            return True
        return False
