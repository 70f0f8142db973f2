"""The corrections store: saved in transactions, undo and redo across a restart, two writers on
one file, a kill mid-writing, and files it must refuse without touching them."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsview.models.analysis import analyse
from newsview.models.corrections import Add, Drop, Merge, Note, Rename, Retype, Split
from newsview.tui.store import SCHEMA_VERSION, StoreError, open_store

TEXT = ("Gibraltar held a vote on Monday. People on the Rock voted to stay British, said Peter "
        "Caruana. George Washington wrote on Tuesday. Washington was tired, said Caruana. "
        "The Nasty Party met in London.")
DAY = date(2005, 3, 1)
POOL = [
    Merge(names=("Gibraltar", "Rock")),
    Rename(name="Rock", to="The Rock"),
    Retype(name="Peter Caruana", type="ORG"),
    Drop(name="London"),
    Split(name="George Washington", variant="Washington"),
    Add(text="Nasty Party", type="ORG"),
    Add(text="vote", entity="Gibraltar"),
    Note(note="check", name="Gibraltar"),
    Retype(name="Gibraltar", type="LOC", scope="a1"),
]


def test_corrections_survive_a_restart_with_undo_and_redo(tmp_path):
    path = tmp_path / "store.sqlite3"
    store = open_store(path)
    store.add(POOL[0])
    store.add(POOL[1])
    store.add(POOL[2])
    assert store.undo() == POOL[2]
    store.close()

    again = open_store(path)
    assert again.active() == POOL[:2]
    assert again.undo() == POOL[1]
    assert again.redo() == POOL[1]
    assert again.redo() == POOL[2]
    assert again.redo() is None
    assert again.active() == POOL[:3]
    again.close()


def test_a_new_correction_ends_redo_but_keeps_the_undone_row(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    store.add(POOL[0])
    store.undo()
    store.add(POOL[1])
    assert store.redo() is None
    assert store.active() == [POOL[1]]
    assert [row.state for row in store.rows()] == ["set aside", "active"]


def test_the_schema_is_versioned_and_in_wal_mode(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_stores_on_one_file_both_save(tmp_path):
    path = tmp_path / "s.sqlite3"
    first, second = open_store(path), open_store(path)
    first.add(POOL[0])
    second.add(POOL[3])
    first.add(POOL[2])
    assert first.active() == second.active() == [POOL[0], POOL[3], POOL[2]]


WRITER = """
import sys
from newsview.models.corrections import Drop
from newsview.tui.store import open_store
store = open_store(sys.argv[1])
number = 0
while True:
    number += 1
    store.add(Drop(name=f"Name {number}"))
    print(number, flush=True)
"""


def test_a_kill_mid_writing_loses_nothing_committed(tmp_path):
    path = tmp_path / "s.sqlite3"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    committed = 0
    for line in writer.stdout:
        committed = int(line)
        if committed >= 40:
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    store = open_store(path)
    names = [c.name for c in store.active()]
    # every correction reported committed is there, in order, and nothing else half-written
    assert names[:committed] == [f"Name {n}" for n in range(1, committed + 1)]
    assert names == [f"Name {n}" for n in range(1, len(names) + 1)]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def refused(path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(StoreError) as error:
        open_store(path)
    assert path.read_bytes() == before  # never overwritten
    message = str(error.value)
    assert "\n" not in message
    return message


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes, not a database\n" * 50)
    assert "not a newsview store" in refused(path)


def test_a_corrupt_store_is_refused_untouched(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    for correction in POOL * 30:
        store.add(correction)
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the table destroyed
    path.write_bytes(bytes(data))
    message = refused(path)
    assert "damaged" in message


def test_a_store_from_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    assert "newer newsview" in refused(path)


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE things (x)")
    db.commit()
    db.close()
    assert "another program's database" in refused(path)


def test_a_read_only_store_is_refused_untouched(tmp_path, monkeypatch):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    store.add(POOL[0])
    store.close()
    path.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything: let the store see what a user would
        import newsview.tui.store as store_module

        real = os.access
        monkeypatch.setattr(store_module.os, "access",
                            lambda p, mode: False if Path(p) == path else real(p, mode))
    try:
        assert "read-only" in refused(path)
    finally:
        path.chmod(0o644)


def test_a_store_opened_to_read_is_read_and_never_written(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    store.add(POOL[0])
    store.add(POOL[3])
    store.close()
    path.chmod(0o444)
    before = path.read_bytes()
    reader = open_store(path, read_only=True)
    assert reader.active() == [POOL[0], POOL[3]]
    with pytest.raises(StoreError):
        reader.add(POOL[1])  # one line, and nothing written
    reader.close()
    assert path.read_bytes() == before
    path.chmod(0o644)
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.sqlite3", read_only=True)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_store_where_a_folder_cannot_be_made_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        open_store(blocker / "sub" / "s.sqlite3")


def test_the_default_store_is_in_the_users_data_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    from newsview.tui.store import default_path

    if sys.platform.startswith("linux"):
        assert default_path() == tmp_path / "newsview" / "corrections.sqlite3"


RAW = analyse(TEXT, DAY)


@given(st.lists(st.sampled_from(POOL), max_size=8), st.integers(0, 8))
def test_any_corrections_then_as_many_undos_give_the_engines_own_output(corrections, restart):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.sqlite3"
        store = open_store(path)
        states = [analyse(TEXT, DAY, corrections=store.active(), article_id="a1")]
        for correction in corrections:
            store.add(correction)
            states.append(analyse(TEXT, DAY, corrections=store.active(), article_id="a1"))
        for step in range(len(corrections)):
            if step == restart:  # undo works across a restart
                store.close()
                store = open_store(path)
            store.undo()
            # each undo gives back exactly the state before the correction it took back
            assert analyse(TEXT, DAY, corrections=store.active(),
                           article_id="a1") == states[-2 - step]
        assert store.active() == []
        assert analyse(TEXT, DAY, corrections=store.active()) == RAW
        store.close()
