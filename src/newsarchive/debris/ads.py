"""Advertising: ad shortcodes left unrendered, and the labels that announce an ad slot."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Page, Stage, block_rule, line_rule

CATEGORY = "ad"

_AD_NAME = r"(?:ads?|adsense|advert\w*|ad[_-]?\d+|ad[_-]\w+|banner\w*|dfp\w*|gpt[_-]?\w*|sponsor\w*|promo\w*)"

_SPONSOR_LABEL = re.compile(
    r"^\W*(?:sponsored(?: (?:content|post|stories|links?))?|promoted(?: (?:content|stories))?|paid (?:content|post)|"
    r"partner content|from our partners)\W*$",
    re.IGNORECASE,
)


@block_rule(
    "ad.sponsored-teaser",
    CATEGORY,
    "A 'Sponsored' label with the promoted headline right under it.",
    stage=Stage.SIGNATURE,
)
def _sponsored_teaser(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in list(page.kept()):
        if not _SPONSOR_LABEL.match(page.lines[index].text):
            continue
        yield index, None
        teaser = page.next_kept(index)
        text = page.lines[teaser].text if teaser is not None else ""
        if teaser is not None and page.lines[teaser].words <= 16 and text[-1:] not in '.!?:;"”':
            yield teaser, None


RULES = [
    _sponsored_teaser,
    line_rule(
        "ad.affiliate-disclosure",
        CATEGORY,
        "An affiliate or sponsorship disclosure: 'We may earn a commission when you buy through links…'.",
        re.compile(
            r"\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?"
            r"(?:commission|affiliate (?:fee|commission)|share of sales)\b|"
            r"^\W*(?:sponsored|promoted|advertorial|paid (?:post|partnership))\s*:\s*\S.{3,200}$|"
            # a shop widget's button after a product and price: "Ravi Note 13 – ₹18,999 at Amazon | Buy now"
            r"[|–—]\s*(?:buy|shop|order) now\W*$",
            re.IGNORECASE,
        ),
        max_words=45,
        may_remove_prose=True,
        needles=(
            "commission",
            "affiliate",
            "share of sales",
            "sponsored",
            "promoted",
            "advertorial",
            "paid ",
            "buy now",
            "shop now",
            "order now",
            "book now",
        ),
    ),
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
            r"continue reading(?: (?:below|the main story))?|skip (?:this )?ad(?:vert(?:isement)?)?|"
            # "Advertisement - Scroll to continue", "Advertisement — continue reading below"
            r"advertisement\s*[-–—:|]\s*(?:scroll (?:down )?to continue(?: reading)?|continue reading(?: below)?)|"
            r"continua (?:após|depois d)a publicidade|la publicidad continúa|"
            r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|"
            r"scroll (?:down )?to continue(?: (?:reading|with content))?|"
            r"anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|publicidade|реклама|reklam|reklama|"
            r"advertentie|mainos|annonce)[\W_]*$",
            re.IGNORECASE,
        ),
        max_words=10,
    ),
]
