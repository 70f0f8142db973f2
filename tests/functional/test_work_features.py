"""Pilot tests of the features for real work: the mentions list, export, copy, the date in
hand, many articles at once, and highlights without colour."""

from __future__ import annotations

import base64
import json
from datetime import date

import pytest
from appkit import (
    NARROW,
    STORY,
    WIDE,
    option_texts,
    screen_text,
    settle,
    span_of,
    story_analysis,
    story_app,
    story_article,
)

from newsview.models.analysis import analyse
from newsview.models.document import Article
from newsview.tui.app import NewsviewApp
from newsview.tui.widgets.dialogs import DateScreen, ExportScreen

LOPEZ = [span_of(STORY, "Maria Lopez"), span_of(STORY, "Lopez", 1), span_of(STORY, "Lopez", 2)]


# -- mentions list ----------------------------------------------------------------------------


async def test_mentions_list_shows_every_mention_with_context_and_enter_jumps_to_it():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down")  # Maria Lopez
        await pilot.press("m")
        await settle(pilot)
        mentions = app.mentions
        assert app.focused is mentions and mentions.display
        rows = option_texts(mentions)
        assert len(rows) == 3
        assert "Maria Lopez met John Smith in Paris" in rows[0]
        assert "3 May 2024. Lopez said the French team" in rows[1]
        assert "visit Berlin." in rows[1]  # the words on both sides, on one line
        assert "Lopez spoke again in June 2023" in rows[2]
        # Every mention starts in the same column.
        columns = {row.index(text) for row, text in zip(rows, ["Maria Lopez", "Lopez", "Lopez spoke"], strict=True)}
        assert len(columns) == 1
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.article_view.highlighted("current") == [LOPEZ[2]]
        assert "mention 3 of 3" in app.status.message
        assert app.focused is mentions  # stays, to go through them one by one
        assert "Lopez spoke again" in screen_text(app)


async def test_mentions_list_follows_the_selection_and_n():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down", "m")
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert app.mentions.highlighted == 1  # n moved the current mention: the list follows
        await pilot.press("l", "down")  # John Smith
        await settle(pilot)
        rows = option_texts(app.mentions)
        assert len(rows) == 2 and "John Smith in Paris" in rows[0]
        assert "Smith returned to Paris" in rows[1]


async def test_mentions_list_fits_the_narrow_layout_and_m_hides_it():
    app = story_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("down", "m")
        await settle(pilot)
        mentions = app.mentions
        assert mentions.region.width >= 30 and mentions.region.height >= 5
        assert app.article_view.region.width >= 30  # the text stays beside it
        assert "Maria Lopez met" in screen_text(app)
        await pilot.press("m")
        await settle(pilot)
        assert not mentions.display and app.focused is app.entity_list


async def test_mentions_list_without_a_selection_says_so():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "m")
        await settle(pilot)
        assert option_texts(app.mentions) == ["select an entity to list its mentions"]


# -- export -----------------------------------------------------------------------------------


async def test_export_writes_the_extract_shapes_and_never_overwrites_unasked(tmp_path):
    app = story_app()
    target = tmp_path / "out.json"
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        field = app.screen.query_one("#export-path")
        field.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert "Exported 1 article as JSON" in app.status.message
        record = json.loads(target.read_text(encoding="utf-8"))["articles"][0]
        assert record["id"] == "story" and record["published_from"] == "metadata"
        names = {e["name"]: len(e["mentions"]) for e in record["entities"]}
        assert names["Maria Lopez"] == 3 and names["France"] == 1
        assert [c["value"] for c in record["chronology"]] == ["2023-06", "2024-05-03", "2025"]

        # CSV to an existing file: asked first, replaced on the second Enter only.
        existing = tmp_path / "mentions.csv"
        existing.write_text("keep me", encoding="utf-8")
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(existing)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert existing.read_text(encoding="utf-8") == "keep me"
        assert "exists" in str(app.screen.query_one("#export-problem").render())
        await pilot.press("enter")
        await settle(pilot)
        rows = existing.read_text(encoding="utf-8").splitlines()
        assert rows[0] == (
            "kind,article_id,entity_id,entity_name,type,start,end,text,form,value,time_expression,entities,"
            "corrected,title,published,source,url,author"
        )
        kinds = [row.split(",", 1)[0] for row in rows[1:]]
        assert kinds == ["mention"] * 11 + ["event"] * 3  # the mentions, then the chronology
        assert "mention,story,story/france,France,GPE" in "\n".join(rows)
        assert any(row.startswith("event,story,,,DATE,") and ",2023-06,June 2023," in row for row in rows)


