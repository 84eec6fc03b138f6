"""Runs killed with SIGKILL at every step of a commit, and runs writing the same archive at once.

Each run here is a separate ``python`` process driving the library, killed for real; the archive
is then read by pyarrow as any consumer would, and a rerun must finish the work so that the rows
equal those of a run that was never interrupted.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.conftest import ROOT, SEEDS

DEVSET = ROOT / "tests" / "data" / "devset"
DEVSET_B = ROOT / "tests" / "data" / "devset-b"
VOLATILE = {"run_id", "processed_at", "archived_at"}  # when a run happened, not what it archived
MOVING = "Published: {date}\n\n" + (SEEDS / "002_10c94bd3b394e219.txt").read_text(encoding="utf-8")


def library_run(archive: Path, *, inbox: Path | None = None, failpoint: str | None = None) -> subprocess.Popen:
    """Start an ingest of ``inbox`` (or a full backfill when None) in a new process."""
    env = {**os.environ, "NEWSARCHIVE_FAILPOINT": failpoint or ""}
    call = f"run_ingest(Path({str(inbox)!r}), archive)" if inbox else "run_backfill(archive)"
    code = (
        "from pathlib import Path\n"
        "from newsarchive.config import Settings\n"
        "from newsarchive.pipeline import run_backfill, run_ingest\n"
        f"archive = Path({str(archive)!r})\n"
        f"{call}\n"
    )
    return subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> int:
    _, stderr = process.communicate(timeout=300)
    assert process.returncode in (0, -signal.SIGKILL), stderr
    return process.returncode


def rows(archive: Path) -> list[dict]:
    table = ds.dataset(archive / "documents", format="parquet", partitioning="hive").to_table()
    found = sorted(({k: v for k, v in r.items() if k not in VOLATILE} for r in table.to_pylist()), key=_doc_id)
    ids = [r["doc_id"] for r in found]
    assert len(ids) == len(set(ids)), "a document has two rows"
    return found


def corpus(archive: Path) -> dict[str, str]:
    texts = {}
    for path in (archive / "corpus").rglob("*.txt"):
        assert path.name not in texts, f"{path.name} is in the corpus twice"
        texts[path.name] = path.read_text(encoding="utf-8")
    return texts


def _doc_id(row: dict) -> str:
    return row["doc_id"]


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An archive of a first inbox, the inbox's second version, and the archive a clean run makes of it."""
    base = tmp_path_factory.mktemp("crash")
    first, second = base / "inbox-1", base / "inbox-2"
    first.mkdir()
    for path in sorted(DEVSET.glob("*.txt"))[:30]:
        if not path.name.endswith(".clean.txt"):
            shutil.copy(path, first / path.name)
    (first / "moving.txt").write_text(MOVING.format(date="2023-09-21"), encoding="utf-8")
    (first / "empty.txt").write_bytes(b"")
    shutil.copytree(first, second)
    for path in sorted(second.glob("1*.txt"))[:5]:  # re-scraped with a correction at the end
        path.write_text(path.read_text(encoding="utf-8") + "\nThis article was corrected.\n", encoding="utf-8")
    for path in sorted(DEVSET_B.glob("*.txt"))[:20]:  # new pages
        if not path.name.endswith(".clean.txt"):
            shutil.copy(path, second / path.name)
    # A re-scrape with another date: the row must move to another month folder, not be copied there.
    (second / "moving.txt").write_text(MOVING.format(date="2023-10-05"), encoding="utf-8")

    before = base / "archive-before"
    assert finish(library_run(before, inbox=first)) == 0
    after = base / "archive-after"
    shutil.copytree(before, after, symlinks=True)
    assert finish(library_run(after, inbox=second)) == 0
    return {"before": before, "after": after, "inbox": second, "base": base}


def test_the_second_version_moves_a_document_to_another_month(versions: dict[str, Path]) -> None:
    months = {(r["year"], r["month"]) for r in rows(versions["after"]) if r["source_path"] == "moving.txt"} | {
        (r["year"], r["month"]) for r in rows(versions["before"]) if r["source_path"] == "moving.txt"
    }
    assert months == {("2023", "09"), ("2023", "10")}


@pytest.mark.parametrize("point", ["batch:staged", "commit:rows-built", "commit:snapshot-placed", "commit:switched"])
def test_a_run_killed_midway_leaves_a_readable_archive_and_the_rerun_completes_it(
    versions: dict[str, Path], point: str, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(versions["before"], archive, symlinks=True)

    assert finish(library_run(archive, inbox=versions["inbox"], failpoint=point)) == -signal.SIGKILL

    seen = rows(archive)  # one row per document, whichever version a reader got
    assert seen in (rows(versions["before"]), rows(versions["after"]))
    assert finish(library_run(archive, inbox=versions["inbox"])) == 0
    assert rows(archive) == rows(versions["after"])
    assert corpus(archive) == corpus(versions["after"])
    assert not [p for p in (archive / ".staging").iterdir()], "the dead run's staging was not cleared"
    assert len(list((archive / "snapshots").iterdir())) <= 2


def test_runs_killed_at_random_moments_never_show_a_half_written_archive(
    versions: dict[str, Path], tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(versions["before"], archive, symlinks=True)
    valid = (rows(versions["before"]), rows(versions["after"]))
    for delay in (0.4, 0.9, 1.4, 1.9, 2.4, 3.0):
        process = library_run(archive, inbox=versions["inbox"])
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        finish(process)
        assert rows(archive) in valid
    assert finish(library_run(archive, inbox=versions["inbox"])) == 0
    assert rows(archive) == rows(versions["after"])


def test_an_ingest_and_a_backfill_at_once_both_land(versions: dict[str, Path], tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(versions["before"], archive, symlinks=True)

    ingest = library_run(archive, inbox=versions["inbox"])
    backfill = library_run(archive)
    assert finish(ingest) == 0 and finish(backfill) == 0

    # Whichever commits last, the backfill does not undo the ingest's newer versions.
    assert rows(archive) == rows(versions["after"])
