#!/usr/bin/env python3
"""A corpus, not one sitting (issue 12): the app and ``extract`` on thousands of articles.

    python benchmarks/bench_corpus.py [--sizes 2225,20000] [--source FILE.jsonl ...]
                                      [--keys 40] [--skip-dask] [--skip-app]

The collections are open news (by default ``../shared/data``'s GUM news, MEANTIME and
TimeBank/AQUAINT texts) repeated up to the size asked for, each copy with an id and a last
line of its own, so that every text is distinct: nothing is shown once as a duplicate and
nothing is read from the cache by accident.

For each size, in fresh processes:
- the app (as ``newsview FILE --cache C`` opens it, headless at 160x45): seconds from the
  start of the process to every article analysed, with an empty cache (cold) and then with
  the cache that run filled (warm); the app process's peak memory (ru_maxrss; the worker
  processes are apart); key-to-frame times of ``j`` in the entity list while analysing and
  after (median and p95);
- ``newsview extract --no-cache --format jsonl`` to /dev/null: words/s (whitespace words of
  the texts over the wall time of the whole command: reading, analysis, writing) with one
  job, with every local core, and on a two-worker Dask LocalCluster (when dask is installed);
  for the local runs also the cores the command had (the CPU time of all its processes over
  its wall time: the kernel shares the cores between login sessions, so while another
  session is busy two workers get about one core between them, and no code can scale then).

Marks (the issue's): warm ≥ 10x faster than cold to all analysed; extract on 2 cores ≥ 1.7x
one core; 20,000 articles under 1 GB; key p95 under 50 ms throughout. Timings depend on what
else the machine runs: say so beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCES = [HERE.parent.parent / "shared" / "data" / name for name in
                   ("gum_news_train.jsonl", "meantime_dev.jsonl", "tbaq_timex.jsonl")]


def build_collection(sources: list[Path], size: int, target: Path) -> int:
    """Write ``size`` distinct articles to ``target`` (JSON lines); returns their words."""
    records = []
    for source in sources:
        for line in source.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records.append(record)
    words = 0
    with target.open("w", encoding="utf-8") as stream:
        for number in range(size):
            record = records[number % len(records)]
            text = f"{record['text'].rstrip()}\n\nFiled as copy {number} of the collection.\n"
            words += len(text.split())
            stream.write(json.dumps({
                "id": f"{record['id']}~{number}", "text": text, "date": record.get("dct"),
                "source": record.get("source"),
            }) + "\n")
    return words


# ----------------------------------------------------------------------------- the app

# The app as the `newsview FILE --cache C` command launches it, noting when each frame is drawn
# and driving itself with key events (benchmarks/app_probe.py, shared with bench_tui.py).
PROBE = r"""
import time; START = time.perf_counter()
import json, sys
path, cache_path, keys, here = json.loads(sys.argv[1])
import newsview.tui.cli
from newsview.tui.first_article import start_first_analysis
FIRST = start_first_analysis([path], None)
import asyncio, resource
sys.path.insert(0, here)
from app_probe import FrameProbe
from newsview.models.cache import open_cache

