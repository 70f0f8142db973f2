"""HTML as the text a reader sees: a feed item's HTML content, and a page in which
``webpage.read_page`` finds no main text (news pages themselves go through trafilatura there).

Kept beside trafilatura because, measured on feed-item fragments, trafilatura drops a lone
``<p>`` and breaks lines at inline elements ("Two and\nthree\n."), while this reader gives
"Two and three." with block elements as line breaks.

The text here is everything visible: scripts, styles, the head, navigation, templates,
``noscript`` and embedded widgets are dropped; block elements (paragraphs, headings, list items, table rows) become line
breaks, a paragraph a blank line so that sentences never run across it; runs of white space
collapse to one space as a browser shows them (``pre`` keeps its own); entities are decoded.
Markup-like text (``[bold]``) is plain text and kept as written.

The parser is the standard library's ``html.parser``, which never raises on broken markup. Some
releases of it (before 3.11.13 / 3.12.11 / 3.13.4) take quadratic time when a construct is
left open to the end of the file (``<!--`` or ``<a`` repeated with no closing ``>``), so the
input is cut where the first such construct opens, which is also what an HTML5 parser does
(an unclosed comment or tag at the end of the file is dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose content is never shown as text (as are those marked ``hidden``).
_HIDDEN = frozenset(
    "script style template noscript nav svg math iframe object canvas select button datalist "
    "audio video head".split()
)
# What may stand in the head; anything else opens the body, as in an HTML5 parser.
_HEAD_CONTENT = frozenset("title meta link base style script noscript template".split())
# Elements that end a line, and those that end a paragraph (a blank line).
_LINE_BREAK = frozenset("br li dt dd tr td th caption figcaption summary legend option".split())
_PARAGRAPH_BREAK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 ul ol dl table thead tbody tfoot blockquote pre section article "
    "header footer main aside figure address hr details fieldset form center body html".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACES = re.compile(r"[ \t\n\r\f]+")

# Publication date sources, most trusted first: <meta> names or properties (compared in lower
# case), then JSON-LD's datePublished, then <time> elements.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish_date",
    "publish-date",
    "publication_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "date",
)
_DATE_META_RANK = {name: rank for rank, name in enumerate(_DATE_META)}
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"\\]{1,60})"')
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What a page gives an article: its visible text, title and candidate publication dates
    (most trusted first, as written in the page)."""

    text: str
    title: str | None
    dates: tuple[str, ...]


