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
]
