"""``analyse``: the engine's one entry point, a pure function of (text, publication date)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from newsview.models.chronology import build_chronology
from newsview.models.document import Analysis
from newsview.models.entities import find_entities
from newsview.models.text import sentence_spans
from newsview.models.timex import find_timexes

if TYPE_CHECKING:
    from newsview.models.corrections import Correction
    from newsview.models.names import NameModel


def analyse(text: str, published: date | None = None, *, explain: bool = False,
            model: NameModel | None = None, corrections: Sequence[Correction] = (),
            article_id: str | None = None) -> Analysis:
    """Find the sentences, time expressions, entities and chronology of ``text``.

    Depends on nothing but its arguments (no global state, no file names, no metadata), so its
    result can be cached, or computed in another process, without change. ``explain`` fills
    each entity's and time expression's ``why`` (slower; the result is otherwise the same).
    ``model``: the fitted name weights (default: the shipped ones; benchmarks pass a refit).
    ``corrections``: the user's corrections, applied in order as constraints on the engine's
    reading (``corrections.apply_corrections``; a correction scoped to one article applies when
    the text's hash is its article's, or, imported without one, when ``article_id`` is its id).
    The same as ``apply_corrections(analyse(text, published), text, corrections)``, so a cache
    of uncorrected analyses stays valid.
    """
    sentences = sentence_spans(text)
    timexes = find_timexes(text, sentences, published, explain=explain)
    entities = find_entities(text, sentences, timexes, explain=explain, model=model)
    chronology = build_chronology(text, sentences, timexes, entities, published)
    raw = Analysis(tuple(sentences), tuple(entities), tuple(timexes), tuple(chronology))
    if not corrections:
        return raw
    from newsview.models.corrections import apply_corrections  # on first use: import stays cheap

    return apply_corrections(raw, text, corrections, article_id=article_id, explain=explain)
