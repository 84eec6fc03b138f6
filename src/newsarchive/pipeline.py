"""The job in plain Python: a plan of inputs, batches cleaned into staged rows, one commit, one report.

Two kinds of run share everything after the plan:

* ingest: the inputs of an inbox that are new or changed since the archive last saw them
  (by content hash), or all of them with ``force``;
* backfill: documents already archived, re-cleaned from their bytes in ``raw/`` with the current
  pipeline, all or a selection by publication date or path.

The Prefect flows in ``flows/`` call these same functions as tasks; ``run_ingest`` and
``run_backfill`` run them without any orchestrator, for library users and quick checks.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import resource
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsarchive.archive import (
    ArchiveLayout,
    CommitResult,
    RunInfo,
    commit,
    documents_table,
    failpoint,
    iter_state,
    new_run,
    open_staging,
    read_keys,
    read_tables,
    stage_part,
    stage_table,
    store_quarantine,
    store_raw,
    write_run_report,
)
from newsarchive.boilerplate import (
    INDEX_SCHEMA,
    NO_EVIDENCE,
    Evidence,
    document_keys,
    gather_evidence,
    keys_table,
    source_of,
)
from newsarchive.clean import clean_document, prepare_lines
from newsarchive.config import DEFAULT_SETTINGS, Settings
from newsarchive.debris import select_rules
from newsarchive.duplicates import signature, signatures_table
from newsarchive.memory import release_freed_memory
from newsarchive.metadata.events import load_catalog
from newsarchive.model import CleanDocument, InputRef, Quarantined, QuarantineReason
from newsarchive.reader import content_sha256, discover_inputs, document_id, read_input
from newsarchive.remote import RemoteArchive, is_remote, local_path, publish, publish_report, pull, working_copy_path


@dataclass(slots=True)
class QuarantineEntry:
    source_path: str
    reason: str
    detail: str


@dataclass(slots=True)
class BatchOutcome:
    """What one batch did: small enough to travel back from a worker to the flow."""

    batch_no: int
    inputs: int
    staged_parts: list[str] = field(default_factory=list)
    staged_signatures: str | None = None
    archived: int = 0
    quarantined: list[QuarantineEntry] = field(default_factory=list)
    removed_by_category: dict[str, int] = field(default_factory=dict)
    repairs_by_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass(slots=True)
class RunPlan:
    """What a run will read: the inputs to clean, where their bytes are, and what it skips."""

    mode: str  # "ingest" or "backfill"
    source_dir: str  # the folder the inputs' paths are relative to: the inbox, or the archive root
    refs: list[InputRef]
    inputs_seen: int
    unchanged: int = 0

    def save(self, path: Path) -> Path:
        """Write the plan where workers can read it: a plan of 100,000 inputs is no parameter to
        hand an orchestrator (Prefect records flow parameters in its database)."""
        record = {
            "mode": self.mode,
            "source_dir": self.source_dir,
            "inputs_seen": self.inputs_seen,
            "unchanged": self.unchanged,
            "refs": [[r.relative_path, r.size, r.sha256, r.stored_at] for r in self.refs],
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(record), encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: Path) -> RunPlan:
        record = json.loads(path.read_text(encoding="utf-8"))
        refs = [InputRef(*fields) for fields in record.pop("refs")]
        return cls(refs=refs, **record)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which archived documents a backfill re-cleans; all of them when every field is None.

    ``since``/``until`` bound the publication date (or, lacking one, the inferred date range must
    overlap them; documents with no date at all are left out). ``path_glob`` matches the source
    path, e.g. ``"example.org/2023/*"``.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    path_glob: str | None = None

    @property
    def by_date(self) -> bool:
        return self.since is not None or self.until is not None

    def covers(
        self, source_path: str, published: dt.date | None, earliest: dt.date | None, latest: dt.date | None
    ) -> bool:
        if self.path_glob is not None and not fnmatch.fnmatchcase(source_path, self.path_glob):
            return False
        if not self.by_date:
            return True
        first, last = (published, published) if published is not None else (earliest, latest)
        if first is None or last is None:
            return False
        return (self.until is None or first <= self.until) and (self.since is None or last >= self.since)


@dataclass(slots=True)
class RunSummary:
    run_id: str
    mode: str
    input_dir: str
    archive_dir: str
    started_at: str
    finished_at: str
    pipeline_version: str
    inputs_seen: int
    archived: int  # rows written that are not copies of another document
    duplicates: int  # rows written whose text copies an earlier document (kept, with duplicate_of)
    unchanged: int  # inputs skipped because the archive already holds these exact bytes
    superseded: int  # backfill only: left alone because a newer version was archived meanwhile
    replaced: int  # rows written over an earlier version of the same document
    quarantined: int
    quarantine_reasons: dict[str, int]
    quarantined_files: list[QuarantineEntry]
    removed_by_category: dict[str, int]
    repairs_by_kind: dict[str, int]
    archive_rows: int
    seconds: float
    peak_rss_mb: float  # of the process that ran the commit and the report

    @property
    def accounted_for(self) -> bool:
        return self.inputs_seen == self.archived + self.duplicates + self.unchanged + self.superseded + self.quarantined

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def working_folder(location: str | Path, settings: Settings = DEFAULT_SETTINGS) -> Path:
    """The local folder a run works in: the archive itself, or the working copy of a remote one."""
    if is_remote(location):
        return working_copy_path(str(location), Path(settings.archive_cache) if settings.archive_cache else None)
    return local_path(location)


def prepare_archive(location: str | Path, settings: Settings = DEFAULT_SETTINGS, with_inputs: bool = False) -> Path:
    """The local folder to run in; a remote archive's working copy is first brought up to date
    (``with_inputs``: with the raw inputs a backfill re-cleans)."""
    folder = working_folder(location, settings)
    if is_remote(location):
        pull(RemoteArchive.open(str(location)), ArchiveLayout(folder), with_inputs=with_inputs)
    return folder


def archive_exists(location: str | Path, settings: Settings = DEFAULT_SETTINGS) -> bool:
    if is_remote(location):
        return RemoteArchive.open(str(location)).live_snapshot() is not None
    return local_path(location).is_dir()


def check_folders(input_dir: Path, archive_dir: Path) -> None:
    """Refuse an archive inside the inbox: every run would read its own output back as input."""
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder {input_dir} does not exist or is not a folder")
    if archive_dir.resolve().is_relative_to(input_dir.resolve()):
        raise ValueError(
            f"the archive folder {archive_dir} is inside the input folder {input_dir}: "
            "each run would read the archive back as input; put it beside the inbox"
        )


def list_inputs(input_dir: Path) -> list[InputRef]:
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder {input_dir} does not exist or is not a folder")
    return list(discover_inputs(input_dir))


def plan_ingest(
    input_dir: Path, archive_dir: Path, settings: Settings = DEFAULT_SETTINGS, force: bool = False
) -> RunPlan:
    """The inputs of ``input_dir`` whose bytes the archive has not seen for their document.

    An input counts as unchanged when its sha256 equals that of the document's archived row or
    of its quarantine record, so neither a good page nor a rejected one is processed twice.
    Oversized inputs are not hashed: the same size as when they were quarantined counts as
    unchanged. ``force`` cleans every input again.
    """
    refs = list_inputs(input_dir)
    seen = {} if force else known_versions(ArchiveLayout(archive_dir))
    todo = []
    for ref in refs:
        digest = content_sha256(input_dir, ref, settings)
        marker = digest or (f"oversized:{ref.size}" if ref.size > settings.max_input_bytes else None)
        if marker is not None and marker in seen.get(document_id(ref.relative_path), ()):
            continue
        todo.append(replace(ref, sha256=digest))
    return RunPlan("ingest", str(input_dir), todo, inputs_seen=len(refs), unchanged=len(refs) - len(todo))


def known_versions(layout: ArchiveLayout) -> dict[str, set[str]]:
    """For each document id, the input hashes the archive has dealt with: archived or quarantined."""
    keys = read_keys(layout)
    known: dict[str, set[str]] = {}
    for doc_id, digest in zip(keys.column("doc_id").to_pylist(), keys.column("source_sha256").to_pylist(), strict=True):
        known.setdefault(doc_id, set()).add(digest)
    for record in quarantine_records(layout):
        marker = record.get("source_sha256") or (
            f"oversized:{record.get('source_size')}"
            if record.get("reason") == str(QuarantineReason.OVERSIZED)
            else None
        )
        if marker:
            known.setdefault(record["doc_id"], set()).add(marker)
    return known


def quarantine_records(layout: ArchiveLayout) -> list[dict[str, Any]]:
    records = []
    for path in sorted(layout.quarantine.glob("*.json")):
        try:
            records.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue  # being replaced by a concurrent run; it will be read next time
    return records


def plan_backfill(archive_dir: Path, selection: Selection = Selection()) -> RunPlan:
    """Archived documents to re-clean from their raw bytes, plus quarantined inputs to retry.

    Quarantined inputs have no dates, so they are retried only when the selection is not by date.
    """
    layout = ArchiveLayout(archive_dir)
    columns = ["doc_id", "source_path", "source_sha256", "source_size", "published_date", "date_min", "date_max"]
    refs: dict[str, InputRef] = {}
    for path in layout.live.partition_files():
        table = pq.ParquetFile(path).read(columns=columns)
        for doc_id, source, digest, size, published, earliest, latest in zip(
            *(table.column(c).to_pylist() for c in columns), strict=True
        ):
            if selection.covers(source, published, earliest, latest):
                stored = layout.raw_path(digest, source).relative_to(layout.root).as_posix()
                refs[doc_id] = InputRef(source, size, digest, stored)
    if not selection.by_date:
        for record in quarantine_records(layout):
            source, payload = record.get("source_path"), record.get("payload")
            if record["doc_id"] in refs or not payload or not selection.covers(source, None, None, None):
                continue
            stored = (layout.quarantine / payload).relative_to(layout.root).as_posix()
            refs[record["doc_id"]] = InputRef(source, record.get("source_size") or 0, None, stored)
    ordered = sorted(refs.values(), key=lambda ref: ref.relative_path)
    return RunPlan("backfill", str(archive_dir), ordered, inputs_seen=len(ordered))


def batches(refs: Sequence[InputRef], size: int) -> list[list[InputRef]]:
    if size < 1:
        raise ValueError("batch size must be at least 1")
    return [list(refs[start : start + size]) for start in range(0, len(refs), size)]


def survey_batch(
    input_dir: Path,
    archive_dir: Path,
    refs: Sequence[InputRef],
    run: RunInfo,
    batch_no: int,
    settings: Settings = DEFAULT_SETTINGS,
) -> str | None:
    """First pass: stage the keys of each document's short lines, the evidence for boilerplate.

    Inputs that cannot be read or decoded are skipped here; the cleaning pass quarantines them.
    """
    rows = []
    for ref in refs:
        verdict, _ = read_input(input_dir, ref, settings)
        if isinstance(verdict, Quarantined):
            continue
        try:
            lines = prepare_lines(verdict).lines
        except Exception:  # the cleaning pass quarantines it with the reason
            continue
        rows.append((source_of(ref.relative_path), document_id(ref.relative_path), document_keys(lines)))
    if not rows:
        return None
    return str(stage_table(ArchiveLayout(archive_dir), run.run_id, "keys", batch_no, keys_table(rows)))


def gather_run_evidence(archive_dir: Path, key_parts: Iterable[str | None]) -> Evidence:
    """What the archive and this run's surveys say recurs across each source."""
    layout = ArchiveLayout(archive_dir)
    staged = [Path(p) for p in key_parts if p]
    replaced = pa.chunked_array(
        [pq.read_table(part, columns=["doc_id"]).column("doc_id").combine_chunks() for part in staged], pa.string()
    ).combine_chunks()
    incoming = (read_tables([part], INDEX_SCHEMA) for part in staged)
    evidence = gather_evidence(iter_state(layout.live.line_index, INDEX_SCHEMA), incoming, replaced)
    release_freed_memory()
    return evidence


