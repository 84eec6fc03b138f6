"""Inputs built to make a cleaner hang or crash: each must finish and account for every line.

The timeouts are hang guards, not speed measurements (those live in bench/): each case takes
well under a second now and took from seconds to hours before its pattern was fixed.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive.clean import clean_document, prepare_lines
from newsarchive.model import DecodedInput, InputRef, Quarantined
from newsarchive.reader import decode_bytes

BODY = "The council voted on Tuesday to approve the new budget after a long debate over spending on roads."
OTHER = "Opposition members said the money would be better spent on repairing the old bridge in the harbour."


def clean(text: str):
    data = text.encode()
    decoded = decode_bytes(InputRef("x.txt", len(data)), data)
    assert isinstance(decoded, DecodedInput)
    return clean_document(decoded)


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        "By " + "Axe" * 40 + "!\n\nHeadline here\n\n" + BODY,  # byline names joined by a bare "e"
        "-" * 3000 + " x\n\nHeadline here\n\n" + BODY,  # relative timestamps: runs of separators
        "=" * 3000 + " Page 2\n\nHeadline here\n\n" + BODY,
        "1" + ".," * 3000 + "x\n\n" + BODY,  # counters
        "Comments" + "-" * 3000 + "x\n\n" + BODY,
        # Many credits between two alternating sentences (the same sentence on both sides of a
        # credit would be a caption and its alt text, rightly removed).
        "Headline here\n\n" + "\n\n".join(["Photo: Reuters", BODY, "Photo: AP", OTHER] * 2500),
        "Headline here\n\n" + BODY * 20000,  # one very long line
        "<!--x-->" * 400 + "<div>" + BODY,  # HTML sniffing over leading comments
    ],
    ids=["byline", "dashes", "rule", "counter", "comments", "credits", "long-line", "html-comments"],
)
def test_pathological_documents_finish(text: str) -> None:
    document = clean(text)
    assert BODY.split(" after ")[0] in f"{document.title}\n{document.text}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_any_bytes_are_decoded_or_quarantined(data: bytes) -> None:
    verdict = decode_bytes(InputRef("fuzz.bin", len(data)), data)
    assert isinstance(verdict, DecodedInput | Quarantined)
    if isinstance(verdict, Quarantined):
        assert verdict.detail


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=300), min_size=1, max_size=40))
def test_every_line_is_kept_or_removed_with_a_rule(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    decoded = decode_bytes(InputRef("fuzz.txt", len(data)), data)
    if isinstance(decoded, Quarantined):
        return
    document = clean_document(decoded)
    removed = {r.line_no: r for r in document.removed}
    assert all(r.rule_id and r.category for r in removed.values())
    kept = set(filter(None, [document.title or "", *document.text.split("\n\n")]))
    # After repair, every line with text is either kept or removed by a named rule: none vanish.
    for line in prepare_lines(decoded).lines:
        if line.text:
            assert line.no in removed or line.text in kept or line.text == document.title_raw


_TAGS = ("div", "p", "span", "section", "article", "aside", "nav", "ul", "li", "a", "table", "tr", "td", "b", "figure")
_CLASSES = ("", "content", "entry-content", "share-bar", "related", "comments", "byline", "ad-slot", "x", "menu")
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüñçé", min_size=2, max_size=9)


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    """Random markup: tags opened and closed in any order (often not at all), classes from real
    themes' vocabularies, and words between them."""
    pieces = ["<html><body>"]
    for _ in range(draw(st.integers(1, 60))):
        kind = draw(st.integers(0, 2))
        if kind == 0:
            tag, cls = draw(st.sampled_from(_TAGS)), draw(st.sampled_from(_CLASSES))
            pieces.append(f"<{tag} class='{cls}'>" if cls else f"<{tag}>")
        elif kind == 1:
            pieces.append(f"</{draw(st.sampled_from(_TAGS))}>")
        else:
            pieces.append(" ".join(draw(st.lists(_WORD, min_size=1, max_size=12))))
    return "".join(pieces)


@pytest.mark.timeout(120)
@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(tag_soup())
def test_any_tag_soup_is_read_and_no_letter_vanishes_unrecorded(markup: str) -> None:
    from lxml import etree

    from newsarchive.html import extract

    page = extract(markup)
    recorded = "".join([page.text, page.title or "", *(removal.text for removal in page.removed)])
    parsed = "".join(etree.fromstring(markup.encode(), etree.HTMLParser(encoding="utf-8")).itertext())
    # Letters, not words: the parser joins text across stray tags, the front end splits blocks.
    missing = Counter(ch for ch in parsed if ch.isalpha()) - Counter(ch for ch in recorded if ch.isalpha())
    assert not missing, missing
