"""HTML as visible text (``html.read_html``: feed items, pages without main text), and web page
files as articles: broken, hostile, huge, binary and empty pages handled like the other
formats. The main-text extraction of news pages has its own tests (test_webpage.py)."""

from __future__ import annotations

import _markupbase
import html.parser
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workcount import RegexScans, assert_near_linear, calls, hang_guard

import newsview.models.html
from newsview.models.analysis import analyse
from newsview.models.html import declared_charset, read_html
from newsview.models.reading import ReadProblem, iter_articles, read_paths
from newsview.models.webpage import read_page


def write(path: Path, content: str | bytes) -> str:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Harbour reopens | The Coast Post</title>
<meta property="article:published_time" content="2024-03-05T07:30:00+01:00">
<style>p { color: red } .x::before { content: "<p>no</p>" }</style>
<script>var s = "<p>not shown</p>"; if (a < b && c > d) {}</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
  <h1>Harbour   reopens after storm</h1>
  <p>VALPARAISO &mdash; The port of Valpara&iacute;so reopened on
     <b>Tuesday</b>, officials said.</p>
  <p>Dock workers returned&nbsp;at dawn.</p>
  <ul><li>Cranes</li><li>Ferries</li></ul>
  <template><p>template text</p></template><noscript>Enable scripts</noscript>
  <!-- <p>commented out</p> -->
