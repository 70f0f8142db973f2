#!/usr/bin/env python3
"""How quickly the explorer opens and answers keys.

    python benchmarks/bench_tui.py [--runs 5] [--presses 50] [--key-runs 3] [--words 50000]
                                   [--articles 2000]

Every figure comes from fresh processes running the app headless (``App.run(headless=True)``:
the whole app, no terminal output time), timed from the process's own start.

- start-up: a process that opens the bundled sample (launched as the `newsview` command does)
  and exits as soon as a frame with the entities, article and chronology filled has been drawn, against a process running an empty
  Textual app that exits after its first frame; median of ``--runs`` of each, interleaved.
  The mark (issue 3): within 1.5x the empty app.
- big article: a generated article of ``--words`` words (names, places and dates of our own
  making, about one mention every 25 words) read from a file: time until the first frame
  showing its text, and until the frame showing the entities and chronology filled (analysis
  runs in a child process or worker). The marks: 0.5 s and 1.5 s.
- keys: with the first entity of the big article selected, ``--presses`` presses of
  `n`, then presses of `down` in the entity list (selecting the next entity), each timed from the key event to the frame that shows the new current mention; minus
  the same for a key that changes nothing but asks for a repaint of the status line (the
  framework's own cost: key dispatch, frame pacing at Textual's 60 fps, compositing).
  Median and p95, in each of ``--key-runs`` fresh processes; the figures printed are the
  median across them (one process can run a third slower than the next on this shared
  machine, the no-op key included), each run's are listed below. The mark: under 16 ms.
- many articles: ``--articles`` generated articles in a folder; while they are analysed, the
  time from a `j` key event to the frame that shows the entity cursor moved; max and p95.
  The mark: under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIRST = ["Maria", "John", "Aiko", "Pavel", "Fatima", "Lucas", "Ingrid", "Omar", "Chen", "Rosa"]
LAST = ["Lopez", "Smith", "Tanaka", "Novak", "Haddad", "Moreau", "Larsen", "Farouk", "Wei", "Diaz"]
PLACES = ["Paris", "Berlin", "Lima", "Nairobi", "Oslo", "Manila", "Quito", "Dakar", "Hanoi"]
ORGS = ["Acme Corporation", "the Northern Bank", "Vertex Holdings", "the Harbour Authority"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
FILLER = (
    "the committee discussed the budget for several hours before agreeing on a plan that "
    "would shape the work of the coming months and the people who carry it out"
).split()


def generated_article(words: int, seed: int = 7) -> str:
    """About ``words`` words of plain news-like prose with names, places and dates."""
    rng = random.Random(seed)
    sentences: list[str] = []
    count = 0
    while count < words:
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        filler = " ".join(rng.sample(FILLER, 12))
        kind = rng.randrange(4)
        if kind == 0:
            sentence = f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} 2024, {person} said {filler}."
        elif kind == 1:
            sentence = f"In {rng.choice(PLACES)}, {filler} as {rng.choice(ORGS)} watched."
        else:
            sentence = f"{filler.capitalize()} and {filler}."
        sentences.append(sentence)
        count += len(sentence.split())
        if len(sentences) % 6 == 0:
            sentences[-1] += "\n"
    return " ".join(sentences).replace("\n ", "\n")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# ----------------------------------------------------------------------------- child processes
# Each child starts its clock first thing, runs an app headless, prints one JSON line.

CHILD_PRELUDE = "import time; START = time.perf_counter()\n"

EMPTY_APP = CHILD_PRELUDE + """
from textual.app import App
class Empty(App):
    def on_mount(self):
        self.call_after_refresh(self.exit)
Empty().run(headless=True)
print('{"done": %f}' % (time.perf_counter() - START))
"""

# The app as the `newsview` command launches it, noting when each frame is drawn and driving
# itself with key events (benchmarks/app_probe.py: the launch and the frame-waiting probe).
PROBE_APP = CHILD_PRELUDE + r"""
import json, sys
paths, task, presses, here = json.loads(sys.argv[1])
import newsview.tui.cli
from newsview.tui.first_article import start_first_analysis
FIRST = start_first_analysis(paths, None)
import asyncio, random
sys.path.insert(0, here)
from app_probe import FrameProbe

