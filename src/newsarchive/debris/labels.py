"""Labels around the article: tags and hashtags, reading time, copyright footers."""

from __future__ import annotations

import re

from newsarchive.debris.engine import Line, line_rule

_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w-]*", re.UNICODE)


def _is_hashtag_line(line: Line) -> bool:
    tags = _HASHTAG.findall(line.text)
    return len(tags) >= 2 and len(tags) >= 0.6 * max(line.words, 1)


RULES = [
    line_rule(
        "tags.hashtags",
        "tags",
        "A line made mostly of hashtags: '#Election #Vote #Results'.",
        test=_is_hashtag_line,
        max_words=60,
        may_remove_prose=True,
    ),
    line_rule(
        "tags.label",
        "tags",
        "A tag or category list: 'Tags: economy, inflation', 'Filed under: Politics'.",
        re.compile(
            r"^\W*(?:tags?|tagged(?: with)?|topics?|filed under|posted in|categor(?:y|ies)|keywords|schlagw[öo]rter|"
            r"themen|etiquetas|étiquettes|mots-clés|temas|argomenti|теги|метки|темы)\s*[:：|]\s*\S.{0,300}$",
            re.IGNORECASE,
        ),
        max_words=50,
        may_remove_prose=True,
    ),
    line_rule(
        "reading-time.label",
        "reading-time",
        "A reading-time label: '5 min read', 'Reading time: 3 minutes'.",
        re.compile(
            r"^\W*(?:(?:\d{1,3}|one|two|three|four|five|ten)[\s-]*(?:min(?:ute)?s?\.?|minuten?|mins?)"
            r"(?:\s+(?:read|reading|de lecture|lectura|leitura|lettura|lesezeit))?|"
            r"(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|"
            r"tempo di lettura|время чтения)\s*[:：]?\s*\d{1,3}.{0,20})\W*$",
            re.IGNORECASE,
        ),
        max_words=8,
    ),
    line_rule(
        "copyright.footer",
        "copyright",
        "A copyright footer: '© 2023 The Daily Courier. All rights reserved.'",
        re.compile(
            r"^\W*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b|"
            r"\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|"
            r"\btodos os direitos reservados\b|\btutti i diritti riservati\b|\bвсе права защищены\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
    ),
]
