"""Plans of runs: what an ingest skips, what a backfill selects, and a plan's trip through staging."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from newsarchive.pipeline import RunPlan, Selection, plan_backfill, plan_ingest, run_ingest
from tests.conftest import SEEDS


def test_an_ingest_plan_holds_only_new_and_changed_inputs(tmp_path: Path) -> None:
    inbox, archive = tmp_path / "inbox", tmp_path / "archive"
    shutil.copytree(SEEDS, inbox)
    run_ingest(inbox, archive)
    (inbox / "new.txt").write_text("A new page\n\nIts only paragraph says something new today.\n", encoding="utf-8")
    changed = inbox / "001_6624782c086abe22.txt"
    changed.write_bytes(changed.read_bytes() + b"\nA correction.\n")

    plan = plan_ingest(inbox, archive)

    assert sorted(ref.relative_path for ref in plan.refs) == ["001_6624782c086abe22.txt", "new.txt"]
    assert plan.inputs_seen == 6 and plan.unchanged == 4
    assert all(ref.sha256 for ref in plan.refs)
    assert len(plan_ingest(inbox, archive, force=True).refs) == 6


def test_a_backfill_plan_reads_raw_bytes_and_selects_by_date_and_path(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    run_ingest(SEEDS, archive)
    everything = plan_backfill(archive)
    assert everything.inputs_seen == 5
    assert all(ref.stored_at and ref.stored_at.startswith("raw/") for ref in everything.refs)
    for ref in everything.refs:
        assert (archive / str(ref.stored_at)).read_bytes() == (SEEDS / ref.relative_path).read_bytes()
    assert [r.relative_path for r in plan_backfill(archive, Selection(path_glob="003_*")).refs] == [
        "003_865eb7710d682bf4.txt"
    ]
    far_future = plan_backfill(archive, Selection(since=dt.date(2030, 1, 1)))
    assert far_future.refs == []


def test_selection_by_date_uses_the_range_when_there_is_no_publication_date() -> None:
    september = Selection(since=dt.date(2023, 9, 1), until=dt.date(2023, 9, 30))
    assert september.covers("a.txt", dt.date(2023, 9, 21), None, None)
    assert not september.covers("a.txt", dt.date(2023, 10, 1), None, None)
    assert september.covers("a.txt", None, dt.date(2023, 8, 20), dt.date(2023, 9, 2))
    assert not september.covers("a.txt", None, None, None)
    assert Selection().covers("a.txt", None, None, None)


def test_a_plan_survives_its_trip_through_staging(tmp_path: Path) -> None:
    plan = plan_ingest(SEEDS, tmp_path / "archive")
    again = RunPlan.load(plan.save(tmp_path / "plan.json"))
    assert again == plan


def test_a_sidecar_dates_its_page_is_kept_in_raw_and_a_changed_one_reprocesses_it(tmp_path: Path) -> None:
    import json

    import pyarrow.dataset as ds

    from newsarchive.pipeline import run_backfill

    inbox, archive = tmp_path / "inbox", tmp_path / "archive"
    inbox.mkdir()
    page = "Talks resume in Geneva\n\nNegotiators met again on Tuesday and agreed to meet next month.\n"
    (inbox / "story.txt").write_text(page, encoding="utf-8")
    sidecar = inbox / "story.txt.json"
    sidecar.write_text(json.dumps({"url": "https://example.org/story", "published_at": "2021-03-02T09:00:00Z"}))

    def rows() -> list[dict]:
        return ds.dataset(archive / "documents", format="parquet", partitioning="hive").to_table().to_pylist()

    first = run_ingest(inbox, archive)
    assert first.inputs_seen == 1 and first.archived == 1  # the sidecar is part of its page, not an input
    (row,) = rows()
    assert (row["published_date"], row["date_source"]) == (dt.date(2021, 3, 2), "sidecar:published_at")
    assert row["canonical_url"] == "https://example.org/story"
    assert plan_ingest(inbox, archive).refs == []

    # A backfill re-reads the page and its sidecar from raw/ and dates it the same way.
    run_backfill(archive)
    assert rows()[0]["date_source"] == "sidecar:published_at"

    sidecar.write_text(json.dumps({"datePublished": "2021-03-03"}))
    assert [ref.relative_path for ref in plan_ingest(inbox, archive).refs] == ["story.txt"]
    run_ingest(inbox, archive)
    assert (rows()[0]["published_date"], rows()[0]["date_source"]) == (dt.date(2021, 3, 3), "sidecar:datepublished")