class Probe(FrameProbe):
    def __init__(self):
        cache, note = open_cache(cache_path)
        super().__init__(paths=[path], first_analysis=FIRST, cache=cache, cache_note=note)

    def all_analysed(self):
        state = self.state
        return self._reading_done and len(state.indexes) + len(state.unanalysed) >= len(state.articles)

    async def timed_j(self):
        row = self.entity_list.highlighted
        return await self.timed_key("j", "j", lambda: self.entity_list.highlighted != row, 30)

    async def measure(self):
        report = self.report
        await self.until(lambda: self.state.index is not None and self.entity_list.option_count > 2,
                         600)
        self.entity_list.focus()
        during, after = [], []
        while not self.all_analysed():
            during.append(await self.timed_j())
            await asyncio.sleep(0.05)
        report["analysed"] = time.perf_counter() - START
        report["articles"] = len(self.state.articles)
        for _ in range(keys):
            after.append(await self.timed_j())
            await asyncio.sleep(0.05)
        report["during"], report["after"] = during, after
        report["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

app = Probe()
app.run(headless=True, size=(160, 45))
print(json.dumps(app.report))
"""


def probe_app(path: Path, cache: Path, keys: int) -> dict:
    arguments = json.dumps([str(path), str(cache), keys, str(HERE)])
    done = subprocess.run([sys.executable, "-c", PROBE, arguments],
                          capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))] if ordered else 0.0


def keys_line(values: list[float]) -> str:
    if not values:
        return "no keys"
    return (f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95(values) * 1000:.1f} ms, "
            f"max {max(values) * 1000:.1f} ms ({len(values)} keys)")


def bench_app(path: Path, folder: Path, keys: int) -> None:
    cache = folder / f"{path.stem}-cache.sqlite3"
    cold = probe_app(path, cache, keys)
    warm = probe_app(path, cache, keys)
    for name, report in (("cold", cold), ("warm", warm)):
        if "error" in report:
            print(f"  app {name}: failed: {report['error']}")
            return
    print(f"  app, all {cold['articles']:,} analysed: cold {cold['analysed']:.1f} s, warm "
          f"{warm['analysed']:.1f} s -> {cold['analysed'] / warm['analysed']:.1f}x (mark: 10x)")
    print(f"  app peak memory (the app's process): cold {cold['peak_mb']:.0f} MB, warm "
          f"{warm['peak_mb']:.0f} MB (mark: 1 GB)")
    print(f"  keys while analysing, cold: {keys_line(cold['during'])}; warm: "
          f"{keys_line(warm['during'])}")
    print(f"  keys after: {keys_line(cold['after'] + warm['after'])} (mark: p95 50 ms)")


# ----------------------------------------------------------------------------- extract


def time_extract(path: Path, *options: str) -> float:
    command = [sys.executable, "-m", "newsview.tui.cli", "extract", "--no-cache", "--format",
               "jsonl", "--output", os.devnull, *options, str(path)]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


PR_SET_CHILD_SUBREAPER = 36  # Linux prctl: orphaned descendants become this process's children


def _adopt_orphans(adopt: bool) -> bool:
    """Have the processes an extract command leaves behind (its fork server, which reaped the
    workers) become this process's children, so their CPU time reaches RUSAGE_CHILDREN."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, int(adopt), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reap_all(patience: float = 5.0) -> None:
    deadline = time.monotonic() + patience
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:  # none left
            return
        if pid == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)


def time_extract_with_cores(path: Path, *options: str) -> tuple[float, float | None]:
    """Wall seconds, and the cores the command had: the CPU seconds of it and of every process
    it started (workers included) over the wall time. On this shared machine the kernel
    shares the cores between login sessions (autogroup), not processes: while another session
    is busy, two workers get about one core between them, and the ratio to one job says so."""
    import resource

    if not _adopt_orphans(True):
        return time_extract(path, *options), None
    try:
        _reap_all(0.0)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time_extract(path, *options)
        _reap_all()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        _adopt_orphans(False)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu / wall


def cores_note(cores: float | None) -> str:
    return f", had {cores:.2f} cores" if cores is not None else ""


def bench_extract(path: Path, words: int, skip_dask: bool) -> None:
    from newsview.tui.analysis_runner import local_workers

    cores = local_workers()
    one, had = time_extract_with_cores(path, "--jobs", "1")
    print(f"  extract --no-cache, 1 job: {one:.1f} s, {words / one:,.0f} words/s{cores_note(had)}")
    if cores > 1:
        many, had = time_extract_with_cores(path, "--jobs", str(cores))
        print(f"  extract --no-cache, {cores} jobs (every local core): {many:.1f} s, "
              f"{words / many:,.0f} words/s{cores_note(had)} -> {one / many:.2f}x one job "
              "(mark: 1.7x on 2 cores)")
    if skip_dask:
        return
    try:
        from distributed import LocalCluster
    except ImportError:
        print("  extract on Dask: not installed (pip install 'newsview[dask]')")
        return
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        on_dask = time_extract(path, "--dask", cluster.scheduler_address)
    print(f"  extract --no-cache on a 2-worker Dask LocalCluster: {on_dask:.1f} s, "
          f"{words / on_dask:,.0f} words/s -> {one / on_dask:.2f}x one job")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="2225,20000")
    parser.add_argument("--source", action="append", type=Path)
    parser.add_argument("--keys", type=int, default=40, help="keys timed after analysis")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-app", action="store_true")
    parser.add_argument("--skip-extract", action="store_true")
    args = parser.parse_args()
    sources = args.source or DEFAULT_SOURCES
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"cores: {os.cpu_count()}, load average at start: {load:.2f} (other work on this "
          "machine slows every figure)")
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        folder = Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            path = folder / f"corpus-{size}.jsonl"
            words = build_collection(sources, size, path)
            print(f"{size:,} articles, {words:,} words ({path.stat().st_size / 2**20:.1f} MB):")
            if not args.skip_app:
                bench_app(path, folder, args.keys)
            if not args.skip_extract:
                bench_extract(path, words, args.skip_dask)
    return 0


if __name__ == "__main__":
    sys.exit(main())