async def test_export_error_is_shown_literally_and_escape_cancels(tmp_path):
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        bad = tmp_path / "[bold]no such folder" / "out.csv"
        app.screen.query_one("#export-path").value = str(bad)
        await pilot.press("enter")
        await settle(pilot)
        problem = str(app.screen.query_one("#export-problem").render())
        assert "Could not write" in problem and "[bold]no such folder" in problem
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert not bad.parent.exists()


async def test_export_of_all_open_articles(tmp_path):
    second = Article("other", "/tmp/other.txt", "Nothing but words here.", "Other story")
    app = NewsviewApp(
        articles=[story_article(), second],
        analyses=[story_analysis(), analyse(second.text, None)],
    )
    target = tmp_path / "all.jsonl"
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#export-path").value = str(target)
        app.screen.query_one("#export-all").value = True
        await pilot.press("enter")
        await settle(pilot)
        lines = target.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["id"] for line in lines] == ["story", "other"]


# -- copy -------------------------------------------------------------------------------------


def capture_driver(app) -> list[str]:
    written: list[str] = []
    original = app._driver.write

    def write(data: str) -> None:
        written.append(data)
        original(data)

    app._driver.write = write
    return written


def osc52_payloads(written: list[str]) -> list[str]:
    prefix = "\x1b]52;c;"
    return [
        base64.b64decode(chunk[len(prefix) : -1]).decode("utf-8")
        for chunk in written
        if chunk.startswith(prefix) and chunk.endswith("\a")
    ]


async def test_y_copies_the_selected_entitys_mentions_by_osc52():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        written = capture_driver(app)
        await pilot.press("down", "y")
        await pilot.pause()
        copied = osc52_payloads(written)
        assert len(copied) == 1
        lines = copied[0].split("\n")
        assert lines[0] == "Maria Lopez" and len(lines) == 4
        assert lines[1].startswith("Maria Lopez\tMaria Lopez met John Smith")
        assert "Copied 3 mentions of Maria Lopez" in app.status.message


async def test_y_in_the_text_copies_the_current_sentence():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        written = capture_driver(app)
        await pilot.press("down", "n", "t", "y")  # the second Lopez, then into the text
        await pilot.pause()
        assert osc52_payloads(written) == [
            "Lopez said the French team would visit Berlin.\n"
            "— A story of our own. 4 May 2024. /tmp/story.txt"
        ]
        assert "Copied the sentence" in app.status.message


# -- the date in hand -------------------------------------------------------------------------

DATED = "Ana Ruiz arrived yesterday in Lima. She will leave next month.\n"


def value_of(app, phrase: str) -> str | None:
    index = app.state.index
    return next(t.value for t in index.analysis.timexes if t.text == phrase)


async def test_d_sets_the_date_and_relative_dates_and_chronology_re_resolve():
    article = Article("dated", "/tmp/dated.txt", DATED, "Dated", date(2024, 5, 4), "metadata")
    app = NewsviewApp(articles=[article])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert value_of(app, "yesterday") == "2024-05-03"
        assert "from metadata" in str(app.query_one("#header").render())
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DateScreen)
        field = app.screen.query_one("#date-input")
        field.value = "2020-02-30"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DateScreen)  # not a date: asked again
        assert "Not a date" in str(app.screen.query_one("#date-problem").render())
        field.value = "2020-03-01"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, DateScreen)
        assert value_of(app, "yesterday") == "2020-02-29"
        assert value_of(app, "next month") == "2020-04"
        assert any("29 Feb 2020" in row for row in option_texts(app.chronology))
        header = str(app.query_one("#header").render())
        assert "1 Mar 2020 (set by you)" in header
        assert "re-resolved against 1 Mar 2020" in app.status.message


async def test_header_says_when_the_date_is_unknown():
    app = story_app(published=None, published_from=None)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "date unknown" in str(app.query_one("#header").render())


# -- any terminal -----------------------------------------------------------------------------

ATTRIBUTES = ("bold", "italic", "underline", "reverse")


