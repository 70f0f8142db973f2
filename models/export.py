"""The output shapes of ``newsview extract`` (and of the app's export): JSON, JSON lines, CSV.

One article becomes one record (``article_record``); the writers stream records one by one,
so a large input never has to be held in memory. Entity ids are qualified with the article id
(``"<article id>/<entity id>"``) so that they are unique in the whole output, in the entity
list, the chronology and the CSV alike.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, TextIO

from newsview.models.document import Analysis, Article, Entity

Pair = tuple[Article, Analysis | None]  # None: an article shown as text only (not analysed)

# One table for a spreadsheet: a row per mention (kind "mention") and then a row per
# chronology event (kind "event": its type and value are the time expression's, start/end and
# text its sentence's, entities the ids of the entities the sentence names, space-separated).
# Each row ends with its article's metadata (so a filtered sheet still says where a row is from).
CSV_HEADER = (
    "kind", "article_id", "entity_id", "entity_name", "type", "start", "end", "text", "form",
    "value", "time_expression", "entities", "corrected", "title", "published", "source", "url",
    "author",
)

# Characters a terminal may act on that JSON leaves unescaped (DEL, C1 controls, bidi
# overrides): written as \uXXXX escapes, which decode to the same string. Article texts are
# already clean; file paths are kept as given and may carry them.
_UNSAFE_IN_OUTPUT = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def newsview_version() -> str:
    """The installed version, looked up only when output is written: reading package metadata
    costs more to import than the rest of this module."""
    from newsview.models import __version__

    return __version__


def entity_key(article: Article, entity_id: str) -> str:
    """An entity id unique in the whole output: qualified with its article's id."""
    return f"{article.id}/{entity_id}"


def entity_why(entity: Entity) -> dict:
    """``{"type": [[evidence, weight], ...], "links": [[variant, linked_to, reason], ...]}``:
    the evidence for the entity's type over the next likeliest (strongest first; a weight of 0
    marks one of newsview's conventions), and how each of its name forms joined it."""
    why = entity.why
    assert why is not None
    return {"type": [[words, weight] for words, weight in why.type],
            "links": [list(link) for link in why.links]}


def article_record(article: Article, analysis: Analysis | None) -> dict:
    """One article and its analysis in the documented shape (key order included)."""
    entities, timexes, chronology = [], [], []
    if analysis is not None:
        entities = [
            {
                "id": entity_key(article, entity.id),
                "name": entity.name,
                "type": entity.type,
                "mentions": [
                    {"start": m.start, "end": m.end, "text": m.text, "form": m.form}
                    for m in entity.mentions
                ],
            }
            | ({"why": entity_why(entity)} if entity.why is not None else {})
            # the user's corrections that changed it (absent for the engine's own reading)
            | ({"corrected": list(entity.corrected)} if entity.corrected else {})
            for entity in analysis.entities
        ]
        # Timexes sorted by start; chronology indexes follow the sort.
        order = sorted(range(len(analysis.timexes)), key=lambda i: analysis.timexes[i].start)
        new_index = {old: new for new, old in enumerate(order)}
        timexes = [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            | ({"inferred": True} if t.inferred else {})  # read against an earlier date
            | ({"why": list(t.why)} if t.why else {})
            for t in (analysis.timexes[i] for i in order)
        ]
        chronology = [
            {
                "value": event.value,
                "timex": new_index.get(event.timex, event.timex),
                "start": event.start,
                "end": event.end,
                "sentence": event.sentence,
                "entities": [entity_key(article, e) for e in event.entities],
            }
            | ({"inferred": True} if event.inferred else {})
            for event in analysis.chronology
        ]
    return {
        "id": article.id,
        "path": _printable_path(article.path),
        "title": article.title,
        "author": article.author,
        "source": article.source,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from,
        "encoding": article.encoding,
        "warnings": list(article.warnings),
        "entities": entities,
        "timexes": timexes,
        "chronology": chronology,
    }


def record_json(article: Article, analysis: Analysis | None) -> str:
    """One article's record as compact JSON text (the ``json`` shape of an article; the
    ``jsonl`` line is the same with the version first). Rendered where the article was
    analysed: ``newsview extract``'s workers send back this text, far cheaper to move between
    processes and to write than the analysis's objects."""
    return _dumps(article_record(article, analysis))


