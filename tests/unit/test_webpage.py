"""A saved news page read as an article: the story only (no navigation, cookie banner, related
links, comments or footer) with its title, date, author and site name from the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsview.models.analysis import analyse
from newsview.models.reading import read_paths
from newsview.models.webpage import WHOLE_PAGE_WARNING, read_page

PAGE = Path(__file__).parent.parent / "data" / "web" / "news-page.html"
BOILERPLATE = (
    "cookies", "Sport", "Weather", "Search the Chronicle", "Related stories", "Arsenal",
    "Comments", "Steve from Leeds", "Rupert Murdoch", "Copyright", "Privacy policy",
    "Share this page", "Political correspondent", "dataLayer",
)


def test_the_main_text_is_the_story_alone() -> None:
    page = read_page(PAGE.read_text(encoding="utf-8"))
    assert page.text.startswith("Blair and Brown agree election timetable\n\nTony Blair and Gordon Brown met")
    assert page.text.endswith("two days after Monday's meeting.")
    for words in BOILERPLATE:
        assert words not in page.text, words
    assert page.text.count("\n\n") == 5  # the heading and five paragraphs, a blank line apart


def test_the_metadata_comes_from_the_page() -> None:
    page = read_page(PAGE.read_text(encoding="utf-8"))
    assert page.title == "Blair and Brown agree election timetable"  # without " - Daily Chronicle"
    assert (page.date, page.author, page.site_name) == ("2005-03-14", "Jane Morrison", "Daily Chronicle")
    assert page.url == "https://news.example.org/politics/blair-brown-timetable"
    assert page.warnings == ()


def test_the_saved_page_as_an_article_names_no_one_from_the_boilerplate(tmp_path: Path) -> None:
    saved = tmp_path / "Blair and Brown agree election timetable - Daily Chronicle.html"
    saved.write_bytes(PAGE.read_bytes())
    (article,) = read_paths([str(saved)]).articles
    assert (article.title, article.author, article.source) == (
        "Blair and Brown agree election timetable", "Jane Morrison", "Daily Chronicle"
    )
    assert (article.published, article.published_from) == (date(2005, 3, 14), "page")
    assert article.url == "https://news.example.org/politics/blair-brown-timetable"
    analysis = analyse(article.text, article.published)
    names = {entity.name for entity in analysis.entities}
    assert {"Tony Blair", "Gordon Brown", "Michael Howard"} <= names
    assert not names & {"Daily Chronicle", "Rupert Murdoch", "Arsenal", "Leeds", "Copyright Daily Chronicle"}
    assert not any("Copyright" in event.sentence for event in analysis.chronology)
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text


def test_a_page_of_links_without_a_story_shows_its_whole_text_and_says_so() -> None:
    page = read_page("<html><body><ul><li><a href=/a>One</a></li><li><a href=/b>Two</a></li></ul>"
                     "<ul><li><a href=/c>Three</a></li></ul></body></html>")
    assert "One" in page.text and "Three" in page.text
    assert page.warnings in ((), (WHOLE_PAGE_WARNING,))


def test_a_short_page_keeps_its_paragraphs_apart() -> None:
    page = read_page("<html><head><title>Short</title></head><body><nav>Home</nav>"
                     "<p>The port of Lima reopened.</p><p>Ships came in at dawn.</p></body></html>")
    assert page.text == "The port of Lima reopened.\n\nShips came in at dawn."
    assert page.title == "Short"


def test_broken_and_hostile_pages_never_raise() -> None:
    for source in ("", "<<<>>>", "<p>\x00nul\x1b[31m</p>", "<p>\ud800</p>", "<html" * 5000,
                   "<![CDATA[", "<p>[bold]Lima[/] and [@click=app.quit]x[/]</p>"):
        page = read_page(source)
        assert isinstance(page.text, str)
    assert "[bold]Lima[/]" in read_page("<p>[bold]Lima[/] and more text.</p>").text
