"""What is drawn, not only what the state says: after a key, the screen's own cells show the
cursor row and the current mention where they now are, and nowhere else. (Panes redraw only
the rows a key changed, so a row left out would show up here as a stale highlight.)"""

from __future__ import annotations

import pytest
from appkit import STORY, WIDE, settle, span_of, story_app
from rich.style import Style


def drawn_styles(app, widget) -> list[list[tuple[str, Style]]]:
    """The widget's content rows as drawn on the screen: (character, style) per cell."""
    strips = app.screen._compositor.render_strips()
    region = widget.content_region
    rows = []
    for y in range(region.y, region.bottom):
        cells = []
        for text, style, _ in strips[y].crop(region.x, region.right):
            cells.extend((char, style) for char in text)
        rows.append(cells)
    return rows


def cursor_rows(app, option_list) -> list[str]:
    """The rows drawn with the cursor's background."""
    highlight = option_list.get_visual_style(
        "option-list--option", "option-list--option-highlighted"
    ).rich_style.bgcolor
    rows = drawn_styles(app, option_list)
    return [
        "".join(char for char, _ in row).strip()
        for row in rows
        if row and row[0][1] is not None and row[0][1].bgcolor == highlight
    ]


async def test_the_entity_cursor_is_drawn_on_one_row_as_it_moves_down_and_up():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        entities = app.entity_list
        for key in ["down", "down", "down", "up", "down", "down"]:
            await pilot.press(key)
            await pilot.pause()
            option = entities.get_option_at_index(entities.highlighted)
            drawn = cursor_rows(app, entities)
            assert drawn == [str(option.prompt).strip()], key


async def test_the_chronology_cursor_is_drawn_on_one_row_as_it_moves():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        chronology = app.chronology
        for key in ["down", "down", "up"]:
            await pilot.press(key)
            await pilot.pause()
            option = chronology.get_option_at_index(chronology.highlighted)
            drawn = cursor_rows(app, chronology)
            assert len(drawn) == 1 and drawn[0].rstrip("…") in str(option.prompt), key


def look(style: Style) -> tuple:
    """What the eye sees of a style (not the offsets carried along for mouse selection)."""
    return (style.color, style.bgcolor, style.bold, style.underline, style.reverse, style.italic)


def drawn_style_at(app, offset: int) -> tuple:
    """How the character at text offset ``offset`` is drawn on the screen."""
    return look(drawn_cell(app, offset))


async def test_n_draws_the_current_mention_at_the_new_place_and_unmarks_the_old():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down")  # Maria Lopez: "Maria Lopez", "Lopez", "Lopez"
        await pilot.pause()
        mentions = [span_of(STORY, "Maria Lopez")[0], *(span_of(STORY, "Lopez", n)[0] for n in (1, 2))]
        current = drawn_style_at(app, mentions[0])
        selected = drawn_style_at(app, mentions[1])
        assert current != selected
        for step in (1, 2, 0):  # n, n, n (wraps to the first)
            await pilot.press("n")
            await pilot.pause()
            drawn = [drawn_style_at(app, offset) for offset in mentions]
            assert drawn == [current if n == step else selected for n in range(3)], step


async def test_selecting_another_entity_redraws_the_old_ones_mentions_as_plain_mentions():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        smith = span_of(STORY, "John Smith")[0]
        await pilot.press("down")  # Maria Lopez
        await pilot.pause()
        plain = drawn_style_at(app, smith)  # a mention of another entity
        lopez = span_of(STORY, "Lopez", 1)[0]
        lopez_selected = drawn_style_at(app, lopez)
        assert lopez_selected != plain
        await pilot.press("down")  # John Smith
        await pilot.pause()
        assert drawn_style_at(app, lopez) == plain
        assert drawn_style_at(app, smith) != plain


def drawn_cell(app, offset: int) -> Style:
    """The style drawn on the screen for the character at text offset ``offset``."""
    view = app.article_view
    line = view.line_of(offset)
    column = offset - view.line_span(line)[0]
    return drawn_styles(app, view)[line - view.scroll_offset.y][column][1]


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light", "textual-dark", "textual-light"])
async def test_a_mention_in_the_marked_sentence_stays_visible(theme):
    # 16-colour themes cannot blend: the sentence's background was the mentions' colour.
    app = story_app()
    app.theme = theme
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("c", "down")
        await pilot.pause()
        event = app.state.selected_event
        assert event is not None
        inside = [
            mention.start
            for entity in app.state.index.analysis.entities
            for mention in entity.mentions
            if event.start <= mention.start < event.end
        ]
        assert inside
        for offset in inside:
            style = drawn_cell(app, offset)
            assert style.bgcolor is not None and style.color != style.bgcolor, (theme, offset)


@pytest.mark.parametrize("theme", ["ansi-dark", "ansi-light"])
async def test_the_entity_cursor_stays_visible_when_the_list_loses_focus(theme):
    app = story_app()
    app.theme = theme
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")  # John Smith, below Maria Lopez
        await pilot.press("t")  # focus to the text
        await pilot.pause()
        assert not app.entity_list.has_focus
        rows = drawn_styles(app, app.entity_list)
        texts = ["".join(char for char, _ in row).strip() for row in rows]
        cursor = next(i for i, text in enumerate(texts) if text.startswith("John Smith"))
        other = next(i for i, text in enumerate(texts) if text.startswith("Maria Lopez"))
        first_letter = lambda row: next(style for char, style in rows[row] if char.strip())  # noqa: E731
        assert look(first_letter(cursor)) != look(first_letter(other))


async def test_lines_built_in_one_go_match_textuals_own_padding_and_offsets():
    from appkit import build_analysis

    from newsview.models.document import Article
    from newsview.tui.app import NewsviewApp

    text = (
        "Maria Lopez met 李小龙 in Paris 🇫🇷 on 3 May 2024.\n\n"
        "A long line that wraps: " + "Lopez walked through Paris again and again. " * 6 + "\n"
        "\tTabbed, then Ｆｕｌｌｗｉｄｔｈ Paris.\n"
    )
    analysis = build_analysis(
        text,
        [
            ("maria-lopez", "Maria Lopez", "PERSON", ["Maria Lopez", "Lopez"], []),
            ("paris", "Paris", "GPE", ["Paris"], []),
        ],
        [("3 May 2024", "2024-05-03")],
    )
    app = NewsviewApp(articles=[Article("t", "/tmp/t.txt", text)], analyses=[analysis])
    async with app.run_test(size=(70, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "n")  # marks of every kind on the lines
        await pilot.pause()
        view = app.article_view
        base = view.rich_style
        width = view.scrollable_content_region.width

        def cells(strip):
            return [(text, style) for text, style, _ in strip if text]

        for line in range(view.line_count):
            pieces = view.line_pieces(line)
            textual = view._render_text_line(pieces, base).crop_extend(0, width, base)
            expected = textual.apply_offsets(0, line)
            built = view._final_line(pieces, base, width, line)
            assert cells(built) == cells(expected), line
            assert built.cell_length == width
