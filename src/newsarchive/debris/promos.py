"""Newsletter sign-ups, subscription and paywall prompts, cookie notices."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Line, Page, Stage, block_rule, line_rule

CATEGORY = "newsletter"

_NEWSLETTER_VERB = r"(?:get|sign up|subscribe|join|receive|register|want|enter|don't miss|never miss)"

_BOX_TITLE = re.compile(r"^\W*(?:[\w'’&-]+ ){0,5}(?:newsletter|briefing|digest)\W*$", re.IGNORECASE)


@block_rule(
    "newsletter.box", CATEGORY, "A newsletter box: its name line and the pitch under it.", stage=Stage.SIGNATURE
)
def _newsletter_box(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in page.kept_short():
        line = page.lines[index]
        if line.words <= 6 and len(line.text) <= 80 and _BOX_TITLE.match(line.text):
            yield index, None
            pitch = page.next_kept(index)
            if pitch is not None and page.lines[pitch].words <= 25:
                yield pitch, None


# The newsroom and readers' tips, in the languages of the archive's pages (stems: the words inflect).
_TIP_TOPIC = re.compile(
    r"(?<!\w)(?:newsroom|news ?desk|news tips?|tips?|nyhetstips\w*|tipp\w*|redak\w*|redac\w*|redaz\w*|"
    r"reda[çc]\w*|редакц\w*|редакці\w*|toimitu\w*|szerkesztőség\w*|uredništv\w*|vaktsjef\w*|"
    r"nyhetsredaktion\w*|temat|onderwerp)(?!\w)"
)
_CONTACT_VERB = re.compile(
    r"(?<!\w)(?:send|e-?mail|mail|write|call|ring|text|contact|get in touch|napisz\w*|zadzwoń|skriv\w*|"
    r"hör av|hør|kirjoita|soita|írjon|hívjon|pište|volejte|javite|пишіть|напишите|звоните|"
    r"schreiben sie|schreib|envíe|escríbenos|escribe|scrivi|scriveteci|envie|escreva|mailen|bel|sms)(?!\w)"
)


def _appeals_for_tips(line: Line) -> bool:
    """Names the newsroom or tips and asks to write or call. A sentence must ask ("Har du tips?")
    or open with the request ("Mail the newsdesk …"): "Readers … can send them to the newsdesk"
    reports, it does not ask."""
    if _TIP_TOPIC.search(line.folded) is None or (verb := _CONTACT_VERB.search(line.folded)) is None:
        return False
    return not line.prose or "?" in line.text or verb.start() <= 2


RULES = [
    _newsletter_box,
    line_rule(
        "newsletter.signup",
        CATEGORY,
        "Newsletter and subscription prompts: 'Sign up for our newsletter', 'Subscribe now'.",
        re.compile(
            r"\b(?:sign up (?:for|to) (?:our|my) .{0,40}(?:newsletter|emails?|briefing)|"
            r"^\W*subscribe (?:now|today|here|for (?:free|just|only|\$|€|£)|"
            r"to (?:our|the) .{0,30}(?:newsletter|channel|podcast))|"
            r"(?:get|receive) (?:the|our) .{0,40}(?:newsletter|briefing|headlines) (?:delivered|in|straight)|"
            r"sign up (?:for|to) (?:our|my) .{0,40}(?:alerts|notifications|updates)\b|"
            r"delivered (?:straight )?to your inbox|enter your e-?mail(?: address)?|"
            r"already a subscriber\b|subscribe to (?:continue|keep) reading|"
            r"(?:this|the rest of this) (?:article|story|content) is "
            r"(?:for|available to|reserved for) (?:subscribers|members)|"
            r"by (?:clicking|signing up|subscribing)[^.]{0,60}(?:privacy policy|terms of (?:use|service))|"
            r"(?:newsletter abonnieren|jetzt abonnieren|abonnez-vous|inscrivez-vous|suscríbete|"
            r"iscriviti alla newsletter|подпишитесь))",
            re.IGNORECASE,
        ),
        max_words=30,
        may_remove_prose=True,
        needles=(
            "sign up",
            "subscri",
            "newsletter",
            "briefing",
            "headlines",
            "inbox",
            "enter your",
            "already",
            "members",
            "privacy",
            "terms",
            "abonn",
            "inscriv",
            "suscr",
            "assine",
            "iscriv",
            "подпиш",
        ),
    ),
    line_rule(
        "newsletter.pitch",
        CATEGORY,
        "A short pitch for the site's newsletter, paywall or channel: 'Get our free Health newsletter every Tuesday'.",
        re.compile(
            rf"^\W*{_NEWSLETTER_VERB}\b.{{0,80}}\b(?:newsletters?|inbox|briefing|digest|"
            r"updates (?:by|via) e-?mail)\b|"
            r"\b(?:free articles? (?:left|remaining)|confirm your subscription|check your inbox|"
            r"already a subscriber|become a subscriber|(?:log|sign) in to (?:continue|keep) reading)\b|"
            # Imperatives that are ordinary verbs in a sentence ("que o presidente assine"):
            # only at the start of a line.
            r"^\W*(?:abonnieren sie|jetzt abonnieren|abonnez-vous|abónate|suscríbete|assine já|assine agora|"
            r"iscriviti|abbonati ora|подписывайтесь|подпишитесь|abone ol|zapisz się|schrijf je in)\b|"
            r"^\W*subscribe(?: (?:now|today|here|to \S+(?: \S+)?))?\W*$|^\W*sign ?up(?: now| here| today)?\W*$|"
            r"\btype your e-?mail|\byour e-?mail address\W*$|"
            r"\bget our (?:\w+ ){0,4}(?:roundup|digest|newsletter|briefing|bulletin)\b|"
            r"\bréservé aux abonnés|\bdéjà abonné|\bil vous reste \d+\s?% à découvrir|nur für abonnenten|"
            r"\bexclusivo para (?:suscriptores|assinantes)|\bsolo per (?:gli )?abbonati|^\W*se connecter\W*$|"
            r"\bnewsletter\b.{0,60}\b(?:sign up|subscribe)(?: here| now| today)?\W*$|"
            # Imperatives of other languages' sign-up boxes, at the start of a line
            r"^\W*(?:sign up with your e-?mail|join (?:the|our) [\w' ]{1,30} (?:list|mailing list)\W*$|"
            r"(?:saisissez|entrez|indiquez) votre (?:adresse )?(?:e-?mail|courriel)|inscrivez[- ]vous|"
            r"suscr[ií]b(?:ase|ete|irme)\b|receba .{0,60}\b(?:no seu|em seu|pelo) (?:whatsapp|e-?mail|telegram)|"
            r"entre no nosso canal|підписуйтеся на наш|подписывайтесь на наш|abonnez-vous à notre|"
            r"iscriviti al nostro canale|zapisz się do newslettera|bültenimize abone olun|"
            r"recib[ae] .{0,60}\ben (?:su|tu) (?:correo|e-?mail|bandeja))|"
            r"\bsuscr[ií]b(?:ase|ete)(?: gratis)? a (?:nuestro|nuestra) (?:boletín|newsletter)",
            re.IGNORECASE,
        ),
        max_words=30,
        may_remove_prose=True,
        needles=(
            "sign up",
            "join the",
            "join our",
            "saisissez",
            "entrez votre",
            "indiquez",
            "inscrivez",
            "receba",
            "recib",
            "entre no",
            "підписуйтеся",
            "bülten",
            "signup",
            "type your",
            "your e",
            "get our",
            "abonné",
            "découvrir",
            "abonnent",
            "exclusivo",
            "abbonati",
            "se connecter",
            "newsletter",
            "inbox",
            "briefing",
            "alert",
            "channel",
            "digest",
            "mail",
            "free article",
            "unlimited",
            "subscri",
            "already a",
            "become a",
            "journalism",
            "log in to",
            "sign in to",
            "abonn",
            "abón",
            "suscr",
            "assine",
            "iscriv",
            "abbonat",
            "подпис",
            "abone",
            "zapisz",
            "schrijf",
        ),
    ),
    line_rule(
        "newsletter.paywall-label",
        CATEGORY,
        "Paywall and account prompts on their own line: 'Unlimited digital access', 'Already a member? Log in'.",
        # Phrases that are ordinary English in a sentence ("unlimited access to four bases",
        # "applied to become a member of NATO"), so never on a line that reads as one.
        re.compile(
            r"\b(?:unlimited (?:digital )?access|already (?:a member|have an account)|become a (?:member|supporter)|"
            r"support (?:our|independent|quality) journalism|(?:log|sign) in to (?:continue|read)|"
            r"create (?:a free )?account)\b",
            re.IGNORECASE,
        ),
        max_words=20,
    ),
    line_rule(
        "newsletter.metered-counter",
        CATEGORY,
        "A metered paywall's counter: 'You've read 4 of your 5 free articles', '2 free stories left this month'.",
        re.compile(
            r"\byou(?:'ve| have) (?:read|used|viewed) (?:\d+|all(?: (?:of )?your)?|your) (?:of (?:your |the )?\d+ )?"
            r"(?:free |complimentary )?(?:articles|stories|pages)\b|"
            r"\b\d+ (?:free )?(?:articles?|stories) (?:left|remaining) (?:this|for the) (?:month|week)\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=(
            "you've read",
            "you have read",
            "you've used",
            "you have used",
            "you've viewed",
            "you have viewed",
            "left this",
            "left for the",
            "remaining this",
            "remaining for the",
        ),
    ),
    line_rule(
        "newsletter.enjoying-pitch",
        CATEGORY,
        "A question that turns into a pitch: 'Enjoying The Ledger? Become a member', 'Like this story? Share it'.",
        # Anchored at the line's start, so the pattern fails at once on other lines and needs no needles.
        re.compile(
            r"^\W*(?:enjoying|enjoyed|like|love|liked|loving|found) (?:this|reading|[\w'’&.-]+(?: [\w'’&.-]+){0,3})"
            r"\s*\?\s*(?:(?:become|subscribe|support|join|sign up|consider|refer|upgrade|donate|share)\b|"
            r"[^?]{0,160}\b(?:members?|subscribers?|subscription|newsletter|sign up|upgrade)\b)|"
            r"^\W*(?:download|get) (?:our|the) free (?:whitepaper|white paper|e-?book|guide|report|checklist)\b|"
            r"^\W*weiterlesen mit\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
    ),
    line_rule(
        "newsletter.trial-offer",
        CATEGORY,
        "A subscription offer: 'Start your free trial', 'Cancel anytime', 'Jetzt 4 Wochen für 1 €'.",
        re.compile(
            r"\b(?:cancel (?:any ?time|at any time)|(?:start|begin) (?:your|a) free trial)\b|"
            r"\bjetzt \d+ (?:wochen|monate) für\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=("cancel any", "cancel at any", "free trial", "jetzt "),
    ),
    line_rule(
        "newsletter.membership-pitch",
        CATEGORY,
        "A membership pitch that names a price or asks for money: 'Become a member from R50 a month'.",
        re.compile(
            r"\b(?:become|join as) an? (?:[\w'’-]+ )?(?:member|supporter|subscriber|insider|patron)\b[^.!?]{0,60}"
            r"(?:\d+(?:[.,]\d+)? ?(?:a|per|/) ?(?:month|week|year)|\bfor (?:just |only )?[$€£₹R]\s?\d)|"
            r"\b(?:reader[- ]funded|reader[- ]supported)\b[^.!?]{0,80}\b(?:donate|support|contribute)\b|"
            r"\bsupport (?:our|independent|quality|local) journalism\b[^.!?]{0,80}"
            r"\b(?:donate|become a|subscribe|contribute|for \$|for €|for £)|"
            r"\b(?:bergabung|gabung)\b[^.!?]{0,40}\b(?:kanal|channel|grup)\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=("become a", "join as a", "reader-", "reader funded", "reader supported", "journalism", "gabung"),
    ),
    line_rule(
        "newsletter.named-pitch",
        CATEGORY,
        "A pitch for a named newsletter or the site itself: 'Sign up for Orbit Weekly: …, every Thursday.'",
        re.compile(
            r"^\W*(?:sign up|subscribe|register)(?: (?:for|to))? [^!?]{0,120}\b(?:every (?:day|week|morning|evening|"
            r"weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|weekly|delivered|"
            r"in your inbox|for free)\b[^!?]{0,80}$",
            re.IGNORECASE,
        ),
        max_words=35,
        may_remove_prose=True,
        needles=("sign up", "subscribe", "register"),
    ),
    line_rule(
        "newsletter.app-and-email",
        CATEGORY,
        "Prompts to get the site's app or posts by e-mail: 'Download the X News app', 'Follow Blog via Email'.",
        re.compile(
            r"^\W*(?:download|get|install|try|descarga|descargue|baixe|scarica|télécharge[zr]?|lade|installiere|"
            r"pobierz|indir|unduh|скачайте|download de) (?:the|our|de|la|l'|die|unsere|nuestra|a|nossa|la nostra|"
            r"naszą|aplikasi|приложение)?\s?(?:free |gratis )?(?:[\w'’&.-]+[ -]){0,4}"
            r"(?:app|apps|aplicación|aplicativo|aplikacj\w*|uygulama\w*)\b.{0,100}$|"
            r"^\W*follow (?:this )?(?:blog|site|page|author)? ?(?:via|by) e-?mail\W*$|"
            r"^\W*(?:sign me up|count me in|keep me (?:updated|posted)|notify me)\W*$",
            re.IGNORECASE,
        ),
        max_words=25,
        may_remove_prose=True,
        needles=("app", "aplica", "aplikac", "uygulama", "mail", "sign me", "count me", "keep me", "notify me"),
    ),
    line_rule(
        "newsletter.named-newsletter",
        CATEGORY,
        "A newsletter named with its schedule, in any language: 'Newsletter Cuisine : chaque vendredi, …'.",
        re.compile(
            r"^\W*(?:newsletter|nieuwsbrief|boletín|boletim|biuletyn|bülten|рассылка)\b[^:.!?]{0,60}\s?:\s*\S",
            re.IGNORECASE,
        ),
        max_words=30,
        may_remove_prose=True,
    ),
    line_rule(
        "newsletter.publication-pitch",
        CATEGORY,
        "A newsletter platform's pitch for the publication: 'Discover more from The Ledger', 'Over 4,100 subscribers'.",
        re.compile(
            r"^\W*(?:discover more from|subscribe to|keep reading with|continue reading with)\s+\S.{0,60}$|"
            r"^\W*(?:over|more than|join) [\d.,]+\s?[kK]? (?:other )?(?:subscribers|readers|members)\W*$|"
            r"^\W*(?:join|subscribe|sign up)(?: (?:for )?free| now| today)\W*$",
            re.IGNORECASE,
        ),
        max_words=14,
        needles=(
            "discover more",
            "subscribe",
            "keep reading with",
            "continue reading with",
            "subscribers",
            "readers",
            "members",
            "join",
            "sign up",
        ),
    ),
    line_rule(
        "newsletter.price-offer",
        CATEGORY,
        "A subscription offer with its price: 'Assine por 1 € no primeiro mês', 'Become one from £1 a week'.",
        re.compile(
            # The offer starts its sentence: "Visitors who subscribe to the friends scheme, at £35 a year" is news.
            r"(?:^|[.!?]\s+)\W*(?:subscribe|subscription|become (?:one|a member|a subscriber)|join|keep reading|"
            r"continue reading|get (?:full|unlimited) access|unlock|assine|assinatura|"
            r"abonnieren|abonnez|abonnement|abo|suscríbete|suscripción|abbonati|abbonamento|zaprenumeruj|prenumerat\w*|"
            r"abone|abonelik|abonneer|abonnement|подпишитесь|подписка|berlangganan)\b"
            r"[^.!?]{0,80}(?:[$€£₹₺]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:[$€£₹₺]|euros?|zł))",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        # Every offer names its price: the currency is the rare part of the line.
        needles=("$", "€", "£", "₹", "₺", "euro", "zł"),
    ),
    line_rule(
        "newsletter.mailing-footer",
        CATEGORY,
        "A mailing list's footer: 'You are receiving this email because …', 'unsubscribe from this list'.",
        re.compile(
            r"\byou(?:'re| are) receiving this (?:e-?mail|newsletter|message)\b|\bunsubscribe from this list\b|"
            r"\bupdate your preferences\b|\bchange how you receive these e-?mails\b|"
            r"^\W*view this e-?mail in your browser\W*$|"
            r"\bwe respect your privacy\b|^\W*e-?mail address\s*\*?\W*$|\bour mailing address is\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=(
            "receiving this",
            "unsubscribe",
            "your preferences",
            "receive these",
            "view this",
            "respect your privacy",
            "mail address",
            "mailing address",
        ),
    ),
    line_rule(
        "newsletter.donation-appeal",
        CATEGORY,
        "A plea for money: 'Make a gift to KWVR today', 'Donate now', 'Chip in to keep us independent'.",
        re.compile(
            r"\b(?:make a (?:gift|donation|contribution)|donate (?:now|today|here|to us)|give (?:now|today)|chip in|"
            r"support us (?:today|now|with)|jetzt spenden|faites un don|haz una donación|fai una donazione|"
            r"faça uma doação|wesprzyj nas|bağış yap)\b",
            re.IGNORECASE,
        ),
        max_words=40,
        may_remove_prose=True,
        needles=(
            "make a",
            "donate",
            "give now",
            "give today",
            "chip in",
            "support us",
            "spenden",
            "faites un don",
            "donación",
            "donazione",
            "doação",
            "wesprzyj",
            "bağış",
        ),
    ),
    line_rule(
        "newsletter.alerts-pitch",
        CATEGORY,
        "A pitch for alerts: 'Follow Riverside Hawks to get goal alerts', 'Turn on notifications'.",
        re.compile(
            r"^\W*(?:follow|turn on|enable|get|sign up for|activate|aktiviere|activez|activa|ative)\b.{0,60}"
            r"\b(?:alerts?|notifications?|push|benachrichtigungen|notificaciones|notificações|notifiche|meldingen)\b.{0,60}$",
            re.IGNORECASE,
        ),
        max_words=20,
        may_remove_prose=True,
        needles=("alert", "notific", "push", "benachrichtigung", "melding"),
    ),
    line_rule(
        "newsletter.tip-appeal",
        CATEGORY,
        "Under the article, any language: a line that names the newsroom or readers' tips and asks to "
        "write, mail or call ('Masz temat? Napisz do redakcji', 'Har du tips til oss? Ring vaktsjefen.').",
        test=lambda line: _appeals_for_tips(line),
        where="tail",
        max_words=30,
        may_remove_prose=True,
    ),
    line_rule(
        "newsletter.tip-line",
        CATEGORY,
        "An appeal for readers' tips: 'Got a story? Send it to our newsroom', 'Send us your photos'.",
        re.compile(
            r"^\W*(?:got|have) a (?:story|news tip|tip|story idea)\s*\?.{0,120}$|"
            r"^\W*(?:send us|share) your (?:story|stories|news tips?|tips|photos|videos)\b.{0,120}$",
            re.IGNORECASE,
        ),
        max_words=30,
        may_remove_prose=True,
        needles=("got a", "have a", "send us", "share your"),
    ),
    line_rule(
        "newsletter.cookie-notice",
        CATEGORY,
        "Cookie and consent banners: 'We use cookies to improve your experience…'.",
        re.compile(
            r"\b(?:(?:we|this (?:web)?site|our (?:web)?site) uses? cookies|"
            # The site speaking about its own cookies: "We and our 214 partners store … cookies".
            # "We and our 214 partners store … cookies … on your device": the site speaking of its own
            # cookies and what they do, not "We use only butter in our cookies".
            r"\bwe(?: and our (?:\d+ )?(?:partners|vendors))? (?:use|store|access)\b[^.]{0,80}\bcookies\b"
            r"(?=[^.]{0,120}\b(?:experience|device|browser|personali[sz]|analy[sz]|advertis|consent|traffic|audience))|"
            r"\bwe and our (?:\d+ )?(?:partners|vendors) (?:process|use|store|access|collect)\b[^.]{0,40}"
            r"\b(?:data|cookies)\b|"
            r"\bby clicking [\"“'‘]?(?:accept|agree|i agree|ok|allow)\b[^.]{0,40}\byou (?:consent|agree)\b|"
            r"\bwe(?: and our (?:\d+ )?(?:partners|vendors))? (?:use|store|access)\b[^.]{0,80}\b(?:device|browser)\b"
            r"[^.]{0,60}\bcookies\b|"
            r"nous utilisons (?:des )?cookies|wir (?:verwenden|nutzen) cookies|(?:utilizamos|usamos) cookies|"
            r"utilizziamo (?:i )?cookie|wij gebruiken cookies|używamy (?:plików )?cookie|"
            r"мы используем (?:файлы )?cookie|çerez(?:ler)? kullan|"
            r"\b(?:gebruikt|gebruiken|verwendet|nutzt|utilise|utiliza|utilizza|używa|использует|kullanır|menggunakan)"
            r" (?:\w+ )?(?:cookies?|çerez\w*)\b|"
            r"(?:sito|site|seite|website|sitio|portal|strona) "
            r"(?:utilizza|usa|uses|verwendet|nutzt|utilise|utiliza|używa)(?: \w+)? cookies?|"
            r"by (?:continuing to (?:browse|use)|using) (?:this|our) (?:web)?site,? you (?:agree|accept|consent))",
            re.IGNORECASE,
        ),
        max_words=60,
        may_remove_prose=True,
        needles=("cookie", "continuing to", "by using", "çerez", "partners", "vendors", "by clicking"),
    ),
    line_rule(
        "newsletter.consent-button",
        CATEGORY,
        "The buttons of a consent banner, alone on their line: 'Accept all', 'Alle akzeptieren'.",
        re.compile(
            r"^\W*(?:accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|consent)|"
            r"got it|allow (?:all )?cookies|accetta(?: tutti)?|rifiuta(?: tutti)?|alle akzeptieren|alle ablehnen|"
            r"tout accepter|tout refuser|aceptar(?: todas?)?|rechazar(?: todas?)?|aceitar(?: todos)?|"
            r"rejeitar(?: todos)?|принять(?: все)?|akceptuję|kabul et|continuer sans accepter|akkoord|"
            r"(?:alleen|nur|only|solo|apenas|seulement) (?:functionele|noodzakelijke|notwendige|essenzielle|essential|"
            r"necessary|functional|necesarias|técnicas|nécessaires) cookies|"
            r"we value your privacy|your privacy (?:choices|settings|matters)|privacy settings|"
            r"manage (?:my )?(?:choices|options|settings)|more options|paramétrer les cookies|"
            r"cookies? (?:policy|settings|preferences|consent))\W*$",
            re.IGNORECASE,
        ),
        max_words=6,
    ),
]
