"""Benchmark: the batches on one and on two Dask workers, through the real flow and a real server.

    python bench/dask_scaling.py --docs 4000 [--batch-size 250] [--seed 7]

What it starts, as a user would: ``prefect server start`` (a fresh PREFECT_HOME in a temporary
folder), ``dask scheduler`` and ``dask worker --nworkers N --nthreads 1``. The same synthetic inbox
is then ingested into a fresh archive three times: in the flow's own process (no Dask), on one
worker and on two. The figure that matters is the steady state of the batch work: the wall time of
the ``newsarchive-clean-batches`` subflow (survey and clean of every batch), read from the Prefect
API; the whole flow run adds the plan and the commit, which run in the flow process either way.

The machine has two cores, which the two workers share with the Prefect server, the scheduler
and the flow process: the ratio measured here is what two workers give on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_ingest import ingest_in_child
from corpus import write_corpus

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(check, what: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise SystemExit(f"timed out waiting for {what}")


@contextmanager
def process(command: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    with log.open("wb") as out:
        child = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            yield child
        finally:
            child.terminate()
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()


def server_up(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def workers_ready(scheduler: str, count: int, env: dict[str, str]) -> bool:
    check = (
        "import sys; from distributed import Client; "
        f"c = Client({scheduler!r}, timeout=5); n = len(c.scheduler_info()['workers']); c.close(); "
        f"sys.exit(0 if n >= {count} else 1)"
    )
    return subprocess.run([sys.executable, "-c", check], env=env, capture_output=True).returncode == 0


def subflow_seconds(flow_run_id: str, env: dict[str, str]) -> float:
    """Wall time of the clean-batches subflow of the given flow run, from the Prefect API."""
    os.environ["PREFECT_API_URL"] = env["PREFECT_API_URL"]
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterParentFlowRunId

    async def read() -> float:
        async with get_client() as client:
            runs = await client.read_flow_runs(
                flow_run_filter=FlowRunFilter(parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[flow_run_id]))
            )
            if not runs:
                # The subflow's parent link goes through the task run that called it.
                parent = await client.read_flow_run(flow_run_id)
                runs = [
                    run
                    for run in await client.read_flow_runs()
                    if run.name != parent.name
                    and run.start_time
                    and run.start_time >= parent.start_time
                    and run.end_time
                    and parent.end_time
                    and run.end_time <= parent.end_time
                ]
            run = runs[0]
            return (run.end_time - run.start_time).total_seconds()

    return asyncio.run(read())


def ingest(inbox: Path, archive: Path, env: dict[str, str], batch_size: int, dask: str | None) -> dict:
    shutil.rmtree(archive, ignore_errors=True)
    options = ["--batch-size", str(batch_size), *(["--dask", dask] if dask else [])]
    summary, wall = ingest_in_child(inbox, archive, env, options)
    summary["wall"] = wall
    summary["batches_seconds"] = subflow_seconds(summary["run_id"], env)
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--batch-size", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsarchive-dask-") as tmp_name:
        tmp = Path(tmp_name)
        inbox, archive = tmp / "inbox", tmp / "archive"
        written = write_corpus(inbox, args.docs, seed=args.seed)
        print(f"corpus: {args.docs} documents, {written / 1e6:.1f} MB, seed {args.seed}, batch size {args.batch_size}")
        api_port, scheduler_port = free_port(), free_port()
        env = dict(os.environ)
        env.update(
            PREFECT_HOME=str(tmp / "prefect-home"),
            PREFECT_API_URL=f"http://127.0.0.1:{api_port}/api",
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_LOGGING_LEVEL="WARNING",
        )
        scheduler = f"tcp://127.0.0.1:{scheduler_port}"
        server_command = [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(api_port)]
        with process(server_command, env, tmp / "server.log"):
            wait_until(lambda: server_up(env["PREFECT_API_URL"]), "the Prefect server")
            results = {"in the flow process (no Dask)": ingest(inbox, archive, env, args.batch_size, None)}
            scheduler_command = [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(scheduler_port)]
            with process(scheduler_command, env, tmp / "scheduler.log"):
                wait_until(lambda: port_open(scheduler_port), "the Dask scheduler")
                for workers in (1, 2):
                    worker_command = [str(BIN / "dask"), "worker", scheduler, "--nworkers", str(workers)]
                    worker_command += ["--nthreads", "1", "--no-dashboard"]
                    with process(worker_command, env, tmp / f"workers-{workers}.log"):
                        wait_until(lambda n=workers: workers_ready(scheduler, n, env), f"{workers} Dask workers")
                        results[f"{workers} Dask worker(s)"] = ingest(inbox, archive, env, args.batch_size, scheduler)
        print(f"{'run':<32} {'batches s':>10} {'docs/s':>8} {'flow run s':>11} {'wall s':>8}")
        for name, summary in results.items():
            documents = summary["archived"] + summary["duplicates"]
            print(
                f"{name:<32} {summary['batches_seconds']:>10.1f} {documents / summary['batches_seconds']:>8.0f} "
                f"{summary['seconds']:>11.1f} {summary['wall']:>8.1f}"
            )
        one, two = results["1 Dask worker(s)"], results["2 Dask worker(s)"]
        print(f"two workers / one worker, batch work: {one['batches_seconds'] / two['batches_seconds']:.2f}x")
        print(f"two workers / one worker, whole flow run: {one['seconds'] / two['seconds']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
