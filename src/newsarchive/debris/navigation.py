"""Menus, breadcrumbs, pagers and "back to top" buttons: the site's furniture around the article."""

from __future__ import annotations

import re

from newsarchive.debris.engine import Line, line_rule

CATEGORY = "navigation"

# Section names of news sites. A short head line made only of these is a menu, not a headline.
_SECTIONS = frozenset(
    """home news world politics business economy markets money finance tech technology science health
    sport sports football opinion opinions culture arts entertainment lifestyle life style travel food
    weather video videos live latest local national international region regions europe asia africa
    americas america us usa uk middle east menu search login log in sign subscribe register more
    contact about podcasts podcast photos gallery newsletters newsletter blogs blog analysis features
    education environment climate society media crime law justice cars motoring property jobs
    obituaries puzzles games shop epaper e-paper archive editorial editorials columns columnists
    nachrichten politik wirtschaft kultur accueil actualités monde économie inicio noticias mundo
    economía deportes início notícias política esporte главная новости политика экономика спорт""".split()
)
_RUN_TOGETHER = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _is_menu_residue(line: Line) -> bool:
    """Menu items run together ("USA NewsWorld News") or a row of section names."""
    text = line.text
    if text[-1:] in '.!?:;"”' or len(text) > 80:
        return False
    tokens = _TOKEN.findall(text)
    if not tokens:
        return False
    split_words = " ".join(_RUN_TOGETHER.sub(lambda m: f"{m.group(0)[0]} {m.group(0)[1]}", t) for t in tokens).split()
    in_vocabulary = sum(1 for word in split_words if word.casefold() in _SECTIONS)
    if _RUN_TOGETHER.search(text) and in_vocabulary >= 2 and in_vocabulary >= 0.5 * len(split_words):
        return True
    return len(split_words) >= 2 and in_vocabulary == len(split_words)


RULES = [
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
        "navigation.pager",
        CATEGORY,
        "Article pagers: 'Previous article', 'Next post: …'.",
        re.compile(
            r"^\W*(?:previous|next|prev|older|newer)(?: (?:article|post|story|page|entry))\b.{0,150}$", re.IGNORECASE
        ),
        max_words=30,
    ),
    line_rule(
        "navigation.menu-residue",
        CATEGORY,
        "Menu items run together or a row of section names before the article starts.",
        test=_is_menu_residue,
        where="head",
        max_words=12,
    ),
    line_rule(
        "navigation.separated-menu",
        CATEGORY,
        "A menu printed as items between separators: 'Home | News | Sport | Contact'.",
        re.compile(r"^[^|•·]{1,25}(?:\s[|•·]\s[^|•·]{1,25}){2,}$"),
        where="edges",
        max_words=20,
    ),
]
