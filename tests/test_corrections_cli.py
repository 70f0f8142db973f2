"""``newsview corrections export|import|list`` and ``newsview extract`` with the stored
corrections (the default) and without (``--no-corrections``)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsview.models.corrections import Drop, Merge
from newsview.models.document import text_hash
from newsview.tui.cli import main
from newsview.tui.store import open_store

FIRST = "Shares in Time Warner rose on Monday, said Tony Blair.\n"
SECOND = "Analysts at TimeWarner were surprised on Tuesday, said Gordon Brown.\n"
RULES = "\n".join([
    '{"action": "merge", "names": ["Time Warner", "TimeWarner"], "scope": "all"}',
    '{"action": "retype", "name": "Gordon Brown", "type": "ORG", "scope": "all"}',
    '{"action": "drop", "name": "Tony Blair", "scope": "first"}',
]) + "\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "rules.jsonl").write_text(RULES, encoding="utf-8")
    return tmp_path


def entities(out: str) -> dict[str, list[tuple]]:
    found = {}
    for line in out.splitlines():
        record = json.loads(line)
        found[record["id"]] = [(e["name"], e["type"], e.get("corrected")) for e in
                               record["entities"]]
    return found


def test_import_then_extract_applies_the_corrections(capsys, folder):
    store = str(folder / "s.sqlite3")
    code, out, _ = run(capsys, "corrections", "import", str(folder / "rules.jsonl"),
                       "--store", store)
    assert code == 0 and "imported 3 corrections" in out
    code, out, err = run(capsys, "extract", "--format", "jsonl", "--store", store,
                         str(folder / "first.txt"), str(folder / "second.txt"))
    assert code == 0, err
    found = entities(out)
    assert found["first"] == [("Time Warner", "ORG", None)]  # Tony Blair dropped here only
    assert ("Time Warner", "ORG", ["merge"]) in found["second"]
    assert ("Gordon Brown", "ORG", ["retype"]) in found["second"]
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "--store", store,
                       "--no-corrections", str(folder / "first.txt"), str(folder / "second.txt"))
    raw = entities(out)
    assert ("Tony Blair", "PERSON", None) in raw["first"]
    assert ("TimeWarner", "ORG", None) in raw["second"]


def test_extract_writes_a_corrected_column_in_csv(capsys, folder):
    store = str(folder / "s.sqlite3")
    run(capsys, "corrections", "import", str(folder / "rules.jsonl"), "--store", store)
    code, out, _ = run(capsys, "extract", "--format", "csv", "--store", store,
                       str(folder / "second.txt"))
    rows = list(csv.DictReader(io.StringIO(out)))
    by_text = {row["text"]: row["corrected"] for row in rows if row["kind"] == "mention"}
    assert by_text == {"TimeWarner": "merge", "Gordon Brown": "retype"}


def test_the_default_store_applies_without_an_option(capsys, folder):
    store = open_store()  # the user's data directory (a private one in tests)
    store.add(Drop(name="Tony Blair"))
    store.close()
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(folder / "first.txt"))
    assert entities(out)["first"] == [("Time Warner", "ORG", None)]


def test_a_file_with_an_error_imports_nothing(capsys, folder):
    bad = folder / "bad.jsonl"
    bad.write_text(RULES + '{"action": "mege", "names": ["a", "b"]}\n'
                   '{"action": "retype", "name": "Tory", "type": "PARTY"}\n', encoding="utf-8")
    store = str(folder / "s.sqlite3")
    code, _, err = run(capsys, "corrections", "import", str(bad), "--store", store)
    assert code == 1
    assert err[0] == (f"{bad}: line 4: unknown action 'mege' (one of: merge, split, retype, "
                      "rename, drop, add, note)")
    assert err[1].startswith(f"{bad}: line 5: retype: unknown type 'PARTY'")
    assert "nothing imported" in err[2]
    assert open_store(store).rows() == []


def test_export_writes_what_import_reads(capsys, folder):
    store = str(folder / "s.sqlite3")
    run(capsys, "corrections", "import", str(folder / "rules.jsonl"), "--store", store)
    target = folder / "out.jsonl"
    code, _, _ = run(capsys, "corrections", "export", str(target), "--store", store)
    assert code == 0
    assert [json.loads(line) for line in target.read_text().splitlines()] == [
        json.loads(line) for line in RULES.splitlines()]


def test_list_says_which_corrections_are_not_applied(capsys, folder):
    store = open_store(folder / "s.sqlite3")
    store.add(Merge(names=("Time Warner", "TimeWarner")))
    # made for "first" when its text was different: the hash no longer matches
    store.add(Drop(name="Tony Blair", scope="first", article=text_hash("an older text")))
    store.add(Drop(name="Nobody Here"))
    store.close()
    code, out, _ = run(capsys, "corrections", "list", "--store", str(folder / "s.sqlite3"),
                       str(folder / "first.txt"), str(folder / "second.txt"))
    lines = out.splitlines()
    assert lines[0].startswith("store: ")
    assert "merge TimeWarner into Time Warner (every article)  -- applied" in lines[1]
    assert lines[2].endswith("-- not applied: the article's text has changed since")
    assert lines[3].endswith("-- not applied: no entity named 'Nobody Here' here")


def test_extract_says_an_articles_correction_no_longer_applies(capsys, folder):
    store = open_store(folder / "s.sqlite3")
    store.add(Drop(name="Tony Blair", scope="first", article=text_hash("an older text")))
    store.close()
    code, out, err = run(capsys, "extract", "--store", str(folder / "s.sqlite3"),
                         str(folder / "first.txt"))
    assert code == 0
    assert any("correction not applied: drop Tony Blair" in line for line in err)
    assert "Tony Blair" in out


def test_a_store_that_cannot_be_used_is_said_and_extract_goes_on(capsys, folder):
    broken = folder / "broken.sqlite3"
    broken.write_text("not a database")
    code, out, err = run(capsys, "extract", "--store", str(broken), str(folder / "first.txt"))
    assert code == 0 and "Tony Blair" in out
    assert len(err) == 1 and "not a newsview store" in err[0]
    assert broken.read_text() == "not a database"
