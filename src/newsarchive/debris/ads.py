"""Advertising: ad shortcodes left unrendered, and the labels that announce an ad slot."""

from __future__ import annotations

import re

from newsarchive.debris.engine import line_rule

CATEGORY = "ad"

_AD_NAME = r"(?:ads?|adsense|advert\w*|ad[_-]?\d+|ad[_-]\w+|banner\w*|dfp\w*|gpt[_-]?\w*|sponsor\w*|promo\w*)"

RULES = [
    line_rule(
        "ad.shortcode",
        CATEGORY,
        'A WordPress-style ad shortcode on its own line: [ad_1], [adsense], [ad id="3"].',
        re.compile(rf"^\[/?{_AD_NAME}(?:\s[^\]]*)?\]$", re.IGNORECASE),
        max_words=12,
    ),
    line_rule(
        "ad.label",
        CATEGORY,
        "A label that marks an ad slot: 'Advertisement', 'Sponsored', 'Story continues below'.",
        re.compile(
            r"^[\W_]*(?:advertisements?|advertising|advertorial|ads?|sponsored(?: (?:content|post|story|links?))?|"
            r"sponsored by .{1,40}|paid (?:content|post|partnership|promotion)|promoted(?: content| stories)?|"
            r"continue reading(?: (?:below|the main story))?|"
            r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|"
            r"scroll (?:down )?to continue(?: (?:reading|with content))?|"
            r"anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|publicidade|реклама)[\W_]*$",
            re.IGNORECASE,
        ),
        max_words=10,
    ),
]
