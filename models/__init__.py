"""The newsview engine: articles in, entities, time expressions and a chronology out.

Pure Python; never imports textual or rich (a test checks this in a fresh interpreter).
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~20 ms at import; only a caller that asks for the version pays it
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsview")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