def process_batch(
    input_dir: Path,
    archive_dir: Path,
    refs: Sequence[InputRef],
    run: RunInfo,
    batch_no: int,
    settings: Settings = DEFAULT_SETTINGS,
    evidence: Evidence = NO_EVIDENCE,
) -> BatchOutcome:
    """Read, clean and stage one batch. Every input ends archived or quarantined, none lost."""
    started = time.perf_counter()
    layout = ArchiveLayout(archive_dir)
    rules = select_rules(settings.disabled_rules, settings.extra_phrases)
    catalog = load_catalog(settings.event_catalog)
    outcome = BatchOutcome(batch_no=batch_no, inputs=len(refs))
    documents: list[CleanDocument] = []
    removed: Counter[str] = Counter()
    repairs: Counter[str] = Counter()

    for ref in refs:
        doc_id = document_id(ref.relative_path)
        verdict, data = read_input(input_dir, ref, settings)
        if isinstance(verdict, Quarantined):
            _quarantine(layout, doc_id, verdict, data, input_dir / ref.location, run, outcome)
            continue
        try:
            document = clean_document(verdict, rules, evidence, catalog)
        except Exception as exc:  # a bug on one document must not cost the batch
            detail = f"{type(exc).__name__}: {exc}; {traceback.format_exc(limit=3).splitlines()[-2].strip()}"
            failed = Quarantined(ref, verdict.sha256, QuarantineReason.PROCESSING_ERROR, detail)
            _quarantine(layout, doc_id, failed, data, None, run, outcome)
            continue
        if not document.text.strip():
            empty = Quarantined(
                ref,
                verdict.sha256,
                QuarantineReason.NO_TEXT,
                f"no article text left after removing {len(document.removed)} lines of debris",
            )
            _quarantine(layout, doc_id, empty, data, None, run, outcome)
            continue
        store_raw(layout, verdict.sha256, ref.relative_path, data, verdict.sidecar)
        documents.append(document)
        removed.update(r.category for r in document.removed)
        repairs.update(r.kind for r in document.repairs)

    if documents:
        signatures = signatures_table((d.doc_id, signature(d.title, d.text)) for d in documents)
        outcome.staged_signatures = str(stage_table(layout, run.run_id, "minhash", batch_no, signatures))
        outcome.staged_parts = [
            str(p) for p in stage_part(layout, run.run_id, batch_no, documents_table(documents, run))
        ]
        failpoint("batch:staged")
    outcome.archived = len(documents)
    outcome.removed_by_category = dict(sorted(removed.items()))
    outcome.repairs_by_kind = dict(sorted(repairs.items()))
    documents.clear()
    release_freed_memory(collect=False)
    outcome.seconds = round(time.perf_counter() - started, 3)
    return outcome


