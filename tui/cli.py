"""The ``newsview`` command: ``newsview [PATH...]`` opens the app, ``newsview extract PATH...``
prints the analysis.

``extract`` is headless: this module imports neither textual nor rich (a test checks it in a
fresh interpreter); the app is imported only when it is opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TextIO

# Nothing heavy at import: opening the app forks the first article's analysis before the
# reader, Textual or the installed version's metadata (importlib.metadata: ~15 ms) is loaded.

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
_OPTIONS_WITH_VALUE = {"--date", "--format", "--max-article-mb"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 unreadable input, 2 usage)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        where = _subcommand_index(args)
        if where is not None:
            del args[where]
            return _extract(_extract_parser().parse_args(args))
        return _open_app(_app_parser().parse_args(args))
    except SystemExit as stop:  # argparse: --help, --version, or a usage error
        if stop.code is None:
            return EXIT_OK
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _subcommand_index(args: list[str]) -> int | None:
    """Where ``extract`` is, when it is the first positional argument (a file called "extract"
    can still be opened as ./extract)."""
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--":
            return None
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-") or arg == "-":
            return index if arg == "extract" else None
    return None


# ----------------------------------------------------------------------------- parsers


def _iso_date(value: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _megabytes(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"not a positive number of megabytes: {value!r}")
    return number


class _VersionAction(argparse.Action):
    """``--version``, with the version looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **_) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[override]
        from newsview.models import __version__

        sys.stdout.write(f"newsview {__version__}\n")  # where argparse's own action writes it
        parser.exit()


def _add_date_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date for articles whose metadata has none (before the text's own)",
    )


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsview",
        description="Explore news articles: their text, the entities they name and a chronology "
        "of their events. With no PATH, opens the bundled sample articles.",
        epilog="Headless: newsview extract PATH... [--format json|jsonl|csv] "
        "(see newsview extract --help).",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=".txt, .md, .json or .jsonl files, directories (read recursively), or - for stdin",
    )
    _add_date_option(parser)
    parser.add_argument("--version", action=_VersionAction)
    return parser


def _extract_parser() -> argparse.ArgumentParser:
    from newsview.models.reading import DEFAULT_MAX_ARTICLE_BYTES

    parser = argparse.ArgumentParser(
        prog="newsview extract",
        description="Print what the engine finds in each article: entities with every mention, "
        "time expressions and the chronology. Messages go to standard error, one line each. "
        "Exit status: 0 success, 1 an input could not be read or none was found, 2 wrong usage.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt, .md, .json or .jsonl files, directories (read recursively), or - for stdin",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "csv"),
        default="json",
        help="json (default): one object with every article; jsonl: one article a line; "
        "csv: one row per entity mention",
    )
    _add_date_option(parser)
    parser.add_argument(
        "--max-article-mb",
        type=_megabytes,
        default=DEFAULT_MAX_ARTICLE_BYTES / 2**20,
        metavar="N",
        help="articles larger than this are listed but not analysed (default: %(default)g)",
    )
    parser.add_argument("--version", action=_VersionAction)
    return parser


# ----------------------------------------------------------------------------- extract


def _extract(options: argparse.Namespace) -> int:
    from newsview.models.analysis import analyse
    from newsview.models.export import WRITERS
    from newsview.models.reading import ReadProblem, is_text_only, iter_articles

    max_bytes = max(1, int(options.max_article_mb * 2**20))
    counts = {"articles": 0, "failures": 0}
    errors = sys.stderr

    def analysed_pairs() -> Iterator[tuple]:
        items = iter_articles(options.paths, options.date, sys.stdin, max_bytes)
        for item in items:
            if isinstance(item, ReadProblem):
                _say(errors, str(item))
                counts["failures"] += 1
                continue
            for warning in item.warnings:
                _say(errors, f"{item.path}: {item.id}: warning: {warning}")
            analysis = None
            if not is_text_only(item, max_bytes):
                try:
                    analysis = analyse(item.text, item.published)
                except Exception as error:  # the engine must not raise; if it does, say where
                    _say(errors, f"{item.path}: {item.id}: analysis failed: {type(error).__name__}: {error}")
                    counts["failures"] += 1
                    continue
            counts["articles"] += 1
            yield item, analysis

    output = _utf8_stdout()
    try:
        WRITERS[options.format](analysed_pairs(), output)
        output.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining
        # about the broken pipe again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_UNREADABLE
    if counts["articles"] == 0 and counts["failures"] == 0:
        _say(errors, "newsview extract: no articles found")
    if counts["failures"] or counts["articles"] == 0:
        return EXIT_UNREADABLE
    return EXIT_OK


def _say(stream: TextIO, message: str) -> None:
    from newsview.models.reading import one_line

    stream.write(one_line(message) + "\n")
    stream.flush()


def _utf8_stdout() -> TextIO:
    """Standard output as UTF-8 whatever the locale, without newline translation (the CSV
    writer ends rows with CRLF itself)."""
    stdout = sys.stdout
    try:
        stdout.reconfigure(encoding="utf-8", errors="replace", newline="")  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        pass  # a replaced stream (tests): write to it as it is
    return stdout


# ----------------------------------------------------------------------------- app


def _open_app(options: argparse.Namespace) -> int:
    paths = list(options.paths)
    if not paths:
        from newsview.seeds import seed_paths

        paths = [str(p) for p in seed_paths()]
    # The first article's analysis starts in a forked child before Textual is imported, so
    # the engine's first-use costs overlap the app's start-up on another core.
    from newsview.tui.state import start_first_analysis

    first = start_first_analysis(paths, options.date)
    from newsview.tui.app import NewsviewApp  # textual is imported only to open the app

    NewsviewApp(paths=paths, default_date=options.date, first_analysis=first).run()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
