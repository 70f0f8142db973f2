"""``newsview extract``: output shapes, exit codes, messages, ids, the --date fallback, stdin,
and the rule that annotation keys in the input never change the output.

The engine is exercised for shape and behaviour only (its content has its own tests)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from bad_inputs import write_bad_inputs  # tests/ is on sys.path

from newsview.models import __version__
from newsview.models.analysis import analyse
from newsview.models.document import (
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Span,
    Timex,
    text_hash,
)
from newsview.models.export import CSV_HEADER, article_record, write_csv, write_json, write_jsonl
from newsview.models.fetch import FetchOptions
from newsview.tui.cli import main

DATA = Path(__file__).parent / "data"
SEED_INPUT = DATA / "seed-article.input.jsonl"
ARTICLE_KEYS = ["id", "path", "title", "author", "source", "url", "published", "published_from",
                "encoding", "warnings", "entities", "timexes", "chronology"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def write(path: Path, content: str | bytes) -> str:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


# ----------------------------------------------------------------------------- shapes


def test_json_is_one_object_with_every_article_in_the_documented_shape(capsys, tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", "The mayor of Lima spoke on Monday.\n")
    second = write(tmp_path / "second.md", "---\ntitle: Two\ndate: 2024-01-02\n---\nA second text.\n")
    code, out, err = run(capsys, "extract", first, second)
    assert (code, err) == (0, [])
    data = json.loads(out)
    assert list(data) == ["newsview", "articles"] and data["newsview"] == __version__
    assert [list(a) for a in data["articles"]] == [ARTICLE_KEYS, ARTICLE_KEYS]
    one, two = data["articles"]
    assert (one["id"], one["path"], one["title"], one["encoding"]) == ("first", first, None, "utf-8")
    assert (two["title"], two["published"], two["published_from"]) == ("Two", "2024-01-02", "metadata")


def test_json_output_matches_the_engine_with_qualified_entity_ids(capsys) -> None:
    code, out, _ = run(capsys, "extract", str(SEED_INPUT))
    assert code == 0
    article = json.loads(out)["articles"][0]
    record = json.loads(SEED_INPUT.read_text(encoding="utf-8"))
    analysis = analyse(record["text"], date.fromisoformat(record["dct"]))
    prefix = record["id"] + "/"
    assert [e["id"] for e in article["entities"]] == [prefix + e.id for e in analysis.entities]
    assert [[(m["start"], m["end"], m["text"], m["form"]) for m in e["mentions"]] for e in article["entities"]] == [
        [(m.start, m.end, m.text, m.form) for m in e.mentions] for e in analysis.entities
    ]
    assert [(t["start"], t["end"], t["value"]) for t in article["timexes"]] == sorted(
        (t.start, t.end, t.value) for t in analysis.timexes
    )
    assert [ev["entities"] for ev in article["chronology"]] == [
        [prefix + e for e in ev.entities] for ev in analysis.chronology
    ]


def test_scorer_reads_extract_output_without_problems(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "extract", "--format", "json", str(SEED_INPUT))
    predictions = tmp_path / "out.json"
    predictions.write_text(out, encoding="utf-8")
    gold = DATA / "seed-article.jsonl"
    scored = subprocess.run(
        [sys.executable, str(DATA / "score.py"), str(gold), str(predictions), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert scored.returncode == 0, scored.stderr
    assert not json.loads(scored.stdout).get("problems")


def test_jsonl_is_one_article_object_a_line_with_the_version(capsys, tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.txt", f"Text number {n}.") for n in "ab"]
    code, out, _ = run(capsys, "extract", "--format", "jsonl", *paths)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    for line, name in zip(lines, "ab", strict=True):
        record = json.loads(line)
        assert list(record) == ["newsview", *ARTICLE_KEYS]
        assert (record["newsview"], record["id"]) == (__version__, name)


def test_csv_has_a_header_and_crlf_rows(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "extract", "--format", "csv", str(SEED_INPUT))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    assert out.startswith(",".join(CSV_HEADER) + "\r\n")
    record = json.loads(SEED_INPUT.read_text(encoding="utf-8"))
    analysis = analyse(record["text"], date.fromisoformat(record["dct"]))
    mentions = sum(len(e.mentions) for e in analysis.entities)
    assert [row[0] for row in rows[1:]] == ["mention"] * mentions + ["event"] * len(analysis.chronology)
    assert len(analysis.chronology) > 0


# ----------------------------------------------------------------------------- export functions


def made_up_analysis(text: str) -> Analysis:
    """A hand-built analysis (independent of the engine) with awkward characters in names."""
    assert text[24:28] == "2023" and text[37:41] == "2024" and text[30:36] == "Limeño"
    quoted = Entity("e1", 'Acme, "The" Co', "ORG", (Mention(0, 14, text[0:14]),))
    place = Entity("e2", "Lima", "GPE", (Mention(18, 22, "Lima"), Mention(30, 36, text[30:36], "demonym")))
    timexes = (Timex(37, 41, text[37:41], "DATE", "2024"), Timex(24, 28, text[24:28], "DATE", "2023"))
    chronology = (Event("2023", 1, 0, len(text), text, ("e1", "e2")), Event("2024", 0, 0, len(text), text, ("e2",)))
    return Analysis((Span(0, len(text)),), (quoted, place), timexes, chronology)


TEXT = 'Acme, "The" Co in Lima (2023) Limeño 2024'


def test_article_record_qualifies_ids_and_sorts_timexes_keeping_chronology_indexes() -> None:
    article = Article(id="a1", path="p.txt", text=TEXT, published=date(2024, 5, 6), published_from="option")
    record = article_record(article, made_up_analysis(TEXT))
    assert [e["id"] for e in record["entities"]] == ["a1/e1", "a1/e2"]
    assert [t["value"] for t in record["timexes"]] == ["2023", "2024"]
    assert [(ev["value"], record["timexes"][ev["timex"]]["value"]) for ev in record["chronology"]] == [
        ("2023", "2023"),
        ("2024", "2024"),
    ]
    assert [ev["entities"] for ev in record["chronology"]] == [["a1/e1", "a1/e2"], ["a1/e2"]]
    assert (record["published"], record["published_from"]) == ("2024-05-06", "option")


def test_csv_quotes_commas_and_quotes_rfc4180() -> None:
    article = Article(id='id,"1"', path="p.txt", text=TEXT)
    stream = io.StringIO(newline="")
    write_csv([(article, made_up_analysis(TEXT))], stream)
    lines = stream.getvalue().split("\r\n")
    # every row ends with whether it was corrected, then the article's title, date, source,
    # address and author (none here)
    assert lines[1] == 'mention,"id,""1""","id,""1""/e1","Acme, ""The"" Co",ORG,0,14,"Acme, ""The"" Co",name,,,,,,,,,'
    assert lines[3] == 'mention,"id,""1""","id,""1""/e2",Lima,GPE,30,36,Limeño,demonym,,,,,,,,,'
    # the chronology follows: the sentence, the time expression, its value, who is named
    sentence = '"Acme, ""The"" Co in Lima (2023) Limeño 2024"'
    assert lines[4] == f'event,"id,""1""",,,DATE,0,41,{sentence},,2023,2023,"id,""1""/e1 id,""1""/e2",,,,,,'
    assert lines[5] == f'event,"id,""1""",,,DATE,0,41,{sentence},,2024,2024,"id,""1""/e2",,,,,,'
    assert lines[-1] == "" and len(lines) == 7


