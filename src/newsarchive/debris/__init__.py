"""Debris removal: which lines of a scraped page are not the article, and why.

Every rule lives in the module of its kind (``ads``, ``captions``, ``comments``…); ``RULES``
lists them in the order they are tried. ``remove_debris`` is the whole stage as one call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
    repeated,
    residue,
    social,
)
from newsarchive.debris.engine import Line, Page, Rule, Stage, apply_rules, line_rule, make_line
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
    *repeated.RULES,
    *residue.RULES,
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
# Every category a removal can carry, in the order `newsarchive rules` shows them.
CATEGORIES: tuple[str, ...] = (
    "banner",
    "ad",
    "shortcode",
    "caption",
    "credit",
    "comments",
    "social",
    "navigation",
    "related",
    "newsletter",
    "bio",
    "reading-time",
    "tags",
    "copyright",
    "timestamp",
    "byline",
    "boilerplate",
    "residue",
)

if len(RULES_BY_ID) != len(RULES):
    raise RuntimeError("two debris rules share an id")
if not {rule.category for rule in RULES} <= set(CATEGORIES):
    raise RuntimeError("a debris rule has a category missing from CATEGORIES")


@dataclass(frozen=True, slots=True)
class DebrisResult:
    kept: list[Line]
    removed: list[Removal]


def select_rules(
    disabled: Iterable[str] = (), extra_phrases: Mapping[str, Sequence[str]] | None = None
) -> tuple[Rule, ...]:
    """The rules in force: built-in ones minus ``disabled``, plus the user's phrase rules first.

    An unknown rule id or category is an error, so a typo cannot silently change nothing.
    """
    disabled = set(disabled)
    unknown = disabled - RULES_BY_ID.keys()
    if unknown:
        raise ValueError(f"unknown debris rule id(s): {', '.join(sorted(unknown))}")
    phrase_rules = tuple(phrase_rule(category, phrases) for category, phrases in sorted((extra_phrases or {}).items()))
    return phrase_rules + tuple(rule for rule in RULES if rule.id not in disabled)


def phrase_rule(category: str, phrases: Sequence[str]) -> Rule:
    """A rule from the configuration file: lines made mostly of one of ``phrases``."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown debris category {category!r}; known: {', '.join(CATEGORIES)}")
    wanted = [" ".join(p.casefold().split()) for p in phrases]
    sizes = [len(p.split()) for p in wanted]

    def test(line: Line) -> bool:
        folded = " ".join(line.folded.split())
        return any(p in folded and 2 * size >= line.words for p, size in zip(wanted, sizes, strict=True))

    return line_rule(
        f"config.{category}",
        category,
        f"Phrases filed under {category!r} in the configuration file.",
        test=test,
        max_words=200,
        may_remove_prose=True,
    )


def remove_debris(
    lines: Sequence[Line], rules: Sequence[Rule] = RULES, boilerplate: frozenset[int] = frozenset()
) -> DebrisResult:
    """Split ``lines`` into the article's lines and the removed ones, each with its rule.

    ``boilerplate`` holds the keys of lines that recur across the source's documents.
    """
    page = apply_rules(lines, rules, boilerplate)
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