def drawn_attributes(app, span: tuple[int, int]) -> tuple[bool, ...]:
    """The non-colour attributes the article pane draws at ``span``, after the app's filters
    (NO_COLOR's among them)."""
    view = app.article_view
    line = view.line_of(span[0]) - view.scroll_offset.y
    strip = view.render_line(line)
    segments = list(strip)
    for line_filter in app._filters:
        segments = line_filter.apply(segments, app.styles.background)
    start, _ = view.line_span(view.line_of(span[0]))
    column = span[0] - start
    position = 0
    for segment in segments:
        if position <= column < position + len(segment.text):
            style = segment.style
            return tuple(bool(getattr(style, name)) for name in ATTRIBUTES)
        position += len(segment.text)
    raise AssertionError("span not drawn")


async def _highlight_attributes(app) -> dict[str, tuple[bool, ...]]:
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down", "n")  # Maria Lopez selected, her second mention current
        await pilot.pause()
        return {
            "current": drawn_attributes(app, LOPEZ[1]),
            "selected": drawn_attributes(app, LOPEZ[0]),
            "mention": drawn_attributes(app, span_of(STORY, "John Smith")),
            "timex": drawn_attributes(app, span_of(STORY, "3 May 2024")),
            "plain": drawn_attributes(app, span_of(STORY, "met")),
        }


