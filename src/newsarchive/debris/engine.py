"""The debris engine: a page of lines, the rule type, and the loop that applies rules in order.

A rule claims lines; the first rule to claim a line wins, and its id and category are recorded.
Rules come in two stages:

* ``SIGNATURE`` rules match debris by what it says (a shortcode, a comment-form phrase). They
  run first, anywhere in the document, and some may remove prose-shaped lines.
* ``LAYOUT`` rules match debris by where it stands and what surrounds it (a lone number before
  the article starts, a caption around a credit line, the links under a "Read more" header).
  They run once signature debris is gone, so "the head" and "the tail" of the document mean
  the lines before the first and after the last paragraph of prose.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import accumulate

from newsarchive.debris.literals import required_literals
from newsarchive.model import Removal
from newsarchive.patterns import SubstringSet

# A word as the archive counts it ("don't", "U.S." and "covid-19" are one each).
WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_SENTENCE_END = frozenset('.!?…"”’»):;।。！？؟」』）')
STOPWORDS = frozenset(
    # A handful of the most frequent function words of the languages the archive sees most.
    # They tell a sentence from a menu or a headline; no list has to be complete for that.
    """a an the and or but of to in on at by for with from as is are was were be been has have had
    that this it its he she they we his her their not no will would said says after over into than
    der die das und ist nicht ein eine zu den mit von auf für im dem des sich
    le la les et est un une des du en que qui pour dans pas sur au
    el los las y es un una que en por con para del se
    o os as e um uma que em para com não do da
    il lo gli e di che un una per con non
    и в не на что с по как это он она они из за""".split()
)


class Stage(IntEnum):
    SIGNATURE = 1
    LAYOUT = 2


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the document after repair. ``no`` is its 1-based number in the input."""

    no: int
    text: str
    words: int
    prose: bool
    folded: str  # casefolded text, for cheap keyword checks before any regular expression
    # The pieces the input set apart with runs of spaces or tabs ("Home  News  Sport"), when it
    # had three or more: a flattened row of links. Repair joins them with single spaces.
    cells: tuple[str, ...] = ()

    @property
    def blank(self) -> bool:
        return not self.text


def line_key(text: str) -> int:
    """A stable 64-bit key for a line, blind to case and spacing: how recurring lines are counted."""
    normalized = " ".join(text.casefold().split())
    return int.from_bytes(hashlib.blake2b(normalized.encode(), digest_size=8).digest(), "little", signed=True)


def make_line(no: int, text: str, cells: tuple[str, ...] = ()) -> Line:
    initials = _INITIALS.findall(text)
    words = len(initials) if text.isascii() else _word_count(text, len(initials))
    return Line(
        no=no,
        text=text,
        words=words,
        prose=_reads_as_prose(text, initials, words),
        folded=text.casefold(),
        cells=cells,
    )


_WIDE_GAP = re.compile(r"[ \u00a0]{2,}|\t+")
_MIN_CELLS = 3


def split_cells(raw: str) -> tuple[str, ...]:
    """The pieces of an input line between runs of two or more spaces or tabs (three or more)."""
    if "  " not in raw and "\t" not in raw and "\u00a0\u00a0" not in raw:
        return ()
    pieces = [" ".join(piece.split()) for piece in _WIDE_GAP.split(raw.strip())]
    pieces = [piece for piece in pieces if piece]
    return tuple(pieces) if len(pieces) >= _MIN_CELLS else ()


# The first character of each ``WORD``: counting and classing words needs no more, and one-character
# strings cost far less to make than the words themselves.
_INITIALS = re.compile(r"(\w)\w*(?:['’.-]\w+)*")
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_PLUS_ONE = (1).__add__


