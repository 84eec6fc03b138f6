"""HTML front end: from a saved page to lines of text plus the metadata its markup states.

Structure goes first: scripts, navigation, comment sections, figures and widgets are dropped
as elements (each recorded as a removal), then block elements become lines, and the same
debris engine as for text dumps runs on those lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, CData, Comment, NavigableString, Tag

from newsarchive.model import Removal

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
)
_CLASS_VOCABULARY = (
    (re.compile(r"comment|disqus|respond|reply", re.I), "html.comments", "comments"),
    (re.compile(r"share|social|sharedaddy|addtoany|sharing", re.I), "html.share", "social"),
    (
        re.compile(r"related|recommend|read-?more|more-stories|popular|trending|jp-relatedposts", re.I),
        "html.related",
        "related",
    ),
    (re.compile(r"newsletter|subscribe|signup|paywall|cookie|consent|gdpr", re.I), "html.newsletter", "newsletter"),
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
)
_MAIN_SELECTORS = (
    "[itemprop=articleBody]",
    "article",
    "main",
    "[role=main]",
    ".entry-content",
    ".post-content",
    ".article-body",
    ".article-content",
    ".story-body",
    "#content",
)
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
        "td",
        "th",
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
_WIDGET_SHARE = 0.4
_TEXT_STRINGS = (NavigableString, CData)


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


def extract(markup: str) -> HtmlPage:
    soup = BeautifulSoup(markup, "lxml")
    page = HtmlPage(text="")
    _read_metadata(soup, page)

    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for name in _DROP_SILENTLY:
        for node in soup.find_all(name):
            node.decompose()
    for node in soup.find_all(_is_hidden):
        node.decompose()

    root = _main_content(soup)
    for name, rule_id, category in _STRUCTURAL:
        for node in root.find_all(name):
            _cut(node, rule_id, category, page)
    # A widget is a small part of the page. A container holding most of the text is the article's
    # wrapper, whatever its class says ("no-sidebar", "opinion-commentary").
    limit = _WIDGET_SHARE * len(root.get_text(" ", strip=True))
    for node in list(root.find_all(True)):
        if _is_gone(node) or node.parent is None:
            continue
        marks = " ".join([*node.get("class", []), node.get("id", "") or ""]) if node.attrs else ""
        if not marks or node.name in ("body", "html", "main", "article"):
            continue
        for pattern, rule_id, category in _CLASS_VOCABULARY:
            if pattern.search(marks):
                if len(node.get_text(" ", strip=True)) <= limit:
                    _cut(node, rule_id, category, page)
                break

    page.text = _block_text(root)
    return page


def _is_gone(node: Tag) -> bool:
    # Not ``node.decomposed``: on a live tag that reads a missing attribute, which bs4's
    # Tag.__getattr__ turns into a search of the whole subtree (quadratic on deep pages).
    return bool(vars(node).get("_decomposed", False))


def _cut(node: Tag, rule_id: str, category: str, page: HtmlPage) -> None:
    if _is_gone(node):
        return
    text = " ".join(node.get_text(" ").split())
    if text:
        page.removed.append(Removal(rule_id, category, 0, text[:1000]))
    node.decompose()


def _is_hidden(node: Tag) -> bool:
    if not node.attrs:
        return False
    style = (node.get("style") or "").replace(" ", "").lower()
    return (
        node.has_attr("hidden")
        or node.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _main_content(soup: BeautifulSoup) -> Tag:
    for selector in _MAIN_SELECTORS:
        candidates = soup.select(selector)
        if candidates:
            return max(candidates, key=lambda tag: len(tag.get_text(" ", strip=True)))
    return soup.body or soup


_LINE_BREAK = object()


def _block_text(root: Tag) -> str:
    """The text under ``root``, a line per block element, in one pass without touching the tree.

    An explicit stack rather than recursion or bs4's insert_before (which walks the subtree on
    every call): a page of 20,000 nested divs is read in linear time.
    """
    pieces: list[str] = []
    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if item is _LINE_BREAK:
            pieces.append("\n")
        elif isinstance(item, Tag):
            if item.name in ("br", "hr"):
                pieces.append("\n")
                continue
            if item.name in _BLOCKS:
                pieces.append("\n")
                stack.append(_LINE_BREAK)
            stack.extend(reversed(item.contents))
        elif type(item) in _TEXT_STRINGS:  # not comments, doctypes, script or style strings
            pieces.append(str(item))
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _read_metadata(soup: BeautifulSoup, page: HtmlPage) -> None:
    metas: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    ld = _json_ld(soup)

    for key in _TITLE_SUFFIX_SOURCES:
        if metas.get(key):
            page.title, page.title_source = metas[key], f"html:meta:{key}"
            break
    if page.title is None and ld.get("headline"):
        page.title, page.title_source = str(ld["headline"]), "html:json-ld:headline"
    if page.title is None:
        h1 = soup.find("h1")
        if h1 and h1.get_text(strip=True):
            page.title, page.title_source = " ".join(h1.get_text(" ").split()), "html:h1"
    if page.title is None and soup.title and soup.title.get_text(strip=True):
        page.title, page.title_source = " ".join(soup.title.get_text(" ").split()), "html:title"

    if ld.get("datePublished"):
        page.published, page.published_source = str(ld["datePublished"]), "html:json-ld:datePublished"
    else:
        for key in _DATE_META:
            if metas.get(key):
                page.published, page.published_source = metas[key], f"html:meta:{key}"
                break
    if page.published is None:
        time = soup.find("time", attrs={"datetime": True})
        if time:
            page.published, page.published_source = time["datetime"], "html:time"

    author = ld.get("author")
    if isinstance(author, list) and author:
        author = author[0]
    if isinstance(author, dict):
        author = author.get("name")
    page.author = (str(author) if author else None) or metas.get("author") or metas.get("article:author")
    html_tag = soup.find("html")
    if html_tag and html_tag.get("lang"):
        page.language = str(html_tag["lang"]).split("-")[0].lower()


def _json_ld(soup: BeautifulSoup) -> dict[str, object]:
    """The first JSON-LD object that describes an article, flattened from @graph if needed."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}
