#!/usr/bin/env python3
"""Maintainer-side checks for the metadata-heldout-4 blind set.

Run:  python3 validate.py   (from any directory; standard library only)

Adapted from the validator of metadata-heldout-3.  Checks every label in
expected.jsonl against the documents and the README: fields and their order, date
formats, ranges ordered and containing true_date, explicit dates actually written in
the document (plain text, HTML metadata for the .html pages, or the file name for the
file-name-dated documents), no give-away full date inside the range of an inferred
document, no full dates at all in "none" documents, weekday words next to full dates
and a list of relative weekday cues against the real calendar (Python datetime),
event documents not dated before their episode began, coarse language identity
(script, letters and common words), duplicates pointing to earlier originals (byte
equality for the exact copy, word-sequence similarity for reprints), no undeclared
near-duplicates, and the README count tables.  Prints OK when everything passes and
exits non-zero otherwise.  Developers must not read what it prints about individual
documents.
"""
import datetime as dt
import difflib
import html
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
LANGS = {"en", "it", "es", "pl", "ru", "hy", "ka", "fa", "ar", "az", "tr", "et", "lt",
         "fi", "hu", "bg", "lv", "hr", "sk", "da", "vi", "id"}
N_DOCS = 45
FIRST, LAST = 900, 944
MAX_HTML = 4
MAX_FILENAME_DATED = 3

# Documents that are byte-identical copies (all other duplicates are edited reprints).
EXACT_COPIES = {"943_genocidio-armenio-buenos-aires-copia.txt"}
# .txt documents whose only explicit date is in the file name.
FILENAME_DATED = {"924_2022-03-03_havvind-aserbajdsjan.txt",
                  "942_2023-08-17_starvation-death-karabakh.txt"}

