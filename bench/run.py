"""Benchmark: per-stage throughput of the library, and the whole job through the real Prefect flow.

    python bench/run.py --docs 2000 [--seed 7] [--html-share 0.1] [--skip-flow]

Stage figures are measured in this process on one core. The library run is the whole job
(survey, clean, stage, commit) without Prefect; the flow run is ``newsarchive ingest`` in a
child process (Prefect's temporary API unless PREFECT_API_URL is set). Start-up is the flow's
wall time before its flow run began (imports, Prefect's API, flow set-up); orchestration is the
share of the flow run's own time not spent in the library's work. ``ftfy.fix_text`` on all text
and trafilatura on the HTML pages are measured on the same documents, so our figures also read
as ratios, which hold on a noisy machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import ftfy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_ingest import ingest_in_child
from corpus import write_corpus

from newsarchive.archive import ArchiveLayout
from newsarchive.clean import clean_document, find_dates
from newsarchive.debris import make_line, remove_debris
from newsarchive.debris.engine import split_cells
from newsarchive.html import extract
from newsarchive.metadata.events import load_catalog
from newsarchive.metadata.language import identify_language
from newsarchive.model import DecodedInput
from newsarchive.pipeline import list_inputs, run_ingest
from newsarchive.reader import read_input
from newsarchive.repair import repair_line, split_lines

catalog = load_catalog(None)  # the whole per-document job includes event tagging, as in the pipeline


def stage_figures(inbox: Path) -> dict[str, float]:
    refs = list_inputs(inbox)
    timings: dict[str, float] = {}

    started = time.perf_counter()
    decoded = [read_input(inbox, ref)[0] for ref in refs]
    timings["read"] = time.perf_counter() - started
    decoded = [d for d in decoded if isinstance(d, DecodedInput)]
    total_bytes = sum(len(d.data) for d in decoded)

    started = time.perf_counter()
    texts = [extract(d.text).text if d.source_format == "html" else d.text for d in decoded]
    timings["html"] = time.perf_counter() - started

    started = time.perf_counter()
    documents = []
    for text in texts:
        raw_lines, _ = split_lines(text)
        documents.append(
            [(repair_line(line, number)[0], split_cells(line)) for number, line in enumerate(raw_lines, 1)]
        )
    timings["repair"] = time.perf_counter() - started

    started = time.perf_counter()
    results = [remove_debris([make_line(n, t, cells) for n, (t, cells) in enumerate(lines, 1)]) for lines in documents]
    timings["debris"] = time.perf_counter() - started

    started = time.perf_counter()
    for result in results:
        body = "\n\n".join(line.text for line in result.kept if line.text)
        find_dates(result.removed, None)
        identify_language(body)
    timings["metadata"] = time.perf_counter() - started

    started = time.perf_counter()
    for text in texts:
        ftfy.fix_text(text)
    reference = time.perf_counter() - started

    started = time.perf_counter()
    for document in decoded:
        clean_document(document, catalog=catalog)
    whole = time.perf_counter() - started

    figures = {"documents": len(decoded), "megabytes": total_bytes / 1e6}
    for stage, seconds in timings.items():
        figures[f"{stage} MB/s"] = total_bytes / 1e6 / seconds if seconds else float("inf")
    figures["ftfy.fix_text on all text MB/s"] = total_bytes / 1e6 / reference
    figures["clean_document docs/s (whole per-doc job)"] = len(decoded) / whole
    figures["clean_document MB/s / ftfy.fix_text MB/s"] = reference / whole
    figures |= html_figures([d for d in decoded if d.source_format == "html"])
    return figures


def html_figures(pages: list[DecodedInput]) -> dict[str, float]:
    """The HTML pages through our whole per-document job and through trafilatura."""
    if not pages:
        return {}
    try:
        import trafilatura
    except ImportError:  # a development dependency: the ratio is skipped without it
        return {}
    started = time.perf_counter()
    for page in pages:
        clean_document(page, catalog=catalog)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.data, favor_precision=True, include_comments=False)
    theirs = time.perf_counter() - started
    return {
        "HTML pages": len(pages),
        "HTML docs/s, newsarchive whole job": len(pages) / ours,
        "HTML docs/s, trafilatura": len(pages) / theirs,
        "HTML speed ratio newsarchive / trafilatura": theirs / ours,
    }


def library_figures(inbox: Path, archive: Path) -> dict[str, float]:
    """The whole job without Prefect: survey, clean, stage, commit (Parquet and corpus writes)."""
    started = time.perf_counter()
    summary = run_ingest(inbox, archive)
    seconds = time.perf_counter() - started
    documents = summary.archived + summary.duplicates
    return {
        "library run s (survey, clean, write, commit)": seconds,
        "library run docs/s": documents / seconds,
    }


def flow_figures(inbox: Path, archive: Path) -> dict[str, float]:
    summary, wall = ingest_in_child(inbox, archive, os.environ)
    return {
        "flow wall s (incl. Prefect start)": wall,
        "flow start-up s (process start to flow run start)": wall - summary["seconds"],
        "flow docs archived": summary["archived"] + summary["duplicates"],
        "flow docs/s (incl. start)": (summary["archived"] + summary["duplicates"]) / wall,
        "flow run s (Prefect flow run only)": summary["seconds"],
        "flow docs/s (flow run only)": (summary["archived"] + summary["duplicates"]) / max(summary["seconds"], 1e-9),
        "peak RSS MB (flow process)": summary["peak_rss_mb"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--html-share", type=float, default=0.1)
    parser.add_argument("--skip-flow", action="store_true")
    parser.add_argument("--flow-only", action="store_true", help="only the flow run (for large --docs: memory)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsarchive-bench-") as tmp:
        inbox, archive = Path(tmp) / "inbox", Path(tmp) / "archive"
        written = write_corpus(inbox, args.docs, seed=args.seed, html_share=args.html_share)
        print(f"corpus: {args.docs} documents, {written / 1e6:.1f} MB, seed {args.seed}")
        figures: dict[str, float] = {}
        if not args.flow_only:
            figures |= stage_figures(inbox)
            figures |= library_figures(inbox, Path(tmp) / "library-archive")
        if not args.skip_flow:
            figures |= flow_figures(inbox, archive)
            figures["partition files"] = sum(1 for _ in ArchiveLayout(archive).live.documents.rglob("*.parquet"))
            if not args.flow_only:
                flow_run = figures["flow run s (Prefect flow run only)"]
                library = figures["library run s (survey, clean, write, commit)"]
                figures["orchestration share of the flow run"] = max(0.0, flow_run - library) / flow_run
        for name, value in figures.items():
            print(f"{name:<48} {value:>12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
