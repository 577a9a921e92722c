"""A speaker who would not name a person in one report, and the same speaker naming them in another.

Why a rule of its own: "asked whether the prisoner was Ola Brandt, Lind declined to confirm, saying the
name would be given on arrival" and "Lind said Ola Brandt would be home shortly" share no act, no count
and no negated verb (the first report's claim is what Lind said instead, the name sits outside it), yet
two reports of one briefing cannot both be right about whether Lind named Brandt.

Rule ``across.links.withheld_name`` (words in data/across_withheld.toml): a claim WITHHOLDS a person when
its sentence holds a refusal before a verb of naming ("declined to confirm", "refrained from identifying",
"would neither confirm nor deny", "did not name") and names a person (a named person of the report, not the
speaker) outside the claim's words, or the claim's words come right after the refusal ("declined to confirm
that Brandt was freed": nothing but ``joiners`` between them). A claim NAMES a person when its words name them and its sentence holds no such
refusal. Across two reports, a claim that withholds a person and a claim that names that person, said by one
speaker (the same entity, or a body and the one who speaks for it), contradict on ``content``. One link per
pair of reports, speaker and person; a report that does both says nothing against itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.resolve.across.caps import Capped

RULE = "across.links.withheld_name"
FILE = "across_withheld.toml"
CAP = 50


@cache
def _refusal() -> re.Pattern[str]:
    r = read(FILE)["withheld"]
    gap = rf"(?:\s+[a-z']+){{0,{int(r['reach'])}}}?"
    return re.compile(rf"\b(?:{alt(r['refusals'])}){gap}\s+(?:{alt(r['naming'])})\b")


@cache
def _joiners() -> frozenset[str]:
    return frozenset(read(FILE)["withheld"]["joiners"])


@dataclass(frozen=True)
class WithheldRec:
    """A claim that withholds (``refused``) or says the names of ``persons`` (actor ids of its report)."""

    doc: str
    claim: str
    speaker: str
    refused: bool
    persons: tuple[str, ...]


def read_withheld(doc: str, claim: str, speaker: str | None, text: str, sentence: tuple[int, int],
                  span: tuple[int, int], mentions: list[tuple[int, str]], persons: frozenset[str]) -> WithheldRec | None:
    """The claim's record (see the module's docstring), or None when it names nobody or has no speaker.
    ``mentions``: the report's (start, actor id) in text order; ``persons``: its named persons' ids."""
    if not speaker:
        return None
    lo, hi = min(sentence[0], span[0]), max(sentence[1], span[1])
    at, to = bisect_left(mentions, (lo, "")), bisect_left(mentions, (hi, ""))
    near = [(s, a) for s, a in mentions[at:to] if a in persons and a != speaker]
    if not near:
        return None
    inside = tuple(dict.fromkeys(a for s, a in near if span[0] <= s < span[1]))
    low = text[lo:hi].lower().replace("’", "'")
    refusals = [(lo + m.start(), lo + m.end()) for m in _refusal().finditer(low)]
    if not refusals:
        return WithheldRec(doc, claim, speaker, False, inside) if inside else None
    outside = [a for s, a in near if not span[0] <= s < span[1]]
    governs = any(e <= span[0] and set(re.findall(r"[a-z']+", text[e:span[0]].lower())) <= _joiners()
                  for _, e in refusals)
    held = tuple(dict.fromkeys(outside + (list(inside) if governs else [])))
    return WithheldRec(doc, claim, speaker, True, held) if held else None


def withheld_links(recs: list[WithheldRec], entity_of: dict[tuple[str, str], str], side: dict[str, str],
                   capped: Capped | None = None) -> list[dict]:
    """Each withholding against the namings of the same speaker and person in other reports."""
    def ent(doc: str, aid: str) -> str:
        return entity_of.get((doc, aid), f"{doc}/{aid}")

    named: dict[tuple[str, str], list[WithheldRec]] = {}
    for r in recs:
        if not r.refused:
            sp = ent(r.doc, r.speaker)
            for voice in {sp, side.get(sp, sp)}:
                for p in r.persons:
                    named.setdefault((voice, ent(r.doc, p)), []).append(r)
    # a report that has the speaker name the person too relays both: no end
    both = {(x.doc, voice, person) for (voice, person), xs in named.items() for x in xs}
    out, seen = [], set()
    for r in sorted(recs, key=lambda r: (r.doc, r.claim)):
        if not r.refused:
            continue
        sp = ent(r.doc, r.speaker)
        for p in r.persons:
            person = ent(r.doc, p)
            cands = [x for voice in dict.fromkeys((sp, side.get(sp, sp)))
                     for x in named.get((voice, person), []) if x.doc != r.doc]
            (capped or Capped()).note(len(cands), CAP)
            for b in cands[:CAP]:
                key = (*sorted((r.doc, b.doc)), person)
                if key in seen or (r.doc, sp, person) in both:
                    continue
                seen.add(key)
                out.append({"kind": "contradicts", "on": "content", "a": {"doc": r.doc, "claim": r.claim},
                            "b": {"doc": b.doc, "claim": b.claim},
                            "note": f"one report has the speaker decline to name {person}, the other has them "
                                    f"name {person} [{RULE}]"})
    return out

