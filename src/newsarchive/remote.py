"""An archive kept on an object store or any other remote file system (``s3://``, ``gs://``, fsspec URLs).

Object stores have no rename, no symlink and no hard link, so the local commit protocol
(build a snapshot beside the live one, rename ``current``) cannot run there. Instead every run
works on a local *working copy* of the archive and mirrors it:

* **pull** (before planning): when the remote's live snapshot is not the one the working copy
  last saw, its rows and state are downloaded and the corpus rebuilt from the rows; quarantine
  records are mirrored; a backfill also fetches the raw inputs it will re-clean;
* the run commits into the working copy exactly as into a local archive (lock, snapshot, switch);
* **publish** (after the commit): new raw inputs, the new snapshot's rows and state (unchanged
  partitions by server-side copy) and quarantine changes are uploaded, and then one ``PUT`` of
  ``manifest.json`` at the archive's root switches readers to the new snapshot. A single-object
  ``PUT`` is atomic on S3 and GCS, so a reader, or a run that dies at any point, sees the old
  snapshot or the new one. The corpus follows after the switch.

Remote layout (``<url>/...``)::

    manifest.json                            the pointer: the live snapshot's manifest, plus
                                             "snapshot": <id>, "documents": "snapshots/<id>/documents"
    snapshots/<id>/documents/year=/month=/part-0.parquet    immutable, complete row sets
    snapshots/<id>/state/, snapshots/<id>/manifest.json
    corpus/year=/month=/<doc_id>.txt         updated right after each switch (derived from the rows)
    raw/, quarantine/, runs/                 as in a local archive

Writers on different machines are serialised optimistically: publish refuses to switch when the
remote moved since the working copy's pull (``RemoteConflict``); the run fails with a clear
message and the next run starts from the newer snapshot. Writers sharing one working copy are
serialised by its lock. The deployment's ``concurrency_limit: 1`` keeps scheduled runs apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newsarchive.archive import (
    ArchiveLayout,
    Snapshot,
    archive_lock,
    failpoint,
    read_manifest,
    switch_current,
    write_corpus,
)

POINTER = "manifest.json"
# Object stores answer many small requests at once far faster than in turn (pyarrow releases the GIL).
PARALLEL_REQUESTS = 16
SYNC_STATE = ".remote.json"  # in the working copy: which remote snapshot it mirrors, and whether in full


class RemoteConflict(RuntimeError):
    """Another writer switched the remote archive after this run's working copy was pulled."""


def is_remote(location: str | Path) -> bool:
    """A URL with a scheme other than ``file``; plain paths and ``file://`` URLs are local folders."""
    text = str(location)
    return "://" in text and not text.startswith("file://")


def local_path(location: str | Path) -> Path:
    text = str(location)
    return Path(text.removeprefix("file://")) if text.startswith("file://") else Path(text)


def default_cache_root() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsarchive" / "archives"