def test_front_matter_source_url_and_author_are_kept_in_the_output(capsys, tmp_path: Path) -> None:
    story = write(tmp_path / "s.md", "---\nsource: Wire\nurl: https://x.example/a\nauthor: Ana Ruiz\n---\nText.\n")
    code, out, _ = run(capsys, "extract", story)
    article = json.loads(out)["articles"][0]
    assert (article["source"], article["url"], article["author"]) == ("Wire", "https://x.example/a", "Ana Ruiz")


def test_csv_rows_carry_the_articles_title_date_source_address_and_author(capsys, tmp_path: Path) -> None:
    story = write(tmp_path / "s.md", "---\ntitle: T\ndate: 2024-01-02\nsource: Wire\nurl: "
                  "https://x.example/a\nauthor: Ana Ruiz\n---\nMaria Lopez spoke in Lima on Monday.\n")
    code, out, _ = run(capsys, "extract", "--no-cache", "--format", "csv", story)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert code == 0 and rows and {row["kind"] for row in rows} == {"mention", "event"}
    for row in rows:
        assert (row["title"], row["published"], row["source"], row["url"], row["author"]) == (
            "T", "2024-01-02", "Wire", "https://x.example/a", "Ana Ruiz")


def test_text_only_articles_are_listed_without_analysis() -> None:
    article = Article(id="big", path="big.txt", text="x")
    out = io.StringIO()
    write_jsonl([(article, None)], out)
    record = json.loads(out.getvalue())
    assert (record["entities"], record["timexes"], record["chronology"]) == ([], [], [])


def test_json_writer_escapes_terminal_controls_left_in_paths() -> None:
    article = Article(id="x", path="odd\x9b2J\u202e.txt", text="T.")
    out = io.StringIO()
    write_json([(article, None)], out)
    assert "\x9b" not in out.getvalue() and "\u202e" not in out.getvalue()
    assert json.loads(out.getvalue())["articles"][0]["path"] == "odd\x9b2J\u202e.txt"


def test_json_with_no_articles_is_still_valid() -> None:
    out = io.StringIO()
    write_json([], out)
    assert json.loads(out.getvalue()) == {"newsview": __version__, "articles": []}