class Probe(FrameProbe):
    BINDINGS = [("f12", "repaint_status", "")]

    def __init__(self, paths, task, presses):
        super().__init__(paths=paths, first_analysis=FIRST)
        self.probe_task = task
        self.presses = presses

    def action_repaint_status(self):
        self.status.refresh()

    async def measure(self):
        report = self.report
        if self.probe_task == "startup":
            at = await self.until(lambda: self.state.index is not None
                                  and self.entity_list.option_count > 0
                                  and self.chronology.option_count > 0)
            report["populated"] = at - START
        elif self.probe_task == "big":
            at = await self.until(lambda: self.article_view.line_count > 1)
            report["visible"] = at - START
            at = await self.until(lambda: self.state.index is not None
                                  and self.entity_list.option_count > 1)
            report["filled"] = at - START
            index = self.state.index
            report["mentions"] = sum(len(e.mentions) for e in index.analysis.entities)
            report["events"] = len(index.analysis.chronology)
            self.entity_list.focus()
            await asyncio.sleep(0.2)
            self.key("down")
            await self.until(lambda: self.state.entity is not None)
            report["entity"] = [self.state.entity.name, len(self.state.entity.mentions)]
            step, noop = [], []
            # Random pauses between presses: Textual draws on a 60 fps grid, and a key
            # that comes a fixed time after the previous frame would always meet the grid
            # in the same phase, so the no-op key would not cancel the wait it measures.
            pause = random.Random(1).uniform
            for number in range(self.presses + 5):
                mention = self.state.mention
                took = await self.timed_key("n", "n", lambda m=mention: self.state.mention != m)
                await asyncio.sleep(pause(0.02, 0.1))
                idle = await self.timed_key("f12", None, lambda: True)
                await asyncio.sleep(pause(0.02, 0.1))
                if number >= 5:  # the first few warm caches up
                    step.append(took)
                    noop.append(idle)
            report["n"] = step
            report["noop"] = noop
            select = []
            for number in range(self.presses + 3):
                chosen = self.state.selected
                took = await self.timed_key(
                    "down", None, lambda c=chosen: self.state.selected != c)
                await asyncio.sleep(pause(0.02, 0.1))
                if number >= 3:
                    select.append(took)
            report["select"] = select
        elif self.probe_task == "many":
            await self.until(lambda: self.state.index is not None)
            self.entity_list.focus()
            answers = []
            while not self._reading_done or len(self.state.indexes) < len(self.state.articles):
                row = self.entity_list.highlighted
                took = await self.timed_key(
                    "j", "j", lambda r=row: self.entity_list.highlighted != r)
                answers.append(took)
                await asyncio.sleep(0.05)
            report["answers"] = answers
            report["articles"] = len(self.state.articles)
            report["analysed_at"] = time.perf_counter() - START

app = Probe(paths, task, presses)
app.run(headless=True, size=(160, 45))
print(json.dumps(app.report))
"""


def child(code: str, *args: object) -> dict:
    if code is PROBE_APP:
        args = (*args, str(HERE))  # where app_probe.py is
    done = subprocess.run(
        [sys.executable, "-c", code, json.dumps(list(args))], capture_output=True, text=True
    )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def compile_bytecode() -> None:
    """Bring newsview's bytecode up to date, as installing it does: with sources edited since
    (a working copy) or PYTHONDONTWRITEBYTECODE set, every start would compile them again
    (about 20 ms here), which is not what a user's start-up costs."""
    import compileall

    import newsview.models
    import newsview.tui

    for package in (newsview.models, newsview.tui):
        for folder in package.__path__:
            compileall.compile_dir(folder, quiet=1)


def bench_startup(runs: int) -> None:
    from newsview.seeds import seed_paths

    compile_bytecode()

    seeds = [str(p) for p in seed_paths()]
    empty, sample = [], []
    for _ in range(runs):
        empty.append(child(EMPTY_APP)["done"])
        report = child(PROBE_APP, seeds, "startup", 0)
        if "error" in report:
            print(f"start-up: failed: {report['error']}")
            return
        sample.append(report["populated"])
    e, s = statistics.median(empty), statistics.median(sample)
    print(f"start-up: sample populated {ms(s)}, empty Textual app {ms(e)} -> {s / e:.2f}x "
          f"(mark: 1.5x; median of {runs}; all: {', '.join(ms(x) for x in sample)})")


