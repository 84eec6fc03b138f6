"""An archive on S3: a real S3-compatible server (moto's, on 127.0.0.1), read back by pyarrow over S3.

Each "machine" is a working copy in its own cache folder; the remote is the only thing they share.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from newsarchive.config import Settings
from newsarchive.pipeline import execute, plan_ingest, prepare_archive, run_backfill, run_ingest
from newsarchive.remote import RemoteArchive, RemoteConflict, is_remote, working_copy_path
from tests.conftest import ROOT, SEEDS

VOLATILE = {"run_id", "processed_at", "archived_at"}  # when a run happened, not what it archived


def machine(tmp_path: Path, name: str) -> Settings:
    return Settings(archive_cache=str(tmp_path / f"cache-{name}"))


def remote_rows(url: str) -> list[dict]:
    """The rows a reader finds by following the remote's manifest.json, nothing else."""
    remote = RemoteArchive.open(url)
    pointer = remote.read_json("manifest.json")
    assert pointer is not None, "the remote has no live snapshot"
    table = ds.dataset(remote.path(pointer["documents"]), filesystem=remote.fs, partitioning="hive").to_table()
    assert table.num_rows == pointer["rows"]
    return _without_run_columns(table.to_pylist())


def local_rows(archive: Path) -> list[dict]:
    return _without_run_columns(ds.dataset(archive / "documents", partitioning="hive").to_table().to_pylist())


def _without_run_columns(rows: list[dict]) -> list[dict]:
    found = sorted(({k: v for k, v in r.items() if k not in VOLATILE} for r in rows), key=lambda r: r["doc_id"])
    ids = [r["doc_id"] for r in found]
    assert len(ids) == len(set(ids)), "a document has two rows"
    return found


def remote_corpus(url: str) -> dict[str, str]:
    remote = RemoteArchive.open(url)
    texts = {}
    for name in remote.listing("corpus"):
        with remote.fs.open_input_stream(remote.path(f"corpus/{name}")) as stream:
            texts[name] = stream.read().decode()
    return texts


def local_corpus(archive: Path) -> dict[str, str]:
    corpus = archive / "corpus"
    return {p.relative_to(corpus).as_posix(): p.read_text(encoding="utf-8") for p in corpus.rglob("*.txt")}