def write_json(pairs: Iterable[Pair], stream: TextIO) -> int:
    """``{"newsview": version, "articles": [...]}``, written article by article, one article a
    line (compact: Python's C encoder does no indenting, and indenting tripled the cost of
    writing; ``jq`` or ``python -m json.tool`` pretty-print it). Returns the article count."""
    return write_json_records(((a, record_json(a, analysis)) for a, analysis in pairs), stream)


def write_json_records(records: Iterable[tuple[Article, str]], stream: TextIO) -> int:
    """``write_json`` for records already rendered by ``record_json``."""
    stream.write('{"newsview": ' + json.dumps(newsview_version()) + ', "articles": [')
    count = 0
    for _, record in records:
        stream.write(("\n" if count == 0 else ",\n") + record)
        count += 1
    stream.write("\n]}\n" if count else "]}\n")
    return count


def write_jsonl(pairs: Iterable[Pair], stream: TextIO) -> int:
    """One article object a line, each with ``"newsview": version`` first."""
    return write_jsonl_records(((a, record_json(a, analysis)) for a, analysis in pairs), stream)


def write_jsonl_records(records: Iterable[tuple[Article, str]], stream: TextIO) -> int:
    """``write_jsonl`` for records already rendered by ``record_json``: the version is put
    first here, where the output is written (the text is what dumping the record with the
    version as its first key gives)."""
    head = '{"newsview":' + _dumps(newsview_version()) + ","
    count = 0
    for _, record in records:
        stream.write(head + record[1:] + "\n")
        count += 1
    return count


def csv_rows(article: Article, analysis: Analysis | None) -> str:
    """One article's CSV rows (see ``write_csv``) as text, CRLF-terminated."""
    if analysis is None:
        return ""
    rows = io.StringIO(newline="")
    writer = csv.writer(rows, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    source = (article.title or "", article.published.isoformat() if article.published else "",
              article.source or "", article.url or "", article.author or "")
    for entity in analysis.entities:
        key = entity_key(article, entity.id)
        for m in entity.mentions:
            writer.writerow(
                ("mention", article.id, key, entity.name, entity.type, m.start, m.end, m.text,
                 m.form, "", "", "", " ".join(entity.corrected), *source)
            )
    for event in analysis.chronology:
        timex = analysis.timexes[event.timex] if 0 <= event.timex < len(analysis.timexes) else None
        involved = " ".join(entity_key(article, e) for e in event.entities)
        writer.writerow(
            ("event", article.id, "", "", timex.type if timex else "", event.start, event.end,
             event.sentence, "", event.value or "", timex.text if timex else "", involved, "",
             *source)
        )
    return rows.getvalue()


def write_csv(pairs: Iterable[Pair], stream: TextIO) -> int:
    """A header row, then per article a row per mention and a row per chronology event (the
    ``kind`` column says which); RFC 4180 (CRLF line ends, quotes doubled)."""
    return write_csv_rows(((a, csv_rows(a, analysis)) for a, analysis in pairs), stream)


def write_csv_rows(rows: Iterable[tuple[Article, str]], stream: TextIO) -> int:
    """``write_csv`` for rows already rendered by ``csv_rows``."""
    csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerow(CSV_HEADER)
    count = 0
    for _, text in rows:
        stream.write(text)
        count += 1
    return count


def write_graphml(pairs: Iterable[Pair], stream: TextIO) -> int:
    """The co-occurrence graph as GraphML (Gephi, yEd, graph databases): a node per entity
    linked across the articles (name, type, articles, mentions), an undirected edge per pair
    that shares an article, weighted by the articles it shares (and the sentences). The
    whole collection is linked first, so the articles are held in memory."""
    from xml.sax.saxutils import quoteattr

    from newsview.models.collection import Collection
    from newsview.models.cooccurrence import cooccurrence_graph

    collection = Collection()
    count = 0
    for article, analysis in pairs:
        collection.add(article, analysis)
        count += 1
    nodes, edges = cooccurrence_graph(collection)

    def text(value: object) -> str:
        return _xml_text(str(value))

    stream.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n'
        '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n'
        '  <key id="articles" for="node" attr.name="articles" attr.type="int"/>\n'
        '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>\n'
        '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
        '  <key id="sentences" for="edge" attr.name="sentences" attr.type="int"/>\n'
        f'  <graph id={quoteattr("newsview " + newsview_version())} edgedefault="undirected">\n'
    )
    for node in nodes:
        stream.write(
            f"    <node id={quoteattr(_xml_text(node.id))}>"
            f'<data key="name">{text(node.name)}</data><data key="type">{text(node.type)}</data>'
            f'<data key="articles">{node.article_count}</data>'
            f'<data key="mentions">{node.mention_count}</data></node>\n'
        )
    for number, ((first, second), (articles, sentences)) in enumerate(sorted(edges.items())):
        stream.write(
            f'    <edge id="e{number}" source={quoteattr(_xml_text(first))} '
            f'target={quoteattr(_xml_text(second))}><data key="weight">{articles}</data>'
            f'<data key="sentences">{sentences}</data></edge>\n'
        )
    stream.write("  </graph>\n</graphml>\n")
    return count


