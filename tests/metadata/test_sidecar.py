from __future__ import annotations

import datetime as dt
import json

import pytest

from newsarchive.metadata.sidecar import read_sidecar

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("fields", "expected", "key"),
    [
        ({"datePublished": "2023-09-21T08:15:00+04:00"}, dt.date(2023, 9, 21), "datepublished"),
        ({"title": "x", "published_at": "2020-09-27 10:02:11"}, dt.date(2020, 9, 27), "published_at"),
        ({"pubdate": "21 September 2023"}, dt.date(2023, 9, 21), "pubdate"),
        ({"date": 1695284351}, dt.date(2023, 9, 21), "date"),  # epoch seconds
        ({"metadata": {"publication_date": "2016-04-02"}}, dt.date(2016, 4, 2), "publication_date"),
        # "published" outranks a bare "date" (often the scrape's)
        ({"date": "2024-01-05", "published": "2023-12-30"}, dt.date(2023, 12, 30), "published"),
    ],
)
def test_dates_under_the_names_scrapers_use(fields: dict, expected: dt.date, key: str) -> None:
    found = read_sidecar(json.dumps(fields).encode(), today=TODAY)
    assert (found.published, found.published_key) == (expected, key)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b"[1, 2, 3]",
        json.dumps({"date": "soon"}).encode(),
        json.dumps({"date": 12}).encode(),  # not an epoch of news
        json.dumps({"published": "2031-01-01"}).encode(),  # after today
        json.dumps({"published": True}).encode(),
    ],
)
def test_a_sidecar_without_a_usable_date_gives_none(data: bytes) -> None:
    assert read_sidecar(data, today=TODAY).published is None


def test_the_url_is_read_too() -> None:
    assert read_sidecar(b'{"URL": " https://example.org/a "}').url == "https://example.org/a"
