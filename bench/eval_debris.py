"""Line-level precision and recall of debris removal on a labelled folder.

    python bench/eval_debris.py [FOLDER ...]      (default: tests/data/devset)

Prints overall and per-category figures, the share of documents cleaned perfectly, and every
line lost (content removed) or left (debris kept), so a rule change can be judged at a glance.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsarchive.evaluate import evaluate_folder

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "data" / "devset"])
    parser.add_argument("--quiet", action="store_true", help="figures only, no per-line listing")
    args = parser.parse_args()
    for folder in args.folders:
        report, expected = evaluate_folder(folder)
        print(f"# {folder}  ({len(report.documents)} documents)")
        print(
            f"precision {report.precision:.4f}   recall {report.recall:.4f}   "
            f"perfect documents {report.perfect_share:.1%}   "
            f"titles right {sum(d.title_ok for d in report.documents)}/{len(report.documents)}"
        )
        print(f"{'category':<14}{'expected':>9}{'found':>7}{'missed':>8}")
        for category, (total, found, missed) in report.per_category(expected).items():
            print(f"{category:<14}{total:>9}{found:>7}{missed:>8}")
        mismatches = sum(len(d.category_mismatches) for d in report.documents)
        print(f"removed lines filed under another category than the editor's: {mismatches}")
        if args.quiet:
            continue
        for document in report.documents:
            for line, (category, text) in sorted(document.false_positives.items()):
                print(f"  LOST  {document.name}:{line} [{category}] {text[:110]}")
            for line, (category, text) in sorted(document.false_negatives.items()):
                print(f"  LEFT  {document.name}:{line} [{category}] {text[:110]}")
            if not document.title_ok:
                print(f"  TITLE {document.name}: expected {expected[document.name].get('title')!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
