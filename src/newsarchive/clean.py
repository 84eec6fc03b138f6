"""One document from decoded input to archive row: repair, debris, title, metadata.

``clean_document`` is a plain function of its input, its rules, the boilerplate evidence and the
event catalog: the same input with the same evidence gives the same row on every run (the run's
id and time are added by the writer). The evidence grows with the archive, so a line that
becomes common across a source is removed from that source's documents at their next backfill.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsarchive import html as html_front
from newsarchive.boilerplate import NO_EVIDENCE, Evidence, source_of
from newsarchive.debris import RULES, Line, Rule, make_line, remove_debris
from newsarchive.debris.bylines import BYLINE
from newsarchive.debris.engine import split_cells
from newsarchive.metadata.dates import BY_WORD, parse_date_line, parse_dateline, parse_path_date
from newsarchive.metadata.events import Catalog, tag_document
from newsarchive.metadata.inference import infer_range
from newsarchive.metadata.language import identify_language
from newsarchive.metadata.sidecar import NOTHING as NO_SIDECAR
from newsarchive.metadata.sidecar import SidecarMetadata, read_sidecar
from newsarchive.metadata.title import find_title, strip_site_name, strip_site_suffix
from newsarchive.model import CleanDocument, DateFinding, DecodedInput, Removal, Repair
from newsarchive.reader import document_id
from newsarchive.repair import repair_line, split_lines


@dataclass(slots=True)
class PreparedText:
    """A document's lines after the front end and repair, before any debris rule."""

    lines: list[Line]
    repairs: list[Repair]
    html_page: html_front.HtmlPage | None


def prepare_lines(decoded: DecodedInput) -> PreparedText:
    repairs: list[Repair] = list(decoded.repairs)
    html_page = None
    text = decoded.text
    if decoded.source_format == "html":
        html_page = html_front.extract(text)
        text = html_page.text
    raw_lines, ending_repairs = split_lines(text)
    repairs.extend(ending_repairs)
    lines = []
    for number, raw in enumerate(raw_lines, start=1):
        fixed, line_repairs = repair_line(raw, number)
        repairs.extend(line_repairs)
        lines.append(make_line(number, fixed, split_cells(raw)))
    return PreparedText(lines, repairs, html_page)


def clean_document(
    decoded: DecodedInput,
    rules: Sequence[Rule] = RULES,
    evidence: Evidence = NO_EVIDENCE,
    catalog: Catalog | None = None,
) -> CleanDocument:
    """Clean one decoded input. ``evidence`` says which short lines recur across its source."""
    prepared = prepare_lines(decoded)
    lines, repairs, html_page = prepared.lines, prepared.repairs, prepared.html_page
    boilerplate = evidence.for_source(source_of(decoded.ref.relative_path))
    debris = remove_debris(lines, rules, boilerplate)
    removed = (html_page.removed if html_page else []) + debris.removed
    body = [line for line in debris.kept if not line.blank]

    title = title_raw = title_source = None
    if html_page and html_page.title:
        title_raw, title_source = html_page.title, html_page.title_source
        title = strip_site_suffix(strip_site_name(title_raw, html_page.site_name, html_page.canonical_url))
        if body and body[0].text in (title, title_raw):
            body = body[1:]
    else:
        title_index = find_title(body)
        if title_index is not None:
            title_raw = body[title_index].text
            title_source = "text:first-line" if title_index == 0 else "text:headline-line"
            title = strip_site_suffix(title_raw)
            # Lines above a later title stay in the text: no rule removed them.
            body = body[:title_index] + body[title_index + 1 :]

    body_text = "\n\n".join(line.text for line in body)
    sidecar = read_sidecar(decoded.sidecar)
    language, language_confidence = identify_language(body_text or (title or ""))
    if language is None and html_page and html_page.language:
        language = html_page.language
    dates = find_dates(
        removed, html_page, [line.text for line in body], decoded.ref.relative_path, sidecar, day_first=language != "en"
    )
    event = tag_document(title, body_text, dates.earliest, dates.latest, catalog)
    if dates.source is None:
        dates = _inferred_dates(f"{title or ''}\n{body_text}", event.event_id, catalog)
    content_hash = hashlib.sha256(f"{title or ''}\n\n{body_text}".encode()).hexdigest()

    return CleanDocument(
        doc_id=document_id(decoded.ref.relative_path),
        source_path=decoded.ref.relative_path,
        source_sha256=decoded.sha256,
        source_size=len(decoded.data),
        source_format=decoded.source_format,
        source_encoding=decoded.encoding,
        title=title,
        title_raw=title_raw,
        title_source=title_source,
        text=body_text,
        author=find_author(removed, html_page),
        published_date=dates.published,
        date_min=dates.earliest,
        date_max=dates.latest,
        date_source=dates.source,
        date_confidence=dates.confidence,
        event_period=event.event_id,
        event_confidence=event.confidence,
        event_evidence=event.evidence,
        language=language,
        language_confidence=language_confidence,
        # debris.engine.WORD never spans a line break, so the body's count is the sum of its lines' counts.
        word_count=sum(line.words for line in body),
        content_sha256=content_hash,
        removed=removed,
        repairs=repairs,
        site_name=html_page.site_name if html_page else None,
        canonical_url=(html_page.canonical_url if html_page else None) or sidecar.url,
        modified_date=_parse_markup_date(html_page.modified) if html_page and html_page.modified else None,
        markup_metadata=list(html_page.stated) if html_page else [],
    )


