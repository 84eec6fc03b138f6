#!/usr/bin/env python3
"""Maintainer-side checks for the metadata-heldout-2 blind set.

Run:  python3 validate.py   (from any directory)

Checks every label in expected.jsonl against the documents and the README:
fields, ranges, explicit dates present in the text, no give-away full date inside
inferred documents, no full dates at all in "none" documents, weekday consistency
against the real calendar (Python datetime, Solar Hijri dates converted), duplicates
pointing to earlier files, coarse language identity and the README count tables.
Exits non-zero on the first batch of failures.  Developers must not run this with
verbose output or read what it prints about individual documents.
"""
import datetime as dt
import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

FIELDS = ["source", "published_date", "date_min", "date_max", "date_basis", "event",
          "language", "duplicate_of", "cues", "true_date"]
EVENTS = {
    "nk-war-1988-1994": ("1988-02-20", "1994-05-12"),
    "nk-clashes-2016-04": ("2016-04-01", "2016-04-05"),
    "nk-war-2020": ("2020-09-27", "2020-11-10"),
    "armenia-azerbaijan-border-2022-09": ("2022-09-12", "2022-09-14"),
    "lachin-blockade-2022-2023": ("2022-12-12", "2023-09-19"),
    "azerbaijan-offensive-2023-09": ("2023-09-19", "2023-09-20"),
    "nk-exodus-dissolution-2023": ("2023-09-21", "2023-12-31"),
}
LANGS = {"en", "hy", "az", "ru", "ka", "tr", "fa", "ar", "es", "it", "pl"}
N_DOCS = 45
FIRST, LAST = 900, 944

# Documents that are byte-identical copies (all other duplicates are edited reprints).
EXACT_COPIES = {"933_punkt-kontrolny-hakari-kopia.txt"}

