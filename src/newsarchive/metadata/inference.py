"""Publication ranges inferred from what the text says, when it states no date.

Three kinds of reasoning, each of which a careful reader would accept:

* An article reporting on a catalogued episode (not looking back on it) was published after
  the episode began and, being news, within the episode or its aftermath.
* In an episode shorter than a week, a weekday the article names for what happened
  ("announced on Wednesday") is one of the episode's days, and news uses weekday names for the
  last seven days, so publication falls on that day or in the six days after it.
* An article looking back ("one year on", "thirty years ago today") appeared that many years
  after the episode it looks back on.

Weekdays that fit no day of the episode are ignored rather than forced. Dates that belong to
history ("the 1994 ceasefire") never bound the publication, and without an event nothing is
inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsarchive.metadata.dates import days_in_years, yearless_dateline_of
from newsarchive.metadata.events import AFTERMATH, Catalog, Event

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
    "субботу": 5, "суббота": 5, "воскресенье": 6,
}  # fmt: skip
# The patterns below run on case-folded text: a case-blind pattern is three times slower.
_WEEKDAY = re.compile(r"(?<!\w)(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")(?!\w)")
# "next Thursday", "will … on Thursday": a weekday still to come, not one already past.
_FUTURE_CONTEXT = re.compile(r"\b(?:next|will|would|to be|scheduled|expected|planned|due)\b[^.]{0,60}$", re.IGNORECASE)
WEEK = dt.timedelta(days=6)
SHORT_EPISODE = dt.timedelta(days=7)  # weekdays pin a day only in an episode shorter than a week
# Stricter than the event tagger's look-back words on purpose: there, "remember" is soft evidence
# among others; here a match switches from dating by the episode to dating by its anniversary.
_LOOKS_BACK = re.compile(
    r"\b(?:anniversary|years? ago|years? (?:to the day )?(?:after|since|on|later)|decades? ago|commemorat\w*|"
    r"looking back)\b",
)


@dataclass(frozen=True, slots=True)
class InferredRange:
    earliest: dt.date
    latest: dt.date
    reasons: list[str]
    basis: str = "event"  # what narrowed the range: "event", "event+weekdays", "event+dateline", "anniversary"


def infer_range(text: str, event_id: str | None, catalog: Catalog | None) -> InferredRange | None:
    """The publication range the text justifies through its event and weekdays, or None."""
    if event_id is None or catalog is None:
        return None
    event = next((e for e in catalog.events if e.id == event_id), None)
    if event is None:
        return None
    # "YEREVAN, Sept 13 (Reuters) -" in a report on an episode: the one Sept 13 of the episode or its aftermath.
    dateline_day = yearless_dateline_of(text)
    if dateline_day:
        days = [
            day
            for day in days_in_years(dateline_day, range(event.start.year, (event.end + AFTERMATH).year + 1))
            if event.start <= day <= event.end + AFTERMATH
        ]
        if len(days) == 1:
            # Wire datelines give the day the story was filed; a site reprinting it may run it days later.
            reason = (
                f"dateline gives {days[0]:%d %B} without a year, the one such day of {event.id} or its aftermath;"
                f" published that day or in the {WEEK.days} after"
            )
            return InferredRange(days[0], days[0] + WEEK, [reason], "event+dateline")
    folded = text.casefold()
    # "a war nearly two years ago" recalls history; an anniversary counts its years exactly.
    counted = _APPROXIMATE_COUNT.sub(" ", folded)
    if _LOOKS_BACK.search(counted):
        looked_back = _anniversary(counted, event)
        if looked_back is None or looked_back.earliest <= dt.date.today():
            return looked_back
        # Counted from this episode, "a truce signed 22 years ago" lands in the future: the years
        # run back from history the article recalls, and the article reports on the episode itself.
    earliest, latest = event.start, event.end + AFTERMATH
    reasons = [
        f"reports on {event.id} ({event.start}..{event.end}): published during it or in the {AFTERMATH.days} days after"
    ]
    if (event.end - event.start).days > SHORT_EPISODE.days:
        return InferredRange(earliest, latest, reasons)

    # In a short episode, a weekday named for something that happened is one of its days.
    named = []
    for match in _WEEKDAY.finditer(folded):
        if _FUTURE_CONTEXT.search(folded[max(0, match.start() - 80) : match.start()]):
            continue
        weekday = _WEEKDAYS[match.group(1).casefold()]
        days = [event.start + dt.timedelta(days=n) for n in range((event.end - event.start).days + 1)]
        occurrences = [d for d in days if d.weekday() == weekday]
        if len(occurrences) == 1:
            named.append((match.group(1), occurrences[0]))
    if named:
        last = max(day for _, day in named)
        first = min(day for _, day in named)
        earliest, latest = max(earliest, last), min(latest, first + WEEK)
        words = ", ".join(sorted({f"{word} = {day}" for word, day in named}))
        reasons.append(f"names days of the episode ({words}); news names weekdays of the past week")
        return InferredRange(earliest, latest, reasons, "event+weekdays")
    return InferredRange(earliest, latest, reasons)


_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "first": 1, "second": 2, "third": 3, "fifth": 5, "tenth": 10}
_YEARS_ON = re.compile(
    r"\b(\d{1,2}|[a-z]+)(?:st|nd|rd|th)? (?:years? (?:ago|on|after|since|later)|anniversary)\b|"
    r"\b(a|one) year (?:to the day )?(?:ago|on|after|since|later)\b",
)
_APPROXIMATE_COUNT = re.compile(
    r"\b(?:nearly|almost|about|around|some|over|roughly|more than|less than|under)\s+(?:\d{1,2}|[a-z]+)\s+"
    r"(?:years?|decades?) (?:ago|after|since|on|later)\b",
)
ANNIVERSARY_SLACK_BEFORE = dt.timedelta(days=3)
ANNIVERSARY_SLACK_AFTER = dt.timedelta(days=7)


def _anniversary(text: str, event: Event) -> InferredRange | None:
    """'One year on', 'thirty years ago today': the episode's dates moved on by that many years.

    Anniversary pieces run in the days around the date they mark; the range spans the whole
    episode moved by N years, with a few days either side. No number, or several that
    disagree, and nothing is inferred.
    """
    years = set()
    for match in _YEARS_ON.finditer(text):
        word = (match.group(1) or match.group(2) or "").casefold()
        number = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1 if word == "a" else None)
        if number:
            years.add(number)
    if len(years) != 1:
        return None
    (years_on,) = years
    try:
        earliest = event.start.replace(year=event.start.year + years_on) - ANNIVERSARY_SLACK_BEFORE
        latest = event.end.replace(year=event.end.year + years_on) + ANNIVERSARY_SLACK_AFTER
    except ValueError:  # the episode started or ended on 29 February
        return None
    return InferredRange(
        earliest, latest, [f"looks back {years_on} year(s) on {event.id} ({event.start}..{event.end})"], "anniversary"
    )
