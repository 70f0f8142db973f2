"""The analysis cache: ``analyse(text, published)`` results remembered across runs.

``analyse`` is a pure function of the text and the publication date, so its result can be
kept under (the text's SHA-256, the date, the engine's version) and reused by any later run
that reads the same text with the same date, from any folder. The engine's version changes
with the package version and with any shipped code, data or weights file, so a new engine
never reads an old analysis. Only the raw engine result is stored (no corrections, no
explanations): deleting the cache loses nothing a user made.

The store is one SQLite file (WAL, a transaction per batch). A cache that cannot be opened,
read or written says so once and is switched off: the analyses are then simply computed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
import sys
import threading
import zlib
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from newsview.models.document import Analysis, Entity, Event, Mention, Span, Timex

SCHEMA_VERSION = 1
CACHE_FILE_NAME = "analyses.sqlite3"
_FORMAT = 1  # of the serialised value; part of the engine version


def default_cache_path() -> Path:
    """``analyses.sqlite3`` in the user's cache directory (platformdirs)."""
    from platformdirs import user_cache_path

    return user_cache_path("newsview", appauthor=False) / CACHE_FILE_NAME


@cache
def engine_version() -> str:
    """A string that changes whenever the engine could read a text differently: the package
    version, the Python version (marshal's format) and the content of every shipped engine
    file (code, word lists, fitted weights). About 2 MB hashed once per process."""
    from newsview.models import __version__

    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return f"{__version__}+py{python}+f{_FORMAT}+{digest.hexdigest()[:16]}"


# ---------------------------------------------------------------------------------------------
# Serialising an analysis: nested tuples of plain values, marshalled and compressed


def analysis_to_bytes(analysis: Analysis) -> bytes:
    """The analysis as compact bytes (explanations are not kept: the cache holds plain runs)."""
    value = (
        tuple((s.start, s.end) for s in analysis.sentences),
        tuple(
            (e.id, e.name, e.type, tuple((m.start, m.end, m.text, m.form) for m in e.mentions))
            for e in analysis.entities
        ),
        tuple((t.start, t.end, t.text, t.type, t.value, t.inferred) for t in analysis.timexes),
        tuple(
            (v.value, v.timex, v.start, v.end, v.sentence, v.entities, v.inferred)
            for v in analysis.chronology
        ),
    )
    return zlib.compress(marshal.dumps(value, 4), 1)


def analysis_from_bytes(data: bytes) -> Analysis:
    return _analysis_from_value(marshal.loads(zlib.decompress(data)))


def _analysis_from_value(value: tuple) -> Analysis:
    sentences, entities, timexes, chronology = value
    return Analysis(
        tuple(Span(start, end) for start, end in sentences),
        tuple(
            Entity(eid, name, etype, tuple(Mention(*m) for m in mentions))
            for eid, name, etype, mentions in entities
        ),
        tuple(Timex(*t) for t in timexes),
        tuple(Event(*v) for v in chronology),
    )


def lazy_analysis_from_bytes(data: bytes) -> Analysis:
    """The analysis ``data`` holds, its objects built on first use (see ``CachedAnalysis``).
    The bytes are checked now: a damaged value fails here (zlib's checksum), not when read."""
    zlib.decompress(data)
    return CachedAnalysis(data)


_FIELD_SLOTS = tuple(Analysis.__dict__[name] for name in Analysis.__slots__)
_building = threading.Lock()


class CachedAnalysis(Analysis):
    """An ``Analysis`` read from the cache whose objects are built when it is first read.

    A warm start hands thousands of cached analyses to the app, which only counts the
    entities of the few rows it draws until an article is opened, searched or linked across
    articles: building every span, entity and mention (about 70 objects an article) at once
    took a quarter of the CPU of a warm start. The first read of any field builds all four
    from the stored bytes and turns the object into a plain ``Analysis`` (the same slots, so
    ``__class__`` can change): from then on it is one in every way (equality, hashing,
    pickling, ``dataclasses.replace``), with no cost per access.
    """

    __slots__ = ()

    def __init__(self, data: bytes) -> None:  # the bytes wait in the first field's slot
        _FIELD_SLOTS[0].__set__(self, data)

    def _build(self) -> None:
        with _building:  # two threads reading it at once get the same objects
            if type(self) is not CachedAnalysis:
                return
            built = analysis_from_bytes(_FIELD_SLOTS[0].__get__(self))
            for slot in _FIELD_SLOTS:
                slot.__set__(self, slot.__get__(built))
            object.__setattr__(self, "__class__", Analysis)  # the frozen __setattr__ refuses

    @property  # type: ignore[override]
    def sentences(self) -> tuple[Span, ...]:
        self._build()
        return self.sentences

    @property  # type: ignore[override]
    def entities(self) -> tuple[Entity, ...]:
        self._build()
        return self.entities

    @property  # type: ignore[override]
    def timexes(self) -> tuple[Timex, ...]:
        self._build()
        return self.timexes

    @property  # type: ignore[override]
    def chronology(self) -> tuple[Event, ...]:
        self._build()
        return self.chronology

    def __eq__(self, other: object) -> bool:
        self._build()
        if isinstance(other, CachedAnalysis):
            other._build()
        return Analysis.__eq__(self, other)

    def __hash__(self) -> int:
        self._build()
        return Analysis.__hash__(self)

    def __repr__(self) -> str:
        self._build()
        return Analysis.__repr__(self)

    def __reduce__(self) -> tuple:
        self._build()
        return Analysis, (self.sentences, self.entities, self.timexes, self.chronology)


