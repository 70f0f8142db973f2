"""Word lists the engine reads at import time (see SOURCES.md)."""
