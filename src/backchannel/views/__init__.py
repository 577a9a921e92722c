"""Derived views over a dossier: channels, knowledge, timeline, sources, network."""

from __future__ import annotations

from typing import Any

from backchannel.model import Dossier


def build_views(dossier: Dossier) -> dict[str, Any] | None:
    """Views are computed by the views issue; until then the dossier carries none."""
    return None