</article>
</body></html>
"""


def test_only_the_visible_text_is_kept_with_blocks_as_line_breaks() -> None:
    page = read_html(PAGE)
    assert page.text == (
        "Harbour reopens after storm\n\n"
        "VALPARAISO \u2014 The port of Valpara\u00edso reopened on Tuesday, officials said.\n\n"
        "Dock workers returned\u00a0at dawn.\n\nCranes\nFerries"
    )
    for hidden in ("not shown", "color", "Home", "template text", "Enable scripts", "commented"):
        assert hidden not in page.text


def test_hidden_elements_are_dropped_even_with_nested_elements_of_the_same_name() -> None:
    page = read_html(
        "<div hidden><div>inner</div>still hidden</div><p>Shown.</p>"
        '<span aria-hidden="true">icon</span><nav><nav>menu</nav>more menu</nav><p>Also shown.'
        "<p>Last <br hidden> line.</p>"
    )
    assert page.text == "Shown.\n\nAlso shown.\n\nLast line."


def test_title_from_the_title_element_else_the_first_heading() -> None:
    assert read_html(PAGE).title == "Harbour reopens | The Coast Post"
    page = read_html("<body><h1>First <i>big</i> news</h1><h1>Second</h1><p>Body.</p></body>")
    assert page.title == "First big news"
    assert read_html("<p>No heading at all.</p>").title is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:published_time" content="2024-03-05T07:30:00Z">', "2024-03-05T07:30:00Z"),
        ('<meta property="og:published_time" content="2024-03-06">', "2024-03-06"),
        ('<meta name="date" content="2024-03-07">', "2024-03-07"),
        ('<meta name="pubdate" content="20240308">', "20240308"),
        ('<meta itemprop="datePublished" content="2024-03-09">', "2024-03-09"),
    ],
)
def test_date_from_common_meta_tags(head: str, expected: str) -> None:
    assert read_html(f"<html><head>{head}</head><body><p>Text.</p></body></html>").dates[0] == expected


def test_date_sources_in_order_of_trust() -> None:
    page = read_html(
        '<head><meta name="date" content="2020-01-01">'
        '<meta property="article:published_time" content="2021-02-02"></head>'
        '<script type="application/ld+json">{"datePublished": "2022-03-03"}</script>'
        '<p>Seen <time datetime="2023-04-04">then</time> and '
        '<time datetime="2019-05-05" itemprop="datePublished">published</time>.</p>'
    )
    assert page.dates == ("2021-02-02", "2020-01-01", "2022-03-03", "2019-05-05", "2023-04-04")
    assert "then" in page.text and "datePublished" not in page.text


def test_time_element_alone_gives_the_date() -> None:
    page = read_html('<p>Filed <time datetime="2024-11-04">Monday</time>. The port shut.</p>')
    assert page.dates == ("2024-11-04",)
    assert page.text == "Filed Monday. The port shut."


def test_entities_and_character_references_are_decoded() -> None:
    page = read_html("<p>Caf&eacute; &amp; bar &#8212; &#x4E2D; &lt;tag&gt; &unknown; 5 &lt 6</p>")
    assert page.text == "Caf\u00e9 & bar \u2014 \u4e2d <tag> &unknown; 5 < 6"


def test_markup_like_text_is_kept_literally() -> None:
    text = "[bold]Lima[/] and [@click=app.quit]quit[/] and [link=x]y[/link]"
    assert read_html(f"<p>{text}</p>").text == text


def test_white_space_collapses_outside_pre_and_is_kept_inside() -> None:
    page = read_html("<p>  one\n\t two  <span> three</span></p><pre>a\n   b</pre>end")
    assert page.text == "one two three\n\na\n   b\n\nend"


def test_br_breaks_a_line_and_two_leave_a_blank_line() -> None:
    assert read_html("a<br>b<br/><br>c").text == "a\nb\n\nc"


def test_a_body_without_head_end_tag_is_still_read() -> None:
    page = read_html("<html><head><title>T</title><p>Body starts here.</p>")
    assert (page.title, page.text) == ("T", "Body starts here.")


@pytest.mark.parametrize(
    "broken",
    [
        "<p>unclosed <b>bold <i>italic",
        "<div><p>a</div></p></span>text</html></html>",
        "<p>attr <a href='x>y</a> after",
        "<!-- never closed <p>hidden",
        "<script>never closed",
        "<![CDATA[ x ]]><p>after cdata</p>",
        "<![ odd <p>after</p>",
        "<!doctype",
        "</>",
        "<p>text</p><",
        "<<<>>>&&&;;;",
        "<a<a<a<a<a",
        "<title>open title",
        "\x00<p>\x00nul\x00</p>",
        "<p>\ud800 lone surrogate</p>",
        "&#0;&#xD800;&#x110000;&#99999999999;",
    ],
)
def test_broken_html_never_raises(broken: str) -> None:
    page = read_html(broken)
    assert isinstance(page.text, str)


_SOUP = st.sampled_from([*"<>/!-[]?&#;\"'= apx\n", "script", "CDATA", "-->", "<!--", "style", "&amp;"])


@given(st.lists(_SOUP, max_size=60).map("".join))
def test_any_markup_soup_never_raises(source: str) -> None:
    read_html(source)


@pytest.mark.parametrize("tail", ["", ">", "-->"])
@pytest.mark.parametrize(
    "unit",
    ["<a", "<!--", "<![CDATA[", "<?", "</", "<!", "<a b=\"", "<script>", "<!-", "</a"],
)
def test_constructs_left_open_take_linear_work(unit: str, tail: str) -> None:
    # html.parser rescans to the end of the file for each such opener left open (7 s to 37 s
    # for 100,000 characters of them): the characters its patterns (and ours) step over, and
    # the calls, may grow at most 6x for 4x the input. (An even count of units: an odd one
    # leaves a quotation open and parses differently.) Times: benchmarks/pathological.py.
    def work(count: int) -> dict[str, int]:
        with RegexScans(html.parser, _markupbase, newsview.models.html) as scans:
            made = calls(lambda: read_html(unit * count + tail))
        return {"calls": made, "characters the patterns stepped over": scans.characters}

    with hang_guard():
        assert_near_linear(work, 2 * (100_000 // len(unit) // 80))


def test_deep_nesting_inside_a_hidden_part_takes_linear_work() -> None:
    def source(depth: int) -> str:
        return "<div hidden>" + "<p>" * depth + "</b>" * depth + "</div><p>After."

    with hang_guard():
        assert_near_linear(lambda depth: {"calls": calls(lambda: read_html(source(depth)))}, 1_000)
        # Searching the stack of open elements for each end tag (a C-level scan the calls
        # do not see) took 125 s at this depth: the hang guard fails it.
        assert read_html(source(100_000)).text == "After."


def test_declared_charset() -> None:
    assert declared_charset(b'<meta charset="windows-1251">') == "windows-1251"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">') == "iso-8859-2"
    assert declared_charset(b"<p>none</p>") is None


# ----------------------------------------------------------------------------- as articles


def test_an_html_file_is_an_article_whose_offsets_index_its_main_text(tmp_path: Path) -> None:
    path = write(tmp_path / "harbour.html", PAGE)
    result = read_paths([path])
    assert result.problems == []
    (article,) = result.articles
    assert article.id == "harbour" and article.title == "Harbour reopens after storm"
    assert (article.published, article.published_from) == (date(2024, 3, 5), "page")
    assert article.text == read_page(PAGE).text
    assert "Home" not in article.text and "template text" not in article.text
    analysis = analyse(article.text, article.published)
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text


def test_htm_files_are_found_in_folders(tmp_path: Path) -> None:
    write(tmp_path / "a.htm", "<p>The mayor of Lima spoke.</p>")
    write(tmp_path / "b.txt", "The mayor of Quito spoke.\n")
    ids = [a.id for a in read_paths([str(tmp_path)]).articles]
    assert ids == ["a", "b"]


def test_a_usable_date_wins_over_an_earlier_unreadable_one(tmp_path: Path) -> None:
    path = write(
        tmp_path / "d.html",
        '<meta property="article:published_time" content="soon"><meta name="date" content="2024-06-01">'
        "<p>Text.</p>",
    )
    article = read_paths([path]).articles[0]
    assert article.published == date(2024, 6, 1) and article.warnings == ()


def test_an_unreadable_date_warns_and_falls_back(tmp_path: Path) -> None:
    path = write(tmp_path / "d.html", '<meta name="date" content="whenever"><p>Text.</p>')
    article = read_paths([path], default_date=date(2024, 1, 2)).articles[0]
    assert article.published_from == "option"
    assert any("unrecognised date" in w for w in article.warnings)


def test_control_characters_in_a_page_become_visible(tmp_path: Path) -> None:
    path = write(tmp_path / "c.html", "<p>bell\x07 and escape \x1b[31m.</p>")
    article = read_paths([path]).articles[0]
    assert "\x07" not in article.text and "\x1b" not in article.text
    assert len(article.text) == len("bell\x07 and escape \x1b[31m.")


def test_declared_charset_is_used_when_the_page_is_not_utf8(tmp_path: Path) -> None:
    data = '<meta charset="windows-1251"><p>Москва</p>'.encode("cp1251")
    article = read_paths([write(tmp_path / "ru.html", data)]).articles[0]
    assert (article.text, article.encoding) == ("Москва", "windows-1251")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n ", "only white space"),
        (b"<html><head><title>T</title><script>x()</script></head><body> </body></html>", "no visible text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        (b"<p>a</p>\x00\x00\x00", "binary file"),
    ],
)
def test_empty_binary_and_invisible_pages_are_problems(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path / "page.html", content)
    (item,) = list(iter_articles([path]))
    assert isinstance(item, ReadProblem) and reason in item.reason and item.path == path


def test_a_huge_page_opens_as_text_only(tmp_path: Path) -> None:
    path = write(tmp_path / "big.html", "<p>word</p>" * 200)
    article = read_paths([path], max_article_bytes=500).articles[0]
    assert article.warnings[0].startswith("text only")


def test_html_on_standard_input() -> None:
    import io

    stdin = io.StringIO("<!DOCTYPE html><title>Piped</title><p>The port of Lima reopened.</p>")
    article = read_paths(["-"], stdin=stdin).articles[0]
    assert (article.id, article.title, article.text) == ("stdin", "Piped", "The port of Lima reopened.")


_CONTROLS = set(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x202E]))
_AWKWARD = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"<p>", b"</p>", b"<script>", b"<!--", b"&#x1b;", b"<meta charset=utf-16>",
                     b"<meta charset=nonsense>", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"<title>"]),
)


@given(st.lists(_AWKWARD, max_size=6).map(b"".join))
@settings(deadline=None)
def test_any_bytes_in_an_html_file_give_an_article_or_a_problem(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "page.html")
        with open(path, "wb") as out:
            out.write(content)
        for item in iter_articles([path]):
            if isinstance(item, ReadProblem):
                assert item.path == path and "\n" not in str(item)
            else:
                assert not _CONTROLS & set(item.text) and item.text.strip()
                item.text.encode("utf-8")
