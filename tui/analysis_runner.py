"""Where analyses run: the one scheduling module of the app and ``newsview extract``.

Articles are named by their id (a string) everywhere here. A job is ``(article id, text,
publication date)``; a result is ``(article id, Analysis or the reason it failed)``.

- ``analyse_batch``: the job function, run in a thread or a worker process; one failure never
  loses the others.
- ``analyse_in_order``: ``extract``'s path: every local core by default, results in input order
  (identical to one process), a bounded window in flight so a large input is never held whole.
- ``Scheduler``: the app's path: queued articles go to a thread or, for much text, a process
  pool in small chunks, the article wanted on screen first, each result handed to a callback.

Both paths look the analysis cache up first (``models/cache.py``) and remember what they
computed. This module imports neither textual nor rich (``extract`` is headless). The app's first
article is analysed apart, in a child forked before anything heavy is loaded
(``first_article.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from newsview.models.document import Analysis, text_hash

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from newsview.models.cache import AnalysisCache

Job = tuple[str, str, date | None]  # (article id, text, publication date)
Result = tuple[str, Analysis | str]  # (article id, the analysis or why there is none)
Item = TypeVar("Item")
# extract's path: what a worker is given per item and gives back (see ``finish_batch``)
Finish = Callable[[Item, Analysis | str | None], object]
Work = tuple[Item, Job | None, bytes | None]  # an item, its job, the cache's bytes of it
Finished = tuple[object, bytes | None]  # finish's result, the bytes to remember (or None)

CHUNK_CHARS = 40_000  # text per pool job: small enough to re-prioritise often
# Above this much queued text, the app sends articles to worker processes, not one thread.
POOL_THRESHOLD_CHARS = 400_000
CACHE_BATCH = 500  # keys per cache look-up
# extract: articles the cache holds are rendered in the command's own process until this much
# time went on them (2,225 of them take ~0.8 s; the pool's start ~0.3 s), and in the workers
# after; the first article to analyse starts the pool at once.
POOL_AFTER_SECONDS = 1.0
DELIVERY_SLICE = 25  # results handed to the app between two turns of its event loop
DASK_CONNECT_SECONDS = 20  # to reach a cluster's scheduler


def local_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def analyse_batch(jobs: Sequence[Job], explain: bool = False) -> list[Result]:
    """Analyse jobs in order; runs in a worker thread or process. A failure becomes its
    message, so one bad article never loses the others."""
    try:
        from newsview.models.analysis import analyse
    except Exception as error:  # a broken install: every article says why
        return [(key, f"{type(error).__name__}: {error}") for key, _, _ in jobs]
    results: list[Result] = []
    for key, text, published in jobs:
        try:
            results.append((key, analyse(text, published, explain=explain)))
        except Exception as error:  # the engine should never raise; if it does, say so
            results.append((key, f"{type(error).__name__}: {error}"))
    return results


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes forked from a server that has loaded and run the engine once."""
    # Imported here: the app needs them only for much text, and they cost its start-up ~4 ms.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:  # not fork: the app process runs threads, and a forked child could inherit a held lock
        context = multiprocessing.get_context("forkserver")
        # The server loads and runs the engine once (warm_engine): forked from it, every
        # worker starts warm instead of paying ~0.15 s of CPU at its first article.
        context.set_forkserver_preload(["newsview.tui.analysis_runner", "newsview.tui.warm_engine"])
    except ValueError:
        context = multiprocessing.get_context("spawn")
    # multiprocessing hands its helper processes sys.stderr's file descriptor; while Textual
    # runs, sys.stderr is a capture object without one, so give it the real stream meanwhile.
    with contextlib.redirect_stderr(sys.__stderr__ or sys.stderr):
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        pool.submit(int).result()  # start the server and a worker now, under the real stderr
    return pool


# ---------------------------------------------------------------------------------------------
# The cache around the job function


def cached_results(cache: AnalysisCache | None, jobs: Sequence[Job]) -> tuple[list[Result], list[Job]]:
    """Split jobs into results the cache holds and jobs still to analyse."""
    if cache is None or not jobs:
        return [], list(jobs)
    hashes = {key: text_hash(text) for key, text, _ in jobs}
    found = cache.get_many([(hashes[key], published) for key, _, published in jobs])
    hits: list[Result] = []
    misses: list[Job] = []
    for key, text, published in jobs:
        analysis = found.get((hashes[key], published))
        if analysis is None:
            misses.append((key, text, published))
        else:
            hits.append((key, analysis))
    return hits, misses


