"""The archive on disk: Parquet rows, the clean corpus, raw inputs, quarantine, run reports.

Layout (under the archive root)::

    documents/year=YYYY/month=MM/part-0.parquet   one row per document, hive-partitioned
    corpus/year=YYYY/month=MM/<doc_id>.txt         title, blank line, body
    raw/<sha256[:2]>/<sha256><suffix>              every archived input's bytes as they came
    quarantine/<doc_id>.json (+ <doc_id><suffix>)  inputs that could not be archived, and why
    runs/<run_id>.json                             what each run saw and did
    manifest.json                                  the partition files and their row counts
    .staging/<run_id>/                             work in progress; never read by consumers

Every file is written under a temporary name and renamed into place, so a reader sees either
the old file or the new one. A commit holds an exclusive lock on ``.lock``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsarchive.config import PIPELINE_VERSION
from newsarchive.model import CleanDocument, Quarantined
from newsarchive.schema import DOCUMENT_SCHEMA, UNKNOWN_PARTITION, validate_table

PART_NAME = "part-0.parquet"
_PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "row_group_size": 4096, "write_statistics": True}


@dataclass(frozen=True, slots=True)
class RunInfo:
    run_id: str
    started_at: dt.datetime
    pipeline_version: str = PIPELINE_VERSION


def new_run(run_id: str | None = None) -> RunInfo:
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return RunInfo(run_id=run_id or f"{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}", started_at=started)


@dataclass(frozen=True, slots=True)
class ArchiveLayout:
    root: Path

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def corpus(self) -> Path:
        return self.root / "corpus"

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def runs(self) -> Path:
        return self.root / "runs"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    def staging(self, run_id: str) -> Path:
        return self.root / ".staging" / run_id

    def partition_dir(self, base: Path, year: str, month: str) -> Path:
        return base / f"year={year}" / f"month={month}"

    def raw_path(self, sha256: str, source_path: str) -> Path:
        return self.raw / sha256[:2] / f"{sha256}{_safe_suffix(source_path)}"


def partition_of(published: dt.date | None, earliest: dt.date | None, latest: dt.date | None) -> tuple[str, str]:
    """Year and month folder of a document: its publication month when that month is certain."""
    if published is not None:
        return f"{published.year:04d}", f"{published.month:02d}"
    if earliest is not None and latest is not None and (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"{earliest.year:04d}", f"{earliest.month:02d}"
    return UNKNOWN_PARTITION, UNKNOWN_PARTITION


# --- writing inputs as they came -------------------------------------------------------------


def store_raw(layout: ArchiveLayout, sha256: str, source_path: str, data: bytes) -> Path:
    """Keep the input's bytes, addressed by content: storing the same bytes twice is a no-op."""
    target = layout.raw_path(sha256, source_path)
    if not target.exists():
        _atomic_write_bytes(target, data)
    return target


