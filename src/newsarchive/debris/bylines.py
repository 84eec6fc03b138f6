"""Timestamps and bylines at the edges of the article.

They leave the text but not the archive: the metadata stage reads the removed lines back
(a timestamp becomes ``published_date``, a byline ``author``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Page, block_rule, line_rule
from newsarchive.metadata.dates import RELATIVE_STAMP, parse_date_line

_NAME = r"[A-ZÀ-ÞА-Я][\w.'’-]+(?:\s+(?:van|von|de|da|del|der|la|le|bin|al|[A-ZÀ-ÞА-Я][\w.'’-]*)){0,3}"
BYLINE = re.compile(
    r"^\W*(?:(?i:(?:reviewed |posted |written |reported |text |story )?by|von|par|por|door|автор|от)|di|da)\s*:?\s+"
    rf"(?P<author>{_NAME}(?:(?:\s*,\s*|\s+(?:and|&|und|et|y|e|и)\s+){_NAME})*)"
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

_ROLE = (
    r"(?:staff|senior|chief|political|business|health|education|science|sports?|courts?|crime|city|local|"
    r"foreign|\w+) ?(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer)"
)
# "Maria Lopez, Education Reporter", "BY JAMES WHITAKER | jwhitaker@…", "Reporting by …; Editing by …"
_BYLINE_SHAPES = re.compile(
    rf"^{_NAME}\s*[,|–—-]\s*(?:(?:the |our )?[\w ]{{0,30}}{_ROLE}|[\w.+-]+@[\w.-]+)\W*$|"
    rf"^(?i:by)\s+[A-ZÀ-Þ'’.-]{{2,}}(?:\s+[A-ZÀ-Þ'’.-]{{2,}}){{1,3}}(?:\s*[|,]?\s*.{{0,60}})?$|"
    rf"^(?i:(?:additional )?reporting by )(?:{_NAME})(?:\s*(?:,|\band\b|&)\s*{_NAME})*"
    rf"(?:;\s*(?i:writing|editing|additional reporting) by (?:{_NAME})(?:\s*(?:,|\band\b|&)\s*{_NAME})*){{0,3}}\.?$|"
    r"^(?i:da redação|da redacção|redacción|la rédaction|die redaktion|redazione)\W*$",
)
_BARE_NAME = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’.-]*){1,2}$")
_ROLE_LINE = re.compile(rf"^{_ROLE}$", re.IGNORECASE)


def _after_headline(page: Page, index: int) -> bool:
    """Just under the headline, before the article starts: where an unlabelled byline sits."""
    previous = page.previous_kept(index)
    return previous is not None and previous == page.first_kept() and page.in_head(index)


@block_rule("byline.unlabelled", "byline", "A bare author name (and role) just under the headline.")
def _unlabelled_byline(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in page.kept_short()[:4]:
        line = page.lines[index]
        if _after_headline(page, index) and line.words <= 4 and _BARE_NAME.match(line.text):
            yield index, None
            role = page.next_kept(index)
            if role is not None and _ROLE_LINE.match(page.lines[role].text):
                yield role, None


_BYLINE_AT_EDGES = line_rule("byline.edge", "byline", "", BYLINE, where="edges", max_words=16)


@block_rule(
    "byline.edge", "byline", "A byline at the head or tail: 'By Jane Doe', 'By Jane Doe and John Roe, Reuters'."
)
def _byline_at_edges(page: Page) -> Iterator[tuple[int, str | None]]:
    first = page.first_kept()
    for index, category in _BYLINE_AT_EDGES.find(page):
        # A long first line that starts with "By" is a headline: "By Land and Sea, Aid Reaches Gaza".
        if index == first and page.lines[index].words > 6:
            continue
        yield index, category


RULES = [
    _unlabelled_byline,
    line_rule(
        "byline.shapes",
        "byline",
        "Bylines without a leading 'By': 'Jane Doe, Staff Writer', 'Reporting by …; Editing by …'.",
        _BYLINE_SHAPES,
        where="edges",
        max_words=24,
        may_remove_prose=True,
    ),
    line_rule(
        "timestamp.edge",
        "timestamp",
        "A line holding only a date or time at the head or tail: '2023-09-21 20:19:11', 'Updated: May 4, 2021'.",
        test=lambda line: parse_date_line(line.text) is not None,
        where="edges",
        max_words=16,
    ),
    line_rule(
        "timestamp.relative",
        "timestamp",
        "A stamp that gives a time but no date, at the head or tail: '3 hours ago', 'Updated 2:41 p.m.'.",
        RELATIVE_STAMP,
        test=lambda line: line.words > 0,
        where="edges",
        max_words=8,
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
    _byline_at_edges,
]
