#!/usr/bin/env python3
"""Fit the name model's weights on annotated text: the one command that makes
``name_weights.tsv.gz``.

    python -m newsview.models.data.fit_names CORPUS.jsonl... --out models/data/name_weights.tsv.gz

Each corpus is a JSONL file in the format of the shared annotated data (one document a line:
``text``, ``dct``, ``entities`` with ``start``, ``end``, ``type``, ``named``; see the data's
README). Every document is read exactly as the engine reads an article (its sentences, time
expressions, runs of capitalised words and the evidence for each span), and the gold names
are mapped onto the runs' tokens. An averaged structured perceptron then learns the weights:
for each run, the best segmentation under the current weights is compared with the best one
the annotation allows, and the evidence of both is moved apart. Fixed seed, fixed order, fixed
number of passes: the same corpora always give the same bytes.

Conventions differ between corpora, so the annotation is read into newsview's conventions
before fitting: a title before a person's name is not part of it ("President Ana Vela" ->
"Ana Vela"; the title is no name), nor is a leading country or nationality word before such a
title ("U.S. President Donald Trump": "U.S." is a place of its own). What a corpus does not
annotate is not taken as evidence against it: nationality words where the corpus marks none
(GUM, the Twitter corpora, UNER) and products or works where it has no such type (BTC, UNER,
re3d) may be read either way.

Licences: fit what ships only on files whose licence allows it (see the data README); the
header of the weights file names every corpus, its document count and its SHA-256.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsview.models.candidates import Run, read_runs
from newsview.models.evidence import TextEvidence
from newsview.models.lexicon import Lexicon, lexicon
from newsview.models.names import (
    LABELS,
    WEIGHTS_CACHE,
    NameModel,
    best_segmentation,
    cache_bytes,
    read_weights,
    write_weights,
)
from newsview.models.text import sentence_spans
from newsview.models.timex import find_timexes

LABEL_OF_TYPE = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 2, "NORP": 3, "OTHER": 4}
ALL_LABELS = (1 << len(LABELS)) - 1
NORP_BIT = 1 << LABEL_OF_TYPE["NORP"]
OTHER_BIT = 1 << LABEL_OF_TYPE["OTHER"]
# Corpora with no type for products, works or events: such a name is neither right nor wrong.
NO_OTHER_TYPE = frozenset({"btc", "uner-ewt", "re3d"})
DEFAULT_EPOCHS = 4
WILD = -1  # a gold label meaning: any reading of these words is as good as another
DEFAULT_SEED = 20261205
DEFAULT_MIN_COUNT = 2
DEFAULT_MARGIN = 3.0
DEFAULT_ROUNDS = 3


@dataclass(slots=True)
class Example:
    """One run of one document, ready for fitting."""

    corpus: str
    n: int
    spans: list[tuple[int, int]]
    features: list[list[int]]  # evidence ids per span
    allowed: list[int]  # per span, a bit mask of the labels the annotation allows
    free: list[int]  # per span, labels the corpus does not annotate: kept if predicted
    covered: list[bool]  # per token: must be inside a name in the annotated reading


class Vocabulary:
    """Evidence keys as small integers while fitting."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.keys: list[str] = []

    def __call__(self, key: str) -> int:
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = len(self.keys)
            self.keys.append(key)
        return found


def read_corpus(path: Path, vocabulary: Vocabulary, lex: Lexicon | None = None) -> list[Example]:
    """Every run of every document of one corpus, with its evidence and annotation."""
    lex = lex or lexicon()
    examples: list[Example] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                examples.extend(document_examples(json.loads(line), vocabulary, lex, path.stem))
    return examples


