"""Metadata quality on a labelled folder: dates, event periods, language, duplicates.

    python bench/eval_metadata.py [FOLDER]        (default: tests/data/metadata)

The folder holds scraped documents and ``expected.jsonl`` (one object per document: source,
published_date, date_min, date_max, event, language, duplicate_of). The documents go through the
real pipeline (``run_ingest`` into a temporary archive), so duplicates are found across
documents as they would be in production.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

import pyarrow.dataset as ds

from newsarchive.pipeline import run_ingest

ROOT = Path(__file__).resolve().parent.parent


def evaluate(folder: Path) -> dict[str, float]:
    expected = {
        row["source"]: row
        for row in map(json.loads, (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines())
        if row
    }
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for name in expected:
            (inbox / name).write_bytes((folder / name).read_bytes())
        archive = Path(tmp) / "archive"
        run_ingest(inbox, archive)
        rows = {
            r["source_path"]: r
            for r in ds.dataset(archive / "documents", format="parquet", partitioning="hive").to_table().to_pylist()
        }
    ids = {source: row["doc_id"] for source, row in rows.items()}
    figures: dict[str, float] = {"documents": len(expected), "archived": len(rows)}

    dated = [s for s, e in expected.items() if e.get("date_min")]
    exact = [s for s, e in expected.items() if e.get("published_date")]
    in_range = covers = widths = 0
    for source in dated:
        row, truth = rows.get(source), expected[source]
        true_min, true_max = dt.date.fromisoformat(truth["date_min"]), dt.date.fromisoformat(truth["date_max"])
        true_date = dt.date.fromisoformat(truth["true_date"])
        if row and not row["date_min"]:
            print(f"  UNDATED {source}: true {true_date}", file=sys.stderr)
        if row and row["date_min"] and row["date_max"]:
            contains = row["date_min"] <= true_date <= row["date_max"]
            in_range += contains
            # Stricter: the editor's whole range, i.e. no narrower than the text supports.
            covers += row["date_min"] <= true_min and true_max <= row["date_max"]
            widths += (row["date_max"] - row["date_min"]).days + 1
            if not contains:
                print(
                    f"  DATE {source}: true {true_date}, got {row['date_min']}..{row['date_max']} "
                    f"({row['date_source']})",
                    file=sys.stderr,
                )
    for source in exact:
        got = rows[source]["published_date"] if source in rows else None
        if str(got) != expected[source]["published_date"]:
            print(
                f"  EXACT {source}: true {expected[source]['published_date']}, got {got} "
                f"({rows[source]['date_source'] if source in rows else 'not archived'})",
                file=sys.stderr,
            )
    figures["date exact (explicit dates)"] = sum(
        1 for s in exact if rows.get(s) and str(rows[s]["published_date"]) == expected[s]["published_date"]
    ) / max(len(exact), 1)
    figures["date range contains the true date"] = in_range / max(len(dated), 1)
    figures["date range covers the editor's range"] = covers / max(len(dated), 1)
    figures["dated documents given a range"] = sum(1 for s in dated if rows.get(s) and rows[s]["date_min"]) / max(
        len(dated), 1
    )
    figures["mean range width (days)"] = widths / max(sum(1 for s in dated if rows.get(s) and rows[s]["date_min"]), 1)
    figures["invented dates (undated docs given one)"] = sum(
        1 for s, e in expected.items() if not e.get("date_min") and rows.get(s) and rows[s]["date_min"]
    )

    events = [(e.get("event"), rows[s]["event_period"]) for s, e in expected.items() if s in rows]
    figures["event accuracy"] = sum(a == b for a, b in events) / max(len(events), 1)
    figures["events invented for no-event docs"] = sum(1 for a, b in events if a is None and b is not None)
    figures["language accuracy"] = sum(
        1 for s, e in expected.items() if s in rows and e.get("language") == rows[s]["language"]
    ) / max(len(rows), 1)

    true_pairs = {(s, e["duplicate_of"]) for s, e in expected.items() if e.get("duplicate_of")}
    found_pairs = set()
    by_id = {doc_id: source for source, doc_id in ids.items()}
    for source, row in rows.items():
        if row["duplicate_of"]:
            found_pairs.add((source, by_id.get(row["duplicate_of"], row["duplicate_of"])))
    hits = len(true_pairs & found_pairs)
    figures["duplicate precision"] = hits / len(found_pairs) if found_pairs else 1.0
    figures["duplicate recall"] = hits / len(true_pairs) if true_pairs else 1.0

    misses = [
        (s, e.get("event"), rows[s]["event_period"])
        for s, e in expected.items()
        if s in rows and e.get("event") != rows[s]["event_period"]
    ]
    for source, want, got in misses:
        print(f"  EVENT {source}: expected {want}, got {got}", file=sys.stderr)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "tests" / "data" / "metadata")
    args = parser.parse_args()
    for name, value in evaluate(args.folder).items():
        print(f"{name:<44} {value:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
