"""The word lists: loaded lazily once, folded keys, sources documented, small on disk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsview.models import lexicon as lexicon_module
from newsview.models.lexicon import lexicon, phrase_key

DATA = Path(__file__).resolve().parents[2] / "models" / "data"


def test_importing_the_engine_does_not_load_the_lists():
    code = (
        "import newsview.models.analysis, newsview.models.lexicon as l;"
        "print(l.lexicon.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_lists_load_once_per_process():
    assert lexicon() is lexicon()


def test_keys_are_folded():
    assert phrase_key("  Perú  del   Sur ") == "peru del sur"


def test_countries_aliases_and_demonyms():
    lex = lexicon()
    assert lex.places["peru"].is_country
    assert lex.places["u.s."].name == lex.places["united states"].name == lex.places["america"].name
    assert lex.demonyms["peruvian"] == "Peru"
    assert lex.demonyms["south korean"] == "South Korea"
    assert lex.demonyms["european"] == "Europe"


def test_cities_states_and_regions():
    lex = lexicon()
    assert lex.places["lima"].type == "GPE" and not lex.places["lima"].is_country
    assert lex.places["new mexico"].type == "GPE"
    assert lex.places["middle east"].type == "LOC"


def test_word_roles():
    lex = lexicon()
    assert "prime minister" in lex.titles and "president" in lex.titles
    assert "embassy" in lex.org_words and "airport" in lex.loc_words
    assert "festival" in lex.other_words and "county" in lex.gpe_words
    assert "muslims" in lex.group_nouns and "peruvians" in lex.group_nouns
    assert "claudia" in lex.first_names
    assert "security" in lex.common_words and "peru" not in lex.common_words


def test_every_list_has_its_source_and_the_lists_stay_small():
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    lists = [p for p in DATA.iterdir() if p.suffix in (".txt", ".tsv", ".gz")]
    assert lists
    for path in lists:
        assert f"`{path.name}`" in sources, path.name
    # lists ~700 KB (surnames 320 KB) + pre-folded cache ~220 KB + the name model's weights
    # ~400 KB (the mark for the weights: under 5 MB)
    assert sum(p.stat().st_size for p in lists) < 2_000_000
    assert (DATA / "name_weights.tsv.gz").stat().st_size < 5_000_000


def test_a_city_known_with_a_qualifier_is_known_without_it():
    lex = lexicon()
    assert lex.places["frankfurt"].type == "GPE"  # Frankfurt am Main
    assert lex.places["newcastle"].type == "GPE"  # Newcastle upon Tyne


def test_former_states_and_historic_regions_are_places():
    lex = lexicon()
    assert {lex.places[k].type for k in ("soviet union", "yugoslavia", "brittany")} == {"GPE"}


def test_the_prefolded_cache_gives_the_same_lexicon_as_the_lists():
    from_lists = lexicon_module._lexicon_from_lists()
    from_cache = lexicon_module._lexicon_from_prefolded()
    assert from_cache is not None, "lexicon.marshal.gz unreadable: run build_lists.py --prefold"
    assert from_cache == from_lists, "stale lexicon.marshal.gz: run build_lists.py --prefold"
    assert lexicon() == from_lists


def test_the_prefolded_cache_is_written_deterministically():
    written = lexicon_module.prefolded_bytes(lexicon_module._lexicon_from_lists())
    assert written == (DATA / lexicon_module.PREFOLDED).read_bytes()


def test_a_missing_or_foreign_cache_falls_back_to_the_lists(monkeypatch):
    monkeypatch.setattr(lexicon_module, "PREFOLDED", "no-such-file.marshal.gz")
    assert lexicon_module._lexicon_from_prefolded() is None
    monkeypatch.setattr(lexicon_module, "PREFOLDED", "lexicon.marshal.gz")
    monkeypatch.setattr(lexicon_module, "PREFOLDED_FORMAT", -1)
    assert lexicon_module._lexicon_from_prefolded() is None
    monkeypatch.setattr(lexicon_module, "PREFOLDED", "places.tsv.gz")  # not marshal data
    assert lexicon_module._lexicon_from_prefolded() is None


def test_given_names_of_other_countries_are_given_names():
    names = lexicon().first_names
    # German, Russian as news transliterates it, Turkish, Italian, Icelandic
    for name in ("wolfgang", "helmut", "dmitry", "dmitri", "sergei", "vladimir", "recep", "silvio"):
        assert name in names, name
    # an English word or an organisation the lists name is no given name however a country
    # names its children ("Can", "Duma")
    for word in ("can", "duma", "president"):
        assert word not in names, word
