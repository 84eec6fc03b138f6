"""The archive's contract: the Arrow schema of ``documents/`` and what each column means.

The schema is defined here once. ``schemas/documents.v1.json`` and ``schemas/documents.md`` are
generated from it (``newsarchive schema --write``) and a test fails when they drift apart, so
consumers can read the contract without reading the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyarrow as pa

SCHEMA_VERSION = 1
PARTITION_KEYS = ("year", "month")
UNKNOWN_PARTITION = "unknown"

REMOVAL_TYPE = pa.struct(
    [
        pa.field("rule_id", pa.string(), nullable=False),
        pa.field("category", pa.string(), nullable=False),
        pa.field("line_no", pa.int32()),
        pa.field("text", pa.string(), nullable=False),
    ]
)
REPAIR_TYPE = pa.struct(
    [
        pa.field("kind", pa.string(), nullable=False),
        pa.field("line_no", pa.int32()),
        pa.field("detail", pa.string(), nullable=False),
        pa.field("before", pa.string(), nullable=False),
        pa.field("after", pa.string(), nullable=False),
    ]
)


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    description: str


COLUMNS: tuple[Column, ...] = (
    Column(
        "doc_id",
        pa.string(),
        False,
        "Stable id of the document: derived from `source_path`, the same on every run. A re-scraped "
        "page at the same path keeps its id and replaces its row.",
    ),
    Column("source_path", pa.string(), False, "Path of the input relative to the input folder, with `/` separators."),
    Column(
        "source_sha256",
        pa.string(),
        False,
        "SHA-256 of the input's bytes as they came (followed by its sidecar JSON's, when it has one); the raw "
        "copy is `raw/<first 2 hex>/<sha256><suffix>`, its sidecar beside it with `.json` added.",
    ),
    Column("source_size", pa.int64(), False, "Size of the input in bytes."),
    Column("source_format", pa.string(), False, "`text` for plain-text dumps, `html` for saved pages."),
    Column(
        "source_encoding", pa.string(), False, "Character encoding the input was decoded from (e.g. `utf-8`, `cp1251`)."
    ),
    Column(
        "title",
        pa.string(),
        True,
        "Title of the article without its site or section suffix; null when the page has none.",
    ),
    Column("title_raw", pa.string(), True, "The title as found, before the site suffix was stripped."),
    Column(
        "title_source",
        pa.string(),
        True,
        "Where the title came from: `text:first-line`, `text:headline-line` (a later line above the article, on its "
        "topic, when the first line is not), `html:meta:og:title`, `html:h1`, `html:title`…",
    ),
    Column(
        "text", pa.string(), False, "The cleaned article body, title excluded: paragraphs separated by one blank line."
    ),
    Column("author", pa.string(), True, "Author from a byline or the markup; null when not stated."),
    Column(
        "site_name",
        pa.string(),
        True,
        "Name of the publication as the page's markup states it (`og:site_name`, JSON-LD publisher); "
        "null for text dumps and pages that do not say.",
    ),
    Column(
        "canonical_url",
        pa.string(),
        True,
        "The page's own address as its markup states it (`<link rel=canonical>`, `og:url`); null when not stated.",
    ),
    Column(
        "published_date",
        pa.date32(),
        True,
        "Publication date, only when the input states it or the justified range is a single day.",
    ),
    Column(
        "date_min", pa.date32(), True, "Earliest publication date the evidence allows; null when nothing supports one."
    ),
    Column(
        "date_max", pa.date32(), True, "Latest publication date the evidence allows; null when nothing supports one."
    ),
    Column(
        "date_source",
        pa.string(),
        True,
        "The evidence that decided the date: `html:json-ld:datePublished`, `html:meta:<name>`, "
        "`sidecar:<field>` (a sidecar JSON beside the input), `path:date` (a date in the file's name or "
        "folders), `text:timestamp-line`, `text:published-line`, "
        "`text:dateline`, `text:url` (the page's address printed on it)…; or, when the text states no date, "
        "`inferred:event` (the episode the article reports "
        "on, its window plus 60 days of aftermath), `inferred:event+weekdays` (narrowed by the weekdays the "
        "article names), `inferred:event+dateline` (a dateline without a year placed in the episode: that day "
        "or the six after, as reprints run late), `inferred:anniversary` (an article looking back N years on "
        "its episode); null when nothing supports a date.",
    ),
    Column("date_confidence", pa.float64(), True, "Confidence in the date range, 0 to 1; null when there is no date."),
    Column(
        "modified_date",
        pa.date32(),
        True,
        "Last modification date stated by the markup (`article:modified_time`, JSON-LD `dateModified`); "
        "null when not stated. Never used as the publication date.",
    ),
    Column(
        "event_period",
        pa.string(),
        True,
        "Id of the event (from the event catalog) that the article is about — not necessarily the one "
        "running when it was published; null when it belongs to no catalogued event.",
    ),
    Column("event_confidence", pa.float64(), True, "Confidence in `event_period`, 0 to 1."),
    Column(
        "event_evidence",
        pa.list_(pa.field("item", pa.string())),
        False,
        "The dates and terms that decided `event_period`; empty when none.",
    ),
    Column("language", pa.string(), True, "ISO 639-1 code of the body's language; null when too short to tell."),
    Column("language_confidence", pa.float64(), True, "Probability of `language` from the identifier, 0 to 1."),
    Column(
        "word_count",
        pa.int32(),
        False,
        "Number of words in `text` (runs of letters and digits; the title is not counted).",
    ),
    Column(
        "content_sha256",
        pa.string(),
        False,
        "SHA-256 of the title and cleaned text: equal values mean exact duplicates.",
    ),
    Column(
        "markup_metadata",
        pa.list_(
            pa.field(
                "item",
                pa.struct(
                    [
                        pa.field("field", pa.string(), nullable=False),
                        pa.field("value", pa.string(), nullable=False),
                        pa.field("source", pa.string(), nullable=False),
                    ]
                ),
            )
        ),
        False,
        "Every metadata value an HTML page's markup stated, as found, with the tag it came from "
        "(`field` title, published, modified, author, site_name, canonical_url, language; `source` e.g. "
        "`html:meta:og:site_name`); empty for text dumps.",
    ),
    Column(
        "removed",
        pa.list_(pa.field("item", REMOVAL_TYPE)),
        False,
        "Every line removed from the input and why: `rule_id`, `category`, `line_no` (1-based line of the "
        "decoded input, or of the text extracted from HTML; null for elements cut from the markup) and "
        "the line's `text`.",
    ),
    Column(
        "repairs",
        pa.list_(pa.field("item", REPAIR_TYPE)),
        False,
        "What text repair changed: `kind` (mojibake, html-entity, control-character, zero-width, "
        "line-endings, byte-order-mark), `line_no` (null for whole-document changes), `detail`, and the "
        "line `before` and `after`.",
    ),
    Column(
        "duplicate_of",
        pa.string(),
        True,
        "`doc_id` of the earliest archived document this one copies: the same cleaned text, or a near copy "
        "(MinHash estimate of Jaccard similarity of 5-word shingles at least 0.6, e.g. the same wire story "
        "on another site); null for originals. Filter on `duplicate_of IS NULL` to count stories.",
    ),
    Column("pipeline_version", pa.string(), False, "Version of newsarchive that produced the row."),
    Column(
        "archived_at",
        pa.timestamp("us", tz="UTC"),
        False,
        "When the document first entered the archive; kept when later runs re-clean it.",
    ),
    Column("processed_at", pa.timestamp("us", tz="UTC"), False, "When the run that produced this row started."),
    Column("run_id", pa.string(), False, "Id of the run that produced this row (see `runs/<run_id>.json`)."),
)

PARTITION_DESCRIPTIONS = {
    "year": "Hive partition key (from the folder name, a string): the publication year, from `published_date` "
    "or from `date_min`/`date_max` when both fall in the same month; `unknown` otherwise.",
    "month": "Hive partition key (a string): the two-digit publication month, or `unknown`.",
}

DOCUMENT_SCHEMA: pa.Schema = pa.schema(
    [pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description}) for c in COLUMNS],
    metadata={"newsarchive.schema_version": str(SCHEMA_VERSION)},
)
PARTITION_SCHEMA: pa.Schema = pa.schema([pa.field(key, pa.string()) for key in PARTITION_KEYS])


class SchemaViolation(ValueError):
    """A batch does not meet the archive's contract; nothing of it is written."""


