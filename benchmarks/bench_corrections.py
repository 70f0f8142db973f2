#!/usr/bin/env python3
"""How long corrections take to apply to a collection: what the app does after every correction,
undo or redo (every analysed article shown again with the corrections in force), and what
``newsview extract`` adds per article.

    python benchmarks/bench_corrections.py [--articles 2225] [--corrections 50] [--runs 3]

The articles are the sample texts under ``tests/data`` repeated under distinct ids (each text
analysed once: the figures are for applying corrections only). The corrections are rules
(scope "all") of every kind, half naming entities those texts have, half names they lack, plus
a few for single articles. Printed: the median of ``--runs`` of applying them all to every
article, per article and in all, and the same with no correction (the floor).
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


if __name__ == "__main__":
    main()
