"""Dates written out in scraped text: a timestamp line, a "Published:" line, a dateline.

``parse_date_line`` answers whether a whole line is nothing but a date (and time), and which
date. It is what lets the debris engine take such a line out of the text while the metadata
stage keeps its date: removed from the text, never lost.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import jdatetime

from newsarchive.patterns import prefix_tree

_MONTHS: dict[str, int] = {}


def _add_month_names(names_by_month: list[str], split: Callable[[str], list[str]] = str.split) -> None:
    """Register each month's names (January's first); a name two months share would raise."""
    for number, names in enumerate(names_by_month, start=1):
        for name in split(names):
            # Case folding can spell a name otherwise ("μαΐου" folds to "μαΐου" with a combining
            # diaeresis and accent): lookups fold the text, so the folded spelling is registered too.
            for spelling in {name, name.casefold()}:
                if _MONTHS.setdefault(spelling, number) != number:
                    raise ValueError(f"month name {name!r} given to two months")


_add_month_names(
    [
        # English, German, French, Spanish, Portuguese, Italian, Russian, then Dutch, Polish
        # (genitive and nominative), Turkish, Azerbaijani, Armenian transliterated, Indonesian and
        # Malay, Ukrainian, Armenian, Georgian (nominative, genitive, dative), Arabic (Egyptian and
        # Levantine names), Persian (the Gregorian months), Romanian, Hungarian, Finnish, Czech.
        "january jan januar janvier enero janeiro gennaio января январь janv ene januari stycznia ocak yanvar hunvar "
        "styczeń січня січень հունվարի հունվար იანვარი იანვრის იანვარს يناير كانون الثاني ژانویه ianuarie január "
        "tammikuuta ledna",
        "february feb februar février fevrier febrero fevereiro febbraio февраля февраль févr fév "
        "februari lutego şubat subat fevral petrvar luty лютого лютий փետրվարի փետրվար თებერვალი თებერვლის "
        "თებერვალს فبراير شباط فوریه februarie február helmikuuta února",
        "march mar märz maerz mars marzo março marco марта март maart marca mart maret mac marzec березня березень "
        "մարտի մարտ მარტი მარტის მარტს مارس آذار martie március maaliskuuta března",
        "april apr avril abril aprile апреля апрель avr abr kwietnia nisan aprel april kwiecień квітня квітень "
        "ապրիլի ապրիլ აპრილი აპრილის აპრილს أبريل إبريل نيسان آوریل aprilie április huhtikuuta dubna",
        "may mai mayo maio maggio мая май mei maja mayıs mayis maj травня травень մայիսի մայիս მაისი მაისის მაისს "
        "مايو أيار május toukokuuta května",
        "june jun juni juin junio junho giugno июня июнь czerwca haziran iyun hunis czerwiec червня червень "
        "հունիսի հունիս ივნისი ივნისის ივნისს يونيو يونيه حزيران ژوئن iunie június kesäkuuta června",
        "july jul juli juillet julio julho luglio июля июль juil lipca temmuz iyul hulis lipiec липня липень "
        "հուլիսի հուլիս ივლისი ივლისის ივლისს يوليو يوليه تموز ژوئیه iulie július heinäkuuta července",
        "august aug août aout agosto августа август ago augustus sierpnia ağustos agustos avqust ogostos ogos "
        "sierpień серпня серпень օգոստոսի օգոստոս აგვისტო აგვისტოს أغسطس augusztus elokuuta srpna",
        "september sep sept septembre septiembre setembro settembre сентября сентябрь set "
        "września wrzesnia eylül eylul sentyabr september wrzesień вересня вересень սեպտեմբերի սեպտեմբեր "
        "სექტემბერი სექტემბრის სექტემბერს سبتمبر أيلول سپتامبر septembrie szeptember syyskuuta září",
        "october oct oktober octobre octubre outubro ottobre октября октябрь okt out ott "
        "października pazdziernika ekim oktyabr hoktember październik жовтня жовтень հոկտեմբերի հոկտեմբեր "
        "ოქტომბერი ოქტომბრის ოქტომბერს أكتوبر تشرين الأول اکتبر octombrie október lokakuuta října",
        "november nov novembre noviembre novembro ноября ноябрь listopada kasım kasim noyabr noyember listopad "
        "листопада листопад նոյեմբերի նոյեմբեր ნოემბერი ნოემბრის ნოემბერს نوفمبر تشرين الثاني نوامبر noiembrie "
        "marraskuuta listopadu",
        "december dec dezember décembre decembre diciembre dezembro dicembre декабря декабрь dez dic déc "
        "grudnia aralık aralik dekabr dektember desember disember grudzień грудня грудень դեկտեմբերի դեկտեմբեր "
        "დეკემბერი დეკემბრის დეკემბერს ديسمبر كانون الأول دسامبر decembrie joulukuuta prosince",
    ],
    # "كانون الثاني", "تشرين الأول": Levantine names of two words
    split=re.compile(r" (?!الثاني|الأول)").split,
)
# More languages, as their dates write the month (genitive where they inflect it): Scandinavian
# and Icelandic, Estonian, Slovak, Croatian (not "listopada", Polish November and Croatian
# October), Slovenian, Serbian, Lithuanian, Catalan, Albanian, Swahili, Tagalog, Greek (with and
# without accents, which capitals drop), Hebrew (also with "ב", "in"), Bulgarian, Macedonian,
# Belarusian, Kazakh, Uzbek, Thai (full and abbreviated), Hindi. A name two languages give to two
# months would raise here.
_add_month_names(
    [
        "januari januar janúar jaanuar januára siječnja sausio gener janar januari enero ιανουαρίου "
        "ιανουαριου ינואר בינואר януари јануари јануар студзеня қаңтар yanvar"
        " มกราคม ม.ค. जनवरी",
        "februari februar febrúar veebruar februára veljače vasario febrer shkurt pebrero φεβρουαρίου "
        "φεβρουαριου פברואר בפברואר февруари фебруари фебруар лютага ақпан"
        " กุมภาพันธ์ ก.พ. फ़रवरी फरवरी",
        "marts mars marec märts marca ožujka kovo març machi marso μαρτίου μαρτιου מרץ מרס במרץ במרס "
        "март сакавіка наурыз"
        " มีนาคม มี.ค. मार्च",
        "apríl aprill apríla travnja balandžio abril prill aprili abril απριλίου απριλιου אפריל באפריל "
        "април красавіка сәуір aprel"
        " เมษายน เม.ย. अप्रैल अप्रेल",
        "maj maí mai mája svibnja gegužės maig mei mayo μαΐου μαιου מאי במאי мај мамыр พฤษภาคม พ.ค. मई",
        "júní juuni júna lipnja birželio juny qershor juni hunyo ιουνίου ιουνιου יוני ביוני юни јуни јун "
        "чэрвеня маусым junij"
        " มิถุนายน มิ.ย. जून",
        "júlí juuli júla srpnja liepos juliol korrik julai hulyo ιουλίου ιουλιου יולי ביולי юли јули јул "
        "ліпеня шілде julij"
        " กรกฎาคม ก.ค. जुलाई",
        "augusti ágúst augusta kolovoza rugpjūčio agost gusht agosti agosto αυγούστου αυγουστου אוגוסט "
        "באוגוסט август жніўня тамыз avgust"
        " สิงหาคม ส.ค. अगस्त",
        "september septembra rujna rugsėjo setembre shtator septemba setyembre σεπτεμβρίου σεπτεμβριου "
        "ספטמבר בספטמבר септември септембар верасня қыркүйек sentabr"
        " กันยายน ก.ย. सितंबर सितम्बर",
        "október oktoober októbra spalio octubre tetor oktoba oktubre οκτωβρίου οκτωβριου אוקטובר "
        "באוקטובר октомври октобар кастрычніка қазан oktabr"
        " ตุลาคม ต.ค. अक्टूबर अक्तूबर",
        "nóvember novembra studenoga lapkričio novembre nëntor novemba nobyembre νοεμβρίου νοεμβριου "
        "נובמבר בנובמבר ноември новембар лістапада қараша"
        " พฤศจิกายน พ.ย. नवंबर नवम्बर",
        "desember detsember decembra prosinca gruodžio desembre dhjetor desemba disyembre δεκεμβρίου "
        "δεκεμβριου דצמבר בדצמבר декември децембар снежня желтоқсан"
        " ธันวาคม ธ.ค. दिसंबर दिसम्बर",
    ]
)
# Latvian: the nominative, the locative a date line uses ("14. martā") and the genitive.
_add_month_names(
    [
        "janvāris janvārī janvāra",
        "februāris februārī februāra",
        "marts martā marta",
        "aprīlis aprīlī aprīļa",
        "maijs maijā maija",
        "jūnijs jūnijā jūnija",
        "jūlijs jūlijā jūlija",
        "augusts augustā augusta",
        "septembris septembrī septembra",
        "oktobris oktobrī oktobra",
        "novembris novembrī novembra",
        "decembris decembrī decembra",
    ]
)

# The Iranian (Solar Hijri) months, on Persian pages: "۲۸ شهریور ۱۴۰۲" is 19 September 2023.
_SOLAR_HIJRI_MONTHS = {
    name: number
    for number, name in enumerate("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(), start=1)
}
_MONTH_NAMES = prefix_tree(_MONTHS)
_MONTH = rf"(?P<month_name>{_MONTH_NAMES})\.?"
# Each weekday's names, Monday first, comma-separated; the stamp reader accepts them beside a date
# and uses them to choose between the readings of "04/05/2024".
_WEEKDAY_NAMES_BY_DAY = [
    "mon, monday, montag, lundi, lunes, segunda-feira, segunda, lunedì, понедельник, maandag, poniedziałek, "
    "pazartesi, senin, понеділок, երկուշաբթի, thứ hai, ორშაბათი, الاثنين, الإثنين, دوشنبه, bazar ertəsi, luni, "
    "pondělí, pondelok, ponedeljek, ponedjeljak, ponedeljak, понедељак, понеделник, δευτέρα, יום שני, 月曜日, "
    "星期一, 周一, 週一, 월요일, dushanba, дүйсенбі, hétfő, maanantai, måndag, mandag, pirmdiena, pirmadienis, "
    "esmaspäev, dilluns, सोमवार, isnin, mánudagur, jumatatu",
    "tue, tues, tuesday, dienstag, mardi, martes, terça-feira, terça, martedì, вторник, dinsdag, wtorek, salı, "
    "selasa, вівторок, երեքշաբթի, thứ ba, სამშაბათი, الثلاثاء, سه\u200cشنبه, سه شنبه, çərşənbə axşamı, marți, "
    "marţi, úterý, utorok, torek, utorak, уторак, τρίτη, יום שלישי, 火曜日, 星期二, 周二, 週二, 화요일, seshanba, "
    "сейсенбі, kedd, tiistai, tisdag, tirsdag, otrdiena, antradienis, teisipäev, dimarts, मंगलवार, þriðjudagur, "
    "jumanne",
    "wed, wednesday, mittwoch, mercredi, miércoles, quarta-feira, quarta, mercoledì, среда, woensdag, środa, "
    "çarşamba, rabu, середа, չորեքշաբթի, thứ tư, ოთხშაბათი, الأربعاء, چهارشنبه, çərşənbə, miercuri, středa, "
    "streda, sreda, srijeda, сряда, τετάρτη, יום רביעי, 水曜日, 星期三, 周三, 週三, 수요일, chorshanba, сәрсенбі, "
    "szerda, keskiviikko, onsdag, trešdiena, trečiadienis, kolmapäev, dimecres, बुधवार, miðvikudagur, jumatano",
    "thu, thur, thurs, thursday, donnerstag, jeudi, jueves, quinta-feira, quinta, giovedì, четверг, donderdag, "
    "czwartek, perşembe, kamis, четвер, հինգշաբթի, thứ năm, ხუთშაბათი, الخميس, پنجشنبه, پنج\u200cشنبه, "
    "cümə axşamı, joi, čtvrtek, štvrtok, četrtek, četvrtak, четвртак, четвъртък, πέμπτη, יום חמישי, 木曜日, "
    "星期四, 周四, 週四, 목요일, payshanba, бейсенбі, csütörtök, torstai, torsdag, ceturtdiena, ketvirtadienis, "
    "neljapäev, dijous, गुरुवार, बृहस्पतिवार, khamis, fimmtudagur, alhamisi",
    "fri, friday, freitag, vendredi, viernes, sexta-feira, sexta, venerdì, пятница, vrijdag, piątek, cuma, jumat, "
    "пʼятниця, п'ятниця, п’ятниця, ուրբաթ, thứ sáu, პარასკევი, الجمعة, جمعه, cümə, vineri, pátek, piatok, "
    "petek, petak, петак, петък, παρασκευή, יום שישי, 金曜日, 星期五, 周五, 週五, 금요일, juma, жұма, péntek, "
    "perjantai, fredag, piektdiena, penktadienis, reede, divendres, शुक्रवार, jumaat, föstudagur, ijumaa",
    "sat, saturday, samstag, samedi, sábado, sabato, суббота, zaterdag, sobota, cumartesi, sabtu, субота, շաբաթ, "
    "thứ bảy, შაბათი, السبت, شنبه, şənbə, sâmbătă, subota, събота, σάββατο, שבת, יום שבת, 土曜日, 星期六, 周六, "
    "週六, 토요일, shanba, сенбі, szombat, lauantai, lördag, lørdag, sestdiena, šeštadienis, laupäev, dissabte, "
    "शनिवार, laugardagur, jumamosi",
    "sun, sunday, sonntag, dimanche, domingo, domenica, воскресенье, zondag, niedziela, pazar, minggu, неділя, "
    "կիրակի, chủ nhật, კვირა, الأحد, یکشنبه, bazar, duminică, neděle, nedeľa, nedelja, nedjelja, недеља, неделя, "
    "κυριακή, יום ראשון, 日曜日, 星期日, 星期天, 周日, 週日, 일요일, yakshanba, жексенбі, vasárnap, sunnuntai, "
    "söndag, søndag, svētdiena, sekmadienis, pühapäev, diumenge, रविवार, ahad, sunnudagur, jumapili",
]
_WEEKDAY_NUMBERS = {
    spelling: number
    for number, names in enumerate(_WEEKDAY_NAMES_BY_DAY)
    for name in names.split(", ")
    for spelling in {name, name.casefold()}
}
_WEEKDAY = rf"(?:{prefix_tree(_WEEKDAY_NUMBERS)})\.?"
_PREFIX = re.compile(
    r"^\W*(?:and\s+)?(?P<label>(?:first )?published|posted|submitted by \S+|updated|"
    # "This page was last edited on 2 February 2026, at 19:14.": a wiki's stamp, in a sentence
    r"(?:this (?:page|article|post|story) was )?(?:last (?:updated|modified|edited)|first published)|"
    r"modified|last edited|edited|created|date(?: posted| published)?|start date|release date|"
    r"(?:news|press|media) release|"
    r"publié|mis à jour|veröffentlicht|zuletzt aktualisiert|aktualisiert|stand|"
    r"publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"опубликовано|обновлено|son güncelleme|güncelleme|güncellenme|yayınlanma|yayın tarihi|opublikowano|aktualizacja|"
    r"gepubliceerd|bijgewerkt|gewijzigd|dodano|data publikacji|zaktualizowano|giriş tarihi|güncelleme tarihi|"
    r"diterbitkan|dipublikasikan|diperbarui|publicerad|uppdaterad|julkaistu|päivitetty|zveřejněno|aktualizováno|"
    r"опубліковано|оновлено|дата публикации|fecha de publicación|data de publicação|data di pubblicazione|"
    r"հրապարակվել է|հրապարակված է|թարմացվել է|გამოქვეყნდა|გამოქვეყნებულია|განახლდა|نشر في|نُشر في|تاريخ النشر|"
    r"آخر تحديث|تاریخ انتشار|منتشر شده|به‌روزرسانی|dərc olunub|yayımlanıb|yenilənib|"
    r"senast (?:ändrad|uppdaterad)|ändrad|publisert|sist (?:endret|oppdatert)|oppdatert|udgivet|opdateret|"
    r"sidst opdateret|frissítve|közzétéve|publikováno|objavljeno|ažurirano|publicat|actualizat|"
    r"입력|기사입력|수정|등록|승인|発行|公開|更新|投稿|发布时间|发布|更新时间|發佈|更新時間|ngày đăng|cập nhật|"
    r"เผยแพร่|อัปเดต|วันที่|"
    # Page metadata copied into the text: "article:published_time=2023-09-21T08:14:00Z".
    r"(?:article:|og:)?(?:published_time|modified_time|updated_time)|date_?published|date_?modified|pubdate)"
    r"(?:\s+(?:on|at|am|le|el|em|il|в|op|om|alle|às|a las|a))?\s*[:：=\-–—]?\s*",
    re.IGNORECASE,
)
# Any short label with a colon before the date: "Giriş Tarihi:", "Page last updated:", "Fecha:".
# Which label it is cannot be known in every language, so the date counts as an unlabelled stamp.
_ANY_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3})\s*[:：]\s*")
_UPDATE_LABELS = frozenset(
    [
        "updated",
        "last updated",
        "last edited",
        "edited",
        "last modified",
        "modified",
        "mis à jour",
        "aktualisiert",
        "zuletzt aktualisiert",
        "stand",
        "actualizado",
        "atualizado",
        "aggiornato",
        "обновлено",
        "son güncelleme",
        "güncelleme",
        "güncellenme",
        "aktualizacja",
        "zaktualizowano",
        "güncelleme tarihi",
        "diperbarui",
        "uppdaterad",
        "päivitetty",
        "aktualizováno",
        "оновлено",
        "bijgewerkt",
        "gewijzigd",
        "թարմացվել է",
        "განახლდა",
        "آخر تحديث",
        "به‌روزرسانی",
        "yenilənib",
        "senast ändrad",
        "senast uppdaterad",
        "ändrad",
        "sist endret",
        "sist oppdatert",
        "oppdatert",
        "opdateret",
        "sidst opdateret",
        "frissítve",
        "ažurirano",
        "actualizat",
        "article:modified_time",
        "og:modified_time",
        "og:updated_time",
        "modified_time",
        "updated_time",
        "datemodified",
        "date_modified",
    ]
)
# How long ago, in the words a page prints under a post: "3 hours ago", "3 mo. ago", "vor 2 Stunden".
_AGO = (
    r"(?:\d{1,3}|an?|one) (?:minutes?|mins?\.?|hours?|hrs?\.?|days?|weeks?|wks?\.?|months?|mo\.?|years?|yrs?\.?) ago|"
    r"just now|\d{1,3}\s?(?:m|min|h|hr|d|w) ago|"
    # "il y a 2 heures", "hace 3 horas", "há 1 hora", "vor 2 Stunden", "2 saat önce", "3 godziny temu"…
    r"(?:il y a|hace|há|ha|vor) \d{1,2} (?:minutes?|heures?|jours?|minutos?|horas?|días?|dias?|minuti|ore|giorni|"
    r"minuten|stunden|tagen)|"
    r"\d{1,2} (?:dakika|saat|gün) önce|\d{1,2} (?:minut\w*|godzin\w*|dni) temu|\d{1,2} (?:minuten|uur|dagen) geleden|"
    r"\d{1,2} (?:menit|jam|hari) (?:yang )?lalu|\d{1,2} (?:минут\w*|час\w*|дн\w*) назад"
)
# Anywhere in a line: a post's age beside its author and controls ("▲ quayside_ops 5 hours ago | next").
RELATIVE_AGE = re.compile(rf"(?<!\w)(?:{_AGO})(?!\w)", re.IGNORECASE)
# A stamp that gives no date: "3 hours ago", "Vandaag, 14:32", "Updated 2:41 p.m.", "Last updated 16:35 GMT".
RELATIVE_STAMP = re.compile(
    # Possessive separators ("*+"): a run of dashes is read once, never re-split on failure.
    r"^[\W_]*+(?:(?:last )?updated|posted|published|aktualisiert|mis à jour|actualizado|atualizado|güncelleme|"
    r"aangepast|bijgewerkt|diperbarui|zaktualizowano|güncellendi)?[\W_]*+"
    # A bare "3h" or "14m" only as the whole stamp: inside a line it may be a table's hour.
    rf"(?:{_AGO}|\d{{1,3}}\s?(?:m|min|h|hr|d|w)|"
    r"today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|"
    r"dzisiaj|wczoraj|bugün|dün|сегодня|вчера)?[\W_]*+"
    r"(?:(?:at |um |à |om |às |alle |в )?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:\s*(?:UTC|GMT|Uhr|(?-i:[A-Z]{2,5})))?)?[\W_]*+$",
    re.IGNORECASE,
)

_SECOND_STAMP = re.compile(
    r"[\s|,;–—-]+(?=(?:last )?"
    r"(?:updated|modified|mis à jour|aktualisiert|actualizado|atualizado|aggiornato|обновлено|"
    r"son güncelleme|güncellendi|güncelleme|bijgewerkt|zaktualizowano|aktualizacja|yenilənib)\b)",
    re.IGNORECASE,
)
# "THE HAGUE, Feb 22, 2023 (Reuters) -": a place in capitals, a date, maybe the agency, a dash.
_DATELINE_HEAD = re.compile(r"^(?P<head>[^()–—]{3,90}?)\s*(?:\([^()]{1,30}\))?\s*(?:[-–—]{1,2}|:)\s")
_PLACE = re.compile(r"^[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я'’.-]+(?: [A-ZÀ-ÞА-Я'’.-]+)*$")


def parse_dateline(paragraph: str, today: dt.date | None = None) -> dt.date | None:
    """The full date of a wire-style dateline opening ``paragraph``; None without a year."""
    match = _DATELINE_HEAD.match(paragraph)
    if not match:
        return None
    parts = match.group("head").split(",")
    # The place may itself hold a comma ("DENVER, Colo., March 5"): try each split.
    for cut in range(1, len(parts)):
        if not _PLACE.match(parts[0].strip()):
            return None
        stated = parse_date_line(",".join(parts[cut:]).strip(), today)
        if stated and stated.exact:
            return stated.exact
    return None


# A year-less dateline: "YEREVAN, Sept 13 (Reuters) -", "МОСКВА, 9 ноября. /ТАСС/."
_YEARLESS_DATELINE = re.compile(
    r"^(?P<place>[^,()–—]{2,40}),\s+(?P<date>[^,()–—.:]{3,25}?)\.?\s*(?:\([^()]{1,30}\))?\s*(?:[-–—]{1,2}|:|\.)\s"
)


# "2023-09-21_slug.txt", "2023/09/21/slug.html", "20230921-slug.txt": the date a scraper or site
# wrote into the path. The same separator (or none) between year, month and day.
_PATH_DATE = re.compile(r"(?<![\d])((?:19|20)\d{2})([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])")


def parse_path_date(relative_path: str, today: dt.date | None = None) -> dt.date | None:
    """The date written in a file's name or folders, the last one when several; None when none is."""
    found = None
    for match in _PATH_DATE.finditer(relative_path):
        try:
            day = dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        except ValueError:
            continue
        if dt.date(1900, 1, 1) <= day <= (today or dt.date.today()):
            found = day
    return found