def working_copy_path(url: str, cache_root: Path | None = None) -> Path:
    """The local folder that mirrors ``url``: readable name, unique per URL (options included)."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "-", url.split("?", 1)[0]).strip("-")[:80]
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return (cache_root or default_cache_root()) / f"{readable}-{digest}"


@dataclass(frozen=True)
class RemoteArchive:
    url: str
    fs: pafs.FileSystem
    base: str

    @classmethod
    def open(cls, url: str) -> RemoteArchive:
        """pyarrow's own file systems first (S3, GCS, HDFS, with their URL options such as
        ``?endpoint_override=host:port&scheme=http``), then any fsspec implementation installed."""
        native = url
        if url.startswith("s3://") and "allow_delayed_open" not in url:
            # One PUT per small object rather than a three-request multipart upload.
            native = f"{url}{'&' if '?' in url else '?'}allow_delayed_open=true"
        try:
            fs, base = pafs.FileSystem.from_uri(native)
        except (ValueError, TypeError, OSError) as native_error:
            try:
                import fsspec
            except ImportError:  # pragma: no cover - fsspec comes with prefect
                raise native_error from None
            try:
                spec_fs, base = fsspec.core.url_to_fs(url)
            except (ValueError, ImportError) as exc:
                raise ValueError(f"no file system for archive location {url!r}: {exc}") from exc
            fs = pafs.PyFileSystem(pafs.FSSpecHandler(spec_fs))
        return cls(url, fs, base.rstrip("/"))

    # --- paths and small objects -----------------------------------------------------------

    def path(self, relative: str) -> str:
        return f"{self.base}/{relative}" if relative else self.base

    def read_json(self, relative: str) -> dict[str, Any] | None:
        if self.fs.get_file_info(self.path(relative)).type != pafs.FileType.File:
            return None
        with self.fs.open_input_stream(self.path(relative)) as stream:
            return json.loads(stream.read())

    @property
    def has_folders(self) -> bool:
        """Object stores have only keys: creating a "folder" there costs a request and a marker."""
        return self.fs.type_name not in ("s3", "gcs")

    def write_bytes(self, relative: str, data: bytes) -> None:
        target = self.path(relative)
        if self.has_folders:
            self.fs.create_dir(target.rsplit("/", 1)[0], recursive=True)
        with self.fs.open_output_stream(target) as stream:
            stream.write(data)

    def listing(self, relative: str) -> dict[str, pafs.FileInfo]:
        """Files under ``relative`` by their path relative to it (empty when there is nothing)."""
        root = self.path(relative)
        selector = pafs.FileSelector(root, recursive=True, allow_not_found=True)
        prefix = root.rstrip("/") + "/"
        return {
            info.path.removeprefix(prefix): info
            for info in self.fs.get_file_info(selector)
            if info.type == pafs.FileType.File and not info.base_name.startswith(".")
        }

    def live_snapshot(self) -> str | None:
        pointer = self.read_json(POINTER)
        return pointer.get("snapshot") if pointer else None

    def download(self, relative: str, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        pafs.copy_files(
            self.path(relative),
            str(temporary),
            source_filesystem=self.fs,
            destination_filesystem=pafs.LocalFileSystem(),
        )
        os.replace(temporary, target)

    def download_tree(self, relative: str, target: Path) -> None:
        if self.listing(relative):
            target.mkdir(parents=True, exist_ok=True)
            pafs.copy_files(
                self.path(relative),
                str(target),
                source_filesystem=self.fs,
                destination_filesystem=pafs.LocalFileSystem(),
                use_threads=True,
            )

    def upload(self, source: Path, relative: str) -> None:
        self.write_bytes(relative, source.read_bytes())

    def delete(self, relative: str) -> None:
        info = self.fs.get_file_info(self.path(relative))
        if info.type == pafs.FileType.File:
            self.fs.delete_file(info.path)
        elif info.type == pafs.FileType.Directory:
            self.fs.delete_dir(info.path)


def in_parallel(action: Callable[[str], object], names: Iterable[str]) -> None:
    """Run ``action`` on every name, several requests at a time; the first failure is raised."""
    with ThreadPoolExecutor(max_workers=PARALLEL_REQUESTS) as pool:
        for _ in pool.map(action, sorted(names)):
            pass


# --- the working copy's view of the remote ----------------------------------------------------


def _read_sync_state(layout: ArchiveLayout) -> dict[str, Any]:
    try:
        return json.loads((layout.root / SYNC_STATE).read_text())
    except (OSError, ValueError):
        return {}


def _write_sync_state(layout: ArchiveLayout, remote: RemoteArchive, **changes: Any) -> None:
    """``snapshot``: the remote snapshot the copy builds on; ``in_sync``: nothing local is
    unpublished; ``corpus``: the snapshot whose texts the remote corpus holds in full."""
    state = {key: value for key, value in _read_sync_state(layout).items() if key != "url"}
    state = {"url": remote.url, **state, **changes}
    temporary = layout.root / f".{SYNC_STATE}.{uuid.uuid4().hex}.tmp"
    temporary.write_text(json.dumps(state, sort_keys=True) + "\n")
    os.replace(temporary, layout.root / SYNC_STATE)


def _local_snapshot(layout: ArchiveLayout) -> str | None:
    return Path(os.readlink(layout.current)).name if layout.current.is_symlink() else None


def pull(remote: RemoteArchive, layout: ArchiveLayout, with_inputs: bool = False) -> str | None:
    """Bring the working copy to the remote's live snapshot; the snapshot's id (None: empty archive).

    ``with_inputs`` also fetches the raw inputs and quarantined payloads a backfill re-cleans.
    The working copy is then marked as not in sync until the run publishes, so a run that dies
    in between has its local-only changes (quarantine records) replaced by the remote's next time.
    """
    layout.root.mkdir(parents=True, exist_ok=True)
    with archive_lock(layout):
        state = _read_sync_state(layout)
        live = remote.live_snapshot()
        unchanged = state.get("in_sync") and state.get("url") == remote.url and state.get("snapshot") == live
        if live != _local_snapshot(layout):
            _download_snapshot(remote, layout, live)
            # Another writer published it, corpus included (or will, when it runs again).
            _write_sync_state(layout, remote, corpus=live)
        if not unchanged:
            _mirror_quarantine_records(remote, layout)
        if with_inputs:
            for folder in ("raw", "quarantine/inputs"):
                local = layout.root / folder
                have = {p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file()}
                missing = set(remote.listing(folder)) - have
                in_parallel(lambda name, f=folder, at=local: remote.download(f"{f}/{name}", at / name), missing)
        _write_sync_state(layout, remote, snapshot=live, in_sync=False)
        return live


def _download_snapshot(remote: RemoteArchive, layout: ArchiveLayout, name: str | None) -> None:
    if name is None:
        # The remote holds no archive (never published, or emptied): neither does the copy.
        for link in ("current", "documents", "corpus", "manifest.json"):
            (layout.root / link).unlink(missing_ok=True)
        return
    building = Snapshot(layout.root / ".staging" / f"pull-{uuid.uuid4().hex[:8]}")
    for part in ("documents", "state"):
        remote.download_tree(f"snapshots/{name}/{part}", building.root / part)
    remote.download(f"snapshots/{name}/manifest.json", building.manifest)
    # The corpus is derived from the rows: rebuilding it locally costs less than fetching it.
    for partition in building.partition_files():
        rows = pq.ParquetFile(partition).read(columns=["doc_id", "title", "text"])
        write_corpus(building.corpus / partition.parent.relative_to(building.documents), rows)
    target = layout.snapshots / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    os.sync()
    os.rename(building.root, target)
    switch_current(layout, target)


def _mirror_quarantine_records(remote: RemoteArchive, layout: ArchiveLayout) -> None:
    remote_records = {name for name in remote.listing("quarantine") if "/" not in name}
    layout.quarantine.mkdir(parents=True, exist_ok=True)
    for path in layout.quarantine.glob("*.json"):
        if path.name not in remote_records:
            path.unlink()
    in_parallel(lambda name: remote.download(f"quarantine/{name}", layout.quarantine / name), remote_records)


# --- publishing a run --------------------------------------------------------------------------


def publish(remote: RemoteArchive, layout: ArchiveLayout) -> str | None:
    """Upload what the working copy's last commit changed and switch the remote to its snapshot.

    Returns the id of the remote's live snapshot afterwards.
    """
    with archive_lock(layout):
        state = _read_sync_state(layout)
        base = state.get("snapshot")
        _refuse_if_moved(remote, base)
        # Once per publish (the bucket, when the URL allows creating it); keys need no folders.
        remote.fs.create_dir(remote.base, recursive=True)
        live = _local_snapshot(layout)
        _upload_missing(remote, layout.raw, "raw")
        _publish_quarantine(remote, layout)
        if live is not None and live != base:
            snapshot = Snapshot(layout.snapshots / live)
            _upload_snapshot(remote, layout, snapshot, base)
            failpoint("publish:snapshot-uploaded")
            _refuse_if_moved(remote, base)
            pointer = read_manifest(snapshot) | {
                "snapshot": live,
                "documents": f"snapshots/{live}/documents",
                "published_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            }
            remote.write_bytes(POINTER, (json.dumps(pointer, indent=2) + "\n").encode())
            _write_sync_state(layout, remote, snapshot=live)
            failpoint("publish:switched")
        if live is not None and state.get("corpus") != live:
            # Also after a run that died between the switch and this point.
            _sync_corpus(remote, layout, Snapshot(layout.snapshots / live), state.get("corpus"))
            stale = {n.split("/", 1)[0] for n in remote.listing("snapshots")} - {live, base}
            in_parallel(lambda name: remote.delete(f"snapshots/{name}"), stale)
        _write_sync_state(layout, remote, snapshot=live, in_sync=True, corpus=live)
        return live


def publish_report(remote: RemoteArchive, report: Path) -> None:
    remote.upload(report, f"runs/{report.name}")


def _refuse_if_moved(remote: RemoteArchive, base: str | None) -> None:
    now = remote.live_snapshot()
    if now != base:
        raise RemoteConflict(
            f"{remote.url} moved to snapshot {now} while this run worked from {base}: another writer "
            "published meanwhile; nothing was switched, run again to build on the newer archive"
        )


def _upload_missing(remote: RemoteArchive, folder: Path, relative: str) -> None:
    """Content-addressed files are immutable: uploading what the remote lacks is the whole sync."""
    if not folder.is_dir():
        return
    present = set(remote.listing(relative))
    local = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")}
    in_parallel(lambda name: remote.upload(folder / name, f"{relative}/{name}"), local - present)


def _publish_quarantine(remote: RemoteArchive, layout: ArchiveLayout) -> None:
    """Records written or released by this working copy since the pull, with their payloads."""
    remote_files = remote.listing("quarantine")
    pulled_at = (layout.root / SYNC_STATE).stat().st_mtime_ns if (layout.root / SYNC_STATE).exists() else 0
    local_files = (
        {p.relative_to(layout.quarantine).as_posix(): p for p in layout.quarantine.rglob("*") if p.is_file()}
        if layout.quarantine.is_dir()
        else {}
    )
    local_files = {name: path for name, path in local_files.items() if not path.name.startswith(".")}
    changed = {
        name for name, path in local_files.items() if name not in remote_files or path.stat().st_mtime_ns >= pulled_at
    }
    in_parallel(lambda name: remote.upload(local_files[name], f"quarantine/{name}"), changed)
    in_parallel(lambda name: remote.delete(f"quarantine/{name}"), set(remote_files) - set(local_files))


def _upload_snapshot(remote: RemoteArchive, layout: ArchiveLayout, snapshot: Snapshot, base: str | None) -> None:
    """Rows, state and manifest; a file the commit hard-linked from the remote's live snapshot is
    copied server-side instead of uploaded again."""
    previous = layout.snapshots / base if base else None

    def place(relative: str) -> None:
        path, target = snapshot.root / relative, f"snapshots/{snapshot.root.name}/{relative}"
        twin = previous / relative if previous else None
        if twin is not None and twin.exists() and twin.stat().st_ino == path.stat().st_ino:
            remote.fs.copy_file(remote.path(f"snapshots/{base}/{relative}"), remote.path(target))
        else:
            remote.upload(path, target)

    files = {p.relative_to(snapshot.root).as_posix() for p in snapshot.root.rglob("*") if p.is_file()}
    in_parallel(place, {name for name in files if not name.startswith("corpus/") and "/." not in f"/{name}"})


def _sync_corpus(remote: RemoteArchive, layout: ArchiveLayout, snapshot: Snapshot, synced: str | None) -> None:
    """Bring the remote corpus from snapshot ``synced``'s texts to ``snapshot``'s: texts the
    commits wrote since are uploaded and those of documents that moved away deleted. With no
    local copy of ``synced``, every text is uploaded."""
    previous = Snapshot(layout.snapshots / synced) if synced else None
    texts = {p.relative_to(snapshot.corpus).as_posix(): p for p in snapshot.corpus.rglob("*.txt")}
    if previous is not None and previous.root.is_dir():
        before = {p.relative_to(previous.corpus).as_posix(): p for p in previous.corpus.rglob("*.txt")}
        changed = [
            name
            for name, path in texts.items()
            if name not in before or before[name].stat().st_ino != path.stat().st_ino
        ]
        gone = set(before) - set(texts)
    else:
        changed = list(texts)
        gone = set(remote.listing("corpus")) - set(texts)
    in_parallel(lambda name: remote.upload(texts[name], f"corpus/{name}"), changed)
    in_parallel(lambda name: remote.delete(f"corpus/{name}"), gone)
