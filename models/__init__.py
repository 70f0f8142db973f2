"""The newsview engine: articles in, entities, time expressions and a chronology out.

    from newsview.models import analyse, read_paths
    for article in read_paths(["story.txt"]).articles:
        analysis = analyse(article.text, article.published)

Pure Python; never imports textual or rich (a test checks this in a fresh interpreter). The
public names below are imported at first use, so ``import newsview.models`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Each public name, and the module that defines it.
_PUBLIC = {
    "analyse": "analysis",
    "Analysis": "document",
    "Article": "document",
    "Entity": "document",
    "EntityWhy": "document",
    "Event": "document",
    "Mention": "document",
    "Span": "document",
    "Timex": "document",
    "ReadProblem": "reading",
    "ReadResult": "reading",
    "iter_articles": "reading",
    "read_paths": "reading",
    "parse_date": "reading",
    "FetchOptions": "fetch",
    "article_record": "export",
    "write_csv": "export",
    "write_json": "export",
    "write_jsonl": "export",
}

__all__ = [
    "Analysis",
    "Article",
    "Entity",
    "EntityWhy",
    "Event",
    "FetchOptions",
    "Mention",
    "ReadProblem",
    "ReadResult",
    "Span",
    "Timex",
    "analyse",
    "article_record",
    "iter_articles",
    "parse_date",
    "read_paths",
    "write_csv",
    "write_json",
    "write_jsonl",
]

if TYPE_CHECKING:  # what a type checker and an editor see
    from newsview.models.analysis import analyse
    from newsview.models.document import (
        Analysis,
        Article,
        Entity,
        EntityWhy,
        Event,
        Mention,
        Span,
        Timex,
    )
    from newsview.models.export import article_record, write_csv, write_json, write_jsonl
    from newsview.models.fetch import FetchOptions
    from newsview.models.reading import (
        ReadProblem,
        ReadResult,
        iter_articles,
        parse_date,
        read_paths,
    )


def __getattr__(name: str) -> object:
    if name in _PUBLIC:
        value = getattr(import_module(f"newsview.models.{_PUBLIC[name]}"), name)
        globals()[name] = value  # looked up once
        return value
    # importlib.metadata costs ~20 ms at import; only a caller that asks for the version pays it
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsview")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC, "__version__"})
