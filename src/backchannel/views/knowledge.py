"""Knowledge: who knew of what, when, and by what means.

Built from the interactions that move knowledge:

- ``inform``: the target was told by the source (``told``), or — negated — was
  kept out (``not_told``);
- ``learn``: the source found out, by ``means`` when the text says how
  (``learned``; negated: ``not_learned``);
- ``message``: the target received the messages (``received``) and each
  intermediary in ``via`` carried them (``relayed``).
"""

from __future__ import annotations

from typing import Literal

import msgspec

from backchannel.model import Dossier, Interaction, Time
from backchannel.views.base import Index, sort_key

How = Literal["told", "not_told", "learned", "not_learned", "received", "relayed"]


class KnowledgeEntry(msgspec.Struct, kw_only=True, omit_defaults=True):
    actor: str  # who knew (or was kept out)
    how: How
    topic: str | None = None
    source: str | None = None  # from whom: the informant, the sender, the one learned from
    via: list[str] = []
    means: str | None = None
    time: Time | None = None
    modality: str = "asserted"
    interaction: str


def _entries(i: Interaction) -> list[KnowledgeEntry]:
    via = list(i.via)  # one list shared by the entries of one interaction

    def entry(actor: str, how: How, source: str | None) -> KnowledgeEntry:
        return KnowledgeEntry(actor=actor, how=how, source=source, topic=i.topic, via=via, means=i.means,
                              time=i.time, modality=i.modality, interaction=i.id)

    if i.type == "inform" and i.target:
        return [entry(i.target, "not_told" if i.negated else "told", i.source)]
    if i.type == "learn" and i.source:
        return [entry(i.source, "not_learned" if i.negated else "learned", i.target)]
    if i.type == "message" and not i.negated:
        out = [entry(v, "relayed", i.source) for v in i.via]
        if i.target:
            out.append(entry(i.target, "received", i.source))
        return out
    return []


def knowledge(dossier: Dossier, index: Index | None = None) -> list[KnowledgeEntry]:
    ix = index or Index(dossier)
    rows: list[tuple[int, tuple, int, KnowledgeEntry]] = []
    for i in dossier.interactions:
        for e in _entries(i):
            key = sort_key(e.time.value if e.time else None) or ("9999", "")
            rows.append((ix.order.get(e.actor, 1 << 30), key, i.evidence.start, e))
    rows.sort(key=lambda r: r[:3])
    return [r[3] for r in rows]
