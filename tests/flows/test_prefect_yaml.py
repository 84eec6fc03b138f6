"""The deployments in prefect.yaml point at real flows with real parameters and valid schedules."""

from __future__ import annotations

import datetime as dt
import inspect

import yaml
from prefect.flows import load_flow_from_entrypoint
from prefect.server.schemas.schedules import CronSchedule

from tests.conftest import ROOT


def deployments() -> list[dict]:
    return yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]


def test_entrypoints_load_and_parameters_exist() -> None:
    for deployment in deployments():
        flow = load_flow_from_entrypoint(str(ROOT / deployment["entrypoint"]))
        accepted = set(inspect.signature(flow.fn).parameters)
        assert set(deployment["parameters"]) <= accepted, deployment["name"]


def test_scheduled_deployment_runs_hourly() -> None:
    scheduled = next(d for d in deployments() if d["name"] == "scheduled")
    cron = scheduled["schedules"][0]
    schedule = CronSchedule(cron=cron["cron"], timezone=cron["timezone"])
    start = dt.datetime(2026, 1, 1, 0, 30, tzinfo=dt.UTC)
    import asyncio

    dates = asyncio.run(schedule.get_dates(n=3, start=start))
    assert [d.hour for d in dates] == [1, 2, 3]
    assert all(d.minute == 0 for d in dates)
