#!/usr/bin/env python3
"""How long corrections take to apply to a collection: what the app does after every correction,
undo or redo (every analysed article shown again with the corrections in force), and what
``newsview extract`` adds per article.

    python benchmarks/bench_corrections.py [--articles 2225] [--corrections 50] [--runs 3]

The articles are the sample texts under ``tests/data`` repeated under distinct ids (each text
analysed once: the figures are for applying corrections only). The corrections are rules
(scope "all") of every kind, half naming entities those texts have, half names they lack, plus
a few for single articles. Printed: the median of ``--runs`` of applying them all to every
article, per article and in all, and the same with no correction (the floor); then what the
app does on the UI thread when one more correction is made with those in force (saved, every
article corrected again, the changed ones indexed again; with the all-articles scope, the
collection linked again): the median of ``--runs`` corrections, each undone after.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from newsview.models.analysis import analyse
from newsview.models.corrections import (
    Add,
    Correction,
    Drop,
    Merge,
    Note,
    Rename,
    Retype,
    Split,
    apply_with_report,
)
from newsview.models.document import text_hash

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def sample_texts() -> list[str]:
    texts = []
    for name in ("seed-article.input.jsonl", "fit-sample.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def corrections_for(analyses: list, texts: list[str], count: int) -> list[Correction]:
    names = [e.name for a in analyses for e in a.entities]
    made: list[Correction] = []
    kinds = 0
    while len(made) < count:
        present = names[kinds % len(names)]
        absent = f"Nobody Called {kinds}"
        name = present if kinds % 2 == 0 else absent
        kind = kinds % 7
        if kind == 0:
            made.append(Merge(names=(name, names[(kinds * 7 + 3) % len(names)])))
        elif kind == 1:
            made.append(Retype(name=name, type="NORP"))
        elif kind == 2:
            made.append(Rename(name=name, to=name + " (renamed)"))
        elif kind == 3:
            made.append(Drop(name=name))
        elif kind == 4:
            made.append(Add(text=name.split()[0], type="ORG"))
        elif kind == 5:
            made.append(Split(name=name, variant=name.split()[-1]))
        else:
            made.append(Note(note="why it matters", name=name, scope="a1",
                             article=text_hash(texts[0])))
        kinds += 1
    return made


def timed(pairs, corrections) -> float:
    started = time.perf_counter()
    for article_id, text, raw in pairs:
        apply_with_report(raw, text, corrections, article_id=article_id)
    return time.perf_counter() - started


def app_figures(pairs, corrections: list[Correction], runs: int) -> tuple[float, float]:
    """Seconds for one correction made in the app, in the article scope and the all-articles
    scope (median of ``runs``, each undone afterwards)."""
    import tempfile

    from newsview.models.document import Article
    from newsview.tui.correcting import CorrectionKeeper
    from newsview.tui.state import AppState
    from newsview.tui.store import open_store

    figures = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.sqlite3"
        store = open_store(path)
        store.add_many(corrections)
        store.close()
        for scope in ("article", "all"):
            keeper = CorrectionKeeper(str(path))
            keeper.open()
            state = AppState()
            state.add_articles(Article(aid, f"{aid}.txt", text) for aid, text, _ in pairs)
            for article, (_, _, raw) in zip(state.articles, pairs, strict=True):
                state.set_analysis(article.id, keeper.corrected(article, raw))
            state.set_scope(scope)
            name = next(e.name for e in pairs[0][2].entities)
            spent = []
            for _ in range(runs):
                started = time.perf_counter()
                keeper.make(Retype(name=name, type="OTHER"), state)
                spent.append(time.perf_counter() - started)
                keeper.undo(state)
            keeper.close()
            figures.append(statistics.median(spent))
    return figures[0], figures[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2225)
    parser.add_argument("--corrections", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    texts = sample_texts()
    analyses = [analyse(text) for text in texts]
    pairs = [(f"a{n}", texts[n % len(texts)], analyses[n % len(texts)])
             for n in range(options.articles)]
    corrections = corrections_for(analyses, texts, options.corrections)
    floor = statistics.median(timed(pairs, []) for _ in range(options.runs))
    spent = statistics.median(timed(pairs, corrections) for _ in range(options.runs))
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{options.articles} articles (about {words:.0f} words each, "
          f"{sum(len(a.entities) for a in analyses) / len(analyses):.0f} entities), "
          f"{len(corrections)} corrections")
    print(f"  no correction:   {floor * 1000:8.1f} ms in all, "
          f"{floor / options.articles * 1e6:7.1f} µs per article")
    print(f"  {len(corrections)} corrections: {spent * 1000:8.1f} ms in all, "
          f"{spent / options.articles * 1e6:7.1f} µs per article")
    article_scope, all_scope = app_figures(pairs, corrections, options.runs)
    print(f"  the app, one more correction: {article_scope * 1000:.0f} ms (entities of one "
          f"article shown), {all_scope * 1000:.0f} ms (all articles linked)")


if __name__ == "__main__":
    main()
