"""Generate a directory of bad and awkward input files (nothing binary is committed).

    from bad_inputs import write_bad_inputs
    cases = write_bad_inputs(tmp_path / "bad")    # -> list[BadInput]

Each ``BadInput`` says what a reader must make of its file: ``articles`` good articles come
out of it, and when ``problem`` is set a one-line problem naming the file must contain that
fragment; ``warning`` likewise for a warning on the article. The tests of reading, of
``newsview extract`` and of the app all use the same set.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BadInput:
    name: str  # file name inside the directory
    articles: int  # how many articles must still open from it
    problem: str | None = None  # fragment of the expected problem reason
    warning: str | None = None  # fragment of the expected warning on an article
    note: str = ""


HOSTILE_TEXT = (
    "Markup [bold]Lima[/] and [@click=app.quit]quit[/] and [link=https://example.org]x[/link].\n"
    "ANSI \x1b[31mred\x1b[0m, OSC \x1b]0;title\x07, C1 \x9b2J, DEL \x7f, bidi \u202eevil\u202c.\n"
    "NFD Jose\u0301 Jeri\u0301, emoji \U0001f44d\U0001f3fd, zero\u200bwidth, "
    "\u05e9\u05dc\u05d5\u05dd right-to-left.\n"
)
HOSTILE_NAME = "[bold]x[@click=app.quit]\x1b[31m evil\x07.txt"  # no "/": it would be a folder


def _png() -> bytes:
    header = b"\x89PNG\r\n\x1a\n"
    ihdr = b"IHDR" + (1).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00"
    chunk = len(ihdr[4:]).to_bytes(4, "big") + ihdr + zlib.crc32(ihdr).to_bytes(4, "big")
    return header + chunk


def _zip() -> bytes:
    return b"PK\x03\x04\x14\x00\x00\x00\x00\x00" + b"\x00" * 20 + b"a.txt" + b"hello"


def write_bad_inputs(directory: Path) -> list[BadInput]:
    """Write every case into ``directory`` (created) and return what each must give."""
    directory.mkdir(parents=True, exist_ok=True)
    cases: list[BadInput] = []

    def add(name: str, data: bytes | str, case: BadInput) -> None:
        path = directory / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(case)

    good = "The mayor of Lima spoke on Monday.\n"
    add("good.txt", good, BadInput("good.txt", 1))
    add("png-renamed.txt", _png(), BadInput("png-renamed.txt", 0, "binary file (PNG image)"))
    add("zip-renamed.json", _zip(), BadInput("zip-renamed.json", 0, "binary file (ZIP archive)"))
    add("nul-bytes.md", b"Some text\x00\x00 with NUL bytes\n", BadInput("nul-bytes.md", 0, "NUL byte"))
    add("empty.txt", b"", BadInput("empty.txt", 0, "empty file"))
    add("blank.md", " \n\t\r\n  \n", BadInput("blank.md", 0, "only white space"))
    lines = [
        json.dumps({"id": "ok-1", "text": "A first good record."}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "ok-2", "text": "A second good record."}),
    ]
    add("one-broken-line.jsonl", "\n".join(lines) + "\n", BadInput("one-broken-line.jsonl", 2, "line 2: not valid JSON"))
    add("text-not-string.json", json.dumps({"id": "n", "text": 42}), BadInput("text-not-string.json", 0, '"text" is a number'))
    add(
        "list-with-bad-record.json",
        json.dumps([{"text": "Fine record."}, {"text": ["not", "a", "string"]}]),
        BadInput("list-with-bad-record.json", 1, "record 2"),
    )
    add("truncated.json", '{"text": "never closed', BadInput("truncated.json", 0, "not valid JSON"))
    add("cp1252.txt", "Caf\xe9 in S\xe3o Paulo \u201cquoted\u201d.\n".encode("cp1252"), BadInput("cp1252.txt", 1, warning="cp1252"))
    add("bom-utf8.txt", b"\xef\xbb\xbf" + good.encode(), BadInput("bom-utf8.txt", 1))
    add("utf16-bom.txt", good.encode("utf-16"), BadInput("utf16-bom.txt", 1))
    add("crlf.txt", good.replace("\n", "\r\n") * 2, BadInput("crlf.txt", 1))
    add("hostile-text.txt", HOSTILE_TEXT, BadInput("hostile-text.txt", 1))
    add(HOSTILE_NAME, good, BadInput(HOSTILE_NAME, 1, note="markup and an escape in the file name"))
    add(
        "hostile-record.jsonl",
        json.dumps({"id": "[red]id\x1b[2J", "title": "[@click=app.quit]T\x1b]0;x\x07", "text": HOSTILE_TEXT}) + "\n",
        BadInput("hostile-record.jsonl", 1, note="markup and escapes in id and title"),
    )
    add("ignored.bin", _png(), BadInput("ignored.bin", 0, note="not an article extension: skipped"))

    loop = directory / "loop.txt"
    os.symlink(loop.name, loop)  # points at itself
    cases.append(BadInput("loop.txt", 0, "symbolic link loop"))
    os.symlink(".", directory / "self-link")  # a directory link back to its own folder
    cases.append(BadInput("self-link", 0, note="directory cycle: entered once"))
    os.mkfifo(directory / "pipe.jsonl")
    cases.append(BadInput("pipe.jsonl", 0, "not a regular file (a FIFO)"))
    return cases
