"""``newsview extract --dask``: a real LocalCluster of two worker processes gives, record for
record, what one process gives; results stream to a file. Skipped without the dask extra."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from test_extract import corpus, run  # noqa: E402  (tests/ is on sys.path)

from newsview.tui.cli import main  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as local:
        yield local


def test_a_two_worker_cluster_writes_what_one_process_writes(capsys, tmp_path: Path, cluster) -> None:
    path = corpus(tmp_path, 30)
    code, one, err = run(capsys, "extract", "--no-cache", "--jobs", "1", "--format", "jsonl", path)
    assert (code, err) == (0, [])
    output = tmp_path / "out.jsonl"
    code, printed, err = run(capsys, "extract", "--no-cache", "--dask", cluster.scheduler_address,
                             "--format", "jsonl", "--output", str(output), path)
    assert (code, printed, err) == (0, "", [])
    ours = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    theirs = [json.loads(line) for line in one.splitlines()]
    assert len(ours) == 30
    for mine, reference in zip(ours, theirs, strict=True):  # record for record, in input order
        assert mine == reference


def test_the_analyses_run_on_the_clusters_workers(tmp_path: Path, cluster) -> None:
    from distributed import Client

    def executed(dask_worker) -> int:
        return dask_worker.state.executed_count

    with Client(cluster.scheduler_address) as client:
        before = client.run(executed)
        code = main(["extract", "--no-cache", "--dask", cluster.scheduler_address, "--format",
                     "jsonl", "--output", str(tmp_path / "o.jsonl"), corpus(tmp_path, 40)])
        assert code == 0
        after = client.run(executed)
    assert len(after) == 2 and sum(after.values()) > sum(before.values())


def test_an_unreachable_scheduler_is_one_line_and_a_usage_error(capsys, tmp_path: Path,
                                                                monkeypatch) -> None:
    import newsview.tui.analysis_runner as runner

    monkeypatch.setattr(runner, "DASK_CONNECT_SECONDS", 1)
    code, out, err = run(capsys, "extract", "--no-cache", "--dask", "tcp://127.0.0.1:9",
                         corpus(tmp_path, 2))
    assert code == 2 and out == "" and len(err) == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err[0]
