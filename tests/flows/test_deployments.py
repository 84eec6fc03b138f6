"""The deployments of prefect.yaml on a real ``prefect server``, executed by a process worker.

This is the scheduled set-up of README.md, command for command: start a server, create the
work pool, deploy everything in prefect.yaml, trigger runs, and let a worker execute them.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SEEDS

PREFECT = str(Path(sys.executable).with_name("prefect"))
pytestmark = pytest.mark.prefect


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    home = tmp_path_factory.mktemp("prefect-server-home")
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "NEWSARCHIVE_HOME": str(ROOT),
    }
    process = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert process.poll() is None, "prefect server exited during start-up"
        assert time.monotonic() < deadline, "prefect server did not become healthy in 120 s"
        time.sleep(0.3)
    env["PREFECT_API_URL"] = api
    try:
        yield env
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def prefect(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PREFECT, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=180, check=False
    )
    assert result.returncode == 0, f"prefect {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def trigger_and_work(env: dict[str, str], deployment: str, **parameters: str) -> dict:
    """Trigger a run of ``deployment``, let a worker execute it, return the run as the API sees it."""
    args = ["deployment", "run", deployment]
    for name, value in parameters.items():
        args += ["--param", f"{name}={value}"]
    output = prefect(env, *args)
    run_id = re.search(r"UUID:\s*([0-9a-f-]{36})", output)
    assert run_id, output
    prefect(env, "worker", "start", "--pool", "newsarchive", "--run-once")
    response = httpx.get(f"{env['PREFECT_API_URL']}/flow_runs/{run_id.group(1)}", timeout=10)
    response.raise_for_status()
    return response.json()


def test_deployments_from_prefect_yaml_run_on_a_process_worker(server: dict[str, str], tmp_path: Path) -> None:
    prefect(server, "work-pool", "create", "newsarchive", "--type", "process")
    deployed = prefect(server, "--no-prompt", "deploy", "--all")
    assert "scheduled" in deployed and "backfill" in deployed

    schedules = httpx.post(f"{server['PREFECT_API_URL']}/deployments/filter", json={}, timeout=10).json()
    crons = {d["name"]: [s["schedule"].get("cron") for s in d["schedules"]] for d in schedules}
    assert crons == {"scheduled": ["0 * * * *"], "backfill": []}

    archive = tmp_path / "archive"
    ingest = trigger_and_work(server, "newsarchive-ingest/scheduled", input_dir=str(SEEDS), archive_dir=str(archive))
    assert ingest["state"]["type"] == "COMPLETED", ingest["state"]
    backfill = trigger_and_work(server, "newsarchive-backfill/backfill", archive_dir=str(archive), path_glob="00[12]_*")
    assert backfill["state"]["type"] == "COMPLETED", backfill["state"]

    reports = {
        report["mode"]: report for report in (json.loads(p.read_text()) for p in (archive / "runs").glob("*.json"))
    }
    assert reports["ingest"]["run_id"] == ingest["id"] and reports["ingest"]["archived"] == 5
    assert reports["backfill"]["run_id"] == backfill["id"] and reports["backfill"]["replaced"] == 2
    assert json.loads((archive / "manifest.json").read_text())["rows"] == 5
