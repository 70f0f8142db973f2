"""The ``newsview`` command: ``newsview [PATH...]`` opens the app, ``newsview extract PATH...``
prints the analysis.

``extract`` is headless: this module imports neither textual nor rich (a test checks it in a
fresh interpreter); the app is imported only when it is opened.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from newsview.models.document import Analysis, Article
    from newsview.models.reading import ReadProblem

# Nothing heavy at import: opening the app forks the first article's analysis before the
# reader, Textual or the installed version's metadata (importlib.metadata: ~15 ms) is loaded.

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
_OPTIONS_WITH_VALUE = {
    "--date", "--format", "--max-article-mb", "--jobs", "--timeout", "--cache", "--dask", "--output",
    "--store",
}
SUBCOMMANDS = ("extract", "corrections")
PATH_HELP = (
    ".txt, .md, .json, .jsonl or .html files, RSS/Atom feeds (.rss, .atom, .xml), "
    "directories (read recursively), http(s):// addresses of pages or feeds, or - for "
    "standard input"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 unreadable input, 2 usage)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        where = _subcommand_index(args)
        if where is not None:
            command = args.pop(where)
            if command == "corrections":
                from newsview.tui.corrections_cmd import run

                return run(args)
            return _extract(_extract_parser().parse_args(args))
        return _open_app(_app_parser().parse_args(args))
    except SystemExit as stop:  # argparse: --help, --version, or a usage error
        if stop.code is None:
            return EXIT_OK
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _subcommand_index(args: list[str]) -> int | None:
    """Where ``extract`` or ``corrections`` is, when it is the first positional argument (a
    file so called can still be opened as ./extract)."""
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--":
            return None
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-") or arg == "-":
            return index if arg in SUBCOMMANDS else None
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


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 32:
        raise argparse.ArgumentTypeError(f"not a number of connections from 1 to 32: {value!r}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 < number <= 600:
        raise argparse.ArgumentTypeError(f"not a number of seconds from 0 to 600: {value!r}")
    return number


FETCH_JOBS_HELP = "with --fetch-items: pages fetched at once (default 1, one connection at a time)"


def _add_web_options(parser: argparse.ArgumentParser, jobs_help: str = FETCH_JOBS_HELP) -> None:
    from newsview.models.fetch import DEFAULT_TIMEOUT

    parser.add_argument(
        "--fetch-items",
        action="store_true",
        help="read each feed item from the page it links to, rather than the feed's own text",
    )
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help=jobs_help,
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="give up on a web address that has not answered in full after this long "
        "(default: %(default)g)",
    )


def fetch_options(options: argparse.Namespace):  # -> newsview.models.fetch.FetchOptions
    from newsview.models.fetch import FetchOptions

    return FetchOptions(timeout=options.timeout, fetch_items=options.fetch_items,
                        jobs=options.jobs or 1)


def _add_cache_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--cache",
        metavar="PATH",
        help="the analysis cache (SQLite) to use; default: analyses.sqlite3 in the user's "
        "cache directory. It only saves time: delete it whenever you like",
    )
    group.add_argument(
        "--no-cache", action="store_true", help="analyse every article afresh, remembering nothing"
    )


def open_analysis_cache(options: argparse.Namespace) -> tuple:  # (AnalysisCache | None, note)
    """The cache the options ask for, or None and the one line that says why it is not used
    (a cache that cannot be used is left alone; the analyses are then computed)."""
    if options.no_cache:
        return None, None
    from newsview.models.cache import open_cache

    return open_cache(options.cache)


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsview",
        description="Explore news articles: their text, the entities they name and a chronology "
        "of their events. With no PATH, reads standard input when something is piped in "
        "(cmd | newsview), else opens the bundled sample article.",
        epilog="Headless: newsview extract PATH... [--format json|jsonl|csv] "
        "(see newsview extract --help). Corrections: newsview corrections export|import|list.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=PATH_HELP,
    )
    _add_date_option(parser)
    _add_web_options(parser)
    _add_store_option(parser)
    _add_cache_options(parser)
    parser.add_argument("--version", action=_VersionAction)
    return parser


def _add_store_option(parser: argparse.ArgumentParser) -> None:
    from newsview.tui.corrections_cmd import add_store_option

    add_store_option(parser)


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
        help=PATH_HELP,
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "graphml"),
        default="json",
        help="json (default): one object with every article; jsonl: one article a line; "
        "csv: one row per entity mention and per chronology event (its kind column says which); "
        "graphml: the co-occurrence graph (entities linked across articles as nodes, shared "
        "articles as weighted edges) for Gephi or a graph database",
    )
    _add_date_option(parser)
    _add_web_options(
        parser,
        "articles analysed at once, each in a process of its own (default: every local core); "
        "with --fetch-items also the pages fetched at once (default 1)",
    )
    _add_cache_options(parser)
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="analyse on a Dask cluster: tcp://HOST:PORT of its scheduler, or local for a "
        "LocalCluster of one process per core (needs the extra: pip install 'newsview[dask]')",
    )
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (streamed: the collection is never "
        "held in memory; a .parquet FILE is written as Parquet when pyarrow is installed)",
    )
    parser.add_argument(
        "--max-article-mb",
        type=_megabytes,
        default=DEFAULT_MAX_ARTICLE_BYTES / 2**20,
        metavar="N",
        help="articles larger than this are listed but not analysed (default: %(default)g)",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="add to each entity and time expression why the engine read it so: the evidence "
        "for its type with the fitted weights, how its names were linked, how each time was "
        "resolved (JSON and JSONL; slower)",
    )
    _add_store_option(parser)
    parser.add_argument(
        "--no-corrections",
        action="store_true",
        help="the engine's own reading, without the stored corrections (applied by default)",
    )
    parser.add_argument("--version", action=_VersionAction)
    return parser


# ----------------------------------------------------------------------------- extract


def _extract(options: argparse.Namespace) -> int:
    from functools import partial

    from newsview.models.export import FORMATS
    from newsview.models.reading import ReadProblem, is_text_only, iter_articles
    from newsview.tui.analysis_runner import (
        DaskUnavailable,
        analyse_in_order,
        dask_cluster,
        local_workers,
    )

    max_bytes = max(1, int(options.max_article_mb * 2**20))
    counts = {"articles": 0, "failures": 0}
    errors = sys.stderr
    corrections = [] if options.no_corrections else _stored_corrections(options.store, errors)
    output_format = FORMATS[options.format]
    if options.output and options.output.lower().endswith(".parquet"):
        from newsview.models.export import parquet_format

        output_format, problem = parquet_format()
        if output_format is None:
            _say(errors, f"newsview extract: {problem}")
            return EXIT_USAGE
    cache, note = open_analysis_cache(options)
    if note:
        _say(errors, note)
    # Rendered where each article is analysed: a worker sends back its output, not its analysis.
    finish = partial(extract_piece, render=output_format.render, corrections=corrections,
                     explain=options.explain)

    def job_of(item):  # -> Job | None
        if isinstance(item, ReadProblem) or is_text_only(item, max_bytes):
            return None
        return item.id, item.text, item.published

    def pieces(workers: int, submit) -> Iterator[tuple]:
        items = iter_articles(
            options.paths, options.date, sys.stdin, max_bytes, fetch_options(options)
        )
        results = analyse_in_order(items, job_of, workers, cache, options.explain, submit,
                                   finish)
        for item, (piece, messages, failed) in results:
            for message in messages:
                _say(errors, message)
            if failed:
                counts["failures"] += 1
                continue
            counts["articles"] += 1
            yield item, piece

    try:
        with contextlib.ExitStack() as stack:
            submit = None
            workers = options.jobs or local_workers()
            if options.dask:
                submit, workers = stack.enter_context(dask_cluster(options.dask))
            if options.output:
                binary = options.output.lower().endswith(".parquet")
                output: TextIO = stack.enter_context(
                    open(options.output, "wb") if binary  # type: ignore[arg-type]
                    else open(options.output, "w", encoding="utf-8", newline="")
                )
            else:
                output = _utf8_stdout()
            output_format.write(pieces(workers, submit), output)
            output.flush()
    except DaskUnavailable as error:
        _say(errors, f"newsview extract: {error}")
        return EXIT_USAGE
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            # The reader went away (`| head`): stop quietly, and keep Python from complaining
            # about the broken pipe again when it flushes stdout at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_UNREADABLE
        _say(errors, f"newsview extract: cannot write {options.output}: {error.strerror or error}")
        return EXIT_UNREADABLE
    if cache is not None and cache.error:
        _say(errors, cache.error)
    if counts["articles"] == 0 and counts["failures"] == 0:
        _say(errors, "newsview extract: no articles found")
    if counts["failures"] or counts["articles"] == 0:
        return EXIT_UNREADABLE
    return EXIT_OK


def extract_piece(item: Article | ReadProblem, analysis: Analysis | str | None,
                  render: Callable[[Article, Analysis | None], object], corrections: list,
                  explain: bool) -> tuple[object, tuple[str, ...], bool]:
    """What ``extract`` makes of one item, where it was analysed (``analyse_in_order``'s
    ``finish``): ``(the rendered piece or None, the messages for standard error in order,
    whether it failed)``. The stored corrections are applied to the engine's own (maybe
    cached) reading here: the cache stays raw."""
    from newsview.models.reading import ReadProblem

    if isinstance(item, ReadProblem):
        return None, (str(item),), True
    messages = [f"{item.path}: {item.id}: warning: {warning}" for warning in item.warnings]
    if isinstance(analysis, str):  # the engine must not fail; if it does, say where
        messages.append(f"{item.path}: {item.id}: analysis failed: {analysis}")
        return None, tuple(messages), True
    if corrections and analysis is not None:
        try:
            analysis = _corrected(item, analysis, corrections, explain, messages)
        except Exception as error:  # never lose the article for a correction's sake
            messages.append(f"{item.path}: {item.id}: corrections failed: "
                            f"{type(error).__name__}: {error}")
    return render(item, analysis), tuple(messages), False


def _stored_corrections(path: str | None, errors: TextIO) -> list:
    """The corrections in force in the store (``--store`` or the default one, which is not
    created just to be read); a store that cannot be used is said in one line and skipped."""
    from newsview.tui.store import StoreError, default_path, open_store

    if path is None and not default_path().exists():
        return []
    try:
        store = open_store(path, read_only=True)
    except StoreError as error:
        _say(errors, f"newsview extract: {error}; the engine's own reading is written")
        return []
    try:
        return store.active()
    except StoreError as error:
        _say(errors, f"newsview extract: {error}; the engine's own reading is written")
        return []
    finally:
        store.close()


def _corrected(item, analysis, corrections: list, explain: bool, messages: list[str]):
    """The analysis with the stored corrections applied; a correction made for this very
    article that no longer finds its target is said (in ``messages``), never silently
    dropped."""
    from newsview.models.corrections import apply_with_report, describe

    corrected, outcomes = apply_with_report(analysis, item.text, corrections,
                                            article_id=item.id, explain=explain)
    for outcome in outcomes:
        if not outcome.applied and not outcome.correction.everywhere:
            messages.append(f"{item.path}: {item.id}: correction not applied: "
                            f"{describe(outcome.correction)}: {outcome.detail}")
    return corrected


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
    piped = _stdin_is_piped()
    if not paths:
        if piped:
            paths = ["-"]
        else:
            from newsview.seeds import seed_paths

            paths = [str(p) for p in seed_paths()]
    stdin_data: bytes | None = None
    if "-" in paths and piped:
        stdin_data = sys.stdin.buffer.read()
        if not _keys_from_the_terminal():
            sys.stderr.write(
                "newsview: standard input was piped in and there is no terminal to take keys "
                "from; newsview extract prints the analysis instead\n"
            )
            return EXIT_USAGE
    web = fetch_options(options)
    # The first article's analysis starts in a forked child before asyncio, Textual or the
    # engine are imported, so the engine's first-use costs overlap the app's start-up on
    # another core.
    from newsview.tui.first_article import start_first_analysis

    first = start_first_analysis(paths, options.date, stdin_data, web)
    from newsview.tui.app import NewsviewApp  # textual is imported only to open the app

    cache, note = open_analysis_cache(options)
    NewsviewApp(
        paths=paths, default_date=options.date, first_analysis=first, stdin_data=stdin_data,
        fetch_options=web, store_path=options.store, cache=cache, cache_note=note,
    ).run()
    return EXIT_OK


def _stdin_is_piped() -> bool:
    """Whether standard input is a pipe or a file (``cmd | newsview``, ``newsview < file``),
    not a terminal, a device such as /dev/null, or closed."""
    import stat

    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def _keys_from_the_terminal() -> bool:
    """Put the controlling terminal where standard input was, as ``less`` does, so that the
    app reads its keys from the person at the terminal and not from the piped text (whose
    "q" would quit it). False when there is no terminal."""
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    try:
        os.dup2(terminal, sys.stdin.fileno())
    except OSError:
        return False
    finally:
        os.close(terminal)
    return True


if __name__ == "__main__":
    sys.exit(main())
