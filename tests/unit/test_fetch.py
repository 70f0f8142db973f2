"""Fetching over HTTP from a local server (127.0.0.1, started by the test): every limit holds
and every failure is one line saying why."""

from __future__ import annotations

import pytest

from newsview.models.fetch import FetchError, FetchOptions, fetch, is_url

QUICK = FetchOptions(timeout=1.0)


def failure(url: str, options: FetchOptions = QUICK) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, options)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_is_url() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://x")
    assert not is_url("page.html") and not is_url("ftp://x/y") and not is_url("-")


def test_a_page_is_fetched_with_its_type_and_charset(web) -> None:
    fetched = fetch(web.url("/politics/blair-brown-timetable.html"), QUICK)
    assert (fetched.media_type, fetched.charset) == ("text/html", "utf-8")
    assert b"Blair and Brown agree" in fetched.body


def test_redirects_are_followed_up_to_the_limit(web) -> None:
    fetched = fetch(web.url("/redirect"), QUICK)
    assert fetched.final_url == web.url("/politics/blair-brown-timetable.html")
    assert fetch(web.url("/chain/5"), QUICK).final_url == web.url("/chain/0")
    assert failure(web.url("/chain/6")) == "more than 5 redirects, or a redirect loop"
    assert "redirect" in failure(web.url("/loop-a"), FetchOptions(timeout=1.0, max_redirects=20))
    assert failure(web.url("/to-file")) == "redirected to an address that is not http or https"


def test_http_errors_say_their_status(web) -> None:
    assert failure(web.url("/missing-page.html")) == "HTTP 404 Not Found"


def test_a_slow_server_times_out(web) -> None:
    # /slow answers after SLOW_SECONDS: a fetch that waited for it (ignoring its own timeout,
    # or on the default one) would get the page and raise nothing.
    assert failure(web.url("/slow"), FetchOptions(timeout=0.5)) == "no answer within 0.5 s"


def test_a_trickling_answer_stops_at_the_deadline(web) -> None:
    # /trickle sends a byte every 0.1 s for SLOW_SECONDS: each wait is under the timeout, so
    # only a deadline for the whole answer stops the fetch before the page is complete.
    assert failure(web.url("/trickle"), FetchOptions(timeout=0.5)) == "no complete answer within 0.5 s"


def test_a_body_that_is_not_a_page_or_feed_is_refused_by_its_type(web) -> None:
    assert failure(web.url("/image.png")) == "not a web page or feed (content type image/png)"


def test_the_size_cap_holds_with_and_without_a_length(web) -> None:
    small = FetchOptions(timeout=2.0, max_bytes=2**20)
    assert failure(web.url("/big"), small) == "1.43 MB is over the 1 MB limit"
    assert failure(web.url("/big-unsized"), small) == "more than the 1 MB limit"
    assert len(fetch(web.url("/big"), FetchOptions(timeout=2.0)).body) > 2**20


def test_nothing_listening_and_bad_addresses(web) -> None:
    port = int(web.base.rsplit(":", 1)[1])
    web_closed = f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}/x"
    assert failure(web_closed) in ("connection refused", "no answer within 1 s")
    assert failure("http://").startswith(("not a valid URL", "host not found", "no host"))


def test_the_request_names_newsview_as_its_user_agent(web) -> None:
    fetch(web.url("/storm.txt"), QUICK)
    assert web.agents[-1].startswith("newsview/")
