"""Sample articles that ship with newsview and open when no path is given."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def seed_paths() -> list[Path]:
    """The bundled sample articles, sorted by name."""
    folder = files(__name__)
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))
