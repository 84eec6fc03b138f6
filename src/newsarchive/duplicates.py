"""Exact and near duplicates: the same wire story on two sites, with other debris and small edits.

Each archived document keeps a MinHash signature of its cleaned text (``state/minhash.parquet``,
datasketch, 64 permutations of 32-bit hashes over 5-word shingles). At every commit an LSH index over the
whole archive finds, for each incoming document, the earlier documents whose estimated Jaccard
similarity reaches ``NEAR_DUPLICATE_THRESHOLD``; ``duplicate_of`` then names the earliest original.

Why 0.6 on 5-word shingles: in the metadata development set (tests/data/metadata), wire
reprints with another headline, other debris and edited sentences keep 69-100% of their
shingles (estimated), while different reports of the same event, quoting the same officials,
share at most 3%. Two short articles that share a standard disclaimer paragraph can reach 0.5,
so the threshold sits at 0.6, still below the loosest reprint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
# datasketch 2 names the hashing scheme; stored values are only comparable under the same one.
SCHEME = "affine32"
SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.6
_WORD = re.compile(r"\w+")

SIGNATURE_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("hashvalues", pa.list_(pa.uint32(), NUM_PERM), nullable=False),
    ]
)


def signature(title: str | None, text: str) -> np.ndarray:
    """MinHash values of a document's word shingles; blind to case, punctuation and layout."""
    words = _WORD.findall(f"{title or ''} {text}".casefold())
    if len(words) < SHINGLE_WORDS:
        shingles = [" ".join(words).encode()] if words else [b""]
    else:
        shingles = [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)]
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch(shingles)
    return minhash.hashvalues.astype(np.uint32)


def signatures_table(rows: Iterable[tuple[str, np.ndarray]]) -> pa.Table:
    ids, values = [], []
    for doc_id, hashvalues in rows:
        ids.append(doc_id)
        values.append(hashvalues.tolist())
    return pa.table({"doc_id": ids, "hashvalues": values}, schema=SIGNATURE_SCHEMA)


def merge_signatures(archived: pa.Table, incoming: pa.Table) -> pa.Table:
    if incoming.num_rows:
        archived = archived.filter(pc.invert(pc.is_in(archived.column("doc_id"), value_set=incoming.column("doc_id"))))
    return pa.concat_tables([archived.cast(SIGNATURE_SCHEMA), incoming.cast(SIGNATURE_SCHEMA)]).sort_by("doc_id")


def _signature_matrix(signatures: pa.Table) -> np.ndarray:
    """All signatures as one (documents x NUM_PERM) array of uint32, without Python objects."""
    column = signatures.column("hashvalues").combine_chunks()
    if len(column) == 0:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    return column.flatten().to_numpy(zero_copy_only=False).reshape(-1, NUM_PERM)


class _BandBuckets:
    """The LSH buckets of every document: rows that share a bucket in any band are candidates.

    The banding is datasketch's for this threshold (bands tuned a little below it find the
    candidates; the estimate decides: bands at the threshold itself miss too many pairs just
    above it). Band keys are computed for all documents at once with NumPy and grouped by
    sorting. Each band keeps its rows in key order and where each bucket starts, so memory is a
    few integers per document and band however large a cluster of copies grows; a document's
    candidates are read from its buckets when it is checked, never stored as sets.
    """

    def __init__(self, values: np.ndarray, threshold: float) -> None:
        banding = MinHashLSH(threshold=max(0.3, threshold - 0.15), num_perm=NUM_PERM)
        self._bands: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        rows = len(values)
        for band in range(banding.b):
            columns = values[:, band * banding.r : (band + 1) * banding.r].astype(np.uint64)
            keys = np.zeros(rows, dtype=np.uint64)
            for column in columns.T:  # FNV-style mix; a collision only adds a candidate the estimate rejects
                keys = (keys * np.uint64(0x100000001B3)) ^ column
            order = np.argsort(keys, kind="stable")
            sorted_keys = keys[order]
            new_bucket = np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]
            bounds = np.r_[np.flatnonzero(new_bucket), rows].astype(np.int32)
            bucket_of_row = np.empty(rows, dtype=np.int32)
            bucket_of_row[order] = np.cumsum(new_bucket) - 1
            self._bands.append((order.astype(np.int32), bucket_of_row, bounds))

    def neighbours(self, row: int) -> np.ndarray:
        """The rows sharing at least one bucket with ``row``, in row order."""
        shared = []
        for order, bucket_of_row, bounds in self._bands:
            bucket = bucket_of_row[row]
            start, end = bounds[bucket], bounds[bucket + 1]
            if end - start > 1:
                shared.append(order[start:end])
        if not shared:
            return np.zeros(0, dtype=np.int32)
        found = np.unique(np.concatenate(shared))
        return found[found != row]


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the duplicate search needs to know of a document: when it arrived and what it says."""

    doc_id: str
    order: tuple[Any, str, str]  # (archived_at, source_path, doc_id): "earliest" means smallest
    content_sha256: str
    original: str | None = None  # for archived documents: their recorded duplicate_of


def find_duplicates(
    incoming: Sequence[Candidate],
    archived: Sequence[Candidate],
    signatures: pa.Table,
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> dict[str, str | None]:
    """``duplicate_of`` for each incoming document: the earliest original it copies, or None.

    Exact copies (same content hash) are matched directly; near copies through LSH. A copy of
    a copy points at the first original, so every cluster has one root.
    """
    everyone = {c.doc_id: c for c in archived} | {c.doc_id: c for c in incoming}
    ids = signatures.column("doc_id").to_pylist()
    row_of = {doc_id: row for row, doc_id in enumerate(ids) if doc_id in everyone}
    values = _signature_matrix(signatures)
    buckets = _BandBuckets(values, threshold) if incoming and len(values) else None

    by_content: dict[str, list[Candidate]] = {}
    for candidate in everyone.values():
        by_content.setdefault(candidate.content_sha256, []).append(candidate)

    root: dict[str, str] = {c.doc_id: c.original or c.doc_id for c in archived}
    result: dict[str, str | None] = {}
    for candidate in sorted(incoming, key=lambda c: c.order):
        earlier = [c for c in by_content[candidate.content_sha256] if c.order < candidate.order]
        mine = row_of.get(candidate.doc_id)
        for other_row in buckets.neighbours(mine).tolist() if mine is not None and buckets else ():
            other = everyone.get(ids[other_row])
            agree = np.count_nonzero(values[mine] == values[other_row]) if other is not None else 0
            if other is not None and other.order < candidate.order and agree >= threshold * NUM_PERM:
                earlier.append(other)
        if earlier:
            first = min(earlier, key=lambda c: c.order)
            root[candidate.doc_id] = root.get(first.doc_id, first.doc_id)
            result[candidate.doc_id] = root[candidate.doc_id]
        else:
            root[candidate.doc_id] = candidate.doc_id
            result[candidate.doc_id] = None
    return result
