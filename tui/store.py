"""The corrections store: the user's corrections and notes, in SQLite, never lost.

One file (``default_path()``: ``corrections.sqlite3`` in the user's data directory, or
``--store PATH``), a versioned schema (``PRAGMA user_version``), WAL mode, one transaction per
correction, undo and redo kept in the file so they work across a restart. Each row holds a
correction's exchange record (``models.corrections.to_record``) and its state:

- ``active``: applied (in the order of the rows' ids);
- ``undone``: taken back by undo, the last undone first to come back by redo;
- ``set aside``: undone and then superseded by a new correction (redo no longer reaches it;
  the row is kept, nothing a user made is deleted).

A file that is not SQLite, corrupt, made by a newer newsview, another program's database, or
read-only raises ``StoreError`` with a one-line message, and is never written to: the app
then opens the articles with corrections off.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsview.models.corrections import Correction, CorrectionError, from_record, to_record

SCHEMA_VERSION = 1
ACTIVE, UNDONE, SET_ASIDE = "active", "undone", "set aside"
_TABLES = {"corrections"}
_SCHEMA = """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record TEXT NOT NULL,          -- the exchange record (JSON)
    made TEXT NOT NULL,            -- when (UTC, ISO 8601)
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'undone', 'set aside')),
    undo_order INTEGER             -- set when undone: the last undone has the highest
);
CREATE INDEX corrections_state ON corrections (state, id);
"""


class StoreError(Exception):
    """The store cannot be used; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    id: int
    correction: Correction
    made: str
    state: str


