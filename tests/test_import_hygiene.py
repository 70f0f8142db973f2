"""The engine and ``newsview extract`` never import textual or rich: checked in fresh
interpreters, since this test process may well have imported them already."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import newsview.models

UI_PACKAGES = ("textual", "rich")
SEED_INPUT = Path(__file__).parent / "data" / "seed-article.input.jsonl"


def engine_modules() -> list[str]:
    """Every module of newsview.models, found on disk so that a new one is checked too."""
    found = pkgutil.walk_packages(newsview.models.__path__, prefix="newsview.models.")
    return sorted(m.name for m in found)


def ui_modules_after(code: str, *args: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; the UI modules it left in sys.modules."""
    probe = (
        "import json, sys\n"
        f"{code}\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {UI_PACKAGES!r}]\n"
        "sys.__stdout__.write('\\nLOADED ' + json.dumps(loaded) + '\\n')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120
    )
    assert "LOADED " in done.stdout, done.stderr
    return json.loads(done.stdout.rsplit("LOADED ", 1)[1])


def test_engine_modules_are_found() -> None:
    modules = engine_modules()
    for expected in ("analysis", "reading", "export", "document", "text"):
        assert f"newsview.models.{expected}" in modules


def test_importing_every_engine_module_loads_no_ui() -> None:
    imports = "\n".join(f"import {name}" for name in engine_modules())
    assert ui_modules_after(imports) == []


def test_newsview_extract_loads_no_ui() -> None:
    code = (
        "from newsview.tui.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "assert status == 0, status"
    )
    assert ui_modules_after(code, "extract", "--format", "csv", str(SEED_INPUT)) == []


def test_the_probe_would_see_a_ui_import() -> None:
    assert "rich" in ui_modules_after("import rich.text")


WEB_LIBRARIES = ("trafilatura", "lxml", "feedparser", "urllib.request", "http.client")


def modules_after(code: str, prefixes: tuple[str, ...]) -> list[str]:
    """Run ``code`` in a fresh interpreter; the modules of ``prefixes`` it left loaded."""
    probe = (
        "import json, sys\n"
        f"{code}\n"
        f"loaded = [m for m in sys.modules if m.startswith({prefixes!r})]\n"
        "sys.__stdout__.write('\\nLOADED ' + json.dumps(loaded) + '\\n')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert "LOADED " in done.stdout, done.stderr
    return json.loads(done.stdout.rsplit("LOADED ", 1)[1])


def test_reading_text_files_loads_no_web_library() -> None:
    code = (
        "import newsview.models, newsview.tui.cli, newsview.tui.state\n"
        "from newsview.models.reading import read_paths\n"
        f"assert read_paths([{str(SEED_INPUT)!r}]).articles"
    )
    assert modules_after(code, WEB_LIBRARIES) == []


def test_the_probe_sees_the_web_libraries_once_a_page_is_read() -> None:
    code = "from newsview.models.webpage import read_page\nread_page('<p>x</p>')"
    assert "trafilatura" in modules_after(code, WEB_LIBRARIES)


def test_the_app_loads_no_process_pool_until_it_needs_one() -> None:
    # multiprocessing and the process pool cost the start-up ~4 ms: loaded for much text only.
    probe = (
        "import json, sys\n"
        "from newsview.tui.app import NewsviewApp\n"
        "print(json.dumps([m for m in ('multiprocessing', 'concurrent.futures.process')"
        " if m in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [], done.stderr
