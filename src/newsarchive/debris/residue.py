"""Page furniture no other rule named: controls read out as text, and what is left above the
headline and below the article.

The control labels ("Video unavailable", "Image 3 of 8", "Print version") are the only wording
here. The other rules know no wording at all, only position and shape, so they catch debris in
phrasings no rule was written for. They run after every other rule (whose categories are more
precise) and take only lines that cannot be article text by their place:

* above the headline: before the first paragraph of prose, the headline is the first line
  shaped like one (not the longest: a standfirst without a full stop often follows it), and
  everything above it is menus, banners and labels; lines under it are left to the named rules,
  since a short real headline can sit under a kicker that looked like one;
* below the article: after the last paragraph of prose, short lines that are not sentences and
  do not end like one ("Then silence." is article text), unless they look like rows of a table
  or items of a list of facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Line, Page, Stage, block_rule, line_rule
from newsarchive.metadata.dates import TIMES_WORDS

CATEGORY = "residue"
MAX_WORDS_AFTER_ARTICLE = 12
_SENTENCE_END = frozenset('.!?…"”’»:)')
_LABELLED = re.compile(r"^[^:]{2,40}:\s+\S")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*%?")
_FACT_BULLET = re.compile(r"^(?:[*•·▪-]|\d{1,2}[.)])\s+\S.*\d")


def _headline_shaped(line: Line) -> bool:
    return (
        4 <= line.words <= 30
        and line.text[-1:] not in ".:;,!"
        and not line.prose
        and len(_FIELD_LABEL.findall(line.text)) < 2
    )


# "Posts: 412  Joined: Fri Jun 14, 2019  Location: Stoke Bruerne": a row of fields, not a headline,
# which may hold one colon ("Karabakh: what comes next").
_FIELD_LABEL = re.compile(r"(?:^|\s)[^\W\d_]+:\s")


def _menu_follows(page: Page, index: int) -> bool:
    """Two short items right under the line: it sits in a menu, it does not head an article."""
    items = 0
    following = page.next_kept(index)
    while following is not None and items < 2:
        line = page.lines[following]
        if not (
            0 < line.words <= 2 and line.text[-1:] not in _SENTENCE_END and not any(c.isdigit() for c in line.text)
        ):
            return False
        items += 1
        following = page.next_kept(following)
    return items == 2


# "… for the Championship season - The Boundary Rope": the page title, with the site's name.
# A name has letters: "… pack of ten — £3.20" ends with a price, not a site.
SITE_SUFFIX = re.compile(r"\S\s+[|–—-]\s+(?=[^|–—-]*[^\W\d_]{2})[^|–—-]{2,40}$")


_ALPHABETIC_WORD = re.compile(r"[^\W\d_]{2,}")


def _carries_site_name(line: Line) -> bool:
    """A headline of five words or more, then the site's name: "… near Kapiri Mposhi - Breeze FM"."""
    match = SITE_SUFFIX.search(line.text)
    return match is not None and len(_ALPHABETIC_WORD.findall(line.text[: match.start() + 1])) >= 5


def is_page_title(page: Page, index: int) -> bool:
    """The page's own title: a headline carrying the site's name, above every line of the article."""
    return _carries_site_name(page.lines[index]) and not any(page.lines[i].prose for i in page.kept() if i < index)


def _table_or_fact(line: Line) -> bool:
    """'Team A 3 1 0 10', 'Best film: The Glass Orchard', '* Unemployment fell to 4.1%': content."""
    return len(_NUMBER.findall(line.text)) >= 2 or bool(_FACT_BULLET.match(line.text) or _LABELLED.match(line.text))


_CELL_SEPARATOR = re.compile(r"\s\|\s")


def _cells(text: str) -> list[str]:
    return _CELL_SEPARATOR.split(text.strip(" |"))


def _figures(cells: list[str]) -> int:
    return sum(1 for cell in cells if any(ch.isdigit() for ch in cell))


def is_table_row(page: Page, index: int) -> bool:
    """A row of a table printed with pipes: most of its cells are figures ("Rhône | orange | 14h |
    23h"), or it has as many cells as the row next to it and one of the two holds figures (the
    header, "Département | Niveau | Début | Fin"). A menu's items are words."""
    cells = _cells(page.lines[index].text)
    if len(cells) < 2:
        return False
    if _figures(cells) >= max(2, len(cells) / 2):
        return True
    for neighbour in (page.previous_kept(index), page.next_kept(index)):
        if neighbour is None:
            continue
        other = _cells(page.lines[neighbour].text)
        if len(other) == len(cells) and (_figures(other) or _figures(cells)):
            return True
    return False