# A day and month without a year, read from the number outwards: "Sept 13", "9 ноября",
# "27. September", "sentyabrın 27-də". The word beside the number is looked up in the month names.
_DAY_NUMBER = re.compile(r"(?<![\d\w])\d{1,2}(?![\d])")
_WORD_BEFORE = re.compile(r"([^\W\d_]{3,})\.?\s+$")
_WORD_AFTER = re.compile(r"(?:st|nd|rd|th|er|º|\.)?(?:-?(?:də|da|ci|cı|cu|cü))?\s+(?:de\s+|of\s+)?([^\W\d_]{3,})")
_DAY_ENDING = re.compile(r"(?:st|nd|rd|th)?(?:-?(?:də|da|dək|ci|cı|cu|cü))?")
_GENITIVE_ENDINGS = ("ın", "in", "un", "ün", "nın", "nin")  # Azerbaijani "sentyabrın 27-də"


def day_month_mentions(text: str) -> set[tuple[int, int]]:
    """Every (month, day) the text names, with or without a year.

    Led by the numbers: a text holds few, and the words either side of each are looked up in
    the month names, where a pattern of every month name tried at every position costs far more.
    """
    found = set()
    for number in _DAY_NUMBER.finditer(text):
        day = int(number.group(0))
        if not 1 <= day <= 31:
            continue
        after = _WORD_AFTER.match(text, number.end(), number.end() + 40)
        month = _month_number(after.group(1)) if after else None
        if month is None:
            before = _WORD_BEFORE.search(text, max(0, number.start() - 20), number.start())
            month = _month_number(before.group(1)) if before else None
        if month is not None:
            found.add((month, day))
    return found


