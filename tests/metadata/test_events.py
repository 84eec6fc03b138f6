from __future__ import annotations

import datetime as dt

import pytest
import yaml

from newsarchive.metadata.events import load_catalog, parse_catalog, tag_event
from tests.conftest import SEEDS

CATALOG = load_catalog()

# The seeds' editor named the episodes in words; these are the catalog's ids for them.
SEED_EVENTS = {
    "000_5e9e840844826c1f.txt": "azerbaijan-offensive-2023-09",
    "001_6624782c086abe22.txt": "azerbaijan-offensive-2023-09",
    "002_10c94bd3b394e219.txt": "azerbaijan-offensive-2023-09",
    "003_865eb7710d682bf4.txt": "nk-war-2020",
    "004_bfc6e24cd5e4e307.txt": "azerbaijan-offensive-2023-09",
}


@pytest.mark.parametrize(("name", "event"), sorted(SEED_EVENTS.items()))
def test_seed_events(name: str, event: str) -> None:
    tag = tag_event((SEEDS / name).read_text(encoding="utf-8"), None, None, CATALOG)
    assert tag.event_id == event
    assert tag.evidence and tag.evidence[0].startswith("terms: ")
    assert 0 < tag.confidence <= 1


def test_unrelated_document_gets_no_event() -> None:
    text = "Armenia beat Azerbaijan 2-1 in a World Cup qualifier in Yerevan on Saturday, with two late goals."
    assert tag_event(text, dt.date(2023, 9, 20), dt.date(2023, 9, 20), CATALOG).event_id is None


def test_mentioning_karabakh_in_passing_is_not_enough() -> None:
    text = "The Karabakh-born pianist opened the festival in Vienna with a programme of Chopin and Liszt."
    assert tag_event(text, dt.date(2023, 9, 20), dt.date(2023, 9, 20), CATALOG).event_id is None


def test_date_rules_out_an_event_that_had_not_begun() -> None:
    text = "In Nagorno-Karabakh, the ceasefire was holding and the separatists agreed to disband and disarm."
    assert (
        tag_event(text, dt.date(2020, 10, 12), dt.date(2020, 10, 12), CATALOG).event_id
        != "azerbaijan-offensive-2023-09"
    )


def test_a_retrospective_belongs_to_the_episode_it_looks_back_on() -> None:
    text = (
        "Thirty years ago this week, the Bishkek Protocol ended the first Karabakh war. Veterans gathered in "
        "Stepanakert's memory — now in exile — to remember Kalbajar and the Sumgait pogrom that began it in 1988."
    )
    tag = tag_event(text, dt.date(2024, 5, 12), dt.date(2024, 5, 12), CATALOG)
    assert tag.event_id == "nk-war-1988-1994"


def test_catalog_errors_are_reported() -> None:
    bad = yaml.safe_load("topic: [X]\nevents:\n  - id: a\n    start: 2020-01-02\n    end: 2020-01-01\n")
    with pytest.raises(ValueError, match="start and end"):
        parse_catalog(bad)
    with pytest.raises(ValueError, match="missing"):
        parse_catalog({"events": []})