def document_examples(record: dict, vocabulary: Vocabulary, lex: Lexicon,
                      corpus: str) -> Iterable[Example]:
    text = record["text"]
    dct = date.fromisoformat(record["dct"]) if record.get("dct") else None
    sentences = sentence_spans(text)
    timexes = find_timexes(text, sentences, dct)
    runs, ctx = read_runs(text, sentences, timexes, lex)
    evidence = TextEvidence(ctx)
    gold = [
        (e["start"], e["end"], LABEL_OF_TYPE[e["type"]])
        for e in record.get("entities", ())
        if e.get("named") and e["type"] in LABEL_OF_TYPE
    ]
    free_norp = record.get("demonyms_annotated", True) is False
    free_other = record.get("source", "") in NO_OTHER_TYPE
    for run in runs:
        found = evidence.run_spans(run)
        if found is None:
            continue
        options = [(o.i, o.j, found.features(o)) for o in found.spans]
        token_gold = _token_gold(run, gold)
        token_gold = _our_conventions(run, token_gold, lex, gold)
        _nationality_words(run, token_gold, lex)
        spans = [(i, j) for i, j, _ in options]
        allowed = [_allowed(token_gold, i, j, spans) for i, j in spans]
        free = [_free(run, token_gold, i, j, lex, free_norp, free_other) for i, j in spans]
        covered = [g is not None and g[1] != WILD and _representable(g[0], token_gold, spans)
                   for g in token_gold]
        features = [[vocabulary(f) for f in fs] for _, _, fs in options]
        yield Example(corpus, len(run.tokens), spans, features, allowed, free, covered)


def _token_gold(run: Run, gold: Sequence[tuple[int, int, int]]) -> list[tuple[int, int] | None]:
    """For each token of the run: (gold name number, label) when it starts inside a gold name."""
    out: list[tuple[int, int] | None] = []
    for token in run.tokens:
        found = None
        for number, (start, end, label) in enumerate(gold):
            if start <= token.start < end:
                found = (number, label)
                break
        out.append(found)
    return out


def _our_conventions(run: Run, token_gold: list[tuple[int, int] | None], lex: Lexicon,
                     gold: Sequence[tuple[int, int, int]] = ()) -> list[tuple[int, int] | None]:
    """Titles and a leading nationality or country before a title leave a person's name."""
    tokens = run.tokens
    out = list(token_gold)
    k = 0
    n = len(tokens)
    while k < n:
        g = out[k]
        if g is None or (k > 0 and out[k - 1] == g):
            k += 1
            continue
        end = k
        while end < n and out[end] == g:
            end += 1
        if g[1] == LABEL_OF_TYPE["PERSON"] and _title_length(tokens, k, end + 1, lex) == end - k:
            for m in range(k, end):
                out[m] = None  # "the Prime Minister" alone: a role, no name in newsview
        elif g[1] == LABEL_OF_TYPE["PERSON"]:
            i = k
            while i < end - 1:
                key = tokens[i].key
                title = _title_length(tokens, i, end, lex)
                if key in ("the", "a", "an"):
                    out[i] = None
                elif title:
                    for m in range(i, i + title):
                        out[m] = None
                    i += title
                    if run.gaps[i - 1] in ("of", "of the"):
                        # "President of the United States": the rest is the title's
                        # complement, named in its own right
                        _retype_complement(run, out, i, end, lex)
                        break
                    continue
                elif (key in lex.demonyms or _is_country(key, lex)) and _title_length(tokens, i + 1, end, lex):
                    label = LABEL_OF_TYPE["NORP"] if key in lex.demonyms else LABEL_OF_TYPE["GPE"]
                    out[i] = (-1 - i, label)  # a name of its own
                else:
                    break
                i += 1
            _person_of_a_name(run, out, i, end, gold, lex)
        k = end
    return out


def _person_of_a_name(run: Run, out: list[tuple[int, int] | None], i: int, end: int,
                      gold: Sequence[tuple[int, int, int]], lex: Lexicon) -> None:
    """"Wu Chi-wai of the Democratic Party": the annotation's person ends at "of" and the rest
    is the name annotated inside it, as newsview reads it at run time (without this the fit
    learns that a name ending in "Party" is a person's)."""
    cut = next((m for m in range(i + 1, end) if run.gaps[m - 1] in ("of", "of the")), None)
    if cut is None:
        return
    start, stop = run.tokens[cut].start, run.tokens[end - 1].end
    inner = next((label for s, e, label in gold if (s, e) == (start, stop)), None)
    if inner is None:
        _retype_complement(run, out, cut, end, lex)
        return
    for m in range(cut, end):
        out[m] = (-100 - cut, inner)