@block_rule("residue.above-headline", CATEGORY, "Lines above the headline that no other rule named.")
def _above_headline(page: Page) -> Iterator[tuple[int, str | None]]:
    if page.last_prose < 0:
        return
    kept = page.kept()
    title = _page_title_near_top(page, kept)
    if title is not None:
        # Everything above the page's own title is page furniture, even a notice that reads as a
        # sentence ("Visitor update: masks are required …"), which "the head" stops at.
        yield from ((index, None) for index in kept if index < title)
        return
    headline = _headline_over_byline(page, kept)
    if headline is not None:
        kicker = _kicker(page, headline)
        yield from ((index, None) for index in kept if index < headline and index != kicker)
        return
    head = [i for i in kept if page.in_head(i)]
    if len(head) < 2:
        return
    # A headline is followed by the article (standfirst, byline, text), never by more menu items.
    candidates = [i for i in head if _headline_shaped(page.lines[i]) and not _menu_follows(page, i)]
    if not candidates:
        return
    headline = candidates[0]
    for index in head:
        if index < headline:
            yield index, None


_SIGNATURE = frozenset({"byline", "timestamp"})
_TOP_LINES = 16
_OVER_BYLINE = 3  # a headline, a standfirst, a "Published in …" line
# Two to four capitalised words that are not a phrase ("Advertise With Us") or an outlet ("The
# Meridian Standard").
_BARE_NAME = re.compile(
    r"^(?!.*\b(?:The|A|An|And|Of|For|With|Us|Our|Your|News|Times|Post|Gazette|Standard|Herald|Journal|Tribune|"
    r"Daily|Weekly|Radio|Press|Media|Online|Live|Today|Forum|Forums|Wiki|Blog|Club|Society|Magazine)\b)"
    r"[A-ZÀ-ÞА-Я][\w.'’-]+(?:[ -][A-ZÀ-ÞА-Я][\w.'’-]+){1,3}$"
)


def _headline_over_byline(page: Page, kept: list[int]) -> int | None:
    """The headline found from the story's byline or date near the top of the page.

    The byline and date rules have already named those lines; of the few kept lines just above
    them (headline, standfirst), the longest shaped like a headline is the headline, whatever sits
    above it and however much that reads like a sentence ("Read more stories like this in the
    app."). Not when paragraphs of the article came before: then the byline was not at the top.
    """
    lines, claims = page.lines, page.claims
    top = [i for i, line in enumerate(lines) if not line.blank][:_TOP_LINES]
    for position, index in enumerate(top):
        removal = claims.get(index)
        if removal is None or removal.category not in _SIGNATURE:
            continue
        above = [i for i in reversed(top[:position]) if i not in claims][:_OVER_BYLINE]
        headlines = [i for i in above if _headline_shaped(lines[i]) and not _under_bare_name(page, i)]
        if not headlines:
            return None
        headline = max(headlines, key=lambda i: lines[i].words)
        prose_above = sum(1 for i in kept if i < headline and lines[i].prose)
        return headline if prose_above <= 1 else None
    return None


def _under_bare_name(page: Page, index: int) -> bool:
    """Whether the line sits right under a bare name: the writer's role ("Plant Director at
    Norrvik Packaging | Manufacturing"), not a headline."""
    previous = page.previous_kept(index)
    return previous is not None and _BARE_NAME.match(page.lines[previous].text) is not None


def _kicker(page: Page, headline: int) -> int | None:
    """The kept line right over the headline with nothing removed between: a kicker or overline
    ("Inside the layoffs at Parcelwise"), which some pages count as part of the headline."""
    previous = page.previous_kept(headline)
    if previous is None or any(i in page.claims for i in range(previous + 1, headline)):
        return None
    return previous


def _page_title_near_top(page: Page, kept: list[int]) -> int | None:
    """The line carrying the headline and the site's name, if it comes before the article: at most
    one line of prose above it."""
    prose = 0
    for index in kept[:40]:
        line = page.lines[index]
        if (
            _headline_shaped(line)
            and _carries_site_name(line)
            and not _menu_follows(page, index)
            and not _under_bare_name(page, index)
        ):
            return index
        if line.prose:
            prose += 1
            if prose > 1:
                return None
    return None


