"""Shared test configuration: hypothesis profiles, and the local web server fixture.

`ci` (the default) keeps property tests quick and repeatable on a slow 2-core machine;
`HYPOTHESIS_PROFILE=deep` runs many more examples for an occasional deep check.
"""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("deep", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The analysis cache lives in the user's cache directory: tests (and the processes they start)
# get an empty one of their own, never the user's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="newsview-test-cache-")


@pytest.fixture(autouse=True)
def private_data_directory(tmp_path_factory, monkeypatch):
    """Every test (and every process it starts) has a data directory of its own, so the
    default corrections store is never the user's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def web():
    """A web server on 127.0.0.1 serving the pages and feeds of ``web_server.py``."""
    from web_server import serving

    with serving() as server:
        yield server