def _month_number(word: str) -> int | None:
    folded = word.casefold()
    if word == "may":  # the verb: "12 may come"; the month is written "May"
        return None
    if folded in _MONTHS:
        return _MONTHS[folded]
    for ending in _GENITIVE_ENDINGS:
        if folded.endswith(ending) and folded[: -len(ending)] in _MONTHS:
            return _MONTHS[folded[: -len(ending)]]
    return None


def parse_yearless_dateline(paragraph: str) -> tuple[int, int] | None:
    """(month, day) of a wire dateline that gives no year; the year comes from what the text reports."""
    match = _YEARLESS_DATELINE.match(paragraph)
    if not match or not _PLACE.match(match.group("place").strip()):
        return None
    stated = match.group("date").strip()
    number = _DAY_NUMBER.search(stated)
    if number is None or not 1 <= (day := int(number.group(0))) <= 31:
        return None
    if number.start() == 0:  # "9 ноября", "27. September"
        word = _WORD_AFTER.fullmatch(stated, number.end())
    elif _DAY_ENDING.fullmatch(stated, number.end()):  # "Sept 13", "July 29th"
        word = _WORD_BEFORE.fullmatch(stated, 0, number.start())
    else:
        return None
    month = _month_number(word.group(1)) if word else None
    return (month, day) if month is not None else None


