"""Menus, breadcrumbs, pagers and "back to top" buttons: the site's furniture around the article."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import takewhile

from newsarchive.debris.engine import Line, Page, Stage, block_rule, line_rule
from newsarchive.debris.residue import is_table_row

CATEGORY = "navigation"

# Section names of news sites. A short head line made only of these is a menu, not a headline.
_SECTIONS = frozenset(
    """home news world politics business economy markets money finance tech technology science health
    sport sports football opinion opinions culture arts entertainment lifestyle life style travel food
    weather video videos live latest local national international region regions europe asia africa
    americas america us usa uk middle east menu search login log in sign subscribe register more
    contact about podcasts podcast photos gallery newsletters newsletter blogs blog analysis features
    education environment climate society media crime law justice cars motoring property jobs
    obituaries puzzles games shop epaper e-paper archive editorial editorials columns columnists reviews
    close open toggle navigation main skip account profile signin menú sport menu
    startseite regional ratgeber panorama international inland ausland meinung
    société sports culture région politique idées
    portada sociedad opinión cultura deportes economía internacional nacional
    últimas brasil mundo economia cultura desporto opinião
    cronaca esteri politica economia sport spettacoli
    россия мир общество культура наука происшествия
    nachrichten politik wirtschaft kultur accueil actualités monde économie inicio noticias mundo
    economía deportes início notícias política esporte главная новости политика экономика спорт
    scores schedule standings deals space community elections breaking theatre theater film music books
    science environment style fashion travel cars autos jobs sports high school
    ana sayfa gündem ekonomi spor yaşam dünya siyaset kültür sağlık teknoloji magazin
    accueil régions régional monde france économie culture sport santé faits divers
    regio binnenland buitenland sport economie cultuur nieuws
    cronaca attualità esteri politica economia sport cultura spettacoli
    esportes futebol política economia cultura mundo brasil cidades
    kraj świat gospodarka sport kultura wiadomości region""".split()
)
_RUN_TOGETHER = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _menu_words(text: str) -> tuple[list[str], int]:
    tokens = _TOKEN.findall(text)
    words = " ".join(_RUN_TOGETHER.sub(lambda m: f"{m.group(0)[0]} {m.group(0)[1]}", t) for t in tokens).split()
    return words, sum(1 for word in words if word.casefold() in _SECTIONS)


def _is_menu_residue(line: Line) -> bool:
    """Menu items run together ("USA NewsWorld News") or a row of section names."""
    text = line.text
    if text[-1:] in '.!?:;"”' or len(text) > 80:
        return False
    words, in_vocabulary = _menu_words(text)
    if not words:
        return False
    joins = len(_RUN_TOGETHER.findall(text))
    # A brand ("iPhone", "McDonald") has one join; a menu of run-together items has several.
    if joins and in_vocabulary >= 2 and in_vocabulary >= 0.5 * len(words):
        return True
    if joins >= 3 and in_vocabulary >= 1:
        return True
    return in_vocabulary == len(words)


def _is_menu_item(page: Page, index: int) -> bool:
    line = page.lines[index]
    return 0 < line.words <= 3 and line.text[-1:] not in '.!?"”' and len(line.text) <= 30


@block_rule("navigation.head-menu", CATEGORY, "A run of short menu items, one per line, before the headline.")
def _head_menu(page: Page) -> Iterator[tuple[int, str | None]]:
    """Three or more short lines in a row at the top, at least half of them section names."""
    run = list(takewhile(lambda index: _is_menu_item(page, index), page.kept()))
    known = [index for index in run if _menu_words(page.lines[index].text)[1]]
    if len(run) >= 3 and len(known) >= 0.5 * len(run):
        # Short lines after the last section name may be the headline itself ("Storm warning").
        yield from ((index, None) for index in run if index <= known[-1])


_PAGER = re.compile(
    r"^\W*(?:previous|next|prev|older|newer) (?:article|post|story|page|entry)\b"
    r"(?:\s*(?:[:|»>]|\s[–—-])\s*(?P<rest>.{1,150}))?\W*$",
    re.IGNORECASE,
)


@block_rule("navigation.pager", CATEGORY, "Article pagers: 'Previous article' and the headline it links to.")
def _pager(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in list(page.kept()):
        line = page.lines[index]
        match = _PAGER.match(line.text) if line.words <= 30 and not line.prose else None
        if match is None:
            continue
        yield index, None
        target = page.next_kept(index)
        if not match.group("rest") and target is not None:
            linked = page.lines[target]
            if linked.words <= 20 and not linked.prose and not _PAGER.match(linked.text):
                yield target, None


def _is_label(line: Line) -> bool:
    """A section label: a word or three, and a section name, in capitals, or a single word.

    "Ceasefire holds" above a standfirst is a short headline, not a label.
    """
    if not (0 < line.words <= 3 and line.text[-1:] not in '.!?:;,"”' and len(line.text) <= 32 and not line.prose):
        return False
    return line.words == 1 or line.text.isupper() or _menu_words(line.text)[1] > 0


def _is_headline(line: Line) -> bool:
    return 4 <= line.words <= 30 and line.text[-1:] not in ".:;," and not line.prose


_LANGUAGE = (
    r"(?:EN|DE|FR|ES|IT|PT|NL|PL|RU|UK|TR|AR|ZH|JA|KO|LV|LT|ET|FI|SV|DA|NO|CS|SK|HU|RO|BG|EL|HY|AZ|KA|"
    r"English|Deutsch|Français|Español|Italiano|Português|Nederlands|Polski|Русский|Українська|Türkçe|"
    r"Latviešu|Lietuvių|Eesti|Հայերեն|Azərbaycan|ქართული)"
)
_PAGE_LABEL = re.compile(
    r"^\W*(?:(?:page|seite|página|pagina|страница)\s+\d{1,3}(?:\s*(?:of|/|von|de|di|из)\s*\d{1,3})?|"
    r"(?:load|show|view|see) more(?: (?:stories|articles|posts|news|results))?|"
    r"(?:older|newer) (?:posts|entries|stories)|next page|previous page|next|previous|prev|"
    # A printed story's jump lines: "Continued on page 7", "From page 1", "See BUDGET, Page 5"
    r"(?:continued|cont(?:inued|'d|’d)?) (?:on|from) (?:page|p\.) ?\d{1,3}|from page \d{1,3}|"
    r"see [\w' -]{1,30}, page \d{1,3}|[\w' -]{1,30} from page \d{1,3}|"
    r"(?:open|close|toggle) (?:the )?(?:menu|navigation|search)|menu|[☰≡]|"
    r"back to (?:all )?(?:stories|posts|articles|news|blog|overview|the blog|home ?page|home)|"
    r"(?:cart|basket|warenkorb|panier|carrito)\s*\(?\d+\)?|swipe (?:up|left|right) (?:for|to) .{1,30})\W*$",
    re.IGNORECASE,
)
_PAGE_RUN = re.compile(
    r"^\W*(?:(?:prev(?:ious)?|first)\s+)?(?P<numbers>\d{1,3}(?:\s+\d{1,3}){1,9})(?:\s+(?:next|last))?\W*$"
)


def _is_pager(line: Line) -> bool:
    """'Page 2 of 3', or page numbers counting up one by one ('1 2 3 … Next'); not a row of figures."""
    if _PAGE_LABEL.match(line.text):
        return True
    run = _PAGE_RUN.match(line.text)
    if run is None:
        return False
    numbers = [int(n) for n in run.group("numbers").split()]
    return all(b == a + 1 for a, b in itertools.pairwise(numbers))


_MENU_ICON = re.compile(r"^[\W_]{1,3}$")


@block_rule(
    "navigation.section-label",
    CATEGORY,
    "Section labels above the headline ('Space', 'Esportes / Futebol', 'BREAKING NEWS').",
)
def _section_labels(page: Page) -> Iterator[tuple[int, str | None]]:
    """Short lines at the very top, right above a headline-shaped line, are the page's kicker.

    A real three-word headline is followed by the article, not by another headline.
    """
    kept = page.kept()
    labels = list(
        takewhile(
            lambda index: _is_label(page.lines[index]) or bool(_MENU_ICON.match(page.lines[index].text)), kept[:6]
        )
    )
    if labels and len(labels) + 1 < len(kept) and _is_headline(page.lines[kept[len(labels)]]):
        yield from ((index, None) for index in labels)


_menu_between_separators = line_rule(
    "navigation.separated-menu",
    CATEGORY,
    "A menu printed as items between separators: 'Home | News | Sport | Contact'.",
    # Every item is a few words: "Talks begin in Baku | Azerbaijan | World" is a headline with suffixes.
    re.compile(r"^\W*[^|•·\s]+(?: [^|•·\s]+){0,2}(?:\s[|•·]\s[^|•·\s]+(?: [^|•·\s]+){0,2}){2,}\W*$"),
    where="edges",
    max_words=20,
)


@block_rule("navigation.separated-menu", CATEGORY, _menu_between_separators.description)
def _separated_menu(page: Page) -> Iterator[tuple[int, str | None]]:
    for index, category in _menu_between_separators.find(page):
        if not is_table_row(page, index):
            yield index, category


_FIGURE = re.compile(r"^[-+−]?[\d.,:/%]+$")


def _menu_cells(line: Line) -> tuple[str, ...]:
    """The items of a line the input set apart with wide gaps, when each is a short label."""
    cells = line.cells
    if not cells or any(len(cell.split()) > 4 or cell[-1] in '.!?;,"”' for cell in cells):
        return ()
    if any(_FIGURE.match(cell.replace(" ", "")) for cell in cells):
        return ()  # a row of a table set out with spaces
    initials = [cell[0] for cell in cells if cell[0].isupper() or cell[0].islower()]
    if initials and sum(map(str.isupper, initials)) < 0.5 * len(initials):
        return ()  # "watering  council  summer-2024": a post's tags, which read as its first lines
    return cells


@block_rule(
    "navigation.spaced-menu",
    CATEGORY,
    "A menu flattened into one line of items set apart by wide gaps, before or after the article "
    "('Home  News  Metro  Politics', 'الرئيسية  السودان  اقتصاد'), and a section label above the headline "
    "that repeats one of its items.",
)
def _spaced_menu(page: Page) -> Iterator[tuple[int, str | None]]:
    items: set[str] = set()
    for index in page.kept():
        if not (page.in_head(index) or page.in_tail(index)) or page.lines[index].words > 30:
            continue
        found = _menu_cells(page.lines[index])
        if found:
            items.update(item.casefold() for item in found)
            yield index, None
    if items:
        for index in page.kept():
            if not page.in_head(index):
                break
            line = page.lines[index]
            if line.words <= 4 and line.folded.strip(" ›»>/|·•") in items:
                yield index, None


# The contents box of a long post: a heading, then its sections' names.
_CONTENTS_HEADING = re.compile(
    r"^\W*(?:on this page|table of contents|contents|in this (?:article|issue|story|post|guide)|jump to|"
    r"inhalt(?:sverzeichnis)?|auf dieser seite|sommaire|dans cet article|índice|contenido|indice|"
    r"in questo articolo|inhoud|spis treści|содержание|зміст|içindekiler|目次|목차)\W*$",
    re.IGNORECASE,
)


@block_rule(
    "navigation.contents",
    CATEGORY,
    "A contents box: 'On this page' or 'Table of Contents' and the section names under it.",
    stage=Stage.SIGNATURE,
)
def _contents_box(page: Page) -> Iterator[tuple[int, str | None]]:
    kept = page.kept()
    for position, index in enumerate(kept):
        if page.lines[index].words > 5 or not _CONTENTS_HEADING.match(page.lines[index].text):
            continue
        entries: list[int] = []
        seen: set[str] = set()
        for entry in kept[position + 1 : position + 1 + _MAX_CONTENTS]:
            line = page.lines[entry]
            key = _heading_key(line)
            if line.prose or line.words > 12 or line.text[-1:] in ".!?:" or line.text[:1] in _MARKUP_OPENERS:
                break
            if key and key in seen:
                break  # "1 History … History": the first section's own heading, under the box
            seen.add(key)
            entries.append(entry)
        if entries:
            yield index, None
            yield from ((entry, None) for entry in entries)


_MAX_CONTENTS = 12


@block_rule(
    "navigation.contents-by-repetition",
    CATEGORY,
    "A contents box in any language: two or more short lines in a row that come back, in the same order, "
    "as the article's subheadings further down; with the label above them ('Jump to a section').",
)
def _contents_by_repetition(page: Page) -> Iterator[tuple[int, str | None]]:
    kept = page.kept()
    lines = page.lines
    later: dict[str, list[int]] = {}
    keys: dict[int, str] = {}
    for position, index in enumerate(kept):
        if not lines[index].prose and lines[index].words <= 12:
            key = keys[index] = _heading_key(lines[index])
            if key:
                later.setdefault(key, []).append(position)
    if all(len(positions) < 2 for positions in later.values()):
        return  # no short line comes back: most pages
    position = 0
    while position < len(kept):
        run = []
        while position + len(run) < len(kept):
            index = kept[position + len(run)]
            occurrences = later.get(keys[index], []) if index in keys else []
            # Each entry comes back further down, after the one before it came back.
            again = [p for p in occurrences if p > position + len(run) and (not run or p > run[-1][1])]
            if lines[index].words > 12 or not again:
                break
            run.append((index, again[0]))
        if len(run) >= 2:
            label = kept[position - 1] if position else None
            if label is not None and _is_contents_label(lines[label]):
                yield label, None
            yield from ((index, None) for index, _ in run)
            position += len(run)
        else:
            position += 1


def _heading_key(line: Line) -> str:
    """The text of a heading without a contents entry's number or bullet ("2. Costs" is "Costs");
    empty, so never matched, for a line without letters (a row of figures)."""
    key = " ".join(_ENTRY_MARKER.sub("", line.folded).split())
    return key if any(ch.isalpha() for ch in key) else ""


_ENTRY_MARKER = re.compile(r"^\s*(?:[-–—•·*#]|\d{1,2}(?:\.\d{1,2})*[.)]?(?=\s))\s*")
# An entry of a contents box is words: "[[File:…]]", "{gallery}" or "<figure>" below it is markup.
_MARKUP_OPENERS = frozenset("[{<")


def _is_contents_label(line: Line) -> bool:
    return 0 < line.words <= 5 and not line.prose and line.text[-1:] not in ".!?;,"


# Words that carry a text's topic: four letters or more, cut to five so inflected forms meet
# ("harvest", "harvests"). Scripts written without spaces give their character pairs instead.
_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")


def topic_words(text: str) -> set[str]:
    """Words of four letters or more, cut to five; character pairs in scripts written without spaces."""
    folded = text.casefold()
    words = {word[:5] for word in _TOPIC_WORD.findall(folded) if not _UNSPACED.fullmatch(word)}
    for run in _UNSPACED.findall(folded):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


def share_of_topic(words: set[str], body: set[str]) -> float:
    return len(words & body) / len(words) if words else 0.0


_BODY_LINES = 6


def article_topic(lines: Sequence[Line], indices: Iterable[int]) -> set[str]:
    """The topic words of the article's first paragraphs: the prose lines among ``indices``."""
    topic: set[str] = set()
    for index in [i for i in indices if lines[i].prose][:_BODY_LINES]:
        topic |= topic_words(lines[index].text)
    return topic


