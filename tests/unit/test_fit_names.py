"""The name model's fitting: reproducible bytes, newsview's conventions read into the corpora,
and weights the engine loads. The corpus here is three GUM news documents (texts CC BY 2.5,
annotations CC BY 4.0; see tests/data/README-fit-sample.md)."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsview.models.analysis import analyse
from newsview.models.data import fit_names
from newsview.models.names import read_weights

SAMPLE = Path(__file__).parent.parent / "data" / "fit-sample.jsonl"


def test_refitting_gives_the_same_weights_file(tmp_path: Path) -> None:
    first, second = tmp_path / "first.tsv.gz", tmp_path / "second.tsv.gz"
    assert fit_names.main([str(SAMPLE), "--out", str(first), "--epochs", "2"]) == 0
    assert fit_names.main([str(SAMPLE), "--out", str(second), "--epochs", "2"]) == 0
    assert first.read_bytes() == second.read_bytes()
    lines = gzip.decompress(first.read_bytes()).decode("utf-8").split("\n")
    assert any(line.startswith("# corpus fit-sample.jsonl: 3 documents, sha256 ") for line in lines)
    model = read_weights(lines)
    assert len(model.weights) > 100 and "bias" in model.weights


def test_another_seed_gives_other_weights(tmp_path: Path) -> None:
    first, second = tmp_path / "first.tsv.gz", tmp_path / "second.tsv.gz"
    fit_names.main([str(SAMPLE), "--out", str(first), "--epochs", "2"])
    fit_names.main([str(SAMPLE), "--out", str(second), "--epochs", "2", "--seed", "7"])
    assert first.read_bytes() != second.read_bytes()


def test_a_refit_model_is_what_the_engine_reads_with(tmp_path: Path) -> None:
    out = tmp_path / "weights.tsv.gz"
    fit_names.main([str(SAMPLE), "--out", str(out), "--epochs", "2"])
    model = read_weights(gzip.decompress(out.read_bytes()).decode("utf-8").split("\n"))
    text = "The Red Cross said its teams reached Lima on Monday."
    assert analyse(text, model=model) == analyse(text, model=model)
    assert analyse(text, model=model).sentences == analyse(text).sentences


def test_titles_leave_a_persons_name_and_name_a_country_of_their_own() -> None:
    from newsview.models.candidates import Run, Token
    from newsview.models.lexicon import lexicon

    tokens, at = [], 0
    for word, key in (("U.S.", "u.s"), ("President", "president"), ("Donald", "donald"),
                      ("Trump", "trump")):
        tokens.append(Token(at, at + len(word), word, key, False))
        at += len(word) + 1
    run = Run(tokens, ["", "", ""])
    person = fit_names.LABEL_OF_TYPE["PERSON"]
    gold = [(0, person)] * 4  # GUM marks the whole phrase as one person
    read = fit_names._our_conventions(run, gold, lexicon())
    assert read[1] is None  # "President": no name
    assert read[2] == read[3] == (0, person)  # "Donald Trump"
    assert read[0] is not None and read[0][1] == fit_names.LABEL_OF_TYPE["GPE"]  # "U.S."


def test_the_shipped_cache_holds_the_shipped_weights() -> None:
    from newsview.models.names import CACHE_FORMAT, WEIGHTS_CACHE, _from_cache, tsv_model

    data = Path(__file__).parent.parent.parent / "models" / "data"
    cached = _from_cache((data / WEIGHTS_CACHE).read_bytes())
    assert cached is not None, f"{WEIGHTS_CACHE} unreadable (format {CACHE_FORMAT}): refit"
    assert cached.weights == tsv_model().weights, f"stale {WEIGHTS_CACHE}: refit"


def test_refitting_writes_the_cache_beside_the_weights(tmp_path: Path) -> None:
    from newsview.models.names import WEIGHTS_CACHE, _from_cache

    out = tmp_path / "weights.tsv.gz"
    fit_names.main([str(SAMPLE), "--out", str(out), "--epochs", "2"])
    first = (tmp_path / WEIGHTS_CACHE).read_bytes()
    cached = _from_cache(first)
    assert cached is not None
    model = read_weights(gzip.decompress(out.read_bytes()).decode("utf-8").split("\n"))
    assert cached.weights == model.weights
    fit_names.main([str(SAMPLE), "--out", str(out), "--epochs", "2"])
    assert (tmp_path / WEIGHTS_CACHE).read_bytes() == first


def test_a_persons_name_ends_at_of_and_the_name_inside_keeps_its_annotation() -> None:
    from newsview.models.candidates import Run, Token
    from newsview.models.lexicon import lexicon

    tokens, at = [], 0
    for word in ("Wu", "Chi-wai", "Democratic", "Party"):
        tokens.append(Token(at, at + len(word), word, word.lower(), False))
        at += len(word) + (8 if word == "Chi-wai" else 1)  # " of the "
    run = Run(tokens, ["", "of the", ""])
    person, org = fit_names.LABEL_OF_TYPE["PERSON"], fit_names.LABEL_OF_TYPE["ORG"]
    # GUM marks "Wu Chi-wai of the Democratic Party" a person, with the party inside it
    gold = [(0, tokens[3].end, person), (tokens[2].start, tokens[3].end, org)]
    read = fit_names._our_conventions(run, [(0, person)] * 4, lexicon(), gold)
    assert read[0] == read[1] == (0, person)
    assert read[2] == read[3] and read[2][1] == org and read[2][0] != 0


def test_a_quote_closed_before_a_name_is_read_as_the_sentence_end_not_a_title_opening() -> None:
    from newsview.models.candidates import read_runs
    from newsview.models.evidence import TextEvidence
    from newsview.models.lexicon import lexicon
    from newsview.models.text import sentence_spans

    def features_before(text: str, word: str) -> set[str]:
        runs, ctx = read_runs(text, sentence_spans(text), [], lexicon())
        run = next(r for r in runs if r.tokens[0].text == word)
        found = TextEvidence(ctx).run_spans(run)
        return {f for f in found.features(found.spans[0]) if f.startswith("previous_char:")}

    closed = features_before('He said it was "a dangerous idea." Shares in Quorin fell.', "Shares")
    assert closed == {"previous_char:."}
    opened = features_before('The band released "Hollow Lantern" in May.', "Hollow")
    assert opened == {'previous_char:"'}
