from __future__ import annotations

from newsarchive.debris.engine import Page, declare_needles, make_line

TEXT = [
    "Sign up for our newsletter",
    "The council approved the budget after a long debate that went on well into the night, members said.",
    "Photo: Jane Doe / Reuters",
    "",
    "Read more: council budget",
]


def _page() -> Page:
    return Page(lines=[make_line(number, text) for number, text in enumerate(TEXT, start=1)])


def _one_by_one(page: Page, needles: tuple[str, ...], max_words: int) -> set[int]:
    return {
        i for i, line in enumerate(page.lines) if line.words <= max_words and any(n in line.folded for n in needles)
    }


def test_declared_needles_are_found_in_one_pass_as_one_by_one() -> None:
    needles = declare_needles(("newsletter", "read more", "photo", "council", "absent"))
    page = _page()
    for max_words in (3, 5, 40):
        assert page.lines_containing(needles, max_words) == _one_by_one(page, needles, max_words)
    assert page.lines_containing(needles, 40) == {0, 1, 2, 4}
    # Long lines are left out: a rule with a small size limit never sees them.
    assert page.lines_containing(("council",), 5) == {4}


def test_needles_no_rule_declared_are_still_found() -> None:
    page = _page()
    assert page.lines_containing(("jane doe",), 10) == {2}


def test_a_needle_declared_after_a_page_was_searched_is_found_too() -> None:
    page = _page()
    page.lines_containing(declare_needles(("newsletter",)), 40)
    assert page.lines_containing(declare_needles(("doe / reuters",)), 40) == {2}


def test_words_of_unspaced_scripts_are_counted_so_that_their_paragraphs_read_as_prose() -> None:
    japanese = make_line(
        1,
        "アゼルバイジャン大統領府は20日、係争地ナゴルノ・カラバフで前日に始めた「局地的な対テロ措置」について、"
        "現地のアルメニア系勢力との間で停戦に合意したと発表した。",
    )
    assert japanese.words >= 30 and japanese.prose
    headline = make_line(2, "ナゴルノ・カラバフで停戦合意　アゼルバイジャンの軍事作戦開始から一日")
    assert 10 <= headline.words < 20 and not headline.prose
    assert make_line(3, "2023年9月20日 18:32").words == 3  # "2023年9月20日", "18", "32": a date is no run of words