def _retype_complement(run: Run, out: list[tuple[int, int] | None], i: int, end: int,
                       lex: Lexicon) -> None:
    spelled = " ".join(t.key for t in run.tokens[i:end])
    place = lex.places.get(spelled)
    if place is not None:
        label = LABEL_OF_TYPE["GPE"]
    elif run.tokens[end - 1].key in lex.org_words:
        label = LABEL_OF_TYPE["ORG"]
    else:
        label = -1  # unknown: no evidence either way
    for m in range(i, end):
        out[m] = (-100 - i, label) if label >= 0 else (-100 - i, WILD)


def _nationality_words(run: Run, token_gold: list[tuple[int, int] | None], lex: Lexicon) -> None:
    """newsview's convention on every corpus: a nationality word no annotated name covers is a
    mention of its country ("the Chilean government"), as the sample's annotation has it."""
    tokens = run.tokens
    k = 0
    while k < len(tokens):
        width = 0
        for n in (2, 1):
            if k + n <= len(tokens) and all(g is None for g in token_gold[k : k + n]) and all(
                not run.gaps[m] for m in range(k, k + n - 1)
            ) and _is_group_word(" ".join(t.key for t in tokens[k : k + n]), lex):
                width = n
                break
        for m in range(k, k + width):
            token_gold[m] = (-1000 - k, LABEL_OF_TYPE["NORP"])
        k += width or 1


def _is_group_word(key: str, lex: Lexicon) -> bool:
    return key in lex.demonyms or key in lex.norp_adjectives


def _is_country(key: str, lex: Lexicon) -> bool:
    place = lex.places.get(key) or lex.places.get(key.replace(".", ""))
    return place is not None and place.is_country


def _title_length(tokens: Sequence, i: int, end: int, lex: Lexicon) -> int:
    """How many tokens from ``i`` form a title ("Prime Minister"), leaving a name after it."""
    for n in (3, 2, 1):
        if i + n < end:
            phrase = " ".join(t.key for t in tokens[i : i + n])
            if phrase in lex.titles or phrase + "." in lex.titles:
                return n
    return 0


def _representable(number: int, token_gold: list[tuple[int, int] | None],
                   spans: list[tuple[int, int]]) -> bool:
    positions = [k for k, g in enumerate(token_gold) if g is not None and g[0] == number]
    return (positions[0], positions[-1] + 1) in spans and positions == list(
        range(positions[0], positions[-1] + 1)
    )


def _free(run: Run, token_gold: list[tuple[int, int] | None], i: int, j: int, lex: Lexicon,
          free_norp: bool, free_other: bool) -> int:
    """Labels an unannotated span may keep when the model gives them: the corpus has no such
    type (products in BTC) or marks none of them (nationality words in GUM)."""
    if any(g is not None for g in token_gold[i:j]):
        return 0
    mask = OTHER_BIT if free_other else 0
    if free_norp or free_other:
        words = " ".join(t.key for t in run.tokens[i:j])
        if words in lex.demonyms or words in lex.norp_adjectives or words in lex.group_nouns:
            mask |= NORP_BIT
    return mask


def _allowed(token_gold: list[tuple[int, int] | None], i: int, j: int,
             spans: list[tuple[int, int]]) -> int:
    marks = token_gold[i:j]
    if all(g is None for g in marks):
        return 0
    first = marks[0]
    if first is None or any(g != first for g in marks):
        return 0
    number, label = first
    mask = ALL_LABELS if label == WILD else 1 << label
    if _representable(number, token_gold, spans):
        positions = [k for k, g in enumerate(token_gold) if g == first]
        return mask if (i, j) == (positions[0], positions[-1] + 1) else 0
    return mask  # a piece of a name the runs cannot hold whole


