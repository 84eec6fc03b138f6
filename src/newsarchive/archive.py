"""The archive on disk: Parquet rows, the clean corpus, raw inputs, quarantine, run reports.

Layout (under the archive root)::

    documents -> current/documents                 what readers open: one row per document,
        year=YYYY/month=MM/part-0.parquet          hive-partitioned
    corpus -> current/corpus                       <doc_id>.txt per document: title, blank line, body
    manifest.json -> current/manifest.json         the partition files, their row counts, the last run
    current -> snapshots/<id>                      the live snapshot, switched by one atomic rename
    snapshots/<id>/                                complete versions: documents, corpus, state, manifest
    raw/<sha256[:2]>/<sha256><suffix>              every archived input's bytes as they came
    quarantine/<doc_id>.json, inputs/<doc_id><suffix>  inputs that could not be archived, and why
    runs/<run_id>.json                             what each run saw and did
    .staging/<run_id>/                             work in progress; never read by consumers

A commit builds a whole new snapshot beside the live one (unchanged files are hard links, so
this costs little), then replaces the ``current`` symlink in one rename. A reader, or a run
killed at any point, sees the old snapshot or the new one, never a mix: exactly one row per
document. A commit holds an exclusive lock on ``.lock``, so concurrent runs commit in turn.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import itertools
import json
import os
import shutil
import signal
import socket
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsarchive.boilerplate import INDEX_SCHEMA
from newsarchive.config import PIPELINE_VERSION
from newsarchive.duplicates import DUPLICATE_SEARCH_SCHEMA, SIGNATURE_SCHEMA, find_duplicates, merge_signatures
from newsarchive.memory import release_freed_memory
from newsarchive.model import CleanDocument, Quarantined
from newsarchive.schema import DOCUMENT_SCHEMA, UNKNOWN_PARTITION, validate_table

PART_NAME = "part-0.parquet"
_PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "row_group_size": 4096, "write_statistics": True}
_STATE_ROW_GROUP = 1 << 16  # state files hold a few narrow columns: bigger groups, fewer of them
# A row group is buffered whole before it is written: bounded in bytes too, so that long texts
# do not make the commit's peak memory (4,096 bench documents came to 35 MB of Arrow data).
_ROW_GROUP_BYTES = 16 << 20


@dataclass(frozen=True, slots=True)
class RunInfo:
    run_id: str
    started_at: dt.datetime
    pipeline_version: str = PIPELINE_VERSION


def new_run(run_id: str | None = None) -> RunInfo:
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return RunInfo(run_id=run_id or f"{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}", started_at=started)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One complete version of what readers see: rows, corpus, manifest, and the state behind them."""

    root: Path

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def corpus(self) -> Path:
        return self.root / "corpus"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    @property
    def signatures(self) -> Path:
        return self.root / "state" / "minhash.parquet"

    @property
    def line_index(self) -> Path:
        return self.root / "state" / "line_index.parquet"

    def partition_files(self) -> list[Path]:
        return sorted(self.documents.glob(f"year=*/month=*/{PART_NAME}"))


@dataclass(frozen=True, slots=True)
class ArchiveLayout:
    root: Path

    @property
    def current(self) -> Path:
        return self.root / "current"

    @property
    def live(self) -> Snapshot:
        """The snapshot readers see now (paths through the ``current`` link)."""
        return Snapshot(self.current)

    @property
    def snapshots(self) -> Path:
        return self.root / "snapshots"

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def runs(self) -> Path:
        return self.root / "runs"

    def staging(self, run_id: str) -> Path:
        return self.root / ".staging" / run_id

    def partition_dir(self, base: Path, year: str, month: str) -> Path:
        return base / f"year={year}" / f"month={month}"

    def raw_path(self, sha256: str, source_path: str) -> Path:
        return self.raw / sha256[:2] / f"{sha256}{_safe_suffix(source_path)}"


# Stable names readers open; each leads through ``current`` to the live snapshot.
READER_LINKS = {"documents": "current/documents", "corpus": "current/corpus", "manifest.json": "current/manifest.json"}