# ----------------------------------------------------------------------------- the input


def test_annotation_keys_in_a_record_never_change_the_output(capsys, tmp_path: Path) -> None:
    record = json.loads(SEED_INPUT.read_text(encoding="utf-8"))
    plain = write(tmp_path / "plain.jsonl", json.dumps(record) + "\n")
    wrong = dict(record)
    wrong["entities"] = [{"start": 0, "end": 9, "text": "On Novemb", "type": "PERSON", "cluster": "x"}]
    wrong["timexes"] = [{"start": 3, "end": 11, "text": "November", "type": "SET", "value": "1999"}]
    wrong["chronology"] = [{"value": "1000"}]
    wrong["demonyms"] = ["Peruvian"]
    annotated = write(tmp_path / "annotated.jsonl", json.dumps(wrong) + "\n")
    outputs = []
    for path in (plain, annotated):
        code, out, _ = run(capsys, "extract", path)
        assert code == 0
        article = json.loads(out)["articles"][0]
        outputs.append({k: v for k, v in article.items() if k != "path"})
    assert outputs[0] == outputs[1]


def test_duplicate_ids_are_numbered_and_warned_on_stderr(capsys, tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.json", json.dumps({"id": "dup", "text": "Same id."})) for n in "ab"]
    code, out, err = run(capsys, "extract", *paths)
    assert code == 0
    assert [a["id"] for a in json.loads(out)["articles"]] == ["dup", "dup#2"]
    assert err == [f"{paths[1]}: dup#2: warning: duplicate id 'dup': renamed 'dup#2'"]


def test_date_option_is_a_fallback_after_metadata(capsys, tmp_path: Path) -> None:
    dated = write(tmp_path / "dated.json", json.dumps({"text": "T.", "dct": "2010-10-10"}))
    undated = write(tmp_path / "undated.txt", "No date here.")
    code, out, _ = run(capsys, "extract", "--date", "2020-02-02", dated, undated)
    articles = json.loads(out)["articles"]
    assert code == 0
    assert [(a["published"], a["published_from"]) for a in articles] == [
        ("2010-10-10", "metadata"),
        ("2020-02-02", "option"),
    ]


def test_stdin_dash(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Text from a pipe.\n"))
    code, out, _ = run(capsys, "extract", "-")
    assert code == 0
    article = json.loads(out)["articles"][0]
    assert (article["id"], article["path"]) == ("stdin", "-")


def test_an_article_over_the_limit_is_listed_as_text_only(capsys, tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "Lima. " * 300_000)  # 1.8 MB
    code, out, err = run(capsys, "extract", "--max-article-mb", "1", path)
    article = json.loads(out)["articles"][0]
    assert code == 0
    assert (article["entities"], article["timexes"], article["chronology"]) == ([], [], [])
    assert article["warnings"][0].startswith("text only")
    assert len(err) == 1 and err[0].startswith(f"{path}: big: warning: text only")


# ----------------------------------------------------------------------------- exit codes


def test_unreadable_inputs_exit_1_after_printing_the_readable_ones(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    cases = write_bad_inputs(folder)
    code, out, err = run(capsys, "extract", str(folder), str(tmp_path / "missing.txt"))
    assert code == 1
    printed = json.loads(out)["articles"]
    assert len(printed) == sum(c.articles for c in cases)
    problems = [line for line in err if ": warning: " not in line]
    assert len(problems) == sum(1 for c in cases if c.problem) + 1
    for line in err:
        assert line.startswith(str(tmp_path))
        assert not any(ch in line for ch in "\x1b\x07\x9b")
    assert err[-1] == f"{tmp_path / 'missing.txt'}: no such file or directory"


def test_nothing_found_exits_1(capsys, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "extract", str(tmp_path / "empty"))
    assert code == 1
    assert json.loads(out)["articles"] == []
    assert err == [f"{tmp_path / 'empty'}: no .txt, .md, .json, .jsonl, .html, .htm, .rss or .atom files in this directory"]


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "--format", "xml", "x.txt"],
        ["extract", "--date", "04/11/2025", "x.txt"],
        ["extract", "--date", "2025-02-30", "x.txt"],
        ["extract", "--max-article-mb", "0", "x.txt"],
        ["extract", "--max-article-mb", "nan", "x.txt"],
        ["extract", "--no-such-option", "x.txt"],
        ["--date", "soon"],
    ],
)
def test_wrong_usage_exits_2_with_a_message(capsys, args: list[str]) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert any("error" in line for line in err)