# A site's or newsletter's name is short; a longer line above the headline is more often a headline
# the first line on the topic did not reach (a caption that shares more words with the body).
_MASTHEAD_WORDS = 8


@block_rule(
    "navigation.masthead",
    CATEGORY,
    "Lines above the headline that share no topic with the article: the site's or newsletter's name, "
    "an issue number ('The Rooftop Apiary Letter', 'Issue 47 of 52').",
)
def _masthead(page: Page) -> Iterator[tuple[int, str | None]]:
    """The headline is the first line at the top that speaks of what the article says; the short
    lines above it that do not are the page's name and furniture, whatever words they use."""
    lines, kept = page.lines, page.kept()
    head = [index for index in kept[:8] if index < page.first_prose]
    if len(head) < 2:
        return
    body = article_topic(lines, kept)
    headline = next(
        (
            position
            for position, index in enumerate(head)
            if _is_headline_shaped(lines[index]) and share_of_topic(topic_words(lines[index].text), body) >= 0.5
        ),
        None,
    )
    if not headline:
        return  # no line on the topic, or the first line is: nothing above the headline to judge
    for index in head[:headline]:
        line = lines[index]
        # Only the run at the very top: below a line on the article's topic, a short line is the
        # article's own ("Summary" over its bullet points).
        if line.words > _MASTHEAD_WORDS or share_of_topic(topic_words(line.text), body) >= 0.5:
            return
        yield index, None


