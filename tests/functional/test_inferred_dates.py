"""An article without a publication date: the chronology shows dates read against an earlier
one as guesses ("≈ 27 Oct 2025"), and the status line says why."""

from __future__ import annotations

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
