"""Exact and near duplicates, within a run and across runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

from newsarchive.duplicates import DUPLICATE_SEARCH_SCHEMA, find_duplicates, signature, signatures_table
from newsarchive.pipeline import run_ingest
from tests.conftest import SEEDS

WIRE = (SEEDS / "003_865eb7710d682bf4.txt").read_text(encoding="utf-8")


def reprint(text: str) -> str:
    """The same wire story on another site: other debris, a new headline, a few edited words."""
    body = text.replace("[ad_1]", "By Staff Writer").replace("[ad_2]", "Share this:")
    body = body.replace("immediately accused", "quickly accused").replace("worst outbreak", "worst flare-up")
    return body.replace("Armenia and Azerbaijan say Nagorno Karabakh truce does not hold", "Truce fails in Karabakh")


def test_signature_is_stable_and_similar_texts_score_high() -> None:
    first, again = signature("t", WIRE), signature("t", WIRE)
    assert (first == again).all()
    near = signature("t", reprint(WIRE))
    other = signature("t", (SEEDS / "004_bfc6e24cd5e4e307.txt").read_text(encoding="utf-8"))
    assert (first == near).mean() > 0.8
    assert (first == other).mean() < 0.2


def search_table(
    ids: list[str], check: list[bool], recorded: list[str | None] | None = None, content: list[str] | None = None
) -> pa.Table:
    """Documents archived a minute apart, in the order given."""
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    return pa.table(
        {
            "doc_id": ids,
            "archived_at": [start + dt.timedelta(minutes=n) for n in range(len(ids))],
            "source_path": [f"{i}.txt" for i in ids],
            "content_sha256": content or [f"sha-{i}" for i in ids],
            "duplicate_of": recorded or [None] * len(ids),
            "check": check,
        },
        schema=DUPLICATE_SEARCH_SCHEMA,
    )


def test_copies_point_at_the_first_original() -> None:
    rows = {"a": WIRE, "b": reprint(WIRE), "c": reprint(reprint(WIRE)), "d": "An unrelated story about bees."}
    table = signatures_table((doc_id, signature(None, text)) for doc_id, text in rows.items())
    found = find_duplicates(search_table(list(rows), [False, True, True, True]), table)
    assert found.to_pylist() == [None, "a", "a", None]


def test_exact_copies_and_recorded_roots() -> None:
    # "b" is archived as a copy of "a"; "c" arrives with b's text: it points at the root, "a".
    ids = ["a", "b", "c", "d"]
    table = signatures_table((i, signature(None, t)) for i, t in zip(ids, [WIRE, WIRE, WIRE, "bees"], strict=True))
    search = search_table(
        ids, [False, False, True, True], recorded=[None, "a", None, None], content=["x", "x", "x", "y"]
    )
    assert find_duplicates(search, table).to_pylist() == [None, "a", "a", None]


def test_a_copy_arriving_before_its_original_is_not_its_copy() -> None:
    # Order is by archival time, not by row: the later "a" copies the earlier "b".
    ids = ["a", "b"]
    table = signatures_table((i, signature(None, WIRE)) for i in ids)
    search = search_table(ids, [True, True], content=["x", "x"])
    search = search.set_column(
        1, "archived_at", pa.array([dt.datetime(2025, 1, 1), dt.datetime(2024, 1, 1)], pa.timestamp("us", tz="UTC"))
    )
    assert find_duplicates(search, table).to_pylist() == ["b", None]


def test_near_duplicate_found_across_runs(inbox: Path, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (inbox / "site-a").mkdir()
    (inbox / "site-a" / "truce.txt").write_text(WIRE, encoding="utf-8")
    run_ingest(inbox, archive)

    later = tmp_path / "later"
    (later / "site-b").mkdir(parents=True)
    (later / "site-b" / "truce-reprint.txt").write_text(reprint(WIRE), encoding="utf-8")
    (later / "site-b" / "other.txt").write_bytes((SEEDS / "004_bfc6e24cd5e4e307.txt").read_bytes())
    summary = run_ingest(later, archive)
    assert summary.duplicates == 1

    rows = {
        r["source_path"]: r
        for r in ds.dataset(archive / "documents", format="parquet", partitioning="hive").to_table().to_pylist()
    }
    assert rows["site-a/truce.txt"]["duplicate_of"] is None
    assert rows["site-b/truce-reprint.txt"]["duplicate_of"] == rows["site-a/truce.txt"]["doc_id"]
    assert rows["site-b/other.txt"]["duplicate_of"] is None
    assert (archive / "current" / "state" / "minhash.parquet").exists()


def test_a_copy_is_freed_when_its_original_is_rescraped_with_another_story(inbox: Path, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (inbox / "a.txt").write_text(WIRE, encoding="utf-8")
    (inbox / "b.txt").write_text(reprint(WIRE), encoding="utf-8")
    run_ingest(inbox, archive)

    later = tmp_path / "later"
    later.mkdir()
    (later / "a.txt").write_bytes((SEEDS / "004_bfc6e24cd5e4e307.txt").read_bytes())
    run_ingest(later, archive)
    rows = {
        r["source_path"]: r
        for r in ds.dataset(archive / "documents", format="parquet", partitioning="hive").to_table().to_pylist()
    }
    assert rows["a.txt"]["duplicate_of"] is None
    assert rows["b.txt"]["duplicate_of"] is None


def test_many_copies_of_one_story_all_point_at_the_first() -> None:
    # A wire story reprinted by 60 sites: one large LSH bucket, every copy checked against it.
    texts = [WIRE] + [reprint(WIRE).replace("Staff Writer", f"Staff Writer {n}") for n in range(60)]
    other = (SEEDS / "004_bfc6e24cd5e4e307.txt").read_text(encoding="utf-8")
    texts.append(other)
    ids = [f"doc{n:03d}" for n in range(len(texts))]
    table = signatures_table((i, signature(None, t)) for i, t in zip(ids, texts, strict=True))
    found = dict(zip(ids, find_duplicates(search_table(ids, [True] * len(ids)), table).to_pylist(), strict=True))
    assert found["doc000"] is None and found[ids[-1]] is None
    assert {found[i] for i in ids[1:-1]} == {"doc000"}
