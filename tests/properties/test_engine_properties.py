"""Invariants of the engine on any string (hypothesis): it never raises, every span is valid and
matches the text, entity ids are unique, mentions belong to one entity and never overlap, and
chronology entries point at real DATE/TIME expressions inside their sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from newsview.models.analysis import analyse

NAMES = ["José Jerí", "Jerí", "Hugo de Zela", "De Zela", "López Obrador", "U.S.", "United States",
         "Kennedy Space Center (KSC)", "KSC", "Peru", "Peruvian", "New Mexico", "Mexico", "Mexican",
         "McDonald's", "O'Neill", "Jean-Luc Picard", "A. B. C.", "Ford Motor Company", "Ford"]
DATES = ["Monday, November 3", "November 4, 2025", "the same day", "the following year", "2022",
         "February 30, 2025", "31 February", "0000", "9999", "2,025", "early 2024", "the 1990s",
         "14:48 UTC", "last week", "two years ago", "25 years", "several days", "May", "March"]
HOSTILE = ["[bold]", "[/]", "[@click=app.quit]", "[link=http://x]", "\x1b[31m", "\x1b]0;title\x07",
           "\x00", "\x9b", "e\u0301", "\u0301", "👍🏽", "👨‍👩‍👧", "\u202e", "\u200b", "שלום עולם",
           "مرحبا", "\r\n", "\n\n", "“", "”", "’s", "'s", "--", "...", "(", ")", "\ufeff"]
PUNCT = [" ", " ", " ", ", ", ". ", "! ", "? ", "; ", " - ", " (", ") ", ": ", "\n", " and ", " the "]

pieces = st.one_of(
    st.sampled_from(NAMES), st.sampled_from(DATES), st.sampled_from(HOSTILE),
    st.sampled_from(PUNCT), st.text(max_size=12),
)
texts = st.lists(pieces, max_size=60).map("".join)
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def check(text: str, published: date | None) -> None:
    analysis = analyse(text, published)
    n = len(text)
    ids = [e.id for e in analysis.entities]
    assert len(ids) == len(set(ids))
    spans = []
    for entity in analysis.entities:
        assert entity.mentions, entity
        for m in entity.mentions:
            assert 0 <= m.start < m.end <= n
            assert text[m.start : m.end] == m.text
            assert m.form in ("name", "demonym")
            spans.append((m.start, m.end))
    spans.sort()
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, "mentions overlap or one belongs to two entities"
    previous = -1
    for t in analysis.timexes:
        assert 0 <= t.start < t.end <= n and text[t.start : t.end] == t.text
        assert t.start >= previous
        previous = t.start
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    for s in analysis.sentences:
        assert 0 <= s.start < s.end <= n
    known = set(ids)
    for ev in analysis.chronology:
        timex = analysis.timexes[ev.timex]
        assert timex.type in ("DATE", "TIME")
        assert ev.start <= timex.start and timex.end <= ev.end
        assert text[ev.start : ev.end] == ev.sentence
        assert set(ev.entities) <= known


@given(texts, dates)
def test_engine_invariants_on_generated_news(text: str, published: date | None) -> None:
    check(text, published)


@given(st.text(), dates)
def test_engine_invariants_on_any_string(text: str, published: date | None) -> None:
    check(text, published)
