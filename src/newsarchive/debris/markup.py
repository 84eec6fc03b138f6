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
        re.compile(r"^\[/?[a-z][\w-]*(?:\s[^\]]*)?\](?:.*\[/[a-z][\w-]*\])?$", re.IGNORECASE),
        max_words=30,
        may_remove_prose=True,
    ),
]