@block_rule("residue.after-article", CATEGORY, "Short lines that are not sentences, after the last paragraph.")
def _after_article(page: Page) -> Iterator[tuple[int, str | None]]:
    if page.last_prose < 0:
        return
    tail = [i for i in page.kept() if page.in_tail(i)]
    signed = _letter_close(page, tail)
    for index in tail:
        line = page.lines[index]
        if line.prose or line.words > MAX_WORDS_AFTER_ARTICLE or index in signed:
            continue
        if line.text[-1:] in _SENTENCE_END:
            continue
        if _table_or_fact(line) or _SIGN_OFF.match(line.text) or is_table_row(page, index):
            continue
        following = page.next_kept(index)
        if following is not None and is_table_row(page, following):
            continue  # the table's own heading: "TABELLINO" over its rows
        yield index, None


_NOT_WORD = re.compile(r"\W+")
_PULL_QUOTE_MIN_WORDS = 6
_PULL_QUOTE_MAX_WORDS = 40
_UNQUOTED_MAX_WORDS = 20
_OPENING_MARKS = "\"“”„‘’'«» -–—…"
_OPENING_CHARS = 20


def _core(folded: str) -> str:
    """A folded line's words without punctuation: a quote lifted from a paragraph loses its
    quotation marks and the comma before "said"."""
    return _NOT_WORD.sub(" ", folded).strip()


@block_rule(
    "residue.pull-quote",
    CATEGORY,
    "A pull quote: a sentence of the article printed again on a line of its own "
    "('“Nobody subscribes to a battery because they love subscriptions.”').",
    stage=Stage.SIGNATURE,
)
def _pull_quotes(page: Page) -> Iterator[tuple[int, str | None]]:
    lines = page.lines
    kept = page.kept()
    prose = [i for i in kept if lines[i].prose]
    if len(prose) < 3:
        return
    # Not the headline or the standfirst, which the first paragraph often restates word for word.
    # A pull quote in quotation marks can run to two sentences; without them it is a short one.
    candidates = [
        i
        for i in kept
        if i > prose[1]
        and lines[i].words >= _PULL_QUOTE_MIN_WORDS
        and lines[i].words <= (_PULL_QUOTE_MAX_WORDS if lines[i].text[:1] in _OPENING_MARKS else _UNQUOTED_MAX_WORDS)
    ]
    if not candidates:
        return
    cores: dict[int, str] = {}
    page_text = "\n".join(lines[i].folded for i in kept)
    for index in candidates:
        # The line's opening words, counted over the page in one call: most lines of a page are
        # said once, and only an opening said twice sends the search through the lines.
        marker = lines[index].folded.lstrip(_OPENING_MARKS)[:_OPENING_CHARS]
        if len(marker) < _OPENING_CHARS or page_text.count(marker) < 2:
            continue
        core = _core(lines[index].folded)
        for other in kept:
            line = lines[other]
            if line.words < lines[index].words + 3 or marker not in line.folded:
                continue
            if other not in cores:
                cores[other] = _core(line.folded)
            # Inside a longer paragraph, at word boundaries: the quote was lifted from it.
            if f" {core} " in f" {cores[other]} ":
                yield index, None
                break


_MAX_ISLAND = 3


@block_rule(
    "residue.tail-island",
    CATEGORY,
    "Up to three short lines after the article with removed lines above and below: one more link of a list "
    "whose other links were named ('Review: a brutal, brilliant Macbeth' between two related links).",
)
def _tail_island(page: Page) -> Iterator[tuple[int, str | None]]:
    if page.last_prose < 0:
        return
    lines, claims = page.lines, page.claims
    island: list[int] = []
    above: str | None = None  # the category of the removed line over the current island
    for index in range(page.last_prose + 1, len(lines)):
        if lines[index].blank:
            continue
        removal = claims.get(index)
        if removal is not None:
            if island and above is not None and len(island) <= _MAX_ISLAND:
                # The list's own category when both ends agree, else plain residue.
                category = above if removal.category == above else None
                yield from ((i, category) for i in island)
            island, above = [], removal.category
            continue
        line = lines[index]
        if line.prose or line.words > 16 or line.text[-1:] in ".!?…" or len(_NUMBER.findall(line.text)) >= 2:
            above = None  # the article's own text: no island can span it
        island.append(index)


