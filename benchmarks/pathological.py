"""Texts built to hurt a rule-based engine: long capitalised runs, repeated and distinct names,
impossible dates, and strings that make regular expressions backtrack. Shared by
bench_scaling.py and the test that runs each at 1x and 10x."""

from __future__ import annotations

from collections.abc import Callable

FIRST = ["Ana", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
         "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"]
LAST = ["Abbot", "Bauer", "Costa", "Dahl", "Eze", "Fischer", "Garza", "Holm", "Ito", "Jansen",
        "Kowal", "Lund", "Moreau", "Novak", "Okafor", "Petrov", "Quispe", "Rossi", "Sato", "Tan"]


def distinct_names(count: int) -> str:
    names = []
    for i in range(count):
        first = FIRST[i % len(FIRST)]
        last = LAST[(i // len(FIRST)) % len(LAST)] + ("" if i < 400 else f"{chr(97 + i % 26)}{i}")
        names.append(f"{first} {last} met officials.")
    return " ".join(names)


# name -> function of the scale factor (1, 10, 100) giving the text
PATTERNS: dict[str, Callable[[int], str]] = {
    "capitalised run, one word": lambda k: "A" * (2_000 * k),
    "capitalised run, many words": lambda k: "Alpha Beta Gamma Delta " * (90 * k),
    "one name repeated": lambda k: "José Jerí spoke. Jerí left. " * (100 * k),
    "distinct names": lambda k: distinct_names(100 * k),
    "impossible dates": lambda k: "On 31 February, 0000, 9999 and February 30, 2025, 2,025 came. " * (30 * k),
    "run of one letter": lambda k: "a" * (2_000 * k),
    "run of initials": lambda k: "A. " * (700 * k),
    "run of hyphens": lambda k: "-" * (2_000 * k),
    "run of apostrophes": lambda k: "'" * (2_000 * k),
    "run of digits": lambda k: "1" * (2_000 * k),
    "digits and commas": lambda k: "1,2" * (700 * k),
    "nested quotes": lambda k: "“‘\"'" * (500 * k),
    "one line of words": lambda k: "word " * (400 * k),
    "many short lines": lambda k: "Hi.\n" * (500 * k),
}