def commit_run(
    archive_dir: Path,
    run: RunInfo,
    outcomes: Iterable[BatchOutcome],
    key_parts: Iterable[str | None] = (),
    mode: str = "ingest",
    location: str | Path | None = None,
) -> CommitResult:
    """Commit the staged batches; a backfill never overwrites a version archived after its plan.

    When ``location`` is a remote archive, ``archive_dir`` is its working copy and the commit is
    then published there.
    """
    ordered = sorted(outcomes, key=lambda o: o.batch_no)
    parts = [Path(part) for o in ordered for part in o.staged_parts]
    signatures = [Path(o.staged_signatures) for o in ordered if o.staged_signatures]
    keys = [Path(p) for p in key_parts if p]
    layout = ArchiveLayout(archive_dir)
    release_freed_memory()  # the cleaning phase's freed heap would otherwise sit under the commit's peak
    result = commit(layout, run, parts, keys, signatures, keep_newer=mode == "backfill")
    if location is not None and is_remote(location):
        publish(RemoteArchive.open(str(location)), layout)
    return result


def summarize(
    plan: RunPlan, archive_dir: str | Path, run: RunInfo, outcomes: Sequence[BatchOutcome], result: CommitResult
) -> RunSummary:
    quarantined = [entry for o in outcomes for entry in o.quarantined]
    removed: Counter[str] = Counter()
    repairs: Counter[str] = Counter()
    for o in outcomes:
        removed.update(o.removed_by_category)
        repairs.update(o.repairs_by_kind)
    finished = dt.datetime.now(dt.UTC).replace(microsecond=0)
    written = sum(o.archived for o in outcomes)
    return RunSummary(
        run_id=run.run_id,
        mode=plan.mode,
        input_dir=plan.source_dir,
        archive_dir=str(archive_dir),
        started_at=run.started_at.isoformat(),
        finished_at=finished.isoformat(),
        pipeline_version=run.pipeline_version,
        inputs_seen=plan.inputs_seen,
        archived=written - result.superseded - result.duplicates,
        duplicates=result.duplicates,
        unchanged=plan.unchanged,
        superseded=result.superseded,
        replaced=result.rows_replaced,
        quarantined=len(quarantined),
        quarantine_reasons=dict(sorted(Counter(q.reason for q in quarantined).items())),
        quarantined_files=quarantined,
        removed_by_category=dict(sorted(removed.items())),
        repairs_by_kind=dict(sorted(repairs.items())),
        archive_rows=result.archive_rows,
        seconds=round((finished - run.started_at).total_seconds(), 3),
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    )