def default_path() -> Path:
    """``corrections.sqlite3`` in the user's data directory (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("newsview", appauthor=False) / "corrections.sqlite3"


class Store:
    """An open corrections store. Every write is one transaction; two stores (two app
    instances) may share one file: each sees the other's corrections on its next read."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection

    # ------------------------------------------------------------------------- reading

    def active(self) -> list[Correction]:
        """The corrections in force, in the order they were made."""
        return [row.correction for row in self.rows(ACTIVE)]

    def rows(self, state: str | None = None) -> list[StoredCorrection]:
        """Every stored correction (or those in ``state``), oldest first."""
        query = "SELECT id, record, made, state FROM corrections"
        args: tuple = ()
        if state is not None:
            query += " WHERE state = ?"
            args = (state,)
        found = []
        for row_id, record, made, row_state in self._read(query + " ORDER BY id", args):
            try:
                correction = from_record(json.loads(record))
            except (ValueError, CorrectionError) as error:
                raise StoreError(f"{self.path}: correction {row_id} cannot be read ({error})"
                                 ) from error
            found.append(StoredCorrection(row_id, correction, made, row_state))
        return found

    def can_redo(self) -> bool:
        return bool(self._read("SELECT 1 FROM corrections WHERE state = ? LIMIT 1", (UNDONE,)))

    # ------------------------------------------------------------------------- writing

    def add(self, correction: Correction) -> int:
        """Save a correction (one transaction); what undo had taken back can no longer be
        redone, as in any editor, but stays in the file. Returns its row id."""
        record = json.dumps(to_record(correction), ensure_ascii=False)
        made = datetime.now(UTC).isoformat(timespec="seconds")
        with self._write() as db:
            db.execute("UPDATE corrections SET state = ? WHERE state = ?", (SET_ASIDE, UNDONE))
            cursor = db.execute("INSERT INTO corrections (record, made) VALUES (?, ?)",
                                (record, made))
            return int(cursor.lastrowid or 0)

    def add_many(self, corrections: list[Correction]) -> int:
        """Save several corrections in one transaction (an import: all or none)."""
        made = datetime.now(UTC).isoformat(timespec="seconds")
        with self._write() as db:
            db.execute("UPDATE corrections SET state = ? WHERE state = ?", (SET_ASIDE, UNDONE))
            db.executemany("INSERT INTO corrections (record, made) VALUES (?, ?)", [
                (json.dumps(to_record(c), ensure_ascii=False), made) for c in corrections])
        return len(corrections)

    def undo(self) -> Correction | None:
        """Take back the last correction in force; None when there is none."""
        with self._write() as db:
            row = db.execute("SELECT id, record FROM corrections WHERE state = ? "
                             "ORDER BY id DESC LIMIT 1", (ACTIVE,)).fetchone()
            if row is None:
                return None
            top = db.execute("SELECT COALESCE(MAX(undo_order), 0) FROM corrections").fetchone()
            db.execute("UPDATE corrections SET state = ?, undo_order = ? WHERE id = ?",
                       (UNDONE, top[0] + 1, row[0]))
        return from_record(json.loads(row[1]))

    def redo(self) -> Correction | None:
        """Bring back the correction undone last; None when there is none."""
        with self._write() as db:
            row = db.execute("SELECT id, record FROM corrections WHERE state = ? "
                             "ORDER BY undo_order DESC LIMIT 1", (UNDONE,)).fetchone()
            if row is None:
                return None
            db.execute("UPDATE corrections SET state = ?, undo_order = NULL WHERE id = ?",
                       (ACTIVE, row[0]))
        return from_record(json.loads(row[1]))

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------------- plumbing

    def _read(self, query: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(query, args).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot read the store ({error})") from error

    def _write(self) -> _Transaction:
        return _Transaction(self)


class _Transaction:
    """``BEGIN IMMEDIATE`` .. ``COMMIT`` (``ROLLBACK`` on any error), errors as StoreError."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __enter__(self) -> sqlite3.Connection:
        try:
            self._store._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StoreError(f"{self._store.path}: cannot write the store ({error})") from error
        return self._store._db

    def __exit__(self, kind, value, traceback) -> bool:
        db = self._store._db
        if kind is None:
            try:
                db.execute("COMMIT")
                return False
            except sqlite3.Error as error:
                value = error
        try:
            db.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        if isinstance(value, sqlite3.Error):
            raise StoreError(f"{self._store.path}: cannot write the store ({value})") from value
        return False


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open (or create) the store at ``path`` (default: ``default_path()``).

    Raises StoreError (one line) for a file that is not a newsview store, is corrupt, was made
    by a newer newsview, or cannot be written; such a file is left exactly as it was.
    ``read_only``: only to read (``newsview extract``, export, list): never created, never
    written, so a store on a read-only disk still gives its corrections.
    """
    target = Path(path) if path is not None else default_path()
    exists = target.exists()
    if exists and not target.is_file():
        raise StoreError(f"{target}: not a file")
    if read_only:
        return _open_to_read(target, exists)
    if exists and not os.access(target, os.W_OK):
        raise StoreError(f"{target}: the store is read-only")
    if not exists:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{target}: cannot create the store ({error.strerror})") from error
        if not os.access(target.parent, os.W_OK):
            raise StoreError(f"{target}: the folder is read-only")
    # mode=rw never creates: a file that vanished meanwhile is not silently replaced
    uri = target.resolve().as_uri() + ("?mode=rw" if exists else "?mode=rwc")
    try:
        db = sqlite3.connect(uri, uri=True, timeout=10.0, isolation_level=None,
                             check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(f"{target}: cannot open the store ({error})") from error
    try:
        _check_and_prepare(target, db, exists)
    except BaseException:
        db.close()
        raise
    return Store(target, db)


def _open_to_read(target: Path, exists: bool) -> Store:
    if not exists:
        raise StoreError(f"{target}: no such store")
    try:
        db = sqlite3.connect(target.resolve().as_uri() + "?mode=ro", uri=True, timeout=10.0,
                             isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(f"{target}: cannot open the store ({error})") from error
    try:
        if _check(target, db, exists) == 0:
            raise StoreError(f"{target}: empty, not a newsview store yet")
    except BaseException:
        db.close()
        raise
    return Store(target, db)


def _check_and_prepare(target: Path, db: sqlite3.Connection, exists: bool) -> None:
    version = _check(target, db, exists)
    _prepare(target, db, version)


def _check(target: Path, db: sqlite3.Connection, exists: bool) -> int:
    """The store's schema version, once it is known to be a newsview store this one reads."""
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if exists and version:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise StoreError(f"{target}: the store is damaged ({verdict}); the file is "
                                 "left as it is")
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{target}: not a newsview store or damaged ({error}); the file is "
                         "left as it is") from error
    if version > SCHEMA_VERSION:
        raise StoreError(f"{target}: made by a newer newsview (schema {version}, this one reads "
                         f"{SCHEMA_VERSION})")
    if version == 0 and tables:
        raise StoreError(f"{target}: another program's database (tables: "
                         f"{', '.join(sorted(tables))})")
    if version and not _TABLES <= tables:
        raise StoreError(f"{target}: the store is missing its tables")
    return version


def _prepare(target: Path, db: sqlite3.Connection, version: int) -> None:
    """WAL mode, and the schema in a new store."""
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")  # a committed correction survives power loss
        if version == 0:
            db.execute("BEGIN IMMEDIATE")
            # another instance may have created it between our look and this lock
            if db.execute("PRAGMA user_version").fetchone()[0] == 0:
                # one statement at a time: executescript would commit the lock first
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
    except sqlite3.Error as error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise StoreError(f"{target}: cannot prepare the store ({error})") from error
