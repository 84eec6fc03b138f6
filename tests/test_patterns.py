from __future__ import annotations

import pickle
import re

from newsarchive.metadata.events import load_catalog
from newsarchive.patterns import SubstringSet, WholeWords, prefix_tree
from tests.conftest import ROOT

MONTHS = ["mar", "march", "mars", "marzo", "may", "mai", "maio", "sept", "september", "sep", "septembre"]


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def test_a_prefix_tree_matches_what_a_longest_first_alternation_matches() -> None:
    flat = re.compile(
        rf"(?<!\w)(?:{'|'.join(sorted(map(re.escape, MONTHS), key=len, reverse=True))})\.?(?!\w)", re.IGNORECASE
    )
    tree = re.compile(rf"(?<!\w)(?:{prefix_tree(MONTHS)})\.?(?!\w)", re.IGNORECASE)
    text = "On 3 March, in Mars and in May, not in Marseille; Sept. 4, 5 septembre, 6 de marzo, MAI 2024."
    for sample in [text, *_seed_texts()]:
        assert [m.span() for m in tree.finditer(sample)] == [m.span() for m in flat.finditer(sample)]
    assert [m.group() for m in tree.finditer(text)] == ["March", "Mars", "May", "Sept.", "septembre", "marzo", "MAI"]


def test_whole_words_find_the_longest_term_at_each_place_and_go_on_after_it() -> None:
    terms = WholeWords(["ceasefire", "humanitarian ceasefire", "lachin", "lachin corridor", "karabakh"])
    text = "a humanitarian ceasefire in the lachin corridor; karabakhi troops; (karabakh) ceasefire_x ceasefire."
    # Not "karabakh" in "karabakhi", nor "ceasefire" in "ceasefire_x" (the underscore is a word character).
    assert terms.finditer(text) == [
        (text.index("humanitarian"), "humanitarian ceasefire"),
        (text.index("lachin"), "lachin corridor"),
        (text.index("(karabakh)") + 1, "karabakh"),
        (text.rindex("ceasefire."), "ceasefire"),
    ]


def test_whole_words_find_what_the_catalog_pattern_found_before_on_the_seeds() -> None:
    catalog = load_catalog(None)
    terms = list(catalog.term_events)
    pattern = re.compile(rf"(?<!\w)(?:{prefix_tree(terms)})(?!\w)")
    texts = [text.casefold() for text in _seed_texts()]
    texts.append("карабахе и нагорный карабах — 44-дневная война; xankəndi, stepanakert_ stepanakert")
    found = 0
    for text in texts:
        expected = [(m.start(), m.group()) for m in pattern.finditer(text)]
        assert catalog.terms.finditer(text) == expected
        found += len(expected)
    assert found > 20


def test_a_substring_set_says_which_strings_a_text_holds_and_survives_pickling() -> None:
    strings = SubstringSet(["read more", "photo", "more"])
    assert strings.found_in("Photo: Reuters. Read more below".casefold()) == {"photo", "read more", "more"}
    assert strings.occurs_in("no such thing") is False
    assert strings.occurs_in("…and more") is True
    copy = pickle.loads(pickle.dumps(strings))
    assert copy.found_in("read more") == {"read more", "more"}
    assert SubstringSet([]).found_in("anything") == set()
