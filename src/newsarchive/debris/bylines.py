"""Timestamps and bylines at the edges of the article.

They leave the text but not the archive: the metadata stage reads the removed lines back
(a timestamp becomes ``published_date``, a byline ``author``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.captions import is_labelled_name
from newsarchive.debris.comments import is_post_head
from newsarchive.debris.engine import Page, block_rule, line_rule
from newsarchive.metadata.dates import (
    RELATIVE_STAMP,
    has_stamp_shape,
    is_day_and_month,
    is_yearless_stamp,
    parse_date_line,
    states_a_date,
)

_NAME = r"[A-ZÀ-ÞА-Я][\w.'’-]+(?:\s+(?:van|von|de|da|del|der|la|le|bin|al|[A-ZÀ-ÞА-Я][\w.'’-]*)){0,3}"
BYLINE = re.compile(
    r"^\W*(?:(?i:(?:reviewed |posted |written |reported |report |text |story |words |article |interview |"
    r"(?:live |additional )?reporting |compiled |edited |submitted |published |shared |photos? )?by|von|par|por|"
    r"door|автор|от|authors?(?: of (?:the )?article)?|autor(?:in|a)?|auteure?|autore|reporter|editor|penulis|"
    r"wartawan|redaktur|text|texto|tekst|story|words|escrito por|issued by|rédigé par|écrit par|"
    r"propos recueillis par|a cura di|scritto da|intervista di|entrevista de|interview|oleh|penyunting|pewarta|"
    r"oprac\.|opracowanie|opracował\w*|yazan|muhabir|haber|текст|автор текста)|di|da)\s*:?\s+"
    rf"(?P<author>{_NAME}(?:(?:\s*,\s*|\s+(?:and|&|und|et|y|e|и)\s+){_NAME})*)"
    r"(?:\s*(?:[,|•·–—-]|\bfor\b|\bin\b|\bon\b)\s*[^.!?]{0,60})?$"
    rf"|^(?P<author2>{_NAME})\s*[|•·–—]\s*"
    r"(?:staff (?:writer|reporter)|senior \w+|\w+ (?:correspondent|editor|reporter|writer))\W*$",
)

# The newsroom rather than a person: "Redacción / Agencias", "Staff and agencies", "AFP".
_NEWSROOM_WORDS = (
    r"(?:staff|agencies|agency|wires?|desk|newsroom|reporters?|redacción|redaccion|agencias|rédaction|redaktion|"
    r"redação|redazione|agenzie|редакция|afp|ap|reuters|dpa|efe|ansa|lusa|tass|bloomberg|pa|upi|and|y|et|e|und|&)"
)
# ... optionally with the newsroom's city: "Redacción / Lleida".
NEWSROOM_BYLINE = re.compile(
    rf"^\W*{_NEWSROOM_WORDS}(?:\s*[/,|&+]?\s*{_NEWSROOM_WORDS}){{0,4}}"
    r"(?:\s*[/,|–-]\s*[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)?\W*$",
    re.IGNORECASE,
)

_ROLE = (
    r"(?i:(?:staff|senior|chief|political|business|health|education|science|sports?|courts?|crime|city|local|"
    r"foreign|\w+) ?(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|critic))"
)
# "Maria Lopez, Education Reporter", "BY JAMES WHITAKER | jwhitaker@…", "Reporting by …; Editing by …"
_BYLINE_SHAPES = re.compile(
    # ... with the date after it: "Harriet Quayle, Health Correspondent · Tue 14 Nov 2023 06.00 GMT"
    rf"^{_NAME}\s*[,|–—-]\s*(?:(?:the |our )?[\w ]{{0,30}}{_ROLE}|[\w.+-]+@[\w.-]+)"
    r"(?:,\s*[A-ZÀ-Þ][\w' -]{1,30})?(?:\s*[·•|]\s*[^!?]{0,40})?\W*$|"
    # A desk signing the story: "SportsNation Desk", "Metro Staff"
    r"^[A-ZÀ-Þ][\w&'’-]*(?: [\w&'’-]+){0,3} (?i:desk|staff|newsroom|bureau|news team)"
    r"(?: (?:for|at|of) [A-ZÀ-Þ][\w'’ &.-]{1,40})?$|^[A-ZÀ-Þ]\w*(?i:redactie|redaktion)$|"
    # A name with the author's address or handle: "Laura Vega @lauravega", "Martín Ocampo (mocampo@…)"
    rf"^(?i:(?:reporter|words by|by)\s+)?{_NAME}\s*(?:[,|·]\s*)?(?:\(?[\w.+-]+@[\w-]+\.[\w.-]+\)?|@\w{{2,30}})\W*$|"
    # "Jane Doe | Special to the Times", "Story: Jo Roe; Photos: Jan Poe", "Text and photos: Jo Roe"
    rf"^{_NAME}\s*[|,–—-]\s*(?i:special to|for) (?:the )?[A-Z][\w'’ &.-]{{1,40}}$|"
    r"^(?i:(?:story|text|words|reporting)(?: and photos)?|photos?(?: and text)?)\s*:\s*[^;:]{2,60}"
    r"(?:;\s*(?i:photos?|pictures|images|video|editing|graphics)\s*:\s*[^;:]{2,60}){0,3}$|"
    # The paper's own correspondent, unnamed: "From our correspondent in Mombasa", "Door onze verslaggever"
    r"^(?i:(?:by|from|door|von|de|par|por|dal|od) (?:our|onze|unserem|unserer|notre|nuestro|nostro|naszego) "
    r"(?:own )?(?:\w+ )?(?:correspondent|reporter|verslaggever|correspondente?|korrespondent\w*|correspondant\w*|"
    r"corresponsal|inviato|redakcji|staff)(?: in [A-Z][\w -]{1,30})?)\W*$|"
    # "Post Report", "Staff Report", "News Desk": the paper signing for its staff
    r"^(?i:(?:post|staff|news|web|online|digital) (?:report|desk|team)|correspondent)\W*$|"
    # "Posted on 24 July 2024 by plot29grower"
    r"^(?i:posted|published|written) (?i:on) [^|!?]{4,40}? (?i:by) [\w.'’-]+(?: [\w.'’-]+){0,3}$|"
    rf"^(?i:by)\s+[A-ZÀ-Þ'’.-]{{2,}}(?:\s+[A-ZÀ-Þ'’.-]{{2,}}){{1,3}}(?:\s*[|,]?\s*.{{0,60}})?$|"
    rf"^(?i:(?:additional )?reporting by )(?:{_NAME})(?:\s*(?:,|\band\b|&)\s*{_NAME})*"
    rf"(?:;\s*(?i:writing|editing|additional reporting) by (?:{_NAME})(?:\s*(?:,|\band\b|&)\s*{_NAME})*){{0,3}}\.?$|"
    r"^(?i:da redação|da redacção|redacción|la rédaction|die redaktion|redazione)\W*$",
)
# The line after a byline that names a second author: "and Femi Odukoya, Political Reporter".
_MORE_AUTHORS = re.compile(
    rf"^(?:and|&)\s+{_NAME}(?:\s*,\s*(?:the |our )?[\w ]{{0,30}}{_ROLE}(?:,\s*[\w ]{{2,30}})?)?$"
)
# A role on its own line near the byline: "Music critic", "Health reporter, Bristol".
_ROLE_WITH_PLACE = re.compile(rf"^(?:the |our )?[\w ]{{0,30}}{_ROLE}(?:,\s*[A-ZÀ-Þ][\w' -]{{1,30}})?$", re.IGNORECASE)
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


@block_rule(
    "byline.companion",
    "byline",
    "A line that completes a byline in the head: a second author ('and Jo Roe, Reporter') or a role ('Music critic').",
)
def _byline_companion(page: Page) -> Iterator[tuple[int, str | None]]:
    top = set(_under_standfirst(page))
    for index in page.kept_short()[:12]:
        if not (page.in_head(index) or index in top) or page.lines[index].words > 12:
            continue
        # The byline itself is already claimed: look at the nearest lines, kept or not.
        beside_byline = _claimed_as(page, _nearest_line(page, index, -1), "byline") or _claimed_as(
            page, _nearest_line(page, index, 1), "byline"
        )
        text = page.lines[index].text
        second_author = beside_byline and bool(_MORE_AUTHORS.match(text))
        # The role pattern, a long list of job titles, is tried last: only where a role can stand.
        role = (beside_byline or _after_headline(page, index)) and bool(_ROLE_WITH_PLACE.match(text))
        if second_author or role:
            yield index, None


def _claimed_as(page: Page, index: int | None, category: str) -> bool:
    """Whether line ``index`` was removed as ``category``."""
    removal = page.claims.get(index) if index is not None else None
    return removal is not None and removal.category == category


def _nearest_line(page: Page, index: int, step: int) -> int | None:
    """The nearest non-blank line from ``index`` in direction ``step``, claimed or not."""
    index += step
    while 0 <= index < len(page.lines) and page.lines[index].blank:
        index += step
    return index if 0 <= index < len(page.lines) else None


def _under_standfirst(page: Page) -> list[int]:
    """Short lines after the first line of prose and before the third.

    A headline or standfirst can read as prose, and the byline and date often sit under them:
    "the head" (before the first prose) misses those. Two article paragraphs rarely have a
    byline between them, and only whole-line bylines and dates are looked for here.
    """
    lines, prose, found = page.lines, 0, []
    for index in page.kept()[:24]:
        if lines[index].prose:
            prose += 1
            if prose >= 3:
                break
        elif prose:
            found.append(index)
    return found


def _is_byline(text: str, words: int) -> bool:
    return bool(
        (BYLINE.match(text) and words <= 16)
        or _BYLINE_SHAPES.match(text)
        or (NEWSROOM_BYLINE.match(text) and 2 <= words <= 6)
    )


# A name with what a profile link adds: "Lucy Faraday, Northwind News", "Marisol Fenn · Follow".
# After a comma, one word is more often a place's country ("Mombasa, Kenya") than an outlet.
_NAME_BESIDE_DATE = re.compile(
    r"^[A-ZÀ-ÞА-Я][\w'’-]+(?: (?:van|von|de|da|del|der|la|le|bin|al|[A-ZÀ-ÞА-Я][\w'’.-]*)){1,2}"
    r"(?:\s*[·|•]\s*[\w'’&. ]{2,40}|\s*,\s*[\w'’&.-]+(?: [\w'’&.-]+){1,4})?$"
)


def _is_stamp(page: Page, index: int | None) -> bool:
    if index is None:
        return False
    removal = page.claims.get(index)
    if removal is not None:
        return removal.category in ("timestamp", "reading-time")
    return states_a_date(page.lines[index].text)


@block_rule(
    "byline.beside-date",
    "byline",
    "A bare author name next to the story's date at the head: 'Rosa Delgado-Finch' over 'Published May 14, 2024'.",
)
def _byline_beside_date(page: Page) -> Iterator[tuple[int, str | None]]:
    top = set(_under_standfirst(page))
    headline = page.first_kept()  # "Storm Orla Hits The Dales" over its date is no byline
    for index in page.kept_short()[:12]:
        line = page.lines[index]
        if index == headline or not (page.in_head(index) or index in top) or line.words > 7:
            continue
        if not _NAME_BESIDE_DATE.match(line.text):
            continue
        if _is_stamp(page, _nearest_line(page, index, 1)) or _is_stamp(page, _nearest_line(page, index, -1)):
            yield index, None


@block_rule("byline.under-standfirst", "byline", "A byline under a headline and standfirst that read as prose.")
def _byline_under_standfirst(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in _under_standfirst(page):
        line = page.lines[index]
        if line.words <= 24 and _is_byline(line.text, line.words):
            yield index, None


@block_rule(
    "timestamp.under-standfirst", "timestamp", "A date line under a headline and standfirst that read as prose."
)
def _timestamp_under_standfirst(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in _under_standfirst(page):
        text = page.lines[index].text
        if page.lines[index].words <= 16 and (
            parse_date_line(text) is not None or is_yearless_stamp(text) or has_stamp_shape(text)
        ):
            yield index, None


@block_rule(
    "byline.labelled-name",
    "byline",
    "A name under a short label at the head or after the article, in any language: 'Szerző: Vadász Eszter', "
    "'Аутор: Милица Радовановић', 'خبرنگار: مریم صادقی'.",
)
def _labelled_name(page: Page) -> Iterator[tuple[int, str | None]]:
    top = set(_under_standfirst(page))
    headline = page.first_kept()
    short = page.kept_short()
    head = [i for i in short[:12] if i != headline and (page.in_head(i) or i in top)]
    tail = [i for i in short[-12:] if page.in_tail(i)]
    for index in head + [i for i in tail if i not in head]:
        if is_labelled_name(page, index):
            yield index, None


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
        # A stamp in words can count as prose ("السبت 2 أبريل 2022 - 21:40 (بتوقيت مكة المكرمة)"); a
        # line the date reader takes holds nothing but a date, times, small words and counters.
        may_remove_prose=True,
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
        "timestamp.yearless",
        "timestamp",
        "A stamp with day and month but no year at the head or tail: 'Posted on May 14', '14 May, 09:12'.",
        test=lambda line: is_yearless_stamp(line.text),
        where="edges",
        max_words=10,
    ),
    line_rule(
        "timestamp.head-day-month",
        "timestamp",
        "A bare day and month above the article, where only the page's date stands: '12 марта', 'Jul 29'.",
        test=lambda line: is_day_and_month(line.text),
        where="head",
        max_words=4,
    ),
    line_rule(
        "timestamp.live-marker",
        "timestamp",
        "A live blog's time or match-minute marker on its own line: '20:10 IST', '45+2'', 'FT'.",
        re.compile(
            r"^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,5})?|\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’′]|"
            r"FT|HT|full[- ]time|half[- ]time)\W*$",
            re.IGNORECASE,
        ),
        max_words=4,
    ),
    line_rule(
        "timestamp.labelled",
        "timestamp",
        "A 'Published:' or 'Updated:' line anywhere, holding only the date.",
        re.compile(
            r"^\W*(?:and )?(?:(?:first )?published|posted|submitted|updated|last (?:updated|edited|modified)|modified|"
            r"edited|(?:news|press|media) release|release date|date (?:posted|published))\b",
            re.IGNORECASE,
        ),
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
        headline_over=6,
    ),
    line_rule(
        "byline.post-head",
        "byline",
        "The head row of the post a forum, aggregator or social page shows as the article: its author's "
        "handle and age among counters and controls ('287 points by harbour_k 6 hours ago | hide | 94 comments').",
        test=lambda line: is_post_head(line.text),
        where="head",
        max_words=24,
    ),
    _byline_under_standfirst,
    _timestamp_under_standfirst,
    _byline_beside_date,
    _labelled_name,
    _byline_companion,
    line_rule(
        "byline.contributed",
        "byline",
        "A credit line: 'Jo Roe contributed to this report.', 'Additional reporting by Sam Lee'.",
        re.compile(
            r"^[^.!?]{2,80}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$|"
            r"^\W*additional reporting by [^.!?]{2,80}\.?$",
            re.IGNORECASE,
        ),
        max_words=20,
        may_remove_prose=True,
        needles=("contributed", "additional reporting"),
    ),
    line_rule(
        "byline.source",
        "byline",
        "Where a story came from, at its head or tail: 'Source: Central Press Agency', 'Quelle: dpa'.",
        re.compile(r"^\W*(?:source|sources|quelle|fuente|fonte|источник)\s*:\s*[^.!?]{2,60}$", re.IGNORECASE),
        where="edges",
        max_words=8,
    ),
    # After the bylines: a byline can carry its date ('Submitted by Helen Arkwright on Tue, 14/05/2024').
    line_rule(
        "timestamp.shape",
        "timestamp",
        "A date stamp in a language the date reader does not know, by its shape, at the head or tail: "
        "'Τρίτη, 4 Μαρτίου 2025, 13:27', 'Sent 29 August 2025', 'Vloženo 28. 8. 2025 v 10:15'.",
        test=lambda line: has_stamp_shape(line.text),
        where="edges",
        max_words=14,
    ),
]
