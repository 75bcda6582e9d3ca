"""Web pages to articles: the page's charset, its main text, and the article's own metadata.

`decode_html` turns a page's bytes into text by its declared and sniffed charset;
`extract_page` finds the article body with trafilatura (fast mode, comments left out: measured
in `benchmarks/bench_extract.py`) and reads the title, canonical URL, publication date, site
name and authors from the page's structured metadata (JSON-LD, Open Graph and other `<meta>`
tags, `<link rel=canonical>`, `<time>`), which is cheaper and more exact than guessing from
the visible text. A page without an article body raises `NoArticle` with the reason.

Blocks of the body (paragraphs, headings, lists, block quotes) are separated by a blank line,
so the paragraph stage sees the page's own paragraphs.
"""
from __future__ import annotations

import codecs
import datetime as dt
import html as html_entities
import json
import logging
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Iterable, Iterator
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from newsbeam.transforms.decoding import DecodeError, Decoded, decode_bytes

__all__ = ["PageArticle", "NoArticle", "decode_html", "declared_charset", "extract_page", "MIN_ARTICLE_WORDS"]

# An article body has at least this many words outside repeated lines and link texts: less is a
# navigation, index or error page ("Not Found ... was not found on this server" is 10 words).
MIN_ARTICLE_WORDS = 40
_SNIFF_BYTES = 8192   # where a page's <meta charset> may be (HTML5 says 1024; real pages put it later)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in HTML, and pages labelled so often use its extra characters.
_AS_CP1252 = {"ascii", "latin-1", "latin1", "iso8859-1", "iso-8859-1", "us-ascii", "iso_8859-1"}
_ARTICLE_TYPES = ("article", "blogposting", "report", "posting")
_DATE_META = (   # <meta> names and properties that hold the publication date, best first
    "article:published_time", "og:article:published_time", "datepublished", "og:published_time",
    "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "article.published",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dcterms.created", "date", "citation_publication_date", "cxenseparse:recs:publishtime", "og:pubdate",
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator",
                "dcterms.creator", "citation_author")
_AUTHOR_MARKUP = "//*[@itemprop='author' or @rel='author'][not(ancestor::*[@itemprop='author'])]"
_TITLE_META = ("og:title", "twitter:title", "headline", "title", "dc.title", "parsely-title", "sailthru.title")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|$)")
_ISO_DATE = re.compile(r"^\s*((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
_SLASH_DATE = re.compile(r"^\s*((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?!\d)")
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|da|przez|автор)\s*[:\-]?\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b)\s*")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•:»]\s+")
_WORD = re.compile(r"\w+")
_LONGEST_HEADLINE_WORDS = 25
_NEVER_TEXT = ("head", "script", "style", "noscript", "template", "svg", "iframe")
# trafilatura's parser settings, with every element an HtmlElement: lxml.html's default picks a
# class per tag in Python for each element it touches (forms, inputs), which neither extractor uses.
_HTML_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                    remove_comments=True, remove_pis=True)
_HTML_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement))

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every page it rejects


@dataclass(frozen=True, slots=True)
class PageArticle:
    """What a page says about its article: the body and the page's own metadata."""
    text: str
    title: str | None = None
    url: str | None = None
    published_at: dt.date | None = None
    site_name: str | None = None
    authors: tuple[str, ...] = ()


class NoArticle(ValueError):
    """A page without an article body (an index, navigation or error page; `error_type` no_article)
    or one the extractor failed on (`exception`); the message says why."""

    def __init__(self, message: str, error_type: str = "no_article"):
        super().__init__(message)
        self.error_type = error_type


# ---------------------------------------------------------------------------------- decoding

