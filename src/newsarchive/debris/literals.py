"""The fixed strings a regular expression cannot match without: a rule's needles, read off its pattern.

A line rule is tried only on the lines that hold one of its needles, and the needles of every
rule are found in one pass over the page (see ``engine``). Writing needles by hand for a
pattern of forty phrasings is where a rule silently goes blind; reading them off the pattern
keeps the two in step.

The parse uses ``re._parser``, the standard library's own parser of pattern syntax. Should it
change shape, ``required_literals`` finds nothing and the rule simply tries every line again.
"""

from __future__ import annotations

import re

try:
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose ``re`` is laid out otherwise
    sre_parse = None

# A needle with fewer letters or digits than this ("ted", " of ", "n the ") is in too many lines
# to spare a rule any work, and each of its hits costs the page search time.
MIN_NEEDLE_LETTERS = 5
# Case-insensitive matching pairs these with letters of another fold: "i" matches "ı" and "İ",
# whose folds are "ı" and "i̇". (tests/debris/test_literals.py derives the set from Python's
# own case tables, so a new Unicode version cannot slip another in.)
CASE_INSENSITIVE_TRAPS = frozenset("iıİ")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Case-folded strings one of which every line ``pattern`` matches contains; () when there are none.

    The strings are compared with a line's ``casefold()``: folding goes character by character,
    so a line holding a literal holds its folded form. Characters that case-insensitive matching
    pairs with a character of another fold ("ı" with "I", "ß" with "SS") end a literal there.
    """
    if sre_parse is None:
        return ()
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return ()
    ignore_case = bool(pattern.flags & re.IGNORECASE) or "(?i" in pattern.pattern
    try:
        needles = _required(list(parsed), ignore_case)
    except (AttributeError, TypeError, ValueError):
        return ()
    if needles is None or _weakest(needles) < MIN_NEEDLE_LETTERS:
        return ()
    return tuple(sorted(needles))


def _required(items: list[tuple[object, object]], ignore_case: bool) -> frozenset[str] | None:
    """One set of strings such that any match of the sequence ``items`` holds one of them."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset(("".join(run),)))
            run.clear()

    for op, value in items:
        name = str(op)
        if name == "LITERAL" and _folds_safely(chr(value), ignore_case):  # type: ignore[arg-type]
            run.append(chr(value).casefold())  # type: ignore[arg-type]
            continue
        close_run()
        found: frozenset[str] | None = None
        if name == "SUBPATTERN":
            found = _required(list(value[-1]), ignore_case)  # type: ignore[index]
        elif name == "BRANCH":
            alternatives = [_required(list(branch), ignore_case) for branch in value[1]]  # type: ignore[index]
            if all(alternative is not None for alternative in alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif name in _REPEATS and value[0] >= 1:  # type: ignore[index]
            found = _required(list(value[2]), ignore_case)  # type: ignore[index]
        if found:
            options.append(found)
    close_run()
    if not options:
        return None
    # The most selective choice: the most letters in its weakest string, then the fewest strings.
    return max(options, key=lambda strings: (_weakest(strings), -len(strings)))


def _weakest(strings: frozenset[str]) -> int:
    return min(sum(map(str.isalnum, string)) for string in strings)


def _folds_safely(char: str, ignore_case: bool) -> bool:
    if char == "\n" or (ignore_case and (char in CASE_INSENSITIVE_TRAPS or char.lower() in CASE_INSENSITIVE_TRAPS)):
        return False
    folded = char.casefold()
    if len(folded) != 1 or folded != char.lower():
        return False
    upper = char.upper()
    return len(upper) == 1 and upper.casefold() == folded and upper.lower() == folded