# Relative weekday cues: (file, phrase that must occur in the text, the date it refers to).
WEEKDAY_CLAIMS = [
    ("900_stepanakert-shelling-seventh-day.txt", "Saturday", "2020-10-03"),
    ("902_month-into-lachin-blockade.txt", "Monday", "2023-01-09"),
    ("902_month-into-lachin-blockade.txt", "Thursday", "2023-01-12"),
    ("903_ghazanchetsots-shushi.txt", "հինգշաբթի", "2020-10-08"),
    ("905_karabakh-fighting-sunday.txt", "Sunday", "2016-04-03"),
    ("905_karabakh-fighting-sunday.txt", "Saturday", "2016-04-02"),
    ("906_atletico-qarabag-empate.txt", "martes", "2017-10-31"),
    ("909_kornidzor-this-morning.txt", "Monday", "2023-09-25"),
    ("909_kornidzor-this-morning.txt", "Tuesday", "2023-09-19"),
    ("910_karabag-operasyon-basladi.txt", "Salı", "2023-09-19"),
    ("911_jermuk-after-ceasefire.txt", "Tuesday", "2022-09-13"),
    ("911_jermuk-after-ceasefire.txt", "Wednesday", "2022-09-14"),
    ("912_punkt-kontrolny-hakari.txt", "niedzielę", "2023-04-23"),
    ("912_punkt-kontrolny-hakari.txt", "poniedziałku", "2023-04-24"),
    ("914_zayavlenie-prekrashchenie-ognya.txt", "вторник", "2020-11-10"),
    ("915_karabakh-capital-shelled.txt", "Sunday", "2020-10-04"),
    ("915_karabakh-capital-shelled.txt", "Saturday", "2020-10-03"),
    ("916_khodaafarin-khompare.txt", "یکشنبه", "2020-10-04"),
    ("918_hudna-yemen.txt", "السبت", "2022-04-02"),
    ("919_third-day-fighting-talish.txt", "Monday", "2016-04-04"),
    ("919_third-day-fighting-talish.txt", "Sunday", "2016-04-03"),
    ("919_third-day-fighting-talish.txt", "Saturday", "2016-04-02"),
    ("921_pashinyan-elected-pm.txt", "Tuesday", "2018-05-08"),
    ("923_kornidzor-refugees-reprint.txt", "Monday", "2023-09-25"),
    ("923_kornidzor-refugees-reprint.txt", "Tuesday", "2023-09-19"),
    ("924_peremirie-vstupilo.txt", "четверг", "1994-05-12"),
    ("925_tovuz-border-clashes.txt", "Sunday", "2020-07-12"),
    ("925_tovuz-border-clashes.txt", "Tuesday", "2020-07-14"),
    ("926_icj-lachin-order.txt", "Wednesday", "2023-02-22"),
    ("927_azerbaijan-launches-operation.txt", "Tuesday", "2023-09-19"),
    ("930_jermuk-residents-return.txt", "Tuesday", "2022-09-13"),
    ("930_jermuk-residents-return.txt", "Wednesday", "2022-09-14"),
    ("931_sinir-catismasi-kasim.txt", "Salı", "2021-11-16"),
    ("932_khojaly-thirty-years-tonight.txt", "Friday", "2022-02-25"),
    ("934_two-weeks-after-ceasefire.txt", "Friday", "2020-11-20"),
    ("934_two-weeks-after-ceasefire.txt", "Wednesday", "2020-11-25"),
    ("935_evlaj-conversaciones.txt", "miércoles", "2023-09-20"),
    ("935_evlaj-conversaciones.txt", "jueves", "2023-09-21"),
    ("937_marz-armenistan-azerbaijan.txt", "سه‌شنبه", "2022-09-13"),
    ("938_gharabaghyan-sharzhum-30.txt", "Երեքշաբթի", "2018-02-20"),
    ("939_eko-aksiya-10-cu-gun.txt", "çərşənbə", "2022-12-21"),
    ("940_karabakh-ceasefire-disarm.txt", "Tuesday", "2023-09-19"),
    ("940_karabakh-ceasefire-disarm.txt", "Wednesday", "2023-09-20"),
    ("941_aresztowania-przywodcow.txt", "we wtorek", "2023-10-03"),
    ("942_four-day-war-seven-years.txt", "Sunday", "2023-04-02"),
    ("943_exodus-one-year-on.txt", "Tuesday", "2023-09-19"),
]

# Weekday words per language, index 0 = Monday.
WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятниц", "суббот", "воскресень"],
    "pl": ["poniedział", "wtor", "środ", "czwart", "piąt", "sobot", "niedziel"],
    "tr": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
    "az": ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "hy": ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"],
    "ka": ["ორშაბათ", "სამშაბათ", "ოთხშაბათ", "ხუთშაბათ", "პარასკევ", "შაბათ", "კვირა"],
    "fa": ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}
# az "çərşənbə axşamı" = Tuesday, "çərşənbə" = Wednesday, "cümə axşamı" = Thursday.
AZ_INDEX = [0, 1, 2, 3, 4, 5, 6]

