"""The records that travel through the pipeline.

Plain dataclasses rather than dicts, so every stage names the fields it reads and writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class QuarantineReason(StrEnum):
    """Why an input could not be archived. The value is what lands in the quarantine record."""

    EMPTY = "empty"
    OVERSIZED = "oversized"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    NO_TEXT = "no-text"
    UNREADABLE = "unreadable"
    OUTSIDE_INPUT = "outside-input"
    PROCESSING_ERROR = "processing-error"


@dataclass(frozen=True, slots=True)
class InputRef:
    """One input, before it is read.

    ``relative_path`` is the input's identity (its path in the inbox it came from); the bytes are
    read from ``stored_at`` when they live elsewhere, e.g. in the archive's ``raw/`` for a backfill.
    ``sha256`` is set when the run hashed the input to decide whether it changed.
    """

    relative_path: str
    size: int
    sha256: str | None = None
    stored_at: str | None = None

    @property
    def location(self) -> str:
        return self.stored_at or self.relative_path


@dataclass(frozen=True, slots=True)
class Removal:
    """One line of the input that did not reach the clean text, and the rule that took it."""

    rule_id: str
    category: str
    line_no: int
    text: str


@dataclass(frozen=True, slots=True)
class Repair:
    """One change made by text repair. ``line_no`` is None for whole-document changes."""

    kind: str
    line_no: int | None
    detail: str
    before: str
    after: str


@dataclass(slots=True)
class DecodedInput:
    """An input whose bytes were accepted and decoded to text."""

    ref: InputRef
    data: bytes
    sha256: str
    text: str
    encoding: str
    source_format: str  # "text" or "html"
    repairs: list[Repair] = field(default_factory=list)
    # The bytes of a sidecar JSON the scraper wrote beside the input ("story.html.json"), if any.
    sidecar: bytes | None = None


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input that could not be archived, with the reason a user can act on."""

    ref: InputRef
    sha256: str
    reason: QuarantineReason
    detail: str


@dataclass(frozen=True, slots=True)
class DateFinding:
    """A publication date and the evidence for it."""

    published: dt.date | None
    earliest: dt.date | None
    latest: dt.date | None
    source: str | None
    confidence: float | None


@dataclass(frozen=True, slots=True)
class MarkupValue:
    """One metadata value a page's markup states, and the tag it came from."""

    field: str
    value: str
    source: str


@dataclass(slots=True)
class CleanDocument:
    """A document ready for the archive: one row of ``documents/``."""

    doc_id: str
    source_path: str
    source_sha256: str
    source_size: int
    source_format: str
    source_encoding: str
    title: str | None
    title_raw: str | None
    title_source: str | None
    text: str
    author: str | None
    published_date: dt.date | None
    date_min: dt.date | None
    date_max: dt.date | None
    date_source: str | None
    date_confidence: float | None
    event_period: str | None
    event_confidence: float | None
    event_evidence: list[str]
    language: str | None
    language_confidence: float | None
    word_count: int
    content_sha256: str
    removed: list[Removal]
    repairs: list[Repair]
    duplicate_of: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    modified_date: dt.date | None = None
    markup_metadata: list[MarkupValue] = field(default_factory=list)
