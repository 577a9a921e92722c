"""HTML pages to article text: trafilatura first, a plain-text fallback after.

Why a fallback: trafilatura (through lxml) gives up on pages nested deeper
than libxml2 allows, on some malformed markup and on pages too short to look
like an article, although their text is there. The fallback walks the markup
with the standard library's tolerant tokenizer (no tree, so no depth limit),
keeps the visible text, makes a paragraph of every block element and drops
scripts, styles and other non-text elements. It is used only when the
article extractor returns nothing, and the document then carries a warning.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from backchannel.model import Document

#: Elements whose content is never article text.
SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "iframe",
                  "object", "canvas", "select", "button", "nav", "footer", "aside", "form"})
#: Elements that end a paragraph.
BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                   "table", "section", "article", "header", "blockquote", "pre", "dd", "dt",
                   "figcaption", "hr", "main", "body", "title"})


def extract_article(html: str, doc_id: str) -> tuple[Document, list[str]]:
    """Article body and metadata; the list holds warnings (fallback used)."""
    doc = _trafilatura(html, doc_id)
    if doc is not None and doc.text.strip():
        return doc, []
    title, text = fallback_text(html)
    if not text.strip():
        raise ValueError("HTML has no extractable text")
    warning = "the article extractor found no article; used the page's visible text"
    return Document(id=doc_id, text=text, title=title), [warning]


def _trafilatura(html: str, doc_id: str) -> Document | None:
    import trafilatura

    try:
        res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception:  # trafilatura raises assorted errors on hostile markup: use the fallback
        return None
    if res is None:
        return None
    get = res.get if isinstance(res, dict) else lambda k: getattr(res, k, None)
    body = re.sub(r"\n+", "\n\n", (get("text") or "").strip())
    return Document(id=doc_id, text=body, title=get("title") or None, published=get("date") or None,
                    source=get("sitename") or None, author=get("author") or None,
                    url=get("url") or None)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag == "title":
            self.in_title = True
        elif tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def fallback_text(html: str) -> tuple[str | None, str]:
    """(title, visible text with blank lines between blocks) of any markup, however broken."""
    p = _TextCollector()
    try:
        p.feed(html)
        p.close()
    except Exception:  # the tokenizer is tolerant; keep what was read if it ever gives up
        pass
    paras = (re.sub(r"[ \t\r\f\v\n]+", " ", chunk).strip() for chunk in "".join(p.parts).split("\n\n"))
    text = "\n\n".join(x for x in paras if x)
    title = re.sub(r"\s+", " ", "".join(p.title)).strip() or None
    return title, text
