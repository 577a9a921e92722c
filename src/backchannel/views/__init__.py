"""Derived views over a dossier: channels, knowledge, timeline, sources, network.

Each view is a function ``dossier -> typed msgspec Struct(s)`` in its own module
(usable from Python directly); :func:`build_views` runs them all and converts the
result to plain JSON-able builtins for ``Dossier.views``, which the pipeline fills.
"""

from __future__ import annotations

from typing import Any

import msgspec

from backchannel.model import Dossier
from backchannel.views.base import Index
from backchannel.views.channels import Channel, channels
from backchannel.views.knowledge import KnowledgeEntry, knowledge
from backchannel.views.network import Network, network, to_networkx
from backchannel.views.sources import SourceEntry, Sources, sources
from backchannel.views.timeline import TimelineEntry, timeline

__all__ = ["build_views", "channels", "knowledge", "timeline", "sources", "network", "to_networkx",
           "Channel", "KnowledgeEntry", "TimelineEntry", "Sources", "SourceEntry", "Network", "Index"]


def build_views(dossier: Dossier) -> dict[str, Any]:
    """All views of one dossier as JSON-able builtins: {channels, knowledge, timeline, sources, network}."""
    ix = Index(dossier)
    views = {
        "channels": channels(dossier, ix),
        "knowledge": knowledge(dossier, ix),
        "timeline": timeline(dossier, ix),
        "sources": sources(dossier, ix),
        "network": network(dossier, ix),
    }
    return msgspec.to_builtins(views)