class LockOffer:
    """Called in a loop of a thread beside the app's event loop: every ``interval`` seconds of
    the loop's work, offers the interpreter's lock to another thread (``time.sleep(0)``).
    A busy thread otherwise keeps the lock for a whole switch interval (5 ms) each time the
    event loop wants it back, many times per frame; offered after every item instead, two such
    threads hand it to each other thousands of times a second (0.3 s more CPU for 2,225
    articles)."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self._last = time.perf_counter()

    def __call__(self) -> None:
        now = time.perf_counter()
        if now - self._last >= self.interval:
            time.sleep(0)
            self._last = time.perf_counter()


def cached_results_yielding(cache: AnalysisCache, jobs: Sequence[Job]
                            ) -> tuple[list[Result], list[Job]]:
    """``cached_results`` for a thread beside the app's event loop, which is offered the
    interpreter's lock every millisecond of decoding (``LockOffer``): keys waited 65-100 ms
    (median, 20,000 articles) behind thousands of analyses decoded (some 70 objects each),
    16-24 ms with the lock offered. The analyses' objects are built when the app first reads
    them (``lazy_analysis_from_bytes``): most are only counted until their article is opened."""
    from newsview.models.cache import lazy_analysis_from_bytes

    hashes = {key: text_hash(text) for key, text, _ in jobs}
    found = cache.get_many_stored([(hashes[key], published) for key, _, published in jobs])
    hits: list[Result] = []
    misses: list[Job] = []
    offer = LockOffer()
    for job in jobs:
        offer()
        data = found.get((hashes[job[0]], job[2]))
        try:
            analysis = lazy_analysis_from_bytes(data) if data is not None else None
        except Exception:  # a damaged value: analysed again, then overwritten
            analysis = None
        if analysis is None:
            misses.append(job)
        else:
            hits.append((job[0], analysis))
    return hits, misses


def remember(cache: AnalysisCache | None, jobs: Sequence[Job], results: Sequence[Result]) -> None:
    """Store the analyses among ``results`` (failures are not remembered)."""
    if cache is None:
        return
    by_key = {key: (text, published) for key, text, published in jobs}
    cache.put_many(
        (text_hash(by_key[key][0]), by_key[key][1], analysis)
        for key, analysis in results
        if isinstance(analysis, Analysis) and key in by_key
    )


def analyse_with_cache(cache: AnalysisCache | None, jobs: Sequence[Job]) -> list[Result]:
    """``analyse_batch`` in this thread, the cache looked up first and filled after."""
    hits, misses = cached_results(cache, jobs)
    computed = analyse_batch(misses) if misses else []
    remember(cache, misses, computed)
    order = {key: n for n, (key, _, _) in enumerate(jobs)}
    return sorted(hits + computed, key=lambda result: order[result[0]])


# ---------------------------------------------------------------------------------------------
# extract: in input order, on every core


def analyse_in_order(
    items: Iterable[Item],
    job_of: Callable[[Item], Job | None],
    workers: int = 1,
    cache: AnalysisCache | None = None,
    explain: bool = False,
    submit: Callable[..., object] | None = None,
    finish: Finish | None = None,
) -> Iterator[tuple[Item, object]]:
    """Each item with ``finish(item, its analysis)`` (the analysis is None where ``job_of``
    gives no job, a string where the engine failed; without ``finish``, the analysis itself),
    in input order. With ``workers`` > 1 the analyses run in that many processes (or, given
    ``submit(function, *args)`` returning a future, wherever it sends them: a Dask cluster), a
    few chunks ahead of the one being yielded, so only that window is ever held; the results
    are the same as in one process. ``finish`` runs where the analysis ran and must be
    picklable (a module-level function, or a ``functools.partial`` of one): only what it
    returns comes back, so ``extract``'s workers send the text they rendered, not the
    analysis's objects, and this process only reads the input and writes the output. Given a
    failure's string ``finish`` must not raise: a worker that died is reported through it.
    The local pool starts with the first article to analyse: until then (or until
    ``POOL_AFTER_SECONDS`` went on them) the cache's analyses are finished here, so a warm
    run of a few thousand articles never waits for a pool it does not need. ``explain``
    analyses bypass the cache (it holds plain analyses)."""
    if explain:
        cache = None
    window: deque[tuple[list[Work], object]] = deque()
    pool: _RenewingPool | None = None
    in_flight = max(2, workers * 2)
    keep = cache is not None
    here = 0.0  # seconds spent finishing cached analyses in this process
    try:
        for chunk in _chunks(items, job_of):
            work = _with_stored(cache, chunk)
            if submit is None and workers > 1 and (
                    here > POOL_AFTER_SECONDS or _has_misses(work)):
                pool = _RenewingPool(workers)
                submit = pool.submit
            if submit is not None:
                pending: object = submit(finish_batch, work, explain, finish, keep)
            else:  # one job, or (until there is more) articles the cache holds
                started = time.perf_counter()
                pending = finish_batch(work, explain, finish, keep)
                here += time.perf_counter() - started
            window.append((work, pending))
            while len(window) > in_flight or (window and submit is None):
                yield from _emit(*window.popleft(), explain, finish, cache, submit)
        while window:
            yield from _emit(*window.popleft(), explain, finish, cache, submit)
    finally:
        if pool is not None:
            pool.shutdown()


class _RenewingPool:
    """``process_pool``, started again when a worker died (killed for its memory, or a crash
    in a native library): a broken pool refuses every later job, and one article must not
    stop the others (see ``_emit``)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = process_pool(workers)

    def submit(self, function: Callable[..., object], *args: object) -> object:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(function, *args)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = process_pool(self.workers)
            return self.pool.submit(function, *args)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def finish_batch(work: Sequence[Work], explain: bool, finish: Finish | None,
                 keep: bool) -> list[Finished]:
    """``analyse_in_order``'s job function, run in a worker process (or in this one): each
    item's analysis (decoded from the cache's bytes, else computed; a damaged value is
    analysed again), then ``finish(item, analysis)``; with ``keep``, also the bytes of each
    analysis computed here, for the cache. A failure becomes its message, so one bad article
    never loses the others."""
    try:
        from newsview.models.analysis import analyse
        from newsview.models.cache import analysis_from_bytes, analysis_to_bytes
    except Exception as error:  # a broken install: every article says why
        broken = f"{type(error).__name__}: {error}"
        return [(_finished(finish, item, broken if job is not None else None), None)
                for item, job, _ in work]
    results: list[Finished] = []
    for item, job, stored in work:
        analysis: Analysis | str | None = None
        kept = None
        if job is not None:
            if stored is not None:
                with contextlib.suppress(Exception):  # damaged: analysed again, then overwritten
                    analysis = analysis_from_bytes(stored)
            if analysis is None:
                try:
                    analysis = analyse(job[1], job[2], explain=explain)
                except Exception as error:  # the engine should never raise; if it does, say so
                    analysis = f"{type(error).__name__}: {error}"
                else:
                    kept = analysis_to_bytes(analysis) if keep else None
        results.append((_finished(finish, item, analysis), kept))
    return results