def yearless_dateline_of(text: str) -> tuple[int, int] | None:
    """(month, day) of the year-less dateline opening one of the first paragraphs of ``text``."""
    return next(
        (day for paragraph in text.split("\n")[:4] if (day := parse_yearless_dateline(paragraph.strip()))), None
    )


_MONTH_WORD = rf"(?:{_MONTH_NAMES})\.?"
_DAY_AND_MONTH = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?(?:\s+(?:de\s+|of\s+)?|-){_MONTH_WORD}|"
    rf"{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    # "3.2.": day and month in figures, each closed by a full stop (Finnish, German, Czech)
    r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?![\d.]))(?!\w)",
    re.IGNORECASE,
)


def is_yearless_stamp(text: str) -> bool:
    """Whether a line is a stamp that gives a day and month but no year: "Posted on May 14",
    "14 May, 09:12", "Friday 3 May". A label, a time or a weekday must say it is a stamp: a bare
    "14 May" can head a section of a timeline."""
    if len(text) > 60 or not _has_digit(text) or _YEAR.search(text):
        return False
    # Only a stamp's own words may label it: "Kinross Library: 30 September" is a fact in a list.
    label = _PREFIX.match(text)
    rest = text[label.end() :] if label else text
    day = _DAY_AND_MONTH.search(rest)
    if day is None:
        return False
    remainder = rest[: day.start()] + " " + rest[day.end() :]
    timed = _TIME.search(remainder)
    if not _only_time_and_filler(remainder):
        return False
    return bool(label or timed or _WEEKDAY_NAME.search(text))


