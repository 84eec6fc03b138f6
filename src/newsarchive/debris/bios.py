"""Author boxes: "About the author", staff bios, and the generated fake bios of content farms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsarchive.debris.engine import Line, Page, block_rule, line_rule

CATEGORY = "bio"

# Generated bios are strings of short self-descriptions: "Travel fanatic. Bacon fan. Web scholar."
_PERSONA_NOUNS = (
    "fan fanatic expert lover enthusiast advocate guru junkie ninja buff nerd geek specialist scholar "
    "trailblazer evangelist aficionado practitioner maven writer student creator thinker communicator introvert "
    "extrovert explorer reader gamer analyst pioneer addict aholic maniac devotee champion wizard fiend "
    "organizer entrepreneur troublemaker hipster nut connoisseur instigator solver doer designer coder"
).split()
_PERSONA_NOUN = re.compile(rf"\b(?:{'|'.join(_PERSONA_NOUNS)})\b", re.IGNORECASE)
_FRAGMENT_SPLIT = re.compile(r"[.!;]\s*")
_ABOUT_HEADER = re.compile(
    r"^\W*(?:about the (?:author|writer|reporter)|about (?:the )?author|author(?:'s)? bio(?:graphy)?|"
    r"über (?:den|die) autor(?:in)?|sobre (?:el|la|o|a) autor(?:a)?|à propos de l'auteur|l'autore|об авторе|"
    r"written by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\W*$",
    re.IGNORECASE,
)
_STAFF_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:"
    r"is (?:a|an|the|our)\b.{0,60}?\b(?:reporter|journalist|correspondent|editor|writer|columnist|"
    r"contributor|producer|freelancer|blogger)\b.{0,40}?\b(?:at|for|with|of) (?:the |our )?[A-Z]"
    r"|(?:covers|writes about|reports on) .{0,80}? for (?:the |our )?[A-Z]"
    r")"
)


def _is_generated_bio(line: Line) -> bool:
    text = line.text
    marks = text.count(".") + text.count("!") + text.count(";")
    # Generated bios are strings of two-to-six-word fragments; sentences run longer.
    if marks < 2 or line.words > 7 * (marks + 1):
        return False
    text = text.strip("\"“”'‘’ ")
    fragments = [f for f in _FRAGMENT_SPLIT.split(text) if f.strip()]
    if len(fragments) < 3 or line.words > 45:
        return False
    short = sum(1 for f in fragments if len(f.split()) <= 7)
    if short < 0.8 * len(fragments):
        return False
    # The persona nouns are one long alternation: searched only in lines of short fragments.
    return sum(1 for f in fragments if _PERSONA_NOUN.search(f)) >= 2


@block_rule("bio.about-box", CATEGORY, "An 'About the author' header and the bio lines under it.")
def _about_box(page: Page) -> Iterator[tuple[int, str | None]]:
    for index in list(page.kept()):
        header = page.lines[index].text
        if page.lines[index].words > 6 or not _ABOUT_HEADER.match(header):
            continue
        yield index, None
        # "Written by Jane Doe" over the article is a byline, not a box header: the lines under it
        # are her bio only when they speak of her. Below the article it heads her box.
        kept = page.kept()
        # Over the article: in the first third of the page, or with more paragraphs under it
        # than a bio box holds.
        prose_after = sum(1 for i in kept if i > index and page.lines[i].prose)
        over_article = kept.index(index) < len(kept) / 3 or prose_after > 3
        byline_like = over_article and header.casefold().lstrip().startswith("written by")
        named = header.split()[-1].strip(".:") if byline_like else None
        following = page.next_kept(index)
        taken = 0
        while following is not None and taken < 3 and page.lines[following].words <= 80:
            if named and not _speaks_of(page.lines[following].text, named):
                break
            yield following, None
            following, taken = page.next_kept(following), taken + 1


def _speaks_of(text: str, surname: str) -> bool:
    return surname in text.split(".")[0] or bool(re.match(r"^\W*(?:he|she|they)\b", text, re.IGNORECASE))


_NAME_RUN = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:van|von|de|da|del|der|la|le|[A-ZÀ-Þ][\w'’-]+)){1,3}")
_BIO_VERB = r"(?:is|was|has|have|covers|writes|reports|joined|lives|edits|leads|specialises|specializes|teaches)"


_HONORIFIC = frozenset(
    {"By", "BY", "Dr", "Dr.", "Prof", "Prof.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Sir", "Dame"}
)
_BIO_ONLY_VERB = r"(?:writes|covers|reports|edits)"


def _authors(page: Page) -> set[tuple[str, ...]]:
    """The names in the lines already removed as bylines (who wrote the article), as word tuples."""
    names: set[tuple[str, ...]] = set()
    for removal in page.claims.values():
        if removal.category == "byline":
            for run in _NAME_RUN.findall(removal.text):
                words = tuple(word for word in run.split() if word not in _HONORIFIC)
                if len(words) >= 2:
                    names.add(words)
    return names


@block_rule("bio.author-named", CATEGORY, "A bio after the article that starts with the byline's name: 'Jo Roe is …'.")
def _author_bio(page: Page) -> Iterator[tuple[int, str | None]]:
    authors = _authors(page)
    if not authors:
        return
    # "Jo Roe is …", "Roe has …"; the first name alone only with a verb of the trade ("Jo writes about …").
    named = "|".join(sorted({re.escape(" ".join(a)) for a in authors} | {re.escape(a[-1]) for a in authors}))
    first = "|".join(sorted({re.escape(a[0]) for a in authors}))
    starts = re.compile(rf"^(?:(?:{named})\s+{_BIO_VERB}|(?:{first})\s+{_BIO_ONLY_VERB})\b")
    prose = [i for i in page.kept() if page.lines[i].prose]
    # Bios close the page: only the last few lines of prose, never the lead.
    for index in prose[max(5, len(prose) - 3) :]:
        if page.lines[index].words <= 80 and starts.match(page.lines[index].text):
            yield index, None
            header = page.previous_kept(index)
            # The box's own header is the name alone: "Omar Whitfield".
            if header is not None and " ".join(page.lines[header].text.split()) in {" ".join(a) for a in authors}:
                yield header, None


_ABOUT_ORGANISATION = re.compile(
    r"^\W*(?i:about|über|à propos de|acerca de|sobre|informazioni su|over|om|hakkında)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w&.'’-]*(?: [\w&.'’-]+){0,5})\W*$"
)


@block_rule(
    "bio.about-organisation",
    CATEGORY,
    "A press release's boilerplate: 'About Vantor Rail' and the paragraph that presents the company.",
)
def _about_organisation(page: Page) -> Iterator[tuple[int, str | None]]:
    kept = page.kept()
    prose_seen = 0
    for index in kept:
        line = page.lines[index]
        if line.prose:
            prose_seen += 1
            continue
        header = _ABOUT_ORGANISATION.match(line.text) if prose_seen >= 3 and line.words <= 8 else None
        if header is None:
            continue
        # The paragraphs under the header present the organisation by its name: "Vantor Rail Ltd designs …".
        first_word = header.group("name").split()[0]
        following, taken = page.next_kept(index), []
        while following is not None and len(taken) < 3 and page.lines[following].text.startswith(first_word):
            taken.append(following)
            following = page.next_kept(following)
        if taken:
            yield index, None
            yield from ((i, None) for i in taken)


RULES = [
    _about_organisation,
    line_rule(
        "bio.generated",
        CATEGORY,
        "A generated fake bio: a string of short persona fragments ('Coffee lover. Web scholar.').",
        test=_is_generated_bio,
        max_words=45,
        may_remove_prose=True,
        needles=tuple(_PERSONA_NOUNS),
    ),
    _about_box,
    _author_bio,
    line_rule(
        "bio.staff-line",
        CATEGORY,
        "A staff bio after the article: 'Jane Doe is a senior reporter covering …'.",
        _STAFF_BIO,
        # A bio is one short clause; "… who gave evidence to the inquiry on Monday" is news.
        test=lambda line: line.words <= 22 and not re.search(r"\b(?:who|which|that|after|when|before)\b", line.text),
        where="tail",
        max_words=70,
        may_remove_prose=True,
    ),
]
