"""Comment sections and comment forms: the reader's box under the article, not the article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Page, block_rule, line_rule
from newsarchive.metadata.dates import RELATIVE_AGE, has_stamp_shape, is_day_and_month, states_a_date

CATEGORY = "comments"

# Phrases a comment form prints; each is specific enough to remove a line that reads like prose.
_FORM_PHRASES = re.compile(
    # Sentences only a comment form prints: they may start a longer line.
    r"^\W*(?:please enter your (?:comment|name|email)(?: (?:address )?here)?|"
    r"you have entered an incorrect email address|"
    r"save my name,? e-?mail,? and website in this browser|your e-?mail address will not be published|"
    r"required fields are marked|notify me of (?:follow-up comments|new (?:posts|comments))|"
    r"(?:you must be )?log(?:ged)? ?in to (?:leave|post|add) a comment|log ?in or register to post comments?|"
    r"чтобы оставить комментарий|şərh yazmaq üçün|yorum yapmak için|"
    r"(?:your|the) (?:e-?mail|email address) will not be (?:published|shown)|"
    r"adresa de e-?mail nu va fi (?:făcută )?publică|"
    r"yorumunuz (?:yayınlanmadan önce|onaylandıktan sonra)|twój adres e-?mail nie zostanie opublikowany)\b"
    # Labels and buttons: the whole line, or "No comments were received" would go too.
    r"|^\W*(?:leave a (?:reply|comment|response)|cancel reply|post (?:a |your )?comment|submit (?:a )?comment|"
    r"add (?:a |your |new )?comment|write a comment|join the (?:discussion|conversation)|be the first to comment|"
    r"no comments(?: yet)?|comments are (?:now )?(?:closed|disabled|turned off)(?: (?:for|on) [\w -]{1,40})?|"
    r"(?:add|share|leave) your thoughts(?: below)?|show comments|"
    r"view comments|load (?:more )?comments|reply|quote|report(?: (?:post|comment|abuse))?|"
    r"light a candle|sign the guest ?book|leave a condolence|share a memory|send flowers|"
    r"kommentar (?:schreiben|verfassen|abgeben)|deja (?:un|tu) comentario|laisser un commentaire|"
    r"lascia un commento|deixe (?:um|seu) coment[aá]rio|оставить комментарий|"
    r"discussion about this (?:post|article|story)|reageer|yorum yap|skomentuj|commenta|"
    r"kommentieren|comments|kommentare|comentarios|commentaires|commenti|coment[aá]rios|комментарии|reacties|"
    r"yorumlar|komentarze|reply with quote|répondre à ce message|ответить|odpowiedz|antworten|responder|rispondi|"
    r"svara|odpovědět|відповісти|ветвь дискуссии|sort by\s*:?\s*(?:best|top|new(?:est)?|old(?:est)?|controversial|q&a)|"
    r"comments are moderated[\w ,.'’-]*|drop a comment|your e-?mail will (?:stay|remain|be kept) private|"
    r"fields marked \* are (?:compulsory|required|mandatory)|ارسال نظر|ثبت نظر|أضف تعليق(?:ك)?|اترك تعليقا|"
    r"نظرات پس از بررسی[\w\s\u200c]*|التعليقات المنشورة[\w\s،,]*|"
    # A comment section switched off: "Kommentarsfunktionen är avstängd för den här artikeln."
    r"kommentarsfunktionen är avstängd[\w ]*|"
    # A comment plugin the scraper did not run: "Comments are handled by … Enable it to view and post comments."
    r"comments are (?:handled|powered|provided) by [\w ,.'’-]{2,60}|"
    r"(?:please )?(?:enable|turn on|allow) (?:it|javascript|cookies)[\w ,'’-]{0,40} to (?:view|see|load|read|post)"
    r"[\w ]{0,30}comments[\w ]{0,30}|kommentare sind (?:geschlossen|deaktiviert)[\w ]*|"
    r"les commentaires sont fermés[\w ]*|los comentarios están cerrados[\w ]*)\W*(?:\(\d+\))?\W*$",
    re.IGNORECASE,
)
_COMMENT_COUNT = re.compile(
    r"^\(?\d+\)?\s*(?:comments?|responses?|replies|thoughts? on .{1,120}|commentaires?|kommentare?|comentarios?|"
    r"comentários?|commenti|reacties|komentarz\w*|yorum(?:lar)?|комментари\w*|condolences|tributes|"
    r"guestbook entries)\W*$",
    re.IGNORECASE,
)
_FORM_FIELD = re.compile(
    r"^(?:name|e-?mail|website|url|comment|message)\s*(?:\*|:|\(required\))\W*$|"
    # A form's field labels in scripts whose forms print them bare, inside a comment block
    r"^(?:نام|ایمیل|پست الکترونیک|الاسم|البريد الإلكتروني|имя|ім'я|isim|ad soyad|e-posta)\s*\*?\s*:?$",
    re.IGNORECASE,
)

# Headings that open a comment section: what follows them is readers' text, not the article's.
_COMMENT_WORDS = (
    r"(?:comments?|responses?|replies|discussions?|(?:ال)?تعليقات|نظرات|kommentare|comentarios|commentaires|commenti|coment[aá]rios|"
    r"comentari[iu]|комментари\w*|коментар\w*|обсуждени\w*|reacties|yorum(?:lar)?|komentarz\w*|dyskusj\w*|"
    r"kommentarer|kommentit|hozzászólások|diskuse|diskusia|diskussion|σχόλια|تعليقات|نظرات|şərhlər|"
    r"მოსაზრებები|კომენტარები|մեկնաբանություններ|评论|コメント|댓글|bình luận|komentar|tributes|condolences|"
    r"memories|guestbook entries|messages)"
)
_SECTION_HEADING = re.compile(
    rf"^\W*(?:\d+\s+{_COMMENT_WORDS}(?: shared| so far)?|(?:top |latest |newest |readers?'? )?{_COMMENT_WORDS}"
    r"\W*(?:\(\d+\)|:?\s*\d+)?|"
    # "Write a comment" in the languages whose forms say it as a heading.
    r"(?:yorum|şərh) (?:yaz|yap)\w*|scrie (?:un )?comentariu|napisz komentarz|(?:напишите|оставьте) комментарий|"
    r"écrire un commentaire|escribe (?:un|tu) comentario|scrivi un commento|schreiben sie einen kommentar|"
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
_COUNTED_HEADING = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,2}\s*\(\d{1,5}\)$")


def _opens_comments(text: str) -> bool:
    if text.strip(" :.-–—").casefold() == "comment":
        return False  # "Comment": a law report's or an op-ed's heading, not the readers' box
    return bool(_SECTION_HEADING.match(text) or _FORUM_REPLY.match(text))


@block_rule("comments.section", CATEGORY, "A comment section: its heading and everything after it.")
def _comment_section(page: Page) -> Iterator[tuple[int, str | None]]:
    lines = page.lines
    non_blank = [i for i, line in enumerate(lines) if not line.blank]
    # Only in the second half, after some article: a heading early on is a subheading.
    half = -(-len(non_blank) // 2)  # the first position not below len / 2
    # A heading of a word or two with a count, in any language ("Komentarai (31)"), only in the last
    # quarter: readers' comments follow it; further up it heads a part of the article.
    last_quarter = len(non_blank) - len(non_blank) // 4
    headings = [
        position
        for position in range(half, len(non_blank))
        if lines[non_blank[position]].words <= 20
        and (
            _opens_comments(lines[non_blank[position]].text)
            or (position >= last_quarter and _COUNTED_HEADING.match(lines[non_blank[position]].text))
        )
    ]
    for position in headings:
        # Unclaimed prose up to and including the heading: the article that comes before it.
        prose_seen = sum(1 for i in non_blank[: position + 1] if lines[i].prose and i not in page.claims)
        if prose_seen >= _MIN_ARTICLE_LINES:
            yield from ((i, None) for i in non_blank[position:])
            return


# A reader's name as a thread prints it over each comment: a handle or a short name, no sentence.
_COMMENTER = re.compile(r"^[~@]?[\w'’-]+\.?(?:[ _.][\w'’-]+\.?){0,3}$")
_NAME_AND_DATE = re.compile(
    # "Alison Hunter, Bressay · 24 January": a name, perhaps the reader's town, then the date.
    r"^(?P<name>(?:[~@]|u/)?[\w'’-]+\.?(?:[ _.][\w'’-]+\.?){0,3}(?:,\s[\w'’-]+(?: [\w'’-]+)?)?)\s+[·|•–—-]\s+"
    r"(?:\w{1,12}\s+[·|•]\s+)?(?P<date>.{1,40})$"
)
# A reader's handle as forums print it: "kittiwake_kate", "@dunlin".
_HANDLE = re.compile(r"(?:^|\s)(?:@\w{2,}|[^\W\d_]+_\w+)")
_BARE_CLOCK = re.compile(r"^\W*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\W*$", re.IGNORECASE)
_THREAD_GAP = 8  # non-blank lines a comment may run to before the next reader's name
_MIN_ENTRIES = 2


def _is_comment_date(text: str) -> bool:
    """A comment's date: a day and month, with or without a year, or a relative time ("2 hours ago").
    A bare clock time is not enough: a live blog heads its entries with one."""
    if _BARE_CLOCK.match(text):
        return False
    return states_a_date(text) or is_day_and_month(text)


# The parts of a comment's head row: "level 1 · radiatorhisses · 1.2k points · 3 mo. ago".
_HEAD_PARTS = re.compile(r"\s+[·|•]\s+")
_MAX_HEAD_WORDS = 14


def is_post_head(text: str) -> bool:
    """A post's head row: its age and its author's handle, among counters and reply controls
    ("▲ quayside_ops 5 hours ago | next [–]", "level 1 · radiatorhisses · 1.2k points · 3 mo. ago")."""
    if not RELATIVE_AGE.search(text):
        return False
    if _HANDLE.search(text):
        return True
    parts = [part.strip(" ▲▼[]()–-") for part in _HEAD_PARTS.split(text)]
    return len(parts) >= 3 and any(_READER.match(part) for part in parts)


def _thread_entry(page: Page, index: int) -> bool:
    """A comment's head: a reader's name over its date, or both on one line ("Maria T. · 15 Sep")."""
    line = page.lines[index]
    if line.prose or not line.words:
        return False
    if line.words <= _MAX_HEAD_WORDS and is_post_head(line.text):
        return True
    pair = _NAME_AND_DATE.match(line.text) if line.words <= 12 else None
    if pair and (_is_comment_date(pair["date"]) or has_stamp_shape(pair["date"])):
        return True
    if line.words <= 8 and _HANDLE.search(line.text) and has_stamp_shape(line.text):
        return True  # "kittiwake_kate   2025-02-09 07:02 pm (UTC)"
    if line.words > 4 or not _COMMENTER.match(line.text) or _is_comment_date(line.text):
        return False
    following = page.next_kept(index)
    return following is not None and page.lines[following].words <= 8 and _is_comment_date(page.lines[following].text)


@block_rule(
    "comments.thread",
    CATEGORY,
    "A thread of readers' comments: two or more names over dates after the article, and all that follows.",
)
def _comment_thread(page: Page) -> Iterator[tuple[int, str | None]]:
    kept = page.kept()
    if len(kept) < 2 * _MIN_ENTRIES:
        return
    half = kept[len(kept) // 2]
    entries = [i for i in kept if i >= page.first_prose and _thread_entry(page, i)]
    for start, first in enumerate(entries):
        run = [first]
        for following in entries[start + 1 :]:
            between = sum(1 for i in kept if run[-1] < i < following)
            if between > _THREAD_GAP:
                break
            run.append(following)
        if len(run) < _MIN_ENTRIES:
            continue
        heading = _comment_heading_above(page, first)
        if first < half and not heading:
            continue
        prose_before = sum(1 for i in kept if i < first and page.lines[i].prose)
        if prose_before < _MIN_ARTICLE_LINES:
            continue
        yield from ((i, None) for i in kept if i >= first)
        return


def _comment_heading_above(page: Page, index: int) -> bool:
    """Whether a comment count or heading, claimed or not, stands a few lines above ``index``."""
    seen = 0
    for i in range(index - 1, -1, -1):
        line = page.lines[i]
        if line.blank:
            continue
        removal = page.claims.get(i)
        if (removal is not None and removal.category == CATEGORY) or _opens_comments(line.text):
            return True
        seen += 1
        if seen >= 6:
            return False
    return False


# A comment on one line, its reader and date first: "gordon_beans   Feb 11 — Count me in.",
# "@kel@glam.town · 3h — Well done all of you."
_SIGNED_HEAD = re.compile(r"^(?P<head>[^—–]{3,60}?)\s+[—–]\s+\S")
# A handle, not a name: "gordon_beans", "aisha.k", "@kel@glam.town". "Tuesday 4 March — Council votes"
# opens an entry of a timeline, which is content.
_READER = re.compile(r"^(?:@[\w.-]{2,30}(?:@[\w.-]+)?|(?=[\w.-]*[_.\d])[^\W\d_][\w.-]{1,29}|[a-z][a-z]{1,29})$")


def _signed_comment(text: str) -> bool:
    """Whether the line opens with a reader's handle and then a comment's date."""
    head = _SIGNED_HEAD.match(text)
    if head is None:
        return False
    handle, *date = head["head"].replace(" · ", " ").replace(" | ", " ").split()
    return bool(date) and _READER.match(handle) is not None and _is_comment_date(" ".join(date))


@block_rule(
    "comments.signed-line",
    CATEGORY,
    "Two or more comments in the second half of the page, each on one line that opens with the "
    "reader's handle and the date: 'gordon_beans Feb 11 — Count me in.', '@kel@glam.town · 3h — Well done.'",
)
def _signed_comments(page: Page) -> Iterator[tuple[int, str | None]]:
    kept = page.kept()
    half = kept[len(kept) // 2 :]
    signed = [index for index in half if _signed_comment(page.lines[index].text)]
    # One such line may be a dateline or a dated fact; a thread has several.
    if len(signed) >= _MIN_ENTRIES:
        yield from ((index, None) for index in signed)


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
    line_rule(
        "comments.counted-heading",
        CATEGORY,
        "After the article, a heading of a word or two with a count: 'Komentarai (31)', 'תגובות (12)'.",
        _COUNTED_HEADING,
        where="tail",
        max_words=4,
    ),
    _comment_section,
    _comment_thread,
    _signed_comments,
]
