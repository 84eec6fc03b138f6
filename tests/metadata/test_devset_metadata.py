"""Metadata quality floors on tests/data/metadata (38 documents with checked dates and events).

The set was first measured untouched (event accuracy 0.684, date range containing the truth 0.657,
duplicate recall 0.5, one event invented) and then used to widen the catalog and calibrate the
duplicate threshold, so these floors guard against regressions rather than prove generalisation.
"""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from eval_metadata import evaluate


def test_metadata_floors() -> None:
    figures = evaluate(ROOT / "tests" / "data" / "metadata")
    assert figures["archived"] == figures["documents"] >= 30
    assert figures["date exact (explicit dates)"] == 1.0
    assert figures["invented dates (undated docs given one)"] == 0
    assert figures["events invented for no-event docs"] == 0
    assert figures["event accuracy"] >= 0.95
    assert figures["date range contains the true date"] >= 0.85
    assert figures["date range covers the editor's range"] >= 0.75
    assert figures["language accuracy"] >= 0.95
    assert figures["duplicate precision"] == 1.0
    assert figures["duplicate recall"] == 1.0
