"""Reports a person reads: the terminal summary and the self-contained HTML report."""

from __future__ import annotations

from pathlib import Path

from backchannel.model import Dossier


def write_report(dossier: Dossier, path: Path) -> None:
    """Write the self-contained HTML report of one dossier (see :mod:`backchannel.report.html`)."""
    from backchannel.report.html import write_html

    write_html(dossier, path)
