#!/usr/bin/env python3
"""Whether the shipped weights are what the fit command makes from the engine as it is now.

    python benchmarks/check_weights.py ../shared/data ../shared/gold

Reads the corpora, passes, seed and corpus weights from the header of
``models/data/name_weights.tsv.gz``, finds each corpus by name in the given folders (checking
its SHA-256 against the header), refits into a temporary folder with
``newsview.models.data.fit_names`` and compares the bytes. An engine change that alters what the
fit reads (the runs, the spans, the evidence) makes them differ: then refit and measure again
(``benchmarks/bench_loco.py``), or move the change to the conventions read at run time
(``entities.py``). Exit status 0 when the files are identical, 1 when they differ.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
import tempfile
from importlib import resources
from pathlib import Path

from newsview.models.data import fit_names
from newsview.models.names import WEIGHTS_FILE


def header() -> list[str]:
    raw = resources.files("newsview.models.data").joinpath(WEIGHTS_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    return [line[2:] for line in lines if line.startswith("# ")]


def fit_arguments(lines: list[str], folders: list[Path]) -> list[str]:
    """The fit command's arguments as the header records them."""
    settings = next(line for line in lines if line.startswith("passes "))
    passes, seed = re.search(r"passes (\d+), seed (\d+)", settings).groups()  # type: ignore[union-attr]
    weights = next(line for line in lines if line.startswith("weights ")).removeprefix("weights ")
    corpora: list[str] = []
    for line in lines:
        found = re.match(r"corpus (\S+): \d+ documents, sha256 ([0-9a-f]{64})", line)
        if found is None:
            continue
        name, digest = found.groups()
        path = next((folder / name for folder in folders if (folder / name).is_file()), None)
        if path is None:
            raise SystemExit(f"corpus {name} is in none of the given folders")
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise SystemExit(f"{path} is not the file the weights were fitted on (SHA-256 differs)")
        corpora.append(str(path))
    arguments = [*corpora, "--epochs", passes, "--seed", seed]
    if weights != "none":
        for item in weights.split(", "):
            arguments += ["--weight", item]
    return arguments


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path, help="folders holding the corpora")
    args = parser.parse_args(argv)
    shipped = resources.files("newsview.models.data").joinpath(WEIGHTS_FILE).read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / WEIGHTS_FILE
        fit_names.main([*fit_arguments(header(), args.folders), "--out", str(out)])
        same = out.read_bytes() == shipped
    print("the shipped weights are what the fit command makes" if same
          else "the shipped weights differ from a refit with the engine as it is now")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