def store_quarantine(
    layout: ArchiveLayout, doc_id: str, verdict: Quarantined, data: bytes, source_file: Path | None, run: RunInfo
) -> Path:
    """Keep a rejected input with its reason. Bytes not read (oversized) are copied from the source."""
    layout.quarantine.mkdir(parents=True, exist_ok=True)
    payload = layout.quarantine / f"{doc_id}{_safe_suffix(verdict.ref.relative_path)}"
    if data:
        _atomic_write_bytes(payload, data)
    elif source_file is not None and source_file.is_file() and not source_file.is_symlink():
        temporary = payload.with_name(f".{payload.name}.{uuid.uuid4().hex}.tmp")
        shutil.copyfile(source_file, temporary)
        os.replace(temporary, payload)
    record = {
        "doc_id": doc_id,
        "source_path": verdict.ref.relative_path,
        "source_size": verdict.ref.size,
        "source_sha256": verdict.sha256 or None,
        "reason": str(verdict.reason),
        "detail": verdict.detail,
        "payload": payload.name if payload.exists() else None,
        "run_id": run.run_id,
        "quarantined_at": run.started_at.isoformat(),
        "pipeline_version": run.pipeline_version,
    }
    record_path = layout.quarantine / f"{doc_id}.json"
    _atomic_write_bytes(record_path, (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode())
    return record_path


def release_from_quarantine(layout: ArchiveLayout, doc_id: str) -> None:
    """An input that archives cleanly now is no longer quarantined."""
    record = layout.quarantine / f"{doc_id}.json"
    if not record.exists():
        return
    with contextlib.suppress(OSError, ValueError):
        payload = json.loads(record.read_text()).get("payload")
        if payload:
            (layout.quarantine / payload).unlink(missing_ok=True)
    record.unlink(missing_ok=True)


# --- rows ------------------------------------------------------------------------------------


def documents_table(documents: Sequence[CleanDocument], run: RunInfo) -> pa.Table:
    """Rows in the contract's schema; ``archived_at`` is provisional until the commit."""
    rows: dict[str, list[Any]] = {name: [] for name in DOCUMENT_SCHEMA.names}
    for doc in sorted(documents, key=lambda d: d.doc_id):
        record = {
            "doc_id": doc.doc_id,
            "source_path": doc.source_path,
            "source_sha256": doc.source_sha256,
            "source_size": doc.source_size,
            "source_format": doc.source_format,
            "source_encoding": doc.source_encoding,
            "title": doc.title,
            "title_raw": doc.title_raw,
            "title_source": doc.title_source,
            "text": doc.text,
            "author": doc.author,
            "published_date": doc.published_date,
            "date_min": doc.date_min,
            "date_max": doc.date_max,
            "date_source": doc.date_source,
            "date_confidence": doc.date_confidence,
            "event_period": doc.event_period,
            "event_confidence": doc.event_confidence,
            "event_evidence": list(doc.event_evidence),
            "language": doc.language,
            "language_confidence": doc.language_confidence,
            "word_count": doc.word_count,
            "content_sha256": doc.content_sha256,
            "removed": [
                {"rule_id": r.rule_id, "category": r.category, "line_no": r.line_no or None, "text": r.text}
                for r in doc.removed
            ],
            "repairs": [
                {"kind": r.kind, "line_no": r.line_no, "detail": r.detail, "before": r.before, "after": r.after}
                for r in doc.repairs
            ],
            "duplicate_of": doc.duplicate_of,
            "pipeline_version": run.pipeline_version,
            "archived_at": run.started_at,
            "processed_at": run.started_at,
            "run_id": run.run_id,
        }
        for name, value in record.items():
            rows[name].append(value)
    table = pa.Table.from_pydict(rows, schema=DOCUMENT_SCHEMA)
    validate_table(table)
    return table


def stage_part(layout: ArchiveLayout, run_id: str, batch_no: int, table: pa.Table) -> Path:
    """Write one batch's rows where the commit will find them."""
    validate_table(table)
    path = layout.staging(run_id) / "parts" / f"batch-{batch_no:06d}.parquet"
    _atomic_write_parquet(path, table)
    return path


# --- commit ----------------------------------------------------------------------------------


@dataclass(slots=True)
class CommitResult:
    rows_written: int = 0
    rows_replaced: int = 0
    duplicates: int = 0
    partitions_written: list[str] = field(default_factory=list)
    archive_rows: int = 0


@contextlib.contextmanager
def archive_lock(layout: ArchiveLayout) -> Iterator[None]:
    """One writer at a time: a second commit waits for the first to finish."""
    layout.root.mkdir(parents=True, exist_ok=True)
    with open(layout.root / ".lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def commit(layout: ArchiveLayout, run: RunInfo, staged_parts: Iterable[Path]) -> CommitResult:
    """Merge a run's staged rows into the archive: new documents added, re-cleaned ones replaced.

    Each partition file is rewritten whole (old rows not in this run, plus this run's rows,
    sorted by ``doc_id``) and renamed over the old one.
    """
    parts = [Path(p) for p in staged_parts]
    with archive_lock(layout):
        incoming = _read_parts(parts)
        result = CommitResult()
        existing = read_keys(layout)
        replaced_ids = set(incoming.column("doc_id").to_pylist()) & set(existing.column("doc_id").to_pylist())
        result.rows_replaced = len(replaced_ids)
        incoming = _carry_archived_at(incoming, existing)
        incoming = _mark_duplicates(incoming, existing)
        result.duplicates = incoming.column("duplicate_of").length() - incoming.column("duplicate_of").null_count

        new_partitions = [
            partition_of(*dates)
            for dates in zip(
                incoming.column("published_date").to_pylist(),
                incoming.column("date_min").to_pylist(),
                incoming.column("date_max").to_pylist(),
                strict=True,
            )
        ]
        old_partitions = {
            doc_id: (year, month)
            for doc_id, year, month in zip(
                existing.column("doc_id").to_pylist(),
                existing.column("year").to_pylist(),
                existing.column("month").to_pylist(),
                strict=True,
            )
            if doc_id in replaced_ids
        }
        affected = sorted(set(new_partitions) | set(old_partitions.values()))
        incoming_ids = pa.array(incoming.column("doc_id").to_pylist(), pa.string())
        partition_column = pa.array([f"{y}/{m}" for y, m in new_partitions], pa.string())
        for year, month in affected:
            target_dir = layout.partition_dir(layout.documents, year, month)
            target = target_dir / PART_NAME
            kept = _read_partition(target)
            if kept is not None:
                kept = kept.filter(pc.invert(pc.is_in(kept.column("doc_id"), value_set=incoming_ids)))
            added = incoming.filter(pc.equal(partition_column, f"{year}/{month}"))
            merged = added if kept is None else pa.concat_tables([kept, added])
            merged = merged.sort_by("doc_id")
            if merged.num_rows == 0:
                target.unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    target_dir.rmdir()
                    target_dir.parent.rmdir()
                continue
            validate_table(merged)
            _atomic_write_parquet(target, merged)
            result.partitions_written.append(f"year={year}/month={month}")

        _write_corpus(layout, incoming, new_partitions, old_partitions)
        result.rows_written = incoming.num_rows
        result.archive_rows = write_manifest(layout, run)
        shutil.rmtree(layout.staging(run.run_id), ignore_errors=True)
    return result


def read_keys(layout: ArchiveLayout) -> pa.Table:
    """The columns the commit needs from every row, without loading any text."""
    columns = ["doc_id", "source_path", "content_sha256", "archived_at"]
    tables = []
    for path in sorted(layout.documents.glob(f"year=*/month=*/{PART_NAME}")):
        table = pq.ParquetFile(path).read(columns=columns)
        year, month = path.parent.parent.name.split("=", 1)[1], path.parent.name.split("=", 1)[1]
        table = table.append_column("year", pa.array([year] * table.num_rows, pa.string()))
        table = table.append_column("month", pa.array([month] * table.num_rows, pa.string()))
        tables.append(table)
    if not tables:
        return pa.table(
            {
                "doc_id": pa.array([], pa.string()),
                "source_path": pa.array([], pa.string()),
                "content_sha256": pa.array([], pa.string()),
                "archived_at": pa.array([], DOCUMENT_SCHEMA.field("archived_at").type),
                "year": pa.array([], pa.string()),
                "month": pa.array([], pa.string()),
            }
        )
    return pa.concat_tables(tables)


def write_manifest(layout: ArchiveLayout, run: RunInfo) -> int:
    files = []
    total = 0
    for path in sorted(layout.documents.glob(f"year=*/month=*/{PART_NAME}")):
        rows = pq.ParquetFile(path).metadata.num_rows
        total += rows
        files.append({"path": path.relative_to(layout.root).as_posix(), "rows": rows})
    manifest = {
        "schema_version": int(DOCUMENT_SCHEMA.metadata[b"newsarchive.schema_version"]),
        "pipeline_version": run.pipeline_version,
        "last_run_id": run.run_id,
        "rows": total,
        "files": files,
    }
    _atomic_write_bytes(layout.manifest, (json.dumps(manifest, indent=2) + "\n").encode())
    return total


def write_run_report(layout: ArchiveLayout, run_id: str, report: dict[str, Any]) -> Path:
    path = layout.runs / f"{run_id}.json"
    _atomic_write_bytes(path, (json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n").encode())
    return path


def corpus_text(title: str | None, text: str) -> str:
    return f"{title}\n\n{text}\n" if title else f"{text}\n"


# --- helpers ---------------------------------------------------------------------------------


def _read_parts(parts: Sequence[Path]) -> pa.Table:
    tables = [pq.ParquetFile(p).read().cast(DOCUMENT_SCHEMA) for p in parts]
    if not tables:
        return DOCUMENT_SCHEMA.empty_table()
    table = pa.concat_tables(tables).sort_by("doc_id")
    validate_table(table)
    return table


def _read_partition(path: Path) -> pa.Table | None:
    if not path.exists():
        return None
    return pq.ParquetFile(path).read().cast(DOCUMENT_SCHEMA)


def _carry_archived_at(incoming: pa.Table, existing: pa.Table) -> pa.Table:
    first_seen = dict(
        zip(existing.column("doc_id").to_pylist(), existing.column("archived_at").to_pylist(), strict=True)
    )
    values = [
        first_seen.get(doc_id, current)
        for doc_id, current in zip(
            incoming.column("doc_id").to_pylist(), incoming.column("archived_at").to_pylist(), strict=True
        )
    ]
    index = incoming.schema.get_field_index("archived_at")
    return incoming.set_column(index, incoming.schema.field(index), pa.array(values, incoming.schema.field(index).type))


def _mark_duplicates(incoming: pa.Table, existing: pa.Table) -> pa.Table:
    """Point every copy at the earliest archived document with the same content.

    "Earliest" is by first archival time, then source path, then id, so the choice is the same
    on every run.
    """
    incoming_ids = set(incoming.column("doc_id").to_pylist())
    candidates: dict[str, tuple[Any, str, str]] = {}

    def consider(content: str, key: tuple[Any, str, str]) -> None:
        if content not in candidates or key < candidates[content]:
            candidates[content] = key

    for doc_id, path, content, archived in zip(
        existing.column("doc_id").to_pylist(),
        existing.column("source_path").to_pylist(),
        existing.column("content_sha256").to_pylist(),
        existing.column("archived_at").to_pylist(),
        strict=True,
    ):
        if doc_id not in incoming_ids:
            consider(content, (archived, path, doc_id))
    rows = list(
        zip(
            incoming.column("doc_id").to_pylist(),
            incoming.column("source_path").to_pylist(),
            incoming.column("content_sha256").to_pylist(),
            incoming.column("archived_at").to_pylist(),
            strict=True,
        )
    )
    for doc_id, path, content, archived in rows:
        consider(content, (archived, path, doc_id))
    duplicate_of = [
        None if candidates[content][2] == doc_id else candidates[content][2] for doc_id, _, content, _ in rows
    ]
    index = incoming.schema.get_field_index("duplicate_of")
    return incoming.set_column(index, incoming.schema.field(index), pa.array(duplicate_of, pa.string()))


def _write_corpus(
    layout: ArchiveLayout,
    incoming: pa.Table,
    partitions: Sequence[tuple[str, str]],
    old_partitions: dict[str, tuple[str, str]],
) -> None:
    for doc_id, title, text, (year, month) in zip(
        incoming.column("doc_id").to_pylist(),
        incoming.column("title").to_pylist(),
        incoming.column("text").to_pylist(),
        partitions,
        strict=True,
    ):
        target = layout.partition_dir(layout.corpus, year, month) / f"{doc_id}.txt"
        _atomic_write_bytes(target, corpus_text(title, text).encode())
        previous = old_partitions.get(doc_id)
        if previous is not None and previous != (year, month):
            (layout.partition_dir(layout.corpus, *previous) / f"{doc_id}.txt").unlink(missing_ok=True)


def _atomic_write_bytes(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def _atomic_write_parquet(target: Path, table: pa.Table) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    pq.write_table(table, temporary, **_PARQUET_OPTIONS)
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def _safe_suffix(source_path: str) -> str:
    suffix = Path(source_path).suffix.lower()
    return suffix if 1 < len(suffix) <= 10 and suffix[1:].isalnum() else ""
