"""Share buttons, follow prompts and the counters next to them."""

from __future__ import annotations

import re

from newsarchive.debris.engine import Line, line_rule
from newsarchive.metadata.dates import MONTH_NAME, parse_date_line

CATEGORY = "social"

# A counter's figure: "1,287", "4.1k", "48,6 тыс.", "2 bin".
_COUNT = r"\d[\d.,\u00a0 ]*\s*(?:[kKmM]|тыс\.?|млн\.?|mln|tys\.?|bin|mil)?"

_NETWORK = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|email|e-mail|messenger|"
    r"threads|bluesky|mastodon|viber|vk|vkontakte|flipboard|pocket|print|copy link|sms|share via email|share|"
    r"odnoklassniki|wechat|weibo|xing|tumblr|google news|instagram|youtube|tiktok|"
    # as other scripts write them
    r"فيسبوك|فيس بوك|واتساب|واتس آب|تيليغرام|تلغرام|تويتر|إكس|يوتيوب|انستغرام|تلگرام|واتس[\u200c ]?اپ|ایکس|"
    r"اینستاگرام|ایتا|بله|روبیکا|фейсбук|телеграм|вайбер|ютуб|інстаграм|однокласники|одноклассники|вконтакте|"
    r"ফেসবুক|फेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|एक्स|카카오톡|카카오스토리|페이스북|트위터|라인|微博|微信)"
)

_NETWORK_NAME = re.compile(rf"{_NETWORK}\W*", re.IGNORECASE)


def is_network_name(text: str) -> bool:
    """'Facebook', 'e-mail', 'واتساب': a share button's label."""
    return _NETWORK_NAME.fullmatch(text.strip()) is not None


# Google News as its apps name it in other languages.
_NEWS_APPS = r"google (?:news|haberler|nachrichten|actualités|noticias|notizie|notícias|новости|wiadomości)"

# Each alternative is a whole widget label; the rule anchors them to the whole line.
_SHARE_PHRASES = [
    rf"(?:(?:kindly|please) )?share(?: this(?: \w+)?| the (?:article|story|post|page|link|video)|"
    rf" (?:on|via|to) {_NETWORK}| article| story)?",
    # WordPress's like button: "Like this:", "Like Loading...", "Be the first to like this."
    r"like this|like loading(?:\.\.\.|…)?|be the first to like this",
    r"click to (?:share|email|print)\b.{0,60}",
    rf"(?:share|post|send|tweet|pin) (?:on|to|via|it on) {_NETWORK}.{{0,30}}",
    r"tweet(?: this)?|pin it|e-?mail this(?: \w+)?|print(?: this)?(?: article| page| story)?|copy(?: the)? link",
    r"envoyer par e-?mail|per e-?mail (?:senden|teilen)|enviar por (?:e-?mail|correo)|invia per e-?mail",
    r"printer[- ]friendly(?: version| page)?|print[- ]friendly(?: version)?",
    rf"follow us(?: (?:on|at) (?:{_NETWORK}|instagram|youtube|tiktok).{{0,20}})?|like us on facebook|"
    r"join (?:us|our \w+ channel) on .{1,30}",
    rf"(?:artikel |beitrag )?teilen|auf {_NETWORK} teilen",
    rf"partager(?: (?:sur|via) {_NETWORK}| cet article)?",
    rf"compart(?:ir|e|a)(?: en {_NETWORK}| (?:este|esta) (?:artículo|noticia|nota))?|"
    rf"condividi(?: su {_NETWORK}| questo articolo)?",
    rf"compartilh(?:e|ar)(?: (?:no|via) {_NETWORK}| este artigo)?|partilh(?:e|ar)(?: este artigo| no {_NETWORK})?",
    rf"(?:deel|delen)(?: dit artikel| op {_NETWORK})?|udostępnij|(?:haberi )?paylaş|поделиться(?: в {_NETWORK})?",
    r"síguenos(?: en)?|siga-nos|suivez-nous|folgen sie uns|seguici|volg ons|obserwuj nas|bizi takip edin",
    # "Share" as other languages' buttons say it
    r"կիսվել|გააზიარე|გაზიარება|distribuie|поділитися|شارك|مشاركة|اشتراک[\u200c ]?گذاری|هم[\u200c ]?رسانی|"
    r"κοινοποίηση|sdílet|dela|jaa|megosztás|chia sẻ|シェア|공유(?:하기)?|blogthis!?|send (?:by|via) e-?mail",
    # Reaction widgets: "What is your reaction?", "Bu habere tepkiniz ne?"
    r"what(?:'s| is) your reaction(?: to this (?:story|article|news|post))?|"
    r"how do you feel about this (?:story|article)|"
    r"(?:bu habere )?tepkiniz(?: ne)?|ваша реакция|ваша оцінка|votre réaction|ihre reaktion|tu reacción|"
    r"la tua reazione|twoja reakcja|uw reactie",
    rf"share (?:by|via) e-?mail|deel (?:dit|het) (?:artikel|bericht)|sdílet na {_NETWORK}|"
    r"kopieer(?: de)? link|kopiera länk(?:en)?|link kopieren|copier le lien|copiar (?:el )?enlace|copia(?: il)? link|"
    r"kopiuj link|скопировать ссылку|скопіювати посилання|bağlantıyı kopyala|linki kopyala",
]

