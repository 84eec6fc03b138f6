"""The five seed documents against what a careful editor expects (../shared/seeds-expected)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.clean import clean_document
from newsarchive.model import CleanDocument, DecodedInput, InputRef
from newsarchive.reader import decode_bytes
from tests.conftest import SEEDS, SEEDS_EXPECTED

# The editor's words for kinds of debris, and the category our rules file them under.
EDITOR_CATEGORY = {
    "theme-license banner": "banner",
    "navigation menu residue": "navigation",
    "back-to-top widget": "navigation",
    "hashtag line": "tags",
    "trailing timestamp (publication date metadata)": "timestamp",
    "author bio boilerplate": "bio",
    "ad shortcode": "ad",
    "image caption": "caption",
    "image caption (duplicate)": "caption",
    "image caption (variant)": "caption",
    "photo credit": "credit",
    "related-links list": "related",
    "share/view counter": "social",
    "comment form": "comments",
}

pytestmark = pytest.mark.skipif(not SEEDS_EXPECTED.is_dir(), reason="../shared/seeds-expected is not beside the repo")


def expectations() -> list[dict]:
    with open(SEEDS_EXPECTED / "expected.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def clean_seed(name: str) -> CleanDocument:
    data = (SEEDS / name).read_bytes()
    decoded = decode_bytes(InputRef(name, len(data)), data)
    assert isinstance(decoded, DecodedInput)
    return clean_document(decoded)


@pytest.mark.parametrize("expected", expectations(), ids=lambda e: e["source"])
def test_clean_text_matches_the_editor_line_for_line(expected: dict) -> None:
    document = clean_seed(expected["source"])
    want = (SEEDS_EXPECTED / f"{Path(expected['source']).stem}.clean.txt").read_text(encoding="utf-8").splitlines()
    got = ([document.title] if document.title else []) + document.text.split("\n\n")
    assert got == want
    assert document.title == expected["title"]


@pytest.mark.parametrize("expected", expectations(), ids=lambda e: e["source"])
def test_exactly_the_expected_lines_are_removed_with_fitting_categories(expected: dict) -> None:
    document = clean_seed(expected["source"])
    got = {r.line_no: (r.category, r.text) for r in document.removed}
    want = {r["line"]: (EDITOR_CATEGORY[r["category"]], r["text"]) for r in expected["removed"]}
    assert got == want
    assert all(r.rule_id for r in document.removed)


@pytest.mark.parametrize("expected", expectations(), ids=lambda e: e["source"])
def test_stated_publication_date_is_kept_as_metadata(expected: dict) -> None:
    document = clean_seed(expected["source"])
    stated = expected["published_date"]
    assert (document.published_date.isoformat() if document.published_date else None) == stated
    if stated:
        assert document.date_min == document.date_max == document.published_date
        assert document.date_source == "text:timestamp-line"


def test_seeds_are_english_and_have_no_repairs() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        document = clean_seed(path.name)
        assert document.language == "en"
        assert document.repairs == []


@pytest.mark.parametrize("expected", expectations(), ids=lambda e: e["source"])
def test_dates_and_events_with_the_default_catalog(expected: dict) -> None:
    import datetime as dt

    from newsarchive.metadata.events import load_catalog
    from tests.metadata.test_events import SEED_EVENTS

    data = (SEEDS / expected["source"]).read_bytes()
    decoded = decode_bytes(InputRef(expected["source"], len(data)), data)
    assert isinstance(decoded, DecodedInput)
    document = clean_document(decoded, catalog=load_catalog())
    assert document.event_period == SEED_EVENTS[expected["source"]]
    # Our range must cover the editor's whole range: the true date can be anywhere in it.
    assert document.date_min <= dt.date.fromisoformat(expected["date_min"])
    assert document.date_max >= dt.date.fromisoformat(expected["date_max"])
    assert document.date_source in {"text:timestamp-line", "inferred:event", "inferred:event+weekdays"}