# A month's name, in any language the date reader knows.
MONTH_NAME = re.compile(rf"(?<!\w){_MONTH_WORD}(?!\w)", re.IGNORECASE)


def states_a_date(text: str) -> bool:
    """A stamp: a full date, a day and month a label or time marks as one, or a relative time."""
    return parse_date_line(text) is not None or is_yearless_stamp(text) or bool(RELATIVE_STAMP.match(text))


def is_day_and_month(text: str) -> bool:
    """Whether a line holds only a day and month, perhaps with a time: "Jul 29", "3 mai, 14:05".
    Alone that may head a timeline's section; callers say what else makes it a date."""
    if len(text) > 40 or not _has_digit(text) or _YEAR.search(text):
        return False
    day = _DAY_AND_MONTH.search(text)
    return day is not None and _only_time_and_filler(text[: day.start()] + " " + text[day.end() :])


def days_in_years(month_day: tuple[int, int], years: Iterable[int]) -> list[dt.date]:
    """The dates with this (month, day) in each of ``years`` that has one (no 29 February in 2023)."""
    days = []
    for year in years:
        try:
            days.append(dt.date(year, *month_day))
        except ValueError:  # 29 February, 31 April
            continue
    return days


# What follows a year on its own in some languages: "2023 թ.", "2023 წლის", "2023-cü il", "2023 r.".
# Latvian "2024. gada", Lithuanian "2024 m.".
_YEAR_WORD = (
    r"(?:\s*(?:թ\.?|թվականի|წლის|წ\.|-?(?:ci|cı|cu|cü)\s+il(?:in)?|-?yil(?:i|ning)?|yılı|r\.|г\.|года|m\.)|"
    r"\.\s*gada|\.)"
)
# ... and a day: "19-ին", "19-da", "19-u", Latvian "14." (before the month), Lithuanian "14 d.".
_DAY_SUFFIX = r"(?:\.|\s?d\.|-?(?:ին|ի|ə|da|də|u|ü|i|ı|na))?"
_ALSO_NAMED = rf"(?:\s*/\s*(?:{_MONTH_NAMES}))?"  # "19 سبتمبر/أيلول 2023": two names of one month
_SOLAR_HIJRI_NAMES = "|".join(_SOLAR_HIJRI_MONTHS)