# ----------------------------------------------------------------------------- fitting


def _decode(example: Example, scores: list[list[float]],
            predicted: frozenset[tuple[int, int]]) -> list[tuple[int, int]]:
    """(span index, label) of the best segmentation the annotation allows: covered words in a
    name, annotated names whole and typed as annotated; a span the annotation says nothing of
    keeps a ``predicted`` label it may have (the corpus does not annotate that type)."""
    n = example.n
    ending: list[list[int]] = [[] for _ in range(n + 1)]
    for k, (_, j) in enumerate(example.spans):
        ending[j].append(k)
    neg = float("-inf")
    best = [neg] * (n + 1)
    best[0] = 0.0
    back: list[tuple[int, int] | None] = [None] * (n + 1)
    for j in range(1, n + 1):
        top, choice = neg, None
        if not example.covered[j - 1] and best[j - 1] > neg:
            top = best[j - 1]
        for k in ending[j]:
            i = example.spans[k][0]
            if best[i] == neg:
                continue
            mask, free = example.allowed[k], example.free[k]
            s = scores[k]
            for label in range(len(LABELS)):
                if mask >> label & 1 or (free >> label & 1 and (k, label) in predicted):
                    total = best[i] + s[label]
                    if total > top:
                        top, choice = total, (k, label)
        best[j], back[j] = top, choice
    if best[n] == neg:
        return []
    path: list[tuple[int, int]] = []
    j = n
    while j > 0:
        step = back[j]
        if step is None:
            j -= 1
            continue
        path.append(step)
        j = example.spans[step[0]][0]
    path.reverse()
    return path


def train(examples: Sequence[Example], size: int, epochs: int = DEFAULT_EPOCHS,
          seed: int = DEFAULT_SEED, corpus_weight: dict[str, float] | None = None,
          min_count: int = DEFAULT_MIN_COUNT, margin: float = DEFAULT_MARGIN) -> list[list[float]]:
    """Averaged structured perceptron; returns the averaged weights per evidence id.

    Evidence seen in fewer than ``min_count`` runs is left out: a name met once in the
    training text says more about that text than about news."""
    labels = len(LABELS)
    if min_count > 1:
        examples = _without_rare(examples, size, min_count)
    weights = [[0.0] * labels for _ in range(size)]
    totals = [[0.0] * labels for _ in range(size)]  # sum of step * update, for averaging
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 1
    corpus_weight = corpus_weight or {}
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            example = examples[index]
            scores = [_span_scores(weights, fs, labels) for fs in example.features]
            # cost-augmented: a reading the annotation rules out must lose by a margin, so
            # the weights keep learning after the first right answer
            augmented = [
                [v + (0.0 if example.allowed[k] >> label & 1 else margin)
                 for label, v in enumerate(s)]
                for k, s in enumerate(scores)
            ]
            # the reading the engine itself would make (its own decoder), then the best one
            # the annotation allows
            predicted = [(example.spans.index((i, j)), label) for i, j, label
                         in best_segmentation(example.n, example.spans, augmented)]
            gold = _decode(example, scores, frozenset(predicted))
            if predicted != gold and gold:
                rate = corpus_weight.get(example.corpus, 1.0)
                for k, label in gold:
                    for f in example.features[k]:
                        weights[f][label] += rate
                        totals[f][label] += step * rate
                for k, label in predicted:
                    for f in example.features[k]:
                        weights[f][label] -= rate
                        totals[f][label] -= step * rate
            step += 1
    return [[w - t / step for w, t in zip(ws, ts, strict=True)] for ws, ts in zip(weights, totals, strict=True)]