ZWNJ = "\u200c"
# Relative weekday cues: (file, phrase that must occur in the text, the date it refers to).
WEEKDAY_CLAIMS = [
    ("900_martial-law-third-day.txt", "third day on Tuesday", "2020-09-29"),
    ("900_martial-law-third-day.txt", "exchanges on Sunday", "2020-09-27"),
    ("900_martial-law-third-day.txt", "partial mobilisation on Monday", "2020-09-28"),
    ("901_quarto-giorno-di-guerra.txt", "Oggi, mercoledì", "2020-09-30"),
    ("901_quarto-giorno-di-guerra.txt", "riesploso domenica", "2020-09-27"),
    ("902_decimo-dia-bloqueo-lachin.txt", "Este miércoles", "2022-12-21"),
    ("902_decimo-dia-bloqueo-lachin.txt", "Desde el lunes 12", "2022-12-12"),
    ("902_decimo-dia-bloqueo-lachin.txt", "El martes, el Consejo", "2022-12-20"),
    ("903_talysh-heights-fighting.txt", "night from Friday", "2016-04-01"),
    ("903_talysh-heights-fighting.txt", "on Sunday it was", "2016-04-03"),
    ("904_ostrzal-stepanakertu-i-gandzy.txt", "w niedzielę rano", "2020-10-04"),
    ("906_border-shelling-jermuk-dateline.txt", "midnight on Tuesday", "2022-09-13"),
    ("906_border-shelling-jermuk-dateline.txt", "meeting on Thursday", "2022-09-15"),
    ("907_beirut-armenians-aid-karabakh.txt", "ظهر السبت", "2020-10-10"),
    ("908_republic-to-dissolve-decree.txt", "Thursday ordering", "2023-09-28"),
    ("908_republic-to-dissolve-decree.txt", "Monday evening near Stepanakert", "2023-09-25"),
    ("908_republic-to-dissolve-decree.txt", "On Wednesday Azerbaijani border guards", "2023-09-27"),
    ("909_goris-pakhstakanner.txt", "Երկուշաբթի երեկոյան", "2023-09-25"),
    ("910_iran-marz-armenistan.txt", "بامداد سه" + ZWNJ + "شنبه", "2022-09-13"),
    ("912_prekrashchenie-ognya-karabakh.txt", "в четверг в Евлахе", "2023-09-21"),
    ("912_prekrashchenie-ognya-karabakh.txt", "во вторник", "2023-09-19"),
    ("914_blokaadi-sajas-paev.txt", "Teisipäeval, Lachini", "2023-03-21"),
    ("915_khojaly-thirty-years.txt", "Saturday morning", "2022-02-26"),
    ("916_genocidio-armenio-buenos-aires.txt", "este sábado", "2021-04-24"),
    ("917_tuzszunet-moszkva-karabah.txt", "szombat hajnalban", "2016-04-02"),
    ("919_es-parama-armenijai.txt", "sekmadienį lankėsi", "2023-10-01"),
    ("920_rajakahakat-armenia-azerbaidzan.txt", "tiistain vastaisena", "2022-09-13"),
    ("920_rajakahakat-armenia-azerbaidzan.txt", "keskiviikkona toista päivää", "2022-09-14"),
    ("921_peacekeepers-killed-offensive.txt", "1 p.m. on Wednesday", "2023-09-20"),
    ("921_peacekeepers-killed-offensive.txt", "on Tuesday the 19th", "2023-09-19"),
    ("922_martial-law-third-day-republished.txt", "third day on Tuesday", "2020-09-29"),
    ("922_martial-law-third-day-republished.txt", "Thursday evening", "2020-10-01"),
    ("923_25-godini-primirie.txt", "Днес, неделя", "2019-05-12"),
    ("925_sukobi-gorski-karabah.txt", "izbili u subotu", "2016-04-02"),
    ("925_sukobi-gorski-karabah.txt", "danas, u nedjelju", "2016-04-03"),
    ("926_day-after-moscow-truce.txt", "today, Wednesday", "2016-04-06"),
    ("926_day-after-moscow-truce.txt", "noon on Tuesday", "2016-04-05"),
    ("926_day-after-moscow-truce.txt", "early on Saturday", "2016-04-02"),
    ("927_most-hakari-strelba.txt", "vo štvrtok uviedol", "2023-06-15"),
    ("928_giao-tranh-bien-gioi.txt", "rạng sáng thứ Ba", "2022-09-13"),
    ("930_cathedral-shusha-struck.txt", "twice on Thursday", "2020-10-08"),
    ("930_cathedral-shusha-struck.txt", "later on Friday", "2020-10-09"),
    ("931_flag-khankendi-nedelya.txt", "в прошлое воскресенье", "2023-10-15"),
    ("932_banjska-monastery-standoff.txt", "monastery on Sunday", "2023-09-24"),
    ("933_archivio-tregua-bishkek.txt", "mercoledì, firmato", "1994-05-11"),
    ("935_quarto-giorno-ripubblicato.txt", "Oggi, mercoledì", "2020-09-30"),
    ("935_quarto-giorno-ripubblicato.txt", "riesploso domenica", "2020-09-27"),
    ("936_aid-convoy-kornidzor.txt", "convoy on Wednesday", "2023-07-26"),
    ("936_aid-convoy-kornidzor.txt", "village on Thursday", "2023-07-27"),
    ("939_armen-beirut-musaadat.txt", "ظهر السبت", "2020-10-10"),
    ("940_last-convoys-lachin-corridor.html", "slowed on Saturday", "2023-09-30"),
    ("942_2023-08-17_starvation-death-karabakh.txt", "died on Tuesday", "2023-08-15"),
    ("942_2023-08-17_starvation-death-karabakh.txt", "met on Wednesday", "2023-08-16"),
]