def find_dates(
    removed: Sequence[Removal],
    html_page: html_front.HtmlPage | None,
    body: Sequence[str] = (),
    relative_path: str = "",
    sidecar: SidecarMetadata = NO_SIDECAR,
    day_first: bool = False,
) -> DateFinding:
    """The publication date the document states: markup, a sidecar, its path, a timestamp line, or
    a dateline, in that order. ``day_first`` (a page not in English) reads "05/04/2016" as 5 April."""
    if html_page and html_page.published:
        parsed = _parse_markup_date(html_page.published)
        if parsed:
            return DateFinding(parsed, parsed, parsed, html_page.published_source, 1.0)
    if sidecar.published:
        return DateFinding(
            sidecar.published, sidecar.published, sidecar.published, f"sidecar:{sidecar.published_key}", 1.0
        )
    # A date the scraper or the site wrote into the path is metadata about the page, like markup.
    in_path = parse_path_date(relative_path)
    if in_path:
        return DateFinding(in_path, in_path, in_path, "path:date", 0.9)

    candidates = []
    for removal in removed:
        stamp = removal.category in ("timestamp", "byline")
        for piece in _pieces(removal):
            stated = parse_date_line(piece)
            if stated is None:
                continue
            # A "published" label beats an unlabelled stamp, which beats an "updated" one. A date
            # line another rule took (page furniture above the headline, a footer) comes after
            # every stamp: it is the page's date only when the page has no stamp.
            rank = {"published": 0, "": 1, "updated": 2}[stated.label] + (0 if stamp else _NOT_A_STAMP)
            candidates.append((rank, removal.line_no, stated))
            break
    if not candidates:
        for paragraph in body[:3]:
            stated = parse_dateline(paragraph)
            if stated:
                return DateFinding(stated, stated, stated, "text:dateline", 0.9)
        in_url = _page_url_date(removed)
        if in_url:
            return DateFinding(in_url, in_url, in_url, "text:url", 0.85)
        return DateFinding(None, None, None, None, None)
    rank, _, best = min(candidates, key=lambda c: (c[0], c[1]))
    source = f"text:{best.label or 'timestamp'}-line"
    confidence = 0.95 if rank < _NOT_A_STAMP else 0.8
    if best.exact:
        return DateFinding(best.exact, best.exact, best.exact, source, confidence)
    if day_first and best.day_first:
        return DateFinding(best.day_first, best.day_first, best.day_first, source, confidence - 0.1)
    return DateFinding(None, best.earliest, best.latest, source, 0.5)


