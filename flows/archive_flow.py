"""The Prefect flow that fills the archive. It orchestrates; the ``newsarchive`` library works.

One task lists the inbox; per batch of a few hundred documents, one task surveys the short
lines (boilerplate evidence) and, once the evidence is gathered, one task cleans and stages them
(a task per document would spend more time in Prefect than in cleaning); one task commits the
staged rows, and one reports. Tasks exchange paths, counts and line keys, never documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_progress_artifact, update_progress_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from newsarchive.archive import CommitResult, RunInfo, new_run
from newsarchive.boilerplate import Evidence
from newsarchive.config import Settings, load_settings
from newsarchive.debris import select_rules
from newsarchive.metadata.events import load_catalog
from newsarchive.model import InputRef
from newsarchive.pipeline import (
    BatchOutcome,
    RunSummary,
    batches,
    check_folders,
    commit_run,
    finish_run,
    gather_run_evidence,
    list_inputs,
    process_batch,
    summarize,
    survey_batch,
)

# The CLI sets this to drive its progress bar; a deployment run leaves it None.
ProgressHook = Callable[[int, int, BatchOutcome | None], None]
progress_hook: ProgressHook | None = None


@task(name="list-inputs", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def list_inputs_task(input_dir: str) -> list[InputRef]:
    return list_inputs(Path(input_dir))


@task(name="survey-batch", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def survey_batch_task(
    input_dir: str, archive_dir: str, refs: list[InputRef], run: RunInfo, batch_no: int, settings: Settings
) -> str | None:
    return survey_batch(Path(input_dir), Path(archive_dir), refs, run, batch_no, settings)


@task(name="gather-evidence", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def gather_evidence_task(archive_dir: str, key_parts: list[str | None]) -> Evidence:
    return gather_run_evidence(Path(archive_dir), key_parts)


@task(name="clean-batch", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def clean_batch_task(
    input_dir: str,
    archive_dir: str,
    refs: list[InputRef],
    run: RunInfo,
    batch_no: int,
    settings: Settings,
    evidence: Evidence,
) -> BatchOutcome:
    # Safe to retry: staging and quarantine writes replace their own earlier attempt.
    return process_batch(Path(input_dir), Path(archive_dir), refs, run, batch_no, settings, evidence)


@task(name="commit-archive", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def commit_task(
    archive_dir: str, run: RunInfo, outcomes: list[BatchOutcome], key_parts: list[str | None]
) -> CommitResult:
    return commit_run(Path(archive_dir), run, outcomes, key_parts)


@task(name="report", cache_policy=NO_CACHE)
def report_task(
    input_dir: str, archive_dir: str, run: RunInfo, outcomes: list[BatchOutcome], result: CommitResult
) -> RunSummary:
    summary = summarize(Path(input_dir), Path(archive_dir), run, outcomes, result)
    finish_run(Path(archive_dir), summary)
    create_markdown_artifact(
        key="newsarchive-run-report",
        markdown=summary_markdown(summary),
        description=f"newsarchive run {summary.run_id}",
    )
    return summary


@flow(name="newsarchive-backfill", description="Clean every input of a folder into the archive.")
def backfill_flow(
    input_dir: str = "seeds",
    archive_dir: str = "archive",
    batch_size: int | None = None,
    max_input_bytes: int | None = None,
    disabled_rules: list[str] | None = None,
    config_path: str | None = None,
) -> dict[str, Any]:
    """Clean all inputs of ``input_dir`` into ``archive_dir``, replacing their earlier rows.

    Settings come from ``config_path`` (TOML) when given; parameters given here win over it.
    """
    check_folders(Path(input_dir), Path(archive_dir))
    settings = run_settings(config_path, batch_size, max_input_bytes, disabled_rules)
    logger = get_run_logger()
    run = new_run(run_id=str(flow_run.id) if flow_run.id else None)
    refs = list_inputs_task(input_dir)
    groups = batches(refs, settings.batch_size)
    logger.info("%d inputs in %d batches", len(refs), len(groups))

    # First pass: which short lines recur across each source (the boilerplate evidence).
    key_parts = [
        survey_batch_task(input_dir, archive_dir, group, run, batch_no, settings)
        for batch_no, group in enumerate(groups)
    ]
    evidence = gather_evidence_task(archive_dir, key_parts)

    progress_id = create_progress_artifact(
        progress=0.0, key="newsarchive-progress", description="share of inputs processed"
    )
    _notify(0, len(refs), None)
    outcomes: list[BatchOutcome] = []
    done = 0
    for batch_no, group in enumerate(groups):
        outcome = clean_batch_task(input_dir, archive_dir, group, run, batch_no, settings, evidence)
        outcomes.append(outcome)
        done += outcome.inputs
        if progress_id is not None:
            update_progress_artifact(progress_id, progress=100.0 * done / max(len(refs), 1))
        _notify(done, len(refs), outcome)

    result = commit_task(archive_dir, run, outcomes, key_parts)
    summary = report_task(input_dir, archive_dir, run, outcomes, result)
    return summary.as_dict()


def run_settings(
    config_path: str | None, batch_size: int | None, max_input_bytes: int | None, disabled_rules: list[str] | None
) -> Settings:
    settings = load_settings(Path(config_path) if config_path else None)
    overrides: dict[str, Any] = {}
    if batch_size is not None:
        overrides["batch_size"] = batch_size
    if max_input_bytes is not None:
        overrides["max_input_bytes"] = max_input_bytes
    if disabled_rules:
        overrides["disabled_rules"] = settings.disabled_rules | frozenset(disabled_rules)
    settings = replace(settings, **overrides)
    # Fail before any work on a bad rule id or an unreadable event catalog.
    select_rules(settings.disabled_rules, settings.extra_phrases)
    load_catalog(settings.event_catalog)
    return settings


def summary_markdown(summary: RunSummary) -> str:
    lines = [
        f"# newsarchive run `{summary.run_id}`",
        "",
        "| inputs seen | archived | quarantined | duplicates | replaced | rows in archive |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {summary.inputs_seen} | {summary.archived} | {summary.quarantined} | {summary.duplicates} "
        f"| {summary.replaced} | {summary.archive_rows} |",
        "",
    ]
    if summary.quarantined_files:
        lines += ["## Quarantined", "", "| file | reason | detail |", "|---|---|---|"]
        lines += [f"| `{q.source_path}` | {q.reason} | {q.detail} |" for q in summary.quarantined_files]
        lines.append("")
    if summary.removed_by_category:
        lines += ["## Debris lines removed", "", "| category | lines |", "|---|---:|"]
        lines += [f"| {category} | {count} |" for category, count in summary.removed_by_category.items()]
    return "\n".join(lines) + "\n"


def _notify(done: int, total: int, outcome: BatchOutcome | None) -> None:
    if progress_hook is not None:
        progress_hook(done, total, outcome)
