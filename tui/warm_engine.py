"""Imported once by the worker processes' fork server (``analysis_runner.process_pool``): the
engine is loaded and run on a short text here, so every worker forked from the server starts
with its word lists, patterns and weights already built (about 0.2 s of CPU and 40 MB that
each worker otherwise spent on its first article), and those objects are then moved out of
the collector's sight (``gc.freeze``) so that no worker's collections touch, and so copy,
the pages it shares with the server. A failure here only means cold workers: never raised.
"""

from __future__ import annotations

import gc
from datetime import date

WARM_TEXT = "John Smith, the mayor of Paris, met Acme Corp. on Monday, 3 March 2025.\n"

try:
    from newsview.models.analysis import analyse

    analyse(WARM_TEXT, date(2025, 3, 4))
except Exception:  # a worker then loads the engine itself, and says why if it cannot
    pass
gc.freeze()
