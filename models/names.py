"""The fitted name model: how much each piece of evidence counts for each type of name.

A span's score for a type is the sum of the weights of its evidence (``evidence.py``); leaving a
word out of every name scores 0. A run of capitalised words is read as the segmentation with
the highest total (a semi-Markov Viterbi over the run's allowed spans), so where a name starts
and ends, whether it is a name at all and what type it is are one decision made from the same
evidence. The weights are fitted on annotated text by ``data/fit_names.py`` (an averaged
structured perceptron) and shipped as ``data/name_weights.tsv.gz``; nothing here is set by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

# The types a span can take; "PLACE" is split into GPE and LOC by the word lists afterwards.
LABELS = ("PERSON", "ORG", "PLACE", "NORP", "OTHER")
# Each label's index in a score tuple.
PERSON, ORG, PLACE, NORP, OTHER = range(len(LABELS))
WEIGHTS_FILE = "name_weights.tsv.gz"
ZERO = (0.0, 0.0, 0.0, 0.0, 0.0)

Scores = tuple[float, float, float, float, float]


@dataclass(frozen=True, slots=True)
class NameModel:
    """Weights per evidence key, one per label (in ``LABELS`` order): ``index`` gives where a
    key's five weights start in ``flat`` (one flat tuple loads far faster than 40,000 small
    ones)."""

    index: dict[str, int]
    flat: tuple[float, ...]
    # the summed weights of the evidence of a span's own words, which recur across texts
    _word_scores: dict[tuple[str, ...], Scores] = field(default_factory=dict, compare=False,
                                                         repr=False)
    # each key's five weights as one tuple, for ``score`` (one lookup per feature instead of
    # five indexings: the hottest loop of name reading); made once from ``flat``
    _rows: dict[str, Scores] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        flat = self.flat
        object.__setattr__(self, "_rows", {key: flat[at : at + 5] for key, at in self.index.items()})

    @classmethod
    def from_weights(cls, weights: dict[str, Sequence[float]]) -> NameModel:
        keys = sorted(weights)
        return cls({key: 5 * k for k, key in enumerate(keys)},
                   tuple(float(v) for key in keys for v in weights[key]))

    @property
    def weights(self) -> dict[str, Scores]:
        """Every key with its five weights (built on demand: for explaining and writing)."""
        flat = self.flat
        return {key: flat[at : at + 5] for key, at in self.index.items()}  # type: ignore[misc]

    def score_words(self, features: tuple[str, ...]) -> Scores:
        """``score`` of a span's own words' evidence, remembered (bounded)."""
        cached = self._word_scores.get(features)
        if cached is None:
            if len(self._word_scores) > 200_000:
                self._word_scores.clear()
            cached = self._word_scores[features] = self.score(features)
        return cached

    @staticmethod
    def add(a: Scores, b: Scores) -> Scores:
        return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4])

    def score(self, features: Sequence[str]) -> Scores:
        s0 = s1 = s2 = s3 = s4 = 0.0
        get = self._rows.get
        for feature in features:
            row = get(feature)
            if row is not None:
                w0, w1, w2, w3, w4 = row
                s0 += w0
                s1 += w1
                s2 += w2
                s3 += w3
                s4 += w4
        return (s0, s1, s2, s3, s4)

    def weight(self, feature: str, label: int) -> float:
        at = self.index.get(feature)
        return self.flat[at + label] if at is not None else 0.0


def best_segmentation(n: int, spans: Sequence[tuple[int, int]],
                      scores: Sequence[Scores]) -> list[tuple[int, int, int]]:
    """The spans (start, end, label index) of the best reading of ``n`` tokens: a token left
    out of every span scores 0, a span its label's score; the total is maximal."""
    if n == 1 and len(spans) == 1:  # one word, one reading: a name if any type scores above 0
        s = scores[0]
        top = max(s)
        return [(0, 1, s.index(top))] if top > 0 else []
    ending: list[list[int]] = [[] for _ in range(n + 1)]
    for k, (_, j) in enumerate(spans):
        ending[j].append(k)
    best = [0.0] * (n + 1)
    back: list[tuple[int, int] | None] = [None] * (n + 1)  # (span index, label) or None: skip
    for j in range(1, n + 1):
        top, choice = best[j - 1], None
        for k in ending[j]:
            base = best[spans[k][0]]
            s = scores[k]
            totals = (base + s[0], base + s[1], base + s[2], base + s[3], base + s[4])
            high = max(totals)
            if high > top:  # the first label to reach it, as a scan in label order finds it
                top, choice = high, (k, totals.index(high))
        best[j], back[j] = top, choice
    chosen: list[tuple[int, int, int]] = []
    j = n
    while j > 0:
        step = back[j]
        if step is None:
            j -= 1
            continue
        k, label = step
        i = spans[k][0]
        chosen.append((i, j, label))
        j = i
    chosen.reverse()
    return chosen