MONTHS = {
    1: "january jan janvier января январь ocak yanvar enero gennaio stycznia styczeń "
       "հունվարի հունվար იანვარი იანვრის ژانویه يناير كانون_الثاني",
    2: "february feb февраля февраль şubat fevral febrero febbraio lutego luty "
       "փետրվարի փետրվար თებერვალი თებერვლის فوریه فبراير شباط",
    3: "march mar марта март mart marzo marca marzec մարտի մարտ მარტი მარტის مارس آذار",
    4: "april apr апреля апрель nisan aprel abril aprile kwietnia kwiecień "
       "ապրիլի ապրիլ აპრილი აპრილის آوریل أبريل نيسان",
    5: "may мая май mayıs mayo maggio maja maj մայիսի մայիս მაისი მაისის مه مايو أيار",
    6: "june jun июня июнь haziran iyun junio giugno czerwca czerwiec "
       "հունիսի հունիս ივნისი ივნისის ژوئن يونيو حزيران",
    7: "july jul июля июль temmuz iyul julio luglio lipca lipiec "
       "հուլիսի հուլիս ივლისი ივლისის ژوئیه يوليو تموز",
    8: "august aug августа август ağustos avqust agosto sierpnia sierpień "
       "օգոստոսի օգոստոս აგვისტო აგვისტოს اوت أغسطس آب",
    9: "september sep sept сентября сентябрь eylül sentyabr septiembre settembre "
       "września wrzesień սեպտեմբերի սեպտեմբեր სექტემბერი სექტემბრის سپتامبر سبتمبر أيلول",
    10: "october oct октября октябрь ekim oktyabr octubre ottobre października "
        "październik հոկտեմբերի հոկտեմբեր ოქტომბერი ოქტომბრის اکتبر أكتوبر تشرين_الأول",
    11: "november nov ноября ноябрь kasım noyabr noviembre novembre listopada listopad "
        "նոյեմբերի նոյեմբեր ნოემბერი ნოემბრის نوامبر نوفمبر تشرين_الثاني",
    12: "december dec декабря декабрь aralık dekabr diciembre dicembre grudnia grudzień "
        "դեկտեմբերի դեկտեմբեր დეკემბერი დეკემბრის دسامبر ديسمبر كانون_الأول",
}
JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
                 "آبان", "آذر", "دی", "بهمن", "اسفند"]

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def jalali_to_gregorian(jy, jm, jd):
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    mdays = [0, 31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 1
    while gm < 13 and gd > mdays[gm]:
        gd -= mdays[gm]
        gm += 1
    return dt.date(gy, gm, gd)


assert jalali_to_gregorian(1399, 1, 1) == dt.date(2020, 3, 20)
assert jalali_to_gregorian(1400, 1, 1) == dt.date(2021, 3, 21)
assert jalali_to_gregorian(1402, 7, 1) == dt.date(2023, 9, 23)


def mk(y, m, d):
    try:
        if 1300 <= y <= 1450:
            return jalali_to_gregorian(y, m, d)
        if 1900 <= y <= 2100:
            return dt.date(y, m, d)
    except ValueError:
        return None
    return None


def norm(text):
    return text.translate(DIGITS).replace("\u200c", "\u200c")


def month_regex():
    alts = []
    for m, words in MONTHS.items():
        for w in words.split():
            alts.append((w.replace("_", r"\s+"), m, False))
    for i, w in enumerate(JALALI_MONTHS):
        alts.append((w, i + 1, True))
    alts.sort(key=lambda a: -len(a[0]))
    return alts


MONTH_ALTS = month_regex()
MONTH_RE = re.compile(r"(?<!\w)(" + "|".join(a[0] for a in MONTH_ALTS) + r")\.?(?!\w)", re.I)


def month_of(token):
    t = token.lower()
    for pat, m, jal in MONTH_ALTS:
        if re.fullmatch(pat, t, re.I):
            return m, jal
    return None, None


def full_dates(text):
    """All full (day, month, year) dates written in the text, as (date, start, end)."""
    t = norm(text)
    out = []
    for m in re.finditer(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", t):
        d = mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            out.append((d, m.start(), m.end()))
    for m in re.finditer(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)", t):
        d = mk(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            out.append((d, m.start(), m.end()))
    for m in MONTH_RE.finditer(t):
        month, jal = month_of(m.group(1).rstrip("."))
        if month is None:
            continue
        left = t[max(0, m.start() - 20):m.start()].split("\n")[-1]
        right = t[m.end():m.end() + 24].split("\n")[0]
        day_l = re.search(r"(?<!\d)(\d{1,2})(?:-?(?:ci|cı|cu|cü|er|st|nd|rd|th)|°)?\.?\s*(?:de\s+|,\s*)?$", left)
        day_r = re.match(r"\s*(\d{1,2})(?:-?(?:ին|ci|cı|cu|cü|st|nd|rd|th))?(?!\d)", right)
        yr_r = re.match(r"[\s,./]*(?:\d{1,2}(?:-?\w{0,3})?[\s,]*)?(?:de\s+|/\S+\s+)?(\d{4})(?!\d)", right)
        yr_l = re.search(r"(?<!\d)(\d{4})\s*(?:թ\.|წლის|il)?[\s,]*(?:\d{1,2}\s*)?$", left)
        day = day_l or day_r
        year = yr_r or yr_l
        if not day or not year:
            continue
        y, dd = int(year.group(1)), int(day.group(1))
        if jal != (1300 <= y <= 1450):
            continue
        d = mk(y, month, dd)
        if d:
            out.append((d, m.start(), m.end()))
    return out


def weekday_words_near(text, start, end):
    """Weekday words in a small window around a full date (longest match wins)."""
    t = norm(text).lower()
    window = t[max(0, start - 30):start] + " | " + t[end:end + 22]
    hits = []
    for lang, words in WEEKDAYS.items():
        for idx, w in enumerate(words):
            pat = re.escape(w) if lang in ("fa", "ar") else r"(?<!\w)" + re.escape(w)
            for m in re.finditer(pat, window):
                hits.append((m.start(), m.end(), lang, idx, w))
    keep = [h for h in hits if not any(o is not h and o[0] <= h[0] and h[1] <= o[1]
                                       and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)]
    return [(lang, idx, w) for (_, _, lang, idx, w) in keep]


def weekday_index(phrase):
    p = phrase.lower()
    best = None
    for lang, words in WEEKDAYS.items():
        for idx, w in enumerate(words):
            if w in p and (best is None or len(w) > len(best[1])):
                best = (idx, w)
    return None if best is None else best[0]


STOPWORDS = {
    "en": "the and of to in was that with for said from have",
    "az": "və bu ilə üçün olan bir deyib edib də isə qədər",
    "tr": "ve bir bu için ile olan dedi olarak da göre sonra",
    "es": "el la de los las que en por con para una del",
    "it": "il la di che e per con del della sono una nel",
    "pl": "i w się na z że do nie jest to od po",
}


def lang_checks(rec, text, errs):
    lang = rec["language"]
    counts = Counter()
    for ch in text:
        o = ord(ch)
        if 0x0530 <= o <= 0x058F:
            counts["hy"] += 1
        elif 0x10A0 <= o <= 0x10FF:
            counts["ka"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyr"] += 1
        elif 0x0600 <= o <= 0x06FF:
            counts["arab"] += 1
        elif ch.isalpha():
            counts["lat"] += 1
    script = counts.most_common(1)[0][0]
    want = {"hy": "hy", "ka": "ka", "ru": "cyr", "fa": "arab", "ar": "arab"}.get(lang, "lat")
    if script != want:
        errs.append(f"{rec['source']}: script {script} does not fit language {lang}")
    if lang in ("fa", "ar"):
        persian = sum(text.count(c) for c in "پچژگ") + text.count("ی")
        arabic = text.count("ي") + text.count("ة")
        if (lang == "fa") != (persian > arabic):
            errs.append(f"{rec['source']}: Persian/Arabic letters do not fit {lang}")
    if want == "lat":
        words = Counter(re.findall(r"\w+", text.lower()))
        score = {l: sum(words[w] for w in sw.split()) for l, sw in STOPWORDS.items()}
        top = max(score, key=score.get)
        if top != lang:
            errs.append(f"{rec['source']}: stopwords suggest {top}, label says {lang} {score}")


def d(s):
    return dt.date.fromisoformat(s) if s else None


def parse_readme_tables(path):
    text = open(path, encoding="utf-8").read()
    ev, lang = {}, {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[1].isdigit():
            ev[cells[0].strip("`")] = tuple(int(c) for c in cells[1:])
        if len(cells) == 2 and cells[1].isdigit():
            m = re.search(r"\(`(\w\w)`\)", cells[0])
            if m:
                lang[m.group(1)] = int(cells[1])
        if len(cells) == 5 and cells[0] == "**total**":
            ev["total"] = tuple(int(c.strip("*")) for c in cells[1:])
    m = re.search(r"Duplicates: (\d+) documents", text)
    return ev, lang, int(m.group(1)) if m else None


def main():
    errs = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    if len(files) != N_DOCS:
        errs.append(f"expected {N_DOCS} .txt files, found {len(files)}")
    for i, f in enumerate(files):
        if not re.fullmatch(r"\d{3}_[a-z0-9-]+\.txt", f) or int(f[:3]) != FIRST + i:
            errs.append(f"bad or out-of-sequence file name {f}")
    recs = [json.loads(l) for l in open(os.path.join(HERE, "expected.jsonl"), encoding="utf-8")
            if l.strip()]
    if [r.get("source") for r in recs] != files:
        errs.append("expected.jsonl sources are not the files in order")
    texts, raw = {}, {}
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            raw[f] = fh.read()
        texts[f] = raw[f].decode("utf-8")
    seen = []
    for r in recs:
        src = r.get("source")
        if list(r.keys()) != FIELDS:
            errs.append(f"{src}: fields {list(r.keys())}")
            continue
        text = texts.get(src, "")
        basis = r["date_basis"]
        pub, lo, hi, true = d(r["published_date"]), d(r["date_min"]), d(r["date_max"]), d(r["true_date"])
        dates = full_dates(text)
        if basis == "explicit":
            if not (pub and pub == lo == hi == true):
                errs.append(f"{src}: explicit needs published_date == date_min == date_max == true_date")
            if pub not in [x[0] for x in dates]:
                errs.append(f"{src}: published_date {pub} not written in text (found {sorted(set(x[0] for x in dates))})")
        elif basis == "inferred":
            if pub is not None or not (lo and hi and true and lo <= true <= hi):
                errs.append(f"{src}: inferred needs null published_date and date_min <= true_date <= date_max")
            for x in dates:
                if lo and hi and lo <= x[0] <= hi:
                    errs.append(f"{src}: full date {x[0]} inside the inferred range gives it away")
            if lo and hi and (hi - lo).days > 60:
                errs.append(f"{src}: inferred range wider than 60 days")
        elif basis == "none":
            if any(r[k] is not None for k in ("published_date", "date_min", "date_max", "true_date")):
                errs.append(f"{src}: none document must have null dates")
            if dates:
                errs.append(f"{src}: none document contains full dates {[str(x[0]) for x in dates]}")
        else:
            errs.append(f"{src}: bad date_basis {basis}")
        # weekday words next to full dates must match the calendar
        for (dd, s, e) in dates:
            for lang, idx, w in weekday_words_near(text, s, e):
                if dd.weekday() != idx:
                    errs.append(f"{src}: weekday '{w}' next to {dd} but that is a {dd.strftime('%A')}")
        ev = r["event"]
        if ev is not None and ev not in EVENTS:
            errs.append(f"{src}: unknown event {ev}")
        if ev and true and true < d(EVENTS[ev][0]):
            errs.append(f"{src}: published before its episode started")
        if r["language"] not in LANGS:
            errs.append(f"{src}: unknown language {r['language']}")
        else:
            lang_checks(r, text, errs)
        if not r["cues"] or not isinstance(r["cues"], str):
            errs.append(f"{src}: empty cues")
        dup = r["duplicate_of"]
        if dup is not None:
            orig = next((o for o in seen if o["source"] == dup), None)
            if orig is None:
                errs.append(f"{src}: duplicate_of {dup} is not an earlier file")
            else:
                if orig["duplicate_of"] is not None:
                    errs.append(f"{src}: points at a duplicate, not the original")
                if orig["event"] != ev or orig["language"] != r["language"]:
                    errs.append(f"{src}: event/language differs from original")
                if src in EXACT_COPIES:
                    if raw[src] != raw[dup]:
                        errs.append(f"{src}: declared exact copy but bytes differ")
                    if (r["published_date"], r["date_min"], r["date_max"], basis) != (
                            orig["published_date"], orig["date_min"], orig["date_max"], orig["date_basis"]):
                        errs.append(f"{src}: exact copy must carry the same date labels")
                else:
                    if raw[src] == raw[dup]:
                        errs.append(f"{src}: reprint is byte-identical but not declared exact")
                    ratio = difflib.SequenceMatcher(None, texts[dup].split(), text.split(),
                                                    autojunk=False).ratio()
                    if ratio < 0.55:
                        errs.append(f"{src}: reprint too different from {dup} (ratio {ratio:.2f})")
        elif src in EXACT_COPIES:
            errs.append(f"{src}: listed as exact copy but duplicate_of is null")
        seen.append(r)
    # undeclared near-duplicates
    for i, a in enumerate(files):
        for b in files[i + 1:]:
            rb = next((x for x in recs if x["source"] == b), {})
            if rb.get("duplicate_of") == a:
                continue
            ratio = difflib.SequenceMatcher(None, texts[a].split(), texts[b].split()).quick_ratio()
            if ratio > 0.6 and difflib.SequenceMatcher(None, texts[a].split(), texts[b].split()).ratio() > 0.5:
                errs.append(f"{b}: looks like an undeclared duplicate of {a}")
    # weekday claims
    for f, phrase, ds in WEEKDAY_CLAIMS:
        if f not in texts:
            errs.append(f"weekday claim for missing file {f}")
            continue
        if phrase.lower() not in norm(texts[f]).lower():
            errs.append(f"{f}: weekday phrase '{phrase}' not in text")
        idx = weekday_index(phrase)
        if idx is None or d(ds).weekday() != idx:
            errs.append(f"{f}: '{phrase}' does not fall on {ds} ({d(ds).strftime('%A')})")
        rec = next((x for x in recs if x["source"] == f), None)
        if rec and rec["true_date"] and d(ds) > d(rec["true_date"]) + dt.timedelta(days=7):
            errs.append(f"{f}: weekday claim {ds} far after publication")
    # counts against README
    ev_counts = Counter()
    for r in recs:
        ev_counts[(r["event"] or "(none of the episodes)", r["date_basis"])] += 1
    lang_counts = Counter(r["language"] for r in recs)
    n_dup = sum(1 for r in recs if r["duplicate_of"])
    rd_ev, rd_lang, rd_dup = parse_readme_tables(os.path.join(HERE, "README.md"))
    tot = [0, 0, 0, 0]
    for name in list(EVENTS) + ["(none of the episodes)"]:
        row = tuple(ev_counts[(name, b)] for b in ("explicit", "inferred", "none"))
        row = row + (sum(row),)
        tot = [a + b for a, b in zip(tot, row)]
        if rd_ev.get(name) != row:
            errs.append(f"README count row for {name}: {rd_ev.get(name)} != {row}")
    if rd_ev.get("total") != tuple(tot) or tot[3] != N_DOCS:
        errs.append(f"README total row {rd_ev.get('total')} != {tuple(tot)}")
    if rd_lang != dict(lang_counts):
        errs.append(f"README language table {rd_lang} != {dict(lang_counts)}")
    if rd_dup != n_dup or n_dup != 4 or sum(1 for r in recs if r["source"] in EXACT_COPIES) != 1:
        errs.append(f"duplicates: README {rd_dup}, labels {n_dup}")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(recs)} documents, {sum(len(full_dates(t)) for t in texts.values())} full dates checked, "
          f"{len(WEEKDAY_CLAIMS)} weekday claims checked")


if __name__ == "__main__":
    main()