_NOT_A_STAMP = 3
# The page's own address printed on it: "https://news.example.am/2023/09/21/slug", "URL: https://…",
# or without its scheme as a browser's address bar shows it: "news.example.am/world/2016/04/03/slug".
_URL_LINE = re.compile(
    r"^\W*(?:[^\W\d_]+(?: [^\W\d_]+)?\s*[:：]\s*)?(?P<url>(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+)\s*$"
)


def _page_url_date(removed: Sequence[Removal]) -> dt.date | None:
    """The date in the address of the page, printed on it as a line of its own. A page that prints
    addresses of several dates (a list of links) gives none."""
    dates = {
        day
        for removal in removed
        # A link under "Related:" or "Leggi anche:" is another article's address.
        if removal.category != "related"
        and (url := _URL_LINE.match(removal.text))
        and (day := parse_path_date(url.group("url")))
    }
    return dates.pop() if len(dates) == 1 else None


def _inferred_dates(text: str, event_id: str | None, catalog: Catalog | None) -> DateFinding:
    inferred = infer_range(text, event_id, catalog)
    if inferred is None:
        return DateFinding(None, None, None, None, None)
    confidence = {"event+dateline": 0.7, "event+weekdays": 0.6}.get(inferred.basis, 0.3)
    single_day = inferred.earliest if inferred.earliest == inferred.latest else None
    return DateFinding(single_day, inferred.earliest, inferred.latest, f"inferred:{inferred.basis}", confidence)


_ROLE_SUFFIX = re.compile(
    r",\s*(?:[\w.&-]+\s+)*?(?:staff|senior|chief)?\s*(?:writer|reporter|correspondent|editor|communications|"
    r"contributor|columnist|bureau|staff)\b.*$",
    re.I,
)


def find_author(removed: Sequence[Removal], html_page: html_front.HtmlPage | None) -> str | None:
    """The author's name, without the role a byline adds ("Rachel Kim, Staff Writer")."""
    found = _find_author(removed, html_page)
    return _ROLE_SUFFIX.sub("", found).strip() or None if found else None


def _find_author(removed: Sequence[Removal], html_page: html_front.HtmlPage | None) -> str | None:
    if html_page and html_page.author:
        return html_page.author
    for removal in removed:
        # A stamp line can end with its writer: "Pubblicato il 29/09/2023 alle 07:30 — di Giulia Ferrandi".
        if removal.category not in ("byline", "timestamp"):
            continue
        for piece in _pieces(removal):
            match = BYLINE.match(piece)
            if match:
                return (match.group("author") or match.group("author2") or "").strip() or None
    return None


def _parse_markup_date(value: str) -> dt.date | None:
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    stated = parse_date_line(value)
    return stated.exact if stated else None


_BYLINE_SEPARATORS = re.compile(r"\s+[·|•—–/-]\s+")
# "Written by Jane Doe on 3 March 2024", "Posted on 3 March 2024 by Jane Doe": the name in words.
_BY_NAME_ON = re.compile(
    rf"^\W*(?i:written |posted |published |reported )?{BY_WORD}\s+\D{{2,60}}?\s+"
    r"(?i:on|am|le|el|il|op)\s+(?=\S*\d)"
)
_BY_NAME_AFTER = re.compile(rf"\s+{BY_WORD}\s+\D{{2,60}}$")


def _pieces(removal: Removal) -> list[str]:
    """A removed line as it is, then its parts: a byline line or box such as "By Jane Doe |
    28 September 2023" or "Posted on 3 March 2024 by Jane Doe" holds a name and a date side by side."""
    text = removal.text
    parts = [piece for piece in _BYLINE_SEPARATORS.split(text) if piece.strip()]
    pieces = [text, *parts] if len(parts) > 1 else [text]
    if by_name := _BY_NAME_ON.match(text):
        pieces.append(text[by_name.end() :])
    if by_name := _BY_NAME_AFTER.search(text):
        pieces.append(text[: by_name.start()])
    return pieces