# "— Grace Wanjiru" under the last paragraph: the writer signing the piece, which is part of it.
# A letter's close right after the last paragraph: "See you next Monday," over "Nell".
_VALEDICTION_MAX_WORDS = 6
_SIGNATURE_NAME = re.compile(r"^[A-ZÀ-ÞА-Я][\w'’.-]*(?: [A-ZÀ-ÞА-Я][\w'’.-]*){0,2}(?:,(?: [\w'’.&-]+){1,4})?$")


def _letter_close(page: Page, tail: list[int]) -> set[int]:
    """The writer's valediction and the name under it, when they follow the article's last paragraph."""
    if not tail or tail[0] != page.next_kept(page.last_prose):
        return set()
    first = page.lines[tail[0]]
    if not (first.text.endswith(",") and 1 <= first.words <= _VALEDICTION_MAX_WORDS):
        return set()
    if len(tail) > 1 and _SIGNATURE_NAME.match(page.lines[tail[1]].text):
        return {tail[0], tail[1]}
    return {tail[0]}


_SIGN_OFF = re.compile(
    r"^\s*[—–]\s*[A-ZÀ-ÞА-Я][\w'’.-]+(?: [A-ZÀ-ÞА-Я][\w'’.-]+){0,3}\s*$|"
    # "Clear skies, Bernard", "Best wishes, Anna": a close and the name on one line
    r"^[A-ZÀ-Þ][\w'’]+(?: [\w'’]+){0,3}, [A-ZÀ-ÞА-Я][\w'’.-]+(?: [A-ZÀ-ÞА-Я][\w'’.-]+)?!?$"
)


