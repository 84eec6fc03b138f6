"""The ``newsarchive`` command: a thin layer that runs the flows and shows what they did.

Exit codes a scheduler can act on: 0 all inputs archived, 1 the run failed, 2 bad usage,
3 the run finished but quarantined some inputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import yaml
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from flows.runtime import apply_prefect_defaults, exit_cleanly_on_sigterm, uses_embedded_server
from newsarchive.config import PIPELINE_VERSION, Settings, load_settings
from newsarchive.debris import select_rules
from newsarchive.metadata.events import load_catalog
from newsarchive.pipeline import check_folders
from newsarchive.remote import is_remote

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_QUARANTINED = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsarchive", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"newsarchive {PIPELINE_VERSION}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest", help="archive the new and changed inputs of a folder (Prefect flow; what the schedule runs)"
    )
    ingest.add_argument("input_dir", nargs="?", default="inbox", type=Path, help="input folder (default: inbox)")
    ingest.add_argument("--force", action="store_true", help="clean every input again, changed or not")
    ingest.add_argument(
        "--max-input-bytes",
        type=int,
        help=f"larger inputs are quarantined as oversized (default: {Settings().max_input_bytes})",
    )
    backfill = commands.add_parser(
        "backfill", help="re-clean archived documents from raw/ with the current pipeline (Prefect flow)"
    )
    backfill.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="published on or after this day")
    backfill.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="published on or before this day")
    backfill.add_argument("--glob", dest="path_glob", metavar="PATTERN", help="source paths matching this pattern")
    for command in (ingest, backfill):
        command.add_argument(
            "--archive",
            default="archive",
            help="archive folder, or a remote archive's URL such as s3://bucket/prefix (default: archive)",
        )
        command.add_argument("--config", type=Path, help="a TOML configuration file (see README, Configuration)")
        command.add_argument(
            "--batch-size", type=int, help=f"documents per Prefect task (default: {Settings().batch_size})"
        )
        command.add_argument(
            "--disable-rule",
            action="append",
            default=[],
            metavar="RULE_ID",
            help="switch a debris rule off; repeatable",
        )
        command.add_argument(
            "--dask",
            dest="dask_address",
            metavar="ADDRESS",
            help='run the batches on Dask: a scheduler address ("tcp://host:8786") or "local:N" workers',
        )
        command.add_argument("--json", action="store_true", help="print the run summary as JSON")

    inspect = commands.add_parser("inspect", help="show one document with its removed lines marked")
    inspect.add_argument("path", type=Path, help="an input file")
    inspect.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    inspect.add_argument("--config", type=Path, help="a TOML configuration file (see README, Configuration)")

    schema = commands.add_parser("schema", help="print the archive contract, or write it to schemas/")
    schema.add_argument("--write", type=Path, metavar="DIR", help="write documents.v1.json and documents.md to DIR")

    commands.add_parser("rules", help="list the debris rules with their ids and categories")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"ingest": _ingest, "backfill": _backfill, "inspect": _inspect, "schema": _schema, "rules": _rules}
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_FAILED


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _ingest(args: argparse.Namespace) -> int:
    if not args.input_dir.is_dir():
        print(f"error: input folder {args.input_dir} does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        if not is_remote(args.archive):
            check_folders(args.input_dir, Path(args.archive))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _run_flow(
        args,
        "ingest_flow",
        input_dir=str(args.input_dir),
        force=args.force,
        max_input_bytes=args.max_input_bytes,
    )


def _backfill(args: argparse.Namespace) -> int:
    if not is_remote(args.archive) and not Path(args.archive).is_dir():
        print(f"error: archive folder {args.archive} does not exist: nothing to backfill", file=sys.stderr)
        return EXIT_USAGE
    if args.since and args.until and args.since > args.until:
        print("error: --since is after --until", file=sys.stderr)
        return EXIT_USAGE
    return _run_flow(args, "backfill_flow", since=args.since, until=args.until, path_glob=args.path_glob)


def _run_flow(args: argparse.Namespace, flow_name: str, **parameters: object) -> int:
    console = Console(stderr=True)
    if args.batch_size is not None and args.batch_size < 1:
        print("error: --batch-size must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        settings = load_settings(args.config)
        select_rules(settings.disabled_rules | set(args.disable_rule), settings.extra_phrases)
        load_catalog(settings.event_catalog)
    except (ValueError, OSError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.dask_address and uses_embedded_server():
        # Each Dask worker would start a temporary Prefect API of its own (PREFECT-NOTES, Dask).
        print("error: --dask needs PREFECT_API_URL set to a running Prefect server", file=sys.stderr)
        return EXIT_USAGE
    apply_prefect_defaults()
    exit_cleanly_on_sigterm()
    if uses_embedded_server():
        console.print(
            "[dim]No PREFECT_API_URL: starting Prefect's temporary local API (15-30 s on first use; see README)…[/]"
        )
    started = time.perf_counter()

    from flows import archive_flow  # Prefect reads its settings at import: after the defaults

    with Progress(
        TextColumn("[bold]cleaning"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        bar = progress.add_task("cleaning", total=None)

        def advance(done: int, total: int, outcome: object) -> None:
            progress.update(bar, completed=done, total=total)

        archive_flow.progress_hook = advance
        try:
            state = getattr(archive_flow, flow_name)(
                archive_dir=args.archive,
                batch_size=args.batch_size,
                disabled_rules=args.disable_rule,
                config_path=str(args.config) if args.config else None,
                dask_address=args.dask_address,
                return_state=True,
                **parameters,
            )
        finally:
            archive_flow.progress_hook = None
    if not state.is_completed():
        print(f"error: run failed ({state.name}): {state.message}", file=sys.stderr)
        try:
            state.result()
        except Exception as exc:
            print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    summary = state.result()
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False, default=str))
    else:
        print_summary(Console(), summary, time.perf_counter() - started)
    return EXIT_QUARANTINED if summary["quarantined"] else EXIT_OK


def print_summary(console: Console, summary: dict, wall_seconds: float) -> None:
    counts = Table(title=f"newsarchive {summary['mode']} run {summary['run_id']}", header_style="bold")
    counts.add_column("inputs")
    counts.add_column("count", justify="right")
    for key, label in (
        ("inputs_seen", "inputs seen"),
        ("archived", "archived"),
        ("duplicates", "archived as duplicates"),
        ("unchanged", "unchanged, skipped"),
        ("superseded", "newer version archived meanwhile"),
        ("quarantined", "quarantined"),
        ("replaced", "replaced an earlier version"),
        ("archive_rows", "rows in archive"),
    ):
        counts.add_row(label, str(summary[key]))
    console.print(counts)
    if summary["quarantined_files"]:
        quarantine = Table(title="quarantined", header_style="bold")
        quarantine.add_column("file")
        quarantine.add_column("reason")
        quarantine.add_column("detail", overflow="fold")
        for entry in summary["quarantined_files"][:20]:
            quarantine.add_row(Text(entry["source_path"]), Text(entry["reason"]), Text(entry["detail"]))
        if len(summary["quarantined_files"]) > 20:
            quarantine.add_row("…", f"{len(summary['quarantined_files']) - 20} more", "see the run report")
        console.print(quarantine)
    if summary["removed_by_category"]:
        removed = Table(title="debris lines removed", header_style="bold")
        removed.add_column("category")
        removed.add_column("lines", justify="right")
        for category, count in summary["removed_by_category"].items():
            removed.add_row(category, str(count))
        console.print(removed)
    console.print(
        Text(
            f"archive: {summary['archive_dir']}   report: runs/{summary['run_id']}.json   "
            f"wall time {wall_seconds:.1f} s (Prefect start-up included)"
        ),
        soft_wrap=True,
    )


def _inspect(args: argparse.Namespace) -> int:
    from newsarchive.inspect import inspect_file

    color = {"always": True, "never": False, "auto": None}[args.color]
    console = Console(force_terminal=color, no_color=color is False, highlight=False)
    try:
        view = inspect_file(args.path, load_settings(args.config))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if view.quarantined is not None:
        console.print(Text(f"quarantined ({view.quarantined.reason}): {view.quarantined.detail}", style="red"))
        return EXIT_QUARANTINED
    for line in view.lines:
        number = f"{line.line_no:>4} "
        if line.removal is None:
            marker = "T " if line.is_title else "  "
            console.print(Text(number + marker) + Text(line.text, style="bold" if line.is_title else ""))
        else:
            tag = f"[{line.removal.category}:{line.removal.rule_id}]"
            console.print(
                Text(number + "- ", style="red")
                + Text(line.text, style="red strike")
                + Text(f"  {tag}", style="yellow")
            )
    for removal in view.markup_removals:
        console.print(
            Text("   html- ", style="red")
            + Text(removal.text[:120], style="red strike")
            + Text(f"  [{removal.category}:{removal.rule_id}]", style="yellow")
        )
    document = view.document
    console.print(
        Text(
            f"\ntitle: {document.title!r}  date: {document.published_date} ({document.date_source})  "
            f"language: {document.language}  event: {document.event_period}  words: {document.word_count}  "
            f"removed: {len(document.removed)}  repairs: {len(document.repairs)}"
        )
    )
    for repair in document.repairs:
        where = f"line {repair.line_no}" if repair.line_no else "document"
        console.print(Text(f"repair {repair.kind} ({where}): {repair.detail}", style="cyan"))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from newsarchive.schema import contract_json, contract_markdown

    if args.write is None:
        print(json.dumps(contract_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    args.write.mkdir(parents=True, exist_ok=True)
    (args.write / "documents.v1.json").write_text(json.dumps(contract_json(), indent=2, ensure_ascii=False) + "\n")
    (args.write / "documents.md").write_text(contract_markdown())
    print(f"wrote {args.write / 'documents.v1.json'} and {args.write / 'documents.md'}")
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from newsarchive.debris import RULES

    table = Table(header_style="bold")
    for column in ("id", "category", "stage", "what it removes"):
        table.add_column(column, overflow="fold")
    for rule in RULES:
        table.add_row(Text(rule.id), Text(rule.category), Text(rule.stage.name.lower()), Text(rule.description))
    Console().print(table)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