def test_help_and_version_exit_0(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "newsview extract" in out
    code, out, _ = run(capsys, "extract", "--help")
    assert code == 0 and "--max-article-mb" in out and "--format" in out
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (0, f"newsview {__version__}")


def test_the_console_script_runs_in_a_fresh_process(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "Caf\xe9 in Lima.".encode("cp1252"))
    done = subprocess.run(
        [sys.executable, "-m", "newsview.tui", "extract", "--format", "jsonl", path, str(tmp_path / "nope.txt")],
        capture_output=True, timeout=120, env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"},
    )
    assert done.returncode == 1
    record = json.loads(done.stdout.decode("utf-8"))
    assert (record["encoding"], record["id"]) == ("cp1252", "story")
    assert done.stderr.decode().splitlines()[-1] == f"{tmp_path / 'nope.txt'}: no such file or directory"


# ----------------------------------------------------------------------------- the app branch


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Stand in for the Textual app: records how it was constructed and that it ran, and that
    the first article's analysis was started (faked: no child process) and handed to it."""
    calls: list[dict] = []
    started: list[tuple] = []

    class NewsviewApp:
        def __init__(
            self, paths: list[str], default_date: date | None = None, first_analysis=None,
            stdin_data: bytes | None = None, fetch_options=None, store_path: str | None = None,
            cache=None, cache_note=None,
        ) -> None:
            assert first_analysis is not None and first_analysis == started[-1]
            calls.append({"paths": paths, "default_date": default_date})
            if store_path is not None:
                calls[-1]["store_path"] = store_path
            if cache is None:
                calls[-1]["no_cache"] = True
            if cache_note is not None:
                calls[-1]["cache_note"] = cache_note
            if stdin_data is not None:
                calls[-1]["stdin_data"] = stdin_data
            if fetch_options is not None and fetch_options != FetchOptions():
                calls[-1]["fetch_options"] = fetch_options

        def run(self) -> None:
            calls[-1]["ran"] = True

    def start_first_analysis(paths, default_date, stdin_data=None, fetch_options=None) -> tuple:
        started.append(("started", tuple(paths), default_date, stdin_data))
        return started[-1]

    import newsview.tui.first_article as first_article

    monkeypatch.setattr(first_article, "start_first_analysis", start_first_analysis)
    module = types.ModuleType("newsview.tui.app")
    module.NewsviewApp = NewsviewApp  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsview.tui.app", module)
    return calls


def test_no_subcommand_opens_the_app_on_the_paths(fake_app: list[dict]) -> None:
    assert main(["a.txt", "dir", "--date", "2025-11-04"]) == 0
    assert fake_app == [{"paths": ["a.txt", "dir"], "default_date": date(2025, 11, 4), "ran": True}]


def test_the_store_option_reaches_the_app(fake_app: list[dict]) -> None:
    assert main(["a.txt", "--store", "my.sqlite3"]) == 0
    assert fake_app[0]["store_path"] == "my.sqlite3"


def test_the_app_opens_the_users_cache_or_the_one_given_or_none(fake_app: list[dict], tmp_path: Path) -> None:
    assert main(["a.txt"]) == 0 and "no_cache" not in fake_app[-1]
    assert main(["a.txt", "--no-cache"]) == 0 and fake_app[-1]["no_cache"]
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"junk" * 100)
    assert main(["a.txt", "--cache", str(bad)]) == 0
    assert fake_app[-1]["no_cache"] and str(bad) in fake_app[-1]["cache_note"]


def test_no_path_opens_the_seeds(fake_app: list[dict]) -> None:
    assert main([]) == 0
    assert [Path(p).name for p in fake_app[0]["paths"]] == ["peru-mexico-2025-11-04.txt"]


def test_a_file_named_extract_opens_with_a_path_prefix(fake_app: list[dict]) -> None:
    assert main(["./extract"]) == 0
    assert fake_app[0]["paths"] == ["./extract"]