@pytest.fixture(scope="module")
def local_reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds archived into a plain local folder: what every remote run must equal."""
    archive = tmp_path_factory.mktemp("local") / "archive"
    run_ingest(SEEDS, archive)
    return archive


def test_locations_are_told_apart() -> None:
    assert is_remote("s3://bucket/prefix") and is_remote("gs://b/p") and is_remote("memory://x")
    assert not is_remote("archive") and not is_remote("/srv/archive") and not is_remote("file:///srv/archive")
    first, second = working_copy_path("s3://b/p?endpoint_override=a:1"), working_copy_path("s3://b/p")
    assert first != second and first.name.startswith("s3-b-p-")


def test_s3_archive_equals_a_local_one(bucket_url: str, tmp_path: Path, local_reference: Path) -> None:
    summary = run_ingest(SEEDS, bucket_url, machine(tmp_path, "a"))
    assert (summary.archived, summary.quarantined, summary.archive_dir) == (5, 0, bucket_url)

    assert remote_rows(bucket_url) == local_rows(local_reference)
    assert remote_corpus(bucket_url) == local_corpus(local_reference)
    remote = RemoteArchive.open(bucket_url)
    raw = remote.listing("raw")
    assert {f"{r['source_sha256'][:2]}/{r['source_sha256']}.txt" for r in remote_rows(bucket_url)} == set(raw)
    assert list(remote.listing("runs")) == [f"{summary.run_id}.json"]


def test_a_second_machine_builds_on_what_the_first_published(bucket_url: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    run_ingest(inbox, bucket_url, machine(tmp_path, "a"))

    again = run_ingest(inbox, bucket_url, machine(tmp_path, "b"))
    assert (again.unchanged, again.archived) == (5, 0), "machine b saw the archive machine a published"

    changed = sorted(inbox.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more paragraph of reporting, added later.\n")
    update = run_ingest(inbox, bucket_url, machine(tmp_path, "b"))
    assert (update.archived, update.replaced, update.unchanged) == (1, 1, 4)

    back = run_ingest(inbox, bucket_url, machine(tmp_path, "a"))
    assert (back.unchanged, back.archived) == (5, 0), "machine a pulled machine b's snapshot"
    rows = remote_rows(bucket_url)
    assert len(rows) == 5
    assert any("added later" in r["text"] for r in rows)
    assert any("added later" in text for text in remote_corpus(bucket_url).values())
    snapshots = {name.split("/", 1)[0] for name in RemoteArchive.open(bucket_url).listing("snapshots")}
    assert len(snapshots) == 2, "the live snapshot and the one before it are kept, older ones removed"


def test_backfill_on_a_fresh_machine_fetches_the_raw_inputs(
    bucket_url: str, tmp_path: Path, local_reference: Path
) -> None:
    run_ingest(SEEDS, bucket_url, machine(tmp_path, "a"))
    summary = run_backfill(bucket_url, settings=machine(tmp_path, "fresh"))
    assert (summary.inputs_seen, summary.archived, summary.replaced) == (5, 5, 5)
    assert remote_rows(bucket_url) == local_rows(local_reference)


def test_a_writer_that_fell_behind_is_refused(bucket_url: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    run_ingest(inbox, bucket_url, machine(tmp_path, "a"))
    folder_a = prepare_archive(bucket_url, machine(tmp_path, "a"))
    (inbox / "late.txt").write_text("A late report from the border crossing, filed in the evening.\n" * 5)
    plan_a = plan_ingest(inbox, folder_a)

    run_ingest(inbox, bucket_url, machine(tmp_path, "b"))  # publishes while a works
    published_by_b = remote_rows(bucket_url)

    with pytest.raises(RemoteConflict, match="another writer published"):
        execute(plan_a, folder_a, machine(tmp_path, "a"), location=bucket_url)
    assert remote_rows(bucket_url) == published_by_b, "the refused run switched nothing"

    retry = run_ingest(inbox, bucket_url, machine(tmp_path, "a"))
    assert (retry.unchanged, retry.archived) == (6, 0)


@pytest.mark.parametrize("failpoint", ["publish:snapshot-uploaded", "publish:switched"])
def test_a_run_killed_while_publishing_leaves_a_readable_remote_and_the_rerun_completes(
    bucket_url: str, tmp_path: Path, failpoint: str, local_reference: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(path, inbox / path.name)
    settings = machine(tmp_path, "a")
    run_ingest(inbox, bucket_url, settings)
    before = remote_rows(bucket_url)
    for path in sorted(SEEDS.glob("*.txt"))[2:]:
        shutil.copy(path, inbox / path.name)

    code = (
        "from pathlib import Path\n"
        "from newsarchive.config import Settings\n"
        "from newsarchive.pipeline import run_ingest\n"
        f"run_ingest(Path({str(inbox)!r}), {bucket_url!r}, Settings(archive_cache={settings.archive_cache!r}))\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "NEWSARCHIVE_FAILPOINT": failpoint},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr

    after_kill = remote_rows(bucket_url)
    assert after_kill == (before if failpoint == "publish:snapshot-uploaded" else local_rows(local_reference))

    run_ingest(inbox, bucket_url, settings)
    assert remote_rows(bucket_url) == local_rows(local_reference)
    assert remote_corpus(bucket_url) == local_corpus(local_reference)


def test_any_fsspec_file_system_works(tmp_path: Path, local_reference: Path) -> None:
    url = "memory://newsarchive-test/archive"
    summary = run_ingest(SEEDS, url, machine(tmp_path, "a"))
    assert summary.archived == 5
    assert remote_rows(url) == local_rows(local_reference)
