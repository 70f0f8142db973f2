"""Texts built to hurt a rule-based engine: long capitalised runs, repeated and distinct names,
impossible dates, and strings that make regular expressions backtrack. ``PATTERNS`` is shared
by bench_scaling.py and tests/test_pathological.py.

Run, it times every pathological case the tests check by counting work (tests/workcount.py)
and prints each time beside the wall-clock ceiling the test used to assert:

    python benchmarks/pathological.py [--repeats 3] [--app]

Each figure is the best of ``--repeats`` runs in this process, after one unmeasured run (the
lexicon loaded, patterns compiled). ``--app`` adds the one-megabyte single-line article
opened in the app (headless, as the test does), which takes a few seconds more.
"""

from __future__ import annotations

from collections.abc import Callable

FIRST = ["Ana", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
         "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"]
LAST = ["Abbot", "Bauer", "Costa", "Dahl", "Eze", "Fischer", "Garza", "Holm", "Ito", "Jansen",
        "Kowal", "Lund", "Moreau", "Novak", "Okafor", "Petrov", "Quispe", "Rossi", "Sato", "Tan"]


def distinct_names(count: int) -> str:
    names = []
    for i in range(count):
        first = FIRST[i % len(FIRST)]
        last = LAST[(i // len(FIRST)) % len(LAST)] + ("" if i < 400 else f"{chr(97 + i % 26)}{i}")
        names.append(f"{first} {last} met officials.")
    return " ".join(names)


# name -> function of the scale factor (1, 10, 100) giving the text
PATTERNS: dict[str, Callable[[int], str]] = {
    "capitalised run, one word": lambda k: "A" * (2_000 * k),
    "capitalised run, many words": lambda k: "Alpha Beta Gamma Delta " * (90 * k),
    "one name repeated": lambda k: "José Jerí spoke. Jerí left. " * (100 * k),
    "distinct names": lambda k: distinct_names(100 * k),
    "impossible dates": lambda k: "On 31 February, 0000, 9999 and February 30, 2025, 2,025 came. " * (30 * k),
    "run of one letter": lambda k: "a" * (2_000 * k),
    "run of initials": lambda k: "A. " * (700 * k),
    "run of hyphens": lambda k: "-" * (2_000 * k),
    "run of apostrophes": lambda k: "'" * (2_000 * k),
    "run of digits": lambda k: "1" * (2_000 * k),
    "digits and commas": lambda k: "1,2" * (700 * k),
    "nested quotes": lambda k: "“‘\"'" * (500 * k),
    "one line of words": lambda k: "word " * (400 * k),
    "many short lines": lambda k: "Hi.\n" * (500 * k),
    # one sentence holding a date again and again: each event once copied the whole sentence
    "one sentence of dates": lambda k: "the weekend of Nov 8 and at 10pm on Thursday " * (100 * k),
    # every team of a results table read as a club: once compared with every other one found
    "results table": lambda k: "Results :\n" + "Hapoel Haifa 3 Maccabi Tel Aviv 1\n" * (60 * k),
    # a list of one name thousands long: each member was compared with every other
    "one long list": lambda k: "John Smith, " * (150 * k) + "and Ana Vela met.",
}


# ----------------------------------------------------------------------------- the timed cases
# The inputs and sizes of the tests that asserted wall-clock ceilings before they counted work
# instead (each list names its test).

# tests/unit/test_timex.py: find_timexes and date_from_text on each (unit * repeats)
TIMEX_INPUTS = [
    ("1", 200_000), ("-", 200_000), ("A. ", 70_000), ("2025-", 40_000), ("the ", 50_000),
    ("1,0", 70_000), ("May ", 50_000), ("12:30 ", 30_000), ("1/", 100_000), ("' ", 100_000),
    ("in the spring ", 8_000), ("the 1990s and the same day ", 5_000), ("30 Seconds To ", 8_000),
    ("[Ten] ", 30_000), ("Black Monday ", 10_000),
]
TIMEX_SENTENCE = "On Monday, November 3, officials said the plant closed two years ago. "

# tests/unit/test_entities.py: entity finding on each
ENTITY_INPUTS: dict[str, Callable[[], str]] = {
    "caps": lambda: "Abc " * 50_000,
    "distinct": lambda: " ".join(f"Name{i} Surname{i}." for i in range(10_000)),
    "repeated": lambda: "Marta Quispe. " * 10_000,
    "initials": lambda: "A. " * 60_000,
    "hyphens": lambda: "Abc-" * 50_000,
    "apostrophes": lambda: "O'Abc " * 30_000,
    "connectors": lambda: "Ab of Cd de " * 20_000,
    "dotted": lambda: "A.B." * 50_000,
    "articles": lambda: "al-Abc iAbc " * 20_000,
    "numbers": lambda: "Abc 123 " * 25_000,
    "possessives": lambda: "Abc's Def " * 20_000,
}
ENTITY_SCALING_UNITS = {"caps": "Abc ", "names": "Name Surname. ", "connectors": "Ab of Cd de ",
                        "initials": "A. ", "surnames": "Marta Quispe said. Quispe left. "}

# tests/unit/test_html.py: read_html on unit * (100,000 // len(unit)) + tail
OPEN_CONSTRUCTS = ["<a", "<!--", "<![CDATA[", "<?", "</", "<!", '<a b="', "<script>", "<!-", "</a"]
OPEN_TAILS = ["", ">", "-->"]


def best_time(run: Callable[[], object], repeats: int) -> float:
    import time

    run()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def row(case: str, chars: int, seconds: float, ceiling: str) -> None:
    print(f"  {case:44} {chars:>10,} {seconds:9.3f} {ceiling:>12}")


def bench_analysis(repeats: int) -> None:
    from datetime import date

    from newsview.models.analysis import analyse

    print("analyse (tests/test_pathological.py), at 10x")
    for name, make in PATTERNS.items():
        text = make(10)
        row(name, len(text), best_time(lambda t=text: analyse(t, date(2025, 11, 4)), repeats), "< 5 s")


def bench_timex(repeats: int) -> None:
    from datetime import date

    from newsview.models.document import Span
    from newsview.models.timex import date_from_text, find_timexes

    dct = date(2025, 11, 4)
    print("time expressions (tests/unit/test_timex.py)")
    for unit, count in TIMEX_INPUTS:
        text = unit * count

        def run(t: str = text) -> None:
            find_timexes(t, [Span(0, len(t))], dct)
            date_from_text(t)

        row(f"{unit!r} x {count:,}", len(text), best_time(run, repeats), "< 2 s")
    text = TIMEX_SENTENCE * 3000
    row("long text, 3,000 sentences", len(text), best_time(lambda: find_timexes(text, [], dct), repeats), "< 2 s")


def bench_entities(repeats: int) -> None:
    from newsview.models.entities import find_entities
    from newsview.models.lexicon import lexicon
    from newsview.models.text import sentence_spans

    def entities(text: str) -> None:
        find_entities(text, sentence_spans(text), [])

    print("entities (tests/unit/test_entities.py)")
    for name, make in ENTITY_INPUTS.items():
        text = make()
        row(name, len(text), best_time(lambda t=text: entities(t), repeats), "< 3 s")
    words = sorted(w for w in lexicon().common_words if w.isalpha() and len(w) > 3)[:5000]
    text = " ".join(f"{w.capitalize()} left. {w.capitalize()} came." for w in words)
    row("5,000 distinct sentence-start words", len(text), best_time(lambda: entities(text), repeats), "< 3 s")
    print("  4x the text, times the time (was: 8,000 units under 8x 2,000 units + 0.05 s)")
    for name, unit in ENTITY_SCALING_UNITS.items():
        small = best_time(lambda u=unit: entities(u * 2_000), repeats)
        large = best_time(lambda u=unit: entities(u * 8_000), repeats)
        print(f"  {name:44} {small:9.3f} -> {large:9.3f} s  {large / small:5.1f}x   (< 8x)")


def bench_sentences(repeats: int) -> None:
    from newsview.models.text import sentence_spans

    print("sentences (tests/unit/test_text.py)")
    text = "A. " * 200_000
    row("'A. ' x 200,000", len(text), best_time(lambda: sentence_spans(text), repeats), "< 5 s")


def bench_html(repeats: int) -> None:
    from newsview.models.html import read_html

    print("web pages (tests/unit/test_html.py)")
    for unit in OPEN_CONSTRUCTS:
        for tail in OPEN_TAILS:
            source = unit * (100_000 // len(unit)) + tail
            row(f"{unit + ' ... ' + tail!r}", len(source), best_time(lambda s=source: read_html(s), repeats), "< 2 s")
    source = "<div hidden>" + "<p>" * 100_000 + "</b>" * 100_000 + "</div><p>After."
    row("100,000 levels inside a hidden part", len(source), best_time(lambda: read_html(source), repeats), "< 2 s")


def bench_collection(repeats: int) -> None:
    from newsview.models.collection import Collection, name_key
    from newsview.models.document import Analysis, Article, Entity, Mention

    def entity(name: str, type_: str) -> Entity:
        return Entity(name_key(name).replace(" ", "-"), name, type_, (Mention(0, len(name), name),))

    pairs = [
        (Article(f"a{i}", f"a{i}.txt", "text"),
         Analysis((), (entity(f"Person{i} Garcia", "PERSON"), entity("Garcia", "PERSON"),
                       entity(f"Town{i}", "GPE")), (), ()))
        for i in range(4000)
    ]
    print("collection (tests/unit/test_collection.py)")
    seconds = best_time(lambda: Collection(pairs).entities(), repeats)
    print(f"  {'4,000 articles sharing a surname':44} {'':>10} {seconds:9.3f} {'< 5 s':>12}")


def bench_search(repeats: int) -> None:
    from newsview.models.search import TextIndex

    sentence = "El ministro Tomás Ledesma Oré viajó a Cusco el lunes con la comitiva. "
    index = TextIndex({f"a{i}": sentence * 400 for i in range(50)})
    index.search("warmup")

    def searches() -> None:
        index.search("ledesma ore", limit=50)
        index.search("nowhere", limit=50)

    print("text search (tests/unit/test_search.py)")
    row("two searches over ~280,000 words", 50 * 400 * len(sentence), best_time(searches, repeats), "< 0.5 s")


def bench_app_one_line() -> None:
    import asyncio
    import tempfile
    import time
    from pathlib import Path

    from newsview.tui.app import NewsviewApp

    words = "Maria Lopez met the mayor of Lima on 3 May 2024 and [bold]spoke[/] \x1b[31m. "
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one-line.txt"
        path.write_text((words * (2**20 // len(words) + 1))[: 2**20], encoding="utf-8")

        async def open_and_settle() -> float:
            start = time.perf_counter()
            app = NewsviewApp(paths=[str(path)])
            async with app.run_test(size=(120, 40)) as pilot:
                while app.state.index is None or app.workers:
                    await pilot.pause(0.05)
                return time.perf_counter() - start

        seconds = asyncio.run(open_and_settle())
    print("app (tests/functional/test_bad_input_app.py; key latency: bench_tui.py)")
    print(f"  {'one line of 1 MB, opened and analysed':44} {2**20:>10,} {seconds:9.3f} {'< 60 s':>12}")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--app", action="store_true", help="also time the app on a 1 MB line")
    args = parser.parse_args()
    print(f"  {'case':44} {'chars':>10} {'best s':>9} {'old ceiling':>12}")
    for bench in (bench_analysis, bench_timex, bench_entities, bench_sentences, bench_html,
                  bench_collection, bench_search):
        bench(args.repeats)
    if args.app:
        bench_app_one_line()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
