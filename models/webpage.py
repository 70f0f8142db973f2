"""A news page as an article: its main text and the metadata the page gives about itself.

trafilatura finds the main text (the story without navigation, cookie banners, related links,
comments or footers) and reads the title, publication date, author and site name from the
page's metadata (``<meta>`` tags, JSON-LD, ``<time>``, the canonical URL). The date counts as
the page's own ("from the page"): it is looked for in the markup and the URL only, never
guessed from the running text (the engine reads a dateline itself when there is no other).

trafilatura and lxml are imported at the first page read: the app's start-up never pays for
them. When no main text is found (a page of links, a tiny page), the page's whole visible text
(``html.read_html``) is used, with a warning saying so.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from newsview.models.html import read_html
from newsview.models.text import visible_controls

WHOLE_PAGE_WARNING = "no main text found in the page: its whole visible text is shown"
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE_SEARCH = {"extensive_search": False, "original_date": True}
# Content a browser does not show, and navigation (which trafilatura's fallbacks may keep).
_NEVER_SHOWN = ["//template", "//noscript", "//*[@hidden]", "//nav"]


@dataclass(frozen=True, slots=True)
class WebPage:
    """What a page gives an article. ``text`` holds one paragraph a line with a blank line
    between paragraphs; ``date`` is ISO (YYYY-MM-DD) or None."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()


def read_page(source: str, url: str | None = None) -> WebPage:
    """The main text and metadata of an HTML page; never raises on any ``str``. ``url`` is where
    the page came from (it helps the date and the site name when the markup lacks them)."""
    parsable = _parsable(source)
    whole = read_html(source)
    extracted = _extract(parsable, url)
    text = _main_text(extracted, whole.text)
    if text is None:  # trafilatura ran out of heuristics: its precise mode keeps the blocks
        precise = _extract(parsable, url, favor_precision=True)
        text = _main_text(precise, whole.text)
    warnings: tuple[str, ...] = ()
    if text is None:
        text = whole.text
        warnings = (WHOLE_PAGE_WARNING,) if text.strip() else ()
    meta = extracted
    return WebPage(
        text=text,
        title=_field(meta and meta.title) or whole.title,
        date=_field(meta and meta.date) or (whole.dates[0] if whole.dates else None),
        author=_field(meta and meta.author),
        site_name=_field(meta and meta.sitename),
        url=_field(meta and meta.url) or url,
        warnings=warnings,
    )


def _main_text(extracted, visible: str) -> str | None:
    """trafilatura's text with a blank line between paragraphs, or None when it found none, or
    when what it gave is its last-resort fallback: the page's blocks run together on one line
    (a single line that is not one of the page's own paragraphs)."""
    if extracted is None or not extracted.text or not extracted.text.strip():
        return None
    text = _paragraphs(extracted.text)
    if "\n" not in text and " ".join(text.split()) not in _flat_paragraphs(visible):
        return None
    return text


def _flat_paragraphs(visible: str) -> set[str]:
    return {" ".join(block.split()) for block in visible.split("\n")}


def _extract(source: str, url: str | None, favor_precision: bool = False):
    """trafilatura's ``Document`` for a page (text and metadata), or None."""
    _quiet_libraries()
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(source)
        if tree is None:  # what trafilatura does not take for a document: read as a fragment
            tree = load_html(f"<html><body>{source}</body></html>")
        if tree is None:
            return None
        return trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=favor_precision,
            date_extraction_params=_DATE_SEARCH,
            prune_xpath=_NEVER_SHOWN,
        )
    except Exception:  # a library bug on odd markup: the page is still read as visible text
        return None


def _parsable(source: str) -> str:
    """``source`` with what lxml refuses (NUL and other control characters, lone surrogates)
    made visible first, one character for one."""
    if _SURROGATE.search(source):
        source = _SURROGATE.sub("\ufffd", source)
    return visible_controls(source)


def _paragraphs(text: str) -> str:
    """trafilatura's text (one paragraph a line) with a blank line between paragraphs, as the
    other readers give them: easier to read in the pane."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return "\n\n".join(line for line in lines if line)


def _field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


_quieted = False


def _quiet_libraries() -> None:
    """The libraries log what they could not parse; with no handler of the app's own, Python
    would print those lines over the terminal (or into ``extract``'s error output)."""
    global _quieted
    if _quieted:
        return
    for name in _LIBRARY_LOGGERS:
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False
    _quieted = True


__all__ = ["WHOLE_PAGE_WARNING", "WebPage", "read_page"]