def declared_charset(head: bytes) -> str | None:
    """The encoding a page declares in a ``<meta charset>`` (or http-equiv) near its start."""
    match = _CHARSET.search(head[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def read_html(source: str) -> HtmlPage:
    """The visible text, title and dates of an HTML document; never raises on any ``str``."""
    extractor = _Extractor()
    try:
        extractor.feed(_prepare(source))
        extractor.close()
    except (AssertionError, ValueError, IndexError):  # older parsers on odd declarations
        pass
    return extractor.page()


# ----------------------------------------------------------------------------- input guard

_CONSTRUCT_OPEN = re.compile(r"<(?:!--|!\[|[!?/]|[A-Za-z])")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_RAW_TEXT_OPEN = re.compile(r"<(script|style)(?=[\s/>])", re.I)
_RAW_TEXT_CLOSE = {
    "script": re.compile(r"</\s*script\s*>", re.I),
    "style": re.compile(r"</\s*style\s*>", re.I),
}


def _prepare(source: str) -> str:
    """``source`` cut where the first construct that nothing closes opens (a comment with no
    ``-->`` after it, a script or style never closed, a tag with no ``>`` after it); marked
    sections (``<![CDATA[ … ]]>``, which older parsers reject) dropped up to their ``>``, as
    HTML5 reads them outside SVG and MathML.

    One forward pass: every search starts where the previous construct ended, and a construct
    found to run to the end of the file ends the pass.
    """
    dropped: list[tuple[int, int]] = []
    cut = len(source)
    scan = 0
    while True:
        match = _CONSTRUCT_OPEN.search(source, scan)
        if match is None:
            break
        start, opener = match.start(), match.group()
        if opener == "<!--":
            close = _COMMENT_CLOSE.search(source, match.end())
        elif opener == "<![":
            gt = source.find(">", start)
            if gt >= 0:
                dropped.append((start, gt + 1))
                scan = gt + 1
                continue
            close = None
        else:
            raw = _RAW_TEXT_OPEN.match(source, start)
            if raw is None:
                scan = match.end()
                continue
            close = _RAW_TEXT_CLOSE[raw.group(1).lower()].search(source, raw.end())
        if close is None:
            cut = start
            break
        scan = close.end()
    # Every comment, section and raw text before ``cut`` is closed; a tag is closed when a
    # ``>`` follows it, so nothing may open after the last one.
    last_gt = source.rfind(">", 0, cut)
    tag = _CONSTRUCT_OPEN.search(source, last_gt + 1, cut)
    if tag is not None:
        cut = tag.start()
    kept: list[str] = []
    copied = 0
    for start, end in dropped:
        kept.append(source[copied:start])
        copied = end
    kept.append(source[copied:cut])
    return "".join(kept)


# ----------------------------------------------------------------------------- extraction


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.pending_break = 0  # 0 none, 1 line break, 2 paragraph break
        self.pending_space = False
        self.hidden: list[str] = []  # open hidden elements, innermost last
        self.hidden_count: dict[str, int] = {}  # how many of each name are in ``hidden``
        self.in_head = False
        self.seen_body = False
        self.pre_depth = 0
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.h1_parts: list[str] | None = None
        self.first_h1: str | None = None
        self.meta_dates: list[tuple[int, str]] = []
        self.json_ld: list[str] | None = None
        self.json_ld_dates: list[str] = []
        self.time_dates: list[tuple[int, str]] = []  # (0 if marked as the publication date, value)

    # -- tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head" and not self.seen_body:
            self.in_head = True
            return
        if self.in_head and tag not in _HEAD_CONTENT:
            self.in_head = False  # the body opened without a </head>
        if tag == "body":
            self.in_head, self.seen_body = False, True
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "title" and self.title is None and self.title_parts is None and not self.hidden:
            self.title_parts = []
            return
        if tag == "script" and _attr(attrs, "type") == "application/ld+json":
            self.json_ld = []
        if tag == "time":
            self._time(attrs)
        if tag in _VOID:
            if self.hidden or self.in_head or tag in _HIDDEN or _is_hidden(attrs):
                return
        elif self.hidden or (tag in _HIDDEN and tag != "head") or _is_hidden(attrs):
            # inside a hidden element every element is stacked, so that a nested one of the
            # same name cannot end the hidden part early
            self.hidden.append(tag)
            self.hidden_count[tag] = self.hidden_count.get(tag, 0) + 1
            return
        if self.in_head:
            return
        self._block_edge(tag)
        if tag == "pre":
            self.pre_depth += 1
        elif tag == "h1" and self.first_h1 is None and self.h1_parts is None:
            self.h1_parts = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID or tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)
            if tag not in _VOID:
                self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
            return
        if tag == "title" and self.title_parts is not None:
            self.title = _collapse("".join(self.title_parts)) or None
            self.title_parts = None
            return
        if tag == "script" and self.json_ld is not None:
            self.json_ld_dates.extend(_JSON_LD_DATE.findall("".join(self.json_ld)))
            self.json_ld = None
        if self.hidden:
            if self.hidden_count.get(tag):  # a count, not a search: deep nesting stays linear
                while True:
                    name = self.hidden.pop()
                    self.hidden_count[name] -= 1
                    if name == tag:
                        break
            return
        if self.in_head:
            return
        self._block_edge(tag)
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        elif tag == "h1" and self.h1_parts is not None:
            self.first_h1 = _collapse("".join(self.h1_parts)) or None
            self.h1_parts = None

    def _block_edge(self, tag: str) -> None:
        if tag in _PARAGRAPH_BREAK:
            self.pending_break = 2
        elif tag in _LINE_BREAK:
            if tag == "br" and self.pending_break == 1:
                self.pieces.append("\n")  # consecutive <br>s each break a line
            self.pending_break = max(self.pending_break, 1)

    # -- text

    def handle_data(self, data: str) -> None:
        if self.json_ld is not None:
            self.json_ld.append(data)
            return
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.hidden or self.in_head:
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        if self.pre_depth:
            self._emit(data.replace("\r\n", "\n").replace("\r", "\n"), keep_space=True)
            return
        collapsed = _SPACES.sub(" ", data)
        if collapsed == " ":
            self.pending_space = True
            return
        if not collapsed:
            return
        if collapsed[0] == " ":
            self.pending_space = True
            collapsed = collapsed[1:]
        trailing = collapsed[-1] == " "
        self._emit(collapsed.rstrip(" "), keep_space=False)
        self.pending_space = trailing

    def _emit(self, text: str, keep_space: bool) -> None:
        if not text:
            return
        if self.pieces:
            if self.pending_break:
                self.pieces.append("\n" * self.pending_break)
            elif self.pending_space:
                self.pieces.append(" ")
        self.pending_break = 0
        self.pending_space = False
        self.pieces.append(text)

    # -- metadata

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        content = _attr(attrs, "content")
        if not content:
            return
        for key in ("property", "name", "itemprop"):
            rank = _DATE_META_RANK.get((_attr(attrs, key) or "").lower())
            if rank is not None:
                self.meta_dates.append((rank, content.strip()))
                return

    def _time(self, attrs: list[tuple[str, str | None]]) -> None:
        value = _attr(attrs, "datetime")
        if not value:
            return
        marked = (_attr(attrs, "itemprop") or "").lower() == "datepublished" or any(
            name == "pubdate" for name, _ in attrs
        )
        self.time_dates.append((0 if marked else 1, value.strip()))

    def page(self) -> HtmlPage:
        text = "".join(self.pieces)
        title = self.title or self.first_h1
        if title is None and self.title_parts:  # a <title> left open
            title = _collapse("".join(self.title_parts)) or None
        dates = [value for _, value in sorted(self.meta_dates, key=lambda item: item[0])]
        dates += self.json_ld_dates
        dates += [value for _, value in sorted(self.time_dates, key=lambda item: item[0])]
        unique = tuple(dict.fromkeys(d for d in dates if d))
        return HtmlPage(text, title, unique)


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Marked as not shown: the ``hidden`` attribute, or hidden from assistive technology too."""
    return any(name == "hidden" for name, _ in attrs) or (
        (_attr(attrs, "aria-hidden") or "").lower() == "true"
    )


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str | None:
    for key, value in attrs:
        if key == name:
            return value
    return None


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


__all__ = ["HtmlPage", "declared_charset", "read_html"]