# ---------------------------------------------------------------------------------------------
# The store

CacheKey = tuple[str, date | None]  # (text hash, publication date)


class CacheUnavailable(Exception):
    """The cache file cannot be used (its one-line reason is the message)."""


class AnalysisCache:
    """Analyses by (text hash, publication date) for one engine version; thread-safe.

    Any failure after opening switches the cache off (``error`` says why) and reads as a miss:
    nothing the caller holds is lost, it is only analysed again.
    """

    def __init__(self, path: str | os.PathLike[str], engine: str | None = None) -> None:
        self.path = Path(path)
        self._engine = engine
        self.error: str | None = None
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=10, check_same_thread=False,
                                 isolation_level=None)
            try:
                self._prepare(db)
            except BaseException:
                db.close()
                raise
        except (sqlite3.Error, OSError) as error:
            raise CacheUnavailable(
                f"analysis cache {self.path} not used ({_reason(error)}): analysing afresh"
            ) from None
        self._db = db

    @property
    def engine(self) -> str:
        """The engine version the analyses are stored under: computed on first use (hashing
        the engine's files takes ~20 ms), so opening the cache costs start-up nothing."""
        if self._engine is None:
            self._engine = engine_version()
        return self._engine

    @staticmethod
    def _prepare(db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"made by a newer newsview (schema {version})")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS analyses (text_hash TEXT NOT NULL, published TEXT NOT "
            "NULL, engine TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (text_hash, published, "
            "engine)) WITHOUT ROWID"
        )
        if version < SCHEMA_VERSION:
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @property
    def usable(self) -> bool:
        return self._db is not None

    def get_many(self, keys: Sequence[CacheKey]) -> dict[CacheKey, Analysis]:
        """The cached analyses among ``keys`` (a bad row reads as a miss)."""
        found: dict[CacheKey, Analysis] = {}
        for key, data in self.get_many_stored(keys).items():
            try:
                found[key] = analysis_from_bytes(data)
            except Exception:  # a damaged value: analysed again, then overwritten
                continue
        return found

    def get_many_stored(self, keys: Sequence[CacheKey]) -> dict[CacheKey, bytes]:
        """The stored values (``analysis_from_bytes`` decodes one) among ``keys``, not yet
        decoded: the app's scheduler decodes them one at a time, offering the interpreter's
        lock to its event loop between two."""
        found: dict[CacheKey, bytes] = {}
        wanted = {(text_hash, _day(published)): (text_hash, published)
                  for text_hash, published in keys}
        hashes = sorted({text_hash for text_hash, _ in keys})
        with self._lock:
            if self._db is None:
                return found
            try:
                rows = []
                for start in range(0, len(hashes), 500):  # SQLite's bound-variable limit
                    part = hashes[start : start + 500]
                    marks = ",".join("?" * len(part))
                    rows += self._db.execute(
                        f"SELECT text_hash, published, data FROM analyses WHERE engine = ? "
                        f"AND text_hash IN ({marks})", (self.engine, *part),
                    ).fetchall()
            except sqlite3.Error as error:
                self._fail(error)
                return found
        for text_hash, published, data in rows:
            key = wanted.get((text_hash, published))
            if key is not None:
                found[key] = data
        return found

    def get(self, text_hash: str, published: date | None) -> Analysis | None:
        return self.get_many([(text_hash, published)]).get((text_hash, published))

    def put_many(self, items: Iterable[tuple[str, date | None, Analysis]]) -> None:
        """Remember analyses, in one transaction."""
        self.put_many_stored((h, p, analysis_to_bytes(a)) for h, p, a in items)

    def put_many_stored(self, items: Iterable[tuple[str, date | None, bytes]]) -> None:
        """Remember analyses already serialised by ``analysis_to_bytes`` (where they were
        computed: ``newsview extract``'s workers), in one transaction."""
        rows = [(h, _day(p), self.engine, data) for h, p, data in items]
        if not rows:
            return
        with self._lock:
            if self._db is None:
                return
            db = self._db
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?)", rows)
                    db.execute("COMMIT")
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as error:
                self._fail(error)

    def put(self, text_hash: str, published: date | None, analysis: Analysis) -> None:
        self.put_many([(text_hash, published, analysis)])

    def _fail(self, error: BaseException) -> None:
        self.error = f"analysis cache {self.path} switched off ({_reason(error)}): analysing afresh"
        self.close_locked()

    def close_locked(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None

    def close(self) -> None:
        with self._lock:
            self.close_locked()


def open_cache(path: str | os.PathLike[str] | None) -> tuple[AnalysisCache | None, str | None]:
    """The cache at ``path`` (None: the default place), or (None, the one-line reason)."""
    try:
        return AnalysisCache(path if path is not None else default_cache_path()), None
    except CacheUnavailable as error:
        return None, str(error)


def _day(published: date | None) -> str:
    return published.isoformat() if published is not None else ""


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:160]
