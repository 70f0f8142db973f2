"""``newsview corrections export FILE.jsonl | import FILE.jsonl | list [PATH...]``: the stored
corrections shared as JSON Lines, so a team can pass rules around, and listed (with PATHs:
which of them apply to those articles, and which are "not applied" and why).

Headless like ``extract``: no textual, no rich.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsview.models.corrections import (
    Correction,
    Outcome,
    apply_with_report,
    describe,
    dumps,
    parse_jsonl,
    verdict,
)
from newsview.tui.store import Store, StoreError, open_store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        metavar="PATH",
        help="the corrections store (SQLite) to use instead of corrections.sqlite3 in your "
        "data directory (newsview corrections list shows where it is)",
    )


def corrections_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsview corrections",
        description="Share and review the corrections you made (merge, split, retype, rename, "
        "drop, add, notes): one JSON object a line.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = commands.add_parser("export", help="write the corrections in force to FILE.jsonl "
                                 "(- for standard output)")
    export.add_argument("file", metavar="FILE.jsonl")
    imported = commands.add_parser("import", help="add the corrections of FILE.jsonl (all or "
                                   "none: a file with an error imports nothing)")
    imported.add_argument("file", metavar="FILE.jsonl")
    listing = commands.add_parser("list", help="list the stored corrections; with PATHs, say "
                                  "which apply to those articles and which are not applied")
    listing.add_argument("paths", nargs="*", metavar="PATH")
    for sub in (export, imported, listing):
        add_store_option(sub)
    return parser


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``newsview corrections ...``; the exit status (0 ok, 1 failed, 2 usage)."""
    out, err = out or sys.stdout, err or sys.stderr
    options = corrections_parser().parse_args(list(argv))
    try:
        # export and list only read: a store on a read-only disk still answers them
        store = open_store(options.store, read_only=options.command != "import")
    except StoreError as error:
        err.write(f"newsview corrections: {error}\n")
        return EXIT_FAILED
    try:
        if options.command == "export":
            return _export(store, options.file, out, err)
        if options.command == "import":
            return _import(store, options.file, out, err)
        return _list(store, options.paths, out, err)
    except StoreError as error:
        err.write(f"newsview corrections: {error}\n")
        return EXIT_FAILED
    finally:
        store.close()


def _export(store: Store, file: str, out: TextIO, err: TextIO) -> int:
    lines = "".join(dumps(c) + "\n" for c in store.active())
    if file == "-":
        out.write(lines)
    else:
        try:
            Path(file).write_text(lines, encoding="utf-8")
        except OSError as error:
            err.write(f"newsview corrections: {file}: cannot write ({error.strerror})\n")
            return EXIT_FAILED
        err.write(f"exported {lines.count(chr(10))} corrections to {file}\n")
    return EXIT_OK


def _import(store: Store, file: str, out: TextIO, err: TextIO) -> int:
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        err.write(f"newsview corrections: {file}: cannot read ({reason})\n")
        return EXIT_FAILED
    found, errors = parse_jsonl(text)
    if errors:
        for problem in errors:
            err.write(f"{file}: {problem}\n")
        err.write(f"newsview corrections: nothing imported from {file} "
                  f"({len(errors)} line(s) with errors)\n")
        return EXIT_FAILED
    store.add_many(found)
    out.write(f"imported {len(found)} corrections from {file}\n")
    return EXIT_OK


def _list(store: Store, paths: list[str], out: TextIO, err: TextIO) -> int:
    rows = store.rows()
    out.write(f"store: {store.path}\n")
    if not rows:
        out.write("no corrections yet\n")
        return EXIT_OK
    verdicts = _verdicts([r.correction for r in rows if r.state == "active"], paths, err) \
        if paths else {}
    for row in rows:
        line = f"{row.id:>4}  {row.state:<9}  {row.made}  {describe(row.correction)}"
        if row.correction in verdicts:
            line += f"  -- {verdicts[row.correction]}"
        out.write(line + "\n")
    return EXIT_OK


def _verdicts(corrections: list[Correction], paths: list[str], err: TextIO
              ) -> dict[Correction, str]:
    """For each correction, what it did to the articles at ``paths``."""
    from newsview.models.analysis import analyse
    from newsview.models.reading import ReadProblem, iter_articles

    outcomes: list[Outcome] = []
    for item in iter_articles(paths, None, sys.stdin, 2**26, None):
        if isinstance(item, ReadProblem):
            err.write(f"{item}\n")
            continue
        raw = analyse(item.text, item.published)
        outcomes.extend(apply_with_report(raw, item.text, corrections, article_id=item.id)[1])
    return {c: verdict(c, outcomes) for c in corrections}
