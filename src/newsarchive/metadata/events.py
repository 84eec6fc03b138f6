"""Which catalogued episode an article is about, weighing its words against its date.

Each event of the catalog scores the evidence terms the text uses and the years it names; the
publication date (when known) then confirms or rules out each event: an article cannot be about
an episode that had not begun, and one published long after an episode is about it only when
it looks back ("anniversary", "years ago"). A document that names none of the catalog's topic
terms, or whose best event has too little evidence, belongs to no event: null, not the nearest.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

DEFAULT_CATALOG = "nagorno-karabakh.yaml"
# Reporting on an episode goes on for a while after it ends; past this it is a look back.
AFTERMATH = dt.timedelta(days=60)
MIN_SCORE = 2.0
MIN_TERMS = 2  # distinct evidence terms an event needs (one, in a look back that names its years)
_YEAR_WEIGHT = 0.5
_HEADLINE_WEIGHT = 1.0
_YEAR_WEIGHT_LOOKING_BACK = 1.0  # in a retrospective, the years named are the evidence
_RETROSPECTIVE = re.compile(
    r"\b(?:anniversary|years? ago|years? (?:after|since|on|later)|decades? (?:ago|after|since)|"
    r"commemorat\w*|remember\w*|"
    r"memorial|looking back|in retrospect|годовщин\w*|anniversaire|jahrestag|aniversario)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    name: str
    start: dt.date
    end: dt.date
    evidence: tuple[re.Pattern[str], ...]
    evidence_terms: tuple[str, ...]
    years: frozenset[int]


@dataclass(frozen=True, slots=True)
class Catalog:
    topic: re.Pattern[str]
    events: tuple[Event, ...]
    # Every evidence term of every event in one pattern, longest first, so a text is read once;
    # a match stands for the term and for any shorter term inside it ("humanitarian ceasefire"
    # is also "ceasefire"), each with the events that list it.
    terms: re.Pattern[str]
    term_events: dict[str, tuple[tuple[str, str], ...]]
    # The topic terms case-folded: a substring test in C rules out most documents before the
    # topic pattern (an alternation tried at every position) runs.
    topic_needles: tuple[str, ...] = ()
    # Groups of words that, all present, also make a document on topic ("Armenia" with "Azerbaijan").
    topic_together: tuple[tuple[re.Pattern[str], ...], ...] = ()
    # Terms in inflected scripts (Cyrillic, Armenian), matched by their stem: "Карабах" in "Карабахе".
    stemmed: tuple[tuple[re.Pattern[str], str], ...] = ()
    stemmed_topic: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True, slots=True)
class EventTag:
    event_id: str | None
    confidence: float | None
    evidence: list[str]


NO_EVENT = EventTag(None, None, [])


def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


_INFLECTED_SCRIPT = re.compile(r"[\u0400-\u04ff\u0530-\u058f]")


def _stem_pattern(term: str) -> re.Pattern[str]:
    """Each word of ``term`` without its ending, then any ending: case endings change the last
    letters in Russian or Armenian ("перемирие", "перемирии"), which whole-word matching misses."""
    words = []
    for word in term.split():
        cut = 2 if len(word) >= 6 else 1 if len(word) >= 4 else 0
        words.append(re.escape(word[: len(word) - cut]) + r"\w{0,3}")
    joined = r"\s+".join(words)
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


def parse_catalog(data: dict) -> Catalog:
    try:
        topic_terms = [str(t) for t in data["topic"]]
        events = []
        for entry in data["events"]:
            terms = tuple(str(t) for t in entry.get("evidence", []))
            start, end = entry["start"], entry["end"]
            if not isinstance(start, dt.date) or not isinstance(end, dt.date) or end < start:
                raise ValueError(f"event {entry.get('id')}: start and end must be dates, start first")
            events.append(
                Event(
                    id=str(entry["id"]),
                    name=str(entry.get("name", entry["id"])),
                    start=start,
                    end=end,
                    evidence=tuple(_term_pattern(t) for t in terms),
                    evidence_terms=terms,
                    years=frozenset(int(y) for y in entry.get("years", [])),
                )
            )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"event catalog is missing {exc}; see the default catalog for the format") from exc
    if len({e.id for e in events}) != len(events):
        raise ValueError("event catalog: two events share an id")
    topic = re.compile(rf"(?<!\w)(?:{_prefix_tree({t.casefold() for t in topic_terms})})(?!\w)", re.IGNORECASE)
    owners: dict[str, list[tuple[str, str]]] = {}
    for event in events:
        for term in event.evidence_terms:
            owners.setdefault(term.casefold(), []).append((event.id, term))
    by_length = sorted(owners, key=len, reverse=True)
    term_events = {
        term: tuple(pair for inner in by_length if _term_pattern(inner).search(term) for pair in owners[inner])
        for term in by_length
    }
    terms = (
        re.compile(rf"(?<!\w)(?:{_prefix_tree(by_length)})(?!\w)", re.IGNORECASE) if by_length else re.compile("(?!x)x")
    )
    folded_terms = {t.casefold() for t in topic_terms}
    # A term holding another ("haut-karabakh", "karabakh") adds nothing to the substring test.
    needles = tuple(sorted(t for t in folded_terms if not any(other != t and other in t for other in folded_terms)))
    together = tuple(
        tuple(_term_pattern(str(word)) for word in group) for group in data.get("topic_together", []) if group
    )
    return Catalog(
        topic=topic,
        events=tuple(events),
        terms=terms,
        term_events=term_events,
        topic_needles=needles,
        topic_together=together,
        stemmed=tuple((_stem_pattern(t), t) for t in sorted(owners) if _INFLECTED_SCRIPT.search(t)),
        stemmed_topic=tuple(_stem_pattern(t) for t in sorted(folded_terms) if _INFLECTED_SCRIPT.search(t)),
    )


def _prefix_tree(terms: Iterable[str]) -> str:
    """One alternation of ``terms`` shaped as a prefix tree ("cease(?:fire(?:s)?)").

    A flat alternation of a few hundred terms is tried term by term at every position of a
    text; the tree tries each character once. Greedy optional branches keep the longest term
    first, as a longest-first alternation does.
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


