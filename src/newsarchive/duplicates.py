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

import hashlib
import re
from collections.abc import Iterable
from operator import methodcaller

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
    words = [word.encode() for word in _WORD.findall(f"{title or ''} {text}".casefold())]
    if len(words) < SHINGLE_WORDS:
        shingles: Iterable[bytes] = [b" ".join(words)]
    else:
        # The slices differ in length: zip stops with the shortest, at the last whole shingle.
        shingles = map(b" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False))
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=int)
    minhash.update_batch(_sha1_hash32(shingles).tolist())
    return minhash.hashvalues.astype(np.uint32)


def _sha1_hash32(shingles: Iterable[bytes]) -> np.ndarray:
    """datasketch's ``sha1_hash32`` of every shingle (the first four bytes of its SHA-1, little-endian).

    Called once per shingle from Python it cost more than the rest of the cleaning; here the
    digests are made and joined by C loops and read as one array.
    """
    digests = b"".join(map(_DIGEST, map(hashlib.sha1, shingles)))
    return np.frombuffer(digests, dtype="<u4")[:: hashlib.sha1().digest_size // 4].astype(np.uint64)


_DIGEST = methodcaller("digest")


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


DUPLICATE_SEARCH_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        # "earliest" is by (archived_at, source_path, doc_id): the same choice on every run
        pa.field("archived_at", pa.timestamp("us", tz="UTC")),
        pa.field("source_path", pa.string()),
        pa.field("content_sha256", pa.string()),
        pa.field("duplicate_of", pa.string()),  # recorded value; ignored for documents checked now
        pa.field("check", pa.bool_(), nullable=False),
    ]
)


def find_duplicates(documents: pa.Table, signatures: pa.Table, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> pa.Array:
    """``duplicate_of`` for every row of ``documents`` (``DUPLICATE_SEARCH_SCHEMA``).

    Rows with ``check`` set get the earliest original they copy, or null; the other rows keep
    their recorded value. Exact copies (same content hash) are matched directly, near copies
    through LSH. A copy of a copy points at the first original, so every cluster has one root.
    Everything is held in Arrow and NumPy arrays, a few integers per document: at 100,000
    documents a Python object per document cost more memory than the whole search.
    """
    documents = documents.select(DUPLICATE_SEARCH_SCHEMA.names).cast(DUPLICATE_SEARCH_SCHEMA)
    count = documents.num_rows
    doc_ids = documents.column("doc_id").combine_chunks()
    by_order = pc.sort_indices(
        documents, sort_keys=[("archived_at", "ascending"), ("source_path", "ascending"), ("doc_id", "ascending")]
    ).to_numpy()
    rank = np.empty(count, dtype=np.int64)
    rank[by_order] = np.arange(count)

    # The earliest exact copy of each row is the first row, by rank, with the same content.
    content = pc.dictionary_encode(documents.column("content_sha256").combine_chunks().fill_null(""))
    content_group = content.indices.to_numpy(zero_copy_only=False)
    first_rank_of_group = np.full(len(content.dictionary), count, dtype=np.int64)
    np.minimum.at(first_rank_of_group, content_group, rank)

    # Roots are indices into the ids, extended with recorded originals no longer in the archive.
    recorded = documents.column("duplicate_of").combine_chunks()
    absent = pc.unique(recorded.filter(pc.invert(pc.is_in(recorded, value_set=doc_ids))).drop_null())
    names = pa.concat_arrays([doc_ids, absent.cast(pa.string())])
    root = _positions(pc.index_in(recorded, value_set=names))
    root = np.where(root >= 0, root, np.arange(count))

    signature_ids = signatures.column("doc_id").combine_chunks()
    signature_of_row = _positions(pc.index_in(doc_ids, value_set=signature_ids))
    row_of_signature = _positions(pc.index_in(signature_ids, value_set=doc_ids))
    values = _signature_matrix(signatures)
    check = documents.column("check").combine_chunks()
    checked = np.flatnonzero(check.to_numpy(zero_copy_only=False))
    checked = checked[np.argsort(rank[checked], kind="stable")]
    buckets = _BandBuckets(values, threshold) if len(checked) and len(values) else None
    needed = threshold * NUM_PERM

    found = np.full(count, -1, dtype=np.int64)
    for row in checked.tolist():
        mine = rank[row]
        earliest = first_rank_of_group[content_group[row]]
        signature_row = signature_of_row[row]
        if buckets is not None and signature_row >= 0:
            near = buckets.neighbours(signature_row)
            others = row_of_signature[near]
            earlier = (others >= 0) & (rank[np.maximum(others, 0)] < mine)
            near, others = near[earlier], others[earlier]
            if len(near):
                agree = np.count_nonzero(values[near] == values[signature_row], axis=1) >= needed
                if agree.any():
                    earliest = min(earliest, int(rank[others[agree]].min()))
        if earliest < mine:
            root[row] = root[by_order[earliest]]
            found[row] = root[row]
        else:
            root[row] = row

    found_ids = names.take(pa.array(found, mask=found < 0))
    return pc.if_else(check, found_ids, recorded)


def _positions(indices: pa.Array) -> np.ndarray:
    """``index_in`` results as integers, -1 where there was no match."""
    return indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
