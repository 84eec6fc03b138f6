"""Every option of the pipeline in one place, with its default and what changing it risks."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

PIPELINE_VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class Settings:
    # Inputs larger than this are quarantined as "oversized" instead of being read into memory.
    # Raising it lets a single huge dump slow a whole batch down.
    max_input_bytes: int = 5 * 1024 * 1024

    # Share of C0 control bytes (other than tab, newline, carriage return, form feed) in the
    # first 8 KiB above which an input is taken for binary. Lower values quarantine text
    # with stray control characters, which repair would otherwise clean.
    binary_control_ratio: float = 0.05

    # Debris rules switched off by id (e.g. {"social.lone-counter"}). Unknown ids are an error,
    # so a typo cannot silently leave a rule on.
    disabled_rules: frozenset[str] = field(default_factory=frozenset)

    # Phrases a user files under a debris category ({"newsletter": ("Courier Daily Briefing",)}).
    # A line is removed when it contains one and the phrase is at least half of its words, so a
    # sentence that merely mentions the phrase survives.
    extra_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    # The event catalog (YAML) documents are tagged against; None means the Nagorno-Karabakh
    # catalog shipped with newsarchive (src/newsarchive/metadata/catalogs/).
    event_catalog: str | None = None

    # Documents per Prefect task. About 1 s of work per task keeps orchestration overhead
    # small (see PREFECT-NOTES); smaller batches make progress finer but runs slower.
    batch_size: int = 500

    # Where the batches run: None for this process, "local:N" for a local Dask cluster of N
    # worker processes, or a Dask scheduler address ("tcp://10.0.0.5:8786"). Dask workers need
    # newsarchive installed, PREFECT_API_URL set to a real server, and the archive on shared storage.
    dask_address: str | None = None

    # Where the working copies of remote archives (s3://..., gs://...) are kept; None means
    # $XDG_CACHE_HOME/newsarchive/archives (~/.cache/...). A persistent folder saves each run
    # from downloading the live snapshot again.
    archive_cache: str | None = None


DEFAULT_SETTINGS = Settings()


class ConfigError(ValueError):
    """The configuration file says something newsarchive cannot act on."""


def load_settings(path: Path | None, base: Settings = DEFAULT_SETTINGS) -> Settings:
    """Settings from a TOML file (see README, "Configuration"); ``base`` where it is silent.

    ::

        [input]
        max_bytes = 10_000_000

        [debris]
        disabled_rules = ["social.lone-counter"]

        [debris.phrases]
        newsletter = ["Courier Daily Briefing"]

        [archive]
        cache_dir = "/var/cache/newsarchive"   # working copies of remote archives
    """
    if path is None:
        return base
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc}") from exc
    known = {
        "input": {"max_bytes"},
        "debris": {"disabled_rules", "phrases"},
        "run": {"batch_size", "dask_address"},
        "metadata": {"event_catalog"},
        "archive": {"cache_dir"},
    }
    for section, values in data.items():
        if section not in known or not isinstance(values, dict):
            raise ConfigError(f"{path}: unknown section [{section}]; known: {', '.join(sorted(known))}")
        unknown = set(values) - known[section]
        if unknown:
            raise ConfigError(f"{path}: unknown key(s) in [{section}]: {', '.join(sorted(unknown))}")
    debris: dict[str, Any] = data.get("debris", {})
    phrases = debris.get("phrases", {})
    if not isinstance(phrases, dict) or not all(
        isinstance(v, list) and all(isinstance(p, str) and p.strip() for p in v) for v in phrases.values()
    ):
        raise ConfigError(f"{path}: [debris.phrases] maps a category to a list of non-empty strings")
    disabled = debris.get("disabled_rules", [])
    if not isinstance(disabled, list) or not all(isinstance(r, str) for r in disabled):
        raise ConfigError(f"{path}: debris.disabled_rules is a list of rule ids")
    return replace(
        base,
        max_input_bytes=int(data.get("input", {}).get("max_bytes", base.max_input_bytes)),
        batch_size=int(data.get("run", {}).get("batch_size", base.batch_size)),
        dask_address=data.get("run", {}).get("dask_address", base.dask_address),
        disabled_rules=frozenset(base.disabled_rules | set(disabled)),
        extra_phrases={k: tuple(v) for k, v in phrases.items()},
        event_catalog=_relative_to(path, data.get("metadata", {}).get("event_catalog", base.event_catalog)),
        archive_cache=_relative_to(path, data.get("archive", {}).get("cache_dir", base.archive_cache)),
    )


def _relative_to(config: Path, value: str | None) -> str | None:
    """Paths in the configuration are relative to the configuration file."""
    if value is None:
        return None
    candidate = Path(value)
    return str(candidate if candidate.is_absolute() else Path(config).parent / candidate)