def finish_run(archive_dir: Path, summary: RunSummary, location: str | Path | None = None) -> Path:
    if not summary.accounted_for:
        raise RuntimeError(
            f"run {summary.run_id} lost track of inputs: {summary.inputs_seen} seen, "
            f"{summary.archived} archived, {summary.duplicates} duplicates, {summary.unchanged} unchanged, "
            f"{summary.superseded} superseded, {summary.quarantined} quarantined"
        )
    report = write_run_report(ArchiveLayout(archive_dir), summary.run_id, summary.as_dict())
    if location is not None and is_remote(location):
        publish_report(RemoteArchive.open(str(location)), report)
    return report


def start_run(archive_dir: Path, run_id: str | None = None) -> RunInfo:
    run = new_run(run_id)
    open_staging(ArchiveLayout(archive_dir), run)
    return run


def execute(
    plan: RunPlan,
    archive_dir: Path,
    settings: Settings = DEFAULT_SETTINGS,
    run_id: str | None = None,
    on_batch: Callable[[BatchOutcome], None] | None = None,
    location: str | Path | None = None,
) -> RunSummary:
    """Clean the plan's inputs into ``archive_dir`` without an orchestrator (and publish them to
    ``location`` when that is a remote archive whose working copy ``archive_dir`` is)."""
    run = start_run(archive_dir, run_id)
    source = Path(plan.source_dir)
    groups = batches(plan.refs, settings.batch_size)
    key_parts = [survey_batch(source, archive_dir, batch, run, n, settings) for n, batch in enumerate(groups)]
    evidence = gather_run_evidence(archive_dir, key_parts)
    outcomes = []
    for batch_no, batch in enumerate(groups):
        outcome = process_batch(source, archive_dir, batch, run, batch_no, settings, evidence)
        outcomes.append(outcome)
        if on_batch:
            on_batch(outcome)
    result = commit_run(archive_dir, run, outcomes, key_parts, plan.mode, location)
    summary = summarize(plan, location or archive_dir, run, outcomes, result)
    finish_run(archive_dir, summary, location)
    return summary