def piped_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Standard input as a real pipe holding ``data``."""
    read_end, write_end = os.pipe()
    os.write(write_end, data)
    os.close(write_end)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(os.fdopen(read_end, "rb")))


def test_piped_input_with_no_path_is_read_before_the_app_takes_the_terminal(
    fake_app: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsview.tui.cli as cli

    switched: list[bool] = []
    monkeypatch.setattr(cli, "_keys_from_the_terminal", lambda: switched.append(True) or True)
    piped_stdin(monkeypatch, b"question time\n")
    assert main([]) == 0
    assert fake_app == [{"paths": ["-"], "default_date": None, "stdin_data": b"question time\n", "ran": True}]
    assert switched == [True]


def test_piped_input_without_a_terminal_says_to_use_extract(
    fake_app: list[dict], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import newsview.tui.cli as cli

    monkeypatch.setattr(cli, "_keys_from_the_terminal", lambda: False)
    piped_stdin(monkeypatch, b"Tony Blair met Gordon Brown.\n")
    assert main(["-"]) == 2
    assert "newsview extract" in capsys.readouterr().err and fake_app == []


def test_web_options_reach_the_app(fake_app: list[dict]) -> None:
    assert main(["https://example.org/feed", "--fetch-items", "--jobs", "3", "--timeout", "5"]) == 0
    assert fake_app[0]["fetch_options"] == FetchOptions(timeout=5.0, fetch_items=True, jobs=3)


def test_help_speaks_of_the_one_sample_article_urls_feeds_and_pipes(capsys) -> None:
    assert main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "sample article." in text and "sample articles" not in text
    for words in ("http(s)://", "RSS/Atom", "standard input", "--fetch-items", "--jobs N"):
        assert words in text


@pytest.mark.parametrize("output_format", ["json", "jsonl", "csv"])
def test_no_terminal_control_reaches_stdout_from_hostile_inputs(capsys, tmp_path: Path, output_format: str) -> None:
    write_bad_inputs(tmp_path)
    code, out, _ = run(capsys, "extract", "--format", output_format, str(tmp_path))
    assert code == 1
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e")


@pytest.mark.parametrize("writer", [write_json, write_jsonl, write_csv])
def test_writers_stream_article_by_article(writer) -> None:
    out = io.StringIO()

    def pairs():
        yield Article(id="first", path="a.txt", text=TEXT), made_up_analysis(TEXT)
        assert "first" in out.getvalue()  # written before the next article is even read
        yield Article(id="second", path="b.txt", text=TEXT), made_up_analysis(TEXT)

    assert writer(pairs(), out) == 2
    assert "second" in out.getvalue()


# ----------------------------------------------------------------------------- the web


def test_extract_reads_urls_and_feeds_and_names_each_failed_url(capsys, web) -> None:
    page, feed, missing = (web.url(p) for p in (
        "/politics/blair-brown-timetable.html", "/feeds/atom.xml", "/missing-page.html"))
    code, out, err = run(capsys, "extract", "--timeout", "2", page, missing, feed)
    assert code == 1  # one input could not be read
    assert err == [f"{missing}: HTTP 404 Not Found"]
    articles = json.loads(out)["articles"]
    assert [(a["id"], a["published_from"]) for a in articles] == [
        ("blair-brown-timetable", "page"), ("harbour-reopens", "metadata"), ("ferries-resume", "metadata")]
    assert (articles[0]["author"], articles[0]["source"]) == ("Jane Morrison", "Daily Chronicle")
    assert articles[0]["url"] == "https://news.example.org/politics/blair-brown-timetable"


def test_extract_fetch_items_with_jobs(capsys, web) -> None:
    code, out, err = run(capsys, "extract", "--fetch-items", "--jobs", "2", web.url("/feeds/rss.xml"))
    assert code == 0, err
    articles = json.loads(out)["articles"]
    assert [a["published_from"] for a in articles] == ["page", "page", "metadata"]
    assert any("HTTP 404" in line for line in err)  # the third item's warning


def test_explain_adds_why_to_entities_and_time_expressions(capsys, tmp_path: Path) -> None:
    text = "Tony Blair met George Bush in Washington on Monday. Later Blair said Labour won.\n"
    path = write(tmp_path / "blair.txt", text)
    code, out, err = run(capsys, "extract", "--explain", "--date", "2005-03-01", path)
    assert (code, err) == (0, [])
    article = json.loads(out)["articles"][0]
    blair = next(e for e in article["entities"] if e["name"] == "Tony Blair")
    assert blair["type"] == "PERSON"
    assert blair["why"]["links"] == [["Blair", "Tony Blair", "surname of"]]
    evidence = blair["why"]["type"]
    assert evidence and all(isinstance(w, str) and isinstance(v, float) for w, v in evidence)
    assert evidence[0][1] == max(v for _, v in evidence)  # the strongest first
    labour = next(e for e in article["entities"] if e["name"] == "Labour")
    assert labour["type"] == "ORG" and "convention" in labour["why"]["type"][0][0]
    monday = next(t for t in article["timexes"] if t["text"] == "Monday")
    assert monday["value"] == "2005-02-28" and "past tense" in monday["why"][0]
    # without --explain, the same output with no "why"
    code, plain, _ = run(capsys, "extract", "--date", "2005-03-01", path)
    plain_article = json.loads(plain)["articles"][0]
    assert all("why" not in e for e in plain_article["entities"] + plain_article["timexes"])
    for entity in article["entities"]:
        del entity["why"]
    for timex in article["timexes"]:
        del timex["why"]
    assert article == plain_article


# ----------------------------------------------------------------------------- scale: jobs, cache


def corpus(tmp_path: Path, count: int = 12) -> str:
    """A JSON-lines file of ``count`` distinct articles (the fit sample's texts, repeated with
    distinct ids and a sentence of their own)."""
    records = [json.loads(line) for line in (DATA / "fit-sample.jsonl").read_text().splitlines()]
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for n in range(count):
            record = records[n % len(records)]
            text = f"{record['text']}\nReported by Anna Berg in Oslo on day {n}.\n"
            stream.write(json.dumps({"id": f"a{n}", "text": text, "date": record["dct"]}) + "\n")
    return str(path)


def test_extract_on_two_processes_writes_what_one_process_writes_in_input_order(capsys, tmp_path: Path) -> None:
    path = corpus(tmp_path)
    code_one, one, err_one = run(capsys, "extract", "--no-cache", "--jobs", "1", "--format", "jsonl", path)
    code_two, two, err_two = run(capsys, "extract", "--no-cache", "--jobs", "2", "--format", "jsonl", path)
    assert (code_one, err_one) == (code_two, err_two) == (0, [])
    assert two == one
    assert [json.loads(line)["id"] for line in two.splitlines()] == [f"a{n}" for n in range(12)]


@pytest.mark.parametrize("options", [["--format", "json"], ["--format", "csv"],
                                     ["--format", "graphml"], ["--format", "jsonl", "--explain"]])
def test_two_processes_write_what_one_writes_in_every_format(capsys, tmp_path: Path,
                                                             options: list[str]) -> None:
    path = corpus(tmp_path, 6)
    one = run(capsys, "extract", "--no-cache", "--jobs", "1", *options, path)
    two = run(capsys, "extract", "--no-cache", "--jobs", "2", *options, path)
    assert one[0] == 0 and two == one


def test_corrections_and_their_messages_are_the_same_from_two_processes(capsys, tmp_path: Path
                                                                         ) -> None:
    from newsview.models.corrections import Drop, Retype
    from newsview.tui.store import open_store

    path = corpus(tmp_path, 6)
    store_path = str(tmp_path / "s.sqlite3")
    store = open_store(store_path)
    store.add(Retype(name="Anna Berg", type="ORG"))  # every article: its output changes
    # made for one article and no longer found there: said on standard error, in input order
    first = json.loads(Path(path).read_text().splitlines()[0])
    store.add(Drop(name="Nobody Here", scope="a0", article=text_hash(first["text"])))
    store.close()
    one = run(capsys, "extract", "--no-cache", "--store", store_path, "--jobs", "1",
              "--format", "jsonl", path)
    two = run(capsys, "extract", "--no-cache", "--store", store_path, "--jobs", "2",
              "--format", "jsonl", path)
    assert two == one
    assert any("correction not applied" in line for line in one[2])
    assert all(("Anna Berg", "ORG") in [(e["name"], e["type"]) for e in json.loads(line)["entities"]]
               for line in one[1].splitlines())


class Boundary:
    """A process boundary in this process: ``submit`` pickles what goes to the "worker" and
    what comes back (as a process pool does), runs the job here, and keeps what came back."""

    def __init__(self) -> None:
        self.returned: list[object] = []

    def submit(self, function, *args):
        import pickle
        from concurrent.futures import Future

        future: Future = Future()
        try:
            result = pickle.loads(pickle.dumps(function(*pickle.loads(pickle.dumps(args)))))
        except Exception as error:
            future.set_exception(error)
        else:
            self.returned.append(result)
            future.set_result(result)
        return future


def contains_an_analysis(value: object) -> bool:
    if isinstance(value, Analysis):
        return True
    if isinstance(value, (tuple, list)):
        return any(contains_an_analysis(part) for part in value)
    return False


def test_workers_send_back_rendered_text_not_analyses(monkeypatch, capsys, tmp_path: Path) -> None:
    """Pickling ~70 frozen objects per analysis back to one process cost that process more
    than reading and writing did: the workers render, and only text crosses back."""
    import newsview.tui.analysis_runner as runner

    boundary = Boundary()
    real = runner.analyse_in_order

    def through_the_boundary(items, job_of, workers=1, cache=None, explain=False, submit=None,
                             finish=None):
        return real(items, job_of, 2, cache, explain, boundary.submit, finish)

    monkeypatch.setattr(runner, "analyse_in_order", through_the_boundary)
    path = corpus(tmp_path, 5)
    crossed = run(capsys, "extract", "--no-cache", "--format", "jsonl", path)
    monkeypatch.setattr(runner, "analyse_in_order", real)
    assert crossed == run(capsys, "extract", "--no-cache", "--jobs", "1", "--format", "jsonl", path)
    assert boundary.returned and not contains_an_analysis(boundary.returned)
    pieces = [piece for chunk in boundary.returned for (piece, _, _), kept in chunk]
    assert len(pieces) == 5 and all(isinstance(piece, str) for piece in pieces)


def test_an_article_the_engine_fails_on_or_a_dead_worker_never_loses_the_others(
        monkeypatch, capsys, tmp_path: Path) -> None:
    import newsview.models.analysis as engine
    import newsview.tui.analysis_runner as runner

    real_analyse = engine.analyse

    def fails_on_day_3(text, published, explain=False):
        if "on day 3." in text:
            raise ValueError("engine bug")
        return real_analyse(text, published, explain=explain)

    monkeypatch.setattr(engine, "analyse", fails_on_day_3)
    monkeypatch.setattr(runner, "CHUNK_CHARS", 1)  # an article a chunk
    boundary = Boundary()
    real = runner.analyse_in_order

    def dies_on_a5(function, *args):
        if any(item.id == "a5" for item, _, _ in args[0]):
            from concurrent.futures import Future
            from concurrent.futures.process import BrokenProcessPool

            died: Future = Future()
            died.set_exception(BrokenProcessPool("a worker was killed"))
            return died
        return boundary.submit(function, *args)

    def in_workers(items, job_of, workers=1, cache=None, explain=False, submit=None, finish=None):
        return real(items, job_of, 2, cache, explain, dies_on_a5, finish)

    monkeypatch.setattr(runner, "analyse_in_order", in_workers)
    code, out, err = run(capsys, "extract", "--no-cache", "--format", "jsonl", corpus(tmp_path, 8))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        "a0", "a1", "a2", "a4", "a6", "a7"]
    assert len(err) == 2
    assert "a3: analysis failed: ValueError: engine bug" in err[0]
    assert "a5: analysis failed: BrokenProcessPool: a worker was killed" in err[1]


def kills_its_worker_on_k7(item: str, analysis: object) -> str:
    """A ``finish`` that kills the worker process on article k7 (as the kernel does to a
    worker out of memory); given a failure (in this process) it only reports it."""
    if item == "k7" and isinstance(analysis, Analysis):
        os._exit(1)
    return f"{item}: {'analysed' if isinstance(analysis, Analysis) else analysis}"


def test_an_article_that_kills_its_worker_loses_only_itself_and_the_pool_starts_again() -> None:
    from newsview.tui.analysis_runner import analyse_in_order

    items = [f"k{n}" for n in range(30)]
    results = list(analyse_in_order(
        iter(items), lambda item: (item, f"Anna Berg met Tom Lee in Oslo ({item}).\n", None),
        workers=2, finish=kills_its_worker_on_k7))
    assert [item for item, _ in results] == items
    finished = dict(results)
    assert finished.pop("k7").startswith("k7: BrokenProcessPool")
    assert all(text == f"{item}: analysed" for item, text in finished.items())


def engine_state_in_a_worker(_: int) -> tuple[bool, int]:
    import gc

    return "newsview.models.analysis" in sys.modules, gc.get_freeze_count()


def test_workers_start_with_the_engine_loaded_and_run_once_in_their_fork_server() -> None:
    from newsview.tui.analysis_runner import process_pool

    pool = process_pool(2)
    try:
        loaded, frozen = pool.submit(engine_state_in_a_worker, 0).result()
    finally:
        pool.shutdown()
    # the engine's objects were built before the fork and set apart from the collector
    assert loaded and frozen > 10_000


def test_extract_uses_every_local_core_by_default(monkeypatch, capsys, tmp_path: Path) -> None:
    import newsview.tui.analysis_runner as runner

    seen: list[int] = []
    real = runner.analyse_in_order

    def spy(items, job_of, workers=1, cache=None, explain=False, submit=None, finish=None):
        seen.append(workers)
        return real(items, job_of, 1, cache, explain, submit, finish)

    monkeypatch.setattr(runner, "analyse_in_order", spy)
    monkeypatch.setattr(runner, "local_workers", lambda: 7)
    assert run(capsys, "extract", "--no-cache", corpus(tmp_path, 2))[0] == 0
    assert seen == [7]


def test_extract_reads_and_fills_the_cache_it_is_given(capsys, tmp_path: Path) -> None:
    from newsview.models.cache import AnalysisCache
    from newsview.models.document import text_hash

    path = corpus(tmp_path, 3)
    cache_path = tmp_path / "cache.sqlite3"
    code, first, _ = run(capsys, "extract", "--cache", str(cache_path), "--format", "jsonl", path)
    assert code == 0
    records = [json.loads(line) for line in first.splitlines()]
    cache = AnalysisCache(cache_path)
    texts = [json.loads(line) for line in Path(path).read_text().splitlines()]
    for record in texts:
        published = date.fromisoformat(record["date"])
        assert cache.get(text_hash(record["text"]), published) is not None  # filled
    # A planted analysis shows the cache is read: the second article's comes from it.
    planted = Analysis((), (Entity("x", "Planted", "ORG", (Mention(0, 1, texts[1]["text"][0]),)),), (), ())
    cache.put(text_hash(texts[1]["text"]), date.fromisoformat(texts[1]["date"]), planted)
    cache.close()
    code, second, _ = run(capsys, "extract", "--cache", str(cache_path), "--format", "jsonl", path)
    again = [json.loads(line) for line in second.splitlines()]
    assert [e["name"] for e in again[1]["entities"]] == ["Planted"]
    assert again[0] == records[0] and again[2] == records[2]
    code, fresh, _ = run(capsys, "extract", "--no-cache", "--format", "jsonl", path)
    assert fresh == first


def test_workers_read_and_fill_the_cache_and_a_damaged_value_is_analysed_again(
        capsys, tmp_path: Path) -> None:
    """The cache's bytes go to the workers and the bytes of what they computed come back."""
    import sqlite3

    from newsview.models.cache import AnalysisCache

    path = corpus(tmp_path, 6)
    cache_path = tmp_path / "cache.sqlite3"
    fresh = run(capsys, "extract", "--no-cache", "--jobs", "1", "--format", "jsonl", path)
    filled = run(capsys, "extract", "--cache", str(cache_path), "--jobs", "2", "--format", "jsonl",
                 path)
    assert filled == fresh
    texts = [json.loads(line) for line in Path(path).read_text().splitlines()]
    cache = AnalysisCache(cache_path)
    for record in texts:  # every analysis the workers computed, stored as the engine gives it
        published = date.fromisoformat(record["date"])
        assert cache.get(text_hash(record["text"]), published) == analyse(record["text"], published)
    cache.close()
    db = sqlite3.connect(cache_path)
    db.execute("UPDATE analyses SET data = x'00ff' WHERE text_hash = ?", (text_hash(texts[2]["text"]),))
    db.commit()
    db.close()
    assert run(capsys, "extract", "--cache", str(cache_path), "--jobs", "2", "--format", "jsonl",
               path) == fresh
    cache = AnalysisCache(cache_path)  # the damaged value was analysed again and overwritten
    published = date.fromisoformat(texts[2]["date"])
    assert cache.get(text_hash(texts[2]["text"]), published) == analyse(texts[2]["text"], published)
    cache.close()