# The labels of a page's controls, read out as text: video players, galleries, expanders,
# feedback and print buttons. Each is the whole line, so a sentence that mentions a video stays.
_CONTROL_LABEL = re.compile(
    r"^\W*(?:"
    r"(?:video|audio|media|image|photo|content) (?:unavailable|loading|is loading|not available|cannot be played)|"
    r"loading(?: video| comments| content)?|now playing|up next|autoplay(?:\s*:?\s*(?:on|off))?|"
    r"play(?: video| audio| now)?|pause|replay|mute|unmute|full ?screen|closed captioning|subtitles|"
    r"(?:video )?duration\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?|"
    r"(?:view|open|see|show|launch|enter|browse) (?:the )?(?:full )?(?:image |photo |picture )?(?:gallery|slideshow)|"
    r"open image in gallery|expand(?: image)?|enlarge(?: image| this image)?|click (?:to|here to) (?:expand|enlarge)|"
    r"(?:zoom|toggle) (?:caption|image)|hide caption|show caption|"
    r"advertisement\s*(?:close|x)|close (?:ad|advertisement)|"
    r"print(?: version| this (?:article|page|story))?|report an? (?:error|typo|correction)|attachments?|"
    r"(?:map|chart|graphic|widget) loading|loading map|(?:newest|oldest|latest) first|"
    r"(?:was|is) this (?:page|article|story|information) (?:helpful|useful)\??|"
    r"(?:did you find|do you find) this (?:page|article) (?:helpful|useful)\??|"
    r"media caption,?|image caption,?|top highlight|listen(?: now)?|"
    r"key (?:events|moments|updates)|pinned(?: post)?|auto[- ]?refresh(?:\s*:?\s*(?:on|off))?|refresh(?: feed| page)?|"
    r"show (?:latest|new) (?:updates|posts)|(?:city|late|early|final|metro|national) edition|e-?paper|print edition|"
    r"vidéo indisponible|cargando(?:\.\.\.)?|wird geladen|chargement(?: en cours)?|"
    r"(?:view|read|open) (?:this (?:issue|email|newsletter|post) |it )?(?:in|on) (?:your |a |the )?(?:browser|web)|"
    r"read online|show key events only|auto[- ]?update(?:\s*:?\s*(?:on|off))?|forwarded from .{1,60}|"
    r"download\s*\((?:pdf|zip|jpe?g|png|docx?|xlsx?|mp3|mp4)\b[^)]{0,20}\)|press (?:images|photos|kit)|pressebilder|"
    r"(?:voir|afficher) la carte(?: en plein écran)?|(?:view|open|see) (?:the )?(?:full |interactive )?map|"
    r"karte (?:anzeigen|vergrößern)|ver (?:el )?mapa(?: completo)?|tap (?:here )?to (?:see|view|open|watch) .{1,40}|"
    r"follow (?:the )?live(?: coverage| updates| blog)?|segui la diretta(?: testuale)?|suivez le direct|"
    r"sigue (?:el|en) directo|liveticker|interactive\s*:.{1,80}|"
    r"download\b.{0,60}\((?:pdf|zip|mp3|docx?|xlsx?)\b[^)]{0,20}\)|"
    r"download (?:the )?(?:mp3|pdf|audio|episode|transcript)|"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:of|/)\s*\d{1,2}:\d{2}(?::\d{2})?|[0-2](?:[.,]\d{1,2})?\s?[x×]|"
    r"republish this (?:story|article)(?: for free)?|buy now|season \d+\s*[·|,–-]\s*episode \d+|"
    r"download (?:the )?(?:mp3|pdf|audio|episode|transcript)\b.{0,20}|search this (?:blog|site)|"
    r"(?:news|article|story) (?:id|code)\s*[:：]\s*\d+|کد خبر\s*[:：]\s*\d+|شناسه خبر\s*[:：]\s*\d+|"
    r"haber (?:kodu|no)\s*[:：]\s*\d+|(?:تعداد )?بازدید\s*[:：]\s*\d[\d,٬]*|baxış sayı\s*[:：]\s*[\d ]+|"
    r"դիտումներ\s*[:՝]\s*\d[\d ]*|short ?link:?|envoyer par courriel|imprimer cet article|"
    r"print (?:now|recipe|this recipe)|refresh (?:results|the page)|highlights \(\d+\)|"
    r"\d+ new (?:posts?|updates?|entries)(?:\s*[–—-]\s*(?:tap|click) to (?:load|show|see|view))?"
    r")\W*$",
    re.IGNORECASE,
)
# "Image 3 of 8", "Photo 2/12", "1 / 3": where a gallery's counter stood.
GALLERY_COUNTER = re.compile(
    r"^\W*(?:showing )?(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|фото)\s*)?\d{1,3}\s*"
    r"(?:of|/|von|de|di|из)\s*\d{1,3}\W*$",
    re.IGNORECASE,
)
# A market or weather ticker: a short label, a figure and an up/down arrow or degree sign.
_TICKER = re.compile(
    r"^[^!?]{0,50}\d[^!?]{0,20}[▲▼△▽↑↓⬆⬇][^!?]{0,15}$|"
    # "Kabwe 24°C | ZMW/USD 25.61": the weather and an exchange rate
    r"^[^.!?]{0,30}-?\d{1,3}\s?°[CF]?(?:\s*[|·•]\s*[^.!?]{1,40})?$|^[^.!?]{0,30}\b[A-Z]{3}/[A-Z]{3}\s*\d[^.!?]{0,30}$|"
    r"^\W*-?\d{1,3}\s*°[CF]?\s+\S.{0,30}$"
)


def _is_control_label(line: Line) -> bool:
    return bool(_CONTROL_LABEL.match(line.text) or GALLERY_COUNTER.match(line.text))


