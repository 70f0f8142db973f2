"""``from newsview.models import analyse`` (and the rest of the public API) works, and importing
the package alone loads none of the engine (the names are imported at first use)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import newsview.models
from newsview.models.analysis import analyse as analyse_itself


def test_the_public_names_come_from_the_package() -> None:
    from newsview.models import Analysis, Article, analyse, read_paths

    assert analyse is analyse_itself
    text = "Tony Blair met Gordon Brown in London on 3 May 2005."
    result = analyse(text, date(2005, 5, 4))
    assert isinstance(result, Analysis) and result.entities and result.timexes
    assert callable(read_paths) and Article.__name__ == "Article"
    for name in newsview.models.__all__:
        assert getattr(newsview.models, name) is not None


def test_importing_the_package_loads_no_engine_module() -> None:
    probe = (
        "import sys, newsview.models\n"
        "print(sorted(m for m in sys.modules if m.startswith('newsview.models.')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    try:
        newsview.models.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("no AttributeError")
