"""The Prefect flows that fill the archive. They orchestrate; the ``newsarchive`` library works.

Two flows, one shape:

* ``ingest_flow`` archives what is new or changed in an inbox (the scheduled deployment);
* ``backfill_flow`` re-cleans archived documents from ``raw/`` with the current pipeline.

One task makes the plan. Per batch of a few hundred documents, one task surveys the short lines
(boilerplate evidence) and, once the evidence is gathered, one task cleans and stages them; a
task per document would spend more time in Prefect than in cleaning. The batch tasks run in a
subflow whose task runner is chosen per run: in this process, or on a Dask cluster. One task
then commits the staged rows (atomically, under the archive lock), and one reports. Tasks
exchange paths, counts and line keys, never documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_progress_artifact, update_progress_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import State
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from newsarchive.archive import ArchiveLayout, CommitResult, RunInfo
from newsarchive.boilerplate import Evidence
from newsarchive.config import Settings, load_settings
from newsarchive.debris import select_rules
from newsarchive.metadata.events import load_catalog
from newsarchive.model import InputRef
from newsarchive.pipeline import (
    BatchOutcome,
    RunPlan,
    RunSummary,
    Selection,
    archive_exists,
    batches,
    check_folders,
    commit_run,
    finish_run,
    gather_run_evidence,
    plan_backfill,
    plan_ingest,
    prepare_archive,
    process_batch,
    start_run,
    summarize,
    survey_batch,
    working_folder,
)
from newsarchive.remote import RemoteConflict

# The CLI sets this to drive its progress bar; a deployment run leaves it None.
ProgressHook = Callable[[int, int, BatchOutcome | None], None]
progress_hook: ProgressHook | None = None


def _worth_retrying(task: Any, task_run: Any, state: State) -> bool:
    """A failed request may pass next time; another writer having published meanwhile will not."""
    return not isinstance(state.data, RemoteConflict)


IO_RETRIES = {
    "retries": 2,
    "retry_delay_seconds": [2, 10],
    "retry_condition_fn": _worth_retrying,
    "cache_policy": NO_CACHE,
}


@task(name="sync-working-copy", **IO_RETRIES)
def prepare_archive_task(archive: str, settings: Settings, with_inputs: bool) -> str:
    return str(prepare_archive(archive, settings, with_inputs))


@task(name="plan-ingest", **IO_RETRIES)
def plan_ingest_task(input_dir: str, archive_dir: str, settings: Settings, force: bool) -> RunPlan:
    return plan_ingest(Path(input_dir), Path(archive_dir), settings, force)


@task(name="plan-backfill", **IO_RETRIES)
def plan_backfill_task(archive_dir: str, selection: Selection) -> RunPlan:
    return plan_backfill(Path(archive_dir), selection)


@task(name="survey-batch", **IO_RETRIES)
def survey_batch_task(
    source_dir: str, archive_dir: str, refs: list[InputRef], run: RunInfo, batch_no: int, settings: Settings
) -> str | None:
    return survey_batch(Path(source_dir), Path(archive_dir), refs, run, batch_no, settings)


@task(name="gather-evidence", **IO_RETRIES)
def gather_evidence_task(archive_dir: str, key_parts: list[str | None]) -> Evidence:
    return gather_run_evidence(Path(archive_dir), key_parts)


@task(name="clean-batch", **IO_RETRIES)
def clean_batch_task(
    source_dir: str,
    archive_dir: str,
    refs: list[InputRef],
    run: RunInfo,
    batch_no: int,
    settings: Settings,
    evidence: Evidence,
) -> BatchOutcome:
    # Safe to retry: staging and quarantine writes replace their own earlier attempt.
    return process_batch(Path(source_dir), Path(archive_dir), refs, run, batch_no, settings, evidence)


@task(name="commit-archive", **IO_RETRIES)
def commit_task(
    archive_dir: str, run: RunInfo, outcomes: list[BatchOutcome], key_parts: list[str | None], mode: str, location: str
) -> CommitResult:
    return commit_run(Path(archive_dir), run, outcomes, key_parts, mode, location)


@task(name="report", cache_policy=NO_CACHE)
def report_task(
    plan: RunPlan, archive_dir: str, run: RunInfo, outcomes: list[BatchOutcome], result: CommitResult, location: str
) -> RunSummary:
    summary = summarize(plan, location, run, outcomes, result)
    finish_run(Path(archive_dir), summary, location)
    create_markdown_artifact(
        key="newsarchive-run-report",
        markdown=summary_markdown(summary),
        description=f"newsarchive {summary.mode} run {summary.run_id}",
    )
    return summary


@flow(name="newsarchive-clean-batches", task_runner=ThreadPoolTaskRunner(max_workers=1))
def clean_batches_flow(
    plan_path: str, archive_dir: str, run: RunInfo, settings: Settings
) -> tuple[list[BatchOutcome], list[str | None]]:
    """Survey, then clean, every batch of the plan on whichever task runner this subflow was given."""
    plan = RunPlan.load(Path(plan_path))
    groups = batches(plan.refs, settings.batch_size)
    surveys = [
        survey_batch_task.submit(plan.source_dir, archive_dir, group, run, batch_no, settings)
        for batch_no, group in enumerate(groups)
    ]
    key_parts = [survey.result() for survey in surveys]
    evidence = gather_evidence_task(archive_dir, key_parts)

    total = len(plan.refs)
    progress_id = create_progress_artifact(
        progress=0.0, key="newsarchive-progress", description="share of inputs processed"
    )
    _notify(0, total, None)
    futures = [
        clean_batch_task.submit(plan.source_dir, archive_dir, group, run, batch_no, settings, evidence)
        for batch_no, group in enumerate(groups)
    ]
    outcomes: list[BatchOutcome] = []
    done = 0
    for future in futures:
        outcome = future.result()
        outcomes.append(outcome)
        done += outcome.inputs
        if progress_id is not None:
            update_progress_artifact(progress_id, progress=100.0 * done / max(total, 1))
        _notify(done, total, outcome)
    return outcomes, key_parts


@flow(name="newsarchive-ingest", description="Archive the new and changed inputs of an inbox.")
def ingest_flow(
    input_dir: str = "inbox",
    archive_dir: str = "archive",
    force: bool = False,
    batch_size: int | None = None,
    max_input_bytes: int | None = None,
    disabled_rules: list[str] | None = None,
    config_path: str | None = None,
    dask_address: str | None = None,
) -> dict[str, Any]:
    """Clean the inputs of ``input_dir`` that the archive has not seen (all of them with ``force``).

    ``archive_dir`` is a folder or a remote archive's URL (``s3://bucket/prefix``). Settings come
    from ``config_path`` (TOML) when given; parameters given here win over it. ``dask_address``
    ("tcp://host:8786", or "local:N" for a local cluster of N workers) runs the batches on Dask
    instead of in this process.
    """
    settings = run_settings(config_path, batch_size, max_input_bytes, disabled_rules, dask_address)
    check_folders(Path(input_dir), working_folder(archive_dir, settings))
    folder = prepare_archive_task(archive_dir, settings, with_inputs=False)
    run = start_run(Path(folder), run_id=str(flow_run.id) if flow_run.id else None)
    plan = plan_ingest_task(input_dir, folder, settings, force)
    return _clean_and_commit(plan, folder, run, settings, archive_dir)


@flow(name="newsarchive-backfill", description="Re-clean archived documents from raw/ with the current pipeline.")
def backfill_flow(
    archive_dir: str = "archive",
    since: dt.date | None = None,
    until: dt.date | None = None,
    path_glob: str | None = None,
    batch_size: int | None = None,
    disabled_rules: list[str] | None = None,
    config_path: str | None = None,
    dask_address: str | None = None,
) -> dict[str, Any]:
    """Re-clean the archived documents published between ``since`` and ``until`` (inclusive) and
    whose source path matches ``path_glob``; every document, and every quarantined input, when
    none is given. Their rows are replaced; their first ``archived_at`` is kept.
    """
    settings = run_settings(config_path, batch_size, None, disabled_rules, dask_address)
    if not archive_exists(archive_dir, settings):
        raise FileNotFoundError(f"archive {archive_dir} does not exist: nothing to backfill")
    folder = prepare_archive_task(archive_dir, settings, with_inputs=True)
    run = start_run(Path(folder), run_id=str(flow_run.id) if flow_run.id else None)
    plan = plan_backfill_task(folder, Selection(since, until, path_glob))
    return _clean_and_commit(plan, folder, run, settings, archive_dir)


def _clean_and_commit(
    plan: RunPlan, archive_dir: str, run: RunInfo, settings: Settings, location: str
) -> dict[str, Any]:
    logger = get_run_logger()
    logger.info(
        "%s: %d inputs seen, %d unchanged, %d to clean", plan.mode, plan.inputs_seen, plan.unchanged, len(plan.refs)
    )
    plan_path = plan.save(ArchiveLayout(Path(archive_dir)).staging(run.run_id) / "plan.json")
    # The batches read the inputs from the plan file; this flow keeps only the counts. Prefect holds
    # the planning task's result for the whole run: 100,000 inputs cost 86 MB for each copy.
    plan.refs.clear()
    cleaner = clean_batches_flow.with_options(task_runner=task_runner_for(settings.dask_address))
    outcomes, key_parts = cleaner(str(plan_path), archive_dir, run, settings)
    result = commit_task(archive_dir, run, outcomes, key_parts, plan.mode, location)
    summary = report_task(plan, archive_dir, run, outcomes, result, location)
    return summary.as_dict()


def task_runner_for(dask_address: str | None) -> TaskRunner:
    """This process (one batch at a time), a local Dask cluster ("local:N"), or a Dask scheduler."""
    if not dask_address:
        return ThreadPoolTaskRunner(max_workers=1)
    from prefect_dask import DaskTaskRunner  # optional: pip install "newsarchive[dask]"

    if dask_address.startswith("local:"):
        workers = int(dask_address.split(":", 1)[1])
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})
    return DaskTaskRunner(address=dask_address)


def run_settings(
    config_path: str | None,
    batch_size: int | None,
    max_input_bytes: int | None,
    disabled_rules: list[str] | None,
    dask_address: str | None = None,
) -> Settings:
    settings = load_settings(Path(config_path) if config_path else None)
    overrides: dict[str, Any] = {}
    if batch_size is not None:
        overrides["batch_size"] = batch_size
    if max_input_bytes is not None:
        overrides["max_input_bytes"] = max_input_bytes
    if disabled_rules:
        overrides["disabled_rules"] = settings.disabled_rules | frozenset(disabled_rules)
    if dask_address:
        overrides["dask_address"] = dask_address
    settings = replace(settings, **overrides)
    # Fail before any work on a bad rule id or an unreadable event catalog.
    select_rules(settings.disabled_rules, settings.extra_phrases)
    load_catalog(settings.event_catalog)
    return settings


def summary_markdown(summary: RunSummary) -> str:
    lines = [
        f"# newsarchive {summary.mode} run `{summary.run_id}`",
        "",
        "| inputs seen | archived | duplicates | unchanged | superseded | quarantined | replaced | rows in archive |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {summary.inputs_seen} | {summary.archived} | {summary.duplicates} | {summary.unchanged} "
        f"| {summary.superseded} | {summary.quarantined} | {summary.replaced} | {summary.archive_rows} |",
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