# The site's standing notes under every post: whose views these are, where to find more.
_HOUSE_NOTE = re.compile(
    r"^\W*(?:the )?(?:views|opinions) expressed (?:in this (?:post|article|piece|column|blog)|here(?:in)?|above)\b|"
    r"^\W*(?:catch|get|read|follow) (?:all )?the latest\b.{0,80}\b(?:news|updates|stories)\b.{0,60}$|"
    r"^\W*users browsing this (?:forum|topic|thread|board)\b|"
    # A press release's contact block and logo line
    r"^\W*(?:media|press|news|investor) (?:contacts?|enquiries|inquiries)\b|^\W*logo\s*:\s*https?://|"
    r"^\W*(?:contacts?|kontakt|contacto|contatto|pressekontakt)\s*:\s*$|"
    r"^\W*published in (?:the )?print edition\b|^\W*(?:poll|quick poll|vote)\s*:.{3,150}\?\W*$|"
    r"^\W*(?:our |the )?rating\s*:\s*[★☆✩✭⭐]|"
    r"^\W*[★☆✩✭⭐]{3,5}\s*[\d.,]*\s*(?:\([^()]{1,30}\)|from \d+ (?:votes|ratings|reviews))?\s*$|"
    r"^\W*(?:cite this (?:article|page|story)|citation)\s*:|"
    r"^\W*(?:joomla!?|wordpress|drupal|typo3) is (?:free|open[- ]source) software\b|"
    r"^\W*this (?:story|article|work|piece) (?:is|was) (?:licensed|published|available) under (?:a )?creative commons|"
    r"^\W*printed (?:on|from) \S.{0,60}$|"
    # Who looks after the page, how the site works, where the story was broadcast
    r"^\W*(?:sidansvarig|page owner|content owner|seitenverantwortlich|responsable de la page|"
    r"page (?:last )?(?:reviewed|updated) by)\s*:|^\W*how we (?:report|work)\s*:|"
    r"^\W*(?:dieses thema im programm|this (?:story|report) (?:was )?(?:first )?(?:broadcast|aired) on)\b|"
    # A journal article's reference under a press release
    r"^\W*(?:publicatiegegevens|publication details|journal reference|originalpublikation|original publication|"
    r"publication originale|bibliographic details)\s*:",
    re.IGNORECASE,
)
# The notes that can stand anywhere in a line, kept apart from the ones that open it: one pattern
# holding both is tried, branch by branch, at every position of every line.
_HOUSE_NOTE_ANYWHERE = re.compile(r"\bctrl\s*\+\s*enter\b|\bdoi\s*:\s*10\.\d{4,}|\bdoi\.org/10\.", re.IGNORECASE)


# Wiki pages in any language carry the same few lines: the tagline names an encyclopedia, a
# hatnote sends readers elsewhere, and a footnote opens with its back-link arrow.
_WIKI_FURNITURE = re.compile(
    r"^\W{0,3}(?:from|aus|de|da|z|из|материал из)\s[^.!?]{2,60}[,—–-]\s*[^.!?]{0,30}"
    r"(?:encyclop|enzyklop|enciclop|encyklop|энциклопед|ensiklop|ansiklop)\w*\W*$|"
    r"^\W*(?:this (?:article|page) is about\b[^.!?]{2,120}[.;]\s*for\b[^.!?]{2,120},\s*see\b|"
    r"for other uses,? see\b|not to be confused with\b)|"
    r"^\s*[↑^]\s?(?:[a-z]\s)?[^\W\d_]",
    re.IGNORECASE,
)


# A line of contact details only: phone numbers, e-mail and web addresses, with a name or label.
# Phone numbers in international or bracketed form: a row of a table ("Rovers 9 7 1 1 22") is not one.
_CONTACT_BIT = re.compile(
    r"\+\d[\d ()-]{6,}\d|\(0?\d{1,4}\)\s?\d[\d -]{4,}\d|[\w.+-]+@[\w-]+\.[\w.-]+|https?://\S+|www\.\S+|"
    # An address without its scheme, as an address bar shows it: "caspian-current.net/world/2016/04/03/slug".
    r"(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.(?-i:[a-z]{2,})/\S*"
)
# A newspaper page's running head: "THE ISLAND ENQUIRER | SATURDAY, MAY 4, 2024 | PAGE 7".
_RUNNING_HEAD = re.compile(
    r"^[^|]{2,60}(?:\|[^|]{2,60}){1,4}\|\s*(?:page|p\.|seite|página|pagina)?\s*[A-Za-z]*\s*\d{1,3}\s*$|"
    r"^(?:page|p\.)\s*\d{1,3}\s*\|.{2,80}$|"
    r"^\W*inside\s*:.{2,100}\d{1,3}(?:-\d{1,3})?\W*$",
    re.IGNORECASE,
)


_FIGURE_CELL = re.compile(r"^\s*[-+−]?[\d.,]+\s*%?\s*$")


def _is_contact_line(line: Line) -> bool:
    bits = _CONTACT_BIT.findall(line.text)
    if not bits:
        return False
    rest = _CONTACT_BIT.sub(" ", line.text)
    return len(re.findall(r"[^\W\d_]+", rest)) <= 6 and rest.count(".") <= 2