def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), as written."""
    m = _META_CHARSET.search(data, 0, _SNIFF_BYTES)
    return m.group(1).decode("ascii") if m else None


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """A page's text, the encoding used and any doubt about it (`Decoded`): BOM, then the charset declared by the server
    (`declared`, from the HTTP header) or the page, then UTF-8 or detection (`decode_bytes`).

    A declaration that does not fit the bytes is ignored. A page labelled Latin-1 or ASCII but
    made of valid UTF-8 (a common mislabel) is read as UTF-8. Raises DecodeError.
    """
    if not data.strip():
        raise DecodeError("empty", "no content (empty or whitespace only)")
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    for label in (declared, declared_charset(data)):
        codec = _codec_for(label)
        if codec is None:
            continue
        if codec == "cp1252" and not data.isascii():
            try:
                return Decoded(data.decode("utf-8"), "utf-8")
            except UnicodeDecodeError:
                pass
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    return decode_bytes(data)  # nothing declared: a guess, with its doubt when it was a close call


def _codec_for(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name in _AS_CP1252 or label.strip().lower() in _AS_CP1252:
        return "cp1252"
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"   # a page cannot declare UTF-16 in its own ASCII-compatible bytes
    return name


# ---------------------------------------------------------------------------------- extraction

def extract_page(html: str, page_url: str | None = None) -> PageArticle:
    """The article in a page: body text (blocks separated by blank lines) and metadata.

    `page_url` (where the page was fetched from) resolves a relative canonical link and is the
    last source of a date in the URL. Raises NoArticle when the page has no article body.
    """
    try:
        tree = _parse(html)
        meta = _page_metadata(tree, _PageParts(tree), page_url)
        text = _article_text(tree, page_url, meta["title"])
    except NoArticle:
        raise
    except Exception as e:  # noqa: BLE001 - one page that breaks a parser must not stop a collection
        raise NoArticle(f"the page could not be read: {type(e).__name__}: {e}", "exception") from None
    _require_article(text, tree)
    return PageArticle(text=text, **meta)


def _article_text(tree, page_url: str | None, title: str | None) -> str:
    from trafilatura import bare_extraction

    # What trafilatura would discard first, dropped before it copies the tree (same output, less work).
    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    # (output_format "txt": the body tree without the whole-text rendering, which _body_text does per block)
    document = bare_extraction(tree, url=page_url, fast=True, include_comments=False, include_tables=True,
                               with_metadata=False, output_format="txt")
    return _body_text(document.body, title) if document is not None and document.body is not None else ""


def _parse(html: str):
    """The page as an lxml tree, parsed from UTF-8 bytes (faster than from a str) as trafilatura parses."""
    from trafilatura import load_html

    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        tree = None
    if tree is None or len(tree) == 0:
        tree = load_html(html)   # trafilatura's own repairs for the pages libxml2 cannot read as they are
    if tree is None:
        raise NoArticle("not an HTML page (no document could be parsed)")
    return tree


def _body_text(body, title: str | None) -> str:
    """The body's blocks, one paragraph each; a leading headline (the title again) is not body."""
    from trafilatura.xml import xmltotxt

    blocks = [b for b in (xmltotxt(block, False).strip() for block in body) if b]
    if blocks and title and _same_words(blocks[0], title):
        blocks.pop(0)
    return "\n\n".join(blocks)


def _same_words(a: str, b: str) -> bool:
    return _WORD.findall(a.lower()) == _WORD.findall(b.lower())


def _require_article(text: str, tree) -> None:
    """Raise NoArticle unless `text` has MIN_ARTICLE_WORDS words in lines that are neither
    repeated nor a link's text (an index page's headlines are links; its bylines repeat)."""
    if not text:
        raise NoArticle("no article body found on the page")
    lines = {" ".join(line.split()) for line in text.split("\n")}
    counts = [(line, len(_WORD.findall(line))) for line in lines if line]
    # Lines longer than any headline are prose: most articles pass without looking at links.
    if sum(n for _, n in counts if n > _LONGEST_HEADLINE_WORDS) >= MIN_ARTICLE_WORDS:
        return
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    words = sum(n for line, n in counts if line not in links)
    if words < MIN_ARTICLE_WORDS:
        raise NoArticle(f"no article body on the page: {words} words of text outside links and repeated "
                        f"lines (an article has at least {MIN_ARTICLE_WORDS}); an index, navigation or error page")


