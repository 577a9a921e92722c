"""Reports a person reads: the terminal summary and the self-contained HTML report."""

from __future__ import annotations

from pathlib import Path

from backchannel.model import Dossier


def write_report(dossier: Dossier, path: Path) -> None:
    """Write the HTML report (the report issue replaces this minimal escaped page)."""
    from html import escape

    doc = dossier.documents[0]
    path.write_text(f"<!doctype html><meta charset=utf-8><title>{escape(doc.title or doc.id)}</title>"
                    f"<pre>{escape(doc.text)}</pre>", encoding="utf-8")
