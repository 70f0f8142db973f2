#!/usr/bin/env python3
"""Leave-one-corpus-out: how the fitted name model does on text it was not fitted on.

    python benchmarks/bench_loco.py ../shared/data [--only gum_news_train,...] [--epochs N]

For each corpus that feeds the shipped weights, the model is fitted on all the others (exactly
as ``newsview.models.data.fit_names`` fits the shipped one) and scored on it with score.py;
corpora that never feed the weights (non-commercial or unlicensed text) are scored with the
model fitted on every fitting corpus, which never saw them either. The engine sees only each
document's id, text and date. Prints one table, F1 per layer, with the anchors (spaCy
en_core_web_md + rules; HeidelTime) measured on the same files, and the averages over corpora.

Columns: NER = name mentions, overlap matching (blind to whether a title belongs to a name);
typed = the same with the type; exact / exact typed = exact spans; link B3 = B-cubed of the
grouping of names (corpora with coreference); timex = TIMEX3 value F1 (corpora with times).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_quality import default_scorer
from bench_quality import strip as stripped_copy

from newsview.models.analysis import analyse
from newsview.models.data import fit_names
from newsview.models.export import write_json
from newsview.models.reading import read_paths

HERE = Path(__file__).resolve().parent
# Files whose licence lets them feed the weights that ship (the data README), in fitting order.
FITTING = ["gum_news_train", "meantime_dev", "wikigold_ner", "gum_other_train", "wnut17_train",
           "btc_train", "re3d", "sec_filings_train", "uner_ewt_dev"]
# Measured, never fitted on (non-commercial texts; no open licence).
MEASURED_ONLY = ["gum_other_nc_train", "tbaq_timex"]
# The news among them (the data README): WikiGold is Wikipedia, TBAQ newswire with times only.
NEWS = ["gum_news_train", "meantime_dev", "tbaq_timex"]
COLUMNS = [("NER", "ner.overlap"), ("typed", "ner.overlap_typed"), ("exact", "ner.untyped"),
           ("exact typed", "ner.typed"), ("link B3", "link.b3"), ("timex", "timex.value")]
# spaCy md + rules and HeidelTime on the same files (the data README and issue 4), in COLUMNS
# order; None where the anchor has no figure.
ANCHORS = {
    "gum_news_train": [0.839, 0.652, None, None, 0.927, 0.732],
    "meantime_dev": [0.850, 0.622, None, None, 0.903, 0.856],
    "wikigold_ner": [0.891, 0.665, None, None, None, None],
    "gum_other_train": [0.800, 0.531, 0.647, 0.450, 0.924, None],
    "gum_other_nc_train": [0.783, 0.548, 0.670, 0.487, 0.923, None],
    "wnut17_train": [0.515, 0.348, 0.396, 0.285, None, None],
    "btc_train": [0.698, 0.530, 0.537, 0.438, None, None],
    "re3d": [0.732, 0.596, 0.583, 0.488, None, None],
    "sec_filings_train": [0.253, 0.193, 0.198, 0.157, None, None],
    "uner_ewt_dev": [0.799, 0.671, 0.697, 0.597, None, None],
    "tbaq_timex": [None, None, None, None, None, 0.774],
}


def layers(gold: Path) -> dict[str, bool]:
    """Which layers a corpus annotates: names, clusters, time expressions."""
    names = clusters = timexes = False
    with gold.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                entities = record.get("entities", [])
                names = names or bool(entities)
                clusters = clusters or any(e.get("cluster") for e in entities)
                timexes = timexes or bool(record.get("timexes"))
    return {"ner": names, "link": clusters, "timex": timexes}


def score(gold: Path, model: fit_names.NameModel | None, scorer: Path, folder: Path) -> dict:
    result = read_paths([str(stripped_copy(gold, folder))])
    pairs = [(a, analyse(a.text, a.published, model=model)) for a in result.articles]
    prediction = folder / f"{gold.stem}.pred.json"
    buffer = io.StringIO()
    write_json(pairs, buffer)
    prediction.write_text(buffer.getvalue(), encoding="utf-8")
    scored = subprocess.run([sys.executable, str(scorer), str(gold), str(prediction), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)["metrics"]


def row(metrics: dict, present: dict[str, bool]) -> list[float | None]:
    values: list[float | None] = []
    for _, key in COLUMNS:
        layer = key.split(".")[0]
        layer = "ner" if layer == "ner" else layer
        values.append(metrics.get(key, {}).get("f1") if present[layer] else None)
    return values


def cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="the folder of annotated corpora")
    parser.add_argument("--only", help="comma-separated corpus names to score (default: all)")
    parser.add_argument("--epochs", type=int, default=fit_names.DEFAULT_EPOCHS)
    parser.add_argument("--min-count", type=int, default=fit_names.DEFAULT_MIN_COUNT)
    parser.add_argument("--rounds", type=int, default=fit_names.DEFAULT_ROUNDS)
    parser.add_argument("--margin", type=float, default=fit_names.DEFAULT_MARGIN)
    parser.add_argument("--seed", type=int, default=fit_names.DEFAULT_SEED,
                        help="another seed shows how much of a change is the fit's luck")
    parser.add_argument("--weight", action="append", default=[], metavar="CORPUS=W",
                        help="as for fit_names: count one corpus W times as much")
    parser.add_argument("--fit", help="comma-separated corpora to fit on (default: every file "
                        "whose licence allows it); a corpus left out here is scored like "
                        "the measured-only ones")
    parser.add_argument("--score", type=Path, default=default_scorer(), help="path to score.py")
    args = parser.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else None
    corpus_weight = {name: float(w) for name, w in (item.split("=", 1) for item in args.weight)}
    fitting = [c for c in (args.fit.split(",") if args.fit else FITTING)
               if (args.data / f"{c}.jsonl").exists()]
    measured_only = [c for c in FITTING + MEASURED_ONLY if c not in fitting]

    vocabulary = fit_names.Vocabulary()
    examples = {c: fit_names.read_corpus(args.data / f"{c}.jsonl", vocabulary) for c in fitting}
    print(f"read {sum(len(e) for e in examples.values())} runs of {len(fitting)} corpora",
          file=sys.stderr)

    def fitted_without(left_out: str | None) -> fit_names.NameModel:
        chosen = [e for c in fitting if c != left_out for e in examples[c]]
        weights = fit_names.train_averaged(
            chosen, len(vocabulary.keys), args.epochs, seed=args.seed, rounds=args.rounds,
            corpus_weight=corpus_weight, min_count=args.min_count, margin=args.margin)
        return fit_names.model_from(weights, vocabulary)

    print("| corpus | system | " + " | ".join(name for name, _ in COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    ours: dict[str, list[float | None]] = {}
    theirs: dict[str, list[float | None]] = {}
    everything: fit_names.NameModel | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in fitting + measured_only:
            gold = args.data / f"{corpus}.jsonl"
            if not gold.exists() or (wanted and corpus not in wanted):
                continue
            if corpus in fitting:
                model, how = fitted_without(corpus), "newsview, fitted without it"
            else:
                everything = everything or fitted_without(None)
                model, how = everything, "newsview, never fitted on it"
            present = layers(gold)
            ours[corpus] = row(score(gold, model, args.score, Path(tmp)), present)
            anchor = ANCHORS.get(corpus)
            if anchor:
                theirs[corpus] = anchor
                print(f"| {corpus} | spaCy md + rules / HeidelTime | "
                      + " | ".join(cell(v) for v in anchor) + " |")
            print(f"| {corpus} | **{how}** | " + " | ".join(cell(v) for v in ours[corpus]) + " |",
                  flush=True)
    for title, names in (("news corpora", NEWS), ("every corpus", list(ours))):
        print(f"| mean of {title} | newsview | " + " | ".join(
            cell(_mean(ours, names, k)) for k in range(len(COLUMNS))) + " |")
        print(f"| mean of {title} | anchors | " + " | ".join(
            cell(_mean(theirs, names, k)) for k in range(len(COLUMNS))) + " |")
    return 0


def _mean(table: dict[str, list[float | None]], names: list[str], column: int) -> float | None:
    values = [table[n][column] for n in names if n in table and table[n][column] is not None]
    return statistics.fmean(values) if values else None


if __name__ == "__main__":
    sys.exit(main())