def partition_of(published: dt.date | None, earliest: dt.date | None, latest: dt.date | None) -> tuple[str, str]:
    """Year and month folder of a document: its publication month when that month is certain."""
    if published is not None:
        return f"{published.year:04d}", f"{published.month:02d}"
    if earliest is not None and latest is not None and (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"{earliest.year:04d}", f"{earliest.month:02d}"
    return UNKNOWN_PARTITION, UNKNOWN_PARTITION


# --- writing inputs as they came -------------------------------------------------------------


def store_raw(layout: ArchiveLayout, sha256: str, source_path: str, data: bytes, sidecar: bytes | None = None) -> Path:
    """Keep the input's bytes, addressed by content: storing the same bytes twice is a no-op.

    A sidecar is kept beside them under the name a sidecar has ("<file>.json"), so a backfill
    reading ``raw/`` finds it as a run reading the inbox did.
    """
    target = layout.raw_path(sha256, source_path)
    if not target.exists():
        # Not fsynced one by one: no row points at it before the commit, which syncs once.
        _atomic_write_bytes(target, data, durable=False)
    if sidecar is not None:
        beside = target.with_name(target.name + ".json")
        if not beside.exists():
            _atomic_write_bytes(beside, sidecar, durable=False)
    return target


def store_quarantine(
    layout: ArchiveLayout, doc_id: str, verdict: Quarantined, data: bytes, source_file: Path | None, run: RunInfo
) -> Path:
    """Keep a rejected input with its reason. Bytes not read (oversized) are copied from the source."""
    (layout.quarantine / "inputs").mkdir(parents=True, exist_ok=True)
    # The bytes live apart from the records, so "quarantine/*.json" lists records only, even for
    # a quarantined JSON input.
    payload = layout.quarantine / "inputs" / f"{doc_id}{_safe_suffix(verdict.ref.relative_path)}"
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
        "payload": payload.relative_to(layout.quarantine).as_posix() if payload.exists() else None,
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
            "site_name": doc.site_name,
            "canonical_url": doc.canonical_url,
            "published_date": doc.published_date,
            "date_min": doc.date_min,
            "date_max": doc.date_max,
            "date_source": doc.date_source,
            "date_confidence": doc.date_confidence,
            "modified_date": doc.modified_date,
            "event_period": doc.event_period,
            "event_confidence": doc.event_confidence,
            "event_evidence": list(doc.event_evidence),
            "language": doc.language,
            "language_confidence": doc.language_confidence,
            "word_count": doc.word_count,
            "content_sha256": doc.content_sha256,
            "markup_metadata": [{"field": m.field, "value": m.value, "source": m.source} for m in doc.markup_metadata],
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


def stage_part(layout: ArchiveLayout, run_id: str, batch_no: int, table: pa.Table) -> list[Path]:
    """Write one batch's rows where the commit will find them, one file per target partition.

    Splitting here lets the commit merge one partition at a time, so its memory is bounded by
    the largest partition rather than by the whole run.
    """
    validate_table(table)
    keys = [
        partition_of(*dates)
        for dates in zip(
            table.column("published_date").to_pylist(),
            table.column("date_min").to_pylist(),
            table.column("date_max").to_pylist(),
            strict=True,
        )
    ]
    labels = pa.array([f"{year}/{month}" for year, month in keys], pa.string())
    written = []
    for year, month in sorted(set(keys)):
        rows = table.filter(pc.equal(labels, f"{year}/{month}"))
        path = layout.partition_dir(layout.staging(run_id) / "parts", year, month) / f"batch-{batch_no:06d}.parquet"
        _atomic_write_parquet(path, rows)
        written.append(path)
    return written


@dataclass(slots=True)
class CommitResult:
    rows_written: int = 0
    rows_replaced: int = 0
    superseded: int = 0  # backfilled rows dropped because a newer version was committed meanwhile
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


def commit(
    layout: ArchiveLayout,
    run: RunInfo,
    staged_parts: Iterable[Path],
    staged_keys: Sequence[Path] = (),
    staged_signatures: Sequence[Path] = (),
    keep_newer: bool = False,
) -> CommitResult:
    """Merge a run's staged rows into a new snapshot of the archive and switch readers to it.

    ``keep_newer`` (backfills) leaves alone every document whose archived row no longer comes
    from the bytes this run re-cleaned: a run that committed meanwhile archived a newer version.

    New documents are added and re-cleaned ones replaced. Each affected partition is rebuilt
    whole, streamed (its rows not in this run in their order, then this run's rows); every other
    file of the live snapshot is hard-linked into the new one. Nothing readers see changes until
    the final rename of ``current``, so a failure or a kill at any earlier point leaves the
    archive exactly as it was, and a kill after it leaves the new archive complete.
    """
    parts_by_partition: dict[tuple[str, str], list[Path]] = {}
    for part in sorted(Path(p) for p in staged_parts):
        parts_by_partition.setdefault(_partition_from_path(part), []).append(part)
    with archive_lock(layout):
        adopt_legacy_layout(layout)
        remove_abandoned_staging(layout)
        live = layout.live
        result = CommitResult()
        if not parts_by_partition and not staged_signatures and not staged_keys:
            # Nothing archived (all unchanged or quarantined): the live snapshot stays as it is.
            result.archive_rows = sum(pq.ParquetFile(p).metadata.num_rows for p in live.partition_files())
            shutil.rmtree(layout.staging(run.run_id), ignore_errors=True)
            return result
        existing = read_keys(layout)
        incoming = _read_incoming_keys(parts_by_partition)
        if keep_newer:
            live_source = existing.column("source_sha256").take(
                pc.index_in(incoming.column("doc_id"), value_set=existing.column("doc_id"))
            )
            superseded = pc.fill_null(pc.not_equal(live_source, incoming.column("source_sha256")), False)
            result.superseded = pc.sum(superseded).as_py() or 0
            incoming = incoming.filter(pc.invert(superseded))
        # Reading thousands of small staged files leaves freed buffers with the allocators; each
        # phase hands them back before the next builds its own (bench/README.md, session 12).
        release_freed_memory(collect=False)
        arriving = pc.unique(incoming.column("doc_id")).sort()
        replaced = _only(existing, arriving)
        result.rows_replaced = replaced.num_rows
        signatures = merge_signatures(
            read_state(live.signatures, SIGNATURE_SCHEMA),
            _only(read_tables(staged_signatures, SIGNATURE_SCHEMA), arriving),
        )
        release_freed_memory(collect=False)
        commit_columns, rechecked = _first_seen_and_duplicates(incoming, existing, signatures)
        result.duplicates = pc.count(commit_columns.column("duplicate_of")).as_py()
        release_freed_memory(collect=False)
        affected = set(parts_by_partition) | _partitions(replaced) | _partitions(rechecked)

        build = Snapshot(layout.staging(run.run_id) / "snapshot")
        shutil.rmtree(build.root, ignore_errors=True)  # a failed earlier attempt of this commit
        for target in live.partition_files():
            if _partition_from_path(target) not in affected:
                _link_or_copy(target, build.documents / target.relative_to(live.documents))
        for year, month in sorted(affected):
            # Streamed, a row group at a time: memory stays bounded by a chunk, not a partition.
            partition = layout.partition_dir(live.documents, year, month) / PART_NAME
            kept = iter_state(partition, DOCUMENT_SCHEMA, _PARQUET_OPTIONS["row_group_size"])
            kept = (_with_rechecked_duplicates(_without(chunk, arriving), rechecked) for chunk in kept)
            corpus = layout.partition_dir(build.corpus, year, month)
            added = (
                _staged_rows(part, arriving, commit_columns, corpus)
                for part in parts_by_partition.get((year, month), [])
            )
            target = layout.partition_dir(build.documents, year, month) / PART_NAME
            release_freed_memory(collect=False)
            if _write_streamed(target, itertools.chain(kept, added)):
                result.partitions_written.append(f"year={year}/month={month}")

        # The corpus follows the rows: this run's texts were written beside their rows above, and
        # every text of a document not in this run is linked from the live snapshot.
        for folder in sorted(live.corpus.glob("year=*/month=*")):
            names = sorted(entry.name for entry in os.scandir(folder) if entry.name.endswith(".txt"))
            stems = pa.array([name[: -len(".txt")] for name in names], pa.string())
            keep = pc.invert(pc.is_in(stems, value_set=arriving)).to_numpy(zero_copy_only=False)
            for name in itertools.compress(names, keep):
                _link_or_copy(folder / name, build.corpus / folder.relative_to(live.corpus) / name)
        failpoint("commit:rows-built")

        if staged_signatures:
            _atomic_write_parquet(build.signatures, signatures)
        elif live.signatures.exists():
            _link_or_copy(live.signatures, build.signatures)
        if staged_keys:
            # Streamed: the archive's keys minus those of the documents archived again, then
            # this run's. Only documents that made it into the archive count as evidence.
            kept_keys = (_without(chunk, arriving) for chunk in iter_state(live.line_index, INDEX_SCHEMA))
            new_keys = (_only(read_tables([part], INDEX_SCHEMA), arriving) for part in staged_keys)
            index = itertools.chain(kept_keys, new_keys)
            if not _write_streamed(build.line_index, index, INDEX_SCHEMA, group=_STATE_ROW_GROUP):
                _atomic_write_parquet(build.line_index, INDEX_SCHEMA.empty_table())
        elif live.line_index.exists():
            _link_or_copy(live.line_index, build.line_index)
        result.archive_rows = write_manifest(build, run)
        result.rows_written = incoming.num_rows

        os.sync()  # one flush for the thousands of small files, before anything points at them
        placed = layout.snapshots / f"{run.run_id}-{uuid.uuid4().hex[:8]}"
        placed.parent.mkdir(parents=True, exist_ok=True)
        os.rename(build.root, placed)
        _fsync_dir(placed.parent)
        failpoint("commit:snapshot-placed")
        previous = switch_current(layout, placed)
        failpoint("commit:switched")

        if layout.quarantine.is_dir():
            for doc_id in arriving.to_pylist():
                release_from_quarantine(layout, doc_id)
        _remove_old_snapshots(layout, keep={placed.name, previous} - {None})
        shutil.rmtree(layout.staging(run.run_id), ignore_errors=True)
    return result


def open_staging(layout: ArchiveLayout, run: RunInfo) -> Path:
    """Create the run's staging folder, signed with the process that owns it."""
    folder = layout.staging(run.run_id)
    folder.mkdir(parents=True, exist_ok=True)
    owner = {"host": socket.gethostname(), "pid": os.getpid(), "started_at": run.started_at.isoformat()}
    _atomic_write_bytes(folder / "owner.json", json.dumps(owner).encode(), durable=False)
    return folder


def remove_abandoned_staging(layout: ArchiveLayout) -> list[str]:
    """Delete the staging folders of runs whose process died (killed, machine restarted).

    Only folders signed by a process of this host that no longer exists are removed, so the
    work of a run still going on beside this one is never touched.
    """
    removed = []
    for folder in sorted((layout.root / ".staging").glob("*/")):
        try:
            owner = json.loads((folder / "owner.json").read_text())
        except (OSError, ValueError):
            continue
        if owner.get("host") == socket.gethostname() and not _process_alive(int(owner.get("pid", 0))):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def adopt_legacy_layout(layout: ArchiveLayout) -> None:
    """Move an archive written before snapshots (plain folders at the root) into one."""
    legacy = [name for name in (*READER_LINKS, "state") if (layout.root / name).exists()]
    legacy = [name for name in legacy if not (layout.root / name).is_symlink()]
    if not legacy or layout.current.is_symlink():
        return
    target = layout.snapshots / f"legacy-{uuid.uuid4().hex[:8]}"
    target.mkdir(parents=True)
    for name in legacy:
        os.rename(layout.root / name, target / name)
    switch_current(layout, target)


def switch_current(layout: ArchiveLayout, snapshot: Path) -> str | None:
    """Point ``current`` at ``snapshot`` in one rename; return the name of the snapshot it replaced."""
    previous = os.readlink(layout.current) if layout.current.is_symlink() else None
    temporary = layout.root / f".current.{uuid.uuid4().hex}.tmp"
    os.symlink(os.path.relpath(snapshot, layout.root), temporary)
    os.replace(temporary, layout.current)
    for name, destination in READER_LINKS.items():
        link = layout.root / name
        if not link.is_symlink():
            link.symlink_to(destination)
    _fsync_dir(layout.root)
    return Path(previous).name if previous else None


def _remove_old_snapshots(layout: ArchiveLayout, keep: set[str]) -> None:
    """Keep the live snapshot and the one before it (a reader may still be in it); drop the rest.

    This also sweeps up snapshots placed by commits that died before their switch.
    """
    for folder in sorted(layout.snapshots.iterdir()) if layout.snapshots.is_dir() else []:
        if folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)


