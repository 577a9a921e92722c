"""Sources: every claim with its speaker (named or anonymous), their side, the cue's
stance, and the interactions that rest on it; every fact (interaction) with the
claim it rests on; and the reported facts that rest on no identified claim.

The side is the speaker's affiliation followed up to its top (a person → their
organisation → its state), so "a US official" and "the White House" both land on
the United States.
"""

from __future__ import annotations

import msgspec

from backchannel.model import Dossier
from backchannel.views.base import Index


class SourceEntry(msgspec.Struct, kw_only=True):
    claim: str
    speaker: str | None
    speaker_name: str | None
    named: bool | None  # None when the claim has no speaker at all
    anonymous: bool  # an unnamed speaker or none
    affiliation: list[str]  # the chain above the speaker: [org, state]
    side: str | None
    side_name: str | None
    cue: str | None
    stance: str | None
    direct: bool
    content: str
    supports: list[str]  # interactions whose ``claim`` is this claim
    inferred: list[str] = []


class Fact(msgspec.Struct, kw_only=True, omit_defaults=True):
    interaction: str
    modality: str
    claim: str | None = None  # the claim it rests on; None: the report's own voice (or unknown)
    speaker: str | None = None
    anonymous: bool = False


class Sources(msgspec.Struct, kw_only=True):
    claims: list[SourceEntry]
    facts: list[Fact]  # every interaction with the claim (and speaker) it rests on
    unsourced: list[str]  # interactions reported (modality "reported") with no claim link


def sources(dossier: Dossier, index: Index | None = None) -> Sources:
    ix = index or Index(dossier)
    resting: dict[str, list[str]] = {}
    for i in dossier.interactions:
        if i.claim:
            resting.setdefault(i.claim, []).append(i.id)
    out = []
    for c in sorted(dossier.claims, key=lambda c: c.evidence.start):
        a = ix.actors.get(c.speaker) if c.speaker else None
        chain = ix.chain(c.speaker)
        side = chain[-1] if chain else None
        out.append(SourceEntry(
            claim=c.id, speaker=c.speaker, speaker_name=ix.name(c.speaker) or None,
            named=a.named if a else None, anonymous=a is None or not a.named,
            affiliation=chain[1:], side=side, side_name=ix.name(side) or None,
            cue=c.cue, stance=c.stance, direct=c.direct, content=c.content,
            supports=resting.get(c.id, []), inferred=list(c.inferred)))
    unsourced = [i.id for i in dossier.interactions
                 if i.modality == "reported" and (not i.claim or i.claim not in ix.claims)]
    facts = []
    for i in dossier.interactions:
        rest = ix.claims.get(i.claim or "")
        spk = ix.actors.get(rest.speaker or "") if rest else None
        facts.append(Fact(interaction=i.id, modality=i.modality, claim=rest.id if rest else None,
                          speaker=rest.speaker if rest else None,
                          anonymous=bool(rest) and (spk is None or not spk.named)))
    return Sources(claims=out, facts=facts, unsourced=unsourced)