def read_weights(lines: Sequence[str]) -> NameModel:
    """A model from the lines of a weights file (``feature<TAB>w1 ... w5``; # comments)."""
    weights: dict[str, Sequence[float]] = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        feature, *values = line.split("\t")
        weights[feature] = [float(v) for v in values]
    return NameModel.from_weights(weights)


def write_weights(model: NameModel, header: Sequence[str]) -> bytes:
    """The model as a weights file: sorted keys, fixed precision, fixed gzip timestamp, so the
    same weights always give the same bytes."""
    import gzip

    rows = [f"# {line}" for line in header]
    rows.append("# evidence\t" + "\t".join(LABELS))
    weights = model.weights
    for feature in sorted(weights):
        rows.append(feature + "\t" + "\t".join(_number(w) for w in weights[feature]))
    data = ("\n".join(rows) + "\n").encode("utf-8")
    return gzip.compress(data, compresslevel=9, mtime=0)


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


WEIGHTS_CACHE = "name_weights.marshal.gz"
# Bump when the cache's shape changes; the marshal version guards the byte format.
CACHE_FORMAT = 2


def cache_bytes(model: NameModel) -> bytes:
    """The weights as a load-fast cache of the TSV file: the keys in one string, the weights
    in one flat tuple (same weights, same bytes). Parsing 40,000 lines costs ~100 ms at the
    first analysis; this loads in a fraction of it."""
    import gzip
    import marshal

    weights = model.weights
    keys = sorted(weights)
    flat = tuple(value for key in keys for value in weights[key])
    data = marshal.dumps((_cache_tag(), "\n".join(keys), flat))
    return gzip.compress(data, compresslevel=9, mtime=0)


def _cache_tag() -> tuple[str, int, int]:
    import marshal

    return ("newsview-name-weights", CACHE_FORMAT, marshal.version)


def _from_cache(raw: bytes) -> NameModel | None:
    import gzip
    import marshal
    import zlib

    try:
        tag, keys, flat = marshal.loads(gzip.decompress(raw))
        if tag != _cache_tag():
            return None
        names = keys.split("\n")
        if 5 * len(names) != len(flat):
            return None
        return NameModel(dict(zip(names, range(0, len(flat), 5), strict=True)), flat)
    except (OSError, EOFError, ValueError, TypeError, zlib.error):
        return None  # a missing or foreign cache: the TSV file is the truth


@lru_cache(maxsize=1)
def shipped_model() -> NameModel:
    """The weights that ship with newsview, loaded on first use (from the cache when it is
    readable, else from the TSV file it is made from)."""
    from importlib import resources

    data = resources.files("newsview.models.data")
    try:
        cached = _from_cache(data.joinpath(WEIGHTS_CACHE).read_bytes())
    except OSError:
        cached = None
    return cached if cached is not None else tsv_model()


def tsv_model() -> NameModel:
    """The shipped weights read from the TSV file itself (what the cache must equal)."""
    import gzip
    from importlib import resources

    raw = resources.files("newsview.models.data").joinpath(WEIGHTS_FILE).read_bytes()
    return read_weights(gzip.decompress(raw).decode("utf-8").split("\n"))