def failpoint(name: str) -> None:
    """Crash tests set NEWSARCHIVE_FAILPOINT to a name here to kill -9 the process at that point."""
    if os.environ.get("NEWSARCHIVE_FAILPOINT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links pays a copy instead
        shutil.copy2(source, target)


def _fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read_tables(paths: Sequence[Path], schema: pa.Schema) -> pa.Table:
    """Parquet files of one schema read as one table (empty when there are none)."""
    tables = [_conform(_read_small(p), schema) for p in paths]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _read_small(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """A small staged or state file, on one thread and without read-ahead: the commit reads
    thousands of them, and Arrow's reader threads each kept freed buffers the trims could not
    reach (the commit of 100,000 documents peaked 47 MB lower read this way, in the same time)."""
    return pq.ParquetFile(path, pre_buffer=False).read(columns=columns, use_threads=False)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """A file written before a nullable column was added to the contract gets that column as nulls
    (an empty list for list columns), so archives stay readable and re-writable across versions."""
    for column in schema:
        if column.name not in table.column_names:
            if pa.types.is_list(column.type):
                filler = pa.array([[]] * table.num_rows, column.type)
            elif column.nullable:
                filler = pa.nulls(table.num_rows, column.type)
            else:
                raise ValueError(f"a stored file lacks the required column {column.name!r}")
            table = table.append_column(column, filler)
    return table.select(schema.names).cast(schema)


def read_state(path: Path, schema: pa.Schema) -> pa.Table:
    """A state file of the archive, or an empty table before the first run wrote it."""
    return read_tables([path] if path.exists() else [], schema)


def iter_state(path: Path, schema: pa.Schema, chunk_rows: int = _STATE_ROW_GROUP) -> Iterator[pa.Table]:
    """A Parquet file of the archive (a state file, a partition) in chunks of ``chunk_rows``;
    nothing when it does not exist (before the first run wrote it, a partition that moved away)."""
    if not path.exists():
        return
    for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_rows):
        yield _conform(pa.Table.from_batches([batch]), schema)


def stage_table(layout: ArchiveLayout, run_id: str, kind: str, batch_no: int, table: pa.Table) -> Path:
    """A batch's side table (line keys, MinHash signatures) staged for the commit."""
    path = layout.staging(run_id) / kind / f"batch-{batch_no:06d}.parquet"
    _atomic_write_parquet(path, table)
    return path


def _write_streamed(
    target: Path, chunks: Iterator[pa.Table], schema: pa.Schema = DOCUMENT_SCHEMA, group: int | None = None
) -> int:
    """Stream ``chunks`` into one Parquet file written under a temporary name; the rows written.

    No file is left when there are no rows (every row of the partition moved away). Document
    rows are checked against the contract before they are written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    writer: pq.ParquetWriter | None = None
    pending: list[pa.Table] = []
    written = waiting = waiting_bytes = 0
    group = group or _PARQUET_OPTIONS["row_group_size"]

    def flush() -> None:
        nonlocal writer, waiting, waiting_bytes, written
        if not pending:
            return
        table = pa.concat_tables(pending)
        if schema is DOCUMENT_SCHEMA:
            validate_table(table)
        if writer is None:
            options = {k: v for k, v in _PARQUET_OPTIONS.items() if k != "row_group_size"}
            writer = pq.ParquetWriter(temporary, schema, **options)
        writer.write_table(table, row_group_size=group)
        written += table.num_rows
        pending.clear()
        waiting = waiting_bytes = 0

    try:
        for chunk in chunks:
            if chunk.num_rows:
                pending.append(chunk)
                waiting += chunk.num_rows
                waiting_bytes += chunk.nbytes
                if waiting >= group or waiting_bytes >= _ROW_GROUP_BYTES:
                    flush()
        flush()
    except BaseException:
        if writer is not None:
            writer.close()
        temporary.unlink(missing_ok=True)
        raise
    if writer is None:
        return 0
    writer.close()
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return written


def _without(table: pa.Table, doc_ids: pa.Array) -> pa.Table:
    return table.filter(pc.invert(pc.is_in(table.column("doc_id"), value_set=doc_ids)))


def _only(table: pa.Table, doc_ids: pa.Array) -> pa.Table:
    return table.filter(pc.is_in(table.column("doc_id"), value_set=doc_ids))


def read_keys(layout: ArchiveLayout) -> pa.Table:
    """The columns the commit needs from every row, without loading any text."""
    columns = ["doc_id", "source_path", "source_sha256", "content_sha256", "archived_at", "duplicate_of"]
    tables = []
    for path in layout.live.partition_files():
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
                "source_sha256": pa.array([], pa.string()),
                "content_sha256": pa.array([], pa.string()),
                "archived_at": pa.array([], DOCUMENT_SCHEMA.field("archived_at").type),
                "duplicate_of": pa.array([], pa.string()),
                "year": pa.array([], pa.string()),
                "month": pa.array([], pa.string()),
            }
        )
    return pa.concat_tables(tables)


def write_manifest(snapshot: Snapshot, run: RunInfo) -> int:
    files = []
    total = 0
    for path in snapshot.partition_files():
        rows = pq.ParquetFile(path).metadata.num_rows
        total += rows
        files.append({"path": path.relative_to(snapshot.root).as_posix(), "rows": rows})
    manifest = {
        "schema_version": int(DOCUMENT_SCHEMA.metadata[b"newsarchive.schema_version"]),
        "pipeline_version": run.pipeline_version,
        "last_run_id": run.run_id,
        "snapshot": snapshot.root.name,
        "rows": total,
        "files": files,
    }
    _atomic_write_bytes(snapshot.manifest, (json.dumps(manifest, indent=2) + "\n").encode())
    return total


def read_manifest(snapshot: Snapshot) -> dict[str, Any]:
    return json.loads(snapshot.manifest.read_text(encoding="utf-8"))


def write_run_report(layout: ArchiveLayout, run_id: str, report: dict[str, Any]) -> Path:
    path = layout.runs / f"{run_id}.json"
    _atomic_write_bytes(path, (json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n").encode())
    return path


def corpus_text(title: str | None, text: str) -> str:
    return f"{title}\n\n{text}\n" if title else f"{text}\n"


# --- helpers ---------------------------------------------------------------------------------


def _partition_from_path(part: Path) -> tuple[str, str]:
    return part.parent.parent.name.split("=", 1)[1], part.parent.name.split("=", 1)[1]


def _read_incoming_keys(parts_by_partition: dict[tuple[str, str], list[Path]]) -> pa.Table:
    """doc_id, archived_at, source_path, content_sha256 and source_sha256 (the input bytes it was
    cleaned from) of every staged row; a document staged twice in one run is an error."""
    columns = ["doc_id", "archived_at", "source_path", "content_sha256", "source_sha256"]
    tables = [_read_small(part, columns) for parts in parts_by_partition.values() for part in parts]
    keys = pa.concat_tables(tables) if tables else pa.schema([DOCUMENT_SCHEMA.field(c) for c in columns]).empty_table()
    ids = keys.column("doc_id")
    if pc.count_distinct(ids).as_py() != keys.num_rows:
        counts = pc.value_counts(ids)
        twice = counts.filter(pc.greater(counts.field("counts"), 1))[0]["values"].as_py()
        path = keys.filter(pc.equal(ids, twice)).column("source_path")[0].as_py()
        raise ValueError(f"document {twice} ({path}) was staged twice in one run")
    return keys


def _first_seen_and_duplicates(
    incoming: pa.Table, existing: pa.Table, signatures: pa.Table
) -> tuple[pa.Table, pa.Table]:
    """When each incoming document first entered the archive, and the original it copies.

    A re-cleaned document keeps its first ``archived_at``. Archived copies whose original is
    re-cleaned now are checked again (the re-scraped page may say something else). Returns
    ``doc_id, archived_at, duplicate_of`` for the incoming documents, and ``doc_id,
    duplicate_of, year, month`` for the archived copies checked again.
    """
    ids = incoming.column("doc_id")
    first_seen = existing.column("archived_at").take(pc.index_in(ids, value_set=existing.column("doc_id")))
    arriving = pa.table(
        {
            "doc_id": ids,
            "archived_at": pc.coalesce(first_seen, incoming.column("archived_at")),
            "source_path": incoming.column("source_path"),
            "content_sha256": incoming.column("content_sha256"),
            "duplicate_of": pa.nulls(incoming.num_rows, pa.string()),
            "check": pa.array(np.ones(incoming.num_rows, dtype=bool)),
        }
    )
    archived = _without(existing, ids)
    recheck = pc.fill_null(pc.is_in(archived.column("duplicate_of"), value_set=ids), False)
    archived_rows = archived.select(DUPLICATE_SEARCH_SCHEMA.names[:-1]).append_column("check", recheck)
    search = pa.concat_tables([arriving.cast(DUPLICATE_SEARCH_SCHEMA), archived_rows.cast(DUPLICATE_SEARCH_SCHEMA)])
    found = find_duplicates(search, signatures)
    commit_columns = arriving.select(["doc_id", "archived_at"]).append_column(
        "duplicate_of", found.slice(0, incoming.num_rows)
    )
    rechecked = (
        archived.select(["doc_id", "year", "month"])
        .append_column("duplicate_of", found.slice(incoming.num_rows))
        .filter(recheck)
    )
    return commit_columns, rechecked


def _partitions(rows: pa.Table) -> set[tuple[str, str]]:
    pairs = rows.group_by(["year", "month"]).aggregate([])
    return set(zip(pairs.column("year").to_pylist(), pairs.column("month").to_pylist(), strict=True))


def _staged_rows(part: Path, arriving: pa.Array, commit_columns: pa.Table, corpus: Path) -> pa.Table:
    """A staged part's rows that are archived now, with their commit columns; their texts are
    written to the corpus on the way, so each part is read once."""
    rows = _only(read_tables([part], DOCUMENT_SCHEMA), arriving)
    write_corpus(corpus, rows)
    return _with_commit_columns(rows, commit_columns)


def _with_rechecked_duplicates(table: pa.Table, rechecked: pa.Table) -> pa.Table:
    if not rechecked.num_rows:
        return table
    at = pc.index_in(table.column("doc_id"), value_set=rechecked.column("doc_id"))
    values = pc.if_else(pc.is_valid(at), rechecked.column("duplicate_of").take(at), table.column("duplicate_of"))
    index = table.schema.get_field_index("duplicate_of")
    return table.set_column(index, table.schema.field(index), values)


def _with_commit_columns(table: pa.Table, commit_columns: pa.Table) -> pa.Table:
    at = pc.index_in(table.column("doc_id"), value_set=commit_columns.column("doc_id"))
    for name in ("archived_at", "duplicate_of"):
        index = table.schema.get_field_index(name)
        field = table.schema.field(index)
        table = table.set_column(index, field, commit_columns.column(name).take(at).cast(field.type))
    return table


def write_corpus(folder: Path, rows: pa.Table) -> None:
    for doc_id, title, text in zip(
        rows.column("doc_id").to_pylist(),
        rows.column("title").to_pylist(),
        rows.column("text").to_pylist(),
        strict=True,
    ):
        # Not fsynced one by one: the commit syncs once before it places the snapshot.
        _atomic_write_bytes(folder / f"{doc_id}.txt", corpus_text(title, text).encode(), durable=False)


def _atomic_write_bytes(target: Path, data: bytes, durable: bool = True) -> None:
    """Write under a temporary name, then rename: readers see the old file or the new one.

    ``durable=False`` skips the fsync, for files that can be rebuilt from the Parquet rows.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        if durable:
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
