"""Metadata checks: every field of a Document has the type and form the schema says.

Why: metadata comes from JSONL written by other tools, page headers and
article extractors. A number where a title belongs, or an impossible date,
must never crash a batch nor reach output that fails the dossier's JSON
Schema; it is dropped with a warning that names the field and the value.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from backchannel.report_date import ambiguous_numeric, without_label

STRING_FIELDS = ("title", "source", "author", "url")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def clean_date(value: Any) -> tuple[str | None, str | None]:
    """(ISO date or None, warning or None) for a published date of any form."""
    if value is None or value == "":
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None, f"field 'published' dropped: {_short(value)} is a number, not a date"
    if not isinstance(value, str):
        return None, f"field 'published' dropped: {_short(value)} is not a date string"
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]).isoformat(), None
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date().isoformat(), None
    except ValueError:
        pass
    if ambiguous_numeric(without_label(text)):  # "Updated: 08/04/2009": either way (rule ingest.anchor.numeric_dateline)
        return None, f"field 'published' dropped: {_short(value)} may be read day-first or month-first"
    parsed = _dateparser(without_label(text))  # "Updated August 4, 2009 at 5:12 pm ET"
    if parsed:
        return parsed, None
    return None, f"field 'published' dropped: {_short(value)} is not a valid date"


def _dateparser(text: str) -> str | None:
    """Free-form dates ("12 May 2025", "May 12, 2025") through dateparser, strictly."""
    if len(text) > 64 or not any(c.isdigit() for c in text):
        return None
    import dateparser

    try:
        got = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    except Exception:  # dateparser raises on some odd inputs: treat as no date
        return None
    return got.date().isoformat() if got else None


def clean_fields(fields: dict[str, Any]) -> tuple[dict[str, str | None], list[str]]:
    """Validated metadata fields (title, published, source, author, url) and the warnings."""
    out: dict[str, str | None] = {}
    warnings: list[str] = []
    for key in STRING_FIELDS:
        value = fields.get(key)
        if value is None:
            out[key] = None
        elif isinstance(value, str):
            out[key] = value.strip() or None
        else:
            out[key] = None
            warnings.append(f"field {key!r} dropped: {_short(value)} is of type {type(value).__name__}, not a string")
    out["published"], warning = clean_date(fields.get("published"))
    if warning:
        warnings.append(warning)
    return out, warnings
