"""The job in plain Python: batches of inputs in, staged rows out, one commit, one report.

The Prefect flows in ``flows/`` call these same functions as tasks; ``run_backfill`` runs them
without any orchestrator, for library users and quick checks.
"""

from __future__ import annotations

import datetime as dt
import resource
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.archive import (
    ArchiveLayout,
    CommitResult,
    RunInfo,
    commit,
    documents_table,
    new_run,
    read_state,
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
from newsarchive.metadata.events import load_catalog
from newsarchive.model import CleanDocument, InputRef, Quarantined, QuarantineReason
from newsarchive.reader import discover_inputs, document_id, read_input


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
class RunSummary:
    run_id: str
    input_dir: str
    archive_dir: str
    started_at: str
    finished_at: str
    pipeline_version: str
    inputs_seen: int
    archived: int
    duplicates: int
    replaced: int
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
        return self.inputs_seen == self.archived + self.quarantined

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


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
    return gather_evidence(read_state(layout.line_index, INDEX_SCHEMA), read_tables(staged, INDEX_SCHEMA))


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
            _quarantine(layout, doc_id, verdict, data, input_dir / ref.relative_path, run, outcome)
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
        store_raw(layout, verdict.sha256, ref.relative_path, data)
        documents.append(document)
        removed.update(r.category for r in document.removed)
        repairs.update(r.kind for r in document.repairs)

    if documents:
        signatures = signatures_table((d.doc_id, signature(d.title, d.text)) for d in documents)
        outcome.staged_signatures = str(stage_table(layout, run.run_id, "minhash", batch_no, signatures))
        outcome.staged_parts = [
            str(p) for p in stage_part(layout, run.run_id, batch_no, documents_table(documents, run))
        ]
    outcome.archived = len(documents)
    outcome.removed_by_category = dict(sorted(removed.items()))
    outcome.repairs_by_kind = dict(sorted(repairs.items()))
    outcome.seconds = round(time.perf_counter() - started, 3)
    return outcome


def commit_run(
    archive_dir: Path, run: RunInfo, outcomes: Iterable[BatchOutcome], key_parts: Iterable[str | None] = ()
) -> CommitResult:
    ordered = sorted(outcomes, key=lambda o: o.batch_no)
    parts = [Path(part) for o in ordered for part in o.staged_parts]
    signatures = [Path(o.staged_signatures) for o in ordered if o.staged_signatures]
    return commit(ArchiveLayout(archive_dir), run, parts, [Path(p) for p in key_parts if p], signatures)


def summarize(
    input_dir: Path, archive_dir: Path, run: RunInfo, outcomes: Sequence[BatchOutcome], result: CommitResult
) -> RunSummary:
    quarantined = [entry for o in outcomes for entry in o.quarantined]
    removed: Counter[str] = Counter()
    repairs: Counter[str] = Counter()
    for o in outcomes:
        removed.update(o.removed_by_category)
        repairs.update(o.repairs_by_kind)
    finished = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return RunSummary(
        run_id=run.run_id,
        input_dir=str(input_dir),
        archive_dir=str(archive_dir),
        started_at=run.started_at.isoformat(),
        finished_at=finished.isoformat(),
        pipeline_version=run.pipeline_version,
        inputs_seen=sum(o.inputs for o in outcomes),
        archived=sum(o.archived for o in outcomes),
        duplicates=result.duplicates,
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


def finish_run(archive_dir: Path, summary: RunSummary) -> Path:
    if not summary.accounted_for:
        raise RuntimeError(
            f"run {summary.run_id} lost track of inputs: {summary.inputs_seen} seen, "
            f"{summary.archived} archived, {summary.quarantined} quarantined"
        )
    return write_run_report(ArchiveLayout(archive_dir), summary.run_id, summary.as_dict())


def run_backfill(
    input_dir: Path,
    archive_dir: Path,
    settings: Settings = DEFAULT_SETTINGS,
    run_id: str | None = None,
    on_batch: Callable[[BatchOutcome], None] | None = None,
) -> RunSummary:
    """Clean every input of ``input_dir`` into ``archive_dir`` without an orchestrator."""
    check_folders(input_dir, archive_dir)
    run = new_run(run_id)
    refs = list_inputs(input_dir)
    groups = batches(refs, settings.batch_size)
    key_parts = [survey_batch(input_dir, archive_dir, batch, run, n, settings) for n, batch in enumerate(groups)]
    evidence = gather_run_evidence(archive_dir, key_parts)
    outcomes = []
    for batch_no, batch in enumerate(groups):
        outcome = process_batch(input_dir, archive_dir, batch, run, batch_no, settings, evidence)
        outcomes.append(outcome)
        if on_batch:
            on_batch(outcome)
    result = commit_run(archive_dir, run, outcomes, key_parts)
    summary = summarize(input_dir, archive_dir, run, outcomes, result)
    finish_run(archive_dir, summary)
    return summary


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
