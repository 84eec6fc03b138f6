#!/usr/bin/env python3
"""Validate the metadata development set D (tests/data/metadata-d, stdlib only).

Usage: python3 check_metadata.py [DIRECTORY]

Checks expected.jsonl against the article files next to it:
  * every NNN_slug.txt is listed exactly once, and every listed source exists;
  * the keys are the documented ones; dates are ISO dates (YYYY-MM-DD);
  * date_basis agrees with the date fields (explicit / inferred / none);
  * date_min <= published_date / true_date <= date_max, nothing in the future;
  * event ids come from the catalog (or null); an article is not dated before
    the episode it is about begins;
  * language codes come from the set's language list;
  * duplicate_of names an existing, earlier file whose text is (nearly) the
    same, with the same event and language and an overlapping date range, and
    byte-identical articles are always marked as duplicates;
  * articles are 150-600 words;
  * every "Weekday YYYY-MM-DD" written in the cues names the right weekday;
  * every "Solar Hijri YYYY-MM-DD = YYYY-MM-DD" written in the cues converts
    correctly (Iranian calendar, 33-year-cycle algorithm);
  * an explicit published_date is written in the document in a recognised
    form (numeric dd.mm.yyyy / dd/mm/yyyy / yyyy/mm/dd as in URLs, a month
    name in one of the set's languages, a Solar Hijri date, Persian or
    Arabic-Indic digits), or carried by the file name (NNN_YYYY-MM-DD_slug.txt);
    an inferred or none row's true date is NOT written as a full date;
  * the set covers the date forms of the brief (bottom stamps, "Updated"-only
    stamps, agency lines with IDs, Solar Hijri dates in both digit sets,
    Arabic-Indic digits, Arabic double month names, Armenian / Georgian
    year-first dates, Russian / Ukrainian "г." / "року", Polish "r.",
    numeric dates with times, bylines with dates, URL dates, relative-only
    datings).
Prints a summary (documents per event, per date_basis, per language, per date
form) and exits non-zero if anything is wrong.
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
FOCUS_LANGS = ["hy", "az", "ru", "pl", "ka", "tr", "fa", "es", "it", "ar", "uk"]
EXTRA_LANGS = ["en", "fr", "de"]
LANGS = set(FOCUS_LANGS + EXTRA_LANGS)
# Slugs may carry an ISO date (NNN_YYYY-MM-DD_slug.txt), hence the hyphen.
NAME_RE = re.compile(r"^(\d{3})_[a-z0-9_-]+\.txt$")
NAME_DATE_RE = re.compile(r"^\d{3}_(\d{4}-\d{2}-\d{2})_")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_DATE_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r") (\d{4}-\d{2}-\d{2})\b")
SOLAR_CUE_RE = re.compile(r"Solar Hijri (\d{4})-(\d{2})-(\d{2}) = (\d{4}-\d{2}-\d{2})")
MIN_WORDS, MAX_WORDS = 150, 600
NEAR_DUPLICATE_RATIO = 0.80
RETROSPECTIVE_GAP = dt.timedelta(days=90)

# --- digits and month names -------------------------------------------------
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
PERSIAN_DIGITS = re.compile(r"[۰-۹]")
ARABIC_INDIC_DIGITS = re.compile(r"[٠-٩]")

# Gregorian month names (nominative and genitive) in the set's languages.
MONTHS = {
    1: ["january", "jan", "janvier", "januar", "enero", "gennaio", "stycznia", "styczeń", "января",
        "январь", "січня", "ocak", "yanvar", "հունվարի", "იანვარი", "იანვრის", "يناير", "كانون الثاني", "ژانویه"],
    2: ["february", "feb", "février", "februar", "febrero", "febbraio", "lutego", "февраля", "лютого",
        "şubat", "fevral", "փետրվարի", "თებერვალი", "თებერვლის", "فبراير", "شباط", "فوریه"],
    3: ["march", "mars", "märz", "marzo", "marca", "марта", "березня", "mart", "մարտի", "მარტი",
        "მარტის", "مارس", "آذار"],
    4: ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "апреля", "квітня", "nisan",
        "aprel", "ապրիլի", "აპრილი", "აპრილის", "أبريل", "نيسان", "آوریل"],
    5: ["may", "mai", "mayo", "maggio", "maja", "мая", "травня", "mayıs", "մայիսի", "მაისი", "მაისის",
        "مايو", "أيار"],
    6: ["june", "jun", "juin", "juni", "junio", "giugno", "czerwca", "июня", "червня", "haziran", "iyun",
        "հունիսի", "ივნისი", "ივნისის", "يونيو", "حزيران", "ژوئن"],
    7: ["july", "jul", "juillet", "juli", "julio", "luglio", "lipca", "июля", "липня", "temmuz", "iyul",
        "հուլիսի", "ივლისი", "ივლისის", "يوليو", "تموز", "ژوئیه"],
    8: ["august", "aug", "août", "agosto", "sierpnia", "августа", "серпня", "ağustos", "avqust",
        "օգոստոսի", "აგვისტო", "აგვისტოს", "أغسطس", "اوت"],
    9: ["september", "sep", "sept", "septembre", "septiembre", "settembre", "września", "сентября",
        "вересня", "eylül", "sentyabr", "սեպտեմբերի", "სექტემბერი", "სექტემბრის", "سبتمبر", "أيلول", "سپتامبر"],
    10: ["october", "oct", "octobre", "oktober", "octubre", "ottobre", "października", "октября",
         "жовтня", "ekim", "oktyabr", "հոկտեմբերի", "ოქტომბერი", "ოქტომბრის", "أكتوبر", "تشرين الأول", "اکتبر"],
    11: ["november", "nov", "novembre", "noviembre", "listopada", "ноября", "листопада", "kasım",
         "noyabr", "նոյեմբերի", "ნოემბერი", "ნოემბრის", "نوفمبر", "تشرين الثاني", "نوامبر"],
    12: ["december", "dec", "décembre", "dezember", "diciembre", "dicembre", "grudnia", "декабря",
         "грудня", "aralık", "dekabr", "դեկտեմբերի", "დეკემბერი", "დეკემბრის", "ديسمبر", "كانون الأول", "دسامبر"],
}
SOLAR_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
ARABIC_DOUBLE_MONTH_RE = re.compile(
    r"(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/"
    r"(كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)")

UPDATE_WORDS = ["updated", "обновлено", "оновлено", "güncelleme", "actualizado", "mis à jour",
                "stand:", "թարմացվել", "aggiornato", "განახლდა", "آخر تحديث", "به‌روزرسانی"]
PUBLISH_WORDS = ["published", "publié", "yayın tarihi", "تاریخ انتشار", "نُشر", "opublikowano",
                 "publicado", "pubblicato", "veröffentlicht", "опубликовано", "опубліковано"]
RELATIVE_WORDS = ["yesterday", "hier", "gestern", "ayer", "ieri", "wczoraj", "вчера", "вчора",
                  "dün", "dünən", "երեկ", "გუშინ", "أمس", "دیروز", "روز گذشته"]
AGENCY_ID_RE = re.compile(r"(کد خبر|شناسه خبر|Haber Kodu|Xəbər kodu|رقم الخبر)\s*:\s*[0-9۰-۹٠-٩]{4,}")
URL_DATE_RE = re.compile(r"https?://\S*/(?:19|20)\d\d/\d\d/\d\d/")
NUMERIC_TIME_RE = re.compile(r"(?<!\d)\d{2}[./]\d{2}[./]\d{4}\D{0,8}\d{1,2}[:h]\d{2}")
YEAR_FIRST_HY_KA_RE = re.compile(r"\d{4} (?:թ\. \S+ի \d{1,2}|წლის \d{1,2} \S+)")
GEORGIAN_DAY_FIRST_RE = re.compile(r"\d{1,2} \S+ი, \d{4}")
RU_UK_YEAR_RE = re.compile(r"\d{1,2} [а-яіїєґ]+ \d{4} (?:г\.|року)")
PL_YEAR_RE = re.compile(r"\d{1,2} [a-ząćęłńóśźż]+ \d{4} r\.")
BYLINE_RE = re.compile(r"^(?:\S+ ){1,2}\S+, \d{1,2}[. ]", re.M)


# --- Solar Hijri (Jalali) calendar, 33-year-cycle "jalaali" algorithm --------
_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
           2192, 2262, 2324, 2394, 2456, 3178]


def _div(a: int, b: int) -> int:
    return int(a / b)


def _mod(a: int, b: int) -> int:
    return a - int(a / b) * b


def farvardin_first(jy: int) -> dt.date:
    """Gregorian date of 1 Farvardin of Solar Hijri year jy."""
    gy = jy + 621
    leap_j, jp, jump = -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = jy - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    return dt.date(gy, 3, 20 + leap_j - leap_g)


def solar_to_gregorian(jy: int, jm: int, jd: int) -> dt.date:
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        raise ValueError("bad Solar Hijri date")
    days = sum(31 if m <= 6 else 30 for m in range(1, jm)) + jd - 1
    return farvardin_first(jy) + dt.timedelta(days=days)


def gregorian_to_solar(d: dt.date) -> tuple[int, int, int]:
    jy = d.year - 621
    if d < farvardin_first(jy):
        jy -= 1
    n = (d - farvardin_first(jy)).days
    for jm in range(1, 13):
        length = 31 if jm <= 6 else 30
        if n < length:
            return jy, jm, n + 1
        n -= length
    return jy, 12, n + 1  # 30 Esfand of a leap year


# --- finding a date written in a document ------------------------------------
def _word(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I)


MONTH_PATTERNS = {m: [_word(n) for n in names] for m, names in MONTHS.items()}
SOLAR_PATTERNS = [_word(n) for n in SOLAR_MONTHS]


def _num(n: int) -> re.Pattern:
    return re.compile(r"(?<!\d)0?" + str(n) + r"(?!\d)")


def date_lines(text: str, d: dt.date) -> list[int]:
    """Indices of the lines of text that write the full date d."""
    lines = text.translate(DIGITS).splitlines()
    jy, jm, jd = gregorian_to_solar(d)
    numeric = [
        f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month:02d}.{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
        f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{jy}/{jm:02d}/{jd:02d}", f"{jy}/{jm}/{jd}",
    ]
    numeric_res = [re.compile(r"(?<!\d)" + re.escape(s) + r"(?!\d)") for s in numeric]
    day_re, year_re = _num(d.day), re.compile(r"(?<!\d)" + str(d.year) + r"(?!\d)")
    sday_re, syear_re = _num(jd), re.compile(r"(?<!\d)" + str(jy) + r"(?!\d)")
    found = []
    for i, line in enumerate(lines):
        if any(r.search(line) for r in numeric_res):
            found.append(i)
        elif year_re.search(line) and day_re.search(line) and any(
                p.search(line) for p in MONTH_PATTERNS[d.month]):
            found.append(i)
        elif syear_re.search(line) and sday_re.search(line) and SOLAR_PATTERNS[jm - 1].search(line):
            found.append(i)
    return found


def body_end(lines: list[str]) -> int:
    """Index of the last article paragraph (a line of 25 words or more)."""
    last = -1
    for i, line in enumerate(lines):
        if len(line.split()) >= 25:
            last = i
    return last


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
    forms: dict[str, list[str]] = collections.defaultdict(list)

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
            if true is None:
                errors.append(f"{src}: inferred row should record true_date to check the range")
        elif basis == "none":
            if any(row.get(k) is not None for k in ("published_date", "date_min", "date_max", "true_date")):
                errors.append(f"{src}: date_basis none needs all dates (and true_date) null")

        if lo and hi and lo > hi:
            errors.append(f"{src}: date_min {lo} > date_max {hi}")
        for label, d in (("published_date", pub), ("true_date", true)):
            if d and lo and hi and not (lo <= d <= hi):
                errors.append(f"{src}: {label} {d} outside [{lo}, {hi}]")
        for label, d in (("published_date", pub), ("date_max", hi), ("true_date", true)):
            if d and d > today:
                errors.append(f"{src}: {label} {d} is in the future")

        event = row.get("event")
        if event is not None and event not in CATALOG:
            errors.append(f"{src}: unknown event {event!r}")
        elif event is not None and hi and hi < CATALOG[event][0]:
            errors.append(f"{src}: dated {hi}, before its event {event} begins ({CATALOG[event][0]})")

        lang = row.get("language")
        if lang not in LANGS:
            errors.append(f"{src}: language {lang!r} not in {sorted(LANGS)}")

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
            for jy, jm, jd, iso in SOLAR_CUE_RE.findall(cues):
                try:
                    real = solar_to_gregorian(int(jy), int(jm), int(jd))
                except ValueError:
                    errors.append(f"{src}: cue Solar Hijri {jy}-{jm}-{jd} invalid")
                    continue
                if real.isoformat() != iso:
                    errors.append(f"{src}: cue says Solar Hijri {jy}-{jm}-{jd} = {iso} but it is {real}")

        m = NAME_DATE_RE.match(src)
        if m and row.get("published_date") != m.group(1):
            errors.append(f"{src}: file name carries {m.group(1)} but published_date is {row.get('published_date')!r}")

        text = texts.get(src)
        if text is not None:
            n = body_words(text)
            if not MIN_WORDS <= n <= MAX_WORDS:
                errors.append(f"{src}: {n} words, expected {MIN_WORDS}-{MAX_WORDS}")
            lines = text.splitlines()
            # The explicit date must be written in the document (or the file name).
            if basis == "explicit" and pub:
                where = date_lines(text, pub)
                if not where and not m:
                    errors.append(f"{src}: explicit {pub} is not written in the text in a recognised form")
                if where:
                    first = lines[where[0]].lower()
                    if where[0] > body_end(lines):
                        forms["bottom stamp"].append(src)
                    if any(w in first for w in UPDATE_WORDS) and not any(w in text.lower() for w in PUBLISH_WORDS):
                        forms["updated-only stamp"].append(src)
                    if URL_DATE_RE.search(lines[where[0]]):
                        forms["URL date"].append(src)
            elif basis in ("inferred", "none") and true:
                where = date_lines(text, true)
                if where:
                    errors.append(f"{src}: {basis} row but its true date {true} is written in line {where[0] + 1}")
            if basis == "inferred":
                low = text.lower()
                if any(_word(w).search(low) for w in RELATIVE_WORDS):
                    forms["relative-only dating"].append(src)
            # Date forms the set must cover (text-based).
            if PERSIAN_DIGITS.search(text):
                forms["Persian digits"].append(src)
            if ARABIC_INDIC_DIGITS.search(text):
                forms["Arabic-Indic digits"].append(src)
            if AGENCY_ID_RE.search(text):
                forms["agency line with ID"].append(src)
            if lang == "fa" and basis == "explicit" and pub:
                jy = gregorian_to_solar(pub)[0]
                if re.search(r"(?<!\d)" + str(jy) + r"(?!\d)", text.translate(DIGITS)):
                    key = "Solar Hijri, Persian digits" if PERSIAN_DIGITS.search(
                        "\n".join(lines[i] for i in date_lines(text, pub))) else "Solar Hijri, Latin digits"
                    forms[key].append(src)
            if ARABIC_DOUBLE_MONTH_RE.search(text):
                forms["Arabic double month names"].append(src)
            if YEAR_FIRST_HY_KA_RE.search(text) or GEORGIAN_DAY_FIRST_RE.search(text):
                forms["Armenian/Georgian date"].append(src)
            if RU_UK_YEAR_RE.search(text):
                forms["ru/uk genitive + г./року"].append(src)
            if PL_YEAR_RE.search(text):
                forms["Polish 'r.'"].append(src)
            if NUMERIC_TIME_RE.search(text.translate(DIGITS)):
                forms["dd.mm.yyyy / dd/mm/yyyy + time"].append(src)
            if BYLINE_RE.search(text):
                forms["byline with date"].append(src)

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

    # Duplicates agree with their originals.
    for row in rows:
        dup = row.get("duplicate_of")
        orig = by_source.get(dup) if dup else None
        if not orig:
            continue
        src = row.get("source")
        for key in ("event", "language"):
            if row.get(key) != orig.get(key):
                errors.append(f"{src}: {key} {row.get(key)!r} differs from its original {dup} ({orig.get(key)!r})")
        a_lo, a_hi, b_lo, b_hi = row.get("date_min"), row.get("date_max"), orig.get("date_min"), orig.get("date_max")
        if all((a_lo, a_hi, b_lo, b_hi)) and (a_hi < b_lo or b_hi < a_lo):
            errors.append(f"{src}: date range [{a_lo}, {a_hi}] does not overlap its original's [{b_lo}, {b_hi}]")

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
        (len(rows) == 44, f"44 documents (have {len(rows)})"),
        (9 <= events[None] <= 11, f"about 10 documents with event null (have {events[None]})"),
        (len(retrospectives) >= 3, f"at least 3 retrospectives (have {len(retrospectives)})"),
        (bases["inferred"] >= 8, f"at least 8 documents with date_basis inferred (have {bases['inferred']})"),
        (bases["none"] >= 2, f"at least 2 documents with date_basis none (have {bases['none']})"),
        (near_pairs >= 2, f"at least 2 near-duplicate pairs (have {near_pairs})"),
        (exact_pairs >= 1, f"at least 1 exact duplicate (have {exact_pairs})"),
    ]
    for lang in FOCUS_LANGS:
        requirements.append((2 <= langs[lang] <= 4, f"roughly 3 documents in {lang} (have {langs[lang]})"))
    for lang in EXTRA_LANGS:
        requirements.append((langs[lang] >= 1, f"some documents in {lang} (have {langs[lang]})"))
    for ev in CATALOG:
        requirements.append((events[ev] >= 3, f"at least 3 documents for {ev} (have {events[ev]})"))
    form_minimum = {
        "bottom stamp": 3, "updated-only stamp": 3, "agency line with ID": 3,
        "Solar Hijri, Persian digits": 1, "Solar Hijri, Latin digits": 1, "Persian digits": 2,
        "Arabic-Indic digits": 2, "Arabic double month names": 2, "Armenian/Georgian date": 3,
        "ru/uk genitive + г./року": 3, "Polish 'r.'": 2, "dd.mm.yyyy / dd/mm/yyyy + time": 3,
        "byline with date": 3, "URL date": 3, "relative-only dating": 4,
    }
    for form, minimum in form_minimum.items():
        have = len(set(forms[form]))
        requirements.append((have >= minimum, f"at least {minimum} documents with {form} (have {have})"))
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
    print("date forms:")
    for form in form_minimum:
        docs = sorted(set(forms[form]))
        print(f"  {form:32} {len(docs):2}  ({', '.join(d[:3] for d in docs)})")

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
