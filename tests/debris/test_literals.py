from __future__ import annotations

import re

import pytest

from newsarchive.debris import RULES
from newsarchive.debris.engine import needle_text
from newsarchive.debris.literals import CASE_INSENSITIVE_TRAPS, required_literals
from newsarchive.repair import repair_line, split_lines
from tests.conftest import ROOT

DEV_SETS = ["devset", "devset-b", "devset-c", "devset-d", "devset-e", "devset-f", "devset-g", "devset-h", "devset-i"]


def test_the_fixed_strings_of_every_alternative_are_read_off() -> None:
    pattern = re.compile(r"^\W*(?:leave a (?:reply|comment)|cancel reply|post your comment)\b", re.IGNORECASE)
    assert required_literals(pattern) == ("cancel reply", "leave a ", "post your comment")


def test_optional_parts_give_no_needle_and_the_most_selective_part_is_chosen() -> None:
    assert required_literals(re.compile(r"(?:sponsored )?content from \w+ partners")) == ("content from ",)
    assert required_literals(re.compile(r"\d+ (?:comments?|replies)")) == ("comment", "replies")
    assert required_literals(re.compile(r"subscribe(?:d)? to (?:our|the) newsletter")) == (" newsletter",)


def test_an_alternative_without_a_fixed_string_leaves_the_rule_without_needles() -> None:
    assert required_literals(re.compile(r"read more|^[A-Z]{2,}$")) == ()
    assert required_literals(re.compile(r"ad|advert")) == ()  # "ad" is in too many lines to spare any work
    assert required_literals(re.compile(r"(?:photo|image)?\s*credit")) == ("credit",)


def test_a_case_blind_i_ends_a_needle_because_it_also_matches_dotless_and_dotted_i() -> None:
    case_blind = re.compile("YORUMLARI", re.IGNORECASE)
    assert case_blind.search("Yorumları")  # what the needle must not miss
    assert required_literals(case_blind) == ("yorumlar",)
    assert required_literals(re.compile("YORUMLARI")) == ("yorumlari",)


def test_the_traps_are_every_letter_pythons_case_blind_matching_pairs_across_folds() -> None:
    sre = pytest.importorskip("_sre")
    casefix = pytest.importorskip("re._casefix")
    traps = set()
    for code in range(0x110000):
        character = chr(code)
        lowered = chr(sre.unicode_tolower(code))
        if lowered.casefold() != character.casefold():
            traps.update((character, lowered))
    for code, extras in casefix._EXTRA_CASES.items():
        group = [chr(code), *map(chr, extras)]
        if len({member.casefold() for member in group}) > 1:
            traps.update(group)
    assert traps == set(CASE_INSENSITIVE_TRAPS)


def _dev_lines() -> list[str]:
    lines = []
    for name in DEV_SETS:
        for path in sorted((ROOT / "tests" / "data" / name).glob("*.txt")):
            if not path.name.endswith(".clean.txt"):
                raw, _ = split_lines(path.read_text(encoding="utf-8"))
                lines += [repair_line(line, number)[0] for number, line in enumerate(raw, 1)]
    return [line for line in lines if line]


def test_every_dev_set_line_a_rule_pattern_matches_holds_one_of_the_rules_needles() -> None:
    """A needle that a matching line lacks would make its rule blind to that line."""
    lines = _dev_lines()
    assert len(lines) > 5000
    checked = 0
    for rule in RULES:
        if rule.pattern is None or not rule.needles:
            continue
        for line in lines:
            if len(line) < 2000 and rule.pattern.search(line):
                checked += 1
                folded = needle_text(line.casefold())
                assert any(needle in folded for needle in rule.needles), (rule.id, line)
    assert checked > 300
