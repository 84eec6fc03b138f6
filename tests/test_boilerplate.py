"""Lines recurring across a source's documents are found from the archive's own evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds

from newsarchive import boilerplate
from newsarchive.boilerplate import gather_evidence, keys_table, source_of
from newsarchive.pipeline import run_ingest

STRAPLINE = "The Valley Gazette: independent news for the Upper Valley"
TOPICS = [
    "bridge repairs",
    "school budget",
    "river levels",
    "library hours",
    "bus timetable",
    "harvest fair",
    "police report",
]


def article(topic: str, extra: str = "") -> str:
    return "\n".join(
        [
            f"Council debates {topic}",
            STRAPLINE,
            f"The town council met on Monday evening to discuss the {topic}, which residents raised last month.",
            f"Officials said a decision on the {topic} would be taken after a public consultation in the spring.",
            *([extra] if extra else []),
            "Residents can send comments to the town clerk until the end of the month, the council said.",
        ]
    )


def test_source_is_the_folder() -> None:
    assert source_of("gazette/2024/a.txt") == "gazette/2024"
    assert source_of("a.txt") == ""


def test_evidence_needs_enough_documents_of_the_same_source() -> None:
    rows = [("site-a", f"doc{i}", {1, 2, 100 + i}) for i in range(6)] + [("site-b", "x", {1})]
    evidence = gather_evidence([], [keys_table(rows)])
    assert evidence.for_source("site-a") == frozenset({1, 2})
    assert evidence.for_source("site-b") == frozenset()


def test_evidence_read_in_chunks_equals_evidence_read_whole(monkeypatch) -> None:
    rows = [("site-a", f"doc{i:02d}", {1, 2, 100 + i}) for i in range(12)] + [
        ("site-b", f"b{i}", {3}) for i in range(5)
    ]
    whole = gather_evidence([], [keys_table(rows)])
    monkeypatch.setattr(boilerplate, "_MERGE_AFTER_ROWS", 2)  # merge partial counts after every chunk
    table = keys_table(rows)
    chunks = [table.slice(start, 5) for start in range(0, table.num_rows, 5)]  # documents cut across chunks
    assert gather_evidence(chunks[:4], chunks[4:]) == whole
    assert whole.for_source("site-a") == frozenset({1, 2})
    assert whole.for_source("site-b") == frozenset({3})


def test_documents_cleaned_again_count_with_their_new_keys_only() -> None:
    archived = keys_table([("site", f"doc{i}", {7}) for i in range(5)])
    again = keys_table([("site", f"doc{i}", {8}) for i in range(5)])
    evidence = gather_evidence([archived], [again], replaced=again.column("doc_id").combine_chunks())
    assert evidence.for_source("site") == frozenset({8})


def test_recurring_strapline_is_removed_and_a_rare_short_line_kept(inbox: Path, tmp_path: Path) -> None:
    folder = inbox / "gazette"
    folder.mkdir()
    for number, topic in enumerate(TOPICS):
        extra = "What happens next" if number < 2 else ""
        (folder / f"{number}.txt").write_text(article(topic, extra), encoding="utf-8")
    archive = tmp_path / "archive"
    run_ingest(inbox, archive)

    rows = ds.dataset(archive / "documents", format="parquet", partitioning="hive").to_table().to_pylist()
    assert len(rows) == len(TOPICS)
    for row in rows:
        assert STRAPLINE not in row["text"]
        assert {"boilerplate.repeated"} == {r["rule_id"] for r in row["removed"]}
        assert row["title"].startswith("Council debates")
    kept_subheads = [row for row in rows if "What happens next" in row["text"]]
    assert len(kept_subheads) == 2
    assert (archive / "current" / "state" / "line_index.parquet").exists()


def test_evidence_from_earlier_runs_cleans_a_lone_new_document(inbox: Path, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    folder = inbox / "gazette"
    folder.mkdir()
    for number, topic in enumerate(TOPICS[:6]):
        (folder / f"{number}.txt").write_text(article(topic), encoding="utf-8")
    run_ingest(inbox, archive)

    later = tmp_path / "later"
    (later / "gazette").mkdir(parents=True)
    (later / "gazette" / "new.txt").write_text(article("parking fees"), encoding="utf-8")
    summary = run_ingest(later, archive)
    assert summary.removed_by_category == {"boilerplate": 1}
    report = json.loads((archive / "runs" / f"{summary.run_id}.json").read_text())
    assert report["archived"] + report["duplicates"] == report["inputs_seen"] == 1
