"""Links to other articles: "Read more" headers with the headlines they own, and inline teasers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from newsarchive.debris.engine import Page, Stage, block_rule, line_rule
from newsarchive.debris.residue import is_page_title

CATEGORY = "related"

# Labels of links to other stories that pages print before a headline ("Ook interessant: …",
# "Mest läst: …", "More business: …"), in the languages of the archive.
_TEASER_LABELS = (
    r"mohlo by vás (?:také )?(?:zajímat|zaujímať)|(?:také )?(?:čtěte|si přečtěte)|ook interessant|kapcsolódó|"
    r"ajánljuk|taip pat skaitykite|skaitykite (?:taip pat|daugiau)|още по темата|също по темата|още от|"
    r"també (?:et|us) pot interessar|et pot interessar|mest lästa?|mest lest|mest læste?|les mer|læs mere|"
    r"ताज़ा खबरें|ताजा खबरें|और पढ़ें|संबंधित खबरें|diğer haberler|\w+ haberleri|"
    r"more (?:business|sport|politics|local news|news from [\w ]{1,20}|from the courts)|"
    r"elsewhere(?: today| on the site| in [\w ]{1,20})?|also in (?:this|today'?s) [\w' ]{1,30}|related [\w-]{2,12}|"
    r"pročitajte (?:i|još)|povezane vijesti|lue lisää|більше новин|inne artykuły|polecamy"
)
_HEADER_WORDS = (
    rf"(?:{_TEASER_LABELS}|read more|read also|also read|read next|more reading|"
    r"related(?: (?:articles?|posts?|stories|news|coverage|"
    r"content|reading|links|topics))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
    r"more (?:from|on|about) .{1,40}|recommended(?: (?:for you|reading|stories|articles))?|more stories|"
    r"more news|see also|further reading|popular(?: now| posts| stories)?|trending(?: now| stories)?|most read|"
    r"most popular|most viewed|most shared|most commented|more like this|more in \w+|"
    r"top stories|latest (?:news|stories|articles|posts)|what to read next|don'?t miss|"
    r"more (?:reviews|coverage|videos|news|stories|articles|from this author)|"
    r"noticias relacionadas|artículos relacionados|lees ook|lees meer|czytaj (?:także|też|również|więcej)|"
    r"ilgili haberler|bunlar da ilginizi çekebilir|articles liés|sur le même thème|notizie correlate|"
    r"matérias relacionadas|notícias relacionadas|"
    r"editor'?s picks?|weiterlesen|lesen sie auch|mehr zum thema|das könnte sie (?:auch )?interessieren|"
    r"lire aussi|à lire aussi|a lire aussi|sur le même sujet|lee también|leer más|te puede interesar|"
    r"leia também|leia mais|veja também|leggi anche|potrebbe interessarti|читайте также|по теме|"
    r"читайте по теме|смотрите также|baca juga|baca pula|lihat juga|ayrıca oku|ilginizi çekebilir|zobacz też|"
    r"zobacz także|lees ook|lees verder|leggi anche|przeczytaj (?:także|też|również)|читайте також|"
    r"дивіться також|կարդացեք նաև|կարդա նաև|ასევე წაიკითხეთ|წაიკითხეთ ასევე|citește și|citiți și|lue myös|"
    r"läs också|läs även|les også|læs også|čtěte také|přečtěte si také|olvassa el|ebből is|oxu həmçinin|"
    r"həmçinin oxuyun|اقرأ أيضا|اقرأ أيضًا|اقرأ ايضا|بیشتر بخوانید|بخوانید|διαβάστε επίσης|đọc thêm|"
    r"weiterführende (?:berichte|artikel|links|informationen)|trending on .{1,30}|more on this story|"
    r"popular on .{1,30}|most read on .{1,30}|trending in .{1,30}|more episodes|other episodes|"
    r"vous aimerez aussi|à découvrir aussi|lea también|zobacz również|ilgili haber(?:ler)?|"
    r"ещё по теме|також читайте|más noticias|altre notizie|weitere artikel|andere artikelen|останні новини|"
    r"последние новости|اخبار مرتبط|اخبار مرتبط|أخبار ذات صلة|مواضيع ذات صلة|digər xəbərlər|son xəbərlər|"
    r"यह भी पढ़ें|ये भी पढ़ें|soma pia|habari zaidi|関連記事|관련 기사|관련기사|相关新闻|اقرأ أيضاً|baca juga|"
    r"kapcsolódó cikkek|kapcsolódó hírek|související (?:zprávy|články)|súvisiace články|berita berkaitan|"
    r"আরও পড়ুন|সম্পর্কিত খবর|susiję straipsniai|ข่าวที่เกี่ยวข้อง|tin liên quan|relaterade artiklar|"
    r"relaterte saker|relaterede artikler|aiheeseen liittyvät|сродне вести|повезане вести|свързани новини|"
    r"متعلقہ خبریں|مزید خبریں|articles relacionats|notícies relacionades|כתבות נוספות|קשורות)"
)
# Two headers of a tabbed widget can run together: "RELATED ARTICLESMORE FROM AUTHOR".
_HEADER = re.compile(rf"^\W*{_HEADER_WORDS}(?:\W*{_HEADER_WORDS})*\W*$", re.IGNORECASE)
_MORE_COVERAGE = r"more [\w ]{1,30}(?:coverage|stories|news|reviews)"
_INLINE = re.compile(
    rf"^\W*(?:{_HEADER_WORDS}|{_MORE_COVERAGE}|related|watch|listen|see)(?:\s*[:|»>՝]+|\s+[–—-]+)\s*\S.{{3,200}}$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[*•·▪►▸‣◦-]|\d{1,2}[.)])\s+\S")
_BULLET_THEN_LOWER = re.compile(r"^(?:[*•·▪►▸‣◦-]|\d{1,2}[.)])\s+[^\W\d_](?<=[a-zà-ÿа-я])")
_MAX_ITEMS = 10


def _starts_bullets(page: Page, index: int) -> bool:
    following = page.next_kept(index)
    return following is not None and bool(_BULLET.match(page.lines[following].text))


def _heads_paragraph(page: Page, index: int) -> bool:
    following = page.next_kept(index)
    return following is not None and page.lines[following].prose


def _looks_like_headline(page: Page, index: int) -> bool:
    line = page.lines[index]
    # A question reads as a sentence: "Mennyibe kerül idén egy strandjegy a déli parton?" is a headline.
    question = line.words <= 16 and line.text.endswith("?")
    return line.words <= 22 and (not line.prose or question or bool(_BULLET.match(line.text)))


def owned_items(page: Page, header: int, max_items: int = _MAX_ITEMS) -> Iterator[int]:
    """The list lines a header owns: bulleted, or headlines following it.

    Items either carry bullets, follow each other without a blank line, or read as headlines
    (no full stop at the end); a blank line and then a sentence is where the article resumes.
    """
    previous, owned, bulleted_items = header, 0, 0
    while owned < max_items:
        candidate = page.next_kept(previous)
        if candidate is None:
            return
        line = page.lines[candidate]
        if line.text[-1:] in ":：":
            return  # "Applicants must:" introduces the article's own list
        if is_page_title(page, candidate):
            return  # a menu's "Top Stories" above the page's own title, which carries the site's name
        bulleted = bool(_BULLET.match(line.text))
        if bulleted and _BULLET_THEN_LOWER.match(line.text):
            return  # "- a further 27 due before the end of the year": a fact, headlines are capitalised
        if not bulleted and owned and not bulleted_items and _starts_bullets(page, candidate):
            return  # a plain line over a bulleted list under plain headlines: the article's own heading
        bulleted_items += bulleted
        adjacent = not page.blank_between(previous, candidate)
        if owned >= 2 and not bulleted and not adjacent and _heads_paragraph(page, candidate):
            return  # a short line over a paragraph, after the list: the article's next subheading
        headline = line.words <= 16 and line.text[-1:] not in '.!?"”:;'
        if not _looks_like_headline(page, candidate) or not (bulleted or adjacent or headline):
            return
        yield candidate
        previous, owned = candidate, owned + 1


@block_rule(
    "related.links-block",
    CATEGORY,
    "A 'Read more' / 'Related' header and the link lines under it.",
    stage=Stage.SIGNATURE,
)
def _links_block(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in list(page.kept()):
        if page.lines[index].words > 8 or not _HEADER.match(page.lines[index].text):
            continue
        yield index, None
        yield from ((item, None) for item in owned_items(page, index))


_LIST_LABEL_WORDS = 5
_MIN_HEADLINES = 2


def _is_list_label(page: Page, index: int) -> bool:
    line = page.lines[index]
    if not 0 < line.words <= _LIST_LABEL_WORDS or line.prose or line.text[-1:] in _NOT_A_HEADLINE_END:
        return False
    if _BULLET.match(line.text) or any(ch.isdigit() for ch in line.text):
        return False  # "Score: 8/10" is the review's own
    above = page.previous_kept(index)
    # A name under "With every blessing," signs a letter off.
    return above is None or page.lines[above].text[-1:] != ","


_NOT_A_HEADLINE_END = frozenset('.;,:"”。।።')


def _is_other_headline(page: Page, index: int) -> bool:
    """A headline of another article: a line of a few words, unbulleted, that starts with a
    capital or in a script without case and does not end as a sentence or a list item does.
    The article's own lists carry bullets, start with figures ("500 g rye flour") or pair a
    label with its value ("Score: 8/10")."""
    line = page.lines[index]
    text = line.text
    if not _MIN_HEADLINE_WORDS <= line.words <= 16 or _BULLET.match(text):
        return False
    if text[-1:] in _NOT_A_HEADLINE_END or ": " in text or " | " in text or text[:1].isdigit():
        return False
    return not text[:1].islower()


_MIN_HEADLINE_WORDS = 4


@block_rule(
    "related.headline-list",
    CATEGORY,
    "A short label after the article over two or more headlines of other articles, in any language: "
    "'Kapcsolódó cikkek', 'Latest from the club', 'ข่าวที่เกี่ยวข้อง' over the links' titles.",
)
def _headline_list(page: Page) -> Iterator[tuple[int, str | None]]:
    """Told by shape: the article's own lists carry bullets, figures or sentences, and its
    subheadings head paragraphs, not a run of headlines."""
    kept = page.kept()
    prose_seen = 0
    for position, index in enumerate(kept):
        if page.lines[index].prose:
            prose_seen += 1
            continue
        if prose_seen < _ARTICLE_BEFORE_LIST or not _is_list_label(page, index):
            continue
        items = list(
            takewhile(lambda item: _is_other_headline(page, item), kept[position + 1 : position + 1 + _MAX_ITEMS])
        )
        if len(items) < _MIN_HEADLINES or page.last_prose > items[-1]:
            continue  # only after the article: inside it, such a run is the article's own list
        yield index, None
        yield from ((item, None) for item in items)


_ARTICLE_BEFORE_LIST = 3


# The labels that only ever introduce a link to another article.
_LINK_LABEL = re.compile(
    r"^\W*(?:read more|read also|also read|read next|related(?: story| article)?|see also|more on this|"
    r"baca juga|simak juga|lihat juga|zum thema|lesen sie auch|auch interessant|lire aussi|à lire aussi|"
    r"lee también|leia também|veja também|leggi anche|czytaj (?:także|też|również)|zobacz (?:też|także)|lees ook|"
    r"читайте также|ayrıca (?:oku|okuyun)|ilgili haber|przeczytaj (?:także|też|również)|читайте також|"
    r"կարդացեք նաև|ასევე წაიკითხეთ|citește și|citiți și|lue myös|läs (?:också|även)|les også|læs også|"
    r"čtěte také|oxu həmçinin|اقرأ أيضا|اقرأ أيضًا|διαβάστε επίσης|đọc thêm|lea también|zobacz również|"
    r"vous aimerez aussi|यह भी पढ़ें|ये भी पढ़ें|soma pia|اقرأ أيضاً|xem thêm|קראו גם|läs mer|прочитајте још|"
    r"pročitajte još|прочетете още|আরও পড়ুন|یہ بھی پڑھیں|llegiu també|skaitykite taip pat|olvassa el ezt is|"
    rf"{_TEASER_LABELS})"
    r"\s*[:|»>՝]\s*\S.{3,200}$",
    re.IGNORECASE,
)

RULES = [
    _links_block,
    _headline_list,
    line_rule(
        "related.labelled-teaser",
        CATEGORY,
        "A link to another article under a label that says so, even when it reads as a sentence: "
        "'Read more: Is the flood scheme running late?', 'Zum Thema: Hallenbad bleibt geschlossen'.",
        _LINK_LABEL,
        max_words=35,
        may_remove_prose=True,
        needles=(
            "read more",
            "read also",
            "also read",
            "read next",
            "related",
            "see also",
            "more on this",
            "juga",
            "zum thema",
            "lesen sie auch",
            "auch interessant",
            "lire aussi",
            "lee también",
            "leia também",
            "veja também",
            "leggi anche",
            "czytaj",
            "zobacz",
            "lees ook",
            "читайте также",
            "ayrıca",
            "ilgili haber",
            "przeczytaj",
            "читайте також",
            "կարդացեք",
            "წაიკითხეთ",
            "citește",
            "citiți",
            "lue myös",
            "läs",
            "les også",
            "læs også",
            "čtěte",
            "oxu",
            "اقرأ",
            "διαβάστε",
            "đọc thêm",
            "lea también",
            "vous aimerez",
            "भी पढ़ें",
            "soma pia",
            "xem thêm",
            "קראו גם",
            "läs mer",
            "прочитајте",
            "pročitajte",
            "прочетете",
            "আরও পড়ুন",
            "یہ بھی پڑھیں",
            "llegiu",
            "skaitykite",
            "olvassa el",
        ),
    ),
    line_rule(
        "related.inline-teaser",
        CATEGORY,
        "A single teaser line pointing at another article: 'READ MORE: Minister resigns over leak'.",
        _INLINE,
        max_words=35,
        may_remove_prose=False,
    ),
]
