#!/usr/bin/env python3
"""Validate the held-out metadata set C (tests/data/metadata-c, stdlib only).

Usage: python3 check_metadata.py [DIRECTORY]

Checks expected.jsonl against the article files next to it:
  * every NNN_slug.txt is listed exactly once, and every listed source exists;
  * the keys are the documented ones; dates are ISO dates (YYYY-MM-DD);
  * date_basis agrees with the date fields (explicit / inferred / none);
  * date_min <= published_date / true_date <= date_max, nothing in the future;
  * event ids come from the catalog (or null);
  * duplicate_of names an existing, earlier file whose text is (nearly) the
    same, and byte-identical articles are always marked as duplicates;
  * articles are 120-400 words;
  * every "Weekday YYYY-MM-DD" written in the cues names the right weekday;
  * a date carried by the file name (NNN_YYYY-MM-DD_slug.txt) is the published_date.
Prints a summary (documents per event, per date_basis, per language) and exits
non-zero if anything is wrong.
"""
from __future__ import annotations

import collections
import datetime as dt
import difflib
import json
import re
import sys
from pathlib import Path

CATALOG = {
    "nk-war-1988-1994": (dt.date(1988, 2, 20), dt.date(1994, 5, 12)),
    "nk-clashes-2016-04": (dt.date(2016, 4, 1), dt.date(2016, 4, 5)),
    "nk-war-2020": (dt.date(2020, 9, 27), dt.date(2020, 11, 10)),
    "armenia-azerbaijan-border-2022-09": (dt.date(2022, 9, 12), dt.date(2022, 9, 14)),
    "lachin-blockade-2022-2023": (dt.date(2022, 12, 12), dt.date(2023, 9, 19)),
    "azerbaijan-offensive-2023-09": (dt.date(2023, 9, 19), dt.date(2023, 9, 21)),
    "nk-exodus-dissolution-2023": (dt.date(2023, 9, 24), dt.date(2024, 1, 1)),
}
REQUIRED_KEYS = {
    "source", "published_date", "date_min", "date_max", "date_basis",
    "event", "language", "duplicate_of", "cues",
}
OPTIONAL_KEYS = {"true_date"}  # the date the article was really published, if known
BASES = {"explicit", "inferred", "none"}
# Slugs may carry an ISO date (NNN_YYYY-MM-DD_slug.txt), hence the hyphen.
NAME_RE = re.compile(r"^(\d{3})_[a-z0-9_-]+\.txt$")
NAME_DATE_RE = re.compile(r"^\d{3}_(\d{4}-\d{2}-\d{2})_")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_DATE_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r") (\d{4}-\d{2}-\d{2})\b")
MIN_WORDS, MAX_WORDS = 120, 400
NEAR_DUPLICATE_RATIO = 0.80
RETROSPECTIVE_GAP = dt.timedelta(days=90)