# A row of counters and buttons, set apart by wide gaps or dots: "87 comments   Share   Save",
# "212 boosts · 388 favourites", "좋아요 12   훈훈해요 0   슬퍼요 1".
_COUNTER_ITEM = re.compile(rf"^(?:{_COUNT}\s*[^\W\d_][\w'’-]*(?: [\w'’-]+)?|[^\W\d_][\w'’ -]{{0,20}}?\s*{_COUNT})$")
_BUTTON_ITEM = re.compile(
    r"^(?:share|save|report|reply|forward(?: to a friend)?|like|follow|award|give award|bookmark|print|email)$",
    re.IGNORECASE,
)
_NOT_A_COUNTER = re.compile(
    r"\b(?:min|mins|minutes?|hours?|hrs?|read|season|episode|part|chapter|page|issue|vol)\b", re.IGNORECASE
)
_ROW_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _is_counter_row(line: Line) -> bool:
    items = list(line.cells) or _ROW_SEPARATOR.split(line.text)
    if len(items) < 2 or any(
        _NOT_A_COUNTER.search(item) or MONTH_NAME.search(item) or parse_date_line(item) for item in items
    ):
        return False  # "7 min · May 14, 2024": the reading time and the date, which say when
    counters = sum(1 for item in items if _COUNTER_ITEM.match(item))
    buttons = sum(1 for item in items if _BUTTON_ITEM.match(item))
    return counters + buttons == len(items) and counters >= 1 and (counters >= 2 or buttons >= 1)


# A row of share buttons in any language: each item a verb (share, send, copy), perhaps "via" or
# "on", and where to ("Del på e-post · Kopier lenke", "Сподели във Facebook · Изпрати по Viber",
# "[X でシェア] [Facebook] [LINE] [リンクをコピー]").
_SHARE_VERB = (
    r"(?:share|send|copy|e-?mail|del|deel|dela|del på|sdílet|sdieľať|podeli|podijeli|сподели|изпрати|поделись|"
    r"поділитися|надіслати|отправить|teilen|senden|partager|envoyer|compartir|enviar|condividi|invia|"
    r"compartilhar|partilhar|udostępnij|wyślij|paylaş|gönder|megosztás|küldés|jaa|lähetä|chia sẻ|gửi|"
    r"bagikan|kirim|kongsi|ibahagi|kopier|kopiér|kopiera|kopieer|kopioi|kopírovat|kopiuj|copia|copiar|copier|"
    r"kopyala|शेयर करें|शेयर|भेजें|シェア|送る|コピー|공유|分享|复制)"
)
_SHARE_TARGET = (
    rf"(?:{_NETWORK}|e-?post|e-?posta|e-?pošta|e-?pasts|correo|courriel|почта|пошта|поща|mail|link|lenke|länk|"
    r"linkki|odkaz|enlace|lien|collegamento|посилання|ссылк[уа]|връзка|bağlantı|liên kết|tautan|pautan|"
    r"リンク|링크|链接|LINE)"
)
_SHARE_ITEM = re.compile(
    rf"(?:{_SHARE_VERB}(?:\s+\S{{1,6}})?\s+{_SHARE_TARGET}|{_SHARE_TARGET}\s*(?:で|を|에|으로)?\s*{_SHARE_VERB}|"
    rf"{_SHARE_VERB}|{_SHARE_TARGET})",
    re.IGNORECASE,
)
_SHARE_SEPARATOR = re.compile(r"\s*(?:[|·•⋯/]|\]\s*\[)\s*")


def _share_items(text: str) -> bool:
    """Two to eight items, each a share button, and at least one saying share, send or copy."""
    items = [item.strip(" []") for item in _SHARE_SEPARATOR.split(text.strip())]
    items = [item for item in items if item]
    if not 2 <= len(items) <= 8 or not all(_SHARE_ITEM.fullmatch(item) for item in items):
        return False
    return any(re.match(_SHARE_VERB, item, re.IGNORECASE) or re.search(rf"{_SHARE_VERB}$", item) for item in items)