def _finished(finish: Finish | None, item: Item, analysis: Analysis | str | None) -> object:
    if finish is None:
        return analysis
    try:
        return finish(item, analysis)
    except Exception as error:  # rendering failed: the article is reported, the others go on
        return finish(item, f"{type(error).__name__}: {error}")


def _has_misses(work: list[Work]) -> bool:
    return any(job is not None and stored is None for _, job, stored in work)


def _with_stored(cache: AnalysisCache | None, chunk: list[tuple[Item, Job | None]]
                 ) -> list[Work]:
    """The chunk's work: each item with its job and the bytes the cache holds for it (decoded
    where the work is done, not here)."""
    if cache is None:
        return [(item, job, None) for item, job in chunk]
    keys = [(text_hash(job[1]), job[2]) if job is not None else None for _, job in chunk]
    wanted = [key for key in keys if key is not None]
    stored = cache.get_many_stored(wanted) if wanted else {}
    return [(item, job, stored.get(key) if key is not None else None)
            for (item, job), key in zip(chunk, keys, strict=True)]


def _emit(work: list[Work], pending: object, explain: bool, finish: Finish | None,
          cache: AnalysisCache | None, submit: Callable[..., object] | None
          ) -> Iterator[tuple[Item, object]]:
    results = _outcome(pending)
    if isinstance(results, str) and submit is not None and len(work) > 1:
        # The chunk's worker died (or the pool broke under it, with every chunk in flight):
        # each article is tried again alone, one at a time, so only one that kills its
        # worker is lost (the pool starts afresh after it).
        retried = []
        for one in work:
            result = _outcome(submit(finish_batch, [one], explain, finish, cache is not None))
            retried.append(result[0] if isinstance(result, list) else _failed(one, finish, result))
        results = retried
    elif isinstance(results, str):
        results = [_failed(one, finish, results) for one in work]
    if cache is not None:
        cache.put_many_stored(
            (text_hash(job[1]), job[2], kept)
            for (_, job, _), (_, kept) in zip(work, results, strict=True)
            if kept is not None and job is not None
        )
    for (item, _, _), (finished, _) in zip(work, results, strict=True):
        yield item, finished


