from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts


def test_leading_byline_and_trailing_timestamp() -> None:
    text = "Council extends night buses\nBy Anna Kowalski and Tom Brady, Reuters\n" + ARTICLE + "2024-03-04 10:15:00"
    assert removed_texts(text) == {
        "By Anna Kowalski and Tom Brady, Reuters": "byline",
        "2024-03-04 10:15:00": "timestamp",
    }


def test_dates_inside_sentences_are_content() -> None:
    line = "On 4 March 2024 the council approved the plan by a narrow margin of two votes."
    assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {}


def test_labelled_timestamps_in_many_forms() -> None:
    for stamp in [
        "Published: March 4, 2024",
        "Updated 10:32 AM EST, Thu March 4, 2024",
        "04.03.2024 | 10:15",
        "Veröffentlicht am 4. März 2024",
    ]:
        assert removed_texts(stamp + "\n" + ARTICLE) == {stamp: "timestamp"}, stamp
