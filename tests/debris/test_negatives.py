"""Sentences that resemble debris but are article text (tests/data/negatives)."""

from __future__ import annotations

import pytest

from newsarchive.debris import make_line, remove_debris
from tests.conftest import ROOT

FOLDER = ROOT / "tests" / "data" / "negatives"
HEADLINE = "Storm leaves thousands without power across the region"
PARAGRAPHS = [
    "Thousands of homes were left without power on Tuesday after a storm swept across the region, the utility said.",
    "Engineers worked through the night to restore supplies, and most customers should be reconnected by Thursday.",
    "The weather service warned that more heavy rain was expected over the weekend in the northern districts.",
]


def cases(name: str) -> list[str]:
    path = FOLDER / name
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] if path.exists() else []


KNOWN = set(cases("known-failures.txt"))


def placed(case: str) -> tuple[list[str], str]:
    if case.startswith("@first "):
        sentence = case.removeprefix("@first ")
        return [sentence, "", *PARAGRAPHS], sentence
    if case.startswith("@last "):
        sentence = case.removeprefix("@last ")
        return [HEADLINE, "", *PARAGRAPHS, "", sentence], sentence
    return [HEADLINE, "", PARAGRAPHS[0], "", case, "", *PARAGRAPHS[1:]], case


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason="known failure", strict=True)) if c in KNOWN else c
        for c in cases("sentences.txt") + sorted(KNOWN)
    ],
)
def test_sentence_survives(case: str) -> None:
    texts, sentence = placed(case)
    lines = [make_line(number, text) for number, text in enumerate(texts, start=1)]
    removed = [r for r in remove_debris(lines).removed if r.text == sentence]
    assert removed == [], removed


def test_a_table_with_pipes_between_its_figures_is_content() -> None:
    from tests.debris.helpers import ARTICLE, removed_texts

    table = "Cancer type | Seen in 62 days | Patients\nBreast | 91.2% | 102\nLung | 71.8% | 78\n2021 | 64 | 131 | 118\n"
    head = "THE ISLAND ENQUIRER | SATURDAY, MAY 4, 2024 | PAGE 7\n"
    removed = removed_texts(head + ARTICLE + table + ARTICLE)
    assert removed == {head.strip(): "residue"}


def test_a_pull_quote_is_removed_but_its_paragraph_stays() -> None:
    from tests.debris.helpers import ARTICLE, removed_texts

    paragraph = '"Nobody subscribes to a battery because they love subscriptions," said chief executive Inês Marvão.'
    pull = "“Nobody subscribes to a battery because they love subscriptions.”"
    assert removed_texts(ARTICLE + paragraph + "\n" + pull + "\n" + ARTICLE) == {pull: "residue"}


def test_a_writers_sign_off_under_the_article_stays() -> None:
    from tests.debris.helpers import ARTICLE, removed_texts

    assert removed_texts(ARTICLE + "— Grace Wanjiru\n") == {}
