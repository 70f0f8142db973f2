"""Deterministic measures of the work a call does, for the tests that guard against pathological
slowness without timing anything (the times themselves: ``benchmarks/pathological.py``).

A wall-clock ceiling fails on a loaded machine and passes a slow regression on a fast one; a
count of calls, or of characters copied out of the input, is the same on every machine and
grows with the square of the input when some loop does. A loop that does quadratic work inside
one C call (a catastrophic regular expression, ``x in a_long_list``) is invisible to both, so
``hang_guard`` turns such a hang into a failure instead of a stuck run.
"""

from __future__ import annotations

import cProfile
import pstats
import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType


def calls(run: Callable[[], object], to: Callable[..., object] | None = None) -> int:
    """How many function calls (Python and built-in) ``run()`` makes; with ``to`` (a Python
    function), how many of them are calls to it."""
    profile = cProfile.Profile()
    profile.runcall(run)
    stats = pstats.Stats(profile)
    if to is None:
        return stats.total_calls  # type: ignore[attr-defined]
    code = to.__code__
    where = (code.co_filename, code.co_firstlineno, code.co_name)
    return stats.stats.get(where, (0, 0))[1]  # type: ignore[attr-defined]


class CountingText(str):
    """A text that counts the characters copied out of it by indexing and slicing, so a loop
    that slices "the rest of the text" at every step shows as quadratic."""

    copied: int

    def __new__(cls, value: str) -> CountingText:
        text = super().__new__(cls, value)
        text.copied = 0
        return text

    def __getitem__(self, key: int | slice) -> str:  # type: ignore[override]
        piece = str.__getitem__(self, key)
        self.copied += len(piece)
        return piece


def work_on_text(make_text: Callable[[int], str], run: Callable[[str], object]) -> Callable[[int], dict[str, int]]:
    """The work of ``run(make_text(n))`` as a function of ``n``: the calls it makes and the
    characters it copies out of the text."""

    def work(size: int) -> dict[str, int]:
        text = CountingText(make_text(size))
        made = calls(lambda: run(text))
        return {"calls": made, "characters copied from the text": text.copied}

    return work


def assert_near_linear(
    work: Callable[[int], dict[str, int]], size: int, factor: int = 4, slack: float = 1.5
) -> None:
    """Each count ``work(n)`` gives (for an input of size ``n``) grows about linearly: ``factor``
    times the input costs at most ``slack * factor`` times as much (quadratic: ``factor**2``).

    Both sizes run once first, unmeasured, so that caches filled on first use (the lexicon,
    compiled patterns, words already classified) count in neither figure, whatever ran before.
    """
    work(size), work(size * factor)
    small, large = work(size), work(size * factor)
    assert small["calls"] > 0, "no calls counted: the measure does not see this work"
    for measure, count in small.items():
        ceiling = slack * factor * max(count, 1)
        assert large[measure] <= ceiling, (
            f"{measure}: {factor}x the input took {large[measure] / max(count, 1):.1f}x as many "
            f"({count:,} -> {large[measure]:,}); near-linear allows {slack * factor:.0f}x"
        )


class _CountingPattern:
    """A compiled pattern that adds to ``scans.characters`` the stretch of text each call
    provably steps over: from where it starts to where its match ends, or to the end of the
    searched range when a search finds nothing (a failed ``match`` adds nothing: a lower
    bound, but one that sees a scan to the end of the text at every step)."""

    def __init__(self, pattern: re.Pattern[str], scans: RegexScans) -> None:
        self._pattern, self._scans = pattern, scans

    def __getattr__(self, name: str) -> object:
        return getattr(self._pattern, name)

    def _count(self, found: re.Match[str] | None, string: str, pos: int, endpos: int | None, search: bool) -> None:
        end = len(string) if endpos is None else min(endpos, len(string))
        if found is not None:
            self._scans.characters += found.end() - pos
        elif search:
            self._scans.characters += max(0, end - pos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        found = self._pattern.match(string, pos, len(string) if endpos is None else endpos)
        self._count(found, string, pos, endpos, search=False)
        return found

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        found = self._pattern.search(string, pos, len(string) if endpos is None else endpos)
        self._count(found, string, pos, endpos, search=True)
        return found


class RegexScans:
    """Counts the characters the module-level patterns of ``modules`` step over while the
    ``with`` block runs (their ``match`` and ``search``, also when stored as a bound method)."""

    def __init__(self, *modules: ModuleType) -> None:
        self.modules = modules
        self.characters = 0
        self._saved: list[tuple[ModuleType, str, object]] = []

    def __enter__(self) -> RegexScans:
        for module in self.modules:
            for name, value in list(vars(module).items()):
                if isinstance(value, re.Pattern):
                    counting: object = _CountingPattern(value, self)
                elif getattr(value, "__self__", None).__class__ is re.Pattern and getattr(
                    value, "__name__", ""
                ) in ("match", "search"):
                    counting = getattr(_CountingPattern(value.__self__, self), value.__name__)
                else:
                    continue
                self._saved.append((module, name, value))
                setattr(module, name, counting)
        return self

    def __exit__(self, *exc: object) -> None:
        for module, name, value in reversed(self._saved):
            setattr(module, name, value)
        self._saved.clear()


class Hang(Exception):
    """A call ran past its hang guard."""


@contextmanager
def hang_guard(seconds: float = 60.0) -> Iterator[None]:
    """Raise ``Hang`` if the block is still running after ``seconds`` (on the main thread).

    Not a speed check: the limit is far above any real run, and only a hang reaches it. The
    regular expression engine checks for signals as it backtracks, so even a catastrophic
    pattern stops here.
    """

    if not hasattr(signal, "setitimer"):  # no SIGALRM (Windows): the counts still hold
        yield
        return

    def give_up(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
