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
