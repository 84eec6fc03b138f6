"""One document seen line by line: what stayed, what was cut, and by which rule.

The data behind ``newsarchive inspect``; rendering (colour, terminal) is the CLI's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsarchive import html as html_front
from newsarchive.clean import clean_document
from newsarchive.config import DEFAULT_SETTINGS, Settings
from newsarchive.debris import select_rules
from newsarchive.metadata.events import load_catalog
from newsarchive.model import CleanDocument, InputRef, Quarantined, Removal
from newsarchive.reader import decode_bytes
from newsarchive.repair import split_lines


@dataclass(frozen=True, slots=True)
class InspectedLine:
    line_no: int
    text: str
    removal: Removal | None
    is_title: bool


@dataclass(frozen=True, slots=True)
class InspectedDocument:
    lines: list[InspectedLine]
    markup_removals: list[Removal]
    document: CleanDocument | None
    quarantined: Quarantined | None


def inspect_file(path: Path, settings: Settings = DEFAULT_SETTINGS) -> InspectedDocument:
    if not path.is_file():
        raise FileNotFoundError(f"{path} is not a file")
    data = path.read_bytes()
    verdict = decode_bytes(InputRef(path.name, len(data)), data, settings)
    if isinstance(verdict, Quarantined):
        return InspectedDocument([], [], None, verdict)
    rules = select_rules(settings.disabled_rules, settings.extra_phrases)
    document = clean_document(verdict, rules, catalog=load_catalog(settings.event_catalog))
    text = html_front.extract(verdict.text).text if verdict.source_format == "html" else verdict.text
    raw_lines, _ = split_lines(text)
    by_line = {r.line_no: r for r in document.removed if r.line_no}
    title_line = next(
        (
            i
            for i, line in enumerate(raw_lines, 1)
            if document.title_raw and line.strip() == document.title_raw and i not in by_line
        ),
        None,
    )
    lines = [
        InspectedLine(i, line.rstrip(), by_line.get(i), i == title_line)
        for i, line in enumerate(raw_lines, 1)
        if line.strip() or i in by_line
    ]
    markup = [r for r in document.removed if not r.line_no]
    return InspectedDocument(lines, markup, document, None)
