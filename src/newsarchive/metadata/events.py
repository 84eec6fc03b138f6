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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from newsarchive.metadata.dates import day_month_mentions, days_in_years, yearless_dateline_of
from newsarchive.patterns import SubstringSet, WholeWords, prefix_tree

DEFAULT_CATALOG = "nagorno-karabakh.yaml"
# Reporting on an episode goes on for a while after it ends; past this it is a look back.
AFTERMATH = dt.timedelta(days=60)
MIN_SCORE = 2.0
MIN_TERMS = 2  # distinct evidence terms an event needs (one, in a look back that names its years)
_YEAR_WEIGHT = 0.5
_HEADLINE_WEIGHT = 1.0
_DURING = 3.0  # what a publication date inside an episode's window adds to the episode's score
_YEAR_WEIGHT_LOOKING_BACK = 1.0  # in a retrospective, the years named are the evidence
# Matched against case-folded text, where a case-blind pattern would run three times slower.
_RETROSPECTIVE = re.compile(
    r"\b(?:anniversary|years? ago|years? (?:after|since|on|later)|decades? (?:ago|after|since)|"
    r"commemorat\w*|remember\w*|"
    r"memorial|looking back|in retrospect|годовщин\w*|лет назад|лет спустя|anniversaire|ans après|il y a \d+ ans|"
    r"jahrestag|jahre nach|vor \d+ jahren|aniversario|años después|hace \d+ años|il ötür|ildönümü|il əvvəl|"
    r"yıl dönümü|yıldönümü|yıl önce|lat temu|lat po|rocznic\w*|anni fa|anni dopo|anniversario|"
    r"anos depois|há \d+ anos|jaar geleden|jaar na|տարի առաջ|տարի անց|տարելից\w*)\b",
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
    # Every evidence term of every event, found as whole words in the case-folded text, longest
    # first, in one reading of it; a match stands for the term and for any shorter term inside it
    # ("humanitarian ceasefire" is also "ceasefire"), each with the events that list it.
    terms: WholeWords
    term_events: dict[str, tuple[tuple[str, str], ...]]
    # The topic terms case-folded: one search for all of them rules out most documents before
    # the topic pattern (an alternation tried at every position) runs.
    topic_needles: SubstringSet
    # The fragments of all the stemmed terms below, looked for in one pass over a text.
    stem_needles: SubstringSet
    # Groups of words that, all present, also make a document on topic ("Armenia" with "Azerbaijan").
    topic_together: tuple[tuple[re.Pattern[str], ...], ...] = ()
    # Terms in inflected scripts (Cyrillic, Armenian), matched by their stem: "Карабах" in "Карабахе".
    # Each with the fragment every match contains (the first word's stem, case-folded): a substring
    # test rules a term out before its pattern runs over the text.
    stemmed: tuple[tuple[re.Pattern[str], str, str], ...] = ()
    stemmed_topic: tuple[tuple[re.Pattern[str], str], ...] = ()
    # Words of news about fighting and its consequences ("shelling", "ceasefire", "беженцы"): they
    # name no episode, but say that an on-topic article reports on one (see ``_by_window``).
    activity: re.Pattern[str] | None = None
    # (event id, day): the days that mark an episode, its start and (unless another starts then) its end.
    key_days: tuple[tuple[str, dt.date], ...] = ()
    activity_stemmed: tuple[tuple[re.Pattern[str], str, str], ...] = ()
    # Whether any term ends in "*" (matched as the start of a word in any script) or is written in
    # an unspaced script, so that the stems are looked for in every text, not only in those of an
    # inflected script.
    stems_in_any_script: bool = False


@dataclass(frozen=True, slots=True)
class EventTag:
    event_id: str | None
    confidence: float | None
    evidence: list[str]


NO_EVENT = EventTag(None, None, [])


def _dotless(folded: str) -> str:
    return folded.replace("ı", "i")


def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


# Cyrillic and Armenian, and the letters of Azerbaijani and Turkish: languages whose words
# change their endings or take suffixes, so that whole-word matching misses them.
_INFLECTED_SCRIPT = re.compile(r"[\u0400-\u04ff\u0530-\u058fəƏığĞşŞİ]")
_SUFFIXING_LETTERS = re.compile(r"[əƏığĞşŞİçöü]")


def _stems(term: str) -> list[tuple[str, str]]:
    """Each word of ``term`` as (the letters a match keeps, the pattern of what may follow).

    Case endings change the last letters in Russian or Armenian ("перемирие", "перемирии"), so a
    word loses its ending and takes any other; Azerbaijani and Turkish add suffixes to the whole
    word instead ("Xankəndi", "Xankəndidə").
    """
    if _SUFFIXING_LETTERS.search(term) and not re.search(r"[\u0400-\u058f]", term):
        return [(word, r"(?:[-'’]?\w{1,6})?") for word in term.split()]
    stems = []
    for word in term.split():
        cut = 2 if len(word) >= 6 else 1 if len(word) >= 4 else 0
        stems.append((word[: len(word) - cut], r"\w{0,3}"))
    return stems


# "zatrzyma*": the catalog's way to say "any word that begins so", for the languages whose endings
# the automatic stemming below does not know (Polish "zatrzymani", "zatrzymanie", "zatrzymał").
PREFIX_MARK = "*"


def _is_prefix_term(term: str) -> bool:
    return term.endswith(PREFIX_MARK)


# Scripts written without spaces between words (Chinese, Japanese, Thai), or whose words take
# particles and prefixes joined to them (Korean "카라바흐에서", Hebrew "בנגורנו-קרבאך"), and
# Devanagari, whose vowel signs are no word characters to a regular expression: a term in them
# matches anywhere, not only as a whole word.
_UNSPACED_SCRIPT = re.compile(r"[\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _stemmed(term: str) -> bool:
    return _is_prefix_term(term) or _INFLECTED_SCRIPT.search(term) is not None or _unspaced(term)


def _unspaced(term: str) -> bool:
    return _UNSPACED_SCRIPT.search(term) is not None


def _stem_pattern(term: str) -> re.Pattern[str]:
    """``term`` with any endings its words take, whole words only (anywhere, in an unspaced script)."""
    if _unspaced(term):
        return re.compile(re.escape(term), re.IGNORECASE)
    if _is_prefix_term(term):
        words = term[: -len(PREFIX_MARK)].split()
        joined = r"\s+".join(re.escape(word) for word in words)
        return re.compile(rf"(?<!\w){joined}\w*", re.IGNORECASE)
    joined = r"\s+".join(re.escape(kept) + ending for kept, ending in _stems(term))
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


def _stem_needle(term: str) -> str:
    """What every match of ``_stem_pattern(term)`` contains: its first word's kept letters, case-folded."""
    if _unspaced(term):
        return term.casefold()
    if _is_prefix_term(term):
        return term[: -len(PREFIX_MARK)].split()[0].casefold()
    return _stems(term)[0][0].casefold()


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
    whole_topic = {t.casefold() for t in topic_terms if not _is_prefix_term(t)}
    # With every topic term a prefix term, the whole-word pattern is one that never matches.
    topic = re.compile(rf"(?<!\w)(?:{prefix_tree(whole_topic)})(?!\w)" if whole_topic else r"(?!)", re.IGNORECASE)
    owners: dict[str, list[tuple[str, str]]] = {}
    for event in events:
        for term in event.evidence_terms:
            owners.setdefault(term.casefold(), []).append((event.id, term))
    by_length = sorted((term for term in owners if not _is_prefix_term(term)), key=len, reverse=True)
    terms = WholeWords(by_length)
    # Which terms stand inside which, compared case-blind as a term's pattern compares them, where
    # a dotless ı and an i are one letter ("Laçin" inside "Laçın dəhlizi").
    inner_terms = WholeWords(_dotless(term) for term in by_length)
    term_events = {}
    for term in by_length:
        inside = {inner for _, inner in inner_terms.whole_word_occurrences(_dotless(term))}
        term_events[term] = tuple(pair for inner in by_length if _dotless(inner) in inside for pair in owners[inner])
    term_events.update({term: tuple(owners[term]) for term in owners if _is_prefix_term(term)})
    folded_terms = {t.casefold() for t in topic_terms}
    # A term holding another ("haut-karabakh", "karabakh") adds nothing to the substring test.
    needles = tuple(sorted(t for t in whole_topic if not any(other != t and other in t for other in whole_topic)))
    together = tuple(
        tuple(_stem_pattern(w) if _stemmed(w) else _term_pattern(w) for w in map(str, group))
        for group in data.get("topic_together", [])
        if group
    )
    activity_terms = sorted({str(t).casefold() for t in data.get("activity", [])}, key=len, reverse=True)
    plain_activity = [t for t in activity_terms if not _stemmed(t)]
    starts = {(e.start.month, e.start.day) for e in events}
    key_days = tuple(
        [(e.id, e.start) for e in events] + [(e.id, e.end) for e in events if (e.end.month, e.end.day) not in starts]
    )
    stemmed = tuple((_stem_pattern(t), t, _stem_needle(t)) for t in sorted(owners) if _stemmed(t))
    stemmed_topic = tuple((_stem_pattern(t), _stem_needle(t)) for t in sorted(folded_terms) if _stemmed(t))
    activity_stemmed = tuple((_stem_pattern(t), t, _stem_needle(t)) for t in activity_terms if _stemmed(t))
    return Catalog(
        stems_in_any_script=any(_is_prefix_term(t) or _unspaced(t) for t in [*owners, *folded_terms, *activity_terms]),
        key_days=key_days,
        activity=re.compile(rf"(?<!\w)(?:{prefix_tree(plain_activity)})(?!\w)")  # for case-folded text
        if plain_activity
        else None,
        activity_stemmed=activity_stemmed,
        topic=topic,
        events=tuple(events),
        terms=terms,
        term_events=term_events,
        topic_needles=SubstringSet(needles),
        topic_together=together,
        stemmed=stemmed,
        stemmed_topic=stemmed_topic,
        stem_needles=SubstringSet(
            [needle for *_, needle in stemmed + activity_stemmed] + [needle for _, needle in stemmed_topic]
        ),
    )


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
    stems = catalog.stem_needles.found_in(folded) if inflected_script or catalog.stems_in_any_script else set()
    inflected = [(p, t) for p, t, needle in catalog.stemmed if needle in stems]
    if not _on_topic(text, folded, catalog, stems):
        return NO_EVENT
    looks_back = bool(_RETROSPECTIVE.search(folded))
    # Positions below are in the case-folded text, whose lines are the text's lines.
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", folded)]
    paragraphs = len([p for p in text.split("\n") if p.strip()])
    found: dict[str, dict[str, None]] = {}  # event id -> terms in order of appearance
    spread: dict[str, set[int]] = {}
    matches = catalog.terms.finditer(folded)
    matches += [(m.start(), term) for pattern, term in inflected for m in pattern.finditer(folded)]
    matches.sort(key=lambda match: match[0])  # the evidence lists terms in the order the text uses them
    headline_end = folded.find("\n") if "\n" in folded else len(folded)
    in_headline: dict[str, set[str]] = {}
    for start, matched in matches:
        paragraph = bisect_right(paragraph_starts, start) - 1
        for event_id, term in catalog.term_events.get(matched, ()):
            # "offensive" and "Offensive" (English, German) are one piece of evidence.
            found.setdefault(event_id, {})[term.casefold()] = None
            if start < headline_end:
                in_headline.setdefault(event_id, set()).add(term.casefold())
            spread.setdefault(event_id, set()).add(paragraph)
    # "since September 27", "sentyabrın 19-da": the day an episode began (or ended) names it.
    mentioned = day_month_mentions(text)
    for event, day in catalog.key_days:
        if (day.month, day.day) in mentioned:
            found.setdefault(event, {})[f"{day:%d %B}".lstrip("0")] = None
            spread.setdefault(event, set()).add(-1)
    looked_back_to = _years_looked_back(text, earliest) if looks_back else set()
    # "YEREVAN, April 4 (Reuters) -": a dateline without a year still says on which day of an episode.
    dateline_day = yearless_dateline_of(text)
    years_named = {int(y) for y in re.findall(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)", text)}
    scored: list[tuple[float, Event, list[str]]] = []
    with_terms: set[str] = set()
    for event in catalog.events:
        terms = list(found.get(event.id, {}))
        years = sorted(event.years & years_named)
        score = len(terms) + (_YEAR_WEIGHT_LOOKING_BACK if looks_back else _YEAR_WEIGHT) * len(years)
        # The headline says what the article is about; the body also recalls what led up to it.
        score += _HEADLINE_WEIGHT * len(in_headline.get(event.id, ()))
        fit, why = _date_fit(event, earliest, latest, looks_back)
        # Evidence in one sentence is a mention in passing; an article about an episode returns to it.
        enough = len(terms) >= MIN_TERMS or bool(terms and years and looks_back)
        # ... unless it names many of the episode's terms at once, or two of them and is dated
        # inside the episode: then the date and the words confirm each other.
        returns_to_it = len(spread.get(event.id, ())) >= 2 or paragraphs < 3 or len(terms) >= 3 or fit >= _DURING
        if enough and returns_to_it:
            with_terms.add(event.id)
        reasons = [f"terms: {', '.join(terms)}"] if terms else []
        if years:
            reasons.append(f"years named: {', '.join(map(str, years))}")
        score += fit
        if why:
            reasons.append(why)
        if dateline_day and _dateline_falls_in(dateline_day, event):
            score += _DATELINE_WEIGHT
            month, day = dateline_day
            reasons.append(f"dateline {day}/{month} (no year) is a day of {event.start}..{event.end}")
        if looked_back_to and any(event.start.year <= year <= event.end.year for year in looked_back_to):
            score += _LOOKED_BACK_WEIGHT
            reasons.append(f"looks back to {'/'.join(map(str, sorted(looked_back_to)))}")
        scored.append((score, event, reasons))
    # A fitting date alone never makes an event: the words must point at it too, more than once.
    scored = sorted((item for item in scored if item[1].id in with_terms), key=lambda item: (-item[0], item[1].start))
    if not scored or scored[0][0] < MIN_SCORE:
        if looks_back:
            return NO_EVENT
        return _by_window(folded, earliest, latest, catalog, stems)
    best_score, best, reasons = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    confidence = round(min(1.0, (best_score - max(runner_up, 0.0)) / best_score * 0.5 + min(best_score, 8) / 16), 3)
    return EventTag(best.id, confidence, reasons)


# An explicit date pins the window; a range wider than this (a year-less stamp) does not.
_PINNED = dt.timedelta(days=7)
# The lead (headline and first paragraphs) says what an article is about; a mention of the
# fighting further down may be a paragraph of background in a report on something else.
_LEAD_PARAGRAPHS = 3


def _by_window(
    folded: str, earliest: dt.date | None, latest: dt.date | None, catalog: Catalog, stems: set[str]
) -> EventTag:
    """The episode an on-topic article reports on when it names none of the episode's own terms.

    A report dated during an episode, about the region, whose lead and body both speak of
    fighting, ceasefires, casualties or refugees, is about that episode: "Heavy fighting broke out
    on Sunday" names no operation, but on 27 September 2020 it can only mean the 2020 war. The
    date must be stated (a few days at most), and in an episode's window or its aftermath; inside
    a window beats an aftermath, and a short episode beats a long one it falls within.
    ``folded`` is the case-folded text, as the activity patterns expect; ``stems`` the catalog's
    stem fragments it holds, as ``tag_event`` found them.
    """
    if earliest is None or latest is None or latest - earliest > _PINNED or catalog.activity is None:
        return NO_EVENT
    windows = [
        (latest > event.end, (event.end - event.start).days, event)
        for event in catalog.events
        if event.start <= earliest and latest <= event.end + AFTERMATH
    ]
    if not windows:
        return NO_EVENT
    paragraphs = [p for p in folded.split("\n") if p.strip()]
    # About the region, not a comparison in passing ("ceasefires from Yemen to Nagorno-Karabakh"):
    # the headline or the lead names it.
    lead = "\n".join(paragraphs[:_LEAD_PARAGRAPHS])
    if not _on_topic(lead, lead, catalog, stems):
        return NO_EVENT
    found: dict[str, set[int]] = {}
    stemmed = [(p, t) for p, t, needle in catalog.activity_stemmed if needle in stems]
    for number, paragraph in enumerate(paragraphs):
        for match in catalog.activity.finditer(paragraph):
            found.setdefault(match.group(0), set()).add(number)
        for pattern, term in stemmed:
            if pattern.search(paragraph):
                found.setdefault(term, set()).add(number)
    in_lead = any(min(where) < _LEAD_PARAGRAPHS for where in found.values())
    spread = set().union(*found.values()) if found else set()
    if len(found) < 2 or not in_lead or (len(spread) < 2 and len(paragraphs) >= 3):
        return NO_EVENT
    after_end, _, event = min(windows, key=lambda w: (w[0], w[1], w[2].start))
    when = "in the aftermath of" if after_end else "during"
    reasons = [
        f"published {earliest}..{latest}, {when} {event.start}..{event.end}",
        f"reports on the fighting or its consequences: {', '.join(sorted(found))}",
    ]
    return EventTag(event.id, 0.4 if after_end else 0.5, reasons)


# "28 years since", "30 лет назад", "28 il ötür": counted from the publication year, the year looked back to.
_YEARS_BACK = re.compile(
    r"(?<!\d)(\d{1,3})(?:th|st|nd|rd|-?(?:ci|cı|cu|cü|inci|ıncı))?\s+(?:years?|il|лет|года?|ans|jahren?|años|yıl)\b",
    re.IGNORECASE,
)
_LOOKED_BACK_WEIGHT = 2.0
_DATELINE_WEIGHT = 2.0
# A year-less dateline tells episodes apart only when their windows are short: every day of the
# year falls in the six years of the first war.
_SHORT_WINDOW = dt.timedelta(days=366)


def _dateline_falls_in(month_day: tuple[int, int], event: Event) -> bool:
    if (event.end - event.start).days > _SHORT_WINDOW.days:
        return False
    years = range(event.start.year, event.end.year + 1)
    return any(event.start <= day <= event.end for day in days_in_years(month_day, years))


def _years_looked_back(text: str, earliest: dt.date | None) -> set[int]:
    """The years an article looking back points at: its publication year less each number of years."""
    if earliest is None:
        return set()
    years = set()
    for match in _YEARS_BACK.finditer(text):
        back = int(match.group(1))
        if 1 <= back <= 100:
            years.update({earliest.year - back, earliest.year - back - 1})
    return years


def _on_topic(text: str, folded: str, catalog: Catalog, stems: set[str]) -> bool:
    """``stems``: the catalog's stem fragments the folded text holds (none if its script inflects no words)."""
    if catalog.topic_needles.occurs_in(folded) and catalog.topic.search(text):
        return True
    if any(all(word.search(text) for word in group) for group in catalog.topic_together):
        return True
    return any(needle in stems and pattern.search(text) for pattern, needle in catalog.stemmed_topic)


def _date_fit(event: Event, earliest: dt.date | None, latest: dt.date | None, looks_back: bool) -> tuple[float, str]:
    if earliest is None or latest is None:
        return 0.0, ""
    window = f"{event.start}..{event.end}"
    if latest < event.start:
        return -10.0, f"published before the event began ({window})"
    if earliest <= event.end:
        return _DURING, f"published {earliest}..{latest}, during {window}"
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
