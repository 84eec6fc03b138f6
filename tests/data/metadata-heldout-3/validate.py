#!/usr/bin/env python3
"""Maintainer-side checks for the metadata-heldout-3 blind set.

Run:  python3 validate.py   (from any directory)

Checks every label in expected.jsonl against the documents and the README:
fields, ranges, explicit dates present in the text, no give-away full date inside
inferred documents, no full dates at all in "none" documents, weekday consistency
against the real calendar (Python datetime), duplicates
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
LANGS = {"en", "fr", "de", "uk", "pt", "ja", "el", "nl", "ro", "cs", "he", "kk", "uz",
         "hi", "zh", "ko", "sv", "hy", "az", "ru", "tr"}
N_DOCS = 45
FIRST, LAST = 900, 944

# Documents that are byte-identical copies (all other duplicates are edited reprints).
EXACT_COPIES = {"929_karabafu-teisen-goi-copy.txt"}

# Relative weekday cues: (file, phrase that must occur in the text, the date it refers to).
WEEKDAY_CLAIMS = [
    ("900_armenia-mobilises-second-day.txt", "began early Sunday", "2020-09-27"),
    ("902_three-weeks-into-the-war.txt", "late on Saturday", "2020-10-17"),
    ("902_three-weeks-into-the-war.txt", "hours on Sunday", "2020-10-18"),
    ("902_three-weeks-into-the-war.txt", "Ganja early on Saturday", "2020-10-17"),
    ("904_lachin-road-third-day.txt", "third day Wednesday", "2022-12-14"),
    ("904_lachin-road-third-day.txt", "corridor on Monday", "2022-12-12"),
    ("904_lachin-road-third-day.txt", "since Tuesday", "2022-12-13"),
    ("905_atacuri-granita-armenia.txt", "noaptea de luni", "2022-09-12"),
    ("905_atacuri-granita-armenia.txt", "spre marți", "2022-09-13"),
    ("906_bizhentsi-kornidzor.txt", "у неділю", "2023-09-24"),
    ("909_yeollyo-jeojangso-pokbal.txt", "월요일 저녁", "2023-09-25"),
    ("910_six-mois-blocus-latchine.txt", "Ce lundi", "2023-06-12"),
    ("913_gevechten-nagorno-karabach.txt", "van vrijdag", "2016-04-01"),
    ("913_gevechten-nagorno-karabach.txt", "op zaterdag", "2016-04-02"),
    ("914_second-day-of-fighting.txt", "on Sunday, the second day", "2016-04-03"),
    ("914_second-day-of-fighting.txt", "overnight into Saturday", "2016-04-02"),
    ("915_lachin-road-blocked-eco-activists.txt", "on Monday morning", "2022-12-12"),
    ("917_second-day-of-the-offensive.txt", "launched on Tuesday", "2023-09-19"),
    ("918_vila-nova-cai-em-baku.txt", "esta quinta-feira", "2021-10-21"),
    ("918_vila-nova-cai-em-baku.txt", "esta sexta-feira", "2021-10-22"),
    ("919_artsakh-taratu-zharlygy.txt", "бейсенбі күні", "2023-09-28"),
    ("919_artsakh-taratu-zharlygy.txt", "сейсенбісінде", "2023-09-19"),
    ("920_chegara-toqnashuvlar-kxsht.txt", "dushanbadan", "2022-09-12"),
    ("920_chegara-toqnashuvlar-kxsht.txt", "seshanbaga", "2022-09-13"),
    ("922_vapenvila-armenien-azerbajdzjan.txt", "i dag, torsdag", "2022-09-15"),
    ("922_vapenvila-armenien-azerbajdzjan.txt", "kväll, onsdag", "2022-09-14"),
    ("922_vapenvila-armenien-azerbajdzjan.txt", "natten till tisdag", "2022-09-13"),
    ("925_sousa-ptosi-archeio.txt", "την Παρασκευή", "1992-05-08"),
    ("925_sousa-ptosi-archeio.txt", "το Σάββατο", "1992-05-09"),
    ("927_un-mission-stepanakert-empty.txt", "Karabakh on Sunday", "2023-10-01"),
    ("928_yevlakh-reintegration-talks.txt", "Yevlakh on Thursday", "2023-09-21"),
    ("930_tigray-truce-pretoria.txt", "late on Wednesday", "2022-11-02"),
    ("931_antiterror-tedbirleri-dayandirildi.txt", "çərşənbə günü", "2023-09-20"),
    ("931_antiterror-tedbirleri-dayandirildi.txt", "çərşənbə axşamı başlanan", "2023-09-19"),
    ("934_yntrutyunner-nakhnakan-ardyunqner.txt", "Կիրակի կայացած", "2021-06-20"),
    ("935_six-mois-blocus-reprise.txt", "Ce lundi", "2023-06-12"),
    ("936_day-after-ceasefire-peacekeepers.txt", "late on Monday", "2020-11-09"),
    ("936_day-after-ceasefire-peacekeepers.txt", "Moscow time on Tuesday", "2020-11-10"),
    ("939_sev-lich-border-standoff.txt", "said on Thursday", "2021-05-13"),
    ("939_sev-lich-border-standoff.txt", "began on Wednesday", "2021-05-12"),
    ("942_gevechten-karabach-herplaatst.txt", "van vrijdag", "2016-04-01"),
    ("942_gevechten-karabach-herplaatst.txt", "op zaterdag", "2016-04-02"),
    ("943_lachin-road-blocked-syndicated.txt", "on Monday morning", "2022-12-12"),
]

# Weekday words per language, index 0 = Monday.
WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "en-abbr": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "uz": ["dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"],
    "uk": ["понеділ", "вівтор", "середа", "четвер", "п'ятниц", "субот", "неділ"],
    "kk": ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятниц", "суббот", "воскресень"],
    "el": ["δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"],
    "he": ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"],
    "hi": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"],
    "ja": ["月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜"],
    "zh": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
    "tr": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
    "az": ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"],
    "hy": ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"],
}
# az "çərşənbə axşamı" = Tuesday, "çərşənbə" = Wednesday, "cümə axşamı" = Thursday.
# Languages whose weekday words may be glued to a prefix or have no spaces around them.
NO_BOUNDARY = {"he", "ja", "zh"}

MONTHS = {
    1: "january jan janvier januar janeiro januari ianuarie ledna leden yanvar января январь "
       "січня қаңтар ιανουαρίου ינואר जनवरी ocak հունվարի",
    2: "february feb février februar fevereiro februari februarie února únor fevral февраля "
       "февраль лютого ақпан φεβρουαρίου פברואר फ़रवरी फरवरी şubat փետրվարի",
    3: "march mar mars märz março maart martie března březen mart марта март березня наурыз "
       "μαρτίου מרץ मार्च մարտի",
    4: "april apr avril abril aprilie dubna duben aprel апреля апрель квітня сәуір απριλίου "
       "אפריל अप्रैल nisan ապրիլի",
    5: "may mai maio mei maj května květen мая май травня мамыр μαΐου μαΐου מאי मई mayıs մայիսի",
    6: "june jun juin juni junho iunie června červen iyun июня июнь червня маусым ιουνίου יוני "
       "जून haziran հունիսի",
    7: "july jul juillet juli julho iulie července červenec iyul июля июль липня шілде ιουλίου "
       "יולי जुलाई temmuz հուլիսի",
    8: "august aug août agosto augustus augusti srpna srpen avgust avqust августа август серпня "
       "тамыз αυγούστου אוגוסט अगस्त ağustos օգոստոսի",
    9: "september sep sept septembre setembro septembrie září sentabr sentyabr сентября "
       "сентябрь вересня қыркүйек σεπτεμβρίου ספטמבר सितंबर सितम्बर eylül սեպտեմբերի",
    10: "october oct octobre oktober outubro oktober octombrie října říjen oktabr oktyabr "
        "октября октябрь жовтня қазан οκτωβρίου אוקטובר अक्टूबर ekim հոկտեմբերի",
    11: "november nov novembre novembro noiembrie listopadu listopad noyabr ноября ноябрь "
        "листопада қараша νοεμβρίου נובמבר नवंबर नवम्बर kasım նոյեմբերի",
    12: "december dec décembre dezember dezembro decembrie prosince prosinec dekabr декабря "
        "декабрь грудня желтоқсан δεκεμβρίου דצמבר दिसंबर दिसम्बर aralık դեկտեմբերի",
}
HEBREW_MONTHS = "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
         "X": 10, "XI": 11, "XII": 12}

DIGITS = str.maketrans("०१२३४५६७८९０１２３４５６７８９", "01234567890123456789")


def mk(y, m, d):
    try:
        if 1900 <= y <= 2100:
            return dt.date(y, m, d)
    except ValueError:
        return None
    return None


def norm(text):
    return text.translate(DIGITS).replace("\u2019", "'")


def month_regex():
    alts = []
    for m, words in MONTHS.items():
        for w in words.split():
            alts.append((re.escape(w), m))
    for i, w in enumerate(HEBREW_MONTHS):
        alts.append(("ב" + w, i + 1))  # Hebrew prefix "in"
    alts.sort(key=lambda a: -len(a[0]))
    return alts


MONTH_ALTS = month_regex()
MONTH_RE = re.compile(r"(?<!\w)(" + "|".join(a[0] for a in MONTH_ALTS) + r")\.?(?!\w)", re.I)


def month_of(token):
    t = token.lower()
    for pat, m in MONTH_ALTS:
        if re.fullmatch(pat, t, re.I):
            return m
    return None


def full_dates(text):
    """All full (day, month, year) dates written in the text, as (date, start, end)."""
    t = norm(text)
    out = []
    # ISO-like yyyy-mm-dd, yyyy/mm/dd (also inside URLs and yyyy-mm-ddThh:mm stamps)
    for m in re.finditer(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", t):
        d = mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            out.append((d, m.start(), m.end()))
    # dd.mm.yyyy / dd/mm/yyyy; US mm/dd/yyyy only when the day-first reading is impossible
    for m in re.finditer(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)", t):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d = mk(y, b, a) or mk(y, a, b)
        if d:
            out.append((d, m.start(), m.end()))
    # Roman-numeral months: 14.XII.2022, 14. XII. 2022
    for m in re.finditer(r"(?<![\d.])(\d{1,2})\.\s?([IVX]{1,4})\.\s?(\d{4})(?!\d)", t):
        if m.group(2) in ROMAN:
            d = mk(int(m.group(3)), ROMAN[m.group(2)], int(m.group(1)))
            if d:
                out.append((d, m.start(), m.end()))
    # Chinese / Japanese and Korean year-month-day
    for m in re.finditer(r"(\d{4})\s*(?:年|년)\s*(\d{1,2})\s*(?:月|월)\s*(\d{1,2})\s*(?:日|일)", t):
        d = mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            out.append((d, m.start(), m.end()))
    # month names
    for m in MONTH_RE.finditer(t):
        month = month_of(m.group(1).rstrip("."))
        if month is None:
            continue
        left = t[max(0, m.start() - 20):m.start()].split("\n")[-1]
        right = t[m.end():m.end() + 24].split("\n")[0]
        day_l = re.search(r"(?<!\d)(\d{1,2})(?:-?(?:ci|cı|cu|cü|er|st|nd|rd|th)|°|-)?\.?\s*(?:de\s+|,\s*)?$", left)
        day_r = re.match(r"\s*(\d{1,2})(?:-?(?:ին|ci|cı|cu|cü|st|nd|rd|th))?(?!\d)", right)
        yr_r = re.match(r"[\s,./]*(?:\d{1,2}(?:-?\w{0,3})?[\s,]*)?(?:de\s+|/\S+\s+)?(\d{4})(?!\d)", right)
        yr_l = re.search(r"(?<!\d)(\d{4})\s*(?:թ\.|-yil|yil|жылғы|ж\.|il)?[\s,]*(?:\d{1,2}-?\s*)?$", left)
        day = day_l or day_r
        year = yr_r or yr_l
        if not day or not year:
            continue
        d = mk(int(year.group(1)), month, int(day.group(1)))
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
            pat = re.escape(w) if lang in NO_BOUNDARY else r"(?<!\w)" + re.escape(w)
            if lang == "en-abbr":
                pat += r"(?!\w)"
            for m in re.finditer(pat, window):
                hits.append((m.start(), m.end(), lang, idx, w))
    keep = [h for h in hits if not any(o is not h and o[0] <= h[0] and h[1] <= o[1]
                                       and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)]
    return [(lang, idx, w) for (_, _, lang, idx, w) in keep]


def weekday_index(phrase):
    p = norm(phrase).lower()
    best = None
    for lang, words in WEEKDAYS.items():
        if lang == "en-abbr":
            continue
        for idx, w in enumerate(words):
            if w in p and (best is None or len(w) > len(best[1])):
                best = (idx, w)
    return None if best is None else best[0]


STOPWORDS = {
    "en": "the and of to in was that with for said from have",
    "fr": "le la les des et est une dans pour que qui du sur",
    "de": "der die und das den ist nicht mit von sich auf dem",
    "pt": "o os as do da que em um uma para não com",
    "nl": "het een en van is dat op te niet met voor zijn",
    "ro": "și în la cu pe că a fost din care pentru de",
    "cs": "a v se na je že to s z do jako pro",
    "sv": "och att det som en på är för med av till inte",
    "uz": "va bu bilan uchun bir ham deb esa kabi yoki qildi",
    "az": "və bu ilə üçün olan bir deyib edib də isə qədər",
    "tr": "ve bir bu için ile olan dedi olarak da göre sonra",
    "es": "el la de los las que en por con para una del",
    "it": "il la di che e per con del della sono una nel",
    "pl": "i w się na z że do nie jest to od po",
}

SCRIPT_OF = {"hy": "hy", "ka": "ka", "ru": "cyr", "uk": "cyr", "kk": "cyr", "el": "el",
             "he": "he", "hi": "deva", "ja": "cjk", "zh": "cjk", "ko": "hang"}


def lang_checks(rec, text, errs):
    lang = rec["language"]
    counts = Counter()
    kana = han = 0
    for ch in text:
        o = ord(ch)
        if 0x0530 <= o <= 0x058F:
            counts["hy"] += 1
        elif 0x10A0 <= o <= 0x10FF:
            counts["ka"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyr"] += 1
        elif 0x0370 <= o <= 0x03FF or 0x1F00 <= o <= 0x1FFF:
            counts["el"] += 1
        elif 0x0590 <= o <= 0x05FF:
            counts["he"] += 1
        elif 0x0900 <= o <= 0x097F:
            counts["deva"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["cjk"] += 1
            kana += 1
        elif 0x4E00 <= o <= 0x9FFF:
            counts["cjk"] += 1
            han += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            counts["hang"] += 1
        elif ch.isalpha():
            counts["lat"] += 1
    script = counts.most_common(1)[0][0]
    want = SCRIPT_OF.get(lang, "lat")
    if script != want:
        errs.append(f"{rec['source']}: script {script} does not fit language {lang}")
    if lang == "ja" and kana < 20:
        errs.append(f"{rec['source']}: too little kana for Japanese")
    if lang == "zh" and (kana > 0 or han < 50):
        errs.append(f"{rec['source']}: Han/kana counts do not fit Chinese")
    if want == "cyr":
        low = text.lower()
        kk = sum(low.count(c) for c in "әғқңөұүһ")
        uk = sum(low.count(c) for c in "іїєґ")
        ru = sum(low.count(c) for c in "ыэъё")
        guess = "kk" if kk >= 5 else ("uk" if uk >= 5 and ru == 0 else ("ru" if ru >= 5 and uk == 0 else "?"))
        if guess != lang:
            errs.append(f"{rec['source']}: Cyrillic letters suggest {guess}, label says {lang}")
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