def train_averaged(examples: Sequence[Example], size: int, epochs: int = DEFAULT_EPOCHS,
                   seed: int = DEFAULT_SEED, rounds: int = DEFAULT_ROUNDS,
                   **options: object) -> list[list[float]]:
    """The mean of ``rounds`` fits, each reading the runs in another order: one order's luck
    (which name was met first) weighs less, so a refit on a little more text moves few
    decisions."""
    min_count = int(options.pop("min_count", DEFAULT_MIN_COUNT))  # type: ignore[call-overload]
    if min_count > 1:
        examples = _without_rare(examples, size, min_count)  # once for every round
    total: list[list[float]] | None = None
    for k in range(rounds):
        weights = train(examples, size, epochs, seed + k, min_count=1,
                        **options)  # type: ignore[arg-type]
        if total is None:
            total = weights
        else:
            for mine, theirs in zip(total, weights, strict=True):
                for label, value in enumerate(theirs):
                    mine[label] += value
    assert total is not None
    return [[value / rounds for value in ws] for ws in total]


def _without_rare(examples: Sequence[Example], size: int, min_count: int) -> list[Example]:
    counts = [0] * size
    for example in examples:
        for f in {f for fs in example.features for f in fs}:
            counts[f] += 1
    kept: list[Example] = []
    for example in examples:
        features = [[f for f in fs if counts[f] >= min_count] for fs in example.features]
        kept.append(Example(example.corpus, example.n, example.spans, features, example.allowed,
                            example.free, example.covered))
    return kept


def _span_scores(weights: list[list[float]], features: list[int], labels: int) -> list[float]:
    s = [0.0] * labels
    for f in features:
        w = weights[f]
        for label in range(labels):
            s[label] += w[label]
    return s


def model_from(averaged: list[list[float]], vocabulary: Vocabulary) -> NameModel:
    """The averaged weights as a model, evidence whose weights round to zero left out."""
    kept: dict[str, tuple[float, ...]] = {}
    for key, ws in zip(vocabulary.keys, averaged, strict=False):
        rounded = tuple(round(w, 3) for w in ws)
        if any(rounded):
            kept[key] = rounded
    return NameModel.from_weights(kept)


def fit(paths: Sequence[Path], epochs: int = DEFAULT_EPOCHS, seed: int = DEFAULT_SEED,
        corpus_weight: dict[str, float] | None = None) -> NameModel:
    vocabulary = Vocabulary()
    examples: list[Example] = []
    for path in paths:
        examples.extend(read_corpus(path, vocabulary))
    averaged = train_averaged(examples, len(vocabulary.keys), epochs, seed,
                              corpus_weight=corpus_weight)
    return model_from(averaged, vocabulary)


def _digest(path: Path) -> tuple[str, int]:
    data = path.read_bytes()
    documents = sum(1 for line in data.splitlines() if line.strip())
    return hashlib.sha256(data).hexdigest(), documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", type=Path, metavar="CORPUS.jsonl")
    parser.add_argument("--out", type=Path, required=True, help="the weights file to write")
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--weight", action="append", default=[], metavar="CORPUS=W",
                        help="count the documents of one corpus (its file name without .jsonl) "
                        "W times as much (repeatable): a small corpus in newsview's own "
                        "conventions")
    args = parser.parse_args(argv)
    weights = {name: float(w) for name, w in (item.split("=", 1) for item in args.weight)}
    model = fit(args.corpora, args.epochs, args.seed, weights)
    header = [
        "newsview name model: evidence weights per type, fitted by newsview.models.data.fit_names",
        f"passes {args.epochs}, seed {args.seed}, rounds {DEFAULT_ROUNDS}, margin {DEFAULT_MARGIN}, "
        f"evidence seen in at least {DEFAULT_MIN_COUNT} runs, "
        f"{len(model.index)} pieces of evidence",
        "weights " + (", ".join(args.weight) or "none"),
    ]
    for path in args.corpora:
        digest, documents = _digest(path)
        header.append(f"corpus {path.name}: {documents} documents, sha256 {digest}")
    args.out.write_bytes(write_weights(model, header))
    # the load-fast cache beside it, made from the file as written (rounded as it is)
    written = read_weights(gzip.decompress(args.out.read_bytes()).decode("utf-8").split("\n"))
    args.out.with_name(WEIGHTS_CACHE).write_bytes(cache_bytes(written))
    print(f"wrote {args.out} ({len(model.index)} pieces of evidence)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