# A site's question about the page itself, with its buttons: asked of every page, about none.
_FEEDBACK_PROMPT = re.compile(
    r"^\W*(?:(?:was|is|did) this (?:page|article|story|information|issue|post|answer|guide)\b.{0,40}|"
    r"did you find (?:what you were looking for|the information you (?:were looking for|needed))|"
    r"how (?:useful|helpful) (?:was|is|did you find) this \w+|rate this (?:article|story|page|post|issue)|"
    r"(?:spot(?:ted)?|found|see|notice) an? (?:error|typo|mistake)\b.{0,40}|report an? (?:error|typo|mistake)\b.{0,30}|"
    r"hittade du (?:den information|det|vad) du (?:sökte|letade efter)|var (?:denna|den här) sida(?:n)? till hjälp|"
    r"war (?:diese seite|dieser artikel|dieser beitrag|diese information) hilfreich|"
    r"(?:cette page|cet article) vous a-t-(?:elle|il) été utile|"
    r"(?:te|le) (?:ha )?(?:resultó|pareció|fue) útil (?:esta|este) (?:página|artículo|información)|"
    r"questa pagina (?:ti )?è stata utile|czy (?:ta strona|ten artykuł) (?:była|był) pomocn\w+|"
    r"была ли эта (?:статья|страница|информация) полезн\w+|"
    r"bu (?:sayfa|haber|içerik) (?:yararlı|faydalı) (?:oldu mu|mıydı)|"
    r"was deze (?:pagina|informatie) nuttig|(?:yes|no|ja|nej|nein|oui|non|sí|tak|nie|да|нет)\s*[/|]\s*"
    r"(?:yes|no|ja|nej|nein|oui|non|sí|tak|nie|да|нет))\W*$",
    re.IGNORECASE,
)


# A file offered for download, named by its format or size in brackets: "(PDF, 1.4 MB)", "(380 KB)".
_DOWNLOAD = re.compile(
    r"\(\s*(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|epub|mp3|mp4|csv)\b[^()]{0,30}\)|"
    r"\(\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|кб|мб|ko|mo)\s*\)",
    re.IGNORECASE,
)


# How often a page was read or viewed: "Citit de 2.184 ori", "Прочетена 3 208 пъти", "Viewed 3k times",
# "1,204 views", "Просмотров: 18 406".
_VIEWS = (
    r"(?:views?|viewed|reads|hits|citit[aă]?|прочетен\w*|прочитан\w*|просмотр\w*|перегляд\w*|görüntülen\w*|"
    r"okunma|zobrazen\w*|přečten\w*|olvasott|megtekint\w*|visualizza\w*|visualiza\w*|vistas|lecturas|lectures|"
    r"vues|lu|aufrufe|gelesen|weergaven|gelezen|visninger|visningar|luettu|katselukerrat|wyświetle\w*|odsło\w*|"
    r"lượt xem|dibaca|pregled[ai]|skaityta|peržiūr\w*|skatījum\w*|vaatamis\w*|προβολές|αναγνώσεις|צפיות|مشاهدات?|"
    r"بازدید|조회수?|閲覧数?|阅读|瀏覽)"
)
_TIMES = rf"(?:{TIMES_WORDS}|alkalommal|kali|बार)"  # the date reader's, and words it need not know
_VIEW_NUMBER = r"\d[\d.,\u00a0 ]*\s*[kKmM]?"
_VIEW_COUNT = re.compile(
    rf"^\W*(?:{_VIEWS}\s*[:：]?\s*(?:de |by |по )?{_VIEW_NUMBER}(?:\s*{_TIMES})?|"
    rf"{_VIEW_NUMBER}\s*{_VIEWS}(?:\s*{_TIMES})?)\W*$",
    re.IGNORECASE,
)

# A media player's controls left as text: the text-size buttons and the read-aloud button
# ("A- A+ 🔊 Nghe bài viết", "🎧 Dengar berita ini"), or a video's play label with its length
# ("▶ Video: kroupy v Mikulčicích (0:56)").
_MEDIA_CONTROL = re.compile(
    r"^\W*(?:A\s?[-−–]\s+A\s?\+|[🔊🔉🔈🎧]).{0,60}$|"
    r"^\s*[▶►⏵🎥📹]\ufe0f?\s*\S.{0,80}\(\d{1,2}:\d{2}(?::\d{2})?\)\W*$"
)