def key_figures(report: dict) -> dict[str, float]:
    """One run's key latencies: medians and p95s, raw and over the repaint-only key."""
    step, noop, select = report["n"], report["noop"], report["select"]
    figures = {
        "n median": statistics.median(step) - statistics.median(noop),
        "n p95": percentile(step, 0.95) - percentile(noop, 0.95),
        "select median": statistics.median(select) - statistics.median(noop),
        "select p95": percentile(select, 0.95) - percentile(noop, 0.95),
        "noop median": statistics.median(noop),
        "noop p95": percentile(noop, 0.95),
        "raw n median": statistics.median(step),
        "raw n p95": percentile(step, 0.95),
        "raw select median": statistics.median(select),
        "raw select p95": percentile(select, 0.95),
    }
    return figures


def bench_big_article(words: int, presses: int, runs: int, folder: Path) -> None:
    path = folder / "big.txt"
    text = generated_article(words)
    path.write_text(text, encoding="utf-8")
    reports = []
    for _ in range(runs):
        report = child(PROBE_APP, [str(path)], "big", presses)
        if "error" in report:
            print(f"big article: failed: {report['error']}")
            return
        reports.append(report)
    first = reports[0]
    name, count = first["entity"]
    print(f"big article: {len(text.split()):,} words, {first['mentions']:,} mentions, "
          f"{first['events']} events; {runs} fresh processes, the median of their figures:")
    visible = statistics.median(r["visible"] for r in reports)
    filled = statistics.median(r["filled"] for r in reports)
    print(f"  text visible after {ms(visible)} (mark: 500 ms); entities and "
          f"chronology after {ms(filled)} (mark: 1500 ms)")
    each = [key_figures(r) for r in reports]
    fig = {key: statistics.median(f[key] for f in each) for key in each[0]}
    print(f"  n on {name!r} ({count} mentions), key event to frame: median {ms(fig['n median'])}, "
          f"p95 {ms(fig['n p95'])} over a repaint-only key (mark: 16 ms); raw n: median "
          f"{ms(fig['raw n median'])}, p95 {ms(fig['raw n p95'])}; repaint-only key: "
          f"median {ms(fig['noop median'])}, p95 {ms(fig['noop p95'])}")
    print(f"  selecting the next entity (down in the list), key event to frame: median "
          f"{ms(fig['select median'])}, p95 {ms(fig['select p95'])} over the repaint-only key "
          f"(raw median {ms(fig['raw select median'])}, p95 {ms(fig['raw select p95'])})")
    if runs > 1:  # each process's figures: the spread between runs on this machine
        for key in ("n median", "n p95", "select median", "select p95"):
            print(f"    {key} per run: {', '.join(ms(f[key]) for f in each)}")


def bench_many_articles(count: int, folder: Path) -> None:
    many = folder / "many"
    many.mkdir()
    for number in range(count):
        (many / f"article-{number:05}.txt").write_text(
            generated_article(300, seed=number), encoding="utf-8"
        )
    report = child(PROBE_APP, [str(many)], "many", 0)
    if "error" in report or not report["answers"]:
        print(f"many articles: failed: {report.get('error', 'done before any key')}")
        return
    answers = report["answers"]
    print(f"many articles: {report['articles']} analysed {report['analysed_at']:.1f} s after "
          f"start; meanwhile {len(answers)} presses of j, key event to frame: max "
          f"{ms(max(answers))}, p95 {ms(percentile(answers, 0.95))}, median "
          f"{ms(statistics.median(answers))} (mark: 100 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--presses", type=int, default=50)
    parser.add_argument("--key-runs", type=int, default=3,
                        help="fresh processes timing keys on the big article (median taken)")
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=2000)
    options = parser.parse_args()
    started = time.perf_counter()
    if options.runs:
        bench_startup(options.runs)
    with tempfile.TemporaryDirectory() as folder:
        if options.words:
            bench_big_article(options.words, options.presses, options.key_runs, Path(folder))
        if options.articles:
            bench_many_articles(options.articles, Path(folder))
    print(f"(bench took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
