"""Network: actors as nodes, interactions as typed, dated edges.

An interaction through intermediaries becomes a path of edges — source → via[0]
→ … → target — each carrying the interaction's id, type and ``hop`` number, so
the mediated route is visible in a graph tool and the intermediary sits between
the parties. Interactions with a missing end (``target`` null) have no edge and
are listed in ``unlinked``.

:func:`to_networkx` builds the same graph as a ``networkx.MultiDiGraph`` with
scalar attributes only (what GraphML and GEXF can hold).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from backchannel.model import Dossier
from backchannel.views.base import Index, date_range

if TYPE_CHECKING:
    import networkx as nx


class Node(msgspec.Struct, kw_only=True, omit_defaults=True):
    id: str
    name: str
    kind: str
    named: bool
    affiliation: str | None = None
    side: str | None = None
    aliases: list[str] = []
    descriptors: list[str] = []
    mentions: int = 0


class Edge(msgspec.Struct, kw_only=True, omit_defaults=True):
    id: str  # interaction id, with "#hop" for the legs of a mediated path
    interaction: str
    source: str
    target: str
    type: str
    negated: bool = False
    modality: str = "asserted"
    hop: int = 0  # leg number along the mediated path (0 when direct)
    legs: int = 1  # number of legs of the path
    count: int | None = None
    time: str | None = None  # the ISO (partial) value
    start: str | None = None  # first and last day it covers
    end: str | None = None
    topic: str | None = None
    means: str | None = None


class Network(msgspec.Struct, kw_only=True):
    nodes: list[Node]
    edges: list[Edge]
    unlinked: list[str]


def network(dossier: Dossier, index: Index | None = None) -> Network:
    ix = index or Index(dossier)
    nodes = [Node(id=a.id, name=a.name, kind=a.kind, named=a.named, affiliation=a.affiliation,
                  side=ix.side(a.id) if a.affiliation else None, aliases=list(a.aliases),
                  descriptors=list(a.descriptors), mentions=len(a.mentions))
             for a in sorted(dossier.actors, key=lambda a: ix.order.get(a.id, 0))]
    edges: list[Edge] = []
    unlinked: list[str] = []
    for i in dossier.interactions:
        if not i.source or not i.target or i.source not in ix.actors or i.target not in ix.actors:
            unlinked.append(i.id)
            continue
        stops = [i.source] + [v for v in i.via if v in ix.actors and v not in (i.source, i.target)] + [i.target]
        r = date_range(i.time.value if i.time else None)
        legs = len(stops) - 1
        for k in range(legs):
            edges.append(Edge(
                id=i.id if legs == 1 else f"{i.id}#{k + 1}", interaction=i.id, source=stops[k],
                target=stops[k + 1], type=i.type, negated=i.negated, modality=i.modality,
                hop=0 if legs == 1 else k + 1, legs=legs, count=i.count.value if i.count else None,
                time=i.time.value if i.time else None, start=r[0].isoformat() if r else None,
                end=r[1].isoformat() if r else None, topic=i.topic, means=i.means))
    return Network(nodes=nodes, edges=edges, unlinked=unlinked)


def to_networkx(dossier: Dossier, index: Index | None = None) -> "nx.MultiDiGraph":
    """The network as a MultiDiGraph with scalar attributes (no None, lists joined by '; ')."""
    import networkx as nx

    ix = index or Index(dossier)
    net = network(dossier, ix)
    doc = dossier.documents[0] if dossier.documents else None
    g = nx.MultiDiGraph()
    if doc is not None:
        g.graph["name"] = doc.title or doc.id
        g.graph["document"] = doc.id
    for n in net.nodes:
        attrs = {"label": n.name, "kind": n.kind, "named": n.named, "mentions": n.mentions,
                 "affiliation": ix.name(n.affiliation), "side": ix.name(n.side or n.id),
                 "aliases": "; ".join(n.aliases), "descriptors": "; ".join(n.descriptors)}
        g.add_node(n.id, **attrs)
    for e in net.edges:
        i = ix.interactions[e.interaction]
        attrs = {"label": e.type if not e.negated else f"not {e.type}", "type": e.type,
                 "interaction": e.interaction, "negated": e.negated, "modality": e.modality,
                 "hop": e.hop, "legs": e.legs, "via": "; ".join(ix.name(v) for v in i.via),
                 "count": e.count, "time": e.time, "time_text": i.time.text if i.time else None,
                 "start": e.start, "end": e.end, "topic": e.topic, "means": e.means,
                 "evidence": i.evidence.text}
        g.add_edge(e.source, e.target, key=e.id, **{k: v for k, v in attrs.items() if v is not None})
    return g
