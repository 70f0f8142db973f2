"""An article without a publication date: the chronology shows dates read against an earlier
one as guesses ("≈ 27 Oct 2025"), and the status line says why."""

from __future__ import annotations

from datetime import date

from appkit import WIDE, option_texts, screen_text, settle

from newsview.models.analysis import analyse
from newsview.models.document import Article
from newsview.tui.app import NewsviewApp

TEXT = (
    "The strike began on Saturday, 1 November 2025. On Monday talks failed. "
    "Last year the plant was calm."
)


def undated_app() -> NewsviewApp:
    article = Article(id="undated", path="/tmp/undated.txt", text=TEXT, title="No date")
    return NewsviewApp(articles=[article], analyses=[analyse(TEXT)])


async def test_the_chronology_shows_inferred_dates_as_guesses():
    app = undated_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        dates = [row.strip().split("  ")[0] for row in option_texts(app.chronology)]
        assert dates == ["≈ 2024", "≈ 27 Oct 2025", "1 Nov 2025"]
        assert "≈ 27 Oct 2025" in screen_text(app)


async def test_now_stands_at_the_articles_date_as_a_guess_in_a_straight_column():
    text = ("Tuesday, March 4, 2025\n\nThe gallery is currently closed, its director said on Monday. "
            "It opened in 2000.")
    article = Article(id="dated", path="/tmp/dated.txt", text=text, title="Dated")
    app = NewsviewApp(articles=[article], analyses=[analyse(text, date(2025, 3, 4))])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        rows = option_texts(app.chronology)
        assert [row.strip().split("  ")[0] for row in rows] == [
            "2000", "3 Mar 2025", "4 Mar 2025", "≈ 4 Mar 2025"]
        # every sentence starts in one column, the guess's too
        openings = ("It opened", "The gallery", "Tuesday", "The gallery")
        assert len({row.index(opening) for row, opening in zip(rows, openings, strict=True)}) == 1
