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
    lines = gzip.decompress(first.read_bytes()).decode("utf-8").splitlines()
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
    model = read_weights(gzip.decompress(out.read_bytes()).decode("utf-8").splitlines())
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
