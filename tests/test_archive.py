"""The archive written by the library alone, read back by pyarrow, DuckDB and Polars."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.dataset as ds
import pytest

from newsarchive.archive import ArchiveLayout, partition_of
from newsarchive.pipeline import run_ingest
from newsarchive.schema import DOCUMENT_SCHEMA
from tests.inputs import fill_inbox


@pytest.fixture()
def archived(inbox: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    expected = fill_inbox(inbox)
    archive = tmp_path / "archive"
    run_ingest(inbox, archive)
    return inbox, archive, expected


def rows(archive: Path) -> list[dict]:
    table = ds.dataset(archive / "documents", format="parquet", partitioning="hive").to_table()
    return sorted(table.to_pylist(), key=lambda r: r["doc_id"])


def test_every_input_is_archived_or_quarantined(archived: tuple[Path, Path, dict[str, str]]) -> None:
    _, archive, expected = archived
    report = json.loads(next((archive / "runs").glob("*.json")).read_text())
    assert report["inputs_seen"] == len(expected) == report["archived"] + report["quarantined"]
    got = {r["source_path"]: "archived" for r in rows(archive)}
    got |= {q["source_path"]: q["reason"] for q in report["quarantined_files"]}
    assert got == expected


def test_quarantine_keeps_the_bytes_and_the_reason(archived: tuple[Path, Path, dict[str, str]]) -> None:
    inbox, archive, _ = archived
    records = {
        json.loads(p.read_text())["source_path"]: json.loads(p.read_text())
        for p in (archive / "quarantine").glob("*.json")
    }
    assert set(records) == {"bad/empty.txt", "bad/picture.txt"}
    picture = records["bad/picture.txt"]
    assert picture["reason"] == "binary" and "PNG" in picture["detail"]
    assert (archive / "quarantine" / picture["payload"]).read_bytes() == (inbox / "bad/picture.txt").read_bytes()


def test_raw_inputs_are_kept_byte_for_byte(archived: tuple[Path, Path, dict[str, str]]) -> None:
    inbox, archive, _ = archived
    layout = ArchiveLayout(archive)
    for row in rows(archive):
        assert (
            layout.raw_path(row["source_sha256"], row["source_path"]).read_bytes()
            == (inbox / row["source_path"]).read_bytes()
        )


def test_readers_agree_on_the_rows(archived: tuple[Path, Path, dict[str, str]]) -> None:
    _, archive, _ = archived
    pattern = str(archive / "documents" / "**" / "*.parquet")
    arrow_rows = rows(archive)
    duck = duckdb.sql(
        f"SELECT doc_id, year, month, title, word_count FROM read_parquet('{pattern}', hive_partitioning=true) "
        "ORDER BY doc_id"
    ).fetchall()
    polars_frame = pl.scan_parquet(pattern, hive_partitioning=True).select("doc_id", "year").collect().sort("doc_id")
    assert [r[0] for r in duck] == [r["doc_id"] for r in arrow_rows] == polars_frame["doc_id"].to_list()
    assert len(arrow_rows) == 7
    dated = [r for r in duck if r[1] != "unknown"]
    assert {(r[1], r[2]) for r in dated} == {("2023", "09"), ("2024", "03")}


def test_files_carry_the_contract_schema(archived: tuple[Path, Path, dict[str, str]]) -> None:
    _, archive, _ = archived
    for path in (archive / "documents").glob("year=*/month=*/*.parquet"):
        schema = ds.dataset(path, format="parquet").schema
        assert schema.remove_metadata().equals(DOCUMENT_SCHEMA.remove_metadata())


def test_corpus_has_title_blank_line_body(archived: tuple[Path, Path, dict[str, str]]) -> None:
    _, archive, _ = archived
    for row in rows(archive):
        folder = archive / "corpus" / f"year={row['year']}" / f"month={row['month']}"
        content = (folder / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        expected = f"{row['title']}\n\n{row['text']}\n" if row["title"] else f"{row['text']}\n"
        assert content == expected


def test_a_second_ingest_skips_unchanged_inputs_and_counts_them(
    archived: tuple[Path, Path, dict[str, str]],
) -> None:
    inbox, archive, expected = archived
    first = rows(archive)
    summary = run_ingest(inbox, archive)
    assert summary.unchanged == summary.inputs_seen == len(expected)
    assert summary.archived == summary.duplicates == summary.quarantined == 0
    assert rows(archive) == first


def test_running_twice_gives_the_same_rows_and_ids(archived: tuple[Path, Path, dict[str, str]]) -> None:
    inbox, archive, _ = archived
    first = rows(archive)
    second_summary = run_ingest(inbox, archive, force=True)
    second = rows(archive)
    assert second_summary.replaced == 7
    assert len(second) == len(first)
    volatile = {"processed_at", "run_id"}
    assert [{k: v for k, v in r.items() if k not in volatile} for r in first] == [
        {k: v for k, v in r.items() if k not in volatile} for r in second
    ]


def test_exact_duplicates_point_at_the_earliest_copy(inbox: Path, tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "seeds" / "002_10c94bd3b394e219.txt").read_bytes()
    (inbox / "a.txt").write_bytes(text)
    archive = tmp_path / "archive"
    run_ingest(inbox, archive)
    (inbox / "b.txt").write_bytes(text.replace(b"\xe2\x80\x9cInfuriatingly", b"\xe2\x80\x9cWildly"))
    summary = run_ingest(inbox, archive)
    by_path = {r["source_path"]: r for r in rows(archive)}
    assert by_path["a.txt"]["duplicate_of"] is None
    assert by_path["b.txt"]["duplicate_of"] == by_path["a.txt"]["doc_id"]
    assert summary.duplicates == 1


def test_cp1251_input_is_decoded_and_says_so(archived: tuple[Path, Path, dict[str, str]]) -> None:
    _, archive, _ = archived
    row = next(r for r in rows(archive) if r["source_path"] == "cp1251.txt")
    assert row["source_encoding"] in {"cp1251", "windows-1251"}
    assert row["title"] == "Переговоры в Евлахе"
    assert row["language"] == "ru"


def test_partition_is_known_only_when_the_month_is() -> None:
    import datetime as dt

    assert partition_of(dt.date(2023, 9, 21), None, None) == ("2023", "09")
    assert partition_of(None, dt.date(2023, 9, 20), dt.date(2023, 9, 23)) == ("2023", "09")
    assert partition_of(None, dt.date(2023, 9, 30), dt.date(2023, 10, 2)) == ("unknown", "unknown")
    assert partition_of(None, None, None) == ("unknown", "unknown")


def test_a_failed_commit_keeps_the_quarantine_record(inbox: Path, tmp_path: Path, monkeypatch) -> None:
    import newsarchive.pipeline as pipeline

    archive = tmp_path / "archive"
    (inbox / "story.txt").write_bytes(b"")
    run_ingest(inbox, archive)
    (inbox / "story.txt").write_bytes(
        (Path(__file__).parent.parent / "seeds" / "002_10c94bd3b394e219.txt").read_bytes()
    )

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline, "commit", full_disk)
    with pytest.raises(OSError):
        run_ingest(inbox, archive)
    assert len(list((archive / "quarantine").glob("*.json"))) == 1
    monkeypatch.undo()
    run_ingest(inbox, archive)
    assert list((archive / "quarantine").glob("*.json")) == []
    assert len(rows(archive)) == 1


def test_a_failure_while_building_partitions_leaves_the_archive_as_it_was(
    inbox: Path, tmp_path: Path, monkeypatch
) -> None:
    import newsarchive.archive as archive_module

    archive = tmp_path / "archive"
    fill_inbox(inbox)
    run_ingest(inbox, archive)
    for name in ("cp1251.txt", "001_6624782c086abe22.txt"):  # rows in two different partitions
        (inbox / name).write_bytes((inbox / name).read_bytes() + b"\n")
    before = sorted(
        (p.relative_to(archive).as_posix(), p.read_bytes()) for p in (archive / "documents").rglob("*.parquet")
    )
    real = archive_module._write_streamed
    calls = {"n": 0}

    def fails_on_the_second_partition(target, chunks, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(target, chunks, *args, **kwargs)

    monkeypatch.setattr(archive_module, "_write_streamed", fails_on_the_second_partition)
    with pytest.raises(OSError):
        run_ingest(inbox, archive)
    after = sorted(
        (p.relative_to(archive).as_posix(), p.read_bytes()) for p in (archive / "documents").rglob("*.parquet")
    )
    assert after == before
