"""The ``newsarchive`` command as a user runs it: a subprocess, reporting to the test's Prefect API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.inputs import fill_inbox

pytestmark = pytest.mark.prefect


def newsarchive(*args: str, api: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if api:
        env["PREFECT_API_URL"] = api
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_ingest_prints_the_summary_and_exits_3_when_inputs_were_quarantined(
    prefect_api: str, inbox: Path, tmp_path: Path
) -> None:
    fill_inbox(inbox)
    result = newsarchive("ingest", str(inbox), "--archive", str(tmp_path / "archive"), api=prefect_api)
    assert result.returncode == 3, result.stderr
    assert "inputs seen" in result.stdout and "quarantined" in result.stdout
    assert "bad/picture.txt" in result.stdout and "caption" in result.stdout


def test_ingest_of_clean_inputs_then_a_backfill_exit_0_with_json_summaries(prefect_api: str, tmp_path: Path) -> None:
    archive = str(tmp_path / "archive")
    result = newsarchive("ingest", str(SEEDS), "--archive", archive, "--json", api=prefect_api)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["inputs_seen"] == summary["archived"] == 5
    result = newsarchive("backfill", "--archive", archive, "--glob", "00[01]_*", "--json", api=prefect_api)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["mode"] == "backfill" and summary["inputs_seen"] == summary["replaced"] == 2


def test_missing_folders_and_bad_dates_are_usage_errors(tmp_path: Path) -> None:
    result = newsarchive("ingest", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    result = newsarchive("backfill", "--archive", str(tmp_path / "no-archive"))
    assert result.returncode == 2
    assert "nothing to backfill" in result.stderr
    result = newsarchive("backfill", "--archive", str(tmp_path), "--since", "21 Sept")
    assert result.returncode == 2
    assert "not a date" in result.stderr
    env_without_api = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "ingest", str(SEEDS), "--archive", str(tmp_path), "--dask", "local:2"],
        capture_output=True,
        text=True,
        env=env_without_api,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "PREFECT_API_URL" in result.stderr


def test_inspect_marks_removed_lines_with_their_rules() -> None:
    result = newsarchive("inspect", str(SEEDS / "003_865eb7710d682bf4.txt"), "--color", "never")
    assert result.returncode == 0, result.stderr
    assert "[ad:ad.shortcode]" in result.stdout
    assert "[credit:caption.credit-block]" in result.stdout
    assert "T Armenia and Azerbaijan say Nagorno Karabakh truce does not hold" in result.stdout


def test_inspect_reports_a_quarantined_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = newsarchive("inspect", str(empty), "--color", "never")
    assert result.returncode == 3
    assert "quarantined (empty)" in result.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    from flows.cli import build_parser

    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    subcommands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in subcommands:
        assert f"newsarchive {name}" in readme, name
