"""Metadata from a sidecar JSON that a scraper wrote beside the page ("story.html.json").

Scrapers name the fields their own way ("datePublished", "published_at", "pubdate", an epoch
number); the common names are read, at the top level or under a "metadata" object. A sidecar
that is not a JSON object, or names no date, gives nothing: the page itself still does.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from newsarchive.metadata.dates import parse_date_line

# In order of preference: a field that says "published" beats a bare "date".
PUBLISHED_KEYS = (
    "datepublished",
    "date_published",
    "published",
    "published_at",
    "publishedat",
    "published_date",
    "publication_date",
    "publish_date",
    "pubdate",
    "date",
)
URL_KEYS = ("canonical_url", "canonical", "url", "source_url", "link")
# Epoch seconds before 1990 or in milliseconds are not publication times of scraped news.
_EPOCH_RANGE = (631152000, 4102444800)


@dataclass(frozen=True, slots=True)
class SidecarMetadata:
    published: dt.date | None = None
    published_key: str | None = None
    url: str | None = None


NOTHING = SidecarMetadata()


def read_sidecar(data: bytes | None, today: dt.date | None = None) -> SidecarMetadata:
    """The publication date (and the field it came from) and URL a sidecar states."""
    if not data:
        return NOTHING
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return NOTHING
    if not isinstance(document, dict):
        return NOTHING
    fields = _folded_fields(document)
    published = key = None
    for name in PUBLISHED_KEYS:
        if name in fields and (parsed := _as_date(fields[name], today)) is not None:
            published, key = parsed, name
            break
    url = next((value for name in URL_KEYS if isinstance(value := fields.get(name), str) and value.strip()), None)
    return SidecarMetadata(published, key, url.strip() if url else None)


def _folded_fields(document: dict[str, Any]) -> dict[str, Any]:
    """Top-level fields by lower-case name, then those of a nested "metadata"/"meta" object."""
    fields: dict[str, Any] = {}
    for nested in ("metadata", "meta"):
        inner = next((v for k, v in document.items() if k.casefold() == nested and isinstance(v, dict)), None)
        if inner:
            fields.update({str(k).casefold(): v for k, v in inner.items()})
    fields.update({str(k).casefold(): v for k, v in document.items()})
    return fields


def _as_date(value: Any, today: dt.date | None) -> dt.date | None:
    limit = (today or dt.date.today()) + dt.timedelta(days=1)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if not _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]:
            return None
        parsed = dt.datetime.fromtimestamp(value, tz=dt.UTC).date()
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            stated = parse_date_line(text, today)
            if stated is None or stated.exact is None:
                return None
            parsed = stated.exact
    else:
        return None
    return parsed if dt.date(1900, 1, 1) <= parsed <= limit else None
