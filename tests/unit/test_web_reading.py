"""Web addresses and feeds as articles, served by a local server (127.0.0.1, see web_server.py):
a page, a feed's items, each item's linked page, and every failure as one line naming the URL
while the other inputs still open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsview.models.fetch import FetchOptions
from newsview.models.reading import ReadProblem, iter_articles, read_paths

WEB = Path(__file__).parent.parent / "data" / "web"
QUICK = FetchOptions(timeout=1.0)


def read(paths, options=QUICK, **kwargs):
    return read_paths(paths, fetch_options=options, **kwargs)


def test_a_url_opens_as_the_page_it_serves(web) -> None:
    url = web.url("/politics/blair-brown-timetable.html")
    (article,) = read([url]).articles
    assert (article.id, article.path) == ("blair-brown-timetable", url)
    assert article.title == "Blair and Brown agree election timetable"
    assert (article.published, article.published_from) == (date(2005, 3, 14), "page")
    assert (article.author, article.source) == ("Jane Morrison", "Daily Chronicle")
    assert "Copyright" not in article.text and "cookies" not in article.text


def test_a_redirected_url_keeps_the_address_given(web) -> None:
    (article,) = read([web.url("/redirect")]).articles
    assert article.path == web.url("/redirect") and article.id == "blair-brown-timetable"


def test_every_failure_is_one_line_naming_the_url_and_the_rest_still_open(web, tmp_path: Path) -> None:
    local = tmp_path / "local.txt"
    local.write_text("Rain in Quito\n\nIt rained in Quito on Monday.\n", encoding="utf-8")
    bad = {
        "/missing-page.html": "HTTP 404 Not Found",
        "/slow": "no answer within 0.5 s",
        "/image.png": "not a web page or feed (content type image/png)",
        "/png-as-html": "binary content (PNG image)",
        "/big": "over the 1 MB limit",
        "/chain/8": "more than 5 redirects",
        "/empty": "the server sent an empty page",
    }
    urls = [web.url(path) for path in bad]
    options = FetchOptions(timeout=0.5, max_bytes=2**20)
    items = list(iter_articles([*urls[:3], str(local), *urls[3:], web.url("/storm.txt")], fetch_options=options))
    problems = [item for item in items if isinstance(item, ReadProblem)]
    articles = [item for item in items if not isinstance(item, ReadProblem)]
    assert [a.title for a in articles] == ["Rain in Quito", "Storm closes Cornwall ports"]
    assert [p.path for p in problems] == urls
    for problem, reason in zip(problems, bad.values(), strict=True):
        assert reason in problem.reason
        assert str(problem).startswith(problem.path + ": ") and "\n" not in str(problem)


def test_a_plain_text_url_takes_its_first_line_as_title(web) -> None:
    (article,) = read([web.url("/storm.txt")]).articles
    assert (article.id, article.title) == ("storm", "Storm closes Cornwall ports")


def test_a_page_served_without_a_type_is_recognised(web) -> None:
    (article,) = read([web.url("/untyped")]).articles
    assert article.title == "Blair and Brown agree election timetable"


# ----------------------------------------------------------------------------- feeds


def test_an_rss_feed_opens_one_article_per_item(web) -> None:
    result = read([web.url("/feeds/rss.xml")])
    assert result.problems == []
    first, second, third = result.articles
    assert [a.title for a in result.articles] == [
        "Blair and Brown agree election timetable",
        "Kennedy calls for Commons debate on election date",
        "Queen to open new wing at Cardiff hospital",
    ]
    assert first.text.startswith("Tony Blair and Gordon Brown met in Downing Street on Monday")
    assert "\n\nMichael Howard" in first.text  # the item's full content, its paragraphs apart
    assert (first.published, first.published_from) == (date(2005, 3, 14), "metadata")
    assert (first.author, first.source) == ("Jane Morrison", "Daily Chronicle - Politics")
    assert first.url == web.url("/politics/blair-brown-timetable.html")
    assert first.id == "blair-brown-timetable" and third.id == "missing-page"
    assert second.text.startswith("Charles Kennedy, the Liberal Democrat leader")  # its summary
    assert web.requests == ["/feeds/rss.xml"]  # no item page was fetched


def test_an_atom_feed_and_a_feed_served_as_html(web) -> None:
    harbour, ferries = read([web.url("/feeds/atom.xml")]).articles
    assert (harbour.title, harbour.author, harbour.source) == ("Harbour reopens after storm", "Rosa Diaz", "The Coast Post")
    assert harbour.text == "The port of Valparaíso reopened on Tuesday, officials said.\n\nDock workers returned at dawn."
    assert harbour.published == date(2024, 3, 5)
    assert (ferries.published, ferries.url) == (date(2024, 3, 6), "https://coast.example.net/ferries-resume")
    assert len(read([web.url("/feeds/rss-as-html")]).articles) == 3


def test_feed_files_open_too(tmp_path: Path) -> None:
    for name in ("atom.xml", "coast.atom"):
        (tmp_path / name).write_bytes((WEB / "atom.xml").read_bytes())
    result = read_paths([str(tmp_path / "atom.xml"), str(tmp_path)])
    # the folder holds coast.atom (found) and atom.xml (.xml is read only when named)
    assert [a.title for a in result.articles] == ["Harbour reopens after storm", "Ferries resume to Juan Fernández"] * 2
    (tmp_path / "bad.rss").write_text("<html><body>no feed</body></html>", encoding="utf-8")
    (problem,) = read_paths([str(tmp_path / "bad.rss")]).problems
    assert problem.reason == "not an RSS or Atom feed"


def test_fetch_items_reads_each_linked_page_one_connection_at_a_time(web) -> None:
    result = read([web.url("/feeds/rss.xml")], FetchOptions(timeout=2.0, fetch_items=True))
    first, second, third = result.articles
    assert result.problems == []
    # the pages' own text and metadata, not the feed's summary
    assert first.text.startswith("Blair and Brown agree election timetable\n\nTony Blair")
    assert "pre-election budget" in first.text and first.published_from == "page"
    assert (second.author, second.published) == ("Tom Reid", date(2005, 3, 15))
    assert "Glasgow deserved to know" in second.text
    # the third page is missing: the feed's text is kept, with a warning naming the URL
    assert third.text.startswith("The Queen will visit Cardiff")
    assert any(web.url("/missing-page.html") in w and "HTTP 404" in w for w in third.warnings)
    assert web.most_active == 1


def test_jobs_allow_several_connections_and_keep_the_feeds_order(web) -> None:
    result = read([web.url("/feeds/rss.xml")], FetchOptions(timeout=2.0, fetch_items=True, jobs=3))
    assert [a.id for a in result.articles] == ["blair-brown-timetable", "kennedy-debate", "missing-page"]
    assert web.most_active > 1


def test_an_item_without_text_whose_page_fails_is_a_problem_naming_its_link(web) -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Gone</title><link>{web.url('/missing-page.html')}</link></item>"
        "</channel></rss>"
    ).encode()
    from web_server import Response

    web.routes["/feeds/bare.xml"] = Response(content_type="application/rss+xml", body=rss)
    (problem,) = read([web.url("/feeds/bare.xml")], FetchOptions(timeout=2.0, fetch_items=True)).problems
    assert problem.path == web.url("/missing-page.html") and "HTTP 404" in problem.reason
    (problem,) = read([web.url("/feeds/bare.xml")]).problems
    assert "no text in the feed" in problem.reason


def test_a_feed_on_standard_input() -> None:
    articles = read_paths(["-"], stdin=(WEB / "atom.xml").read_bytes()).articles
    assert [a.id for a in articles] == ["harbour-reopens", "ferries-resume"]