# Weekday words per language, index 0 = Monday.  Stems are used where the word is
# inflected; matching requires a word start, not a word end.
WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "en-abbr": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pl": ["poniedział", "wtor", "środ", "czwart", "piąt", "sobot", "niedziel"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятниц", "суббот", "воскресень"],
    "bg": ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
    "hy": ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"],
    "ka": ["ორშაბათ", "სამშაბათ", "ოთხშაბათ", "ხუთშაბათ", "პარასკევ", "შაბათ", "კვირა"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "fa": ["دوشنبه", "سه" + ZWNJ + "شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    "fa-2": ["دو" + ZWNJ + "شنبه", "سه شنبه", "چهار" + ZWNJ + "شنبه", "پنج" + ZWNJ + "شنبه", "آدینه", "شنبه", "یک" + ZWNJ + "شنبه"],
    "tr": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
    "az": ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"],
    "et": ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"],
    "lt": ["pirmadien", "antradien", "trečiadien", "ketvirtadien", "penktadien", "šeštadien", "sekmadien"],
    "lv": ["pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "hr": ["ponedjelj", "utor", "srijed", "četvrt", "petak", "subot", "nedjelj"],
    "sk": ["pondel", "utorok", "stred", "štvrt", "piatok", "sobot", "nedeľ"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "vi": ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"],
    "id": ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"],
}
# az "çərşənbə axşamı" = Tuesday, "çərşənbə" = Wednesday, "cümə axşamı" = Thursday.
NO_BOUNDARY = set()

MONTHS = {
    1: "january jan gennaio enero stycznia января январь януари იანვარი იანვარს "
       "كانون_الثاني يناير ژانویه ocak yanvar yanvarın jaanuar jaanuaril sausio tammikuuta "
       "január janvāris janvārī siječnja januára januar januari հունվարի",
    2: "february feb febbraio febrero lutego февраля февраль февруари თებერვალი თებერვალს "
       "شباط فبراير فوریه şubat fevral fevralın veebruar veebruaril vasario helmikuuta "
       "február februāris februārī veljače februára februar februari փետրվարի",
    3: "march mar marzo marca марта март მარტი მარტს آذار مارس mart martın märts märtsil "
       "kovo maaliskuuta március marts martā ožujka maret մարտի",
    4: "april apr aprile abril kwietnia апреля апрель април აპრილი აპრილს نيسان أبريل ابريل "
       "آوریل nisan aprel aprelin aprill aprillil balandžio huhtikuuta április aprīlis aprīlī "
       "travnja apríla ապրիլի",
    5: "may maggio mayo maja мая май მაისი მაისს أيار مايو مه mayıs mayın mai maijs maijā "
       "gegužės toukokuuta május svibnja mája maj mei մայիսի",
    6: "june jun giugno junio czerwca июня июнь юни ივნისი ივნისს حزيران يونيو ژوئن haziran "
       "iyun iyunun juuni juunil birželio kesäkuuta június jūnijs jūnijā lipnja júna juni "
       "հունիսի",
    7: "july jul luglio julio lipca июля июль юли ივლისი ივლისს تموز يوليو ژوئیه temmuz iyul "
       "iyulun juuli juulil liepos heinäkuuta július jūlijs jūlijā srpnja júla juli հուլիսի",
    8: "august aug agosto sierpnia августа август აგვისტო აგვისტოს آب أغسطس اغسطس اوت ağustos "
       "avqust avqustun augustil rugpjūčio elokuuta augusztus augusts augustā kolovoza "
       "augusta agustus օգոստոսի",
    9: "september sep sept settembre septiembre setiembre września сентября сентябрь "
       "септември სექტემბერი სექტემბერს أيلول سبتمبر سپتامبر eylül sentyabr sentyabrın "
       "septembril rugsėjo syyskuuta szeptember septembris septembrī rujna septembra "
       "սեպտեմբերի",
    10: "october oct ottobre octubre października октября октябрь октомври ოქტომბერი "
        "ოქტომბერს تشرين_الأول أكتوبر اكتوبر اکتبر ekim oktyabr oktyabrın oktoober "
        "oktoobril spalio lokakuuta október oktobris oktobrī októbra oktober հոկտեմբերի",
    11: "november nov novembre noviembre listopada ноября ноябрь ноември ნოემბერი ნოემბერს "
        "تشرين_الثاني نوفمبر نوامبر kasım noyabr noyabrın novembril lapkričio "
        "marraskuuta novembris novembrī studenoga studenog novembra նոյեմբերի",
    12: "december dec dicembre diciembre grudnia декабря декабрь декември დეკემბერი "
        "დეკემბერს كانون_الأول ديسمبر دسامبر aralık dekabr dekabrın detsember detsembril "
        "gruodžio joulukuuta decembris decembrī prosinca decembra desember december "
        "դեկտեմբերի",
}
# Month words whose meaning depends on the document's language.
LANG_MONTH_OVERRIDE = {"hr": {"listopada": 10, "listopad": 10}}
JALALI_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()

DIGITS = str.maketrans("०१२३४५६७८९０１２３４５６７８９۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩",
                       "0123456789" * 4)


def mk(y, m, d):
    try:
        if 1900 <= y <= 2100:
            return dt.date(y, m, d)
    except ValueError:
        return None
    return None


def jalali_to_gregorian(jy, jm, jd):
    """Solar Hijri to Gregorian (standard arithmetic algorithm)."""
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
    lengths = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 0
    while gd > lengths[gm]:
        gd -= lengths[gm]
        gm += 1
    return mk(gy, gm + 1, gd)


def norm(text):
    return text.translate(DIGITS).replace("\u2019", "'")


def month_alts():
    alts = []
    for m, words in MONTHS.items():
        for w in words.split():
            alts.append((re.escape(w.replace("_", " ")), m))
    for over in LANG_MONTH_OVERRIDE.values():
        for w, m in over.items():
            alts.append((re.escape(w), m))
    alts.sort(key=lambda a: -len(a[0]))
    return alts


MONTH_ALTS = month_alts()
MONTH_RE = re.compile(r"(?<!\w)(" + "|".join(a[0] for a in MONTH_ALTS) + r")\.?(?!\w)", re.I)
JALALI_RE = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(JALALI_MONTHS) + r")\s+(1[34]\d\d)(?!\d)")
YEAR_SUFFIX = r"(?:թ\.|-yil|yil|жылғы|ж\.|-c[iıuü]\s+il|il|m\.|\.\s*gada|gada|\.|წლის|г\.|года)?"


def month_of(token, lang=None):
    t = token.lower()
    if lang in LANG_MONTH_OVERRIDE and t in LANG_MONTH_OVERRIDE[lang]:
        return LANG_MONTH_OVERRIDE[lang][t]
    for pat, m in MONTH_ALTS:
        if re.fullmatch(pat, t, re.I):
            return m
    return None


def full_dates(text, lang=None):
    """All full (day, month, year) dates written in the text, as (date, start, end)."""
    t = norm(text)
    out = []
    # ISO-like yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd (also inside URLs and T...Z stamps)
    for m in re.finditer(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", t):
        d = mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            out.append((d, m.start(), m.end()))
    # breadcrumb / archive path: 2023 › 07 › 27
    for m in re.finditer(r"(?<!\d)(\d{4})\s*[›»>|]\s*(\d{1,2})\s*[›»>|]\s*(\d{1,2})(?!\d)", t):
        d = mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            out.append((d, m.start(), m.end()))
    # dd.mm.yyyy / dd/mm/yyyy; US mm/dd/yyyy only when the day-first reading is impossible
    for m in re.finditer(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)", t):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d = mk(y, b, a) or mk(y, a, b)
        if d:
            out.append((d, m.start(), m.end()))
    # two-digit years: dd.mm.yy / dd/mm/yy (20yy), same order rule
    for m in re.finditer(r"(?<![\d./:])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./:])", t):
        a, b, y = int(m.group(1)), int(m.group(3)), 2000 + int(m.group(4))
        d = mk(y, b, a) or mk(y, a, b)
        if d:
            out.append((d, m.start(), m.end()))
    # Vietnamese "ngày 13 tháng 9 năm 2022"
    for m in re.finditer(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", t, re.I):
        d = mk(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            out.append((d, m.start(), m.end()))
    # Solar Hijri dates in Persian: 23 شهریور 1401
    for m in JALALI_RE.finditer(t):
        try:
            d = jalali_to_gregorian(int(m.group(3)), JALALI_MONTHS.index(m.group(2)) + 1,
                                    int(m.group(1)))
        except (IndexError, ValueError):
            d = None
        if d:
            out.append((d, m.start(), m.end()))
    # month names (day before or after; year after, or before for year-first forms)
    for m in MONTH_RE.finditer(t):
        month = month_of(m.group(1).rstrip("."), lang)
        if month is None:
            continue
        left = t[max(0, m.start() - 20):m.start()].split("\n")[-1]
        right = t[m.end():m.end() + 24].split("\n")[0]
        day_l = re.search(r"(?<!\d)(\d{1,2})(?:-?(?:ci|cı|cu|cü|er|st|nd|rd|th)|°|-)?\.?\s*"
                          r"(?:de\s+|of\s+|,\s*)?$", left)
        day_r = re.match(r"\s*(\d{1,2})(?:-?(?:ին|ci|cı|cu|cü|st|nd|rd|th))?(?!\d)", right)
        yr_r = re.match(r"[\s,./]*(?:\d{1,2}(?:-?\w{0,3})?\.?[\s,]*)?(?:de\s+|/\S+\s+)?(\d{4})(?!\d)", right)
        yr_l = re.search(r"(?<!\d)(\d{4})\s*" + YEAR_SUFFIX + r"[\s,.]*(?:\d{1,2}[-.]?\s*)?$", left)
        day = day_l or day_r
        year = yr_r or yr_l
        if not day or not year:
            continue
        d = mk(int(year.group(1)), month, int(day.group(1)))
        if d:
            out.append((d, m.start(), m.end()))
    return out


def visible_text(raw_html):
    """Text a reader sees in an HTML page: no scripts, styles, tags or attributes."""
    t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw_html)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    return html.unescape(t)


def html_meta_dates(raw_html):
    """Dates in <meta property="article:published_time"> and JSON-LD datePublished."""
    found = []
    for m in re.finditer(r"(?is)<meta\b[^>]*>", raw_html):
        tag = m.group(0)
        if re.search(r"""property\s*=\s*["']article:published_time["']""", tag):
            c = re.search(r"""content\s*=\s*["'](\d{4}-\d{2}-\d{2})""", tag)
            if c:
                found.append(("meta", dt.date.fromisoformat(c.group(1))))
    for m in re.finditer(r"(?is)<script[^>]*application/ld\+json[^>]*>(.*?)</script>", raw_html):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for it in items:
            if isinstance(it, dict) and isinstance(it.get("datePublished"), str):
                found.append(("jsonld", dt.date.fromisoformat(it["datePublished"][:10])))
    return found


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
    "it": "il di che e per con del della sono nel gli non",
    "es": "el los las que en por con para del se su al",
    "pl": "w się na z że do nie jest to od po i",
    "az": "və bu ilə üçün olan bir deyib edib də isə qədər ki",
    "tr": "ve bir bu için ile olan dedi olarak da göre sonra",
    "et": "ja on ei et see kui ka mis aga seda ning pärast tema nad",
    "fi": "ja on ei että se kun myös mutta hän ovat joka mukaan jo kuin",
    "lt": "ir kad yra buvo su į iš tai bet jo nuo apie",
    "lv": "un ir ka no uz par ar bet tas arī kā bija",
    "hu": "a az és hogy nem is egy volt meg csak mint de",
    "hr": "i u je se na da za su od s što koji",
    "sk": "a v sa na je že to s z do ako pre aj",
    "da": "og at er ikke af til har de den fra blev",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada",
    "vi": "của và là có được trong cho những một các với không đã",
    "fr": "le la les des et est une dans pour que qui du sur",
    "de": "der die und das den ist nicht mit von sich auf dem",
    "pt": "o os as do da que em um uma para não com",
    "nl": "het een en van is dat op te niet met voor zijn",
    "ro": "și în la cu pe că a fost din care pentru",
    "cs": "a v se na je že to s z do jako pro",
    "sv": "och att det som en på är för med av till inte",
}

SCRIPT_OF = {"hy": "hy", "ka": "ka", "ru": "cyr", "bg": "cyr", "ar": "arab", "fa": "arab"}


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
        elif 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
            counts["arab"] += 1
        elif 0x0370 <= o <= 0x03FF:
            counts["el"] += 1
        elif 0x0590 <= o <= 0x05FF:
            counts["he"] += 1
        elif ch.isalpha():
            counts["lat"] += 1
    script = counts.most_common(1)[0][0]
    want = SCRIPT_OF.get(lang, "lat")
    if script != want:
        errs.append(f"{rec['source']}: script {script} does not fit language {lang}")
    low = text.lower()
    if want == "cyr":
        kk = sum(low.count(c) for c in "әғқңөұүһ")
        uk = sum(low.count(c) for c in "іїєґ")
        ru = sum(low.count(c) for c in "ыэё")
        bg = low.count("ъ")
        if kk >= 5:
            guess = "kk"
        elif uk >= 5 and ru == 0:
            guess = "uk"
        elif ru >= 5 and uk == 0:
            guess = "ru"
        elif bg >= 5 and ru == 0 and uk == 0:
            guess = "bg"
        else:
            guess = "?"
        if guess != lang:
            errs.append(f"{rec['source']}: Cyrillic letters suggest {guess}, label says {lang}")
    if want == "arab":
        fa = sum(low.count(c) for c in "\u067e\u0686\u0698\u06af\u06a9\u06cc")  # پ چ ژ گ ک ی
        ar = sum(low.count(c) for c in "\u0629\u064a\u0643")  # ة ي ك
        guess = "fa" if fa >= 5 and ar * 10 < fa else ("ar" if ar >= 5 and fa * 10 < ar else "?")
        if guess != lang:
            errs.append(f"{rec['source']}: Arabic-script letters suggest {guess} (fa {fa}, ar {ar}), label says {lang}")
    if want == "lat":
        words = Counter(re.findall(r"\w+", low))
        score = {l: sum(words[w] for w in sw.split()) for l, sw in STOPWORDS.items()}
        top = max(score, key=score.get)
        ranked = sorted(score.values(), reverse=True)
        if top != lang or ranked[0] == ranked[1]:
            errs.append(f"{rec['source']}: stopwords suggest {top}, label says {lang} {score}")


def d(s):
    return dt.date.fromisoformat(s) if s else None


ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


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
    return ev, lang, int(m.group(1)) if m else None, text


def main():
    errs = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".txt", ".html")))
    if len(files) != N_DOCS:
        errs.append(f"expected {N_DOCS} documents, found {len(files)}")
    for i, f in enumerate(files):
        if not re.fullmatch(r"\d{3}_(?:\d{4}-\d{2}-\d{2}_)?[a-z0-9-]+\.(?:txt|html)", f) \
                or int(f[:3]) != FIRST + i:
            errs.append(f"bad or out-of-sequence file name {f}")
        if ISO_RE.search(f) and f not in FILENAME_DATED:
            errs.append(f"{f}: date in file name but not declared as file-name-dated")
    html_docs = [f for f in files if f.endswith(".html")]
    if len(html_docs) > MAX_HTML:
        errs.append(f"too many HTML documents ({len(html_docs)})")
    if len(FILENAME_DATED) > MAX_FILENAME_DATED or not FILENAME_DATED <= set(files):
        errs.append("file-name-dated list does not fit the files")
    if any(not f.endswith(".txt") for f in FILENAME_DATED):
        errs.append("file-name-dated documents must be .txt")
    recs = [json.loads(l) for l in open(os.path.join(HERE, "expected.jsonl"), encoding="utf-8")
            if l.strip()]
    if [r.get("source") for r in recs] != files:
        errs.append("expected.jsonl sources are not the files in order")
    texts, raw, full = {}, {}, {}
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            raw[f] = fh.read()
        full[f] = raw[f].decode("utf-8")
        # what a reader sees (HTML pages are reduced to their visible text)
        texts[f] = visible_text(full[f]) if f.endswith(".html") else full[f]
    seen = []
    for r in recs:
        src = r.get("source")
        if list(r.keys()) != FIELDS:
            errs.append(f"{src}: fields {list(r.keys())}")
            continue
        for k in ("published_date", "date_min", "date_max", "true_date"):
            if r[k] is not None and not (isinstance(r[k], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[k])):
                errs.append(f"{src}: bad date format in {k}")
        if src not in texts:
            errs.append(f"{src}: no such document")
            continue
        text = texts[src]
        lang = r["language"]
        basis = r["date_basis"]
        pub, lo, hi, true = d(r["published_date"]), d(r["date_min"]), d(r["date_max"]), d(r["true_date"])
        dates = full_dates(text, lang)              # visible text
        all_dates = full_dates(full[src], lang)     # including HTML markup
        if basis == "explicit":
            if not (pub and pub == lo == hi == true):
                errs.append(f"{src}: explicit needs published_date == date_min == date_max == true_date")
            if src.endswith(".html"):
                metas = [x[1] for x in html_meta_dates(full[src])]
                if pub not in metas:
                    errs.append(f"{src}: published_date not in article:published_time / datePublished")
                if dates:
                    errs.append(f"{src}: HTML page has full dates in its visible text")
                if any(x[0] != pub for x in all_dates):
                    errs.append(f"{src}: HTML markup holds other full dates")
            elif src in FILENAME_DATED:
                fd = [x[0] for x in full_dates(src.replace("_", " "))]
                if fd != [pub]:
                    errs.append(f"{src}: published_date is not the file-name date")
                if dates:
                    errs.append(f"{src}: file-name-dated document has full dates in its text")
            elif pub not in [x[0] for x in dates]:
                errs.append(f"{src}: published_date not written in text")
        elif basis == "inferred":
            if pub is not None or not (lo and hi and true and lo <= true <= hi):
                errs.append(f"{src}: inferred needs null published_date and date_min <= true_date <= date_max")
            for x in all_dates:
                if lo and hi and lo <= x[0] <= hi:
                    errs.append(f"{src}: a full date inside the inferred range gives it away")
            if lo and hi and (hi - lo).days > 60:
                errs.append(f"{src}: inferred range wider than 60 days")
            if src.endswith(".html") or src in FILENAME_DATED:
                errs.append(f"{src}: HTML and file-name-dated documents must be explicit")
        elif basis == "none":
            if any(r[k] is not None for k in ("published_date", "date_min", "date_max", "true_date")):
                errs.append(f"{src}: none document must have null dates")
            if all_dates:
                errs.append(f"{src}: none document contains full dates")
        else:
            errs.append(f"{src}: bad date_basis {basis}")
        # weekday words next to full dates must match the calendar
        for (dd, s, e) in dates:
            for wl, idx, w in weekday_words_near(text, s, e):
                if dd.weekday() != idx:
                    errs.append(f"{src}: weekday word next to a date does not match the calendar")
        ev = r["event"]
        if ev is not None and ev not in EVENTS:
            errs.append(f"{src}: unknown event {ev}")
        if ev in EVENTS and true and true < d(EVENTS[ev][0]):
            errs.append(f"{src}: published before its episode started")
        if lang not in LANGS:
            errs.append(f"{src}: unknown language {lang}")
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
                if orig["event"] != ev or orig["language"] != lang:
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
                    if basis != "explicit" and (r["date_min"], r["date_max"], basis) != (
                            orig["date_min"], orig["date_max"], orig["date_basis"]):
                        errs.append(f"{src}: reprint without its own stamp must keep the original's range")
        elif src in EXACT_COPIES:
            errs.append(f"{src}: listed as exact copy but duplicate_of is null")
        seen.append(r)
    # undeclared near-duplicates
    for i, a in enumerate(files):
        for b in files[i + 1:]:
            rb = next((x for x in recs if x["source"] == b), {})
            if rb.get("duplicate_of") == a:
                continue
            sm = difflib.SequenceMatcher(None, texts[a].split(), texts[b].split())
            if sm.quick_ratio() > 0.6 and sm.ratio() > 0.5:
                errs.append(f"{b}: looks like an undeclared duplicate of {a}")
    # weekday claims
    for f, phrase, ds in WEEKDAY_CLAIMS:
        if f not in texts:
            errs.append(f"weekday claim for missing file {f}")
            continue
        if norm(phrase).lower() not in norm(texts[f]).lower():
            errs.append(f"{f}: weekday phrase not in text")
        idx = weekday_index(phrase)
        if idx is None or d(ds).weekday() != idx:
            errs.append(f"{f}: weekday phrase does not fall on its date")
        rec = next((x for x in recs if x["source"] == f), None)
        if rec and rec["true_date"] and d(ds) > d(rec["true_date"]) + dt.timedelta(days=7):
            errs.append(f"{f}: weekday claim far after publication")
    # counts against README
    ev_counts = Counter()
    for r in recs:
        ev_counts[(r["event"] or "(none of the episodes)", r["date_basis"])] += 1
    lang_counts = Counter(r["language"] for r in recs)
    n_dup = sum(1 for r in recs if r["duplicate_of"])
    rd_ev, rd_lang, rd_dup, rd_text = parse_readme_tables(os.path.join(HERE, "README.md"))
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
    for needle in ("article:published_time", "datePublished", "file name"):
        if needle not in rd_text:
            errs.append(f"README does not mention {needle}")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    n_dates = sum(len(full_dates(full[f])) for f in files)
    print(f"OK: {len(recs)} documents, {n_dates} full dates checked, "
          f"{len(WEEKDAY_CLAIMS)} weekday claims checked")


if __name__ == "__main__":
    main()
