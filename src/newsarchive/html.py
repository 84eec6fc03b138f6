"""HTML front end: from a saved page to lines of text plus the metadata its markup states.

Structure goes first: scripts, navigation, comment sections, figures and widgets are dropped
as elements (each recorded as a removal), then block elements become lines, and the same
debris engine as for text dumps runs on those lines.

Built on lxml's HTML parser (libxml2) directly. beautifulsoup4 with the same parser gave the
same text but spent most of its time in Python tree bookkeeping: 160 pages/s for this front end
against trafilatura's 209 on the dev pages (bench/eval_html.py), where the target is twice
trafilatura's rate. Every walk here is a single pass with an explicit stack, so pathological
nesting costs linear time and no recursion.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field

from lxml import etree

from newsarchive.model import MarkupValue, Removal

_DROP_SILENTLY = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "link",
    "meta",
    "button",
    "select",
    "input",
    "textarea",
)
# (css-ish test, rule id, category) for containers removed whole.
_STRUCTURAL = (
    ("nav", "html.nav", "navigation"),
    ("aside", "html.aside", "related"),
    ("form", "html.form", "comments"),
    ("figure", "html.figure", "caption"),
    ("figcaption", "html.figure", "caption"),
    ("footer", "html.footer", "navigation"),
    # Inside the article, <header> holds the headline, standfirst, byline and date, not the story.
    ("header", "html.article-header", "byline"),
)
_CLASS_VOCABULARY = (
    (
        re.compile(
            r"(?:twitter|instagram|tiktok|facebook)[-_]?(?:tweet|media|embed|post)"
            r"|embed[-_]?(?:twitter|instagram|tiktok|facebook|social)",
            re.I,
        ),
        "html.social-embed",
        "social",
    ),
    (re.compile(r"comment|disqus|respond|reply", re.I), "html.comments", "comments"),
    (re.compile(r"share|social|sharedaddy|addtoany|sharing", re.I), "html.share", "social"),
    (
        re.compile(r"related|recommend|read-?more|more-stories|popular|trending|jp-relatedposts", re.I),
        "html.related",
        "related",
    ),
    (
        re.compile(r"newsletter|subscribe|signup|paywall|cookie|consent|gdpr|(?:^|[-_ ])cta(?:$|[-_ ])", re.I),
        "html.newsletter",
        "newsletter",
    ),
    (
        re.compile(r"(?:^|[-_ ])(?:ad|ads|advert|advertisement|sponsor|promo|dfp|banner-ad)(?:$|[-_ ])", re.I),
        "html.ad",
        "ad",
    ),
    (re.compile(r"author-?(?:bio|box|info|card)|about-?author", re.I), "html.author-box", "bio"),
    (
        re.compile(r"breadcrumb|menu|navbar|site-header|masthead|skip-link|sidebar|widget", re.I),
        "html.navigation",
        "navigation",
    ),
    (re.compile(r"(?:^|[-_ ])(?:tags?|post-tags|tag-?list|categories)(?:$|[-_ ])", re.I), "html.tags", "tags"),
    (re.compile(r"wp-caption|caption|credit", re.I), "html.caption", "caption"),
    # The article's own header line-up: byline, dateline, standfirst. Dates and names are metadata.
    (
        re.compile(
            r"byline|dateline|timestamp|(?:pub|publish|post)(?:ed|ing)?[-_]?(?:date|time)|(?:post|entry|article)[-_]{1,2}meta"
            r"|standfirst|(?:^|[-_ ])(?:dek|kicker|author|meta)(?:$|[-_ ])",
            re.I,
        ),
        "html.article-meta",
        "byline",
    ),
)
_ANY_VOCABULARY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in _CLASS_VOCABULARY), re.I)
# The same patterns without re.I, for ASCII class names lower-cased first: the same matches, and
# several times faster, since a case-insensitive alternation cannot skip ahead by its first letters.
if any(pattern.pattern != pattern.pattern.lower() for pattern, _, _ in _CLASS_VOCABULARY):
    raise RuntimeError("the class vocabulary must be written in lower case")
_CLASS_VOCABULARY_ASCII = tuple((re.compile(pattern.pattern), *rest) for pattern, *rest in _CLASS_VOCABULARY)
_ANY_VOCABULARY_ASCII = re.compile(_ANY_VOCABULARY.pattern)
_STRUCTURAL_BY_TAG = {name: (rule_id, category) for name, rule_id, category in _STRUCTURAL}
# Attributes that name what an element is: class and id, and the names component frameworks
# (React test ids, design-system components) put in data attributes.
_NAMING_ATTRIBUTES = frozenset(
    ("class", "id", "data-testid", "data-component", "data-gu-name", "data-module", "data-qa", "data-hook")
)
# Links to a site's tag or topic pages, outside the article's own sentences.
_TAG_LINK = re.compile(r"/(?:tags?|topics?|category|categories|themen|rubrique)/", re.I)
_PROSE_PARENTS = frozenset(("p", "li", "blockquote", "td", "th", "dd", "h2", "h3", "h4", "em", "strong", "span"))


# Where the article lives on pages that say so, most specific first: what the XPaths
# //*[@itemprop='articleBody'], //article, //main, //*[@role='main'], the class tests
# //*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]… and //*[@id='content']
# select, found in one pass over the page (``_named_elements``) rather than ten.
_MAIN_CONTAINERS: tuple[tuple[str, str], ...] = (
    ("itemprop", "articleBody"),
    ("tag", "article"),
    ("tag", "main"),
    ("role", "main"),
    ("class", "entry-content"),
    ("class", "post-content"),
    ("class", "article-body"),
    ("class", "article-content"),
    ("class", "story-body"),
    ("id", "content"),
)
_CONTAINER_TAGS = {value: i for i, (kind, value) in enumerate(_MAIN_CONTAINERS) if kind == "tag"}
_CONTAINER_CLASSES = {value: i for i, (kind, value) in enumerate(_MAIN_CONTAINERS) if kind == "class"}
_CONTAINER_VALUES: dict[str, dict[str, int]] = {}
for _i, (_kind, _value) in enumerate(_MAIN_CONTAINERS):
    if _kind not in ("tag", "class"):
        _CONTAINER_VALUES.setdefault(_kind, {})[_value] = _i
if not all("content" in name or "body" in name for name in _CONTAINER_CLASSES):
    raise RuntimeError("_named_elements skips class attributes without 'content' or 'body'")
# XPath's normalize-space() splits on these four only, not on every Unicode space as str.split() does.
_XML_SPACE = re.compile("[ \t\r\n]+")


_BLOCKS = frozenset(
    (
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "tr",
        "dd",
        "dt",
        "header",
        "br",
        "hr",
        "table",
        "ul",
        "ol",
        "figure",
        "address",
    )
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
)
_TITLE_SUFFIX_SOURCES = ("og:title", "twitter:title")
# Elements that hold the author's name, in order of trust: what the XPaths //*[@rel='author'],
# //*[@itemprop='author'] and //*[contains(concat(' ', normalize-space(@class), ' '), ' author-name ')
# or contains(@class, 'author__name') or contains(@class, 'byline__name')] select (``_author_elements``).
_AUTHOR_SOURCES = ("html:rel-author", "html:itemprop:author", "html:class:author-name")
_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified")
_WIDGET_SHARE = 0.4
LINE_JOINER = " · "
_DENSE_SHARE = 0.8
_NAMED_SHARE = 0.5
_BARE_PARAGRAPH = 80
_LINK_LIST_SHARE = 0.8
_LINK_LIST_CONTAINERS = frozenset(("ul", "ol", "div", "section", "table", "dl"))
_MIN_PARAGRAPH_TEXT = 400


@dataclass(slots=True)
class HtmlPage:
    """What the markup gave: the text as lines, what was cut, and the metadata it states."""

    text: str
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    title_source: str | None = None
    published: str | None = None
    published_source: str | None = None
    author: str | None = None
    language: str | None = None
    modified: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    stated: list[MarkupValue] = field(default_factory=list)  # every value found, with its tag


# lxml's plain HTML parser, not lxml.html's: that one builds a Python element class for every
# node it hands out, a third of the front end's time on the dev pages.
# No table of id attributes (collect_ids): nothing here looks elements up by id, and building it
# is an eighth of the parse.
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True, collect_ids=False)


def extract(markup: str) -> HtmlPage:
    page = HtmlPage(text="")
    document = _parse(markup)
    if document is None:
        return page
    if _too_deep(_PARSER):
        # libxml2 stops building the tree past 2048 levels and drops what is below; no real page
        # nests that deep, so read such a page as flat text rather than lose its deepest text.
        page.text = _flat_text(markup)
        return page
    _read_metadata(document, page)
    etree.strip_elements(document, *_DROP_SILENTLY, with_tail=False)
    maybe_hidden, named = _named_elements(document)
    for node in maybe_hidden:
        if _is_hidden(node) and node.getroottree().getroot() is document:  # not inside one already cut
            _cut(node, "html.hidden", "residue", page)  # recorded: a collapsed part may be article text

    body = document.find("body")
    body = body if body is not None else document
    measures = _measure(body)
    lengths = measures.text
    root = _main_content(named, body, measures)
    _record_outside(root, body, page)
    # One walk: a structural element or a widget is cut whole and not entered.
    limit = _WIDGET_SHARE * lengths.get(root, 0)
    headline_seen = False
    verdicts: dict[str, tuple[str, str] | None] = {}
    stack = list(reversed(root))
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str):
            continue
        if node.tag == "h1" and not headline_seen:
            # The article's headline: it is the title column, not a line of the body.
            headline_seen = True  # _read_metadata already took the first h1 with text as a title
            _drop(node)
            continue
        cut = (
            _structural_cut(node)
            or _widget_cut(node, verdicts)
            or _tag_link_cut(node)
            or _link_list_cut(node, lengths, measures.linked)
        )
        # A container holding most of the text wraps the article, whatever its tag or class says:
        # ASP.NET pages sit in one <form>, themes name wrappers "no-sidebar" or "opinion-commentary".
        if cut is not None and lengths.get(node, 0) <= limit:
            _cut(node, *cut, page)
        else:
            stack.extend(reversed(node))
    page.text = _block_text(root)
    return page


def _parse(markup: str) -> etree._Element | None:
    # The text is already decoded: libxml2 gets UTF-8 and is told so, whatever the page's
    # <meta charset> claims about the bytes it came in.
    try:
        document = etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return document


def _text(node: etree._Element) -> str:
    return "".join(node.itertext())


def _too_deep(parser: etree.HTMLParser) -> bool:
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


_INVISIBLE = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BLOCKS)) + r")\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")


def _flat_text(markup: str) -> str:
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", _INVISIBLE.sub("", markup)))
    lines = (" ".join(line.split()) for line in html_lib.unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)


def _structural_cut(node: etree._Element) -> tuple[str, str] | None:
    if node.tag == "aside" and node.find(".//blockquote") is not None:
        return None  # a pull quote: the article quoting itself
    return _STRUCTURAL_BY_TAG.get(node.tag)


def _link_list_cut(
    node: etree._Element, lengths: dict[etree._Element, int], link_text: dict[etree._Element, int]
) -> tuple[str, str] | None:
    """A list or box that is nothing but links (related stories, topic lists, menus)."""
    if node.tag not in _LINK_LIST_CONTAINERS:
        return None
    text = lengths.get(node, 0)
    if text == 0 or link_text.get(node, 0) < _LINK_LIST_SHARE * text:
        return None
    links = sum(1 for _ in node.iter("a"))
    return ("html.link-list", "related") if links >= 2 else None


def _tag_link_cut(node: etree._Element) -> tuple[str, str] | None:
    if node.tag != "a" or (not _TAG_LINK.search(node.get("href") or "") and node.get("rel") != "tag"):
        return None
    parent = node.getparent()
    return ("html.tag-link", "tags") if parent is None or parent.tag not in _PROSE_PARENTS else None


def _widget_cut(node: etree._Element, verdicts: dict[str, tuple[str, str] | None]) -> tuple[str, str] | None:
    """A container named like a widget by its class or id. ``verdicts`` holds the page's class
    names already judged: a list or a menu repeats the same ones on every item."""
    if node.tag in ("body", "html", "main", "article"):
        return None
    marks = " ".join([value for name, value in node.items() if name in _NAMING_ATTRIBUTES])
    if not marks:
        return None
    if marks not in verdicts:
        verdicts[marks] = _widget_verdict(marks)
    return verdicts[marks]


def _widget_verdict(marks: str) -> tuple[str, str] | None:
    any_vocabulary, vocabulary = _ANY_VOCABULARY, _CLASS_VOCABULARY
    if marks.isascii():
        marks, any_vocabulary, vocabulary = marks.lower(), _ANY_VOCABULARY_ASCII, _CLASS_VOCABULARY_ASCII
    if not any_vocabulary.search(marks):  # one search settles most elements
        return None
    for pattern, rule_id, category in vocabulary:
        if pattern.search(marks):
            return rule_id, category
    return None


@dataclass(slots=True)
class _Measures:
    """Per element, characters of: all text, paragraph text, link text. One bottom-up pass."""

    text: dict[etree._Element, int]
    paragraph: dict[etree._Element, int]
    linked: dict[etree._Element, int]


def _measure(body: etree._Element) -> _Measures:
    """Paragraph text is the text of <p> elements and runs of bare text long enough to be a
    paragraph between <br> tags (Blogger, old templates); menus, comment meta lines and footers
    are short runs. Link text is the text inside <a>."""
    text: dict[etree._Element, int] = {}
    paragraph: dict[etree._Element, int] = {}
    linked: dict[etree._Element, int] = {}
    # Each ``.text``/``.tail`` read builds a new string from libxml2's: read once, into locals.
    text_of, paragraph_of, linked_of = text.get, paragraph.get, linked.get
    for node in reversed(list(body.iter(etree.Element))):
        value = node.text
        own = len(value) if value else 0
        bare = own if own >= _BARE_PARAGRAPH and len(value.strip()) >= _BARE_PARAGRAPH else 0
        below_text = below_paragraph = below_linked = 0
        for child in node:
            value = child.tail
            if value:
                tail = len(value)
                own += tail
                if tail >= _BARE_PARAGRAPH and len(value.strip()) >= _BARE_PARAGRAPH:
                    bare += tail
            below_text += text_of(child, 0)
            below_paragraph += paragraph_of(child, 0)
            below_linked += linked_of(child, 0)
        total = own + below_text
        tag = node.tag
        text[node] = total
        paragraph[node] = (total if tag == "p" else bare) + below_paragraph
        linked[node] = total if tag == "a" else below_linked
    return _Measures(text, paragraph, linked)


def _cut(node: etree._Element, rule_id: str, category: str, page: HtmlPage) -> None:
    # A byline box keeps its lines apart ("By A. Name · 3 March 2025"), so name and date can be read.
    lines = _block_text(node).splitlines() if category == "byline" else [" ".join(_text(node).split())]
    text = LINE_JOINER.join(lines)
    if text:
        page.removed.append(Removal(rule_id, category, 0, text[:1000]))
    _drop(node)


def _drop(node: etree._Element) -> None:
    """Remove an element and what it holds, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _is_hidden(node: etree._Element) -> bool:
    style = (node.get("style") or "").replace(" ", "").lower()
    return (
        node.get("hidden") is not None
        or node.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _main_content(named: list[list[etree._Element]], body: etree._Element, measures: _Measures) -> etree._Element:
    """The element holding the article: the first named container (``articleBody``, ``article``,
    ``main``, ``entry-content``…) that holds at least half of the page's paragraph text, else the
    densest element. A named container with little text is a teaser card or a sidebar widget.

    ``named`` was read before hidden elements were cut: those, like any element outside the body,
    have no measure, and an element without text is no candidate."""
    paragraph_text = measures.paragraph
    total = paragraph_text.get(body, 0)
    for elements in named:
        candidates = [node for node in elements if measures.text.get(node, 0)]
        if candidates:
            best = max(candidates, key=lambda node: paragraph_text.get(node, 0))
            if paragraph_text.get(best, 0) >= _NAMED_SHARE * total:
                return best
    return _densest(body, paragraph_text)


def _named_elements(document: etree._Element) -> tuple[list[etree._Element], list[list[etree._Element]]]:
    """One pass over the page, reading each element's attributes once: the elements hidden by
    attribute or possibly by inline style (confirmed by ``_is_hidden``), as the XPath
    ``//*[@hidden or @aria-hidden='true' or contains(@style, 'none') or …'hidden', 'NONE', 'HIDDEN']``
    selects them, and per entry of ``_MAIN_CONTAINERS`` the elements it names, in document order.

    libxml2 takes three times as long to evaluate such predicates on every element, once per XPath.
    """
    maybe_hidden: list[etree._Element] = []
    named: list[list[etree._Element]] = [[] for _ in _MAIN_CONTAINERS]
    for node in document.iter(etree.Element):
        position = _CONTAINER_TAGS.get(node.tag)
        if position is not None:
            named[position].append(node)
        hidden = False
        for name, value in node.items():
            if name == "hidden":
                hidden = True
            elif name == "aria-hidden":
                hidden = hidden or value == "true"
            elif name == "style":
                hidden = hidden or "none" in value or "hidden" in value or "NONE" in value or "HIDDEN" in value
            elif name == "class":
                # Every class named contains one of these words: most class attributes need no split.
                if "content" in value or "body" in value:
                    tokens = set(_XML_SPACE.split(value))
                    for class_name, position in _CONTAINER_CLASSES.items():
                        if class_name in tokens:
                            named[position].append(node)
            elif name in _CONTAINER_VALUES:
                position = _CONTAINER_VALUES[name].get(value)
                if position is not None:
                    named[position].append(node)
        if hidden:
            maybe_hidden.append(node)
    return maybe_hidden, named


def _record_outside(root: etree._Element, body: etree._Element, page: HtmlPage) -> None:
    """Everything of the page outside the article's container is left out; say what, block by
    block (menus, sidebars, footers), so that no text leaves the archive unrecorded."""
    node = root
    while node is not body and node.getparent() is not None:
        parent = node.getparent()
        if parent.text and parent.text.strip():
            page.removed.append(Removal("html.outside-article", "residue", 0, " ".join(parent.text.split())))
        for sibling in parent:
            if sibling is not node and isinstance(sibling.tag, str):
                text = " ".join(_text(sibling).split())
                if text:
                    page.removed.append(Removal("html.outside-article", "residue", 0, text[:1000]))
            if sibling.tail and sibling.tail.strip():
                page.removed.append(Removal("html.outside-article", "residue", 0, " ".join(sibling.tail.split())))
        node = parent


def _densest(body: etree._Element, paragraph_text: dict[etree._Element, int]) -> etree._Element:
    """Where a page names no article container: the smallest element holding most paragraph text.

    Descending while one child holds 80% of it finds the article's column, with comment threads
    and link lists beside it left out.
    """
    total = paragraph_text.get(body, 0)
    if total < _MIN_PARAGRAPH_TEXT:
        return body
    node = body
    while True:
        children = [child for child in node if isinstance(child.tag, str) and child.tag != "p"]
        best = max(children, key=lambda child: paragraph_text.get(child, 0), default=None)
        if best is None or paragraph_text.get(best, 0) < _DENSE_SHARE * total:
            return node
        node = best


def _block_text(root: etree._Element) -> str:
    """The text under ``root``, a line per block element, in one pass over the tree."""
    pieces: list[str] = []
    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        assert isinstance(item, etree._Element)
        if not isinstance(item.tag, str) or item.tag in ("br", "hr"):
            pieces.append("\n")
            continue
        block = item.tag in _BLOCKS
        if block:
            pieces.append("\n")
            stack.append("\n")
        elif item.tag in ("td", "th"):  # a table row is a line, its cells apart
            pieces.append(" ")
            stack.append(" ")
        if item.text:
            pieces.append(item.text)
        for child in reversed(item):
            if child.tail:
                stack.append(child.tail)
            stack.append(child)
    return "\n".join([line for raw in "".join(pieces).split("\n") if (line := " ".join(raw.split()))])


def _read_metadata(document: etree._Element, page: HtmlPage) -> None:
    """What the markup states about the page, each value with the tag it came from.

    Every value found goes into ``page.stated``; the first by precedence fills each field.
    """
    metas: dict[str, str] = {}
    for meta in document.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    ld = _json_ld(document)
    found: dict[str, list[tuple[str, str]]] = {}

    def state(field_name: str, value: object, source: str) -> None:
        text = " ".join(str(value).split()) if value is not None else ""
        if text:
            found.setdefault(field_name, []).append((text, source))
            page.stated.append(MarkupValue(field_name, text, source))

    for key in _TITLE_SUFFIX_SOURCES:
        state("title", metas.get(key), f"html:meta:{key}")
    state("title", ld.get("headline"), "html:json-ld:headline")
    state("title", _first_text(document, "h1"), "html:h1")
    state("title", _first_text(document, "title"), "html:title")

    state("published", ld.get("datePublished"), "html:json-ld:datePublished")
    for key in _DATE_META:
        state("published", metas.get(key), f"html:meta:{key}")
    for node in document.iter("time"):
        if node.get("datetime"):
            state("published", node.get("datetime"), "html:time")
            break

    state("modified", ld.get("dateModified"), "html:json-ld:dateModified")
    for key in _MODIFIED_META:
        state("modified", metas.get(key), f"html:meta:{key}")

    state("author", _ld_name(ld.get("author")), "html:json-ld:author")
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        if not (metas.get(key) or "").startswith("http"):  # article:author is often a profile URL
            state("author", metas.get(key), f"html:meta:{key}")
    for node, source in _author_elements(document) if "author" not in found else ():  # a scan of the page
        names = _ITEMPROP_NAME(node)
        state("author", _text(names[0] if names else node), source)

    state("site_name", metas.get("og:site_name"), "html:meta:og:site_name")
    state("site_name", _ld_name(ld.get("publisher")), "html:json-ld:publisher")
    state("site_name", metas.get("application-name"), "html:meta:application-name")

    for link in document.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            state("canonical_url", link.get("href").strip(), "html:link:canonical")
            break
    state("canonical_url", metas.get("og:url"), "html:meta:og:url")

    language = document.get("lang") if document.tag == "html" else None
    state("language", language, "html:lang")
    state("language", metas.get("og:locale") or metas.get("content-language"), "html:meta:locale")

    first = {name: values[0] for name, values in found.items()}
    page.title, page.title_source = first.get("title", (None, None))
    page.published, page.published_source = first.get("published", (None, None))
    page.modified = first.get("modified", (None, None))[0]
    page.author = first.get("author", (None, None))[0]
    page.site_name = first.get("site_name", (None, None))[0]
    page.canonical_url = first.get("canonical_url", (None, None))[0]
    if "language" in first:
        page.language = re.split(r"[-_]", first["language"][0])[0].strip().lower() or None


def _author_elements(document: etree._Element) -> list[tuple[etree._Element, str]]:
    """The first element of each kind in ``_AUTHOR_SOURCES`` found on the page, with its source."""
    first: dict[str, etree._Element] = {}
    for node in document.iter(etree.Element):
        for name, value in node.items():
            if name == "rel" and value == "author":
                first.setdefault(_AUTHOR_SOURCES[0], node)
            elif name == "itemprop" and value == "author":
                first.setdefault(_AUTHOR_SOURCES[1], node)
            elif name == "class" and (
                "author__name" in value
                or "byline__name" in value
                or ("author-name" in value and "author-name" in _XML_SPACE.split(value))
            ):
                first.setdefault(_AUTHOR_SOURCES[2], node)
        if len(first) == len(_AUTHOR_SOURCES):
            break
    return [(first[source], source) for source in _AUTHOR_SOURCES if source in first]


def _ld_name(value: object) -> str | None:
    """A JSON-LD person or organisation: a name string, an object with a name, or a list of those."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return str(value) if value else None


def _first_text(document: etree._Element, tag: str) -> str | None:
    for node in document.iter(tag):
        text = " ".join(_text(node).split())
        if text:
            return text
    return None


def _json_ld(document: etree._Element) -> dict[str, object]:
    """The first JSON-LD object that describes an article, flattened from @graph if needed."""
    for script in document.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}
