"""Every option of the pipeline in one place, with its default and what changing it risks."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    # Documents per Prefect task. About 1 s of work per task keeps orchestration overhead
    # small (see PREFECT-NOTES); smaller batches make progress finer but runs slower.
    batch_size: int = 500


DEFAULT_SETTINGS = Settings()
