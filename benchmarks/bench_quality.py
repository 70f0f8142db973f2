#!/usr/bin/env python3
"""Extraction quality against annotated corpora, beside the anchors measured on the same files.

    python benchmarks/bench_quality.py --loco ../shared/data
    python benchmarks/bench_quality.py ../shared/data/gum_news_train.jsonl \
        ../shared/data/meantime_dev.jsonl ../shared/data/wikigold_ner.jsonl [--types] [--score PATH]

``--loco DIR``: the figure that counts, leave-one-corpus-out (``bench_loco.py``): for each
corpus that feeds the shipped weights, fit without it and score on it; every layer, with the
anchors and the averages. Given files instead, the shipped engine is scored on them as they
are; on the corpora it was fitted on that measures fit, not generalisation.

Each gold record is stripped to `id`, `text` and its date before `newsview extract --format
json` sees it (the engine never sees annotations); score.py then scores the output. Prints
one table: F1 of NER (overlap), NER typed, link B3, link pairs and timex value, with the
anchors' rows (spaCy en_core_web_md + rules; HeidelTime) from issue 4 under each file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = [("NER", "ner.overlap"), ("NER typed", "ner.overlap_typed"), ("link B3", "link.b3"),
           ("link pairs", "link.pairs"), ("timex value", "timex.value")]
# Measured on this machine on the same files (issue 4); None where the system has no figure.
ANCHORS = {
    "gum_news_train": [("spaCy md + rules", [0.839, 0.652, 0.927, 0.869, None]),
                       ("HeidelTime", [None, None, None, None, 0.732])],
    "meantime_dev": [("spaCy md + rules", [0.850, 0.622, 0.903, 0.761, None]),
                     ("HeidelTime", [None, None, None, None, 0.856])],
    "wikigold_ner": [("spaCy md + rules", [0.891, 0.665, None, None, None])],
}


def default_scorer() -> Path:
    shared = HERE.parent.parent / "shared" / "tools" / "score.py"
    return shared if shared.exists() else HERE.parent / "tests" / "data" / "score.py"


def strip(gold: Path, folder: Path) -> Path:
    """A copy of the gold file holding only what a user's file would: id, text, date."""
    out = folder / gold.name
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip():
                record = json.loads(line)
                kept = {k: record[k] for k in ("id", "text", "dct") if record.get(k) is not None}
                dst.write(json.dumps(kept, ensure_ascii=False) + "\n")
    return out


def measure(gold: Path, scorer: Path, folder: Path) -> dict:
    stripped = strip(gold, folder)
    prediction = folder / f"{gold.stem}.pred.json"
    with prediction.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "newsview.tui.cli", "extract", "--format", "json",
                        str(stripped)], stdout=out, check=True)
    scored = subprocess.run([sys.executable, str(scorer), str(gold), str(prediction), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)["metrics"]


def cell(value: float | None, gold_has_it: bool) -> str:
    return "–" if value is None or not gold_has_it else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["--loco"]:
        sys.path.insert(0, str(HERE))
        import bench_loco

        return bench_loco.main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--score", type=Path, default=default_scorer(), help="path to score.py")
    parser.add_argument("--types", action="store_true", help="also print the per-type table")
    args = parser.parse_args(argv)
    print("| file | system | " + " | ".join(name for name, _ in COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    per_type: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gold in args.gold:
            metrics = measure(gold, args.score, Path(tmp))
            present = gold_layers(gold)
            for system, figures in ANCHORS.get(gold.stem, []):
                row = [cell(v, True) for v in figures]
                print(f"| {gold.stem} | {system} | " + " | ".join(row) + " |")
            ours = [cell(metrics.get(key, {}).get("f1"), present[key]) for _, key in COLUMNS]
            print(f"| {gold.stem} | **newsview** | " + " | ".join(ours) + " |")
            per_type[gold.stem] = {k: v for k, v in metrics.items() if k.startswith("ner.type.")}
    if args.types:
        print()
        print("| file | type | P | R | F1 | gold |")
        print("|---|---|---|---|---|---|")
        for stem, table in per_type.items():
            for key, v in table.items():
                print(f"| {stem} | {key.removeprefix('ner.type.')} | {v['p']:.3f} | {v['r']:.3f} "
                      f"| {v['f1']:.3f} | {v['gold']:g} |")
    return 0


def gold_layers(gold: Path) -> dict[str, bool]:
    """Which metrics the corpus can give: no clusters means no linking, no timexes no values."""
    clusters = timexes = False
    with gold.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                clusters = clusters or any(e.get("cluster") for e in record.get("entities", []))
                timexes = timexes or bool(record.get("timexes"))
    return {"ner.overlap": True, "ner.overlap_typed": True, "link.b3": clusters,
            "link.pairs": clusters, "timex.value": timexes}


if __name__ == "__main__":
    sys.exit(main())
