"""Two reports that deny the same act of a captive's release agree (rule ``across.links.denial_agree``).

Why: "no ransom was paid" in one report and "her release involved no money" in another tell one fact, the
absence of a payment, in words that share little (so the retelling rules miss them) and with no act to join
(a denial makes none). For the families about a captive's release (``unnamed_any`` of data/across_denial.toml:
a swap, a ransom, conditions, a link between two detentions), the denials of one family in two or more reports
corroborate (``on: negation``) as a star: the denial sharing most words with the other reports' denials of
that family is the hub, each other report linked to it by its denial sharing most words with the hub. Parties
must be compatible as for a denial against an assertion (:func:`.denial.compatible`); a denial naming no
party is compatible with any.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from backchannel.resolve.across.denial import Denial, compatible, denial_words, find_denials
from backchannel.resolve.across.denialpairs import content_words
from backchannel.resolve.across.denialscan import held_parties, unheld
from backchannel.resolve.across.records import ActorRec, ClaimRec, InterRec

RULE = "across.links.denial_agree"
CAP = 50  # denials of one family among which the hub is sought
LINKED = 1000  # denials of one family weighed against the hub (each once): the links grow with them


def agreeing_denials(claims: list[ClaimRec], actors: list[ActorRec], entity_of: dict[tuple[str, str], str],
                     side: dict[str, str], inters: list[InterRec] | None = None) -> list[dict]:
    """Corroborations between denials of one captive family in different reports (see the module's docstring).
    ``inters``: the acts, whose freed captives are no party of a denial (``across.links.denial_captive_not_party``)."""
    by_doc: dict[str, list[ActorRec]] = {}
    for a in actors:
        by_doc.setdefault(a.doc, []).append(a)
    out: list[dict] = []
    held = held_parties(inters or [], entity_of)
    found = [unheld(d, held) for d in find_denials(claims, by_doc, entity_of, side, held)]
    for fam in (f for f in denial_words().families if f.unnamed_any):
        mine = [d for d in found if d.family.name == fam.name]
        if len({d.claim.doc for d in mine}) < 2:
            continue
        out += _star(mine, fam.name, lambda d: entity_of.get((d.claim.doc, d.claim.speaker or "")))
    return out


def _fits(a: Denial, b: Denial) -> bool:
    return a.claim.doc != b.claim.doc and (not a.named or not b.named or compatible(a.parties, b.parties))


def _star(mine: list[Denial], family: str, speaker: Callable[[Denial], str | None]) -> list[dict]:
    """The denials of one family joined to a hub (the one most reports' denials fit); per report, the one the hub's
    own speaker made (one statement retold by two outlets), else the one sharing most words with the hub's."""
    words = cache(content_words)  # one denial is weighed against many

    def shared(a: Denial, b: Denial) -> int:
        return len(words(a.claim.content) & words(b.claim.content))
    head = mine[:CAP]  # the hub is sought among the first CAP denials only: the pairs grow with the square
    hub = max(head, key=lambda d: (len({o.claim.doc for o in head if _fits(d, o)}),
                                   sum(shared(d, o) for o in head if _fits(d, o))))
    by_doc: dict[str, list[Denial]] = {}
    for o in mine[:LINKED]:  # grouped once: each report's denials are scanned once, not once per report
        if _fits(hub, o):
            by_doc.setdefault(o.claim.doc, []).append(o)
    out = []
    for doc in sorted(by_doc):
        said = speaker(hub)
        best = max(by_doc[doc], key=lambda o: (said is not None and speaker(o) == said, shared(hub, o)))
        out.append({"kind": "corroborates", "on": "negation",
                    "a": {"doc": hub.claim.doc, "claim": hub.claim.id}, "b": {"doc": doc, "claim": best.claim.id},
                    "note": f"both reports deny the {family} [{RULE}]"})
    return out
