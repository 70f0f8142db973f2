"""The installed package carries every data file of the source tree: the sample, the styles and
the word lists (CI installs non-editably, so a file missing from package-data fails here)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA_FOLDERS = {
    "newsview.seeds": ROOT / "seeds",
    "newsview.models.data": ROOT / "models" / "data",
    "newsview.tui": ROOT / "tui",
}


def data_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc"))


@pytest.mark.parametrize("package", sorted(DATA_FOLDERS))
def test_every_data_file_is_installed(package: str) -> None:
    installed = files(package)
    missing = [name for name in data_files(DATA_FOLDERS[package]) if not installed.joinpath(name).is_file()]
    assert not missing, f"{package} lacks {missing}: list them in pyproject's package-data"


def test_the_sample_opens_by_default() -> None:
    from newsview.seeds import seed_paths

    assert [p.name for p in seed_paths()] == ["peru-mexico-2025-11-04.txt"]
    assert "Hugo de Zela" in seed_paths()[0].read_text(encoding="utf-8")


def test_version_comes_from_the_installed_metadata() -> None:
    from importlib.metadata import version

    import newsview.models

    assert newsview.models.__version__ == version("newsview")
