"""How newsarchive starts Prefect: defaults that must be in the environment before Prefect imports.

With no ``PREFECT_API_URL`` Prefect starts a temporary local API server backed by SQLite. On
a 2-core machine that start takes 15-26 s, close to Prefect's own 20 s start-up timeout, so
the timeout is raised. A user's own settings always win: only unset variables are filled in.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

EMBEDDED_DEFAULTS = {
    # A fresh SQLite database needs about 21-23 s of migrations here; 20 s is Prefect's default.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    # No network but package registries: telemetry would only log a failure on every start.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # Per-task INFO lines drown the progress bar and the summary the CLI prints.
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def apply_prefect_defaults() -> None:
    for name, value in EMBEDDED_DEFAULTS.items():
        os.environ.setdefault(name, value)


def uses_embedded_server() -> bool:
    return not os.environ.get("PREFECT_API_URL")


def exit_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so the temporary Prefect server is stopped, not orphaned."""

    def handle(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    if sys.platform != "win32":
        signal.signal(signal.SIGTERM, handle)
