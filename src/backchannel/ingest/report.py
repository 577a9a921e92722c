"""The one reader of a report's text: header line, line ends, byte-order mark, byline.

Why one function: a report reaches the pipeline through many doors (a file named on the
command line, ``eval``, ``analyze --corpus``, stdin, a JSONL record, the server's bodies, the
store, the Python API :func:`backchannel.pipeline.analyze_text`). When one door strips the
header line `` date YYYY-MM-DD Title`` and another does not, the same report gets two dossiers:
the header is parsed as a sentence (its date becomes the time of the first acts), the report
has no publication date (relative times go unresolved) and every offset moves. Every door
calls :func:`report_document`, so the same text always gives the same document.

The document's ``text`` is the body as read (the spec, ``docs/dossier.md``): line ends as
``\\n``, no byte-order mark, no header line and no blank lines after it. Every offset of the
dossier indexes that text (:func:`body_offset` says where it starts in the text as written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from backchannel.ingest.meta import clean_fields
from backchannel.model import Document

#: `` date 2025-05-13 A title``: the word "date", an ISO day, then the title (optional).
HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*?))?[ \t]*$")
#: Blank lines (possibly holding spaces) between the header and the body.
BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")
BOM = "\ufeff"
# "By Ana Lund, Norland Courier" / "By Ivo Brandt" on a line of its own.
BYLINE = re.compile(r"^By ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?:,| and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*?)"
                    r"(?:, (.+))?\s*$", re.M)
BYLINE_CHARS = 20000  # a byline sits near the top; longer lines than BYLINE_LINE are prose
BYLINE_LINE = 120


@dataclass(frozen=True, slots=True)
class Split:
    """A report's text cut into its header's fields and its body."""

    body: str
    published: str | None = None  # the header's date, as written (checked by :func:`report_document`)
    title: str | None = None
    header: bool = False


def normalize(text: str) -> str:
    """The text with one line end (``\\n``) and no leading byte-order mark.

    A file saved on Windows ends its lines with ``\\r\\n``, and an editor may open it with a
    byte-order mark; neither is part of the report, and both would hide the header line.
    """
    return text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")


def split_header(text: str) -> Split:
    """Cut the header line `` date YYYY-MM-DD Title`` (after any blank lines) off ``text``.

    Only the first non-blank line can be the header; the blank lines after it go with it. A
    line that starts with a date but is not of this form ("2025-05-13: talks resumed") is text.
    """
    text = normalize(text)
    lead = BLANK_LINES.match(text)
    start = lead.end() if lead else 0
    end = text.find("\n", start)
    m = HEADER.match(text[start:] if end < 0 else text[start:end])
    if not m:
        return Split(text)
    rest = "" if end < 0 else text[end + 1:]
    blank = BLANK_LINES.match(rest)
    return Split(rest[blank.end():] if blank else rest, m.group(1), (m.group(2) or "").strip() or None, True)


def body_offset(text: str) -> int:
    """Where the body of ``text`` (as :func:`normalize` leaves it) starts: 0 without a header.

    Add it to a dossier offset to point into the normalized text with its header line.
    """
    split = split_header(text)
    return len(normalize(text)) - len(split.body)


def byline(text: str) -> dict[str, str]:
    """Author and outlet from a byline paragraph, so they are not mistaken for actors."""
    for m in BYLINE.finditer(text[:BYLINE_CHARS]):
        if len(m.group(0)) > BYLINE_LINE:
            continue
        out = {"author": m.group(1).strip()}
        if m.group(2):
            out["source"] = m.group(2).strip()
        return out
    return {}


def report_document(text: str, doc_id: str, fields: Mapping[str, Any] | None = None) -> tuple[Document, list[str]]:
    """The document of a report's ``text`` (see the module doc) and the metadata warnings.

    ``fields`` (title, published, source, author, url: a JSONL record's, the caller's) win
    over what the text says; the header fills the title and date they leave empty, the byline
    the author and outlet. Every field is checked (:func:`backchannel.ingest.meta.clean_fields`).
    """
    split = split_header(text)
    found: dict[str, Any] = {"title": split.title, "published": split.published, **byline(split.body)}
    given = {k: v for k, v in (fields or {}).items() if v is not None and v != ""}
    clean, warnings = clean_fields({**found, **given})
    return Document(id=doc_id, text=split.body, **clean), warnings