# ---------------------------------------------------------------------------------- metadata

class _PageParts:
    """The elements metadata comes from, found in one walk over the tree."""

    def __init__(self, tree):
        self.metas: dict[str, list[str]] = {}   # <meta> content by lower-cased property, name or itemprop
        self.canonical: list[str] = []
        self.json_ld: list[str] = []
        self.times: list = []
        self.title = self.h1 = None
        for e in tree.iter("meta", "link", "script", "title", "h1", "time"):
            tag = e.tag
            if tag == "meta":
                content = e.get("content")
                if content and content.strip():
                    for attr in ("property", "name", "itemprop"):
                        key = e.get(attr)
                        if key:
                            self.metas.setdefault(key.strip().lower(), []).append(content.strip())
            elif tag == "link":
                if "canonical" in (e.get("rel") or "").lower().split() and e.get("href"):
                    self.canonical.append(e.get("href"))
            elif tag == "script":
                if (e.get("type") or "").strip().lower() == "application/ld+json" and e.text:
                    self.json_ld.append(e.text)
            elif tag == "time":
                self.times.append(e)
            elif tag == "title":
                self.title = self.title if self.title is not None else e
            elif self.h1 is None:
                self.h1 = e


def _page_metadata(tree, parts: _PageParts, page_url: str | None) -> dict:
    metas = parts.metas
    ld = list(_json_ld_objects(parts.json_ld))
    article_ld = [o for o in ld if _is_article(o)]
    page_ld = article_ld + [o for o in ld if not _is_article(o) and "datePublished" in o]
    site_name = _first_text(metas.get(k) for k in _SITE_META) or _first_text(
        _name_of(o.get("publisher")) for o in ld)
    url = _canonical_url(parts, page_url)
    return {
        "title": _title(parts, article_ld, site_name),
        "url": url,
        "published_at": _published_at(tree, parts, page_ld, (url, page_url)),
        "site_name": site_name,
        "authors": _authors(tree, metas, article_ld, site_name),
    }


