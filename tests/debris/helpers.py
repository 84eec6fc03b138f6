from __future__ import annotations

from newsarchive.debris import make_line, remove_debris
from newsarchive.debris.engine import split_cells
from newsarchive.model import Removal


def run(text: str) -> tuple[list[str], list[Removal]]:
    """Kept non-blank lines and removals for a document given as text."""
    lines = [
        make_line(number, " ".join(line.split()), split_cells(line))
        for number, line in enumerate(text.split("\n"), start=1)
    ]
    result = remove_debris(lines)
    return [line.text for line in result.kept if line.text], result.removed


def removed_texts(text: str) -> dict[str, str]:
    """Removed line text -> category."""
    return {r.text: r.category for r in run(text)[1]}


ARTICLE = (
    "The city council voted on Tuesday to extend the night bus network to the northern suburbs.\n"
    "Councillors said the new routes would start running in March and cost about 2 million euros a year.\n"
    "Opposition members argued that the money would be better spent on repairing existing stations.\n"
)