RULES = [
    line_rule(
        "residue.media-control",
        CATEGORY,
        "A player's controls as text: 'A- A+ 🔊 Listen to this article', '▶ Video: the hail in Mikulčice (0:56)'.",
        _MEDIA_CONTROL,
        max_words=12,
        # "▶ Video: … (0:56)" can read as a sentence; a play mark and a running time say what it is.
        may_remove_prose=True,
        needles=("+", "🔊", "🔉", "🔈", "🎧", "▶", "►", "⏵", "🎥", "📹"),
    ),
    line_rule(
        "residue.view-count",
        CATEGORY,
        "How often the page was read, in any language: 'Citit de 2.184 ori', 'Viewed 3k times', '1,204 views'.",
        _VIEW_COUNT,
        max_words=8,
        needles=tuple("0123456789"),
    ),
    line_rule(
        "residue.download-link",
        CATEGORY,
        "A link to a file, with its format or size: 'Printable version (PDF, 3 pages)', 'Изтеглете бюлетина (380 KB)'.",
        _DOWNLOAD,
        max_words=20,
        needles=("(",),
    ),
    line_rule(
        "residue.feedback-prompt",
        CATEGORY,
        "A site's question about the page, with its buttons: 'Was this page helpful?', 'Spot an error? Report it'.",
        _FEEDBACK_PROMPT,
        max_words=14,
        may_remove_prose=True,
    ),
    line_rule(
        "residue.contact-line",
        CATEGORY,
        "A line of contact details: '+254 20 555 7712 | media@example.org'.",
        test=_is_contact_line,
        max_words=16,
    ),
    line_rule(
        "residue.running-head",
        CATEGORY,
        "A printed page's running head or index: 'THE ENQUIRER | SATURDAY, MAY 4, 2024 | PAGE 7'.",
        _RUNNING_HEAD,
        # A row of a table ("Breast | 91.2% | 102", "2021 | 64 | 131") is content: its cells are figures.
        test=lambda line: sum(bool(_FIGURE_CELL.match(cell)) for cell in line.text.split("|")) < 2,
        max_words=20,
    ),
    line_rule(
        "residue.house-note",
        CATEGORY,
        "A note the site prints under every post: 'The views expressed in this post are the author's own.'",
        test=lambda line: bool(_HOUSE_NOTE.search(line.text) or _HOUSE_NOTE_ANYWHERE.search(line.text)),
        max_words=40,
        may_remove_prose=True,
        needles=(
            "expressed",
            "latest",
            "users browsing",
            "contact",
            "enquiries",
            "inquiries",
            "logo",
            "print edition",
            "poll",
            "vote",
            "rating",
            "★",
            "☆",
            "⭐",
            "sidansvarig",
            "owner",
            "seitenverantwortlich",
            "responsable de la page",
            "reviewed by",
            "updated by",
            "how we",
            "im programm",
            "broadcast on",
            "aired on",
            "publicatiegegevens",
            "journal reference",
            "cite this",
            "creative commons",
            "printed",
            "ctrl",
            "citation",
            "software",
            "publication",
            "originalpublikation",
            "bibliographic",
            "doi",
        ),
    ),
    line_rule(
        "residue.wiki-furniture",
        CATEGORY,
        "What a wiki prints around every article: 'From Port Wiki, the free encyclopedia', a hatnote "
        "('This article is about the tram route. For the horse tram, see …'), a reference's back-link "
        "('↑ Gilmartin, P. (1988). Trams of the Harbour Town.').",
        _WIKI_FURNITURE,
        max_words=40,
        may_remove_prose=True,
        needles=(
            *("encyclop", "enzyklop", "enciclop", "encyklop", "энциклопед", "ensiklop", "ansiklop"),
            *("this article is about", "this page is about", "for other uses", "not to be confused"),
            *("↑", "^"),
        ),
    ),
    line_rule(
        "residue.control-label",
        CATEGORY,
        "The label of a player, gallery or page control: 'Video unavailable', 'Image 3 of 8', 'Print version'.",
        test=_is_control_label,
        max_words=8,
    ),
    line_rule(
        "residue.ticker",
        CATEGORY,
        "A market or weather ticker before the article: 'FTSE 100 7,682.3 ▲ 0.4%', '72° Tri-County'.",
        _TICKER,
        where="head",
        max_words=8,
    ),
    _pull_quotes,
    _above_headline,
    _after_article,
    _tail_island,
]
