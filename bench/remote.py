"""Benchmark: the cost of keeping the archive on S3 instead of a local folder.

    python bench/remote.py --docs 2000 [--seed 7] [--changed 20]

The S3 server is moto's, in this process on 127.0.0.1, so the figures show the protocol's request
count and local work, not a real network's latency. Measured with the library (no Prefect):
a first ingest into a local folder and into S3; an unchanged re-ingest; a re-ingest with
``--changed`` re-scraped pages; and an unchanged ingest on a fresh machine (empty working copy),
which downloads the live snapshot and rebuilds the corpus from the rows.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus
from moto.server import ThreadedMotoServer

from newsarchive.config import Settings
from newsarchive.pipeline import run_ingest


def timed(label: str, call, figures: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    summary = call()
    seconds = time.perf_counter() - started
    figures[label] = f"{seconds:7.2f} s   (archived {summary.archived}, unchanged {summary.unchanged})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--changed", type=int, default=20)
    args = parser.parse_args()

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")
    url = f"s3://bench/archive?endpoint_override={host}:{port}&scheme=http&region=us-east-1&allow_bucket_creation=true"

    figures: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        inbox = work / "inbox"
        size = write_corpus(inbox, args.docs, args.seed)
        print(f"{args.docs} documents, {size / 1e6:.1f} MB")
        first, fresh = Settings(archive_cache=str(work / "cache-1")), Settings(archive_cache=str(work / "cache-2"))

        timed("first ingest, local folder", lambda: run_ingest(inbox, work / "local"), figures)
        timed("first ingest, S3", lambda: run_ingest(inbox, url, first), figures)
        timed("unchanged re-ingest, S3", lambda: run_ingest(inbox, url, first), figures)
        for path in sorted(inbox.rglob("*.txt"))[: args.changed]:
            path.write_bytes(path.read_bytes() + b"\nA paragraph added when the page was scraped again.\n")
        timed(f"{args.changed} re-scraped pages, S3", lambda: run_ingest(inbox, url, first), figures)
        timed("unchanged ingest on a fresh machine, S3", lambda: run_ingest(inbox, url, fresh), figures)
    server.stop()
    for label, value in figures.items():
        print(f"{label:45s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