RULES = [
    line_rule(
        "social.counter-row",
        CATEGORY,
        "A row of counters and buttons: '87 comments   Share   Save', '212 boosts · 388 favourites'.",
        test=_is_counter_row,
        max_words=24,
    ),
    line_rule(
        "social.network-list",
        CATEGORY,
        "Any label over a list of networks: 'Comparte esta noticia: Facebook | X | WhatsApp', "
        "'Поділитися: Facebook · Telegram'.",
        re.compile(rf"^[^:：]{{1,40}}[:：]\s*{_NETWORK}(?:\s*[|·•,/]\s*{_NETWORK})+\W*$", re.IGNORECASE),
        max_words=20,
    ),
    line_rule(
        "social.share-widget",
        CATEGORY,
        "Share and follow widgets: 'Share this:', 'Click to share on X (Opens in new window)'.",
        re.compile(
            rf"^\W*(?:{'|'.join(_SHARE_PHRASES)})\W*$",
            re.IGNORECASE,
        ),
        max_words=14,
        may_remove_prose=True,
    ),
    line_rule(
        "social.share-row",
        CATEGORY,
        "A share label with the buttons after it: 'Share: Facebook Telegram X', 'Share toLinkedIn', 'Udostępnij (54)'.",
        re.compile(
            rf"^\W*(?:share(?: this(?: \w+)?)?(?: to| on| via)?|partager|compartir|teilen|condividi|udostępnij|paylaş|"
            rf"поделиться)\s*[:(]?\s*(?:\d+\)?\s*)?(?:{_NETWORK}(?:[\s|•·,/]+{_NETWORK})*)?\W*$|"
            # run together by the scraper: "Share toFacebook"
            rf"^\W*share (?:to|on|via)(?-i:[A-Z])\w+\W*$|"
            # "Facebook'ta paylaş · X'te paylaş", "Facebook Count 312"
            rf"^\W*(?:{_NETWORK}['’]?\w*\s+(?:paylaş|teilen|partager|compartir|count\s*\d+)\W*)+$",
            re.IGNORECASE,
        ),
        max_words=14,
    ),
    line_rule(
        "social.share-buttons",
        CATEGORY,
        "A row of share buttons in any language: 'Del på e-post · Kopier lenke', 'Share ⋯ Email ⋯ Copy link', "
        "'[X でシェア] [Facebook] [LINE] [リンクをコピー]'.",
        test=lambda line: _share_items(line.text),
        max_words=16,
        needles=("|", "·", "•", "⋯", "/", "]"),
    ),
    line_rule(
        "social.emoji-counters",
        CATEGORY,
        "Reaction counters drawn with icons: '👍 128   💬 14   ↗ Share'.",
        re.compile(
            r"^(?:\s*[\U0001F300-\U0001FAFF\u2190-\u21FF\u2600-\u27BF]\ufe0f?\s*(?:\d[\d.,]*[kKmM]?|share|like|reply|comment)\b)+\s*$",
            re.IGNORECASE,
        ),
        max_words=10,
    ),
    line_rule(
        "social.network-names",
        CATEGORY,
        "A row of social network names left behind by share buttons: 'Facebook Twitter WhatsApp'.",
        re.compile(rf"^\W*{_NETWORK}\s*\d*(?:[\s|•·,/]+{_NETWORK}\s*\d*)*\W*$", re.IGNORECASE),
        max_words=12,
    ),
    line_rule(
        "social.widget-word",
        CATEGORY,
        "A lone widget button left at the top or bottom: 'Follow', 'Listen', 'Save', 'Bookmark'.",
        re.compile(
            r"^\W*(?:follow|listen|save|bookmark|like|share|print|email|comment|subscribe|flip|forward|repost|retweet|"
            r"rss(?: feed)?|translate|traducir|übersetzen|traduire|enviar|imprimir|imprimer|drucken|stampa|drukuj|"
            r"печать|yazdır|подписаться|abonnieren|"
            r"s'abonner|suscribirse|iscriviti|subskrybuj|abone ol|підписатися|გამოწერა|abunə ol|բաժանորդագրվել)\W*$",
            re.IGNORECASE,
        ),
        where="edges",
        max_words=2,
    ),
    line_rule(
        "social.reader-action",
        CATEGORY,
        "A button that acts on the article, at the head or tail: 'Gift this article', 'Merken', 'Guardar'.",
        re.compile(
            r"^\W*(?:(?:save|bookmark|gift|pin|print|copy|email|e-mail|send|add)(?: (?:this|the|to))?"
            r"(?: (?:article|story|post|recipe|link|post link|page|reading list|favou?rites|my list|saved))+|"
            r"save for later|read later|send (?:this )?(?:story|article) as a gift|"
            r"add to (?:favou?rites|reading list|my list)|unlock this article|"
            r"merken|speichern|artikel (?:merken|speichern|verschenken)|(?:teilen|senden) per (?:e-?mail|mail)|"
            r"ajouter (?:à|a) (?:mes|vos) favoris|sauvegarder|enregistrer|offrir (?:cet|l')article|"
            r"guardar|salvar|salva|zapisz|kaydet|bewaren|opslaan|сохранить|в избранное|"
            r"(?:añadir|adicionar|aggiungi) (?:a|aos|ai) (?:favoritos|preferiti)|simpan|bagikan)\W*$",
            re.IGNORECASE,
        ),
        where="edges",
        max_words=5,
    ),
    line_rule(
        "social.follow-pitch",
        CATEGORY,
        "A prompt to follow the site on a network: '👉 Like our Facebook page', 'Siga o Portal no Instagram'.",
        re.compile(
            r"^\W*(?:follow|like|join|siga|síguenos|síganos|sígueme|segue-nos|suivez|folgen|seguici|volg|obserwuj|"
            r"subscribe to|listen on|читайте нас|підписуйтесь|подписывайтесь|تابعونا|تابعنا|ما را دنبال کنید)\b.{0,60}"
            r"\b(?:facebook|instagram|youtube|tiktok|twitter|whatsapp|telegram|linkedin|threads|bluesky|mastodon|"
            rf"{_NEWS_APPS}|apple podcasts|spotify|google podcasts|pocket casts|overcast|vk|vkontakte|"
            r"واتساب|تيليغرام|تلغرام|فيسبوك|تلگرام|телеграм|вайбер)(?!\w)|"
            # the network first, the verb after: "Google Haberler'de takip et"
            rf"^\W*(?:{_NEWS_APPS}|facebook|instagram|youtube|telegram|whatsapp)['’]?\w*\s+"
            r"(?:takip et|abone ol|folgen|suivre|seguir|seguire|подпишитесь|obserwuj|volgen)\w*\W*$",
            re.IGNORECASE,
        ),
        max_words=16,
        may_remove_prose=True,
    ),
    line_rule(
        "social.lone-counter",
        CATEGORY,
        "A number alone on a line before or after the article: share, view or comment counts.",
        re.compile(
            r"^\W*(?:\d[\d.,\s]*[kKmM]?\W*(?:(?:shares?|views?|likes?|reads?|comments?|reactions?)\W*)?|"
            r"shares?|views?|likes?|reactions?|comments?)$",
            re.IGNORECASE,
        ),
        where="edges",
        max_words=3,
    ),
    line_rule(
        "social.counter-label",
        CATEGORY,
        "A counter label with its number: '1.2K Shares', 'Views: 356'.",
        re.compile(
            # "38 Likes∙4 Restacks": several counters on one line
            r"^\W*(?:(?:\d[\d.,]*\s*[kKmM]?\s+(?:shares?|views?|likes?|reads?|reactions?|followers|subscribers|"
            r"restacks?|reposts?|retweets?|comments?|points?)\W*(?:\(\d+% upvoted\))?\W*){1,4}|"
            r"(?:repost|reposts|likes?|shares?|retweets?)\s+\d[\d.,]*|"
            r"(?:shares?|views?|viewed|likes?|reads?|hits|dibaca|gelesen|aufrufe|lu|leído|lido|letto|visto|"
            r"просмотров|просмотры|wyświetleń|wyświetlenia|görüntülenme|okunma|weergaven|нравится|переглядів|"
            r"перегляди|ნანახია|ნახვები|baxış|baxılıb|դիտումներ|بازدید|مشاهدات|vizualizări|zobrazení|megtekintés)"
            rf"\s*:?\s*{_COUNT}"
            r"(?: (?:times|kali|mal|fois|veces|vezes|volte|раз|kez|keer))?|"
            rf"{_COUNT}\s+(?:aufrufe|vues|visualizaciones|visualizações|visualizzazioni|просмотр\w*|подписчик\w*|"
            r"переглядів|wyświetleń|görüntülenme|okunma|weergaven|kali dibaca|distribuiri|partages|compartidos|"
            r"condivisioni|udostępnień|paylaşım|vizualizări|zobrazení|megtekintés|visningar|mal angesehen|"
            r"thanks?|repl(?:y|ies)|candles? lit|claps?|hearts?|upvotes?|photos|videos|links|files|members|"
            r"مشاهدة|بازدید|դիտում|ნახვა))\W*$",
            re.IGNORECASE,
        ),
        max_words=8,
    ),
]
