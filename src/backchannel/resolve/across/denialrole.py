"""A party denying its own part (rule ``across.links.denial_no_role``, session 36).

Why apart from :mod:`.denial`: "Kessia said it played no role in the release" denies a go-between, but only one:
Kessia. Read as the other denials are, its parties were every party its words name, or none (a state speaking for
itself has no side), and a denial naming none answers every report's mediation: Kessia's denial was set against
the report crediting Ostrava. A denial by a noun of the family's ``subject_nouns`` ("no role", "denied any role")
denies its subject's part: the parties named before it, else the speaker (a pronoun subject, "it played no role"),
and it then answers only tellings that name that party.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from backchannel.resolve.across.denial import Denial, Family, anchored, denied_text, patterns
from backchannel.resolve.across.denialtext import named_parties
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.records import ActorRec


def role_cut(text: str, f: Family) -> int | None:
    """Where a denial by a noun of ``subject_nouns`` starts ("played no role in the release": at "no"), None when
    the text denies the family otherwise or not at all."""
    if not f.subject_nouns:
        return None
    low = fold(text)
    if len(low) != len(text):
        return None
    at = [m.start() for m in patterns(f.name)[0].finditer(low)
          if m.group("noun") in f.subject_nouns and anchored(low, f.name, m.group("noun"))]
    return at[0] if at else None


def role_parties(d: Denial, by_doc: dict[str, list[ActorRec]], entity_of: dict[tuple[str, str], str],
                 side: dict[str, str]) -> Denial:
    """``d`` with its subject's party as its parties when it denies a part (see the module), else ``d``."""
    text = denied_text(d.claim)
    cut = role_cut(text, d.family)
    if cut is None:
        return d
    sp = entity_of.get((d.claim.doc, d.claim.speaker or ""))
    parties = frozenset(named_parties(text[:cut], by_doc.get(d.claim.doc, []), entity_of, side)) or \
        frozenset({side.get(sp, sp)} if sp else set())
    return replace(d, parties=parties, named=bool(parties), own=False, part=bool(parties))


def part_fits(d: Denial, go_betweens: Container[str]) -> bool:
    """A denial of a party's part answers a telling whose go-betweens hold that party ("Kessia played no role"
    against "Kessia mediated", not against "Pell mediated between Kessia and Norland": there Kessia is a side, and
    "Lorvia said Norland's pressure played no role" disputes no mediation Norland is a side of). Other denials:
    always."""
    return not d.part or any(p in go_betweens for p in d.parties)
