"""Theme, plugin and admin notices that a site's software prints above or below every page."""

from __future__ import annotations

import re

from newsarchive.debris.engine import line_rule

CATEGORY = "banner"

_ADMIN_ACTION = (
    r"(?:validat\w*|activat\w*|register\w*|options? page|not (?:valid|active|activated|registered)|"
    r"expired|renew\w*|update required|domain name)"
)

# A sentence may be removed only when it nags about a licence ("Theme License is not validated").
_LICENCE_NAG = re.compile(
    r"\b(?:theme|plugin)\b.{0,40}\blicen[cs]e\b.{0,40}\b(?:not (?:valid|validated|activated|active|registered)|"
    r"validate|activate|register)|\b(?:validate|activate|register) (?:the |your )?licen[cs]e\b",
    re.IGNORECASE,
)
_SOFTWARE_RE = re.compile(r"\b(?:theme|plugin|purchase code|activation key|dashboard|admin panel)\b", re.IGNORECASE)
_ADMIN_ACTION_RE = re.compile(rf"\b{_ADMIN_ACTION}", re.IGNORECASE)

RULES = [
    line_rule(
        "banner.theme-license",
        CATEGORY,
        "A site theme or plugin complaining about its licence, activation or options page.",
        # Two independent searches: a single "noun.*action" pattern backtracks on long lines.
        # A licence that is renewed or expired is news about taxis and pubs as often: the line must
        # also name the software, unless it is the nag itself.
        test=lambda line: (
            bool(_LICENCE_NAG.search(line.text))
            or (not line.prose and bool(_SOFTWARE_RE.search(line.text) and _ADMIN_ACTION_RE.search(line.text)))
        ),
        max_words=60,
        may_remove_prose=True,
        needles=("theme", "plugin", "licen", "purchase code", "activation key", "dashboard", "admin panel"),
    ),
    line_rule(
        "banner.skip-link",
        CATEGORY,
        "Accessibility skip links: 'Skip to content', 'Jump to navigation'.",
        re.compile(
            r"^\W*(?:(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article)|"
            r"zum (?:haupt)?inhalt(?: springen| wechseln)?|direkt zum inhalt|aller au contenu(?: principal)?|"
            r"passer au contenu|ir al contenido(?: principal)?|saltar al contenido|saltar para o conte[úu]do|"
            r"ir para o conte[úu]do|vai al contenuto|salta al contenuto|naar (?:de )?inhoud|"
            r"przejdź do (?:treści|zawartości)|перейти к (?:содержанию|основному содержанию))\W*$",
            re.IGNORECASE,
        ),
        max_words=6,
    ),
    line_rule(
        "banner.data-disclaimer",
        CATEGORY,
        "A market-data or advice disclaimer from the page template: 'Quotes delayed by 15 minutes'.",
        re.compile(
            r"\b(?:(?:market |quote |price )?data (?:is )?delayed|(?:quotes|prices) (?:are )?delayed|"
            r"not (?:intended as )?investment advice)\b",
            re.IGNORECASE,
        ),
        where="edges",
        max_words=30,
        may_remove_prose=True,
        needles=("delayed", "investment advice"),
    ),
    line_rule(
        "banner.admin-bar",
        CATEGORY,
        "The CMS's admin bar, scraped while logged in: 'You are logged in as editor. Edit this post'.",
        re.compile(
            r"^\W*(?:you are logged in as \w+|logged in as \w+\W*$|edit this (?:post|page|article)\b|log ?out\W*$)",
            re.IGNORECASE,
        ),
        max_words=25,
        may_remove_prose=True,
        needles=("logged in as", "edit this", "log out", "logout"),
    ),
    line_rule(
        "banner.powered-by",
        CATEGORY,
        "The site software's footer credit: 'Powered by WordPress', 'Proudly powered by Ghost'.",
        re.compile(
            r"^\W*(?:proudly )?powered by \S+(?: \S+)?(?:\W+theme\b.{0,60})?$|^\W*theme(?: by|:) \S+|"
            r"^\W*(?:blog|website|site) (?:at|built with|hosted (?:by|on)|made with) \S+\.\w{2,}\W*$",
            re.IGNORECASE,
        ),
        where="tail",
        max_words=8,
    ),
    line_rule(
        "banner.browser-notice",
        CATEGORY,
        "Notices about JavaScript, ad blockers or outdated browsers.",
        re.compile(
            r"\b(?:(?:please )?(?:enable|turn on|switch on) javascript|javascript is (?:disabled|required|not enabled)|"
            r"your browser (?:does not|doesn't) support|(?:update|upgrade) your browser|"
            r"(?:using|have) an? (?:outdated|old|unsupported|out-of-date) (?:web )?browser|"
            r"ad ?-?blocker (?:detected|is (?:on|enabled))|(?:disable|whitelist) your ad ?-?blocker|"
            r"(?:abilita|attiva|aktivieren sie|activez|activa|habilita|ative|włącz|включите|schakel) javascript)",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=("javascript", "browser", "blocker", "ad-block", "adblock", "ad block"),
    ),
    line_rule(
        "banner.server-error",
        CATEGORY,
        "An error or warning the site's code printed into the page: 'Notice: Undefined index … on line 212'.",
        re.compile(
            r"^\W*(?:(?:php )?(?:notice|warning|deprecated|fatal error|parse error|strict standards)\s*:\s*.{0,300}"
            r"\bon line \d+|(?:uncaught )?(?:exception|error)\b.{0,200}\bin /[\w/.-]+\.php\b)",
            re.IGNORECASE,
        ),
        max_words=80,
        may_remove_prose=True,
        needles=("on line", ".php"),
    ),
    line_rule(
        "banner.alert",
        CATEGORY,
        "A breaking-news or live-stream alert strip above the article: 'BREAKING: …', 'WATCH LIVE: …'.",
        re.compile(
            r"^\W*(?:breaking(?: news)?|just in|developing(?: story)?|news alert|alert|"
            # Not a bare "Live:": "Live: aid convoys cross into Tigray" is a live blog's headline.
            r"(?:watch|listen) live|live now|live (?:coverage|stream)|happening now|"
            r"eilmeldung|dernière minute|última hora|"
            r"urgente|ultim'ora|срочно)\s*[:|–—-]\s*\S.{0,150}$"
            r"|^\W*live\b.{1,60}[–—|-]\s*(?:watch|listen)(?: (?:now|live))?\W*$"
            # A weather service's alert strip, shouted: "WINTER STORM WARNING in effect until 7 PM".
            # Capitals only: "Flood warning" over an article is its headline.
            r"|^\W*(?-i:(?:[A-Z]+ ){0,3}(?:WARNING|WATCH|ADVISORY|ALERT|EMERGENCY))\b"
            r"(?: (?:in effect|issued|until)\b.{0,80})?$",
            re.IGNORECASE,
        ),
        where="head",
        max_words=25,
    ),
    line_rule(
        "banner.maintenance",
        CATEGORY,
        "A notice about the site itself: 'Our website is undergoing scheduled maintenance tonight'.",
        re.compile(
            r"\b(?:(?:our |this )?(?:web)?site|service|portal|app) (?:is|are|will be) (?:currently )?"
            r"(?:undergoing|down for|under|unavailable (?:during|for))(?: (?:scheduled|planned|routine|essential))? "
            r"(?:maintenance|upgrades?)\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=("maintenance", "upgrade"),
    ),
    line_rule(
        "banner.page-version",
        CATEGORY,
        "A notice about the page itself: 'You are viewing a simplified version of this page', "
        "'This article was auto-published from a syndicated feed'.",
        re.compile(
            r"\byou(?: are|'re) viewing (?:a|the) (?:simplified|lite|light|mobile|amp|text-only|basic) version\b|"
            r"\b(?:auto(?:matically)?[- ]published|auto[- ]generated) from (?:a )?(?:syndicated|wire|news|rss)\b|"
            r"\bhas not been edited by\b[^.]{0,40}\b(?:staff|editors|team)\b",
            re.IGNORECASE,
        ),
        max_words=45,
        may_remove_prose=True,
        needles=("viewing", "published from", "generated from", "not been edited"),
    ),
    line_rule(
        "banner.official-site",
        CATEGORY,
        "A government site's identity strip: 'An official website of the City of …', 'Here's how you know'.",
        re.compile(
            r"^\W*(?:an? )?official (?:web ?site|portal|page) of (?:the )?\S.{0,80}$|^\W*here['’]s how you know\W*$",
            re.IGNORECASE,
        ),
        where="head",
        max_words=16,
    ),
]
