"""The real job as users start it: ``newsarchive ingest --json`` in a child process, timed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path


def ingest_in_child(
    inbox: Path, archive: Path, env: Mapping[str, str], options: Sequence[str] = ()
) -> tuple[dict, float]:
    """The run's JSON summary and the child's wall time in seconds (Prefect's start-up included)."""
    command = [sys.executable, "-m", "flows.cli", "ingest", str(inbox), "--archive", str(archive), "--json"]
    started = time.perf_counter()
    result = subprocess.run([*command, *options], capture_output=True, text=True, env=dict(env), check=False)
    wall = time.perf_counter() - started
    if result.returncode not in (0, 3):  # 3: some inputs quarantined, which a benchmark corpus may have
        raise SystemExit(f"ingest failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(result.stdout), wall
