from __future__ import annotations

import datetime as dt

from newsarchive.metadata.events import load_catalog
from newsarchive.metadata.inference import infer_range

CATALOG = load_catalog()


def test_weekdays_in_a_short_episode_narrow_the_range() -> None:
    text = "Azerbaijan announced on Wednesday that it has halted its military operations in Karabakh."
    inferred = infer_range(text, "azerbaijan-offensive-2023-09", CATALOG)
    assert inferred is not None
    assert (inferred.earliest, inferred.latest) == (dt.date(2023, 9, 20), dt.date(2023, 9, 26))


def test_a_weekday_said_of_the_future_does_not_count() -> None:
    text = "Talks on the future of the region will commence on Thursday, officials said."
    inferred = infer_range(text, "azerbaijan-offensive-2023-09", CATALOG)
    assert inferred is not None and len(inferred.reasons) == 1


def test_an_anniversary_piece_is_dated_by_the_years_it_counts() -> None:
    text = "One year on, the people who fled Karabakh still wait for news of their homes."
    inferred = infer_range(text, "azerbaijan-offensive-2023-09", CATALOG)
    assert inferred is not None
    assert inferred.earliest <= dt.date(2024, 9, 19) <= inferred.latest
    assert (inferred.latest - inferred.earliest).days < 15


def test_nothing_is_inferred_without_an_event_or_with_disagreeing_years() -> None:
    assert infer_range("Nothing here names an episode.", None, CATALOG) is None
    text = "Two years ago, and five years ago too, the anniversary was marked in Stepanakert."
    assert infer_range(text, "nk-war-2020", CATALOG) is None


def test_a_dateline_without_a_year_is_placed_in_the_episode() -> None:
    text = "YEREVAN, Sept 13 (Reuters) - Armenia said 49 of its soldiers were killed overnight near Jermuk."
    inferred = infer_range(text, "armenia-azerbaijan-border-2022-09", CATALOG)
    assert inferred is not None and inferred.basis == "event+dateline"
    # The wire filed it that day; a site reprinting it may run it in the days after.
    assert (inferred.earliest, inferred.latest) == (dt.date(2022, 9, 13), dt.date(2022, 9, 19))


def test_years_counted_roughly_recall_history_and_are_no_anniversary() -> None:
    text = "The fighting is the worst since a six-week war nearly two years ago, Armenia said on Tuesday."
    inferred = infer_range(text, "armenia-azerbaijan-border-2022-09", CATALOG)
    assert inferred is not None and inferred.basis != "anniversary"
    assert inferred.earliest.year == 2022
