"""The HTML front end on the labelled pages of tests/data/html-dev, side by side with trafilatura.

Scored as bench/eval_html.py scores it: word 4-gram counts against the editor's text. The floor
is on newsarchive's own F1, and on beating trafilatura (favor_precision, no comments) on the
same pages, which these rules were written from; the held-out pages say how it generalises.
"""

from __future__ import annotations

from pathlib import Path

import trafilatura

from newsarchive.evaluate import OverlapScore, html_pages, markup_fields_right, newsarchive_text, overlap

HTML_DEV = Path(__file__).parent / "data" / "html-dev"


def test_html_dev_pages_extract_better_than_trafilatura() -> None:
    pages = html_pages(HTML_DEV)
    assert len(pages) >= 20
    ours, theirs = OverlapScore(), OverlapScore()
    for page, expected, _ in pages:
        data = page.read_bytes()
        ours.add(overlap(newsarchive_text(page, data)[0], expected))
        theirs.add(overlap(trafilatura.extract(data, favor_precision=True, include_comments=False) or "", expected))
    assert ours.precision >= 0.95 and ours.recall >= 0.98, (ours.precision, ours.recall)
    assert ours.f1 > theirs.f1, (ours.f1, theirs.f1)


def test_every_page_keeps_nearly_all_of_its_article() -> None:
    for page, expected, _ in html_pages(HTML_DEV):
        score = overlap(newsarchive_text(page, page.read_bytes())[0], expected)
        assert score.recall >= 0.95, (page.name, score.recall)


def test_metadata_from_markup_matches_the_editor() -> None:
    pages = html_pages(HTML_DEV)
    right = {name: 0 for name in ("title", "published", "author", "site_name", "canonical_url", "language")}
    for page, _, expected in pages:
        for name, ok in markup_fields_right(newsarchive_text(page, page.read_bytes())[1], expected).items():
            right[name] += ok
    floors = {"title": 0.85, "published": 0.9, "author": 0.85, "site_name": 0.75, "canonical_url": 1.0, "language": 1.0}
    assert {name: right[name] / len(pages) >= floor for name, floor in floors.items()} == dict.fromkeys(floors, True), (
        right
    )
