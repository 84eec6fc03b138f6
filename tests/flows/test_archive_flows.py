"""The ingest and backfill flows run through a real Prefect API, with the archive read back by DuckDB."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId

from flows.archive_flow import backfill_flow, ingest_flow
from tests.inputs import fill_inbox

pytestmark = pytest.mark.prefect


def archive_rows(archive: Path, volatile: str = "processed_at, run_id") -> list[tuple]:
    pattern = archive / "documents" / "**" / "*.parquet"
    return duckdb.sql(
        f"SELECT * EXCLUDE ({volatile}) FROM read_parquet('{pattern}', hive_partitioning=true) ORDER BY doc_id"
    ).fetchall()


def test_ingest_flow_archives_everything_and_reports_through_prefect(
    prefect_api: str, inbox: Path, tmp_path: Path
) -> None:
    expected = fill_inbox(inbox)
    archive = tmp_path / "archive"

    state = ingest_flow(input_dir=str(inbox), archive_dir=str(archive), batch_size=3, return_state=True)

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


def test_ingest_then_backfill_from_raw_gives_the_same_rows(prefect_api: str, inbox: Path, tmp_path: Path) -> None:
    fill_inbox(inbox)
    archive = tmp_path / "archive"
    first = ingest_flow(input_dir=str(inbox), archive_dir=str(archive))
    before = archive_rows(archive)
    again = ingest_flow(input_dir=str(inbox), archive_dir=str(archive))
    assert again["unchanged"] == again["inputs_seen"] == 9 and again["archived"] == 0
    for path in inbox.rglob("*"):  # the backfill reads raw/, not the inbox
        if path.is_file():
            path.unlink()
    second = backfill_flow(archive_dir=str(archive))
    after = archive_rows(archive)
    assert first["run_id"] != second["run_id"]
    assert second["mode"] == "backfill"
    assert second["replaced"] == 7 and second["inputs_seen"] == 7 + 2  # rows, and the quarantined inputs retried
    assert after == before
    ids = [row[0] for row in after]
    assert len(ids) == len(set(ids)) == 7


def test_backfill_selects_by_date_and_path(prefect_api: str, tmp_path: Path) -> None:
    from tests.conftest import SEEDS

    archive = tmp_path / "archive"
    ingest_flow(input_dir=str(SEEDS), archive_dir=str(archive))
    by_date = backfill_flow(archive_dir=str(archive), since=dt.date(2023, 9, 1), until=dt.date(2023, 9, 30))
    dated = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{archive}/documents/**/*.parquet') "
        "WHERE coalesce(published_date, date_max) >= DATE '2023-09-01' "
        "AND coalesce(published_date, date_min) <= DATE '2023-09-30'"
    ).fetchall()[0][0]
    assert by_date["inputs_seen"] == by_date["replaced"] == dated >= 1
    by_path = backfill_flow(archive_dir=str(archive), path_glob="001_*")
    assert by_path["inputs_seen"] == by_path["replaced"] == 1


def test_batches_on_a_local_two_worker_dask_cluster_give_the_same_archive(
    prefect_api: str, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Dask workers are new processes: without the API address in their environment each would
    # start a temporary Prefect server of its own (PREFECT-NOTES, Dask pitfalls).
    monkeypatch.setenv("PREFECT_API_URL", prefect_api)
    fill_inbox(inbox)
    local, distributed = tmp_path / "local", tmp_path / "dask"
    ingest_flow(input_dir=str(inbox), archive_dir=str(local), batch_size=2)
    summary = ingest_flow(input_dir=str(inbox), archive_dir=str(distributed), batch_size=2, dask_address="local:2")
    assert summary["archived"] == 7 and summary["quarantined"] == 2
    when = "processed_at, run_id, archived_at"  # the two runs started at different times
    assert archive_rows(distributed, when) == archive_rows(local, when)


def test_flows_archive_to_s3_and_backfill_there_from_another_machine(
    prefect_api: str, inbox: Path, tmp_path: Path, bucket_url: str
) -> None:
    from tests.test_remote import remote_rows

    fill_inbox(inbox)
    configs = []
    for name in ("scheduler", "backfiller"):
        config = tmp_path / f"{name}.toml"
        config.write_text(f'[archive]\ncache_dir = "cache-{name}"\n')
        configs.append(str(config))

    ingest = ingest_flow(input_dir=str(inbox), archive_dir=bucket_url, config_path=configs[0], return_state=True)
    assert ingest.is_completed(), ingest.message
    assert ingest.result()["archived"] == 7 and ingest.result()["archive_dir"] == bucket_url
    assert (tmp_path / "cache-scheduler").is_dir(), "the working copy lives where the configuration says"
    archived = remote_rows(bucket_url)
    assert len(archived) == 7

    backfill = backfill_flow(archive_dir=bucket_url, config_path=configs[1], return_state=True)
    assert backfill.is_completed(), backfill.message
    assert backfill.result()["replaced"] == 7
    assert remote_rows(bucket_url) == archived


def test_io_tasks_retry_failed_requests_but_not_a_conflict_with_another_writer() -> None:
    from prefect.states import Failed

    from flows.archive_flow import _worth_retrying
    from newsarchive.remote import RemoteConflict

    assert _worth_retrying(None, None, Failed(data=OSError("connection reset by peer")))
    assert not _worth_retrying(None, None, Failed(data=RemoteConflict("s3://news/archive moved")))