def validate_table(table: pa.Table) -> None:
    """Check a batch against the contract before it is written: types, nulls, unique ids."""
    expected = DOCUMENT_SCHEMA.remove_metadata()
    actual = table.schema.remove_metadata()
    if not actual.equals(expected, check_metadata=False):
        differences = [
            f"{field.name}: expected {expected.field(field.name).type if field.name in expected.names else 'absent'}, "
            f"got {field.type}"
            for field in actual
            if field.name not in expected.names or not field.equals(expected.field(field.name))
        ]
        missing = [name for name in expected.names if name not in actual.names]
        raise SchemaViolation(f"batch schema differs from the contract: {differences or ''} missing={missing}")
    for column in COLUMNS:
        if not column.nullable and table.column(column.name).null_count:
            raise SchemaViolation(f"column {column.name} has nulls but the contract says it never does")
    ids = table.column("doc_id")
    if len(ids.unique()) != len(ids):
        raise SchemaViolation("doc_id repeats within the batch")
    table.validate(full=True)


def contract_json() -> dict[str, Any]:
    """The machine-readable contract written to ``schemas/documents.v1.json``."""
    return {
        "name": "newsarchive.documents",
        "version": SCHEMA_VERSION,
        "format": "parquet, hive-partitioned",
        "partitioning": [
            {"name": key, "type": "string", "description": PARTITION_DESCRIPTIONS[key]} for key in PARTITION_KEYS
        ],
        "columns": [
            {"name": c.name, "type": _type_name(c.type), "nullable": c.nullable, "description": c.description}
            for c in COLUMNS
        ],
    }