PARQUET_BATCH = 1000  # articles per row group: memory stays bounded whatever the input


_PARQUET_NESTED = ("entities", "timexes", "chronology")


def parquet_row(article: Article, analysis: Analysis | None) -> dict:
    """One article's Parquet row (see ``parquet_format``) without the version, which is put
    first where the file is written."""
    record = article_record(article, analysis)
    for key in _PARQUET_NESTED:
        record[key] = _dumps(record[key])
    return record


def parquet_format():  # -> (Format, None) | (None, reason)
    """The Parquet format when pyarrow is installed: an article a row, its metadata as
    columns and its entities, time expressions and chronology as JSON text (the JSONL shape),
    written a row group at a time to a binary stream."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return None, "writing Parquet needs pyarrow (pip install 'newsview[parquet]'); or write .jsonl"
    text = pa.string()
    schema = pa.schema([
        ("newsview", text), ("id", text), ("path", text), ("title", text), ("author", text),
        ("source", text), ("url", text), ("published", text), ("published_from", text),
        ("encoding", text), ("warnings", pa.list_(text)), ("entities", text),
        ("timexes", text), ("chronology", text),
    ])

    def write_parquet_rows(rows: Iterable[tuple[Article, dict]], stream) -> int:  # binary
        version = newsview_version()
        count = 0
        with pq.ParquetWriter(stream, schema) as writer:
            batch: list[dict] = []
            for _, row in rows:
                batch.append({"newsview": version, **row})
                count += 1
                if len(batch) >= PARQUET_BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema))
                    batch = []
            if batch or not count:
                writer.write_table(pa.Table.from_pylist(batch, schema))
        return count

    return Format(parquet_row, write_parquet_rows), None


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    """Text XML can carry: &, < and > escaped, characters XML 1.0 forbids made U+FFFD."""
    from xml.sax.saxutils import escape

    return escape(_XML_INVALID.sub("\ufffd", value))


WRITERS = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv, "graphml": write_graphml}


class Format(NamedTuple):
    """A format as ``newsview extract`` writes it, in two steps: ``render(article, analysis)``
    makes one article's piece (pure and picklable by name: it runs where the article was
    analysed, and only the piece comes back), and ``write(pairs of article and piece,
    stream)`` writes the pieces in input order and returns their count. Rendering and writing
    in one process gives what the writers of ``WRITERS`` give."""

    render: Callable[[Article, Analysis | None], Any]
    write: Callable[[Iterable[tuple[Article, Any]], Any], int]


def analysis_itself(article: Article, analysis: Analysis | None) -> Analysis | None:
    """GraphML's "piece": the analysis, since the graph is made from the whole collection."""
    return analysis


FORMATS = {
    "json": Format(record_json, write_json_records),
    "jsonl": Format(record_json, write_jsonl_records),
    "csv": Format(csv_rows, write_csv_rows),
    "graphml": Format(analysis_itself, write_graphml),
}


def _dumps(record: object) -> str:
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    if _UNSAFE_IN_OUTPUT.search(text):
        text = _UNSAFE_IN_OUTPUT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def _printable_path(path: str) -> str:
    """The path as given; bytes that were not UTF-8 in a file name (decoded by Python as lone
    surrogates, which cannot be written as UTF-8) become U+FFFD."""
    if _SURROGATE.search(path):
        return _SURROGATE.sub("\ufffd", path)
    return path
