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


def gather_evidence(archived: pa.Table, incoming: pa.Table) -> Evidence:
    """Count, per source, the documents each key appears in: the archive's rows, minus the
    documents this run re-cleans, plus this run's.
    """
    if incoming.num_rows:
        archived = archived.filter(pc.invert(pc.is_in(archived.column("doc_id"), value_set=incoming.column("doc_id"))))
    table = pa.concat_tables([archived.cast(INDEX_SCHEMA), incoming.cast(INDEX_SCHEMA)])
    if table.num_rows == 0:
        return NO_EVIDENCE
    documents = table.group_by("source").aggregate([("doc_id", "count_distinct")]).rename_columns(["source", "size"])
    counts = table.group_by(["source", "key"]).aggregate([("doc_id", "count_distinct")])
    # Filtered in Arrow: only the few recurring keys become Python objects, not every short line.
    counts = counts.join(documents, "source")
    seen_in = pc.cast(counts.column("doc_id_count_distinct"), pa.float64())
    recurring = pc.and_(
        pc.greater_equal(seen_in, MIN_DOCUMENTS),
        pc.greater_equal(seen_in, pc.multiply(pc.cast(counts.column("size"), pa.float64()), MIN_SHARE)),
    )
    counts = counts.filter(recurring)
    boilerplate: dict[str, set[int]] = {}
    for source, key in zip(counts.column("source").to_pylist(), counts.column("key").to_pylist(), strict=True):
        boilerplate.setdefault(source, set()).add(key)
    return Evidence({source: frozenset(keys) for source, keys in boilerplate.items()})


def merge_index(archived: pa.Table, incoming: pa.Table) -> pa.Table:
    """The index after a run: its documents' keys replace whatever the archive had for them."""
    if incoming.num_rows:
        archived = archived.filter(pc.invert(pc.is_in(archived.column("doc_id"), value_set=incoming.column("doc_id"))))
    merged = pa.concat_tables([archived.cast(INDEX_SCHEMA), incoming.cast(INDEX_SCHEMA)])
    return merged.sort_by([("source", "ascending"), ("doc_id", "ascending"), ("key", "ascending")])