_DATE_FORMS = [
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),
    # "2023年9月19日", "2023년 9월 19일"
    re.compile(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"),
    re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})"),
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),
    re.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})"),
    # "03-03-2024" (day or month first, as with slashes); Hungarian "2024.03.03." and "2024. 03. 03."
    re.compile(r"(?<![\d-])(?P<first>\d{1,2})-(?P<second>\d{1,2})-(?P<year>\d{4})(?![\d-])"),
    re.compile(r"(?<![\d.])(?P<year>\d{4})\.\s?(?P<month>\d{1,2})\.\s?(?P<day>\d{1,2})\.?(?![\d])"),
    re.compile(
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?(?:\s+(?:de\s+|of\s+)?|-){_MONTH}{_ALSO_NAMED}"
        r"(?:\s*,?\s+(?:de\s+)?|-)(?P<year>\d{4})",
        re.IGNORECASE,
    ),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<year>\d{{4}})", re.IGNORECASE),
    # Year first: "2023 թ. սեպտեմբերի 19", "2023 წლის 19 სექტემბერი", "2023-cü il 19 sentyabr".
    re.compile(rf"(?P<year>\d{{4}}){_YEAR_WORD}?\s*,?\s*{_MONTH}\s+(?P<day>\d{{1,2}}){_DAY_SUFFIX}", re.IGNORECASE),
    # "2023-yil 20-sentabr" (Uzbek): the day joined to the month by a hyphen.
    re.compile(
        rf"(?P<year>\d{{4}}){_YEAR_WORD}\s*,?\s*(?P<day>\d{{1,2}}){_DAY_SUFFIX}(?:\s+|-){_MONTH}", re.IGNORECASE
    ),
    # "14.XII.2022", "14 XII 2022": the month in Roman numerals (Polish, Czech, Romanian, Italian pages).
    re.compile(
        r"(?<![\w.])(?P<day>\d{1,2})[. ]\s?(?P<roman_month>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[. ]\s?(?P<year>\d{4})"
    ),
    re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<solar_month>{_SOLAR_HIJRI_NAMES})\s+(?P<year>\d{{4}})"),
]
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SOLAR_HIJRI_YEARS = range(1300, 1500)  # 1921-2121; a Gregorian publication year is never one of these
# Thai pages count years from the Buddha (2567 is 2024): no Gregorian publication year is one of these.
_BUDDHIST_YEARS = range(2400, 2700)
_BUDDHIST_ERA = 543
_YEAR = re.compile(r"\d{4}")
_TIME = re.compile(
    r"\d{1,2}\s*[時时시]\s*\d{1,2}\s*[分분](?:\s*\d{1,2}\s*[秒초])?|"
    r"(?:\b(?:at|um|à|la|alle|om|kl\.?|klo|saat|o|в|о)\s+|\bT)?\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m(?:\.|\b)|h\b)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|\(?(?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|Uhr|WIB|WITA|WIT|"
    # Any zone abbreviation in capitals ("IST", "AST", "MYT"), or spelled out ("Eastern Daylight Time")
    r"\(?(?-i:[A-ZА-Я]{2,5})\)?|(?:[A-Z][a-z]+ ){1,3}Time|\((?:heure|hora|ora|time|ora) [\w ]{2,20}\))(?!\w))?",
    re.IGNORECASE,
)
_WEEKDAY_NAME = re.compile(
    rf"(?<!\w)({prefix_tree(_WEEKDAY_NUMBERS)})\.?(?!\w)",
    re.IGNORECASE,
)
# A place before the date: "Windhoek, Saturday 4 May 2024".
_PLACE_PREFIX = re.compile(r"^\s*[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+)?\s*,")
# What may stand beside the date on a timestamp line: weekday, filler words, a second
# "updated at 10:02" stamp, and the CMS account that posted it ("by admin").
_LEFTOVER = re.compile(
    rf"(?:{_WEEKDAY}|\b(?:on|at|de|le|am|um|the|of|utc|gmt|à|a las|às|alle|в|года|год|г|del|om|o|kl|klo|kello|"
    r"ore|saat|pukul|jam|godz|uur|h|hrs|lúc|ngày|r|roku|року|р|թ|թվականի|ժամը|წლის|წ|საათი|il|ci|cı|cu|cü|yılı|"
    r"م|الساعة|بتوقيت|مكة|المكرمة|ساعت|به وقت تهران|غرينتش|غرينيتش|القاهرة|بيروت|دمشق|بغداد|الرياض)\b|"
    r"\b(?:updated|last updated|mis à jour|aktualisiert|actualizado|atualizado|aggiornato|обновлено|"
    r"最終更新|更新|수정)\b|"
    r"\b(?:utc|gmt)\s*[+−-]\s*\d{1,2}(?::?\d{2})?(?!\d)|"
    r"\bby (?:admin|administrator|editor|staff|webmaster|newsroom|redaktion|rédaction|redacción)\b|"
    r"\((?-i:[A-ZА-Я]{2,5})\)|[\W_])+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line that is only a date. ``earliest``/``latest`` differ when day and month are ambiguous."""

    earliest: dt.date
    latest: dt.date
    label: str  # "published", "updated" or "" when the line does not say
    # For "05/04/2016", the reading with the day first (5 April): what every language but
    # American English means, so a caller that knows the language can choose it.
    day_first: dt.date | None = None

    @property
    def exact(self) -> dt.date | None:
        return self.earliest if self.earliest == self.latest else None


def parse_date_line(text: str, today: dt.date | None = None) -> DateLine | None:
    """The date on a line that holds a date (and time, weekday, label) and nothing else.

    "Published 28 Sept 2023 - Updated 28 Sept 2023" holds two: the first one counts, as it does
    beside an update that gives no date ("04 Apr 2016 | Updated: 1 hour ago").
    """
    if len(text) > 120 or not _has_digit(text):
        return None
    second_stamp = _SECOND_STAMP.search(text)
    # Only after a first date: in "Last updated: 3 May" the "updated" is the label itself.
    if (
        second_stamp
        and any(ch.isdigit() for ch in text[: second_stamp.start()])
        and (
            parse_date_line(text[second_stamp.start() :], today)
            # "04 Apr 2016 | Updated: 1 hour ago": the update gives no date, the first part does.
            or RELATIVE_STAMP.match(text[second_stamp.start() :])
        )
    ):
        text = text[: second_stamp.start()]
    if len(text) > 80:
        return None
    whole = _read_date_line(text, today)
    if whole is None and PIECE_SEPARATOR.search(text):
        # "May 14, 2024 | Feature", "Opinion · 3 March 2024": the date beside a short section name.
        pieces = [piece for piece in map(str.strip, PIECE_SEPARATOR.split(text)) if piece]
        readings = [(piece, _read_date_line(piece, today)) for piece in pieces]
        dated = [reading for _, reading in readings if reading is not None]
        # A date the line calls the publication's may stand beside anything: "First published
        # 2024/09/24 · The Long View is a member-funded publication".
        first_dated = next(position for position, (_, reading) in enumerate(readings) if reading) if dated else 0
        if len(dated) == 1 and (
            dated[0].label == "published"
            or all(
                reading
                or _beside_a_stamp(piece)
                # "… 07:30 — di Giulia Ferrandi": the writer after the date. A line that opens with
                # the writer ("By Jo Roe | 3 May 2024") is a byline, read as one.
                or (position > first_dated and _BY_NAME.match(piece))
                for position, (piece, reading) in enumerate(readings)
            )
        ):
            return dated[0]
    if whole is None:
        # "Олена Коваль, 24 вересня 2024 року, 10:30": the writer's name, then the date.
        named = _NAME_THEN_DATE.match(text)
        # Every word of a name is capitalised, in scripts that have capitals: "The talks, 4 May" is no byline.
        if named and not any(_lower_initial(word) for word in named.group("name").split()):
            return _read_date_line(named.group("date"), today)
    return whole


def _lower_initial(word: str) -> bool:
    """A word starting lower-case in a script that capitalises names (Georgian does not)."""
    return word[0].islower() and word[0] < "\u10a0"


def _beside_a_stamp(piece: str) -> bool:
    """What a stamp row prints beside its date: a section name, a time, an id, a counter, a label
    with its value ("Xəbər kodu: 458213", "Bölmə: Hərbi", "Lesezeit: 3 Min.", "aktualizacja: 17:05")."""
    return bool(
        _SECTION_NAME.match(piece)
        or _LABELLED_VALUE.match(piece)
        or _TIME.fullmatch(piece)
        or RELATIVE_STAMP.match(piece)
        or _COUNTER_PIECE.match(piece)
    )


_LABELLED_VALUE = re.compile(r"^[^\W\d_][\w .'’\u200c-]{0,30}\s*[:：՝]\s*[\w.:,/ \u200c-]{1,20}$")
_COUNTER_PIECE = re.compile(r"^[^\W\d_]+\s*\(?[\d\s,.]{1,12}\)?$|^[\d\s,.]{1,12}[^\W\d_]+\.?(?:\s[^\W\d_]+)?$")
# A name of two or three words, no digits, then a comma and the date.
_NAME_THEN_DATE = re.compile(r"^(?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,2}),\s+(?P<date>\S.*\d.*)$")


# What separates the parts of a stamp line: "May 14, 2024 | Feature", "04 Apr 2016 · Updated: 1 hour ago",
# "29/09/2023 alle 07:30 — di Giulia Ferrandi", and the ideographic space with which Chinese and
# Japanese pages set the fields of a stamp apart, or the space before a field's label once repair
# has made that space a plain one ("2020年10月3日 21:05　来源：…　作者：…").
PIECE_SEPARATOR = re.compile(
    r"\s+[|·•—–]\s+|\s*\u3000\s*|\s+(?=(?:来源|來源|作者|记者|記者|编辑|編輯|责任编辑|出典|筆者|출처|기자)\s*[：:])"
)
# A few words without digits that are not a byline ("By Jo Roe | 3 May 2024" is read as a byline).
# "By" before a writer's name, in the languages of the sources.
BY_WORD = r"(?i:by|von|par|por|door|di|oleh)"
# "di Giulia Ferrandi": the writer, beside the date.
_BY_NAME = re.compile(rf"^{BY_WORD}\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){{0,3}}$")
_SECTION_NAME = re.compile(rf"^(?!{BY_WORD}\b)[^\W\d_]+(?:[ &'’-]+[^\W\d_]+){{0,2}}$")


def _read_date_line(text: str, today: dt.date | None) -> DateLine | None:
    prefix = _PREFIX.match(text)
    if prefix:
        word = prefix.group("label").casefold()
        updated = word in _UPDATE_LABELS or word.split(" was ")[-1] in _UPDATE_LABELS
        found = _read_date(text[prefix.end() :], "updated" if updated else "published", text, today)
        if found:
            return found
    any_label = _ANY_LABEL.match(text)
    # "Güncelleme Tarihi:" starts with a known label and goes on: the whole label is the generic one.
    found = _read_date(text[any_label.end() :] if any_label else text, "", text, today)
    if found is None and (word_label := _WORD_LABEL.match(text)) and _TIME.search(text, word_label.end()):
        # "Started 19 September 2023, 13:40 AMT", "Gesendet 3.4.2024 10:12": one word, then a date
        # and a clock time, says it is a stamp in a language whose labels are not listed here.
        found = _read_date(text[word_label.end() :], "", text, today)
    return found


_WORD_LABEL = re.compile(r"^\W*[^\W\d_]{3,}\s+(?=\d)")


def _read_date(rest: str, label: str, text: str, today: dt.date | None) -> DateLine | None:
    """The date of ``rest``, what is left of ``text`` once its label is read."""
    if not _YEAR.search(rest):
        return None  # every form has a four-digit year; the month-name forms are slow to fail
    for form in _DATE_FORMS:
        match = form.search(rest)
        if not match:
            continue
        dates = _dates_of(match)
        if not dates:
            return None
        remainder = _PLACE_PREFIX.sub(" ", rest[: match.start()]) + " " + rest[match.end() :]
        if not _only_time_and_filler(remainder):
            return None
        limit = (today or dt.date.today()) + dt.timedelta(days=1)
        # No web page was stamped before the web: an older date is a fact ("Opened: 14 May 1903")
        # unless the line says it is the publication's (a newspaper archive's "Published: 13.05.1989").
        oldest = _FIRST_PRINT_YEAR if label else _FIRST_WEB_YEAR
        if any(d.year < oldest or d > limit for d in dates):
            return None
        if len(dates) > 1:
            # "Saturday, 04/05/2024": of day/month and month/day, the reading that fell on a Saturday.
            named = {_WEEKDAY_NUMBERS[w.casefold()] for w in _WEEKDAY_NAME.findall(text)}
            if len(named) == 1:
                dates = [d for d in dates if d.weekday() in named] or dates
        day_first = None
        if len(dates) > 1 and match.groupdict().get("first"):
            day_first = dt.date(int(match["year"]), int(match["second"]), int(match["first"]))
        return DateLine(min(dates), max(dates), label, day_first)
    return None


_FIRST_PRINT_YEAR = 1900
_FIRST_WEB_YEAR = 1991


def _only_time_and_filler(text: str) -> bool:
    """Whether what stands beside a date is only times, weekdays, small words, punctuation and the
    counters a stamp row prints ("Просмотров: 18 406", "Номер 87", "Comments (122)")."""
    text = _COUNTER.sub(" ", _TIME.sub(" ", text))
    return not text.strip() or _LEFTOVER.fullmatch(text) is not None


# A word and a count; a four-digit figure is never one, so "May 2024" stays a month and a year.
# "Прочетена 3 208 пъти", "Citit de 2.184 ori": the count may say "times".
TIMES_WORDS = r"(?:times|ori|пъти|раза?|razy|kez|krát|gånger|ganger|gange|kertaa|volte|veces|vezes|fois|mal)"
_COUNTER = re.compile(
    r"(?<!\w)[^\W\d_]{3,}\.?\s*[:：]?\s*(?:de |by )?\(?\d{1,3}(?:[ \u00a0,.]\d{3})*\)?(?![\w.,:/-])"
    rf"(?:\s+{TIMES_WORDS}(?!\w))?"
)


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """Whether any character is a digit (``str.isdigit``, so "²" and "٣" count), without a Python
    loop over the characters of the many lines that hold an ASCII digit or are ASCII without one."""
    if _ASCII_DIGIT.search(text):
        return True
    return not text.isascii() and any(ch.isdigit() for ch in text)


def _dates_of(match: re.Match[str]) -> list[dt.date]:
    parts = match.groupdict()
    year = int(parts["year"])
    if year in _BUDDHIST_YEARS:
        year -= _BUDDHIST_ERA
    try:
        if parts.get("first"):
            first, second = int(parts["first"]), int(parts["second"])
            readings = {(first, second), (second, first)}  # month/day or day/month
            return sorted(dt.date(year, m, d) for m, d in readings if m <= 12 and d <= 31 and _valid(year, m, d))
        if parts.get("solar_month") or year in _SOLAR_HIJRI_YEARS:
            month = _SOLAR_HIJRI_MONTHS[parts["solar_month"]] if parts.get("solar_month") else int(parts["month"])
            return [jdatetime.date(year, month, int(parts["day"])).togregorian()]
        if parts.get("roman_month"):
            month = _ROMAN_MONTHS.index(parts["roman_month"]) + 1
        else:
            month = _MONTHS[parts["month_name"].casefold()] if parts.get("month_name") else int(parts["month"])
        return [dt.date(year, month, int(parts["day"]))]
    except (ValueError, KeyError):
        return []


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# The pieces of a stamp by shape: a date in figures, a clock time, other figures (a price, a
# score, a decimal), a number, a separator, a word (letters of any script).
_STAMP_TOKEN = re.compile(
    r"(?P<numeric_date>(?<![\d.])(?:\d{1,2}[./-] ?\d{1,2}[./-] ?\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\d]))|"
    r"(?P<time>(?<![\d.:£$€¥+−-])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:%]|[.,]\d))|"
    r"(?P<figure>\d+(?:[.,:/]\d+)+|[£$€¥+−%°])|"
    r"(?P<number>\d+)|"
    r"(?P<separator>[:|–—]|(?<=\s)-(?=\s))|"
    r"(?P<word>[^\W\d_]+)"
)
_MAX_STAMP_WORDS = 4
_MAX_TIMED_STAMP_WORDS = 6  # with a day, a year and a time, the line has said three times that it is a stamp
_MAX_BARE_DAY_WORDS = 2  # "Sent 29 August"; "Změny v provozu od 1. září" is a section's heading
_BULLET = re.compile(r"^\s*[-–•*·]\s")


def has_stamp_shape(text: str) -> bool:
    """A date stamp in any language, told by its shape rather than by its words: a day next to a
    year or a month's name, or beside a clock time, and at most a few words besides ("Sent 29 August
    2025", "Τρίτη, 4 Μαρτίου 2025, 13:27", "Vloženo 28. 8. 2025 v 10:15", "6月17日 21:40").

    Not a stamp: a list item or a table row that opens with a date ("- March 14: Cardinal Rx",
    "12 October – Keighley"), a line with prices, scores or decimals, a time range ("8:00 – 12:30").
    Callers keep to the edges of the article: in its body a dated line is as likely a fact.
    """
    if len(text) > 90 or not _has_digit(text) or _BULLET.match(text) or text.count("|") > 1:
        return False  # a list item, a table row
    if not text.isascii():
        text = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)
    tokens = [(match.lastgroup, match.group()) for match in _STAMP_TOKEN.finditer(text)]
    kinds = [kind for kind, _ in tokens]
    if "figure" in kinds:
        return False
    first_figure = next((position for position, kind in enumerate(kinds) if kind != "word" and kind != "separator"), 0)
    after = kinds[first_figure:]
    if "separator" in after and "word" in after[after.index("separator") :]:
        return False  # a date labelling what follows it
    if any(kinds[i : i + 3] == ["time", "separator", "time"] for i in range(len(kinds) - 2)):
        return False
    times = kinds.count("time")
    words = sum(1 for kind, value in tokens if kind == "word" and len(value) > 1)
    numbers = [(position, value) for position, (kind, value) in enumerate(tokens) if kind == "number"]
    days = [position for position, value in numbers if len(value) <= 2 and 1 <= int(value) <= 31]
    years = [position for position, value in numbers if len(value) == 4 and _is_stamp_year(int(value))]
    if len(numbers) > 4 or len(days) + len(years) < len(numbers):
        return False  # other figures: a count, an id
    full_date = "numeric_date" in kinds or any(abs(day - year) <= 3 for day in days for year in years)
    day_and_month = any(
        abs(day - position) == 1 and kind == "word" and MONTH_NAME.fullmatch(value)
        for day in days
        for position, (kind, value) in enumerate(tokens)
    )
    if times and (full_date or day_and_month or days or times > 1):
        return words <= (_MAX_TIMED_STAMP_WORDS if full_date else _MAX_STAMP_WORDS)
    if full_date:
        return words <= _MAX_STAMP_WORDS
    return day_and_month and words <= _MAX_BARE_DAY_WORDS


def _is_stamp_year(value: int) -> bool:
    # Gregorian years, and the Thai solar (Buddhist era) years some pages print instead.
    return 1990 <= value <= 2100 or 2530 <= value <= 2650