def run_ingest(
    input_dir: Path,
    archive: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    force: bool = False,
    run_id: str | None = None,
) -> RunSummary:
    """Archive the new and changed inputs of ``input_dir`` (all of them with ``force``).

    ``archive`` is a folder or the URL of a remote archive (``s3://bucket/prefix``, see ``remote``).
    """
    check_folders(input_dir, working_folder(archive, settings))
    folder = prepare_archive(archive, settings)
    return execute(plan_ingest(input_dir, folder, settings, force), folder, settings, run_id, location=archive)


def run_backfill(
    archive: str | Path,
    selection: Selection = Selection(),
    settings: Settings = DEFAULT_SETTINGS,
    run_id: str | None = None,
) -> RunSummary:
    """Re-clean archived documents (and retry quarantined inputs) with the current pipeline."""
    folder = prepare_archive(archive, settings, with_inputs=True)
    return execute(plan_backfill(folder, selection), folder, settings, run_id, location=archive)


def _quarantine(
    layout: ArchiveLayout,
    doc_id: str,
    verdict: Quarantined,
    data: bytes,
    source_file: Path | None,
    run: RunInfo,
    outcome: BatchOutcome,
) -> None:
    store_quarantine(layout, doc_id, verdict, data, source_file, run)
    outcome.quarantined.append(QuarantineEntry(verdict.ref.relative_path, str(verdict.reason), verdict.detail))
