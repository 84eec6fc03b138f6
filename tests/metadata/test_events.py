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


def test_a_dated_report_on_the_fighting_belongs_to_the_episode_of_its_date() -> None:
    # Names none of the 2020 war's own terms; the date and the words of fighting decide it.
    text = (
        "Armenia and Azerbaijan clash over Nagorno-Karabakh\n"
        "Heavy fighting broke out on Sunday around Nagorno-Karabakh, and both sides reported soldiers killed.\n"
        "Officials in Stepanakert said civilians were wounded by shelling.\n"
        "Armenia declared martial law and a general mobilisation."
    )
    day = dt.date(2020, 9, 27)
    tag = tag_event(text, day, day, CATALOG)
    assert tag.event_id == "nk-war-2020"
    assert any("during 2020-09-27..2020-11-10" in reason for reason in tag.evidence)
    # The same words with no date, or a date in no episode, point at nothing.
    assert tag_event(text, None, None, CATALOG).event_id is None
    assert tag_event(text, dt.date(2019, 3, 1), dt.date(2019, 3, 1), CATALOG).event_id is None


def test_a_sports_report_during_an_episode_mentioning_it_in_passing_gets_no_event() -> None:
    text = (
        "Qarabag reach the Europa League group stage\n"
        "The Azerbaijani champions beat their Swiss hosts 3-1 on Thursday night with two goals after the break.\n"
        "The coach praised his players for their patience in the second half.\n"
        "The club, founded in Aghdam, has played in Baku since the town was captured in 1993; the match went ahead "
        "as fighting continued in Karabakh and dozens of soldiers were reported killed."
    )
    day = dt.date(2023, 9, 21)
    assert tag_event(text, day, day, CATALOG).event_id is None


def test_the_day_an_episode_began_is_evidence_for_it() -> None:
    text = (
        "Вертолёт сбит над Арменией\n"
        "Бои в Нагорном Карабахе продолжаются с 27 сентября.\n"
        "В воскресенье Азербайджан объявил о взятии города Шуша."
    )
    tag = tag_event(text, None, None, CATALOG)
    assert tag.event_id == "nk-war-2020"
    assert "27 September" in tag.evidence[0]


def test_azerbaijani_suffixes_do_not_hide_place_names() -> None:
    text = (
        "Kəlbəcərin işğalından 28 il ötür\n"
        "Bu gün Kəlbəcər rayonunun Ermənistan silahlı qüvvələri tərəfindən işğal edilməsindən 28 il ötür.\n"
        "Rayon 1993-cü il aprelin 2-də işğal edilmişdi."
    )
    day = dt.date(2021, 4, 2)
    tag = tag_event(text, day, day, CATALOG)
    assert tag.event_id == "nk-war-1988-1994"
    assert any(reason.startswith("looks back to") for reason in tag.evidence)


def test_a_dateline_without_a_year_tells_short_episodes_apart() -> None:
    text = (
        "Karabakh fighting continues\n"
        "YEREVAN, April 4 (Reuters) - Fighting in Nagorno-Karabakh continued for a third day on Monday along the "
        "line of contact, the worst since a 1994 truce.\n"
        "Armenian President Serzh Sargsyan said Armenia could recognise the region."
    )
    tag = tag_event(text, None, None, CATALOG)
    assert tag.event_id == "nk-clashes-2016-04"
    assert any("no year" in reason for reason in tag.evidence)


def test_a_term_stands_for_the_shorter_terms_inside_it_as_whole_words() -> None:
    catalog = parse_catalog(
        yaml.safe_load(
            "topic: [Karabakh]\n"
            "events:\n"
            "  - {id: war, name: War, start: 1988-02-20, end: 1994-05-12, evidence: [Laçin, ceasefire]}\n"
            "  - {id: blockade, name: Blockade, start: 2022-12-12, end: 2023-09-19,"
            " evidence: [Laçın dəhlizi, humanitarian ceasefire, ceasefires]}\n"
        )
    )
    # A case-blind i matches a dotless ı, so the corridor is also the town.
    assert catalog.term_events["laçın dəhlizi"] == (("blockade", "Laçın dəhlizi"), ("war", "Laçin"))
    assert catalog.term_events["humanitarian ceasefire"] == (
        ("blockade", "humanitarian ceasefire"),
        ("war", "ceasefire"),
    )
    assert catalog.term_events["ceasefires"] == (("blockade", "ceasefires"),)  # "ceasefire" is not a whole word there


def test_a_term_ending_in_a_star_matches_any_word_it_begins() -> None:
    catalog = parse_catalog(
        yaml.safe_load(
            "topic: [Karabach*]\n"
            "events:\n"
            "  - {id: exodus, name: Exodus, start: 2023-09-24, end: 2024-01-01,"
            " evidence: ['zatrzyman*', 'aresztowa*', 'uchodźcy']}\n"
        )
    )
    text = (
        "Władze w Baku potwierdziły zatrzymanie byłych przywódców Karabachu.\n"
        "Aresztowania objęły też byłego ministra stanu.\n"
        "Uchodźcy wciąż przybywają do Armenii."
    )
    tag = tag_event(text, None, None, catalog)
    assert tag.event_id == "exodus"
    assert tag.evidence[0] == "terms: zatrzyman*, aresztowa*, uchodźcy"
    # The star ends a word's beginning: "przyzatrzymanie" does not begin with it, so only one
    # term is left, too little for an event.
    assert tag_event("W Karabachu przyzatrzymanie. Aresztowania trwają.", None, None, catalog).event_id is None
    # A topic term with a star still needs a word that begins with it.
    assert tag_event("Aresztowania i zatrzymania w Warszawie.", None, None, catalog).event_id is None
