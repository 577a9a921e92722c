"""The whole corpus as one dossier for the per-dossier graph exporters (GraphML, GEXF).

Why a merged dossier: a network of many reports is one graph. Ids are made
unique across reports by prefixing the document id (``d3/qatar``,
``d3/i2``), which is the ``{doc, id}`` address of spec/corpus.md written as one
string. Until the cross-report resolver fills ``entities``, the same party in
two reports is two nodes; the graph is built in memory (networkx), as any
graph file must be.
"""

from __future__ import annotations

from typing import Iterable

import msgspec

from backchannel.model import Dossier


def merged(dossiers: Iterable[Dossier]) -> Dossier:
    out = Dossier()
    for d in dossiers:
        doc = d.documents[0].id
        ref = lambda x, doc=doc: None if x is None else f"{doc}/{x}"  # noqa: E731
        out.documents.append(msgspec.structs.replace(d.documents[0], text=""))
        for a in d.actors:
            out.actors.append(msgspec.structs.replace(a, id=ref(a.id), affiliation=ref(a.affiliation)))
        for i in d.interactions:
            out.interactions.append(msgspec.structs.replace(
                i, id=ref(i.id), source=ref(i.source), target=ref(i.target), via=[ref(v) for v in i.via],
                claim=ref(i.claim)))
        for c in d.claims:
            out.claims.append(msgspec.structs.replace(c, id=ref(c.id), speaker=ref(c.speaker)))
    return out