def schema_from_contract(contract: dict[str, Any]) -> pa.Schema:
    """Rebuild the Arrow schema from the JSON contract (what a consumer in another tool would do)."""
    return pa.schema([pa.field(c["name"], _parse_type(c["type"]), nullable=c["nullable"]) for c in contract["columns"]])


def contract_markdown() -> str:
    """The human page for ``schemas/documents.md``."""
    out = [
        f"# `documents/` — archive contract, version {SCHEMA_VERSION}",
        "",
        "Generated from `src/newsarchive/schema.py` by `newsarchive schema --write`; do not edit by hand.",
        "The machine-readable form is `documents.v1.json` beside this page.",
        "",
        "One row per document. The dataset is Parquet, hive-partitioned as",
        "`documents/year=YYYY/month=MM/part-0.parquet` (`year=unknown/month=unknown` for undated documents).",
        "Read it with `pyarrow.dataset.dataset(path, partitioning='hive')`,",
        "DuckDB `read_parquet('archive/documents/**/*.parquet', hive_partitioning=true)` or",
        "Polars `pl.scan_parquet('archive/documents/**/*.parquet', hive_partitioning=True)`.",
        "Partition keys are strings; pass them as strings (DuckDB `hive_types={'year': VARCHAR, 'month': VARCHAR}`)",
        "if your reader would otherwise guess integers, and filter on the typed date columns for date logic.",
        "",
        "## Partition keys",
        "",
        "| key | type | meaning |",
        "|---|---|---|",
    ]
    out += [f"| `{key}` | string | {PARTITION_DESCRIPTIONS[key]} |" for key in PARTITION_KEYS]
    out += ["", "## Columns", "", "| column | type | nullable | meaning |", "|---|---|---|---|"]
    out += [
        f"| `{c.name}` | `{_type_name(c.type)}` | {'yes' if c.nullable else 'no'} | {c.description} |" for c in COLUMNS
    ]
    out += [
        "",
        "## Event periods",
        "",
        "`event_period` names the episode an article is *about*, which is not always the one under way when",
        "it was published: a 2024 retrospective on the 1994 ceasefire belongs to the 1988–1994 war, and a",
        "sports report published during an offensive belongs to no event (null).",
        "",
        "`event_evidence` lists what decided it: the catalog terms found (`terms: …`), the years named, how",
        "the publication date fits the event's window, the day an episode began when the text names it, a",
        "year-less dateline that falls on one of the episode's days, or, for a dated report that names none",
        "of the episode's own terms, its date inside the window and the words of fighting it uses.",
        "",
        "## Stability",
        "",
        "Column names and types do not change within a schema version. New columns may be added in a",
        "later version; consumers should select the columns they use by name.",
        "",
    ]
    return "\n".join(out)


_SIMPLE_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "date32": pa.date32(),
    "timestamp[us, UTC]": pa.timestamp("us", tz="UTC"),
}


def _type_name(data_type: pa.DataType) -> str:
    if pa.types.is_list(data_type):
        return f"list<{_type_name(data_type.value_type)}>"
    if pa.types.is_struct(data_type):
        inner = ", ".join(f"{f.name}: {_type_name(f.type)}{'' if f.nullable else ' not null'}" for f in data_type)
        return f"struct<{inner}>"
    if pa.types.is_timestamp(data_type):
        return f"timestamp[{data_type.unit}, {data_type.tz}]"
    if pa.types.is_date32(data_type):
        return "date32"
    if pa.types.is_float64(data_type):
        return "float64"
    return str(data_type)


def _parse_type(name: str) -> pa.DataType:
    if name in _SIMPLE_TYPES:
        return _SIMPLE_TYPES[name]
    if name.startswith("list<") and name.endswith(">"):
        return pa.list_(pa.field("item", _parse_type(name[5:-1])))
    if name.startswith("struct<") and name.endswith(">"):
        fields = []
        for part in _split_top_level(name[7:-1]):
            field_name, _, field_type = part.partition(": ")
            nullable = not field_type.endswith(" not null")
            fields.append(pa.field(field_name, _parse_type(field_type.removesuffix(" not null")), nullable=nullable))
        return pa.struct(fields)
    raise ValueError(f"unknown type in contract: {name}")


def _split_top_level(text: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    if current:
        parts.append("".join(current).strip())
    return parts
