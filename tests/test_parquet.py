"""``newsview extract --output FILE.parquet``: an article a row, holding what the JSONL record
holds (its entities, time expressions and chronology as that record's JSON text), from one
process or several; without pyarrow, one line that says what to install."""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest
from test_extract import corpus, run  # tests/ is on sys.path

from newsview.models import __version__

pq = pytest.importorskip("pyarrow.parquet")

NESTED = ("entities", "timexes", "chronology")


def parquet_records(path: Path) -> list[dict]:
    rows = pq.read_table(path).to_pylist()
    for row in rows:
        for key in NESTED:
            row[key] = json.loads(row[key])
    return rows


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_parquet_row_holds_what_the_jsonl_record_holds(capsys, tmp_path: Path, jobs: str) -> None:
    path = corpus(tmp_path, 9)
    code, jsonl, err = run(capsys, "extract", "--no-cache", "--jobs", "1", "--format", "jsonl", path)
    assert (code, err) == (0, [])
    output = tmp_path / "out.parquet"
    code, printed, err = run(capsys, "extract", "--no-cache", "--jobs", jobs, "--output",
                             str(output), path)
    assert (code, printed, err) == (0, "", [])
    rows = parquet_records(output)
    records = [json.loads(line) for line in jsonl.splitlines()]
    assert [row["id"] for row in rows] == [f"a{n}" for n in range(9)]  # input order
    assert any(row["entities"] for row in rows)
    for row, record in zip(rows, records, strict=True):
        assert row == {"newsview": __version__, **record}


def test_without_pyarrow_parquet_is_refused_in_one_line(capsys, tmp_path: Path, monkeypatch) -> None:
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.split(".")[0] == "pyarrow":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    output = tmp_path / "out.parquet"
    code, printed, err = run(capsys, "extract", "--no-cache", "--output", str(output),
                             corpus(tmp_path, 2))
    assert code != 0 and printed == "" and len(err) == 1
    assert "pyarrow" in err[0] and not output.exists()
