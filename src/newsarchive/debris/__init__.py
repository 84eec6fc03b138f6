"""Debris removal: which lines of a scraped page are not the article, and why.

Every rule lives in the module of its kind (``ads``, ``captions``, ``comments``…); ``RULES``
lists them in the order they are tried. ``remove_debris`` is the whole stage as one call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsarchive.debris import (
    ads,
    banners,
    bios,
    bylines,
    captions,
    comments,
    labels,
    markup,
    navigation,
    promos,
    related,
    social,
)
from newsarchive.debris.engine import Line, Page, Rule, Stage, apply_rules, make_line
from newsarchive.model import Removal

# Order matters only where two rules could claim the same line. Rules that recognise fixed
# wording go first; the heuristics that judge shape and neighbours (captions, menus) come
# after them, so "Please enter your comment!" twice is a comment form, not a caption pair.
RULES: tuple[Rule, ...] = (
    *banners.RULES,
    *ads.RULES,
    *markup.RULES,
    *comments.RULES,
    *promos.RULES,
    *related.RULES,
    *social.RULES,
    *labels.RULES,
    *bios.RULES,
    *captions.RULES,
    *bylines.RULES,
    *navigation.RULES,
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(rule.category for rule in RULES))

if len(RULES_BY_ID) != len(RULES):
    raise RuntimeError("two debris rules share an id")


@dataclass(frozen=True, slots=True)
class DebrisResult:
    kept: list[Line]
    removed: list[Removal]


def select_rules(disabled: Iterable[str] = ()) -> tuple[Rule, ...]:
    """The rules left once ``disabled`` ids are switched off; an unknown id is an error."""
    disabled = set(disabled)
    unknown = disabled - RULES_BY_ID.keys()
    if unknown:
        raise ValueError(f"unknown debris rule id(s): {', '.join(sorted(unknown))}")
    return tuple(rule for rule in RULES if rule.id not in disabled)


def remove_debris(lines: Sequence[Line], rules: Sequence[Rule] = RULES) -> DebrisResult:
    """Split ``lines`` into the article's lines and the removed ones, each with its rule."""
    page = apply_rules(lines, rules)
    kept = [line for index, line in enumerate(page.lines) if index not in page.claims]
    removed = sorted(page.claims.values(), key=lambda removal: removal.line_no)
    return DebrisResult(kept=kept, removed=removed)


__all__ = [
    "CATEGORIES",
    "RULES",
    "RULES_BY_ID",
    "DebrisResult",
    "Line",
    "Page",
    "Rule",
    "Stage",
    "make_line",
    "remove_debris",
    "select_rules",
]
