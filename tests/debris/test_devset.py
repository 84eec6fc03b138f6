"""Line-level precision and recall on the labelled development set (tests/data/devset).

The rules were tuned on this set, so these floors guard against regressions; how well the
rules generalise is measured on tests/data/heldout (bench/eval_debris.py prints both).
"""

from __future__ import annotations

from newsarchive.evaluate import evaluate_folder
from tests.conftest import ROOT

DEVSET = ROOT / "tests" / "data" / "devset"


def test_devset_removal_precision_and_recall() -> None:
    report, _ = evaluate_folder(DEVSET)
    assert len(report.documents) >= 40
    lost = [(d.name, n, t) for d in report.documents for n, (_, t) in d.false_positives.items()]
    assert report.precision >= 0.99, lost
    assert report.recall >= 0.97
    assert report.perfect_share >= 0.85
    assert sum(d.title_ok for d in report.documents) >= 0.95 * len(report.documents)
