"""Timestamps and bylines at the edges of the article.

They leave the text but not the archive: the metadata stage reads the removed lines back
(a timestamp becomes ``published_date``, a byline ``author``).
"""

from __future__ import annotations

import re

from newsarchive.debris.engine import line_rule
from newsarchive.metadata.dates import parse_date_line

_NAME = r"[A-ZÀ-ÞА-Я][\w.'’-]+(?:\s+(?:van|von|de|da|del|der|la|le|bin|al|[A-ZÀ-ÞА-Я][\w.'’-]*)){0,3}"
BYLINE = re.compile(
    rf"^\W*(?i:by|von|par|por|di|door|автор|от)\s*:?\s+(?P<author>{_NAME}(?:\s*(?:,|and|&|und|et|y|e|и)\s*{_NAME})*)"
    r"(?:\s*(?:[,|•·–—-]|\bfor\b|\bin\b)\s*[^.!?]{0,60})?$"
    rf"|^(?P<author2>{_NAME})\s*[|•·–—]\s*"
    r"(?:staff (?:writer|reporter)|senior \w+|\w+ (?:correspondent|editor|reporter|writer))\W*$",
)

# The newsroom rather than a person: "Redacción / Agencias", "Staff and agencies", "AFP".
_NEWSROOM_WORDS = (
    r"(?:staff|agencies|agency|wires?|desk|newsroom|reporters?|redacción|redaccion|agencias|rédaction|redaktion|"
    r"redação|redazione|agenzie|редакция|afp|ap|reuters|dpa|efe|ansa|lusa|tass|bloomberg|pa|upi|and|y|et|e|und|&)"
)
NEWSROOM_BYLINE = re.compile(rf"^\W*{_NEWSROOM_WORDS}(?:\s*[/,|&+]?\s*{_NEWSROOM_WORDS}){{0,4}}\W*$", re.IGNORECASE)

RULES = [
    line_rule(
        "timestamp.edge",
        "timestamp",
        "A line holding only a date or time at the head or tail: '2023-09-21 20:19:11', 'Updated: May 4, 2021'.",
        test=lambda line: parse_date_line(line.text) is not None,
        where="edges",
        max_words=16,
    ),
    line_rule(
        "timestamp.labelled",
        "timestamp",
        "A 'Published:' or 'Updated:' line anywhere, holding only the date.",
        re.compile(r"^\W*(?:(?:first )?published|posted|submitted|updated|last updated|modified)\b", re.IGNORECASE),
        test=lambda line: parse_date_line(line.text) is not None,
        max_words=16,
    ),
    line_rule(
        "byline.newsroom",
        "byline",
        "A newsroom credit in place of a byline: 'Redacción / Agencias', 'Staff and agencies'.",
        NEWSROOM_BYLINE,
        test=lambda line: line.words >= 2,
        where="head",
        max_words=6,
    ),
    line_rule(
        "byline.edge",
        "byline",
        "A byline at the head or tail: 'By Jane Doe', 'By Jane Doe and John Roe, Reuters'.",
        BYLINE,
        where="edges",
        max_words=16,
    ),
]
