"""Shared test configuration: hypothesis profiles.

`ci` (the default) keeps property tests quick and repeatable on a slow 2-core machine;
`HYPOTHESIS_PROFILE=deep` runs many more examples for an occasional deep check.
"""

from __future__ import annotations

import os

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
