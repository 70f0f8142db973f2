"""Pilot tests of the explorer: keys pressed, then what is highlighted, said and shown."""

from __future__ import annotations

from datetime import date

from appkit import (
    STORY,
    WIDE,
    build_analysis,
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
from newsview.tui.widgets.help import HelpScreen
from newsview.tui.widgets.search import SearchScreen

# -- entities pane ----------------------------------------------------------------------------


async def test_entities_grouped_by_type_sorted_with_counts_and_headers_skipped():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        rows = option_texts(app.entity_list)
        assert rows == [
            "People · 5 mentions",
            " Maria Lopez  3",
            " John Smith  2",
            "Organisations · 1 mention",
            " Acme Corporation  1",
            "Places · 5 mentions",
            " Paris  3",
            " France  0 + 1 as French",  # the demonym counted apart, France first seen first
            " Berlin  1",
        ]
        await pilot.press("down")
        await pilot.pause()
        assert app.entity_list.highlighted == 1  # the cursor skipped the header
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.entity_list.highlighted == 4  # over the Organisations header
        assert app.state.selected == "acme"


async def test_moving_the_cursor_selects_and_highlights_every_mention_demonyms_included():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        for _ in range(5):  # down to France, known only as "French"
            await pilot.press("down")
            await pilot.pause()
        assert app.state.selected == "france"
        assert app.article_view.highlighted("current") == [span_of(STORY, "French")]
        await pilot.press("up")  # Paris
        await pilot.pause()
        paris = [span_of(STORY, "Paris", n) for n in range(3)]
        view = app.article_view
        assert view.highlighted("current") == paris[:1]
        assert view.highlighted("selected") == paris[1:]
        # Others stay subtly marked; time expressions are marked too.
        assert span_of(STORY, "Maria Lopez") in view.highlighted("mention")
        assert span_of(STORY, "3 May 2024") in view.highlighted("timex")
        assert app.status.message == "Paris — mention 1 of 3 — variants: Paris"


async def test_status_names_variants_and_demonyms():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down")
        await pilot.pause()
        assert app.status.message == (
            "Maria Lopez — mention 1 of 3 — variants: Maria Lopez, Lopez"
        )


async def test_n_and_shift_n_step_through_mentions_and_wrap():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down")
        await pilot.pause()
        lopez = [span_of(STORY, "Maria Lopez"), *[span_of(STORY, "Lopez", n) for n in (1, 2)]]
        seen = []
        for _ in range(3):
            await pilot.press("n")
            await pilot.pause()
            seen.append((app.article_view.highlighted("current"), app.status.message))
        assert seen[0] == ([lopez[1]], seen[0][1])
        assert "mention 2 of 3" in seen[0][1]
        assert "mention 3 of 3" in seen[1][1]
        assert seen[2][0] == [lopez[0]] and "mention 1 of 3" in seen[2][1]  # wrapped
        await pilot.press("N")
        await pilot.pause()
        assert app.article_view.highlighted("current") == [lopez[2]]
        assert "mention 3 of 3" in app.status.message


async def test_n_without_a_selection_says_what_to_do():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "Select an entity first" in app.status.message
        assert app.article_view.highlighted("current") == []


async def test_selection_scrolls_the_article_and_n_centres_the_mention():
    filler = "Nothing happens in this sentence at all, it only takes room. " * 6 + "\n"
    text = "Maria Lopez arrived.\n" + filler * 30 + "Later Lopez left.\n" + filler * 30
    article = story_article(text=text)
    from appkit import build_analysis

    analysis = build_analysis(
        text, [("maria-lopez", "Maria Lopez", "PERSON", ["Maria Lopez", "Lopez"], [])], []
    )
    app = NewsviewApp(articles=[article], analyses=[analysis])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = app.article_view
        await pilot.press("down")
        await pilot.pause()
        assert view.scroll_offset.y == 0  # the first mention is on the first line
        await pilot.press("n")
        await pilot.pause()
        line = view.line_of(text.index("Lopez left"))
        height = view.scrollable_content_region.height
        assert view.scroll_offset.y == line - height // 2  # centred
        assert any("Later Lopez left." in row for row in view.visible_text())


# -- chronology -------------------------------------------------------------------------------


async def test_chronology_shows_readable_dates_in_time_order():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        rows = option_texts(app.chronology)
        assert [row.strip().split("  ")[0] for row in rows] == [
            "Jun 2023",
            "3 May 2024",
            "2025",
        ]
        assert rows[0].endswith("Lopez spoke again in June 2023 about Paris.")
        drawn = screen_text(app)
        assert "Jun 2023" in drawn and "3 May 2024" in drawn


async def test_moving_in_the_chronology_marks_the_sentence_and_says_the_date():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("down", "down", "down")  # the third event: "A year later"
        await pilot.pause()
        start = STORY.index("A year later")
        end = STORY.index("Paris.", start) + len("Paris.")
        assert app.article_view.highlighted("sentence") == [(start, end)]
        assert app.status.message == "A year later → 2025"


async def test_selected_entity_marks_its_events_and_e_shows_only_those():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")  # John Smith
        await pilot.pause()
        assert app.state.selected == "john-smith"
        rows = option_texts(app.chronology)
        # Marked: 3 May 2024 (events 1) and "A year later" (event 2), not June 2023 (event 0).
        assert len(rows) == 3 and sorted(app.chronology.marked_events()) == [1, 2]
        drawn = [line for line in screen_text(app).splitlines() if "3 May 2024" in line]
        assert any("● 3 May 2024" in line for line in drawn)
        await pilot.press("e")
        await pilot.pause()
        rows = option_texts(app.chronology)
        assert len(rows) == 2 and sorted(app.chronology.marked_events()) == [1, 2]
        assert "Jun 2023" not in screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        assert len(option_texts(app.chronology)) == 3


# -- filters, articles, panes -----------------------------------------------------------------


async def test_number_keys_hide_a_type_in_the_list_and_in_the_text():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        paris = span_of(STORY, "Paris")
        assert paris in app.article_view.highlighted("mention")
        await pilot.press("3")
        await pilot.pause()
        rows = option_texts(app.entity_list)
        assert "Places · 3 hidden (3)" in rows
        assert not any("Paris" in row for row in rows)
        assert paris not in app.article_view.highlighted("mention")
        await pilot.press("3")
        await pilot.pause()
        assert " Paris  3" in option_texts(app.entity_list)
        assert paris in app.article_view.highlighted("mention")


async def test_brackets_move_between_articles_and_the_list_shows_them():
    second_text = "Quiet day in Oslo.\n"
    second = Article("second", "/tmp/second.txt", second_text, None, date(2024, 6, 1), "text")
    from appkit import build_analysis

    analyses = [
        story_analysis(),
        build_analysis(second_text, [("oslo", "Oslo", "GPE", ["Oslo"], [])], []),
    ]
    app = NewsviewApp(articles=[story_article(), second], analyses=analyses)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert [app.article_list.row_text(n) for n in range(2)] == [
            "   6 A story of our own  4 May 2024",
            "   1 second.txt  1 Jun 2024",
        ]
        assert "   6 A story of our own" in screen_text(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.state.current == "second"
        assert app.article_view.visible_text()[0] == "Quiet day in Oslo."
        assert "second.txt" in screen_text(app)  # no title: the file name
        assert option_texts(app.entity_list)[1] == " Oslo  1"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.state.current == "story"
        assert "A story of our own" in screen_text(app).splitlines()[0]


async def test_header_shows_title_date_and_where_the_date_came_from():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        first_line = screen_text(app).splitlines()[0]
        assert "A story of our own" in first_line
        assert "4 May 2024 (from metadata)" in first_line
        assert "/tmp/story.txt" in first_line


async def test_wide_layout_puts_the_panes_side_by_side():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        entities, article, chronology = (
            app.entity_list.region,
            app.article_view.region,
            app.chronology.region,
        )
        assert entities.right <= article.x and article.right <= chronology.x
        assert entities.height > 30 and article.height == entities.height


async def test_narrow_layout_shows_every_pane_and_each_key_reaches_one():
    # 80x24 is a designed layout: entities | text above, the chronology across the bottom.
    app = NewsviewApp(
        articles=[story_article(), story_article(id="second", title="Second story")],
        analyses=[story_analysis(), story_analysis()],
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for pane in (app.entity_list, app.article_view, app.chronology):
            assert pane.display and pane.region.width > 0 and pane.region.height >= 7
        assert app.chronology.region.width == 80  # the whole width
        assert "Jun 2023" in screen_text(app)  # the chronology at start-up, no key pressed
        for key, pane in (("t", app.article_view), ("c", app.chronology), ("a", app.article_list),
                          ("l", app.entity_list)):
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            assert app.focused is pane and pane.region.width > 0 and pane.region.height > 2, key
        short_chronology = app.chronology.region.height
        await pilot.press("j", "e")  # Maria Lopez's events only: in a pane on screen
        await pilot.pause()
        assert app.state.only_selected_events
        rows = [row for row in screen_text(app).splitlines() if "Lopez" in row or "Smith" in row]
        assert any("2024" in row for row in rows)
        await pilot.press("c")
        await pilot.pause()
        await pilot.pause()
        assert app.chronology.region.height > short_chronology  # taller while in use
        lines = screen_text(app).splitlines()
        assert lines[0].rstrip().endswith("1/2")  # the article counter, not cut
        assert lines[-1].rstrip().endswith("q quit") and "…" not in lines[-1]
        for words in ("tab pane", "n/N next mention", "e its events", "/ search", "? keys"):
            assert words in lines[-1]


async def test_a_wide_terminal_widens_the_side_column_and_its_names():
    long_name = "Liberal Democrats of the North"
    text = f"The {long_name} met on 3 May 2024. The {long_name} left. The {long_name} came back.\n"
    analysis = build_analysis(text, [("ld", long_name, "ORG", [long_name], [])], [])
    article = story_article(text=text)
    widths = {}
    for size in ((160, 45), (200, 60)):
        app = NewsviewApp(articles=[article], analyses=[analysis])
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            widths[size] = app.query_one("#side").region.width
            rows = option_texts(app.entity_list)
            if size == (200, 60):
                assert any(f"{long_name}  3" in row for row in rows), rows
    assert widths[(160, 45)] >= 34 and widths[(200, 60)] > widths[(160, 45)]


async def test_clicking_an_entity_a_mention_and_an_event_selects_them():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.click("#entities", offset=(3, 3))  # border, header, Maria Lopez, John Smith
        await pilot.pause()
        assert app.state.selected == "john-smith"
        # Click the second "Lopez" where the article pane draws it.
        view = app.article_view
        start = span_of(STORY, "Lopez", 1)[0]
        line = view.line_of(start)
        column = start - view.line_span(line)[0]
        content = view.content_region
        await pilot.click("#article", offset=(content.x - view.region.x + column + 1,
                                              content.y - view.region.y + line))
        await pilot.pause()
        assert app.state.selected == "maria-lopez"
        assert app.article_view.highlighted("current") == [span_of(STORY, "Lopez", 1)]
        assert "mention 2 of 3" in app.status.message
        await pilot.click("#chronology", offset=(5, 1))
        await pilot.pause()
        assert app.state.event is not None
        assert app.article_view.highlighted("sentence")


async def test_help_and_search_open_and_escape_leaves_things_as_they_were():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Next mention" in screen_text(app) or "Next" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("q", "n", "1", "left_square_bracket", "question_mark")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        assert app.state.selected is None and not app.state.hidden_groups


async def test_search_enter_selects_the_entity_and_focuses_the_article():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"smith")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await settle(pilot)
        assert app.state.selected == "john-smith"
        assert app.focused is app.article_view
        # The search jumps to the first mention written as matched: "Smith".
        assert app.article_view.highlighted("current") == [span_of(STORY, "Smith", 1)]


# -- untrusted text ---------------------------------------------------------------------------

HOSTILE = "[bold]loud[/] and [/] then [@click=app.quit]click me[/] \x1b[31mred\x1b[0m"


async def test_markup_in_text_title_and_file_name_is_shown_literally_and_runs_nothing():
    text = "Maria Lopez wrote " + HOSTILE + ".\n"
    article = Article(
        "hostile", "/tmp/[@click=app.quit]x[/].txt", text, "[bold]Title[/] [@click=app.quit]",
        date(2024, 5, 4), "metadata",
    )
    from appkit import build_analysis

    analysis = build_analysis(
        text, [("maria", "[/]Maria [@click=app.quit]", "PERSON", ["Maria Lopez"], [])], []
    )
    app = NewsviewApp(articles=[article], analyses=[analysis])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        drawn = screen_text(app)
        assert "[bold]Title[/] [@click=app.quit]" in drawn
        lines = app.article_view.visible_text()
        # Escape sequences are made visible, never sent; the rest is drawn as written.
        assert HOSTILE.replace("\x1b", "␛") in " ".join(lines)
        assert all(line in drawn for line in lines)
        assert "[/]Maria [@click=app.quit]" in drawn
        await pilot.press("down")
        await pilot.pause()
        assert "[/]Maria [@click=app.quit]" in app.status.message
        # Click every cell of the hostile run: nothing runs, the app stays.
        view = app.article_view
        content = view.content_region
        for column in range(0, 60, 3):
            await pilot.click("#article", offset=(content.x - view.region.x + column,
                                                  content.y - view.region.y))
        await pilot.pause()
        assert app.is_running


async def test_escape_sequences_in_titles_and_paths_are_shown_not_sent():
    article = Article("x", "/tmp/\x1b]0;owned\x07.txt", "Text.\n", "Title \x1b[31mred", None, None)
    app = NewsviewApp(articles=[article, story_article()])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        header = screen_text(app).splitlines()[0]
        assert "Title ␛[31mred" in header and "/tmp/␛]0;owned␇.txt" in header
        assert option_texts(app.article_list)[0].strip().startswith("Title ␛[31mred")
        assert "\x1b" not in screen_text(app)


async def test_a_title_path_and_entity_made_of_markup_alone_open():
    text = "[/]\n"
    article = Article("x", "[/]", text, "[/]", None, None)
    app = NewsviewApp(articles=[article])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.is_running
        assert "[/]" in screen_text(app).splitlines()[0]
        assert "date unknown" in screen_text(app).splitlines()[0]


# -- empty states, the real engine, reading ----------------------------------------------------


async def test_empty_panes_say_so():
    article = story_article(text="nothing here at all\n")
    from appkit import build_analysis

    app = NewsviewApp(articles=[article], analyses=[build_analysis(article.text, [], [])])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert option_texts(app.entity_list) == ["no entities found"]
        assert option_texts(app.chronology) == ["no dated events"]


async def test_files_that_cannot_be_read_are_listed_and_the_rest_opens(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Maria Lopez met John Smith in Paris. Lopez left.\n", encoding="utf-8")
    binary = tmp_path / "picture.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    missing = tmp_path / "missing.txt"
    app = NewsviewApp(paths=[str(missing), str(good), str(binary)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        drawn = screen_text(app)
        assert "2 files could not be read:" in drawn
        assert "missing.txt" in drawn and "picture.png" in drawn
        assert app.article_view.visible_text()[0].startswith("Maria Lopez met John Smith")


async def test_no_readable_file_says_so_in_the_article_pane(tmp_path):
    app = NewsviewApp(paths=[str(tmp_path / "nope.txt")])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        lines = app.article_view.visible_text()
        assert lines[0] == "No article could be opened."
        assert "nope.txt" in lines[1]
        assert option_texts(app.entity_list) == ["no article open"]


async def test_the_real_engine_runs_in_a_worker_and_the_panes_show_what_it_found():
    text = "Maria Lopez met John Smith in Paris on 3 May 2024. Lopez left.\n"
    article = Article("own", "/tmp/own.txt", text, None, date(2024, 5, 4), "metadata")
    expected = analyse(text, date(2024, 5, 4))
    app = NewsviewApp(articles=[article])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.state.index is not None
        assert app.state.index.analysis == expected
        rows = [row for row in option_texts(app.entity_list) if row.startswith(" ")]
        assert len(rows) == len(expected.entities)
        for entity in expected.entities:
            for mention in entity.mentions:
                assert (mention.start, mention.end) in app.article_view.highlighted("mention")
        events = option_texts(app.chronology)
        assert len(events) == max(1, len(expected.chronology))


async def test_the_palette_jumps_to_an_entity_by_name():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"acme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.state.selected == "acme"
        assert app.article_view.highlighted("current") == [span_of(STORY, "Acme Corporation")]


async def test_clicking_a_time_expression_says_what_it_resolves_to():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = app.article_view
        start = STORY.index("A year later")
        line = view.line_of(start)
        column = start - view.line_span(line)[0]
        content = view.content_region
        await pilot.click("#article", offset=(content.x - view.region.x + column + 2,
                                              content.y - view.region.y + line))
        await pilot.pause()
        assert app.status.message == "A year later → 2025"


async def test_many_articles_go_to_worker_processes_with_progress_and_keys_answered(monkeypatch):
    import newsview.tui.analysis_runner as app_module

    monkeypatch.setattr(app_module, "POOL_THRESHOLD_CHARS", 0)  # use processes even for 4
    articles = [
        Article(f"a{n}", f"/tmp/a{n}.txt", f"Maria Lopez met John Smith in Paris, day {n}.\n",
                None, date(2024, 5, n + 1), "metadata")
        for n in range(4)
    ]
    app = NewsviewApp(articles=articles)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("right_square_bracket")  # keys work while the pool starts
        for _ in range(200):
            await pilot.pause(0.05)
            if len(app.state.indexes) == 4:
                break
        await settle(pilot)
        assert sorted(app.state.indexes) == ["a0", "a1", "a2", "a3"]
        for article in articles:
            assert app.state.indexes[article.id].analysis == analyse(article.text, article.published)
        assert app.state.current == "a1"
        assert not app.query("#progress") or not app.query_one("#progress").display
        rows = [app.article_list.row_text(n) for n in range(4)]
        expected = [len(app.state.indexes[a.id].analysis.entities) for a in articles]
        assert [row[:5] for row in rows] == [f"{count:>4} " for count in expected]
        assert all("…" not in row for row in screen_text(app).splitlines()[2:7])


async def test_a_text_match_from_search_is_marked_until_escape():
    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"the trip")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await settle(pilot)
        span = span_of(STORY, "the trip")
        assert app.article_view.highlighted("found") == [span]
        assert app.status.message == "Found “the trip” (Esc clears the mark)"
        assert app.focused is app.article_view
        await pilot.press("escape")
        await pilot.pause()
        assert app.article_view.highlighted("found") == []


async def test_the_wheel_scrolls_the_article():
    from textual import events

    filler = "Nothing happens in this sentence at all, it only takes room. " * 6 + "\n"
    app = NewsviewApp(articles=[story_article(text=filler * 40)], analyses=None)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = app.article_view
        assert view.scroll_offset.y == 0
        for _ in range(3):
            view.post_message(events.MouseScrollDown(view, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        await pilot.pause()
        assert view.scroll_offset.y > 0
        assert view.top_offset == view.line_span(view.scroll_offset.y)[0] > 0


async def test_the_first_article_analysed_in_a_forked_child_is_used_when_texts_match(tmp_path):
    import pytest

    from newsview.tui.first_article import start_first_analysis

    path = tmp_path / "own.txt"
    text = "Maria Lopez met John Smith in Paris on 3 May 2024. Lopez left.\n"
    path.write_text(text, encoding="utf-8")
    future = start_first_analysis([str(path)], date(2024, 5, 4))
    if future is None:
        pytest.skip("forking is not safe here (threads running)")
    app = NewsviewApp(paths=[str(path)], default_date=date(2024, 5, 4), first_analysis=future)
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.state.index is not None:
                break
        assert future.done() and future.result()[2] == app.state.index.analysis
        assert app.state.index.analysis == analyse(text, app.state.article.published)


async def test_selecting_an_entity_whose_first_mention_is_on_screen_leaves_the_text_still():
    filler = "Nothing happens in this sentence at all, it only takes room. " * 6 + "\n"
    text = filler * 6 + "Maria Lopez arrived.\n" + filler * 40 + "John Smith left.\n" + filler * 30
    article = story_article(text=text)
    from appkit import build_analysis

    analysis = build_analysis(
        text,
        [
            ("maria-lopez", "Maria Lopez", "PERSON", ["Maria Lopez"], []),
            ("john-smith", "John Smith", "PERSON", ["John Smith"], []),
        ],
        [],
    )
    app = NewsviewApp(articles=[article], analyses=[analysis])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = app.article_view
        height = view.scrollable_content_region.height
        maria = view.line_of(text.index("Maria Lopez"))
        assert height // 2 < maria < height  # on screen, below the middle
        await pilot.press("down")  # Maria Lopez
        await pilot.pause()
        assert app.state.entity.name == "Maria Lopez"
        assert view.scroll_offset.y == 0  # on screen already: the text stays
        await pilot.press("down")  # John Smith, far below: centred
        await pilot.pause()
        assert app.state.entity.name == "John Smith"
        assert view.scroll_offset.y == view.line_of(text.index("John Smith")) - height // 2


async def test_the_article_list_is_as_tall_as_its_rows_up_to_eight_lines():
    def articles(count: int) -> list[Article]:
        return [
            Article(f"a{n}", f"/tmp/a{n}.txt", f"Maria Lopez spoke on day {n}.\n", f"Day {n}")
            for n in range(count)
        ]

    for count, height in ((3, 3 + 2), (20, 8)):  # rows and the border, at most 8 lines
        app = NewsviewApp(articles=articles(count))
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            assert app.article_list.outer_size.height == height, count
            assert app.article_list.option_count == count


async def test_the_state_owns_the_selection_and_the_entity_list_only_shows_it():
    from newsview.tui.messages import MentionFocused, choose

    app = story_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        # a click on the second "Lopez" in the text: that mention, not the first, is current,
        # and the entity list's cursor follows without choosing anything of its own
        second_lopez = STORY.index("Lopez", STORY.index("Lopez said") + 1)
        choose(app.article_view, MentionFocused(second_lopez))
        await settle(pilot)
        assert app.state.selected == "maria-lopez"
        mentions = app.state.entity.mentions
        assert mentions[app.state.mention].start == second_lopez
        row = app.entity_list.get_option_at_index(app.entity_list.highlighted)
        assert row.id is not None and row.id.endswith("maria-lopez")
        # the user moving the cursor chooses: the next entity is selected
        app.entity_list.focus()
        await pilot.press("j")
        await settle(pilot)
        assert app.state.selected == "john-smith"


async def test_articles_read_as_the_app_closes_are_let_go(tmp_path):
    from newsview.tui.messages import ArticlesRead

    app = NewsviewApp(articles=[story_article()])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
    # the reader's last message may arrive after the screens are gone (a slow machine)
    app.on_articles_read(ArticlesRead([story_article(id="late")], [], done=True))
    assert [article.id for article in app.state.articles] == [story_article().id]