def parse_date(value, field, source, errors):
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        errors.append(f"{source}: {field} {value!r} is not YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errors.append(f"{source}: {field} {value!r} is not a real date")
        return None


def body_words(text: str) -> int:
    return len(text.split())


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def main(directory: Path) -> int:
    errors: list[str] = []
    expected_path = directory / "expected.jsonl"
    files = sorted(p.name for p in directory.glob("*.txt"))
    for name in files:
        if not NAME_RE.match(name):
            errors.append(f"{name}: file name is not NNN_slug.txt")

    rows = []
    with expected_path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"expected.jsonl:{lineno}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"expected.jsonl:{lineno}: invalid JSON ({exc})")
                continue
            if not isinstance(row, dict):
                errors.append(f"expected.jsonl:{lineno}: not an object")
                continue
            rows.append(row)

    seen = collections.Counter(r.get("source") for r in rows)
    for source, n in seen.items():
        if n > 1:
            errors.append(f"{source}: listed {n} times")
    for name in files:
        if name not in seen:
            errors.append(f"{name}: not listed in expected.jsonl")
    for source in seen:
        if source not in files:
            errors.append(f"{source}: listed but no such file")

    texts = {name: (directory / name).read_text(encoding="utf-8") for name in files}
    order = {name: i for i, name in enumerate(files)}
    today = dt.date.today()
    by_source = {}

    for row in rows:
        src = row.get("source", "<missing source>")
        by_source[src] = row
        keys = set(row)
        if REQUIRED_KEYS - keys:
            errors.append(f"{src}: missing keys {sorted(REQUIRED_KEYS - keys)}")
        if keys - REQUIRED_KEYS - OPTIONAL_KEYS:
            errors.append(f"{src}: unknown keys {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}")

        pub = parse_date(row.get("published_date"), "published_date", src, errors)
        lo = parse_date(row.get("date_min"), "date_min", src, errors)
        hi = parse_date(row.get("date_max"), "date_max", src, errors)
        true = parse_date(row.get("true_date"), "true_date", src, errors)
        basis = row.get("date_basis")

        if basis not in BASES:
            errors.append(f"{src}: date_basis {basis!r} not in {sorted(BASES)}")
        elif basis == "explicit":
            if pub is None or lo != pub or hi != pub:
                errors.append(f"{src}: explicit needs published_date == date_min == date_max")
            if true is not None and pub is not None and true != pub:
                errors.append(f"{src}: true_date {true} differs from published_date {pub}")
        elif basis == "inferred":
            if row.get("published_date") is not None:
                errors.append(f"{src}: inferred must have published_date null")
            if lo is None or hi is None:
                errors.append(f"{src}: inferred needs date_min and date_max")
        elif basis == "none":
            if any(row.get(k) is not None for k in ("published_date", "date_min", "date_max")):
                errors.append(f"{src}: date_basis none needs all dates null")

        if lo and hi and lo > hi:
            errors.append(f"{src}: date_min {lo} > date_max {hi}")
        for label, d in (("published_date", pub), ("true_date", true)):
            if d and lo and hi and not (lo <= d <= hi):
                errors.append(f"{src}: {label} {d} outside [{lo}, {hi}]")
        for label, d in (("published_date", pub), ("date_max", hi), ("true_date", true)):
            if d and d > today:
                errors.append(f"{src}: {label} {d} is in the future")
        if basis == "inferred" and true is None:
            errors.append(f"{src}: inferred row should record true_date to check the range")

        event = row.get("event")
        if event is not None and event not in CATALOG:
            errors.append(f"{src}: unknown event {event!r}")

        lang = row.get("language")
        if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2}", lang):
            errors.append(f"{src}: language {lang!r} is not a two-letter code")

        cues = row.get("cues")
        if not isinstance(cues, str) or not cues.strip():
            errors.append(f"{src}: cues missing")
        else:
            for day, iso in WEEKDAY_DATE_RE.findall(cues):
                try:
                    real = WEEKDAYS[dt.date.fromisoformat(iso).weekday()]
                except ValueError:
                    errors.append(f"{src}: cue date {iso} invalid")
                    continue
                if real != day:
                    errors.append(f"{src}: cue says {day} {iso} but it is a {real}")

        m = NAME_DATE_RE.match(src)
        if m and row.get("published_date") != m.group(1):
            errors.append(f"{src}: file name carries {m.group(1)} but published_date is {row.get('published_date')!r}")

        if src in texts:
            n = body_words(texts[src])
            if not MIN_WORDS <= n <= MAX_WORDS:
                errors.append(f"{src}: {n} words, expected {MIN_WORDS}-{MAX_WORDS}")

        dup = row.get("duplicate_of")
        if dup is not None:
            if dup not in texts:
                errors.append(f"{src}: duplicate_of {dup!r} does not exist")
            elif dup == src:
                errors.append(f"{src}: duplicate_of names itself")
            elif src in order and order[dup] >= order[src]:
                errors.append(f"{src}: duplicate_of {dup} is not an earlier file")
            elif src in texts:
                ratio = similarity(texts[src], texts[dup])
                if ratio < NEAR_DUPLICATE_RATIO:
                    errors.append(f"{src}: only {ratio:.2f} similar to {dup}")

    # Byte-identical files must be marked as duplicates of the earliest copy.
    first_copy: dict[str, str] = {}
    exact_pairs = 0
    for name in files:
        text = texts[name]
        if text in first_copy:
            exact_pairs += 1
            dup = by_source.get(name, {}).get("duplicate_of")
            if dup != first_copy[text]:
                errors.append(f"{name}: identical to {first_copy[text]} but duplicate_of is {dup!r}")
        else:
            first_copy[text] = name

    # Dataset-level requirements of the brief.
    near_pairs = sum(1 for r in rows if r.get("duplicate_of")
                     and texts.get(r["source"]) != texts.get(r["duplicate_of"]))
    events = collections.Counter(r.get("event") for r in rows)
    bases = collections.Counter(r.get("date_basis") for r in rows)
    langs = collections.Counter(r.get("language") for r in rows)
    retrospectives = []
    for r in rows:
        ev = r.get("event")
        lo = r.get("date_min")
        if ev in CATALOG and lo and dt.date.fromisoformat(lo) > CATALOG[ev][1] + RETROSPECTIVE_GAP:
            retrospectives.append(r["source"])
    requirements = [
        (len(rows) >= 36, f"at least 36 documents (have {len(rows)})"),
        (events[None] >= 9, f"at least 9 documents with event null (have {events[None]})"),
        (len(retrospectives) >= 3, f"at least 3 retrospectives (have {len(retrospectives)})"),
        (len([l for l in langs if l != "en"]) >= 6, f"at least 6 non-English languages (have {sorted(l for l in langs if l != 'en')})"),
        (rows and 0.5 <= langs["en"] / len(rows) <= 0.7, f"about 60% English (have {langs['en']} of {len(rows)})"),
        (bases["none"] >= 2, f"at least 2 documents with date_basis none (have {bases['none']})"),
        (near_pairs >= 2, f"at least 2 near-duplicate pairs (have {near_pairs})"),
        (exact_pairs >= 1, f"at least 1 exact duplicate (have {exact_pairs})"),
    ]
    for ev in CATALOG:
        minimum = 3
        requirements.append((events[ev] >= minimum, f"at least {minimum} documents for {ev} (have {events[ev]})"))
    for ok, message in requirements:
        if not ok:
            errors.append("dataset: " + message)

    print(f"{len(rows)} documents")
    print("per event:")
    for ev in list(CATALOG) + [None]:
        print(f"  {str(ev):36} {events[ev]}")
    print("per date_basis: " + ", ".join(f"{b} {bases[b]}" for b in ("explicit", "inferred", "none")))
    print("languages: " + ", ".join(f"{l} {n}" for l, n in sorted(langs.items(), key=lambda x: (-x[1], str(x[0])))))
    print(f"retrospectives: {len(retrospectives)} ({', '.join(retrospectives)})")
    print(f"near-duplicate pairs: {near_pairs}, exact duplicates: {exact_pairs}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    here = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    sys.exit(main(here))
