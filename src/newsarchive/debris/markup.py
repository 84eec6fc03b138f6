"""Markup that a scraper left unrendered: CMS shortcodes other than ads."""

from __future__ import annotations

import re

from newsarchive.debris.engine import line_rule

CATEGORY = "shortcode"

RULES = [
    line_rule(
        "shortcode.unrendered",
        CATEGORY,
        "A CMS shortcode alone on its line: [caption id=...], [/caption], [embed]...[/embed].",
        # Lower-case tag names with attributes or a closing tag: "[This story was updated.]" is an
        # editor's note, not a shortcode.
        re.compile(r"^\[/?[a-z][a-z0-9_-]*(?:\s+[a-z0-9_-]+=[^\]]*)*\](?:.*\[/[a-z][a-z0-9_-]*\])?$"),
        max_words=30,
        may_remove_prose=True,
    ),
    line_rule(
        "shortcode.wiki-markup",
        CATEGORY,
        "Wiki markup a scraper left unrendered: '[[File:Tram 1931.jpg|thumb|A car at the terminus]]', "
        "'[[Kategorie:Verkehr]]', '{{Infobox tram line}}'.",
        # A namespace of letters in any language, then a colon: "[[Datei:", "[[Файл:", "[[Category:".
        re.compile(r"^\s*(?:\[\[[^\W\d_]{2,20}:[^\[\]]*\]\]|\{\{[^{}]{2,200}\}\})\s*$"),
        max_words=40,
        may_remove_prose=True,
        needles=("[[", "{{"),
    ),
]
