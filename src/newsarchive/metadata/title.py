"""The title: found at the top of a text dump, or given by the markup, without its site suffix."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from newsarchive.debris.engine import Line
from newsarchive.debris.navigation import article_topic, share_of_topic, topic_words

_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»)]?\s+[\"“‘«(]?[A-Z0-9]")
_PIPE_LIKE = (" | ", " :: ", " • ", " · ", " // ")
_DASHES = (" – ", " — ", " - ")
# Lower-case words that may sit inside a site's name: "Jornal da Região", "Corriere della Sera".
_NAME_PARTICLES = frozenset(
    """of the and for on in at a de du des la le les el los del della di da do dos das der die den
    van von y e et und""".split()
)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")
MAX_TITLE_WORDS = 30


def find_title(lines: Sequence[Line]) -> int | None:
    """Index in ``lines`` of the title: the first line, or a later line above the article that
    speaks of its topic when the first does not.

    A title is short, does not end with a full stop, and something follows it. A first line
    that reads as a sentence of the article is not a title.
    """
    non_blank = [i for i, line in enumerate(lines) if not line.blank]
    if len(non_blank) < 2:
        return None
    chosen = _on_topic_headline(lines, non_blank)
    if chosen is not None:
        return chosen
    first = lines[non_blank[0]]
    text = first.text
    if first.words == 0 or first.words > MAX_TITLE_WORDS or len(text) > 300:
        return None
    if text.rstrip("\"”’'»)").endswith(".") and not text.endswith("..."):
        return None
    if _SENTENCE_BREAK.search(text) and text.rstrip("\"”’'»)")[-1:] in ".!?…":
        return None  # two sentences and a full stop: the article's first lines
    # "Na kardiologa czeka się 14 miesięcy. Szpital otwiera poradnię": a headline of two
    # clauses, the last without a full stop.
    return non_blank[0]


# How far down the title is looked for, and how much of the article's vocabulary says what it is
# about: a later line must share half its words with the first paragraphs, and it replaces a first
# line only when that line shares almost none (a headline can be a pun).
_HEAD_LINES = 6
_ON_TOPIC = 0.5
_OFF_TOPIC = 0.25
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*▪►]|\d{1,2}[.)])\s")


def _on_topic_headline(lines: Sequence[Line], non_blank: list[int]) -> int | None:
    """A line above the article's first paragraph that shares its topic, when the first line
    does not: a cookie notice or a ticker that no rule removed is not the title."""
    body = article_topic(lines, non_blank)
    if not body:
        return None
    first = lines[non_blank[0]].text
    if share_of_topic(topic_words(strip_site_suffix(first)), body) >= _OFF_TOPIC:
        return None  # the first line speaks of the topic: the usual title, judged as such
    for index in non_blank[1:_HEAD_LINES]:
        line = lines[index]
        if line.prose:
            return None
        if (
            2 <= line.words <= MAX_TITLE_WORDS
            and line.text[-1:] not in ".:;,"
            and not _LIST_ITEM.match(line.text)
            and share_of_topic(topic_words(line.text), body) >= _ON_TOPIC
        ):
            return index
    return None


def strip_site_suffix(title: str) -> str:
    """'Talks begin | Azerbaijan' -> 'Talks begin'; 'Brexit - what happens next' stays whole.

    After a pipe-like separator a short tail is a section or site name; after a dash only a
    capitalised name or a domain is, since a dash also joins two halves of a real headline.
    """
    for _ in range(2):
        stripped = _strip_once(title)
        if stripped == title:
            break
        title = stripped
    return title


def _strip_once(title: str) -> str:
    for separators, accepts in ((_PIPE_LIKE, _short_tail), (_DASHES, _site_name_tail)):
        cut = max((title.rfind(sep), sep) for sep in separators)
        position, separator = cut
        if position <= 0:
            continue
        head, tail = title[:position].strip(), title[position + len(separator) :].strip()
        if len(head.split()) >= 2 and accepts(tail):
            return head
    return title


def _short_tail(tail: str) -> bool:
    return 0 < len(tail.split()) <= 6


def _site_name_tail(tail: str) -> bool:
    """A site's name: a few capitalised words (any script), or a domain."""
    words = tail.split()
    if not 0 < len(words) <= 5:
        return False
    if _DOMAIN.match(tail):
        return True
    if not words[0][:1].isupper():
        return False
    if all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_PARTICLES for w in words):
        return True
    # Names in non-Latin scripts are often in sentence case ("Северогорский вестник"); a Latin
    # tail in sentence case is the second half of a headline ("Storm hits coast – Residents flee").
    return len(words) <= 2 and not any("LATIN" in unicodedata.name(ch, "") for ch in tail if ch.isalpha())


_NAME_SEPARATORS = (" | ", " - ", " – ", " — ", ": ", " :: ", " · ", " • ", " / ")


def strip_site_name(title: str, site_name: str | None, url: str | None) -> str:
    """'Heimatbote Online - Gemeinderat stimmt zu' -> 'Gemeinderat stimmt zu' on heimatbote-online.de.

    A segment at either end of the title is dropped when it names the site: it equals the site
    name the markup states, or it spells the page's domain. What is left must still be a title
    of three words or more.
    """
    names = {_squash(site_name)} - {""} if site_name else set()
    host = _squash(_site_label(url)) if url else ""
    for separator in _NAME_SEPARATORS:
        if separator not in title:
            continue
        head, rest = title.split(separator, 1)
        if _names_site(head, names, host) and len(rest.split()) >= 3:
            return rest.strip()
        body, tail = title.rsplit(separator, 1)
        if _names_site(tail, names, host) and len(body.split()) >= 3:
            return body.strip()
    return title


def _names_site(segment: str, names: set[str], host: str) -> bool:
    squashed = _squash(segment)
    if not squashed:
        return False
    return squashed in names or (len(squashed) >= 4 and bool(host) and (squashed in host or host in squashed))


def _site_label(url: str) -> str:
    """'https://www.heimatbote-online.de/lokales/x' -> 'heimatbote-online'."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    labels = [label for label in host.split(".") if label and label not in ("www", "m", "amp")]
    return ".".join(labels[:-1]) if len(labels) > 1 else "".join(labels)


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
