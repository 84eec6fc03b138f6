"""Building blocks of regular expressions shared by the debris rules and the metadata readers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick


def prefix_tree(terms: Iterable[str]) -> str:
    """One alternation of ``terms`` shaped as a prefix tree ("cease(?:fire(?:s)?)").

    A flat alternation of a few hundred terms is tried term by term at every position of a
    text; the tree tries each character once. Greedy optional branches keep the longest term
    first, as a longest-first alternation does: two terms that match at one place are one the
    other's beginning.
    """
    tree: dict[str, dict] = {}
    for term in terms:
        node = tree
        for character in term:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(character) + pattern(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        ends_here = "" in node
        if len(branches) == 1 and not ends_here:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")

    return pattern(tree)


class SubstringSet:
    """Which of many fixed strings a text holds, found in one pass over it (Aho-Corasick, in C).

    A substring test per string scans the text once per string; this scans it once in all.
    """

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = tuple(sorted({s for s in strings if s}))
        self._automaton: ahocorasick.Automaton | None = None

    def __getstate__(self) -> tuple[str, ...]:
        return self.strings  # the automaton is rebuilt where the object lands (a Dask worker)

    def __setstate__(self, strings: tuple[str, ...]) -> None:
        self.strings, self._automaton = strings, None

    def _search(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
            for string in self.strings:
                automaton.add_word(string, string)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def occurrences(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, string) for every occurrence of every string, overlapping ones included."""
        if not self.strings:
            return
        for end, string in self._search().iter(text):
            yield end - len(string) + 1, string

    def found_in(self, text: str) -> set[str]:
        return {string for _, string in self.occurrences(text)}

    def occurs_in(self, text: str) -> bool:
        """Whether ``text`` holds any of the strings: the search stops at the first."""
        return any(True for _ in self.occurrences(text))


class WholeWords(SubstringSet):
    """Fixed strings found as whole words, the way ``(?<!\\w)(?:a|b|…)(?!\\w)`` finds them.

    At each place the longest string wins, and the search goes on after it: the matches of the
    pattern's ``finditer``, with the text read once however many strings there are.
    """

    def whole_word_occurrences(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, string) for every occurrence that stands as whole words, overlapping ones included."""
        size = len(text)
        for start, string in self.occurrences(text):
            end = start + len(string)
            if not ((start and _is_word_character(text[start - 1])) or (end < size and _is_word_character(text[end]))):
                yield start, string

    def finditer(self, text: str) -> list[tuple[int, str]]:
        longest: dict[int, str] = {}
        for start, string in self.whole_word_occurrences(text):
            if len(string) > len(longest.get(start, "")):
                longest[start] = string
        found, free_from = [], 0
        for start in sorted(longest):
            if start >= free_from:
                found.append((start, longest[start]))
                free_from = start + len(longest[start])
        return found


def _is_word_character(character: str) -> bool:
    """``\\w`` of Python's regular expressions: letters, digits of any script, and the underscore."""
    return character.isalnum() or character == "_"
