"""``python -m newsview.tui``: the same as the ``newsview`` command."""

from __future__ import annotations

import sys

from newsview.tui.cli import main

sys.exit(main())