def _is_headline_shaped(line: Line) -> bool:
    return 2 <= line.words <= 25 and line.text[-1:] not in ".:;,"


RULES = [
    _contents_box,
    _contents_by_repetition,
    _spaced_menu,
    _section_labels,
    _head_menu,
    _masthead,
    _pager,
    line_rule(
        "navigation.pager-title",
        CATEGORY,
        "A pager after the article naming the post it leads to: 'Previous Cider orchards turn to heritage apples'.",
        re.compile(
            r"^\W*(?i:previous|next|prev|older|newer|précédent|suivant|anterior|siguiente|vorheriger?|nächster?|"
            r"precedente|successivo|vorige|volgende|poprzedni|następny|предыдущ\w*|следующ\w*)"
            r"\s*[:|»>←→‹›]?\s+[A-ZÀ-ÞА-Я0-9\"“'‘«].{3,120}(?<![.!?])$",
        ),
        test=lambda line: not line.prose,
        where="tail",
        max_words=24,
    ),
    line_rule(
        "navigation.back-to-top",
        CATEGORY,
        "Back-to-top buttons: 'Back to top', 'Scroll to top', '↑ Top'.",
        re.compile(
            r"^\W*(?:(?:back|scroll|go|return|jump) to (?:the )?top(?: (?:button|of (?:the )?page))?|top)\W*$",
            re.IGNORECASE,
        ),
        where="edges",
        max_words=7,
    ),
    line_rule(
        "navigation.back-to-top-anywhere",
        CATEGORY,
        "Back-to-top buttons inside the body, where they can only be spelled out in full.",
        re.compile(r"^\W*(?:back|scroll|go|return) to top(?: button)?\W*$", re.IGNORECASE),
        max_words=5,
    ),
    line_rule(
        "navigation.breadcrumb",
        CATEGORY,
        "Breadcrumb trails: 'Home > World > Europe', 'Home / News / Local'.",
        re.compile(
            r"^\W*(?:home|start|startseite|accueil|inicio|início|главная)\s*(?:[>»›/|→]\s*[^>»›/|→]{1,40}){1,6}$",
            re.IGNORECASE,
        ),
        max_words=16,
    ),
    line_rule(
        "navigation.section-trail",
        CATEGORY,
        "A trail of sections above the headline: 'Climate › Summits › Negotiations'.",
        re.compile(r"^[^>»›‹«/|→.!?]{1,30}(?:\s[>»›‹«/→]\s[^>»›‹«/|→.!?]{1,30}){1,5}$"),
        where="head",
        max_words=12,
    ),
    line_rule(
        "navigation.language-switch",
        CATEGORY,
        "A language switcher at the top: 'EN', 'DE | FR', 'English · Deutsch'.",
        re.compile(
            rf"^\W*{_LANGUAGE}(?:\s*[|/·•,]\s*{_LANGUAGE})*\W*$",
        ),
        where="head",
        max_words=8,
    ),
    line_rule(
        "navigation.page-numbers",
        CATEGORY,
        "A pager between pages of a story or thread: 'Page 2 of 3', '« 1 2 3 »', 'Load more'.",
        test=_is_pager,
        max_words=12,
    ),
    line_rule(
        "navigation.menu-residue",
        CATEGORY,
        "Menu items run together or a row of section names before the article starts.",
        test=_is_menu_residue,
        where="head",
        max_words=12,
        stage=Stage.LAYOUT,
    ),
    _separated_menu,
]
