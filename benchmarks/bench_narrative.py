#!/usr/bin/env python3
"""Narrative mode measured: annotated news read without its publication date.

    python benchmarks/bench_narrative.py ../shared/data/{tbaq_timex,gum_news_train,meantime_dev}.jsonl

Each article is analysed as if it carried no date; every gold DATE expression with a value is
matched to the engine's overlapping expression. Most gold values count from the publication
date ("today", "Friday"), which the text alone cannot give, so the figure is low by nature:
what it compares is two versions of the narrative reading (HeidelTime's narrative mode:
relative dates read against the latest date named before them). Printed: gold dates, values
right, and values wrong that the engine marked inferred (a guess shown as one).
"""

from __future__ import annotations

import argparse
import json

from newsview.models.analysis import analyse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="JSON lines with text and gold timexes")
    args = parser.parse_args(argv)
    total = right = wrong_inferred = 0
    for path in args.paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                gold = [g for g in record.get("timexes", [])
                        if g.get("type") == "DATE" and g.get("value")]
                if not gold:
                    continue
                found = analyse(record["text"], None).timexes
                for g in gold:
                    total += 1
                    match = next((t for t in found if t.start < g["end"] and g["start"] < t.end),
                                 None)
                    if match is not None and match.value == g["value"]:
                        right += 1
                    elif match is not None and match.inferred:
                        wrong_inferred += 1
    share = right / total if total else 0.0
    print(f"gold dates {total}; values right without the publication date {right} "
          f"({share:.3f}); wrong values marked inferred {wrong_inferred}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