@lru_cache(maxsize=8)
def load_catalog(path: str | None = None) -> Catalog:
    """The catalog at ``path``, or the default Nagorno-Karabakh catalog shipped with newsarchive."""
    if path is None:
        text = resources.files("newsarchive.metadata").joinpath("catalogs", DEFAULT_CATALOG).read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return parse_catalog(yaml.safe_load(text))


def tag_event(
    text: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    catalog: Catalog,
) -> EventTag:
    """The event ``text`` is about, given the publication range [earliest, latest] when known."""
    folded = text.casefold()
    inflected_script = _INFLECTED_SCRIPT.search(text) is not None
    inflected = catalog.stemmed if inflected_script else ()
    if not _on_topic(text, folded, catalog, inflected_script):
        return NO_EVENT
    looks_back = bool(_RETROSPECTIVE.search(text))
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", text)]
    paragraphs = len([p for p in text.split("\n") if p.strip()])
    found: dict[str, dict[str, None]] = {}  # event id -> terms in order of appearance
    spread: dict[str, set[int]] = {}
    matches = [(m.start(), m.group(0).casefold()) for m in catalog.terms.finditer(text)]
    matches += [(m.start(), term) for pattern, term in inflected for m in pattern.finditer(text)]
    headline_end = text.find("\n") if "\n" in text else len(text)
    in_headline: dict[str, set[str]] = {}
    for start, matched in matches:
        paragraph = bisect_right(paragraph_starts, start) - 1
        for event_id, term in catalog.term_events.get(matched, ()):
            # "offensive" and "Offensive" (English, German) are one piece of evidence.
            found.setdefault(event_id, {})[term.casefold()] = None
            if start < headline_end:
                in_headline.setdefault(event_id, set()).add(term.casefold())
            spread.setdefault(event_id, set()).add(paragraph)
    years_named = {int(y) for y in re.findall(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)", text)}
    scored: list[tuple[float, Event, list[str]]] = []
    with_terms: set[str] = set()
    for event in catalog.events:
        terms = list(found.get(event.id, {}))
        years = sorted(event.years & years_named)
        score = len(terms) + (_YEAR_WEIGHT_LOOKING_BACK if looks_back else _YEAR_WEIGHT) * len(years)
        # The headline says what the article is about; the body also recalls what led up to it.
        score += _HEADLINE_WEIGHT * len(in_headline.get(event.id, ()))
        # Evidence in one sentence is a mention in passing; an article about an episode returns to it.
        enough = len(terms) >= MIN_TERMS or bool(terms and years and looks_back)
        # ... unless it names many of the episode's terms at once.
        returns_to_it = len(spread.get(event.id, ())) >= 2 or paragraphs < 3 or len(terms) >= 3
        if enough and returns_to_it:
            with_terms.add(event.id)
        reasons = [f"terms: {', '.join(terms)}"] if terms else []
        if years:
            reasons.append(f"years named: {', '.join(map(str, years))}")
        fit, why = _date_fit(event, earliest, latest, looks_back)
        score += fit
        if why:
            reasons.append(why)
        scored.append((score, event, reasons))
    # A fitting date alone never makes an event: the words must point at it too, more than once.
    scored = sorted((item for item in scored if item[1].id in with_terms), key=lambda item: (-item[0], item[1].start))
    if not scored:
        return NO_EVENT
    best_score, best, reasons = scored[0]
    if best_score < MIN_SCORE:
        return NO_EVENT
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    confidence = round(min(1.0, (best_score - max(runner_up, 0.0)) / best_score * 0.5 + min(best_score, 8) / 16), 3)
    return EventTag(best.id, confidence, reasons)


def _on_topic(text: str, folded: str, catalog: Catalog, inflected: bool) -> bool:
    if any(map(folded.__contains__, catalog.topic_needles)) and catalog.topic.search(text):
        return True
    if any(all(word.search(text) for word in group) for group in catalog.topic_together):
        return True
    return inflected and any(pattern.search(text) for pattern in catalog.stemmed_topic)


def _date_fit(event: Event, earliest: dt.date | None, latest: dt.date | None, looks_back: bool) -> tuple[float, str]:
    if earliest is None or latest is None:
        return 0.0, ""
    window = f"{event.start}..{event.end}"
    if latest < event.start:
        return -10.0, f"published before the event began ({window})"
    if earliest <= event.end:
        return 3.0, f"published {earliest}..{latest}, during {window}"
    if earliest <= event.end + AFTERMATH:
        return 2.0, f"published {earliest}..{latest}, in the aftermath of {window}"
    if looks_back:
        return 0.0, f"published after {window}, looking back"
    return -2.0, f"published long after {window}"


def tag_document(
    title: str | None, body: str, earliest: dt.date | None, latest: dt.date | None, catalog: Catalog | None
) -> EventTag:
    if catalog is None:
        return NO_EVENT
    return tag_event(f"{title or ''}\n{body}", earliest, latest, catalog)


__all__: Sequence[str] = ["NO_EVENT", "Catalog", "Event", "EventTag", "load_catalog", "parse_catalog", "tag_document"]
