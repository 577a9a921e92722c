"""GraphML and GEXF: the channel network for Gephi, Cytoscape or networkx.

Nodes are actors (``label``, ``kind``, ``named``, ``affiliation``, ``side``,
``mentions``, aliases and descriptors joined by "; "). Edges are interactions,
keyed by interaction id, with ``type``, ``negated``, ``modality``, ``count``,
``time``/``time_text``, ``topic``, ``means`` and the ``evidence`` sentence; an
interaction through intermediaries is a path of edges (``hop`` 1..``legs``,
keys ``i3#1``, ``i3#2``). In GEXF the type is ``interaction_type`` (``type``
is a reserved GEXF attribute) and ``weight`` is the message count (else 1);
dated edges carry ``start``/``end`` (the days
the date covers) and the graph is ``mode="dynamic"``, so Gephi's timeline
plays the story; undated edges exist throughout. Both files are written by
networkx (see :func:`backchannel.views.network.to_networkx`).
"""

from __future__ import annotations

from typing import TextIO

from backchannel.model import Dossier

#: Node colours by kind for Gephi (GEXF viz), matching the HTML report.
KIND_RGB = {"state": (37, 99, 235), "organization": (217, 119, 6), "person": (5, 150, 105),
            "group": (147, 51, 234)}


def write_graphml(d: Dossier, out: TextIO) -> None:
    import networkx as nx

    from backchannel.views.network import to_networkx

    g = to_networkx(d)
    for _, _, data in g.edges(data=True):  # plain attributes; GEXF makes these time intervals
        if "start" in data:
            data["start_date"] = data.pop("start")
        if "end" in data:
            data["end_date"] = data.pop("end")
    for line in nx.generate_graphml(g, named_key_ids=True):
        out.write(line)
        out.write("\n")


def write_gexf(d: Dossier, out: TextIO) -> None:
    import networkx as nx

    from backchannel.views.network import to_networkx

    g = to_networkx(d)
    g.graph["mode"] = "dynamic"
    for _, data in g.nodes(data=True):
        r, gr, b = KIND_RGB.get(data.get("kind", ""), (100, 116, 139))
        data["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}, "size": 8.0 + 2.0 * min(data["mentions"], 10)}
    for _, _, key, data in g.edges(keys=True, data=True):
        data["id"] = key
        data["interaction_type"] = data.pop("type")  # "type" is reserved in GEXF (directed/mutual)
        data["weight"] = float(data.get("count", 1))
    for line in nx.generate_gexf(g):
        out.write(line)
        out.write("\n")
