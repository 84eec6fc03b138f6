"""The backfill flow run through a real Prefect API, with the archive read back by DuckDB."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId

from flows.archive_flow import backfill_flow
from tests.inputs import fill_inbox

pytestmark = pytest.mark.prefect


def archive_rows(archive: Path) -> list[tuple]:
    pattern = archive / "documents" / "**" / "*.parquet"
    return duckdb.sql(
        f"SELECT * EXCLUDE (processed_at, run_id) FROM read_parquet('{pattern}', hive_partitioning=true) "
        "ORDER BY doc_id"
    ).fetchall()


def test_backfill_flow_archives_everything_and_reports_through_prefect(
    prefect_api: str, inbox: Path, tmp_path: Path
) -> None:
    expected = fill_inbox(inbox)
    archive = tmp_path / "archive"

    state = backfill_flow(input_dir=str(inbox), archive_dir=str(archive), batch_size=3, return_state=True)

    assert state.is_completed(), state.message
    summary = state.result()
    assert summary["inputs_seen"] == len(expected) == 9
    assert summary["archived"] == 7 and summary["quarantined"] == 2
    assert summary["quarantine_reasons"] == {"binary": 1, "empty": 1}
    assert summary["removed_by_category"]["caption"] == 10 + 1  # seed 003, and the figure of page.html
    assert len(archive_rows(archive)) == 7

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
        )
        assert runs[0].state.is_completed()
        assert summary["run_id"] == str(runs[0].id)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["newsarchive-run-report"]))
        )
        report = next(a for a in artifacts if a.flow_run_id == runs[0].id)
        assert "bad/picture.txt" in report.data and "binary" in report.data


def test_backfill_twice_gives_the_same_rows_and_ids(prefect_api: str, inbox: Path, tmp_path: Path) -> None:
    fill_inbox(inbox)
    archive = tmp_path / "archive"
    first = backfill_flow(input_dir=str(inbox), archive_dir=str(archive))
    before = archive_rows(archive)
    second = backfill_flow(input_dir=str(inbox), archive_dir=str(archive))
    after = archive_rows(archive)
    assert first["run_id"] != second["run_id"]
    assert second["replaced"] == 7
    assert after == before
    ids = [row[0] for row in after]
    assert len(ids) == len(set(ids)) == 7
