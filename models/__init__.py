"""The newsview engine: articles in, entities, time expressions and a chronology out.

Pure Python; never imports textual or rich (a test checks this in a fresh interpreter).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsview")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