async def test_without_colour_selected_current_and_other_mentions_stay_distinct(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = story_app()
    assert app.no_color
    drawn = await _highlight_attributes(app)
    assert len(set(drawn.values())) == len(drawn), drawn


@pytest.mark.parametrize("theme", ["textual-light", "ansi-dark", "ansi-light"])  # ansi: 16 colours
async def test_light_and_16_colour_themes_keep_the_highlights_distinct(theme):
    app = story_app()
    app.theme = theme
    drawn = await _highlight_attributes(app)
    assert len(set(drawn.values())) == len(drawn), drawn


def contrast(foreground, background) -> float:
    """WCAG contrast ratio of two Rich colours (1 to 21)."""

    def luminance(colour) -> float:
        def channel(value: int) -> float:
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = colour.get_truecolor()
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


async def test_the_key_bar_and_status_line_are_legible_in_every_built_in_colour_theme():
    # Themes set the footer's description colour, not always its plain foreground: read with
    # the latter, solarized-light drew the key bar's words at 1.5:1 (pale blue on blue).
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down")  # something in the status line
        themes = [name for name in sorted(app.available_themes) if "ansi" not in name]
        assert len(themes) > 10
        worst = {}
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            strips = app.screen._compositor.render_strips()
            for pane in ("keys", "status"):
                row = strips[app.query_one(f"#{pane}").region.y]
                for text, style, _ in row:
                    if not text.strip() or style is None or style.bold:  # bold: the key letters
                        continue
                    ratio = contrast(style.color, style.bgcolor)
                    worst[theme, pane] = min(ratio, worst.get((theme, pane), 21.0))
        assert all(ratio >= 3.0 for ratio in worst.values()), {
            key: round(ratio, 2) for key, ratio in worst.items() if ratio < 3.0
        }


# -- many articles ----------------------------------------------------------------------------

SECOND = "Maria Lopez flew to Paris on 2 June 2024. Lopez was tired.\n"


def two_story_app() -> NewsviewApp:
    from appkit import build_analysis

    second = Article("second", "/tmp/second.txt", SECOND, "Second story", date(2024, 6, 3), "metadata")
    analysis = build_analysis(
        SECOND,
        [("maria-lopez", "Maria Lopez", "PERSON", ["Maria Lopez", "Lopez"], []),
         ("paris", "Paris", "GPE", ["Paris"], [])],
        [("2 June 2024", "2024-06-02")],
    )
    return NewsviewApp(articles=[story_article(), second], analyses=[story_analysis(), analysis])


async def test_scope_switch_counts_articles_and_lists_mentions_of_every_article():
    app = two_story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("l", "s")
        await settle(pilot)
        rows = option_texts(app.entity_list)
        assert " Maria Lopez  2 art. · 5" in rows
        assert " John Smith  1 art. · 2" in rows
        assert " Paris  2 art. · 4" in rows
        await pilot.press("down")  # Maria Lopez, named in both
        await pilot.pause()
        assert app.status.message.startswith(
            "Maria Lopez — in 2 of 2 articles: A story of our own, Second story — 5 mentions"
        )
        assert app.article_view.highlighted("current") == [LOPEZ[0]]
        assert app.article_list.marked_articles() == {"story", "second"}  # those naming her
        region = app.article_list.content_region
        drawn = screen_text(app).splitlines()[region.y : region.bottom]
        assert [line[region.x : region.right].lstrip()[:1] for line in drawn[:2]] == ["●", "●"]
        await pilot.press("m")
        await settle(pilot)
        rows = option_texts(app.mentions)
        assert len(rows) == 5
        assert rows[0].startswith("A story of our") and rows[3].startswith("Second story")
        await pilot.press("down", "down", "down", "enter")  # the first mention in the second
        await settle(pilot)
        assert app.state.current == "second"
        assert app.article_view.highlighted("current") == [span_of(SECOND, "Maria Lopez")]
        assert app.state.scope == "all" and app.state.selected_group is not None
        await pilot.press("l", "s")  # back to this article: its own entities
        await settle(pilot)
        assert " Maria Lopez  2" in option_texts(app.entity_list)


async def test_timeline_of_all_articles_names_each_rows_article_and_goes_there():
    app = two_story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("s", "c")
        await settle(pilot)
        rows = option_texts(app.chronology)
        dates = [row.split()[0:2] for row in rows]
        assert len(rows) == 4
        assert "Jun 2023" in rows[0] and "A story of ou" in rows[0]
        assert "2 Jun 2024" in rows[2] and "Second story" in rows[2]
        assert dates  # each row starts with its date
        await pilot.press("down", "down", "down")
        await settle(pilot)
        assert app.state.current == "second"
        start = SECOND.index("Maria")
        assert app.article_view.highlighted("sentence") == [(start, SECOND.index("2024.") + 5)]
        assert app.chronology.highlighted == 2  # the cursor stays on the chosen row


# -- mouse selection in the article pane ------------------------------------------------------


async def test_text_dragged_over_with_the_mouse_is_selected_and_y_copies_it():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        written = capture_driver(app)
        view = app.article_view
        left = view.content_region.x - view.region.x  # border and padding
        top = view.content_region.y - view.region.y
        await pilot.mouse_down(view, offset=(left + 6, top))  # "Lopez" of "Maria Lopez"
        await pilot.hover(view, offset=(left + 8, top + 1))
        await pilot.mouse_up(view, offset=(left + 8, top + 1))
        await pilot.pause()
        selected = app.screen.get_selected_text()
        first, second = view.line_span(0), view.line_span(1)
        assert selected is not None and selected.startswith("Lopez met John Smith")
        assert selected == STORY[6 : second[0] + 9]  # through the cell under the pointer
        assert first[0] == 0
        await pilot.press("y")
        await pilot.pause()
        assert osc52_payloads(written) == [selected]
        assert "Copied the selected text" in app.status.message
        assert app.state.selected is None  # the drag did not click a mention


async def test_help_and_palette_offer_the_new_keys():
    from newsview.tui.widgets.help import HelpScreen

    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        everywhere = {keys[0]: text for keys, text in app.screen.sections[0].rows}
        assert everywhere["m"].startswith("Mentions list")
        assert everywhere["x"].startswith("Export")
        assert everywhere["y"].startswith("Copy")
        assert everywhere["d"].startswith("Set the article's publication date")
        assert everywhere["s"].startswith("Entities and chronology: this article or all")
        labels = [label for label, _, _ in app.palette_actions()]
        for wanted in ("Mentions list", "Export", "Copy", "Set the publication date",
                       "This article / all articles"):
            assert wanted in labels


async def test_a_found_match_stays_apart_from_a_selected_mention_without_colour(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down")  # Maria Lopez: her other mentions drawn "selected"
        await pilot.pause()
        app.state.found = span_of(STORY, "Berlin")
        app.article_view.marks_changed()
        await pilot.pause()
        found = drawn_attributes(app, span_of(STORY, "Berlin"))
        selected = drawn_attributes(app, LOPEZ[1])
        assert found != selected


async def test_a_time_expression_under_the_mouse_shows_its_resolution():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = app.article_view
        left = view.content_region.x - view.region.x
        top = view.content_region.y - view.region.y
        start = STORY.index("3 May 2024")
        await pilot.hover(view, offset=(left + start + 2, top))
        await pilot.pause()
        assert app.status.message == "3 May 2024 → 3 May 2024"
        assert app.state.selected is None  # pointing selects nothing
        await pilot.hover(view, offset=(left + 1, top))  # over "Maria Lopez": no change
        await pilot.pause()
        assert app.state.selected is None
        assert app.status.message == "3 May 2024 → 3 May 2024"


async def test_date_option_is_named_in_the_header_and_resolves_the_dates(tmp_path):
    (tmp_path / "a.txt").write_text("Ana Ruiz arrived yesterday.\n", encoding="utf-8")
    app = NewsviewApp(paths=[str(tmp_path)], default_date=date(2022, 1, 10))
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(50):
            await settle(pilot)
            if app.state.index is not None:
                break
        assert "10 Jan 2022 (from --date)" in str(app.query_one("#header").render())
        assert value_of(app, "yesterday") == "2022-01-09"


async def test_n_across_all_articles_goes_on_to_the_next_article_naming_the_entity():
    app = two_story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("l", "s", "down")  # Maria Lopez across both articles
        await settle(pilot)
        await pilot.press("n", "n", "n")  # her 2nd and 3rd in the first, then the second's 1st
        await settle(pilot)
        assert app.state.current == "second"
        assert app.article_view.highlighted("current") == [span_of(SECOND, "Maria Lopez")]
        await pilot.press("N")
        await settle(pilot)
        assert app.state.current == "story"
        assert app.article_view.highlighted("current") == [LOPEZ[2]]
        assert "mention 3 of 3" in app.status.message


async def test_y_across_all_articles_copies_every_articles_mentions_with_its_title():
    app = two_story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        written = capture_driver(app)
        await pilot.press("l", "s", "down", "right_square_bracket")  # now in the second
        await settle(pilot)
        await pilot.press("l", "y")
        await pilot.pause()
        lines = osc52_payloads(written)[0].split("\n")
        assert lines[0] == "Maria Lopez" and len(lines) == 6
        assert lines[1].startswith("A story of our own\tMaria Lopez\tMaria Lopez met John Smith")
        assert lines[5].startswith("Second story\tLopez\t") and "Lopez was tired." in lines[5]


async def test_a_mention_clicked_across_all_articles_selects_its_entity_everywhere():
    app = two_story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("l", "s", "down")  # Maria Lopez
        await settle(pilot)
        view = app.article_view
        left = view.content_region.x - view.region.x
        top = view.content_region.y - view.region.y
        await pilot.click(view, offset=(left + STORY.index("John") + 1, top))
        await settle(pilot)
        assert app.state.selected == "john-smith"
        assert app.state.group is not None and app.state.group.name == "John Smith"
        await pilot.press("m")
        await settle(pilot)
        assert len(option_texts(app.mentions)) == 2


async def test_mentions_list_title_names_the_entity_literally():
    from appkit import build_analysis

    name = "R[b]X[@click=app.quit]o"
    text = f"The {name} group met. {name} left.\n"
    analysis = build_analysis(text, [("red", name, "ORG", [name], [])], [])
    app = NewsviewApp(articles=[story_article(text=text)], analyses=[analysis])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down", "m")
        await settle(pilot)
        assert f"{name}: 2 mentions (m)" in screen_text(app)
        assert app.is_running  # nothing was run
        rows = option_texts(app.mentions)
        assert len(rows) == 2 and name in rows[0]


async def test_keys_typed_in_the_dialogs_are_typed_not_run(tmp_path):
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        field = app.screen.query_one("#export-path")
        field.value = ""
        await pilot.press(*"mxyds", "question_mark", "q")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen) and field.value == "mxyds?q"
        await pilot.press("escape", "d")
        await settle(pilot)
        field = app.screen.query_one("#date-input")
        field.value = ""
        await pilot.press(*"xys")
        await settle(pilot)
        assert isinstance(app.screen, DateScreen) and field.value == "xys"
        assert app.state.scope == "article"


async def test_e_on_the_timeline_of_all_articles_keeps_the_selected_entitys_events():
    app = two_story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("l", "s", "down", "down")  # John Smith: only in the first article
        await settle(pilot)
        assert sorted(app.chronology.marked_events()) == [("story", 1), ("story", 2)]
        await pilot.press("e")
        await settle(pilot)
        rows = option_texts(app.chronology)
        assert len(rows) == 2 and all("A story of ou" in row for row in rows)
        await pilot.press("up")  # Maria Lopez, named in both: events of both articles
        await settle(pilot)
        rows = option_texts(app.chronology)
        assert any("Second story" in row for row in rows)
        assert any("A story of ou" in row for row in rows)


async def test_a_result_for_the_old_date_arriving_last_does_not_overwrite_the_new_date(monkeypatch):
    import threading

    import newsview.tui.analysis_runner as app_module

    old_date_may_finish = threading.Event()
    real_batch = app_module.analyse_batch

    def batch(jobs, explain=False):
        if jobs[0][2] == date(2024, 5, 4):  # the first analysis, still running when d is pressed
            old_date_may_finish.wait(10)
        return real_batch(jobs)

    monkeypatch.setattr(app_module, "analyse_batch", batch)
    article = Article("dated", "/tmp/dated.txt", DATED, "Dated", date(2024, 5, 4), "metadata")
    app = NewsviewApp(articles=[article])
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        app.screen.query_one("#date-input").value = "2020-03-01"
        await pilot.press("enter")
        for _ in range(100):  # the new date's analysis lands first
            await pilot.pause(0.02)
            if app.state.index is not None:
                break
        assert value_of(app, "yesterday") == "2020-02-29"
        old_date_may_finish.set()
        await settle(pilot)
        assert value_of(app, "yesterday") == "2020-02-29"
        assert "re-resolved against 1 Mar 2020" in app.status.message


# -- rough edges a new user hit (issue 13) ----------------------------------------------------


async def test_y_in_the_chronology_copies_the_row_under_the_cursor_with_an_entity_selected():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        written = capture_driver(app)
        await pilot.press("l", "j", "c", "j", "j", "j")
        await settle(pilot)
        assert app.state.selected == "maria-lopez" and app.state.mention is not None
        event = app.state.selected_event
        assert event is not None and event.sentence == "A year later, Smith returned to Paris."
        await pilot.press("y")
        await pilot.pause()
        assert osc52_payloads(written) == [
            "A year later, Smith returned to Paris.\n— A story of our own. 4 May 2024. /tmp/story.txt"
        ]
        assert "A year later" in app.status.message


async def test_ctrl_c_says_what_it_copied_or_why_it_did_not():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        written = capture_driver(app)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.status.message.startswith("Nothing selected")
        view = app.article_view
        left = view.content_region.x - view.region.x
        top = view.content_region.y - view.region.y
        await pilot.mouse_down(view, offset=(left, top))
        await pilot.hover(view, offset=(left + 10, top))  # through the cell under the pointer
        await pilot.mouse_up(view, offset=(left + 10, top))
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert osc52_payloads(written) == ["Maria Lopez"]
        assert app.status.message == "Copied the selected text (11 characters) by OSC 52"


async def test_all_articles_scope_with_one_article_does_not_say_all_1():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert "all 1" not in app.status.message
        assert app.status.message.startswith("Only one article is open")


async def test_export_says_the_format_written_and_the_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#export-path").value = "notes.txt"
        await pilot.press("enter")
        await settle(pilot)
        written = tmp_path / "notes.txt"
        assert json.loads(written.read_text(encoding="utf-8"))["articles"][0]["id"] == "story"
        assert app.status.message == (
            f"Exported 1 article as JSON (the ending .txt names no format) to {written}"
        )


def test_the_header_shows_the_pages_metadata_and_keeps_the_counter_when_narrow():
    from newsview.tui.state import AppState
    from newsview.tui.widgets.status import header_content

    page = story_article(
        title="Blair and Brown agree election timetable", published_from="page",
        source="Daily Chronicle", author="Jane Morrison", path="https://news.example.org/a",
        url="https://news.example.org/politics/blair-brown-timetable",
    )
    state = AppState(articles=[page, story_article(id="two")])
    wide = header_content(state, 200).plain
    assert wide.startswith("Blair and Brown agree election timetable  4 May 2024 (from the page)")
    assert "Daily Chronicle  by Jane Morrison  https://news.example.org/politics/blair-brown-timetable" in wide
    assert wide.rstrip().endswith("1/2") and len(wide) == 200
    narrow = header_content(state, 78).plain
    assert narrow.rstrip().endswith("1/2") and len(narrow) <= 78
    assert "(from the page)" in narrow and "https" not in narrow  # the address gave way first
    tiny = header_content(state, 30).plain
    assert tiny.endswith("1/2") and "…" in tiny and len(tiny) <= 30
