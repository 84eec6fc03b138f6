"""Images in the text dump: captions, their credit lines, and the caption's duplicate (alt text).

A scraper that copies a page's visible text turns each picture into a block: the caption, the
credit ("Jane Doe / AP"), and often the caption again from the image's alt text. The block is
removed as one, anchored on the credit line, which has a recognisable shape; the caption alone
would read like any other sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from newsarchive.debris.engine import STOPWORDS, Line, Page, Stage, block_rule, declare_needles, line_rule
from newsarchive.debris.residue import GALLERY_COUNTER, is_page_title
from newsarchive.metadata.dates import PIECE_SEPARATOR, has_stamp_shape, parse_date_line

CAPTION = "caption"
CREDIT = "credit"

# Picture desks and agencies whose name ends a credit line.
_AGENCY = (
    r"(?:AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|EFE|Shutterstock|Alamy|Bloomberg|Xinhua|ANSA|dpa|"
    r"picture alliance|Sputnik|TASS|RIA Novosti|Anadolu(?: Agency)?|PA(?: Wire| Images| Media)?|Pool|Handout|"
    r"Wikimedia(?: Commons)?|iStock(?:photo)?|NurPhoto|SOPA Images|ZUMA(?: Press| Wire)?|Imago|Unsplash|"
    r"Pexels|Supplied|File|Courtesy|Press Association|Associated Press|Agence France-Presse|"
    r"[A-Z][\w-]* via Getty Images|Bloomberg via Getty Images|The Associated Press)"
)
_MEDIA_WORD = (
    r"(?:photo(?:graph)?s?|images?|pictures?|pics?|videos?|footage|graphics?|illustrations?|"
    r"foto(?:s|grafie|grafia|grafía|ğraf)?|fot\.|fotoğraf|bild(?:er)?|imagen|zdjęcie|фото|kuva|լուսանկար(?:ը|ներ)?|"
    r"ფოტო|şəkil|عکس|صورة|الصورة|φωτογραφία|obrázek|snímek|kép|ảnh|写真|사진)"
)
_CREDIT_PATTERNS = re.compile(
    "|".join(
        [
            # "Photo: Reuters", "Photograph: Jane Doe/AP", "Image credit - Getty", "Image: ESO/F. Navarro"
            rf"^\(?{_MEDIA_WORD}(?: credits?| courtesy(?: of)?| by| source)?\s*[:：|/–—՝-]\s*\S[^!?]{{0,90}}\)?$",
            # "Photo by Lena Ortiz on Unsplash", "Foto di Mario Rossi"
            rf"^\(?{_MEDIA_WORD} (?:by|di|de|von|par|por) [A-Z][^!?]{{0,70}}\)?$",
            # "(Image credit: Getty Images)", "Credit: Jane Doe", "Courtesy of the family": the colon is
            # required after "credit"/"copyright", or "Copyright and the human hand" would qualify.
            rf"^\(?(?:{_MEDIA_WORD} )?(?:credits?|copyright)\s*[:：]\s*\S[^!?]{{0,90}}\)?$",
            r"^\(?courtesy(?: of)?\s*[:：]?\s+[^!?]{1,80}\)?$",
            # "Provided by Reuters", "Source: AFP": the wire that supplied the picture or the story
            rf"^\(?(?:provided|supplied|distributed) by {_AGENCY}\)?$|^\(?source\s*:\s*{_AGENCY}\)?$",
            # "Photo Le Courrier du Rhône / Mathilde Roux": the outlet and the photographer
            rf"^\(?{_MEDIA_WORD}\s+[A-Z][^!?/]{{1,60}}\s*/\s*[A-Z][^!?/]{{1,40}}\)?$",
            # "Fot. Krzysztof Wąs": the abbreviation's full stop stands for the colon
            r"^\(?fot\.\s+[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ][^!?]{1,60}\)?$",
            # "(Reuters)" or "REUTERS/Jane Doe"
            rf"^\(?{_AGENCY}\)?\s*(?:/\s*[A-Z][\w .'-]{{1,60}})?$",
            # "© Jane Doe"
            r"^©\s*[A-Z][^.!?]{1,60}$",
        ]
    ),
    re.IGNORECASE,
)
# "Uncredited / AP", "Jane Doe | Reuters", "AFP via Getty Images", "Pool/Getty Images". Slow to fail (the
# agencies are tried after each of the first seventy characters), so tried only on lines with a slash, a bar
# or "via": its other branch, a line that is only an agency's name, is a "(Reuters)" line above.
_AGENCY_AFTER_NAME = re.compile(rf"^[^.!?]{{0,70}}?(?:\s*[/|]\s*|\s+via\s+|^){_AGENCY}\)?$", re.IGNORECASE)
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)
_VIA_WORD = re.compile(r"\bvia\b", re.IGNORECASE)
# A caption that says what it is: "In this image taken from…", "FILE - …", "Pictured: …".
_CAPTION_CUE = re.compile(
    r"^(?:in this (?:\w+ )?"
    r"(?:image|photo(?:graph)?|picture|video grab|file photo|handout(?: photo)?|frame grab)"
    r"(?:,| (?:taken|released|provided|made|shot|obtained|distributed|posted|issued|dated|from|by|of)\b)|"
    r"file(?: photo)?\s+[-–—]\s|file(?: photo)?\s*:|pictured\s*:|caption\s*:|above\s*:|top\s*:|"
    r"main (?:image|picture)\s*:)",
    re.IGNORECASE,
)
# "A photo posted on social media showed the minister…" is reporting as often as it is a caption:
# such a description counts as a cue only on a line too short to be a paragraph.
_DESCRIBED_IMAGE = re.compile(
    r"^(?:this|a|the) (?:handout |file )?(?:image|photo(?:graph)?|picture|video (?:grab|still)|screen ?(?:shot|grab)) "
    r"(?:taken|released|provided|obtained|made available|posted|shows|showing|from)\b",
    re.IGNORECASE,
)
# A credit in brackets at the end of the caption line itself.
_BRACKETED_CREDIT = re.compile(
    rf"\((?:{_MEDIA_WORD}|credit)\s*(?:credit|by)?\s*[:：]?[^()]{{1,80}}\)$|"
    rf"\[(?:{_MEDIA_WORD}|credit)\s*(?:credit|by)?\s*[:：]?[^\[\]]{{1,80}}\]$",
    re.IGNORECASE,
)
# "… at Pasar Induk Cipinang, Jakarta. Foto: Warta Niaga/Agus Salim": the credit after the caption's full stop.
_CREDIT_AFTER_SENTENCE = re.compile(
    rf"[.!?]\s+(?:{_MEDIA_WORD}|credit)\s*[:：]\s*[A-ZÀ-Þ][^.!?:]{{1,60}}$", re.IGNORECASE
)
_CREDIT_WITH_AGENCY = re.compile(
    rf"(?:{_MEDIA_WORD}|credit)\s*[:：]\s*[^.!?]{{1,60}}(?:/|\bvia\b)\s*{_AGENCY}$", re.IGNORECASE
)

# "(Jane Doe/The Island Times)" at the end of a caption: a name, a slash, the outlet.
_TRAILING_NAME_CREDIT = re.compile(
    rf"\([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,3}}\s*/\s*[A-Z][^()/]{{1,50}}\)$|\((?:{_AGENCY})\)$"
)
_WORDS = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Capitals of the Latin, Greek, Cyrillic and Armenian alphabets: a caption in Russian has sentences too.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»)]?\s+[\"“‘«(]?[A-Z0-9À-ÖØ-ÞΑ-ΩА-ЯЁԱ-Ֆ]")


# "Renata Olsen / Valley Gazette": a name and an outlet. Too common a shape to trust alone; it
# counts as a credit only between a caption and the caption's duplicate.
_NAME_SLASH_OUTLET = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’&-]*){0,4}$")


# A name under a one-word label, in any language: "Fotó: Kerekes Bence / Balatoni Hírlap", "ภาพ: สมชาย
# แก้วประเสริฐ", "Szerző: Vadász Eszter". Beside a picture it is its credit, under the headline the byline.
# The vowel signs of Indic and South-East Asian scripts are marks, not word characters: "सुमित".
_MARKS = "\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_NAME_WORD = rf"[^\W\d_][\w'’.{_MARKS}-]*"
# The label's colon, or the Armenian mark that does its work: "Հեղինակ՝ Անահիտ Սարգսյան".
_LABEL_MARK = r"[:：፡՝]"
_LABELLED_NAME = re.compile(
    rf"^\W{{0,3}}[^\W\d_]+(?: [^\W\d_]+)?\.?\s?{_LABEL_MARK}\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
    rf"(?:\s+/\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})?\s*$"
)
_LABELLED_FIELD = re.compile(rf"^\W{{0,3}}[^\W\d_]+(?:\s[^\W\d_]+)?\s?{_LABEL_MARK}\s+\S")
_ADDRESS = re.compile(r"https?://|www\.")


def is_labelled_name(page: Page, index: int) -> bool:
    """A name under a one-word label, every word of it capitalised in scripts with capitals, and
    not one field of a box of them ("Goller: …", "Hakem: Ali Şansalan": a match's facts)."""
    match = _LABELLED_NAME.match(page.lines[index].text)
    if match is None or any(map(_starts_lower_case, match["name"].split())):
        return False
    for neighbour in (page.previous_kept(index), page.next_kept(index)):
        text = page.lines[neighbour].text if neighbour is not None else ""
        # A stamp or a link beside it is the page's furniture, not another fact of a box.
        if _LABELLED_FIELD.match(text) and not (has_stamp_shape(text) or _ADDRESS.search(text)):
            return False
    return True


def _starts_lower_case(word: str) -> bool:
    # Georgian is written without capitals, though Unicode gives its letters capital forms.
    return word[0].islower() and not "\u10d0" <= word[0] <= "\u10ff"


def _in_body(page: Page, index: int) -> bool:
    """Past the headline, the standfirst and the byline under it: after two lines of prose."""
    return sum(1 for i in page.kept() if i < index and page.lines[i].prose) >= 2


def is_credit_line(text: str) -> bool:
    if len(text) > 120:
        return False
    if _CREDIT_PATTERNS.search(text):
        return True
    if not ("/" in text or "|" in text or _VIA.search(text)) or not _AGENCY_AFTER_NAME.search(text):
        return False
    # "Jane Doe | Reuters" is a credit; "Quake shakes highlands, villages cut off | Reuters" a page title.
    return len(re.split(r"\s*[/|]\s*|\s+via\s+", text, maxsplit=1)[0].split()) <= 5


def near_duplicates(a: str, b: str, threshold: float = 0.5) -> bool:
    """Two lines that say the same thing, give or take a few words (a caption and its alt text).

    Overlap of content words rather than an edit distance: alt text reorders, shortens and
    swaps words, and the test runs on every pair of neighbouring lines, so it has to be cheap.
    """
    if a == b:
        return True
    shorter, longer = sorted((len(a), len(b)))
    if shorter < 0.4 * longer:
        return False
    return _similar_word_sets(_content_words(a), _content_words(b), threshold)


def _similar_word_sets(words_a: set[str], words_b: set[str], threshold: float = 0.5) -> bool:
    if min(len(words_a), len(words_b)) < 3:
        return False
    # Jaccard, not containment: a headline's words are all in its lead paragraph too.
    return len(words_a & words_b) >= threshold * len(words_a | words_b)


def _share_a_long_word(a: str, b: str) -> bool:
    """Cheap first test for a caption pair: the longest word of one appears in the other."""
    longest = max(a.split(), key=len, default="").strip(".,;:!?\"'“”‘’()")
    return len(longest) > 3 and longest in b


def _content_words(text: str) -> set[str]:
    return {word for word in _WORDS.findall(text.casefold()) if len(word) > 2 and word not in STOPWORDS}


def _caption_sized(page: Page, index: int) -> bool:
    """A caption is one sentence, two at most, and short; an article paragraph is longer."""
    line = page.lines[index]
    if line.words > 60:
        return False
    first = _SENTENCE_BREAK.search(line.text)  # at most one break: stop looking at the second
    return first is None or _SENTENCE_BREAK.search(line.text, first.end()) is None


def _ends_with_credit(line: Line) -> bool:
    text = line.text
    # The bracketed forms end the line with ")" and the other needs a colon: each pattern, tried at
    # every position of a long line, is tried only where it can match.
    if text.endswith((")", "]")) and (_BRACKETED_CREDIT.search(text) or _TRAILING_NAME_CREDIT.search(text)):
        return True
    if ":" not in text and "：" not in text:
        return False
    return bool(
        (("/" in text or _VIA_WORD.search(text)) and _CREDIT_WITH_AGENCY.search(text))
        or _CREDIT_AFTER_SENTENCE.search(text)
    )


_CREDIT_MARKS = declare_needles(("(", ":", "：", "["))


@block_rule(
    "caption.with-credit",
    CAPTION,
    "A caption ending with its credit: 'Firefighters at the scene. (Photo: Reuters)', '… Foto: Warta Niaga', "
    "with the caption's duplicate under it.",
    stage=Stage.SIGNATURE,
)
def _captions_with_credit(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in page.lines_containing(_CREDIT_MARKS, 60):
        line = page.lines[index]
        if not page.is_kept(index) or not _ends_with_credit(line):
            continue
        yield index, None
        after = page.next_kept(index)
        if after is not None and page.lines[after].words <= 30:
            # Alt text repeats the caption, not its credit: compare with the part before the credit.
            caption = re.split(r"\s*[(\[]|[.!?]\s+(?=\S+\s*[:：])", line.text, maxsplit=1)[0]
            if near_duplicates(caption, page.lines[after].text):
                yield after, None


@block_rule(
    "caption.credit-block",
    CAPTION,
    "A credit line with the caption above it and the caption's duplicate or variant below it.",
    stage=Stage.SIGNATURE,
)
def _credit_blocks(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in list(page.kept()):
        line = page.lines[index]
        if line.prose:
            continue
        credit = is_credit_line(line.text) or (is_labelled_name(page, index) and _in_body(page, index))
        if not credit and not _NAME_SLASH_OUTLET.match(line.text):
            continue
        before, after = page.previous_kept(index), page.next_kept(index)
        if not credit:
            weak = before is not None and after is not None
            if not (weak and near_duplicates(page.lines[before].text, page.lines[after].text)):
                continue
        yield index, CREDIT
        if before is not None and (
            before == page.first_kept() or is_page_title(page, before) or _is_date_line(page.lines[before].text)
        ):
            # The first line is the headline, with the lead picture's credit under it; a date line
            # over a "Source: Reuters" line is the story's timestamp, which the dates stage reads.
            before = None
        # Sitting right against the credit groups a line with it, but only in a document that
        # otherwise separates its paragraphs with blank lines.
        # The group stands apart from the text above it: a paragraph run into the one before it,
        # in a body without blank lines, is article text that happens to sit over a credit.
        above = page.previous_kept(before) if before is not None else None
        grouped = (
            before is not None
            and page.separates_paragraphs()
            and not page.blank_between(before, index)
            and (above is None or page.blank_between(above, before))
        )
        caption_above = (
            before is not None
            and _caption_sized(page, before)
            and (
                (after is not None and near_duplicates(page.lines[before].text, page.lines[after].text))
                or bool(_CAPTION_CUE.search(page.lines[before].text))
                or grouped
                or _short_beside_paragraphs(page, before)
            )
        )
        if caption_above:
            yield before, CAPTION
            if after is not None and near_duplicates(page.lines[before].text, page.lines[after].text):
                yield after, CAPTION
            # The alt text can come first: caption, alt text, credit.
            earlier = page.previous_kept(before)
            if earlier is not None and near_duplicates(page.lines[earlier].text, page.lines[before].text):
                yield earlier, CAPTION
        elif after is not None and _caption_sized(page, after) and _CAPTION_CUE.search(page.lines[after].text):
            yield after, CAPTION


@block_rule(
    "caption.repeated",
    CAPTION,
    "A short descriptive line printed twice in a row: a caption followed by its alt text.",
    stage=Stage.SIGNATURE,
)
def _repeated_captions(page: Page) -> Iterator[tuple[int, str | None]]:
    lines = page.lines
    # Sizing a line runs a regular expression over it: done only for lines the cheap tests let through.
    sized: dict[int, bool] = {}
    words: dict[int, set[str]] = {}
    # The headline and its lead say the same thing by design; they are not a caption pair.
    for index, after in pairwise(page.kept()[1:]):
        if not 4 <= lines[index].words <= 60 or lines[after].words > 60:
            continue
        first, second = lines[index].text, lines[after].text
        if first != second and (first[:1] in _QUOTE_OPENERS or second[:1] in _QUOTE_OPENERS):
            continue  # a quotation and the paragraph it was lifted from: a pull quote, not a caption
        shorter, longer = sorted((len(first), len(second)))
        if shorter < 0.4 * longer or not _share_a_long_word(lines[index].folded, lines[after].folded):
            continue
        for i in (index, after):
            if i not in sized:
                sized[i] = _caption_sized(page, i)
        if not (sized[index] and sized[after]):
            continue
        for i in (index, after):
            if i not in words:
                words[i] = _content_words(lines[i].text)
        if first != second and not _similar_word_sets(words[index], words[after]):
            continue
        # "Yes to strike action: 84.1%" over "Yes to action short of a strike: 92.6%": two facts of
        # a list. Alt text gives the caption's figures (or some of them), not others.
        figures = set(_NUMBER.findall(first)), set(_NUMBER.findall(second))
        if all(figures) and not (figures[0] <= figures[1] or figures[1] <= figures[0]):
            continue
        # A caption and its alt text differ by a few words; a paragraph the scraper caught
        # twice is repeated to the letter, and then one copy of it is article text.
        if first != second or _CAPTION_CUE.search(first) or not lines[index].prose:
            yield index, None
        yield after, None


@block_rule(
    "caption.gallery",
    CAPTION,
    "A gallery's counter ('Image 1 of 6', '1/3'), the caption under it and the caption's credit.",
    stage=Stage.SIGNATURE,
)
def _gallery_slides(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in page.kept_short():
        if page.lines[index].words > 4 or not GALLERY_COUNTER.match(page.lines[index].text):
            continue
        yield index, "residue"
        caption = page.next_kept(index)
        if caption is None or not _caption_sized(page, caption) or page.lines[caption].text[:1] in "\"“‘'«":
            continue
        yield caption, None
        credit = page.next_kept(caption)
        if credit is not None and _credit_shaped(page.lines[credit].text, page.lines[credit].words):
            yield credit, CREDIT


def _is_date_line(text: str) -> bool:
    """A timestamp line, or one whose first "|"/"·" part is one: "04 Apr 2016 | Updated: 1 hour ago"."""
    return parse_date_line(text) is not None or parse_date_line(PIECE_SEPARATOR.split(text, maxsplit=1)[0]) is not None


_QUOTE_OPENERS = "\"“‘'«„"


def _short_beside_paragraphs(page: Page, index: int) -> bool:
    """A one-sentence line over a credit, much shorter than the article's paragraphs: the caption,
    even with a blank line between them. A quotation or a line leading into a list is the article's,
    and above the first paragraph a short line is as likely the headline."""
    line = page.lines[index]
    if (
        index < page.first_prose
        or line.words > 25
        or line.text[:1] in _QUOTE_OPENERS + "-–—•*"
        or line.text[-1:] in ":;,"
    ):
        return False
    paragraphs = sorted(page.lines[i].words for i in page.kept() if page.lines[i].prose)
    return len(paragraphs) >= 3 and line.words <= 0.6 * paragraphs[len(paragraphs) // 2]


def _credit_shaped(text: str, words: int) -> bool:
    """A credit by its shape alone, trusted only where a caption was just found: 'Action Images/Will Cardew'."""
    return is_credit_line(text) or (
        words <= 6 and text[-1:] not in ".!?:" and ("/" in text or all(w[:1].isupper() for w in text.split()))
    )


RULES = [
    _gallery_slides,
    _credit_blocks,
    _repeated_captions,
    line_rule(
        "caption.cue",
        CAPTION,
        "A line that announces itself as a caption: 'In this photo taken…', 'FILE - …', 'Pictured: …'.",
        _CAPTION_CUE,
        max_words=60,
        may_remove_prose=True,
    ),
    line_rule(
        "caption.described-image",
        CAPTION,
        "A short line describing a picture: 'This handout photo shows the damaged bridge.'",
        _DESCRIBED_IMAGE,
        max_words=30,
    ),
    _captions_with_credit,
]