def test_a_warm_run_starts_no_pool_until_there_is_work_for_one(monkeypatch, capsys,
                                                               tmp_path: Path) -> None:
    import newsview.tui.analysis_runner as runner

    path = corpus(tmp_path, 4)
    cache = str(tmp_path / "cache.sqlite3")
    cold = run(capsys, "extract", "--cache", cache, "--jobs", "2", "--format", "jsonl", path)
    started: list[int] = []
    real_pool = runner.process_pool

    def counted(workers: int):
        started.append(workers)
        return real_pool(workers)

    monkeypatch.setattr(runner, "process_pool", counted)
    assert run(capsys, "extract", "--cache", cache, "--jobs", "2", "--format", "jsonl", path) == cold
    assert started == []  # every analysis read from the cache and rendered here: ~1 ms
    monkeypatch.setattr(runner, "POOL_AFTER_SECONDS", 0.0)  # as if there were thousands
    monkeypatch.setattr(runner, "CHUNK_CHARS", 1)
    assert run(capsys, "extract", "--cache", cache, "--jobs", "2", "--format", "jsonl", path) == cold
    assert started == [2]


def test_extract_with_a_cache_it_cannot_use_says_so_once_and_carries_on(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 50)
    path = corpus(tmp_path, 2)
    code, out, err = run(capsys, "extract", "--cache", str(bad), "--format", "jsonl", path)
    assert code == 0 and len(out.splitlines()) == 2
    assert len(err) == 1 and str(bad) in err[0] and "not used" in err[0]
    assert bad.read_bytes() == b"garbage" * 50


