"""Reading articles: formats, ids, dates, encodings, and every bad input of issue 5 that
concerns reading (each a one-line problem naming the file; good files still open)."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from bad_inputs import HOSTILE_NAME, HOSTILE_TEXT, write_bad_inputs  # tests/ is on sys.path
from hypothesis import given
from hypothesis import strategies as st

from newsview.models import reading
from newsview.models.document import Article
from newsview.models.reading import ReadProblem, is_text_only, iter_articles, parse_date, read_paths


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def only_article(paths: list[str], **kwargs) -> Article:
    result = read_paths(paths, **kwargs)
    assert result.problems == []
    assert len(result.articles) == 1
    return result.articles[0]


# ----------------------------------------------------------------------------- formats


def test_text_file_id_is_its_stem_and_path_is_kept_as_given(tmp_path: Path) -> None:
    path = write(tmp_path / "lima-2024-05-01.txt", "The mayor spoke.\n")
    article = only_article([path])
    assert (article.id, article.path, article.text) == ("lima-2024-05-01", path, "The mayor spoke.\n")
    assert (article.encoding, article.warnings, article.title) == ("utf-8", (), None)


def test_front_matter_gives_metadata_and_offsets_index_the_body(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\ntitle: \"Rain in Quito\"\ndate: 2024-03-05\nsource: Wire\nurl: https://x.example/a\n---\n"
        "Rain fell in Quito.\n",
    )
    article = only_article([path])
    assert article.text == "Rain fell in Quito.\n"
    assert (article.title, article.source, article.url) == ("Rain in Quito", "Wire", "https://x.example/a")
    assert (article.published, article.published_from) == (date(2024, 3, 5), "metadata")


def test_a_rule_followed_by_prose_is_not_front_matter(tmp_path: Path) -> None:
    content = "---\nThis line is prose, not a key.\n---\nMore prose.\n"
    assert only_article([write(tmp_path / "rule.md", content)]).text == content


def test_front_matter_without_closing_line_is_text(tmp_path: Path) -> None:
    content = "---\ntitle: Open\nThe text goes on.\n"
    assert only_article([write(tmp_path / "open.md", content)]).text == content


def test_json_single_record_keeps_its_keys_and_ignores_others(tmp_path: Path) -> None:
    record = {
        "id": 7,
        "text": "Ana Ruiz visited Oslo.",
        "title": "Visit",
        "published": "2023-06-01",
        "source": "Paper",
        "url": "u",
        "entities": [{"start": 0, "end": 3}],
        "extra": {"nested": True},
    }
    article = only_article([write(tmp_path / "one.json", json.dumps(record))])
    assert (article.id, article.text, article.title) == ("7", "Ana Ruiz visited Oslo.", "Visit")
    assert (article.published, article.source, article.url) == (date(2023, 6, 1), "Paper", "u")


def test_json_list_ids_count_from_one_and_a_list_of_one_uses_the_stem(tmp_path: Path) -> None:
    many = write(tmp_path / "batch.json", json.dumps([{"text": "One."}, {"text": "Two.", "id": "b"}, {"text": "Three."}]))
    single = write(tmp_path / "lone.json", json.dumps([{"text": "Only."}]))
    ids = [a.id for a in read_paths([many, single]).articles]
    assert ids == ["batch:1", "b", "batch:3", "lone"]


def test_jsonl_records_and_dct_key(tmp_path: Path) -> None:
    lines = [{"text": "First.", "dct": "2001-02-03"}, {"text": "Second.", "date": "2002-03-04"}]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n\n")
    articles = read_paths([path]).articles
    assert [(a.id, a.text, a.published) for a in articles] == [
        ("feed:1", "First.", date(2001, 2, 3)),
        ("feed:2", "Second.", date(2002, 3, 4)),
    ]


def test_jsonl_with_one_record_uses_the_stem(tmp_path: Path) -> None:
    path = write(tmp_path / "single.jsonl", json.dumps({"text": "Alone."}) + "\n")
    assert only_article([path]).id == "single"


class _EndlessRecords(io.RawIOBase):
    """A .jsonl stream that never ends: reading it whole would never return."""

    def __init__(self) -> None:
        self._numbers = itertools.count(1)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while len(self._pending) < len(buffer):
            self._pending += (json.dumps({"text": f"Record {next(self._numbers)}."}) + "\n").encode()
        size = len(buffer)
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def test_jsonl_is_streamed_record_by_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "endless.jsonl", "")
    monkeypatch.setattr(reading, "_open_file", lambda p: io.BufferedReader(_EndlessRecords()))
    first = list(itertools.islice(iter_articles([path]), 3))
    assert [a.text for a in first] == ["Record 1.", "Record 2.", "Record 3."]


def test_directories_are_read_recursively_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B text.")
    write(tmp_path / "a" / "z.md", "Z text.")
    write(tmp_path / "a" / "y.json", json.dumps({"text": "Y text."}))
    write(tmp_path / "c.jsonl", json.dumps({"text": "C text."}) + "\n")
    write(tmp_path / "notes.csv", "not,an,article\n")
    result = read_paths([str(tmp_path)])
    assert [a.text for a in result.articles] == ["Y text.", "Z text.", "B text.", "C text."]
    assert result.problems == []


def test_a_directory_without_articles_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = read_paths([str(tmp_path / "empty")])
    assert result.articles == []
    assert [p.reason for p in result.problems] == ["no .txt, .md, .json, .jsonl, .html, .htm, .rss or .atom files in this directory"]


def test_an_explicit_file_of_another_extension_is_read_as_text(tmp_path: Path) -> None:
    assert only_article([write(tmp_path / "story.text", "Plain story.")]).text == "Plain story."


# ----------------------------------------------------------------------------- standard input


def test_stdin_text() -> None:
    article = only_article(["-"], stdin=io.StringIO("A text from a pipe.\n"))
    assert (article.id, article.path, article.text) == ("stdin", "-", "A text from a pipe.\n")


def test_stdin_json_lines_and_json() -> None:
    lines = io.StringIO(json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n")
    assert [a.id for a in read_paths(["-"], stdin=lines).articles] == ["stdin:1", "stdin:2"]
    record = io.StringIO(json.dumps({"id": "r", "text": "Only."}, indent=2))
    assert only_article(["-"], stdin=record).id == "r"


def test_stdin_bytes_are_decoded_like_files() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Caf\xe9 au lait.".encode("cp1252")), encoding="utf-8")
    article = only_article(["-"], stdin=stream)
    assert (article.text, article.encoding) == ("Caf\xe9 au lait.", "cp1252")


def test_stdin_missing_is_a_problem() -> None:
    assert [str(p) for p in read_paths(["-"], stdin=None).problems] == ["-: standard input is not available"]


# ----------------------------------------------------------------------------- ids


def test_duplicate_ids_get_numbered_with_a_warning(tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{n}.json", json.dumps({"id": "same", "text": f"Text {n}."})) for n in range(3)]
    articles = read_paths(paths).articles
    assert [a.id for a in articles] == ["same", "same#2", "same#3"]
    assert articles[0].warnings == ()
    assert "duplicate id 'same'" in articles[1].warnings[0]


def test_a_generated_duplicate_never_collides_with_a_real_id(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", "\n".join(json.dumps({"id": i, "text": "T."}) for i in ("a#2", "a", "a")))
    assert [a.id for a in read_paths([path]).articles] == ["a#2", "a", "a#3"]


def test_an_id_that_is_not_a_string_or_number_is_ignored(tmp_path: Path) -> None:
    article = only_article([write(tmp_path / "odd.json", json.dumps({"id": [1], "title": 3, "text": "T."}))])
    assert (article.id, article.title) == ("odd", None)
    assert any('"id" is a list' in w for w in article.warnings)
    assert any('"title" is a number' in w for w in article.warnings)


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value",
    [
        "2025-11-04",
        "2025-11-04T09:30:00Z",
        "2025/11/04",
        "20251104",
        "November 4, 2025",
        "Nov. 4, 2025",
        "4 November 2025",
        "Tue, 04 Nov 2025 09:30:00 +0000",
        "Tuesday, November 4th, 2025",
    ],
)
def test_metadata_date_forms(value: str) -> None:
    assert parse_date(value) == date(2025, 11, 4)


@pytest.mark.parametrize("value", ["", "yesterday", "2025-02-30", "2025", "13/13/2025", 20251104, None, "x" * 500])
def test_unusable_metadata_dates(value: object) -> None:
    assert parse_date(value) is None


def test_date_comes_from_metadata_else_option_else_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dated = write(tmp_path / "dated.json", json.dumps({"text": "T.", "date": "2020-01-01"}))
    undated = write(tmp_path / "undated.txt", "LIMA, Nov 4 (Wire) - T.")
    option = date(2021, 5, 6)
    articles = read_paths([dated, undated], default_date=option).articles
    assert [(a.published, a.published_from) for a in articles] == [
        (date(2020, 1, 1), "metadata"),
        (option, "option"),
    ]
    seen: list[str] = []

    def fake_date_from_text(text: str) -> date:
        seen.append(text)
        return date(2019, 9, 9)

    monkeypatch.setattr(reading, "date_from_text", fake_date_from_text)
    article = read_paths([undated]).articles[0]
    assert (article.published, article.published_from) == (date(2019, 9, 9), "text")
    assert seen == ["LIMA, Nov 4 (Wire) - T."]
    monkeypatch.setattr(reading, "date_from_text", lambda text: None)
    article = read_paths([undated]).articles[0]
    assert (article.published, article.published_from) == (None, None)


def test_an_unrecognised_metadata_date_warns_and_falls_back(tmp_path: Path) -> None:
    path = write(tmp_path / "bad-date.json", json.dumps({"text": "T.", "date": "the other day"}))
    article = only_article([path], default_date=date(2022, 2, 2))
    assert (article.published, article.published_from) == (date(2022, 2, 2), "option")
    assert "unrecognised date 'the other day'" in article.warnings[0]


# ----------------------------------------------------------------------------- text as read


def test_control_characters_become_visible_one_for_one(tmp_path: Path) -> None:
    raw = "A\x1b[31mB\x07C\x9bD\u202eE\tF\n"
    article = only_article([write(tmp_path / "c.txt", raw)])
    assert len(article.text) == len(raw)
    assert "\x1b" not in article.text and "\x07" not in article.text and "\x9b" not in article.text
    assert "\u202e" not in article.text
    assert "\t" in article.text and article.text.endswith("\n")


def test_text_files_get_universal_newlines(tmp_path: Path) -> None:
    assert only_article([write(tmp_path / "w.txt", b"One.\r\nTwo.\rThree.\n")]).text == "One.\nTwo.\nThree.\n"


def test_json_text_is_kept_as_given_apart_from_visible_controls(tmp_path: Path) -> None:
    text = "Jose\u0301 said:\r\nyes."  # NFD accent, CRLF inside the record's string
    article = only_article([write(tmp_path / "r.json", json.dumps({"text": text}))])
    assert article.text == "Jose\u0301 said:\u240d\nyes."
    assert len(article.text) == len(text)


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path: Path) -> None:
    article = only_article([write(tmp_path / "s.json", '{"text": "A\\ud800B"}')])
    assert article.text == "A\ufffdB"
    assert any("surrogate" in w for w in article.warnings)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    article = only_article([write(tmp_path / "bom.txt", b"\xef\xbb\xbfHello.")])
    assert (article.text, article.encoding) == ("Hello.", "utf-8-sig")


def test_utf16_with_bom_in_text_and_json_lines(tmp_path: Path) -> None:
    text_file = write(tmp_path / "w.txt", "Zo\u00eb in Malm\u00f6.\r\n".encode("utf-16"))
    lines_file = write(tmp_path / "w.jsonl", (json.dumps({"text": "Malm\u00f6."}) + "\r\n").encode("utf-16"))
    articles = read_paths([text_file, lines_file]).articles
    assert [(a.text, a.encoding) for a in articles] == [
        ("Zo\u00eb in Malm\u00f6.\n", "utf-16"),
        ("Malm\u00f6.", "utf-16"),
    ]


def test_invalid_utf8_falls_back_to_cp1252_with_a_warning(tmp_path: Path) -> None:
    article = only_article([write(tmp_path / "old.txt", "\u201cCaf\xe9\u201d".encode("cp1252"))])
    assert (article.text, article.encoding) == ("\u201cCaf\xe9\u201d", "cp1252")
    assert "not valid UTF-8" in article.warnings[0]


def test_a_utf8_bom_before_invalid_utf8_is_not_read_as_text(tmp_path: Path) -> None:
    article = only_article([write(tmp_path / "mixed.txt", b"\xef\xbb\xbfCaf\xe9")])
    assert (article.text, article.encoding) == ("Caf\xe9", "cp1252")
    assert article.warnings[0].startswith("not valid UTF-8 (byte 0xe9 at offset 6)")


def test_invalid_utf8_in_one_jsonl_line_only_affects_that_record(tmp_path: Path) -> None:
    path = write(tmp_path / "mixed.jsonl", b'{"text": "fine"}\n{"text": "caf\xe9"}\n')
    articles = read_paths([path]).articles
    assert [(a.text, a.encoding) for a in articles] == [("fine", "utf-8"), ("caf\xe9", "cp1252")]
    assert articles[1].warnings[0].startswith("line 2: not valid UTF-8")


def test_an_article_over_the_size_limit_opens_as_text_only(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 400)
    article = only_article([path], max_article_bytes=1000)
    assert article.text == "word " * 400
    assert is_text_only(article, 1000) and not is_text_only(article, 2000)
    assert article.warnings[0].startswith(reading.TEXT_ONLY_WARNING)


# ----------------------------------------------------------------------------- bad input


def test_every_bad_input_is_one_line_naming_the_file_and_good_files_still_open(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    cases = write_bad_inputs(folder)
    result = read_paths([str(folder)])
    for case in cases:
        path = str(folder / case.name)
        opened = [a for a in result.articles if a.path == path]
        problems = [p for p in result.problems if p.path == path]
        assert len(opened) == case.articles, case
        if case.problem:
            assert len(problems) == 1 and case.problem in problems[0].reason, (case, problems)
        else:
            assert problems == [], case
        if case.warning:
            assert any(case.warning in w for a in opened for w in a.warnings), case
    for problem in result.problems:
        line = str(problem)
        assert "\n" not in line and "\x1b" not in line and "\x07" not in line
        assert line.startswith(problem.path)


def test_hostile_names_ids_and_titles_never_carry_control_characters(tmp_path: Path) -> None:
    write_bad_inputs(tmp_path)
    for article in read_paths([str(tmp_path)]).articles:
        for value in (article.id, article.title or "", article.text):
            assert not any(c in value for c in "\x1b\x07\x9b\u202e")
    hostile = read_paths([str(tmp_path / "hostile-record.jsonl")]).articles[0]
    assert hostile.id == "[red]id\u241b[2J"  # markup stays literal text: the app must not parse it
    assert hostile.title == "[@click=app.quit]T\u241b]0;x\u2407"
    named = read_paths([str(tmp_path / HOSTILE_NAME)]).articles[0]
    assert named.path == str(tmp_path / HOSTILE_NAME)  # kept as given
    assert len(read_paths([str(tmp_path / "hostile-text.txt")]).articles[0].text) == len(HOSTILE_TEXT)


def test_problem_lines_make_newlines_and_escapes_visible() -> None:
    problem = ReadProblem("dir/evil\nname\x1b[2J.txt", "binary file (PNG image)")
    assert str(problem) == "dir/evil\u2424name\u241b[2J.txt: binary file (PNG image)"


def test_unreadable_file_is_a_problem_and_the_others_still_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", "Secret.")
    fine = write(tmp_path / "fine.txt", "Open.")
    real_open = reading._open_file

    def refuse_locked(path: str):
        if path == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path)

    monkeypatch.setattr(reading, "_open_file", refuse_locked)
    result = read_paths([locked, fine])
    assert [str(p) for p in result.problems] == [f"{locked}: permission denied"]
    assert [a.text for a in result.articles] == ["Open."]


def test_missing_paths_fifos_devices_and_loops_named_directly(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading in blocking mode would hang
    os.symlink("loop.txt", tmp_path / "loop.txt")
    paths = [str(tmp_path / "missing.txt"), str(tmp_path / "pipe.txt"), "/dev/null", str(tmp_path / "loop.txt")]
    reasons = [p.reason for p in read_paths(paths).problems]
    assert reasons == [
        "no such file or directory",
        "not a regular file (a FIFO)",
        "not a regular file (a device)",
        "symbolic link loop",
    ]


def test_deeply_nested_json_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    assert [p.reason for p in read_paths([path]).problems] == ["not valid JSON (nested too deeply)"]


def test_json_that_is_not_a_record(tmp_path: Path) -> None:
    paths = [write(tmp_path / "n.json", "3"), write(tmp_path / "l.json", "[]"), write(tmp_path / "k.json", '{"title": "x"}')]
    paths.append(write(tmp_path / "s.jsonl", '"just a string"\n'))
    reasons = [p.reason for p in read_paths(paths).problems]
    assert reasons == [
        "a number, not an article record or a list of them",
        "empty JSON list: no articles",
        'no "text" key',
        'line 1: a string, not an article record (an object with "text")',
    ]


def test_a_folder_that_cannot_be_listed_is_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked / "inside.txt", "Hidden.")
    real_scandir = os.scandir

    def refuse(path):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(reading.os, "scandir", refuse)
    assert [str(p) for p in read_paths([str(locked)]).problems] == [f"{locked}: permission denied"]


def test_path_objects_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    write(path, "Text.")
    article = only_article([path])  # type: ignore[list-item]
    assert (article.path, article.id) == (str(path), "p")


def test_a_path_with_a_nul_character_is_a_problem() -> None:
    assert [str(p) for p in read_paths(["bad\x00name.txt"]).problems] == ["bad\u2400name.txt: not a valid path"]


def test_a_reader_failure_loses_one_input_not_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = write(tmp_path / "broken.md", "Text.")
    fine = write(tmp_path / "fine.txt", "Fine.")
    real_front_matter = reading._front_matter

    def fail_on_markdown(text: str):
        if text == "Text.":
            raise MemoryError("simulated")
        return real_front_matter(text)

    monkeypatch.setattr(reading, "_front_matter", fail_on_markdown)
    for paths in ([broken, fine], [str(tmp_path)]):  # named, and inside a directory
        result = read_paths(paths)
        assert [str(p) for p in result.problems] == [f"{broken}: could not be read (MemoryError: simulated)"]
        assert [a.text for a in result.articles] == ["Fine."]


def test_a_50_mb_jsonl_is_read_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Officials met in Lima on Monday. " * 60}) + "\n"
    copies = 50 * 2**20 // len(line) + 1
    with path.open("w", encoding="utf-8") as out:
        for _ in range(copies):
            out.write(line)
    probe = (
        "import resource, sys\n"
        "from newsview.models.reading import iter_articles\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "count = sum(1 for _ in iter_articles([sys.argv[1]]))\n"
        "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before\n"
        "print(count, grown // 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=120)
    count, grown_mb = map(int, done.stdout.split())
    assert count == copies
    assert grown_mb < 20  # streamed: nowhere near the file's 50 MB


_CONTROLS = set(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x202E]))
_AWKWARD_BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"---\n", b"\r\n", b"{", b'"text"', b"\x00"]),
)


@given(
    content=st.lists(_AWKWARD_BYTES, max_size=6).map(b"".join),
    extension=st.sampled_from([".txt", ".md", ".json", ".jsonl"]),
)
def test_any_bytes_give_articles_or_problems_never_an_exception(content: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "input" + extension)
        with open(path, "wb") as out:
            out.write(content)
        for item in iter_articles([path]):
            if isinstance(item, ReadProblem):
                assert item.path == path and "\n" not in str(item)
            else:
                assert not _CONTROLS & set(item.text)
                item.text.encode("utf-8")  # writable as UTF-8: no lone surrogates left


@given(st.one_of(st.text(max_size=120), st.from_regex(r"[A-Z][a-z]{2,8}\.? \d{1,3},? -?\d{1,5}", fullmatch=True)))
def test_parse_date_never_raises(value: str) -> None:
    assert parse_date(value) is None or isinstance(parse_date(value), date)


def test_stdin_text_that_opens_with_a_bracket_is_text() -> None:
    article = only_article(["-"], stdin=io.StringIO("[Wire] LIMA - The mayor spoke.\n"))
    assert article.text == "[Wire] LIMA - The mayor spoke.\n"
    assert article.warnings[0].startswith("not valid JSON (")


def test_json_lines_in_a_json_file_are_read_line_by_line(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.json", json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n")
    articles = read_paths([path]).articles
    assert [a.id for a in articles] == ["feed:1", "feed:2"]
    assert "JSON lines in a .json file" in articles[0].warnings[0]
    junk = write(tmp_path / "junk.json", '{"text": "One."} trailing junk')
    assert [p.reason for p in read_paths([junk]).problems] == ["not valid JSON (Extra data at line 1 column 18)"]


# ----------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Storm closes ports\n\nThe ports closed on Friday.\n", "Storm closes ports"),
        ("Storm closes ports\nThe ports closed on Friday.\n", "Storm closes ports"),
        ("Is this the end?\n\nPerhaps not.\n", "Is this the end?"),
        ("# Storm closes ports\n\nThe ports closed.\n", "Storm closes ports"),
        ("The ports closed on Friday.\nThey reopened on Monday.\n", None),  # a sentence
        ("The ports of Falmouth and\nPenzance closed.\n", None),  # carries on in lower case
        ("Only one line\n", None),
        ("x" * 151 + "\n\nMore.\n", None),  # a paragraph, not a headline
    ],
)
def test_a_text_files_first_line_standing_alone_is_its_title(tmp_path: Path, text: str, title: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_paths([str(path)]).articles
    assert article.title == title
    assert article.text == text  # the headline stays in the text: offsets are unchanged
    assert article.display_title == (title or "story.txt")


def test_front_matter_title_wins_over_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: Given\nauthor: Ana Ruiz\n---\nHeadline\n\nBody.\n", encoding="utf-8")
    (article,) = read_paths([str(path)]).articles
    assert (article.title, article.author) == ("Given", "Ana Ruiz")


def test_piped_text_takes_its_first_line_as_title() -> None:
    (article,) = read_paths(["-"], stdin=b"Blair meets Brown\n\nTony Blair met Gordon Brown.\n").articles
    assert (article.id, article.title) == ("stdin", "Blair meets Brown")
