from __future__ import annotations

import datetime as dt

import pytest

from newsarchive.clean import clean_document
from newsarchive.html import extract
from newsarchive.model import DecodedInput, InputRef
from newsarchive.reader import decode_bytes

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Night buses reach the suburbs | The Courier</title>
<meta property="og:title" content="Night buses reach the suburbs | The Courier">
<meta property="article:published_time" content="2024-03-04T10:15:00+01:00">
<script>var ads = [];</script>
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Night buses reach the suburbs</h1>
<p>The city council voted on Tuesday to extend the night bus network to the northern suburbs.</p>
<figure><img src="bus.jpg" alt="A night bus"><figcaption>A night bus at the depot. Photo: Jane Doe</figcaption></figure>
<p>Councillors said the new routes would start running in March and cost about 2 million euros a year.</p>
<div class="share-buttons">Share on Facebook Share on X</div>
<p>Opposition members argued that the money would be better spent on existing stations.</p>
</article>
<div id="comments"><h3>Leave a Reply</h3><form>Name Email</form></div>
<footer>© 2024 The Courier</footer>
</body></html>"""


def test_html_page_is_cleaned_by_structure_and_keeps_its_metadata() -> None:
    data = PAGE.encode()
    decoded = decode_bytes(InputRef("page.html", len(data)), data)
    assert isinstance(decoded, DecodedInput) and decoded.source_format == "html"
    document = clean_document(decoded)
    assert document.title == "Night buses reach the suburbs"
    assert document.title_source == "html:meta:og:title"
    assert document.published_date == dt.date(2024, 3, 4)
    assert document.date_source == "html:meta:article:published_time"
    assert document.text.split("\n\n") == [
        "The city council voted on Tuesday to extend the night bus network to the northern suburbs.",
        "Councillors said the new routes would start running in March and cost about 2 million euros a year.",
        "Opposition members argued that the money would be better spent on existing stations.",
    ]
    categories = {r.category for r in document.removed}
    assert {"caption", "social"} <= categories
    assert all(r.line_no is None or r.line_no == 0 for r in document.removed if r.rule_id.startswith("html."))
    assert document.language == "en"


def test_a_wrapper_whose_class_names_a_widget_is_not_cut() -> None:
    sentences = [
        "The old bridge carries twelve thousand cars a day between the two halves of the town.",
        "Engineers warned in March that its steel supports had corroded faster than expected.",
        "Closing it for two years would push traffic onto the ring road and past three schools.",
        "A temporary crossing downstream would cost less than a fifth of the full repair bill.",
        "Councillors should choose that option before the winter floods make the decision for them.",
        "Whatever they decide, residents deserve to see the engineers' report in full this month.",
    ]
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    page = (
        "<html><body><div class='layout no-sidebar'><div class='opinion-commentary'><h1>Why the bridge matters</h1>"
        f"{paragraphs}<div class='share-buttons'>Share on X</div></div></div></body></html>"
    )
    data = page.encode()
    decoded = decode_bytes(InputRef("op-ed.html", len(data)), data)
    document = clean_document(decoded)
    assert document.text.split("\n\n") == sentences
    assert "Share on X" not in document.text


@pytest.mark.timeout(30)  # quadratic walks took 60 s and more on these pages; linear ones take about 1 s
@pytest.mark.parametrize(
    "markup",
    [
        "<html><body>"
        + "<div>" * 20000
        + "<p>A sentence deep inside the page, read in the end.</p>"
        + "</div>" * 20000,
        "<html><body>" + "<div class='x'><p>An unclosed paragraph of the article text.<span>" * 3000,
    ],
    ids=["20000-nested-divs", "3000-unclosed-blocks"],
)
def test_deep_and_unclosed_markup_is_read_in_linear_time(markup: str) -> None:
    page = extract(markup)
    assert "A sentence deep inside the page" in page.text or page.text.count("An unclosed paragraph") >= 1000
