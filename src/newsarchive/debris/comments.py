"""Comment sections and comment forms: the reader's box under the article, not the article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Page, block_rule, line_rule

CATEGORY = "comments"

# Phrases a comment form prints; each is specific enough to remove a line that reads like prose.
_FORM_PHRASES = re.compile(
    # Sentences only a comment form prints: they may start a longer line.
    r"^\W*(?:please enter your (?:comment|name|email)(?: (?:address )?here)?|"
    r"you have entered an incorrect email address|"
    r"save my name,? e-?mail,? and website in this browser|your e-?mail address will not be published|"
    r"required fields are marked|notify me of (?:follow-up comments|new (?:posts|comments))|"
    r"(?:you must be )?log(?:ged)? ?in to (?:leave|post|add) a comment|log ?in or register to post comments?|"
    r"чтобы оставить комментарий)\b"
    # Labels and buttons: the whole line, or "No comments were received" would go too.
    r"|^\W*(?:leave a (?:reply|comment|response)|cancel reply|post (?:a |your )?comment|submit (?:a )?comment|"
    r"add (?:a |your |new )?comment|write a comment|join the (?:discussion|conversation)|be the first to comment|"
    r"no comments(?: yet)?|comments are (?:now )?(?:closed|disabled)(?: (?:for|on) this \w+)?|show comments|"
    r"view comments|load (?:more )?comments|reply|quote|report(?: (?:post|comment|abuse))?|"
    r"light a candle|sign the guest ?book|leave a condolence|share a memory|send flowers|"
    r"kommentar (?:schreiben|verfassen|abgeben)|deja (?:un|tu) comentario|laisser un commentaire|"
    r"lascia un commento|deixe (?:um|seu) coment[aá]rio|оставить комментарий|"
    r"discussion about this (?:post|article|story)|reageer|yorum yap|skomentuj|commenta|"
    r"kommentieren|comments?|kommentare|comentarios|commentaires|commenti|coment[aá]rios|комментарии|reacties|"
    r"yorumlar|komentarze|reply with quote|répondre à ce message|ответить|odpowiedz|antworten|responder|rispondi|"
    r"svara|odpovědět|відповісти|ветвь дискуссии|"
    # A comment section switched off: "Kommentarsfunktionen är avstängd för den här artikeln."
    r"kommentarsfunktionen är avstängd[\w ]*|kommentare sind (?:geschlossen|deaktiviert)[\w ]*|"
    r"les commentaires sont fermés[\w ]*|los comentarios están cerrados[\w ]*)\W*(?:\(\d+\))?\W*$",
    re.IGNORECASE,
)
_COMMENT_COUNT = re.compile(
    r"^\(?\d+\)?\s*(?:comments?|responses?|replies|thoughts? on .{1,120}|commentaires?|kommentare?|comentarios?|"
    r"comentários?|commenti|reacties|komentarz\w*|yorum(?:lar)?|комментари\w*|condolences|tributes|"
    r"guestbook entries)\W*$",
    re.IGNORECASE,
)
_FORM_FIELD = re.compile(r"^(?:name|e-?mail|website|url|comment|message)\s*(?:\*|:|\(required\))\W*$", re.IGNORECASE)

# Headings that open a comment section: what follows them is readers' text, not the article's.
_COMMENT_WORDS = (
    r"(?:comments?|responses?|replies|kommentare|comentarios|commentaires|commenti|coment[aá]rios|комментари\w*|"
    r"коментар\w*|reacties|yorumlar|komentarze|kommentarer|diskuse|diskusia|diskussion|tributes|condolences|"
    r"memories|guestbook entries|messages)"
)
_SECTION_HEADING = re.compile(
    rf"^\W*(?:\d+\s+{_COMMENT_WORDS}(?: shared| so far)?|(?:top |latest |newest |reader )?{_COMMENT_WORDS}"
    r"\W*(?:\(\d+\)|:\s*\d+)?|"
    r"(?:leave|add|post|write|share|light) (?:a|your|new) (?:reply|comment|response|tribute|condolence|memory|candle)|"
    r"(?:join|add to) the (?:discussion|conversation)|discussion about this (?:post|article|story)|"
    r"what are your thoughts\??|what do you think\??|have your say|"
    rf"\d+ {_COMMENT_WORDS} on this \w+|forum de l'article|commenter cet article|réagir à cet article|"
    rf"(?:link|ссылка|permalink)\s*\|\s*\d+ {_COMMENT_WORDS}|"
    r"\d+ thoughts? on .{1,120})\W*$",
    re.IGNORECASE,
)
# Where a forum thread's first reply begins: "#2", "Re: <subject>", "Post by someone » date".
_FORUM_REPLY = re.compile(r"^(?:#\d{1,4}|Re:\s+\S.{0,150}|Post by \S.{0,60}».{0,60})$")
# A forum member's details beside each post: "Join Date: Jan 2016", "Posts: 8,944".
_MEMBER_DETAIL = re.compile(
    r"^\W*(?:join(?:ed)? date|joined|posts|messages|location|reputation|beiträge|registriert seit|"
    r"inscrit le|mensajes|registrado)\s*:\s*[\w ,./-]{1,30}$",
    re.IGNORECASE,
)
_MIN_ARTICLE_LINES = 3


def _opens_comments(text: str) -> bool:
    return bool(_SECTION_HEADING.match(text) or _FORUM_REPLY.match(text))


@block_rule("comments.section", CATEGORY, "A comment section: its heading and everything after it.")
def _comment_section(page: Page) -> Iterator[tuple[int, str | None]]:
    lines = page.lines
    non_blank = [i for i, line in enumerate(lines) if not line.blank]
    # Only in the second half, after some article: a heading early on is a subheading.
    half = -(-len(non_blank) // 2)  # the first position not below len / 2
    headings = [
        position
        for position in range(half, len(non_blank))
        if lines[non_blank[position]].words <= 20 and _opens_comments(lines[non_blank[position]].text)
    ]
    for position in headings:
        # Unclaimed prose up to and including the heading: the article that comes before it.
        prose_seen = sum(1 for i in non_blank[: position + 1] if lines[i].prose and i not in page.claims)
        if prose_seen >= _MIN_ARTICLE_LINES:
            yield from ((i, None) for i in non_blank[position:])
            return


RULES = [
    line_rule(
        "comments.form-phrase",
        CATEGORY,
        "A comment form's fixed wording: 'Leave a Reply', 'Please enter your comment!'.",
        _FORM_PHRASES,
        max_words=30,
        may_remove_prose=True,
    ),
    line_rule(
        "comments.count",
        CATEGORY,
        "A comment counter heading: '12 Comments', '3 thoughts on \"…\"'.",
        _COMMENT_COUNT,
        max_words=25,
        may_remove_prose=True,
    ),
    line_rule(
        "comments.form-field",
        CATEGORY,
        "A comment form field label: 'Name *', 'Email:'.",
        _FORM_FIELD,
        max_words=4,
    ),
    line_rule(
        "comments.member-detail",
        CATEGORY,
        "A forum member's details beside a post: 'Join Date: Jan 2016', 'Posts: 8,944'.",
        _MEMBER_DETAIL,
        max_words=6,
    ),
    _comment_section,
]
