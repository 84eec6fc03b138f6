"""newsarchive and trafilatura on the same labelled HTML pages, side by side, in one run.

    python bench/eval_html.py [FOLDER ...]      (default: tests/data/html-dev)

For each tool: precision, recall and F1 in word 4-gram counts against the editor's text (summed
over pages, and the mean of per-page F1), and documents per second (best of ``--repeat`` passes,
one core). trafilatura runs as its documentation recommends for precise output
(``favor_precision=True, include_comments=False``) on the same bytes. newsarchive's time is the
whole per-document job (decode, HTML front end, repair, debris rules, title, dates, language,
event), not extraction alone; its HTML front end alone is timed too.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from newsarchive.evaluate import MARKUP_FIELDS, OverlapScore, html_pages, markup_fields_right, newsarchive_text, overlap
from newsarchive.html import extract
from newsarchive.model import DecodedInput, InputRef
from newsarchive.reader import decode_bytes

ROOT = Path(__file__).resolve().parent.parent


def trafilatura_text(page: Path, data: bytes) -> str:
    return trafilatura.extract(data, favor_precision=True, include_comments=False) or ""


def front_end_only(page: Path, data: bytes) -> str:
    decoded = decode_bytes(InputRef(page.name, len(data)), data)
    return extract(decoded.text).text if isinstance(decoded, DecodedInput) else ""


def timed(tool: Callable[[Path, bytes], object], pages: list[tuple[Path, bytes]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for page, data in pages:
            tool(page, data)
        best = min(best, time.perf_counter() - started)
    return len(pages) / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "data" / "html-dev"])
    parser.add_argument("--repeat", type=int, default=3, help="timing passes per tool; the best counts")
    parser.add_argument("--pages", action="store_true", help="print the per-page F1 of both tools")
    args = parser.parse_args()
    for folder in args.folders:
        labelled = html_pages(folder)
        inputs = [(page, page.read_bytes()) for page, _, _ in labelled]
        ours, theirs = OverlapScore(), OverlapScore()
        our_f1, their_f1 = [], []
        fields_right = dict.fromkeys(MARKUP_FIELDS, 0)
        for (page, expected, metadata), (_, data) in zip(labelled, inputs, strict=True):
            text, document = newsarchive_text(page, data)
            mine, other = overlap(text, expected), overlap(trafilatura_text(page, data), expected)
            ours.add(mine)
            theirs.add(other)
            our_f1.append(mine.f1)
            their_f1.append(other.f1)
            for name, right in markup_fields_right(document, metadata).items():
                fields_right[name] += right
            if args.pages:
                print(f"  {page.name:<48} newsarchive F1 {mine.f1:.3f}  trafilatura F1 {other.f1:.3f}")
        count = len(labelled)
        print(f"# {folder}  ({count} pages)")
        print(f"{'tool':<24}{'precision':>10}{'recall':>8}{'F1':>7}{'mean F1':>9}{'docs/s':>9}")
        ours_rate = timed(newsarchive_text, inputs, args.repeat)
        theirs_rate = timed(trafilatura_text, inputs, args.repeat)
        front_rate = timed(front_end_only, inputs, args.repeat)
        for name, score, per_page, rate in (
            ("newsarchive (whole job)", ours, our_f1, ours_rate),
            ("trafilatura", theirs, their_f1, theirs_rate),
        ):
            mean = sum(per_page) / max(count, 1)
            print(f"{name:<24}{score.precision:>10.3f}{score.recall:>8.3f}{score.f1:>7.3f}{mean:>9.3f}{rate:>9.1f}")
        print(f"newsarchive HTML front end alone: {front_rate:.1f} docs/s")
        print(f"speed ratio newsarchive / trafilatura: {ours_rate / theirs_rate:.2f}x")
        print("metadata right: " + ", ".join(f"{name} {right}/{count}" for name, right in fields_right.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