def _outcome(pending: object) -> list[Finished] | str:
    """A chunk's results, or why its worker gave none."""
    if isinstance(pending, list):
        return pending
    try:  # a future: of a process pool, or of a Dask cluster
        return pending.result()  # type: ignore[attr-defined]
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def _failed(one: Work, finish: Finish | None, reason: str) -> Finished:
    item, job, _ = one
    return _finished(finish, item, reason if job is not None else None), None


def _chunks(items: Iterable[Item], job_of: Callable[[Item], Job | None]
            ) -> Iterator[list[tuple[Item, Job | None]]]:
    chunk: list[tuple[Item, Job | None]] = []
    size = 0
    for item in items:
        job = job_of(item)
        chunk.append((item, job))
        size += len(job[1]) if job is not None else 0
        if size >= CHUNK_CHARS or len(chunk) >= 200:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# ---------------------------------------------------------------------------------------------
# extract on a Dask cluster (the optional extra newsview[dask])


class DaskUnavailable(Exception):
    """Dask cannot be used (not installed, or the cluster cannot be reached): one line why."""


@contextlib.contextmanager
def dask_cluster(address: str) -> Iterator[tuple[Callable[..., object], int]]:
    """``(submit, worker threads)`` on the Dask cluster at ``address`` (``tcp://HOST:PORT``),
    or on a LocalCluster of one process per local core for ``local``; closed on exit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable(
            "--dask needs Dask: pip install 'newsview[dask]' (dask.distributed)"
        ) from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=local_workers(), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout=DASK_CONNECT_SECONDS)
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        threads = sum(client.nthreads().values()) or 1

        def submit(function: Callable[..., object], *args: object) -> object:
            return client.submit(function, *args, pure=False)

        yield submit, threads
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------------------------------------
# The app: a queue, the wanted article first


class Scheduler:
    """The app's analyses: ``queue`` jobs, ``prefer`` the one on screen, ``run`` (an asyncio
    task) until ``finish_reading`` was called and the queue is empty. Each result goes to
    ``deliver(article id, analysis or reason, the date it was read with)``, called on the
    event loop (so it may update the app directly)."""

    def __init__(
        self,
        deliver: Callable[[str, Analysis | str, date | None], None],
        cache: AnalysisCache | None = None,
        workers: int | None = None,
    ) -> None:
        self._deliver = deliver
        self.cache = cache
        self.workers = workers or max(1, local_workers() - 1)  # a core for the interface
        self._unchecked: list[Job] = []  # not yet looked up in the cache
        self._queue: deque[Job] = deque()
        self._queued_chars = 0
        self._reading_done = False
        self._wake = asyncio.Event()
        self._wanted: str | None = None
        self.running = False
        self._threads: tuple[ThreadPoolExecutor, ThreadPoolExecutor] | None = None

    # -- what the app calls -----------------------------------------------------------------

    def queue(self, jobs: Iterable[Job]) -> None:
        self._unchecked.extend(jobs)
        self._wake.set()

    def finish_reading(self) -> None:
        self._reading_done = True
        self._wake.set()

    def prefer(self, key: str) -> None:
        """The article on screen: analysed next if it is waiting."""
        self._wanted = key

    def is_queued(self, key: str) -> bool:
        return any(job[0] == key for job in self._queue) or any(
            job[0] == key for job in self._unchecked
        )

    def prepare(self) -> None:
        """Start the scheduler's threads, and have the cache work out the engine's version,
        now (the app calls it when it mounts): started later, with the reader and the first
        analyses under way, a thread's start waits for the interpreter's lock and holds up a
        key press by tens of milliseconds."""
        if self._threads is not None:
            return
        cache_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsview-cache")
        threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsview-analysis")
        cache = self.cache
        cache_thread.submit(lambda: cache.engine if cache is not None else None)
        threads.submit(int)
        self._threads = cache_thread, threads

    def close(self) -> None:
        """End the threads ``prepare`` started if no run took them over."""
        if self._threads is not None:
            for executor in self._threads:
                executor.shutdown(wait=False)
            self._threads = None

    def analyse_now(self, job: Job) -> list[Result]:
        """One article in the calling thread (the app's thread worker), cache first."""
        return analyse_with_cache(self.cache, [job])

    # -- the loop ---------------------------------------------------------------------------

    async def run(self) -> None:
        self.running = True
        loop = asyncio.get_running_loop()
        self.prepare()
        assert self._threads is not None
        cache_thread, threads = self._threads
        self._threads = None  # shut down when this run ends; a later run starts its own
        processes: ProcessPoolExecutor | None = None
        in_flight: dict[asyncio.Future, list[Job]] = {}
        try:
            while True:
                if self._unchecked:
                    await self._look_up(loop, cache_thread)
                    continue
                while self._queue and len(in_flight) < self.workers * 2:
                    if processes is None and self._queued_chars > POOL_THRESHOLD_CHARS:
                        processes = await asyncio.to_thread(process_pool, self.workers)
                    jobs = self._next_chunk()
                    executor = processes or threads
                    in_flight[loop.run_in_executor(executor, analyse_batch, jobs)] = jobs
                if not in_flight:
                    if self._reading_done and not self._queue and not self._unchecked:
                        break
                    self._wake.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), 0.25)
                    continue
                waker = asyncio.ensure_future(self._wake.wait())  # new jobs: maybe more to send
                done, _ = await asyncio.wait([*in_flight, waker], return_when="FIRST_COMPLETED")
                waker.cancel()
                self._wake.clear()
                for future in done:
                    jobs = in_flight.pop(future, None)  # type: ignore[arg-type]
                    if jobs is None:
                        continue
                    try:
                        results = future.result()
                    except Exception as error:  # a worker process died: say so per article
                        reason = f"{type(error).__name__}: {error}"
                        results = [(key, reason) for key, _, _ in jobs]
                    dates = {key: published for key, _, published in jobs}
                    await self._hand_over(results, dates)
                    if self.cache is not None:
                        cache_thread.submit(remember, self.cache, jobs, results)
        except asyncio.CancelledError:  # the app is closing: drop what is left
            threads.shutdown(wait=False, cancel_futures=True)
            if processes is not None:
                processes.shutdown(wait=False, cancel_futures=True)
            cache_thread.shutdown(wait=True, cancel_futures=False)  # finish the writes
            raise
        else:  # all done: the idle workers end at once
            threads.shutdown(wait=False)
            if processes is not None:
                await asyncio.to_thread(processes.shutdown, True)
            await asyncio.to_thread(cache_thread.shutdown, True)
        finally:
            self.running = False

    async def _look_up(self, loop: asyncio.AbstractEventLoop, cache_thread: Executor) -> None:
        """Deliver what the cache holds of the new jobs, a batch at a time, and queue the rest.
        The next batch is looked up (hashed, read and decoded) in the cache thread while this
        one is handed over here: a warm start waits for neither in turn."""
        pending = self._next_look_up(loop, cache_thread)
        while pending is not None:
            batch, looked_up = pending
            hits, misses = await looked_up
            pending = self._next_look_up(loop, cache_thread)
            dates = {key: published for key, _, published in batch}
            self._queue.extend(misses)
            self._queued_chars += sum(len(text) for _, text, _ in misses)
            await self._hand_over(hits, dates)

    def _next_look_up(self, loop: asyncio.AbstractEventLoop, cache_thread: Executor
                      ) -> tuple[list[Job], asyncio.Future] | None:
        """Start looking up the next batch of new jobs: (the batch, its (hits, misses))."""
        if not self._unchecked:
            return None
        batch, self._unchecked = self._unchecked[:CACHE_BATCH], self._unchecked[CACHE_BATCH:]
        if self.cache is None:
            looked_up = loop.create_future()
            looked_up.set_result(([], batch))
        else:
            looked_up = loop.run_in_executor(cache_thread, cached_results_yielding, self.cache,
                                             batch)
        return batch, looked_up

    async def _hand_over(self, results: Sequence[Result], dates: dict[str, date | None]) -> None:
        """Deliver results a slice at a time, yielding to the event loop between slices: a
        key pressed while thousands arrive from the cache waits for one slice, not all."""
        for start in range(0, len(results), DELIVERY_SLICE):
            for key, analysis in results[start : start + DELIVERY_SLICE]:
                self._deliver(key, analysis, dates[key])
            if start + DELIVERY_SLICE < len(results):
                await asyncio.sleep(0)

    def _next_chunk(self) -> list[Job]:
        wanted = self._wanted
        if wanted is not None and self._queue and self._queue[0][0] != wanted:
            for job in self._queue:
                if job[0] == wanted:  # the article on screen jumps the queue
                    self._queue.remove(job)
                    self._queue.appendleft(job)
                    break
        jobs: list[Job] = []
        size = 0
        while self._queue and size < CHUNK_CHARS:
            job = self._queue.popleft()
            jobs.append(job)
            size += len(job[1])
        return jobs
