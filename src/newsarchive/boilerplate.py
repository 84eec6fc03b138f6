"""Evidence from the whole archive: short lines that recur across many documents of one source.

A site prints the same strap line, newsletter pitch or section label under every article. No
rule can know every site's wording, but the archive holds the evidence: a short line found in
many documents of the same source is boilerplate. Every archived document leaves the keys of its
short lines in ``state/line_index.parquet`` (source, doc_id, key); a run adds its own documents'
keys before cleaning, so the first backfill of a site already benefits.

"Source" is the folder an input sits in (scrapers keep one folder per site); inputs at the top
of the inbox form one source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

import pyarrow as pa
import pyarrow.compute as pc

from newsarchive.debris.engine import Line, line_key
from newsarchive.debris.repeated import MAX_WORDS  # the survey keys exactly the lines the rule may remove

MIN_DOCUMENTS = 5  # a line in fewer documents than this is never taken for boilerplate
MIN_SHARE = 0.1  # ... nor one found in less than this share of its source's documents

INDEX_SCHEMA = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("key", pa.int64(), nullable=False),
    ]
)


def source_of(relative_path: str) -> str:
    parent = PurePosixPath(relative_path).parent.as_posix()
    return "" if parent == "." else parent


def document_keys(lines: Iterable[Line]) -> set[int]:
    """Keys of the lines of one document that could be boilerplate: short and not prose."""
    return {line_key(line.text) for line in lines if line.text and not line.prose and line.words <= MAX_WORDS}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Per source, the keys of lines that recur often enough to be boilerplate."""

    boilerplate: Mapping[str, frozenset[int]]

    def for_source(self, source: str) -> frozenset[int]:
        return self.boilerplate.get(source, frozenset())


NO_EVIDENCE = Evidence({})


def keys_table(rows: Iterable[tuple[str, str, Sequence[int] | set[int]]]) -> pa.Table:
    """(source, doc_id, keys) per document -> the index's long format."""
    sources, doc_ids, keys = [], [], []
    for source, doc_id, document in rows:
        for key in sorted(document):
            sources.append(source)
            doc_ids.append(doc_id)
            keys.append(key)
    return pa.table({"source": sources, "doc_id": doc_ids, "key": keys}, schema=INDEX_SCHEMA)


def gather_evidence(
    archived: Iterable[pa.Table], incoming: Iterable[pa.Table], replaced: pa.Array | None = None
) -> Evidence:
    """Count, per source, the documents each key appears in: the archive's rows, minus those of
    the documents this run re-cleans (``replaced``), plus this run's.

    Streamed: every chunk (a row group of the index, one batch's survey) is reduced to counts
    as it is read, so memory follows the number of distinct keys, not of rows.
    """
    tally = _KeyTally()
    for chunk in archived:
        if replaced is not None and len(replaced):
            chunk = chunk.filter(pc.invert(pc.is_in(chunk.column("doc_id"), value_set=replaced)))
        tally.add(chunk)
    for chunk in incoming:
        tally.add(chunk)
    return tally.evidence()


class _KeyTally:
    """Documents per (source, key) and per source, summed chunk by chunk.

    A document lists each of its keys once, so within a chunk rows count documents and the
    chunks' counts add up. Partial counts are merged whenever they outgrow the merged table,
    which keeps both the memory and the re-hashing proportional to the distinct keys.
    """

    def __init__(self) -> None:
        self._counts: list[pa.Table] = []
        self._pending_rows = 0
        self._merged_rows = 0
        self._documents: list[pa.Table] = []

    def add(self, chunk: pa.Table) -> None:
        if chunk.num_rows == 0:
            return
        chunk = chunk.cast(INDEX_SCHEMA)
        counts = chunk.group_by(["source", "key"]).aggregate([("doc_id", "count")])
        self._counts.append(_named(counts, documents="doc_id_count"))
        self._documents.append(chunk.group_by(["source", "doc_id"]).aggregate([]))
        self._pending_rows += counts.num_rows
        if self._pending_rows > max(self._merged_rows, _MERGE_AFTER_ROWS):
            self._merge()

    def _merge(self) -> None:
        merged = pa.concat_tables(self._counts).group_by(["source", "key"]).aggregate([("documents", "sum")])
        self._counts = [_named(merged, documents="documents_sum")]
        self._merged_rows, self._pending_rows = merged.num_rows, 0
        documents = pa.concat_tables(self._documents).group_by(["source", "doc_id"]).aggregate([])
        self._documents = [documents.select(["source", "doc_id"])]

    def evidence(self) -> Evidence:
        if not self._counts:
            return NO_EVIDENCE
        self._merge()
        sizes = self._documents[0].group_by("source").aggregate([("doc_id", "count")])
        counts = self._counts[0].join(_named(sizes, size="doc_id_count"), "source")
        seen_in = pc.cast(counts.column("documents"), pa.float64())
        recurring = pc.and_(
            pc.greater_equal(seen_in, MIN_DOCUMENTS),
            pc.greater_equal(seen_in, pc.multiply(pc.cast(counts.column("size"), pa.float64()), MIN_SHARE)),
        )
        # Filtered in Arrow: only the few recurring keys become Python objects, not every short line.
        counts = counts.filter(recurring)
        boilerplate: dict[str, set[int]] = {}
        for source, key in zip(counts.column("source").to_pylist(), counts.column("key").to_pylist(), strict=True):
            boilerplate.setdefault(source, set()).add(key)
        return Evidence({source: frozenset(keys) for source, keys in sorted(boilerplate.items())})


_MERGE_AFTER_ROWS = 1 << 20


def _named(table: pa.Table, **aggregates: str) -> pa.Table:
    """A group-by result with its aggregate columns renamed (keys keep their names)."""
    names = {old: new for new, old in aggregates.items()}
    return table.rename_columns([names.get(name, name) for name in table.column_names])
