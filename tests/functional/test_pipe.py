"""``cmd | newsview -`` in a real terminal: the article comes from the pipe and the keys from
the terminal, as with ``less``, so a "q" in the piped text does not quit the app.

The app runs as its own process on a pseudo-terminal (its controlling terminal) with standard
input a pipe; the test reads what it draws and types on the terminal side.
"""

from __future__ import annotations

import os
import select
import signal
import struct
import sys
import time

import pytest

pty = pytest.importorskip("pty")
fcntl = pytest.importorskip("fcntl")
termios = pytest.importorskip("termios")


def start(args: list[str], piped: bytes) -> tuple[int, int]:
    """The app on a new 100x30 pseudo-terminal reading ``piped`` from standard input."""
    read_end, write_end = os.pipe()
    pid, terminal = pty.fork()
    if pid == 0:  # the child: stdin becomes the pipe, the terminal stays its controlling one
        os.close(write_end)
        os.dup2(read_end, 0)
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("NO_COLOR", None)
        os.execv(sys.executable, [sys.executable, "-m", "newsview.tui", *args])
    os.close(read_end)
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    os.write(write_end, piped)
    os.close(write_end)
    return pid, terminal


def read_for(terminal: int, seconds: float, until: bytes | None = None) -> bytes:
    """What the app drew in ``seconds`` (or until ``until`` appears)."""
    seen = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([terminal], [], [], 0.1)
        if ready:
            try:
                seen += os.read(terminal, 65536)
            except OSError:
                break
            if until is not None and until in seen:
                break
    return seen


_STATUS: dict[int, int] = {}
HELP_DRAWN = b"q: close"  # from the key help's footer, "Esc, ? or q: close"


def exited(pid: int, seconds: float) -> int | None:
    """The exit code of ``pid`` once it has ended (waiting up to ``seconds``), else None."""
    deadline = time.monotonic() + seconds
    while pid not in _STATUS:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            _STATUS[pid] = os.waitstatus_to_exitcode(status)
        elif time.monotonic() >= deadline:
            return None
        else:
            time.sleep(0.05)
    return _STATUS[pid]


@pytest.mark.parametrize("args", [["-"], []])
def test_piped_text_is_the_article_and_its_q_does_not_quit(args: list[str]) -> None:
    pid, terminal = start(args, b"question time\n")
    try:
        drawn = read_for(terminal, 30, until=b"question time")
        assert b"question time" in drawn  # the article, drawn
        # A key typed after the piped text: once its effect (the key help) is drawn, any key
        # the pipe held would have acted before it, without waiting a guessed time.
        os.write(terminal, b"?")
        help_drawn = HELP_DRAWN in read_for(terminal, 30, until=HELP_DRAWN)
        assert exited(pid, 0) is None, "the app quit on the piped text"
        assert help_drawn, "the key typed at the terminal was not answered"
        # The person at the terminal quits: a first q closes the help, a next one the app (one
        # typed while the help is still closing may be dropped, so type until it has quit).
        deadline = time.monotonic() + 20
        while exited(pid, 0) is None and time.monotonic() < deadline:
            os.write(terminal, b"q")
            read_for(terminal, 0.5)  # (what it draws is read, or it would wait to write it)
        assert exited(pid, 0) == 0
    finally:
        if exited(pid, 0) is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(terminal)
