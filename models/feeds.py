"""RSS and Atom feeds: one article per item (title, date, link, author, content or summary).

feedparser reads every variant (RSS 0.9x to 2.0, RSS 1.0/RDF, Atom 0.3 and 1.0), survives
malformed XML, and is imported only when a feed is read. An item's HTML content becomes the
text a reader sees (``html.read_html``); its link, when the reader is asked to, is fetched
and read as a page instead (see ``reading``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from newsview.models.html import read_html

FEED_EXTENSIONS = (".rss", ".atom", ".xml")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed, its text already plain; ``date`` as the feed wrote it."""

    number: int  # 1-based position in the feed
    title: str | None
    link: str | None
    date: str | None
    author: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    items: tuple[FeedItem, ...]
    problem: str | None = None  # why no item could be read, when none could


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document open an RSS, RDF or Atom feed."""
    start = head[:2048].lstrip()
    if not start.startswith(b"<"):
        return False
    match = _FEED_ROOT.search(start)
    if match is None:
        return False
    # the root element comes before any <html>: an HTML page that mentions "<rss" is no feed
    html = re.search(rb"<html[\s>]", start, re.I)
    return html is None or html.start() > match.start()


def parse_feed(data: bytes, base_url: str | None = None) -> Feed:
    """The items of a feed document (links resolved against ``base_url``)."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not version and not entries:
        reason = parsed.get("bozo_exception")
        why = f" ({' '.join(str(reason).split())[:80]})" if reason else ""
        return Feed(None, (), f"not an RSS or Atom feed{why}")
    title = _plain(parsed.get("feed", {}).get("title"))
    items = tuple(_item(number, entry, base_url) for number, entry in enumerate(entries, 1))
    if not items:
        return Feed(title, (), "a feed with no items")
    return Feed(title, items)


def _item(number: int, entry, base_url: str | None) -> FeedItem:
    link = entry.get("link") or None
    if link and base_url:
        link = urljoin(base_url, link)
    author = entry.get("author") or None
    date = entry.get("published") or entry.get("updated") or entry.get("created") or None
    return FeedItem(
        number=number,
        title=_plain(entry.get("title")),
        link=link,
        date=date,
        author=_plain(author),
        text=_item_text(entry),
    )


def _item_text(entry) -> str:
    """The item's full content when the feed carries it, else its summary, as plain text."""
    candidates = list(entry.get("content") or [])
    detail = entry.get("summary_detail")
    if detail:
        candidates.append(detail)
    elif entry.get("summary"):
        candidates.append({"value": entry["summary"], "type": "text/html"})
    for candidate in candidates:
        value = candidate.get("value") or ""
        kind = (candidate.get("type") or "text/html").lower()
        text = read_html(value).text if "html" in kind else value.strip()
        if text.strip():
            return text
    return ""


def _plain(value: object) -> str | None:
    """A title or name as one line of plain text (feeds often escape HTML in titles)."""
    if not isinstance(value, str):
        return None
    if "<" in value or "&" in value:
        value = read_html(f"<p>{value}</p>").text
    value = " ".join(value.split())
    return value or None


__all__ = ["FEED_EXTENSIONS", "Feed", "FeedItem", "looks_like_feed", "parse_feed"]