def _json_ld_objects(blocks: list[str]) -> Iterator[dict]:
    """Every JSON-LD object on the page, `@graph` members included; malformed blocks are skipped."""
    for block in blocks:
        try:
            data = json.loads(block, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack[:0] = graph


def _types(obj: dict) -> list[str]:
    t = obj.get("@type")
    return [str(x).lower() for x in (t if isinstance(t, list) else [t]) if x]


def _is_article(obj: dict) -> bool:
    return any(t.endswith(_ARTICLE_TYPES) for t in _types(obj))


def _first_text(values: Iterable) -> str | None:
    for v in values:
        if isinstance(v, list):
            v = v[0] if v else None
        if isinstance(v, str) and v.strip():
            return " ".join(html_entities.unescape(v).split())  # some pages escape entities twice
    return None


def _name_of(value) -> str | None:
    """A JSON-LD person or organisation (a name, an object with `name`, or a list of them)."""
    if isinstance(value, list):
        return _name_of(value[0]) if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def _title(parts: _PageParts, article_ld, site_name) -> str | None:
    """The headline: structured metadata first, then the first <h1>, then <title>; a metadata
    headline cut short (a prefix of the <h1> or <title>) is completed from them."""
    visible = [_first_text([e.text_content()]) if e is not None else None for e in (parts.h1, parts.title)]
    visible = [_strip_site_name(v, site_name) for v in visible if v]
    title = _first_text(o.get("headline") or o.get("name") for o in article_ld) or _first_text(
        parts.metas.get(k) for k in _TITLE_META)
    if title is None:
        return visible[0] if visible else None
    title = _strip_site_name(title, site_name)
    stem = title.rstrip(".…")
    cut_short = stem != title or any(len(v) > len(title) and v.startswith(title) and v[len(title)].isalnum()
                                     for v in visible)
    longer = [v for v in visible if cut_short and len(v) > len(stem) and v.startswith(stem)]
    return longer[0] if longer else title


def _strip_site_name(title: str, site_name: str | None) -> str:
    """`Headline | Site` -> `Headline` when what follows the last separator is the site's name."""
    site = (site_name or "").lower()
    while site:
        cut = None
        for cut in _TITLE_SEPARATORS.finditer(title):
            pass
        tail = title[cut.end():].lower() if cut else ""
        if not tail or not (tail in site or site in tail):
            break
        title = title[:cut.start()]
    return title


def _canonical_url(parts: _PageParts, page_url: str | None) -> str | None:
    for href in parts.canonical + parts.metas.get("og:url", []):
        href = (href or "").strip()
        if not href:
            continue
        absolute = urljoin(page_url, href) if page_url else href
        if urlsplit(absolute).scheme in ("http", "https"):
            return absolute
    return None


def _published_at(tree, parts: _PageParts, page_ld, urls) -> dt.date | None:
    for o in page_ld:
        date = parse_date(o.get("datePublished") or o.get("dateCreated"))
        if date:
            return date
    for key in _DATE_META:
        for value in parts.metas.get(key, ()):
            date = parse_date(value)
            if date:
                return date
    for t in parts.times:
        if t.get("pubdate") is not None or (t.get("itemprop") or "").lower() == "datepublished":
            date = parse_date(t.get("datetime") or t.text_content())
            if date:
                return date
    for url in urls:
        m = _URL_DATE.search(urlsplit(url).path) if url else None
        if m:
            date = _valid_date(*map(int, m.groups()))
            if date:
                return date
    # No structured date (about 1 page in 8): htmldate's quick search of the page's own text.
    from htmldate import find_date

    found = find_date(tree, url=next((u for u in urls if u), None), extensive_search=False,
                      original_date=True, outputformat="%Y-%m-%d")
    return parse_date(found)


def parse_date(value) -> dt.date | None:
    """An ISO (`2024-12-17T09:30:00Z`, `20241217`), `2024/12/17` or RFC 2822 date; None if not one."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO_DATE.match(value) or _SLASH_DATE.match(value)
    if m:
        return _valid_date(*map(int, m.groups()))
    try:
        return _plausible(parsedate_to_datetime(value.strip()).date())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return _plausible(dt.date(year, month, day))
    except ValueError:
        return None


def _plausible(date: dt.date) -> dt.date | None:
    return date if 1990 <= date.year <= dt.date.today().year + 1 else None


def _authors(tree, metas, article_ld, site_name) -> tuple[str, ...]:
    names: list[str] = []
    for o in article_ld:
        value = o.get("author") or o.get("creator")
        for person in value if isinstance(value, list) else [value]:
            name = _name_of(person)
            if name:
                names.extend(_split_byline(name))
        if names:
            break
    if not names:  # microdata and rel=author links: the page's marked-up byline
        for element in tree.xpath(_AUTHOR_MARKUP):
            named = element.xpath(".//*[@itemprop='name']")
            names.extend(_split_byline((named[0] if named else element).text_content()))
    if not names:
        for key in _AUTHOR_META:
            for value in metas.get(key, ()):
                names.extend(_split_byline(value))
            if names:
                break
    unique: dict[str, None] = {}
    for name in names:
        if name.lower() != (site_name or "").lower():
            unique.setdefault(name, None)
    return tuple(unique)


def _split_byline(value: str) -> list[str]:
    """`By Ann Lee and Bo Kim` -> [`Ann Lee`, `Bo Kim`]; URLs (profile links) are not names."""
    value = _BYLINE_PREFIX.sub("", " ".join(value.split()))
    if not value or "://" in value or value.startswith("www."):
        return []
    parts = [p.strip(" ,.") for p in _AUTHOR_SPLIT.split(value)]
    if "," in value and all(len(p.split()) >= 2 for p in value.split(",")):
        parts = [q.strip(" .") for p in parts for q in p.split(",")]
    return [p for p in parts if p and any(c.isalpha() for c in p) and len(p) <= 100]