def test_graphml_writes_the_cooccurrence_graph(capsys, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    first = write(tmp_path / "a.txt", "Maria Lopez met John Smith in Paris on Monday.\n")
    second = write(tmp_path / "b.txt", "Maria Lopez and John Smith flew to Berlin <&> back.\n")
    code, out, err = run(capsys, "extract", "--no-cache", "--format", "graphml", first, second)
    assert (code, err) == (0, [])
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.fromstring(out).find("g:graph", ns)
    names = {}
    for node in graph.findall("g:node", ns):
        data = {d.get("key"): d.text for d in node.findall("g:data", ns)}
        names[node.get("id")] = data["name"]
        if data["name"] == "Maria Lopez":
            assert (data["type"], data["articles"], data["mentions"]) == ("PERSON", "2", "2")
    edges = {}
    for edge in graph.findall("g:edge", ns):
        data = {d.get("key"): d.text for d in edge.findall("g:data", ns)}
        pair = frozenset((names[edge.get("source")], names[edge.get("target")]))
        edges[pair] = (data["weight"], data["sentences"])
    assert edges[frozenset(("Maria Lopez", "John Smith"))] == ("2", "2")  # both articles
    assert edges[frozenset(("Maria Lopez", "Paris"))] == ("1", "1")
    assert frozenset(("Paris", "Berlin")) not in edges  # never in one article
