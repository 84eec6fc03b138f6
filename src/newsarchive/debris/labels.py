"""Labels around the article: tags and hashtags, reading time, copyright footers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Line, Page, block_rule, line_rule
from newsarchive.debris.related import owned_items
from newsarchive.debris.social import is_network_name

_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w-]*", re.UNICODE)


def _is_hashtag_line(line: Line) -> bool:
    tags = _HASHTAG.findall(line.text)
    return len(tags) >= 2 and len(tags) >= 0.6 * max(line.words, 1)


_TOPICS_HEADER = re.compile(
    r"^\W*(?:explore more on (?:these|this) topics?|more on (?:these|this) topics?|related topics|topics|"
    r"mehr zum thema|themen|sujets|temas relacionados|argomenti|темы)\W*$",
    re.IGNORECASE,
)
_BARE_TAG_LIST = re.compile(r"^[^.!?:;,।。！？]{1,30}(?:, [^.!?:;,।。！？]{1,30}){3,}$")


@block_rule("tags.topics-block", "tags", "A 'More on these topics' header and the topic links under it.")
def _topics_block(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in list(page.kept()):
        if page.in_tail(index) and _TOPICS_HEADER.match(page.lines[index].text):
            yield index, None
            yield from ((item, None) for item in owned_items(page, index))


# "Teqlər: Füzuli, Böyük Qayıdış", "Dalintis: Facebook · Messenger · el. paštu": a short label, a colon, a row.
_LABELLED_ROW = re.compile(r"^([^\W\d_][^\s:：]*(?: [^\W\d_][^\s:：]*){0,2})\s*[:：]\s*(\S.*)$")
_BUTTON_SEPARATORS = re.compile(r"\s*[·|•]\s*")
_LIST_SEPARATORS = re.compile(r"\s*[,،、]\s*")
_SENTENCE_END = tuple(".!?…。؟।")


def _labelled_row_items(text: str) -> list[str] | None:
    """The items of a labelled row of short items, or None: buttons or links apart by "·", "|" or
    "•" (two or more), or a list apart by commas (three or more), each item up to four words and
    without figures."""
    match = _LABELLED_ROW.match(text)
    if match is None or match.group(2).endswith(_SENTENCE_END):
        return None
    row = match.group(2)
    items = _BUTTON_SEPARATORS.split(row)
    if len(items) < 2:
        items = _LIST_SEPARATORS.split(row)
        if len(items) < 3:
            return None
    if all(item and len(item.split()) <= 4 and not any(ch.isdigit() for ch in item) for item in items):
        return items
    return None


@block_rule(
    "tags.labelled-row",
    "tags",
    "After the article, any label over a row of short items: 'Teqlər: Füzuli, Böyük Qayıdış, mina təmizləmə'; "
    "a share row when most items are networks ('Dalintis: Facebook · Messenger · el. paštu').",
)
def _labelled_rows(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in page.kept_short():
        if not page.in_tail(index):
            continue
        items = _labelled_row_items(page.lines[index].text)
        if items is not None:
            networks = sum(map(is_network_name, items))
            yield index, ("social" if 2 * networks >= len(items) else None)


def _is_bare_tag_list(line: Line) -> bool:
    """'tram, transport, airport, city council' at the end: short items, commas, no sentence."""
    items = [item.strip() for item in line.text.split(",")]
    return bool(_BARE_TAG_LIST.match(line.text)) and all(len(item.split()) <= 3 for item in items)


# The word for "minute" (and its short forms) in the languages of the dev sets and their neighbours:
# a reading time says little else that a rule could know in every language.
_MINUTES = re.compile(
    r"(?<![^\W\d_])(?:min|mins|minute|minutes|minuten|minuts|minutter|minutters|minuto|minutos|minuti|minuta|"
    r"minuty|minut|minutę|minuuttia|minuutin|minūtes|minutės|minutit|perc|percet|dakika|dakikalık|dk|phút|"
    r"λεπτά|λεπτό|λεπτών|мин|минут|минута|минуты|минути|хвилин|хвилини|хв|دقیقه|دقائق|دقيقة|دقیقه‌ای|דקות|דקה|"
    r"分|分钟|分鐘|분|นาที|menit|mnt|मिनट|মিনিট|منٹ|ደቂቃ|ደቂቃዎች|წუთი|წუთის|წთ|րոպե|dəqiqə|dəqiqəlik)"
    r"(?![^\W\d_])\.?",
    re.IGNORECASE,
)
_NOT_DIGITS = re.compile(r"\D+")
_ONE_NUMBER = re.compile(r"\d{1,3}(?: \d{1,3})?")  # "4", or a range "5-6"


def _reads_in_minutes(text: str) -> bool:
    figures = _NOT_DIGITS.sub(" ", text).strip()
    return _ONE_NUMBER.fullmatch(figures) is not None and int(figures.split()[0]) <= 60 and text[-1:] not in "?!"


RULES = [
    _topics_block,
    _labelled_rows,
    line_rule(
        "tags.bare-list",
        "tags",
        "A bare list of tags after the article: 'tram, transport, airport, city council'.",
        test=_is_bare_tag_list,
        where="tail",
        max_words=25,
    ),
    line_rule(
        "tags.label-without-colon",
        "tags",
        "'Filed under Politics, Economy': a category label with no colon, on a line that is not a sentence.",
        re.compile(r"^\W*(?:tagged(?: with)?|filed under|posted in)\s+\S.{0,200}$", re.IGNORECASE),
        max_words=20,
    ),
    line_rule(
        "tags.hashtags",
        "tags",
        "A line made mostly of hashtags: '#Election #Vote #Results'.",
        test=_is_hashtag_line,
        max_words=60,
        may_remove_prose=True,
        needles=("#",),
    ),
    line_rule(
        "tags.label",
        "tags",
        "A tag or category list: 'Tags: economy, inflation', 'Filed under: Politics'.",
        re.compile(
            r"^\W*(?:(?:tags?|topics?|categor(?:y|ies)|keywords|schlagw[öo]rter|themen|etiquetas|étiquettes|"
            r"mots-clés|temas|tópicos|argomenti|теги|метки|темы|tagi|tematy|etiketler|etiket|trefwoorden|"
            r"onderwerpen|label|kata kunci|tagged(?: with)?|filed under|posted in)\s*[:：|])"
            r"\s*\S.{0,300}$",
            re.IGNORECASE,
        ),
        max_words=50,
        may_remove_prose=True,
    ),
    line_rule(
        "copyright.rights-reserved",
        "copyright",
        "A short rights line: 'All rights reserved.', 'The Courier. All rights reserved'.",
        re.compile(
            r"\b(?:all rights reserved|(?:todos los )?derechos reservados|(?:todos os )?direitos reservados|"
            r"riproduzione riservata|tous droits réservés|alle rechte vorbehalten)\b",
            re.IGNORECASE,
        ),
        max_words=12,
        may_remove_prose=True,
        needles=("rights reserved", "reservados", "riservata", "réservés", "vorbehalten"),
    ),
    line_rule(
        "reading-time.label",
        "reading-time",
        "A reading-time label: '5 min read', 'Reading time: 3 minutes'.",
        re.compile(
            r"^\W*(?:(?:\d{1,3}|one|two|three|four|five|ten)[\s-]*(?:minutes?|minuten?)"
            r"\s+(?:read|reading|de lecture|de lectura|de leitura|di lettura|lesezeit)|"
            r"\d{1,3}[\s-]*(?:min\.?|mins?)(?:\s+(?:read|reading|de lecture|lectura|leitura|lettura))?|"
            r"(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|"
            r"tempo di lettura|время чтения|reading|lecture|lectura|leitura|lettura|lesedauer|leestijd|"
            r"czas czytania|okuma süresi|lukuaika|läsetid|waktu baca|lama membaca|час читання)"
            r"\s*[:：]?\s*\d{1,3}.{0,20})"
            # "6 min read · Mar 13, 2024": the date beside it is read by the date rules' metadata pass
            r"(?:\s*[·•|]\s*[^.!?]{0,30})?\W*$",
            re.IGNORECASE,
        ),
        max_words=10,
    ),
    line_rule(
        "reading-time.minutes",
        "reading-time",
        "A short line at the head giving a number of minutes, in any wording: 'Takes about 4 minutes to read', "
        "'Olvasási idő nagyjából 4 perc', '⏱ roughly a 3-minute read', '5-6 minuten'.",
        _MINUTES,
        test=lambda line: _reads_in_minutes(line.text),
        where="head",
        max_words=8,
        headline_over=4,  # "A 40-minute drive to give birth" is a headline
    ),
    line_rule(
        "reading-time.listen",
        "reading-time",
        "An audio version's player label: 'Listen to this article · 5:41', 'Listen · 4 min'.",
        re.compile(
            r"^\W*(?:listen(?: to (?:this |the )?(?:article|story|audio version))?|hear this (?:article|story)|"
            r"écouter (?:cet |l'|l’)article|artikel (?:anhören|vorlesen)(?: lassen)?|escuchar (?:este |el )?artículo|"
            r"ascolta (?:l'|l’|questo )?articolo|ouvir (?:este |o )?artigo|luister (?:naar )?(?:dit |het )?artikel|"
            r"posłuchaj(?: artykułu)?|haberi dinle|dinle|слушать(?: статью)?|dengarkan(?: artikel| berita)?|"
            r"lyssna(?: på artikeln)?)"
            r"\W*(?:\(?\s*\d{1,2}(?::\d{2})?\s*(?:min(?:ute)?s?|mins?)?\s*\)?)?\W*$",
            re.IGNORECASE,
        ),
        # "Listen" alone is a player's button everywhere; the residue rules judge it by its place.
        test=lambda line: line.words >= 2 or line.folded.strip() in ("dinle", "posłuchaj", "lyssna"),
        max_words=8,
    ),
    line_rule(
        "copyright.footer",
        "copyright",
        "A copyright footer: '© 2023 The Daily Courier. All rights reserved.'",
        re.compile(
            r"^\W*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|"
            r"^[^.!?]{0,60}©[^.!?]{0,40}$|\breuse this content\b|\breprints? (?:and|&) permissions\b|"
            r"^\W*riproduzione riservata\b|"
            # The site's own licence notice, not a sentence about something licensed.
            r"^\W*(?:(?:all )?content|text|articles?|this (?:article|work|site|page|content)|except where)"
            r"[^.]{0,60}\blicen[cs]ed under\b|"
            r"\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|"
            r"\btüm hakları saklıdır\b|\bwszelkie prawa zastrzeżone\b|\balle rechten voorbehouden\b|"
            r"\bhak cipta dilindungi\b|\bвсі права захищені\b|\bredistribution (?:is )?prohibited\b|"
            r"^\W*(?:all )?(?:content|text) (?:is )?(?:in the public domain|available under)\b|"
            # The reuse notice: "This material may not be published, broadcast, rewritten or redistributed."
            r"\bmay not be (?:reproduced|published|broadcast|rewritten|redistributed|copied|republished)\b"
            r"[^.]{0,80}\b(?:without|in whole|in part|or (?:redistributed|republished|broadcast))\b|"
            r"\btodos os direitos reservados\b|\btutti i diritti riservati\b|\bвсе права защищены\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=(
            "©",
            "(c)",
            "copyright",
            "rights reserved",
            "reuse this",
            "reprint",
            "riservat",
            "reservad",
            "réservés",
            "vorbehalten",
            "права защищены",
            "licensed under",
            "licenced under",
            "may not be",
            "hakları",
            "prawa",
            "rechten",
            "hak cipta",
            "права",
            "redistribution",
            "public domain",
            "available under",
        ),
    ),
]