# Chinese and Japanese put no space between words, Thai none inside a phrase: a run of their letters
# holds many words. It counts one word per two Chinese or Japanese characters (most of their words
# have one or two) and per five Thai letters; otherwise a paragraph in them would count as a word or
# two, and every rule would take it for a label.
_HAN_AND_KANA = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_THAI = r"\u0e00-\u0e7f"
_UNSPACED_RUN = re.compile(rf"[{_HAN_AND_KANA}]+|(?P<thai>[{_THAI}]+)")
_UNSPACED_LETTER = re.compile(rf"[{_HAN_AND_KANA}{_THAI}]")
_CHARACTERS_PER_WORD = 2
_THAI_LETTERS_PER_WORD = 5


def _word_count(text: str, spaced_words: int) -> int:
    # One plain character-class search first: five times cheaper than the runs' search on the
    # many accented and Cyrillic lines that hold none.
    if _UNSPACED_LETTER.search(text) is None:
        return spaced_words
    count = spaced_words
    for run in _UNSPACED_RUN.finditer(text):
        per_word = _THAI_LETTERS_PER_WORD if run["thai"] else _CHARACTERS_PER_WORD
        count += -(-len(run[0]) // per_word) - 1  # the run was already counted as (part of) one word
    return count


def _reads_as_prose(text: str, initials: list[str], count: int) -> bool:
    """A sentence has enough words, many of them lower-case function words, and ends like one."""
    if count < 8:
        return False
    ends_like_sentence = text[-1] in _SENTENCE_END
    lowercase, uppercase = _case_counts("".join(initials))
    cased = lowercase + uppercase
    if cased < 0.3 * count:
        # Scripts without letter case (Devanagari, Arabic, Chinese…): length and a sentence end.
        return ends_like_sentence or count >= 20
    if (not ends_like_sentence and count < 20) or lowercase < 0.35 * count:
        return False
    if lowercase >= 0.6 * count:
        return True
    return sum(map(STOPWORDS.__contains__, map(str.lower, WORD.findall(text)))) >= 0.12 * count


def _case_counts(letters: str) -> tuple[int, int]:
    """How many of ``letters`` are lower-case and how many upper-case (``str.islower``/``isupper``)."""
    if letters.isascii():
        # Counted in C: the ASCII letters are the only cased ASCII characters.
        data = letters.encode("ascii")
        size = len(data)
        return size - len(data.translate(None, _ASCII_LOWER)), size - len(data.translate(None, _ASCII_UPPER))
    return sum(map(str.islower, letters)), sum(map(str.isupper, letters))


class _NeedleIndex:
    """Every needle the rules declare, searched for all at once in a page's text."""

    def __init__(self) -> None:
        self._needles: set[str] = set()
        # Each declared tuple of needles as a set: a rule asks which of its needles a page holds
        # by walking the shorter of its needles and the page's few found ones.
        self._groups: dict[tuple[str, ...], frozenset[str]] = {}
        self._search: SubstringSet | None = None
        self.version = 0

    def declare(self, needles: tuple[str, ...]) -> frozenset[str]:
        group = self._groups.get(needles)
        if group is None:
            group = self._groups[needles] = frozenset(needles)
            new = group - self._needles
            if new:
                self._needles |= new
                self._search = None
                self.version += 1  # a page searched before this holds no answer for the new needles
        return group

    def lines_holding(self, lines: Sequence[Line]) -> dict[str, set[int]]:
        """For each needle found in ``lines``, the indices of the lines that hold it."""
        if self._search is None:
            self._search = SubstringSet(self._needles)
        folded = [needle_text(line.folded) for line in lines]
        starts = list(accumulate(map(_PLUS_ONE, map(len, folded)), initial=0))  # +1: the newline
        found: dict[str, set[int]] = {}
        # A needle never holds a newline: the line where a match starts is the line that holds it.
        for start, needle in self._search.occurrences("\n".join(folded)):
            found.setdefault(needle, set()).add(bisect_right(starts, start) - 1)
        return found


_NEEDLES = _NeedleIndex()


def needle_text(folded: str) -> str:
    """The case-folded text needles are looked for in. A dotted capital I folds to "i" and a
    combining dot, which would hide the needle "ilgili" in "İlgili"."""
    return folded.replace("i\u0307", "i")


def declare_needles(needles: Iterable[str]) -> tuple[str, ...]:
    """Make ``needles`` part of the one search per page before any page is searched: a block
    rule's needles, declared at import, cost no second search of the first page."""
    needles = tuple(needles)
    _NEEDLES.declare(needles)
    return needles


@dataclass(slots=True)
class Page:
    """The document as the rules see it: lines, and which of them are already claimed."""

    lines: list[Line]
    claims: dict[int, Removal] = field(default_factory=dict)
    # Keys (``line_key``) of lines that recur across many documents of this page's source.
    boilerplate: frozenset[int] = frozenset()
    first_prose: int = 0
    last_prose: int = -1
    _kept: list[int] | None = None
    _kept_short: list[int] | None = None
    _separates_paragraphs: bool | None = None
    _prose_located_in: list[int] | None = None  # the ``kept()`` list ``locate_prose`` last read
    _needle_lines: dict[str, set[int]] | None = None
    _needles_version: int = -1

    def is_kept(self, index: int) -> bool:
        return index not in self.claims and not self.lines[index].blank

    def kept(self) -> list[int]:
        """Indices of the non-blank lines no rule has claimed yet, in order."""
        if self._kept is None:
            self._kept = [i for i, line in enumerate(self.lines) if line.text and i not in self.claims]
        return self._kept

    def kept_short(self) -> list[int]:
        """The kept lines that are not prose: the only ones most rules need to look at."""
        if self._kept_short is None:
            self._kept_short = [i for i in self.kept() if not self.lines[i].prose]
        return self._kept_short

    def lines_containing(self, needles: tuple[str, ...], max_words: int) -> set[int]:
        """Indices of the lines of at most ``max_words`` words whose folded text holds one of ``needles``.

        The needles every rule declares are found in one pass over the page (Aho-Corasick, in C):
        most needles occur nowhere in a document, and a search per needle, per line or with a
        regular expression costs far more. Claims do not matter here, only the text.
        """
        group = _NEEDLES.declare(needles)  # known tuples cost one lookup; a new one joins the search
        if self._needle_lines is None or self._needles_version != _NEEDLES.version:
            self._needle_lines = _NEEDLES.lines_holding(self.lines)
            self._needles_version = _NEEDLES.version
        found = self._needle_lines
        if len(found) <= len(needles):
            holding = [indices for needle, indices in found.items() if needle in group]
        else:
            holding = [found[needle] for needle in needles if needle in found]
        if not holding:
            return set()
        lines = self.lines
        return {i for i in set().union(*holding) if lines[i].words <= max_words}

    def claim(self, index: int, removal: Removal) -> None:
        self.claims[index] = removal
        self._kept = self._kept_short = None

    def previous_kept(self, index: int) -> int | None:
        for i in range(index - 1, -1, -1):
            if self.is_kept(i):
                return i
        return None

    def next_kept(self, index: int) -> int | None:
        for i in range(index + 1, len(self.lines)):
            if self.is_kept(i):
                return i
        return None

    def blank_between(self, earlier: int, later: int) -> bool:
        return any(self.lines[i].blank for i in range(earlier + 1, later))

    def first_kept(self) -> int | None:
        kept = self.kept()
        return kept[0] if kept else None

    def separates_paragraphs(self) -> bool:
        """Whether the document puts blank lines between its paragraphs (counted once per page)."""
        if self._separates_paragraphs is None:
            blanks = sum(1 for line in self.lines if line.blank)
            self._separates_paragraphs = blanks >= 0.2 * (len(self.lines) - blanks)
        return self._separates_paragraphs

    def in_head(self, index: int) -> bool:
        return index < self.first_prose

    def in_tail(self, index: int) -> bool:
        return index > self.last_prose

    def locate_prose(self) -> None:
        kept = self.kept()
        if kept is self._prose_located_in:
            return  # no line claimed since the last call: the edges have not moved
        self._prose_located_in = kept
        lines = self.lines
        first = next((i for i in kept if lines[i].prose), None)
        if first is None:
            self.first_prose, self.last_prose = len(lines), -1
        else:
            self.first_prose, self.last_prose = first, next(i for i in reversed(kept) if lines[i].prose)


# A finder yields (line index, category) pairs; category None means the rule's own category.
Finder = Callable[[Page], Iterable[tuple[int, str | None]]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named, categorised way to recognise debris.

    ``id`` is what ``removed.rule_id`` records and what a configuration switches off.
    """

    id: str
    category: str
    stage: Stage
    description: str
    find: Finder
    # A line rule's pattern, and the lower-case fragments one of which every line it removes holds.
    pattern: re.Pattern[str] | None = None
    needles: tuple[str, ...] = ()


Where = str  # "anywhere", "head", "tail" or "edges"


def line_rule(
    id: str,
    category: str,
    description: str,
    pattern: re.Pattern[str] | None = None,
    *,
    test: Callable[[Line], bool] | None = None,
    where: Where = "anywhere",
    max_words: int = 40,
    may_remove_prose: bool = False,
    needles: tuple[str, ...] = (),
    stage: Stage | None = None,
    headline_over: int | None = None,
) -> Rule:
    """A rule that judges each line on its own: a pattern or test, a position, a size limit.

    Prose is protected unless ``may_remove_prose``: a rule that sees a sentence-shaped line
    leaves it alone, because losing article text is worse than keeping a line of debris.
    ``needles`` are lower-case fragments one of which every match contains: a substring test
    is far cheaper than a regular expression, and most lines contain none of them. Without
    them, a pattern's own fixed strings serve (``literals.required_literals``).
    With ``headline_over``, the page's first kept line, when it has more words than that, is
    its headline and is left alone ("By Land and Sea, Aid Reaches Gaza" is no byline).
    """
    if pattern is None and test is None:
        raise ValueError(f"rule {id} needs a pattern or a test")
    if stage is None:
        stage = Stage.SIGNATURE if where == "anywhere" else Stage.LAYOUT

    if not needles and pattern is not None:
        needles = required_literals(pattern)
    if any(not needle or "\n" in needle for needle in needles):
        raise ValueError(f"rule {id}: a needle must be non-empty and within one line")
    # A needle that holds another ("abonné", "abonn") adds nothing: a line with it has the other too.
    needles = tuple(n for n in needles if not any(other != n and other in n for other in needles))
    _NEEDLES.declare(needles)

    # Few words can still make a long line ("=====… Page 2"); no debris line is longer than this,
    # and the cap bounds the time any pattern can take on one line.
    max_chars = 40 * max_words + 200

    search = pattern.search if pattern is not None else None

    def matches(line: Line) -> bool:
        """Everything but the needles, which ``find`` checks for the whole page at once."""
        if line.words > max_words or (line.prose and not may_remove_prose) or len(line.text) > max_chars:
            return False
        if search is not None and not search(line.text):
            return False
        return test is None or test(line)

    def find(page: Page) -> list[tuple[int, str | None]]:
        found = _find(page)
        if headline_over is None or not found:
            return found
        first = page.first_kept()
        return [(i, c) for i, c in found if i != first or page.lines[i].words <= headline_over]

    def _find(page: Page) -> list[tuple[int, str | None]]:
        lines = page.lines
        hits = page.lines_containing(needles, max_words) if needles else None
        if hits is not None and not hits:
            return []
        if where == "anywhere":
            if hits is not None:
                # Only the few lines with a needle in them can match.
                candidates = [i for i in sorted(hits) if page.is_kept(i) and (may_remove_prose or not lines[i].prose)]
            else:
                # Most of a document is prose, which most rules never touch: skip it wholesale.
                candidates = page.kept() if may_remove_prose else page.kept_short()
            # ``matches`` written out (the candidates' prose is settled): this runs for every rule
            # over every line of the page, and a function call per line costs as much as the tests.
            return [
                (i, None)
                for i in candidates
                if (line := lines[i]).words <= max_words
                and len(line.text) <= max_chars
                and (search is None or search(line.text))
                and (test is None or test(line))
            ]

        def accepts(index: int) -> bool:
            return (hits is None or index in hits) and matches(lines[index])

        # "head" is everything before the first line of prose the rule does not claim,
        # "tail" everything after the last one: a run of debris at the edge, however long.
        kept = page.kept()
        found = []
        if where in ("head", "edges"):
            found += _edge_run(page, kept, accepts, passable=_HEADLINE_AND_STANDFIRST)
        if where in ("tail", "edges"):
            found += _edge_run(page, kept[::-1], accepts)
        return found

    return Rule(
        id=id, category=category, stage=stage, description=description, find=find, pattern=pattern, needles=needles
    )


# A tagline, a headline and a standfirst can read as prose, and the byline, date and counters
# sit under them: the head goes on past prose among the first lines of the page when what
# follows it is the rule's debris or a short line. Two paragraphs of the article in a row end it.
_HEADLINE_AND_STANDFIRST = 3


def _edge_run(
    page: Page, ordered: list[int], accepts: Callable[[int], bool], passable: int = 0
) -> Iterator[tuple[int, None]]:
    lines = page.lines
    for position, index in enumerate(ordered):
        if accepts(index):
            yield index, None
        elif lines[index].prose and not (
            position < passable
            and position + 1 < len(ordered)
            and (not lines[ordered[position + 1]].prose or accepts(ordered[position + 1]))
        ):
            return


def block_rule(id: str, category: str, description: str, stage: Stage = Stage.LAYOUT) -> Callable[[Finder], Rule]:
    """Decorator for rules that see several lines at once (a caption block, a links list)."""

    def wrap(find: Finder) -> Rule:
        return Rule(id=id, category=category, stage=stage, description=description, find=find)

    return wrap


def _run_stage(page: Page, rules: Sequence[tuple[int, Rule]], layout: bool, idle: dict[int, int] | None = None) -> int:
    """Run ``rules`` (each with its position in the rule list) in order; returns how many lines they claimed.

    ``idle`` carries, from one round of layout rules to the next, the number of claims at which
    each rule last ran and claimed nothing. A rule sees only the lines and the claims (the prose
    edges follow from them), so when no line has been claimed since, it would find the same
    lines again, all already taken: it is not run.
    """
    claimed = 0
    lines, claims = page.lines, page.claims
    for position, rule in rules:
        before = len(claims)
        if idle is not None and idle.get(position) == before:
            continue
        for index, category in list(rule.find(page)):
            if index in claims or lines[index].blank:
                continue
            line = lines[index]
            page.claim(index, Removal(rule.id, category or rule.category, line.no, line.text))
            claimed += 1
        if idle is not None and len(claims) == before:
            idle[position] = before
        if layout:
            # A layout rule can uncover the real edge of the article for the next one.
            page.locate_prose()
    return claimed


def apply_rules(lines: Sequence[Line], rules: Sequence[Rule], boilerplate: frozenset[int] = frozenset()) -> Page:
    """Run ``rules`` over ``lines``: signature rules first, then layout rules."""
    page = Page(lines=list(lines), boilerplate=boilerplate)
    page.locate_prose()
    _run_stage(page, [(i, rule) for i, rule in enumerate(rules) if rule.stage == Stage.SIGNATURE], layout=False)
    # Removing one run of edge debris can expose the next ("412" under an author box): repeat
    # the layout rules until they find nothing more, a few rounds at most.
    layout_rules = [(i, rule) for i, rule in enumerate(rules) if rule.stage == Stage.LAYOUT]
    idle: dict[int, int] = {}
    for _ in range(3):
        page.locate_prose()
        if not _run_stage(page, layout_rules, layout=True, idle=idle):
            break
    return page
