"""Advertising: ad shortcodes left unrendered, and the labels that announce an ad slot."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Page, Stage, block_rule, line_rule

CATEGORY = "ad"

_AD_NAME = r"(?:ads?|adsense|advert\w*|ad[_-]?\d+|ad[_-]\w+|banner\w*|dfp\w*|gpt[_-]?\w*|sponsor\w*|promo\w*)"

# "Sponsored content" in the languages the archive sees most.
_SPONSORED = (
    r"(?:sponsored(?: (?:content|post|stories|links?))?|promoted(?: (?:content|stories))?|paid (?:content|post)|"
    r"partner content|from our partners|contenido patrocinado|patrocinado|contenuto sponsorizzato|"
    r"(?:contenu )?sponsorisé|conteúdo patrocinado|gesponsert|gesponsord|materiał sponsorowany|"
    r"artykuł sponsorowany|sponsorlu içerik|konten bersponsor|advertorial|publirreportaje|партнерский материал|"
    r"на правах рекламы)"
)
_SPONSOR_LABEL = re.compile(rf"^\W*{_SPONSORED}\W*$", re.IGNORECASE)
# "Sponsored · Calder Building Society is proud to support …": the label and the sponsor on one line.
_SPONSORED_BY_LINE = re.compile(rf"^\W*{_SPONSORED}\s*[·•|–—]\s*\S.{{1,150}}$", re.IGNORECASE)


@block_rule(
    "ad.sponsored-teaser",
    CATEGORY,
    "A 'Sponsored' label with the promoted headline right under it.",
    stage=Stage.SIGNATURE,
)
def _sponsored_teaser(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in list(page.kept()):
        text = page.lines[index].text
        if page.lines[index].words > 30 or not (_SPONSOR_LABEL.match(text) or _SPONSORED_BY_LINE.match(text)):
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
            rf"^\W*(?:{_SPONSORED}|paid partnership)\s*:\s*\S.{{3,200}}$|"
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
            "patrocinad",
            "sponsori",
            "gesponser",
            "gesponsord",
            "sponsorowan",
            "sponsorlu",
            "bersponsor",
            "publirreportaje",
            "партнерский",
            "на правах",
            "buy now",
            "shop now",
            "order now",
            "book now",
        ),
    ),
    line_rule(
        "ad.sponsor-credit",
        CATEGORY,
        "A sponsor's credit: 'In association with …', 'Official timing partner: …', 'Support for KWVR comes from …'.",
        re.compile(
            r"^\W*(?:in association with|in partnership with|brought to you by|presented by|powered by|"
            r"(?:official )?[\w ]{0,20}partner\s*:|en colaboración con|patrocinado por|präsentiert von|"
            r"mit unterstützung von|en partenariat avec|in collaborazione con|we współpracy z)\s+\S.{1,80}$|"
            r"^[^.!?]{0,60}\b(?:is|are) (?:supported|sponsored|presented|powered) by (?-i:[A-Z])[^.!?]{1,60}$|"
            r"^[^.!?]{1,60}\bsponsorluğunda\W*$|"
            # Public radio's underwriting credit, a sentence that is still an ad.
            r"^\W*support for [\w .&'’-]{1,40} (?:comes|is provided) from\b.{3,200}$",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=(
            "association with",
            "partnership with",
            "brought to you",
            "presented by",
            "powered by",
            "partner:",
            "partner :",
            "colaboración con",
            "patrocinado por",
            "präsentiert von",
            "unterstützung von",
            "partenariat avec",
            "collaborazione con",
            "współpracy z",
            "supported by",
            "sponsored by",
            "sponsorluğunda",
            "support for",
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
            r"advertisement\s*[-–—:|·•]\s*(?:scroll (?:down )?to continue(?: reading)?|continue reading(?: below)?|"
            r"(?:the )?(?:story|article) continues (?:below|after (?:the |this )?(?:ad|advertisement)))|"
            r"(?:article|in-?article|inline|native|display|sidebar|mid-?article) ad(?:vert)?|"
            r"gulir untuk melanjutkan(?: membaca)?|scrolle?n? (?:zum|um) weiterzulesen|"
            r"continue (?:a|à) (?:ler|lire) (?:après|depois da) (?:la )?publicit[ée]|"
            r"continua (?:após|depois d)a publicidade|la publicidad continúa|"
            r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|"
            r"scroll (?:down )?to continue(?: (?:reading|with content))?|"
            r"anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|publicidade|реклама|reklam|reklama|"
            r"advertentie|mainos|annonce|iklan|reklame|annons|publicitate|reclamă|reklám|hirdetés|inzerce|"
            r"διαφήμιση|реклама|գովազդ|რეკლამა|إعلان|اعلان|تبلیغات|quảng cáo|広告|광고|reklama|sponsorlu|"
            r"gesponsert|sponsorisé|patrocinado|sponsorizzato|gesponsord|sponsorowane|adverts?|"
            # The word for "advertisement" as it stands alone over an ad slot, in more languages
            # (Greek also without its accent, as capitals drop it)
            r"διαφημιση|publicitat|publizitatea|iragarkia|hysbyseb|fógra|auglýsing|annonse|advertensie|reklaam|"
            r"reklāma|inzercia|oglas|reklamë|оглас|рэклама|жарнама|patalastas|anunsiyo|tangazo|matangazo|"
            r"פרסומת|اشتہار|विज्ञापन|जाहिरात|বিজ্ঞাপন|விளம்பரம்|ప్రకటన|જાહેરાત|ਇਸ਼ਤਿਹਾਰ|දැන්වීම|ማስታወቂያ|"
            r"โฆษณา|ໂຄສະນາ|ကြော်ငြာ|ពាណិជ្ជកម្ម|广告|廣告|isikhangiso|xayeysiis)[\W_]*$",
            re.IGNORECASE,
        ),
        max_words=10,
    ),
]
