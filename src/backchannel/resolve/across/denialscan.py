"""The pairing of rule ``across.links.denial`` (:mod:`.denial`): each denial against the assertions of its act.

Why a module of its own: the scan is where the rule's cost lies. Each denial was weighed against
every claim and act that tells its family, #denials x #tellings, quadratic in a family's size
(a corpus of 100,000 reports spent a third of its resolution there). Two bounds keep it linear:
the scan stops once a denial has ``MAX_ENDS`` ends (more are cut anyway, so the links are the
same), and a denial weighs at most ``MAX_SCAN`` tellings of its family, claims first, the rest
counted in ``Resolution.capped["denial"]`` (as :mod:`.caps` counts an oversize block).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from backchannel.alternation import alternation as alt

from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.denial import (COVERED_RULE, FAMILY_KEY, RULE, Denial, Family, addressed,
                                               asserted_parties, asserting_families, asserts, denial_words,
                                               denied_text, denies, find_denials, first_person, may_deny, tells,
                                               unnamed)
from backchannel.resolve.across.denialdone import shape_rules
from backchannel.resolve.across.denialkind import kind_nouns, kinds_denied, names_kind
from backchannel.resolve.across.denialtopic import actor_words, topic_families, topics
from backchannel.resolve.across.denialown import Voiced
from backchannel.resolve.across.denialrole import part_fits, role_parties
from backchannel.resolve.across.denialpairs import TEXT_KEY, answering_denials
from backchannel.resolve.across.denialsplit import split_rules
from backchannel.resolve.across.denialtext import Either, compatible, counterpart_fits, named_parties, retold, top_sides
from backchannel.resolve.across.denialvoice import not_told, voice_words
from backchannel.resolve.across.mediationsides import (MEDIATION, DocSides, doc_sides, other_case, sentence_ends,
                                                       told_earlier)
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.records import ActorRec, ClaimRec, InterRec

VOICED_RULE = "across.links.denial_own_voice"
RELEASE_TYPES = frozenset({"release"})  # acts whose target is a captive (:func:`held_parties`)
OWN_DENIAL_RULE = "across.links.own_voice_denial"
SIDE_CHAIN_RULE = "across.links.denial_side_chain"
THIRD_RULE = "across.links.denial_mediation_third"
OWN_ID = "@"  # id prefix of an own-voice denial's stand-in claim (:func:`voiced_denials`): its end is a passage
MAX_ENDS = 64  # assertions linked to one denial: the links grow with the product
#: tellings of its family (claims, then acts) one denial is weighed against. Why 2,000: the largest family
#: of the development clusters is told a few dozen times; a denial then costs at most 2,000 checks
MAX_SCAN = 2000


@dataclass
class Tellings:
    """What each claim and act of a corpus tells, worked out once per call: every denial of a family scans
    the same tellings (the memos hold one entry per claim or act and family)."""

    claims: list[ClaimRec]
    inters: list[InterRec]
    by_doc: dict[str, list[ActorRec]]
    entity_of: dict[tuple[str, str], str]
    side: dict[str, str]
    kind_of: dict[str, str] = field(default_factory=dict)  # entity -> kind (denialvoice.third_party)
    voiced: list[Voiced] = field(default_factory=list)  # own-voice sentences (denialown.py)
    held: frozenset[str] = frozenset()  # the captives (a release's target): what a mediation was for, no side of it
    memo: dict[tuple, object] = field(default_factory=dict)

    @cached_property
    def mediation_sides(self) -> DocSides:  # across.links.denial_mediation_sides: each report's go-betweens, sides
        return doc_sides(self.inters, self.entity_of, self.side)

    def go_betweens(self, doc: str, claim: int | None = None) -> Either:  # a report's go-betweens and the captives:
        named = self.memo.get(("cg", claim), frozenset())  # no side of a dispute; those a claim names as such too
        return Either(self.mediation_sides.mediators.get(doc, frozenset()) | named, self.held)  # type: ignore[operator]

    @cached_property
    def claim_index(self) -> dict[tuple[str, str], int]:  # (report, claim id) -> its place in ``claims``
        return {(c.doc, c.id): i for i, c in enumerate(self.claims)}

    @cached_property
    def mediation_ends(self) -> dict[tuple[str, str], set[str]]:  # one mediation told as one act per side
        return sentence_ends(self.inters, self.entity_of, self.side)

    @cached_property
    def family(self) -> dict[str, Family]:
        return {f.name: f for f in denial_words().families}

    def claim_tells(self, i: int, name: str) -> bool:  # a claim a verb of denial reports tells nothing
        key = ("ct", i, name)
        if key not in self.memo:
            c = self.claims[i]
            self.memo[key] = asserts(c.content, name) and not not_told(c.cue, c.content)  # most assert nothing
        return bool(self.memo[key])

    def claim_parties(self, i: int, name: str) -> frozenset[str]:
        key = ("cp", i, name)
        if key not in self.memo:
            c, docs = self.claims[i], self.by_doc.get(self.claims[i].doc, [])
            parties = (named_parties(c.content, docs, self.entity_of, self.side)
                       if self.family[name].by_word or name == MEDIATION  # the sides follow a mediation's verb
                       else asserted_parties(c.content, name, docs, self.entity_of, self.side))
            if name == MEDIATION:
                self.memo[("cg", i)] = self.mediation_sides.third(c.doc, parties)  # named go-betweens
                parties = self.mediation_sides.fill(c.doc, parties)
            if (sc := self.entity_of.get((c.doc, c.speaker or ""))) and \
                    (first_person(c.content) or addressed(fold(c.content))):
                parties |= {self.side.get(sc, sc)}  # "they told us": the speaker's side is a party
            self.memo[key] = frozenset(parties)
        return self.memo[key]  # type: ignore[return-value]

    def voiced_parties(self, i: int) -> frozenset[str]:
        """The parties an own-voice sentence names, worked out once (every denial of its family reads them)."""
        key = ("vp", i)
        if key not in self.memo:
            v = self.voiced[i]
            self.memo[key] = frozenset(named_parties(v.text, self.by_doc.get(v.doc, []), self.entity_of, self.side))
        return self.memo[key]  # type: ignore[return-value]

    def act_tells(self, i: int, name: str) -> bool:
        key = ("at", i, name)
        if key not in self.memo:
            self.memo[key] = tells(self.inters[i].type, self.inters[i].evidence, self.family[name])
        return bool(self.memo[key])

    def telling_claims(self, names: tuple[str, ...]) -> list[int]:
        """The claims telling a family, found once (every denial rescanning all was quadratic)."""
        key = ("tc", names)
        if key not in self.memo:
            self.memo[key] = [i for i in range(len(self.claims)) if any(self.claim_tells(i, n) for n in names)]
        return self.memo[key]  # type: ignore[return-value]

    def telling_voiced(self, names: tuple[str, ...]) -> list[tuple[int, str]]:
        """Rule ``across.links.denial_own_voice``: the own-voice sentences telling a family, with the family."""
        key = ("tv", names)
        if key not in self.memo:
            told = ((i, next((n for n in names if asserts(v.text, n)), "") if not v.deny_only else "")
                    for i, v in enumerate(self.voiced))
            self.memo[key] = [(i, n) for i, n in told if n]
        return self.memo[key]  # type: ignore[return-value]

    def telling_acts(self, names: tuple[str, ...]) -> list[int]:
        key = ("ta", names)
        if key not in self.memo:
            self.memo[key] = [i for i, r in enumerate(self.inters)
                              if not r.negated and any(self.act_tells(i, n) for n in names)]
        return self.memo[key]  # type: ignore[return-value]


def kind_gate(d: Denial) -> frozenset[str]:
    """The act nouns a denial of a kind alone denies ("this is not a ceasefire": {"ceasefire"}); empty when the
    claim denies its family otherwise too ("there was no deal"). A denial of a kind answers only the tellings
    that name that kind (``denialkind.names_kind``, rule ``across.links.denial_kind_gate``): "agreed to a
    ceasefire", not "agreed to withdraw the sanctions", which the same parties agreed in the same deal."""
    text = denied_text(d.claim)
    if denies(text, d.family.name, d.claim.near, kind=False):
        return frozenset()
    w = denial_words()
    return kinds_denied(fold(text), kind_nouns(d.family), w.modals, w.modified_heads)


Gate = tuple[frozenset[str], frozenset[str] | None]  # (kinds denied, topic words or None: no topic asked)


def gates(d: Denial, t: Tellings) -> Gate:
    """What an end must name to answer ``d``: the kinds it denies (:func:`kind_gate`) and, for a family of
    ``denial.topic.families``, its topic words (rule ``across.links.denial_topic``, :mod:`.denialtopic`). Read once
    per denial: its claim, ends and acts are weighed against the same gate."""
    key = ("gate", d.claim.doc, d.claim.id, d.claim.content, d.family.name)
    if key not in t.memo:
        topic = (topics(d.claim.content, [], known_words(d.claim.doc, t)) if d.family.name in topic_families()
                 else None)
        t.memo[key] = (kind_gate(d), topic)
    return t.memo[key]  # type: ignore[return-value]


def known_words(doc: str, t: Tellings) -> frozenset[str]:
    """The words of a report's actors and outlet (:func:`.denialtopic.actor_words`), read once per report."""
    key = ("actor_words", doc)
    if key not in t.memo:
        t.memo[key] = actor_words(t.by_doc.get(doc, []))
    return t.memo[key]  # type: ignore[return-value]


def end_fits(gate: Gate, text: str, doc: str, t: Tellings) -> bool:
    """A telling (its words ``text``, its report ``doc``) names what the denial's gate asks for."""
    kinds, topic = gate
    if kinds and not names_kind(kinds, fold(text)):
        return False
    if topic is None:
        return True
    key = ("topics", doc, text)  # a telling is weighed by every denial of its family: its topics read once
    if key not in t.memo:
        t.memo[key] = topics(text, [], known_words(doc, t))
    return bool(topic & t.memo[key])  # type: ignore[operator]


def claim_ends(d: Denial, t: Tellings, told: dict[str, list[str]], budget: int) -> tuple[list[dict], int]:
    """The claims of other reports asserting ``d``'s act with compatible parties, one per source of a report
    (a source telling it twice tells it once); ``told`` gathers each report's asserting claims. Also: how
    many tellings were weighed (at most ``budget``)."""
    fams = asserting_families(d.family)
    ends: list[dict] = []
    heard: set[tuple[str, str | None]] = set()  # (doc, speaker)
    weighed, gate = 0, gates(d, t)
    for i in t.telling_claims(tuple(f.name for f in fams)):
        if len(ends) >= MAX_ENDS or weighed >= budget:
            break  # more ends are cut anyway, and the acts (which read ``told``) are not scanned then
        weighed += 1
        c = t.claims[i]
        fam = next((f for f in fams if t.claim_tells(i, f.name)), None) if c.doc != d.claim.doc else None
        if fam is None:
            continue
        told.setdefault(c.doc, []).append(fold(c.content))
        if not end_fits(gate, c.content, c.doc, t):
            continue  # across.links.denial_kind_gate, across.links.denial_topic
        cp = t.claim_parties(i, fam.name)
        if (c.doc, c.speaker) not in heard and part_fits(d, cp & t.mediation_sides.mediators.get(c.doc, set())) \
                and (unnamed(d, fam, cp, t.kind_of) or compatible(d.parties, cp)) and not other_side(d, cp, fam) \
                and counterpart_fits(d.family.name, d.parties, cp, d.claim.content, c.content, t.go_betweens(c.doc, i)):
            heard.add((c.doc, c.speaker))
            ends.append({"doc": c.doc, "claim": c.id, FAMILY_KEY: fam.name})
    return ends, weighed


def voiced_ends(d: Denial, t: Tellings, told: dict[str, list[str]], when: str, ends: list[dict], budget: int) -> int:
    """Add to ``ends`` the own-voice sentences of other reports telling ``d``'s act (rule
    ``across.links.denial_own_voice``): one per report (its own voice is one source), none whose words an
    asserting claim of its report already carries, none naming a year after the denial's (as :func:`act_ends`),
    with the parties its sentence names compatible; how many were weighed (at most ``budget``)."""
    fams = {f.name: f for f in asserting_families(d.family)}
    seen: set[str] = set()
    weighed, gate = 0, gates(d, t)
    for i, name in t.telling_voiced(tuple(fams)):
        if len(ends) >= MAX_ENDS or weighed >= budget:
            break  # more ends are cut anyway
        weighed += 1
        v = t.voiced[i]
        if v.doc == d.claim.doc or v.doc in seen or any(retold(x, fold(v.text)) for x in told.get(v.doc, [])) \
                or not end_fits(gate, v.text, v.doc, t):
            continue
        if when[:4].isdigit() and v.year is not None and v.year > int(when[:4]):
            continue  # after the denial: not what it denied
        fam = fams[name]
        parties = t.voiced_parties(i)
        if not part_fits(d, {p for p in parties if p in t.go_betweens(v.doc)}):
            continue
        if (unnamed(d, fam, parties, t.kind_of) or compatible(d.parties, parties)) and not other_side(d, parties, fam) \
                and counterpart_fits(d.family.name, d.parties, parties, d.claim.content, v.text, t.go_betweens(v.doc)):
            seen.add(v.doc)
            ends.append({"doc": v.doc, "start": v.start, "end": v.end, FAMILY_KEY: fam.name, TEXT_KEY: v.text})
    return weighed


def act_ends(d: Denial, t: Tellings, told: dict[str, list[str]], when: str, ends: list[dict], budget: int) -> int:
    """Add to ``ends`` the acts of other reports telling ``d``'s act, not already told by an asserting claim of
    their report, not after the denial, whose parties are the denial's; how many were weighed."""
    fams = asserting_families(d.family)
    weighed, gate = 0, gates(d, t)
    for i in t.telling_acts(tuple(f.name for f in fams)):
        if len(ends) >= MAX_ENDS or weighed >= budget:
            break  # more ends are cut below anyway
        weighed += 1
        r = t.inters[i]
        fam = next((f for f in fams if t.act_tells(i, f.name)), None) if r.doc != d.claim.doc else None
        if fam is None or any(retold(x, fold(r.evidence)) for x in told.get(r.doc, [])) \
                or not end_fits(gate, r.evidence, r.doc, t):
            continue  # (the act's sentence is already an end, as its claim; another kind of act)
        if when and r.time and r.time[:10] > when or fam.name == MEDIATION and told_earlier(r.time, when):
            continue  # after the denial, or an earlier case's mediation: not what it denied
        sides = act_parties(t, r, fam)
        doer = {t.side.get(e, e) for e in [t.entity_of.get((r.doc, r.source or ""))] if e}
        if sides is None or not part_fits(d, doer):
            continue  # another case's mediation (across.links.denial_mediation_sides); a part denied: its doer's
        if (compatible(d.parties, sides) or d.own and unnamed(d, fam, frozenset(sides), t.kind_of)) and \
                not (len(d.parties) >= 2 and sides - d.parties and fam.name != MEDIATION) and \
                counterpart_fits(d.family.name, d.parties, sides, d.claim.content, r.evidence, t.go_betweens(r.doc)):
            ends.append({"doc": r.doc, "interaction": r.id, FAMILY_KEY: fam.name})  # both ends theirs
    return weighed


def other_side(d: Denial, told: set[str] | frozenset[str], fam: Family) -> bool:
    """A denial naming two parties or more ("we never held talks with Westmark", said for the Front) answers only a
    claim or own-voice telling that does not put another party in the place of one of them ("Ostland held talks with
    Westmark" is another side's act; "the Pell envoy was involved in the talks between A and B" names both sides of
    "we never held talks with B", said for A; "they told us", said for B, leaves A unnamed): s44 review. Not for a
    mediation, whose denials and tellings :mod:`.mediationsides` weighs."""
    return len(d.parties) >= 2 and bool(set(told) - d.parties) and bool(d.parties - set(told)) \
        and fam.name != MEDIATION


def act_parties(t: Tellings, r: InterRec, fam: Family) -> set[str] | None:
    """The parties of an act telling ``fam``: its ends; for an exchange the other side its sentence names too; for a
    mediation (rule ``across.links.denial_mediation_sides``, :mod:`.mediationsides`) the ends of the mediation acts of
    its sentence, the parties it names and, when these are go-betweens only, its report's sides. None for a
    mediation of another case ("in a separate case")."""
    ids = {t.entity_of.get((r.doc, x)) for x in (r.source, r.target) if x}
    sides = {t.side.get(e, e) for e in ids if e}
    if fam.by_word or fam.name == MEDIATION:  # an exchange: the other side its sentence names is a party too
        sides |= named_parties(r.evidence, t.by_doc.get(r.doc, []), t.entity_of, t.side)
    if fam.name != MEDIATION:
        return sides
    if other_case(r.evidence):
        return None
    return t.mediation_sides.fill(r.doc, sides | t.mediation_ends.get((r.doc, r.evidence), set()))


def once_per_report(pairs: list[tuple[Denial, dict]]) -> list[tuple[Denial, dict]]:
    """Rule ``across.links.denial_mediation_once``: a report's denials of a go-between that deny one thing (the same
    parties: "there was no mediation" and "no mediator was involved", said by one side) answer another report once,
    by the closest pair (the first of :func:`.denialpairs.answering_denials`): a mediation told three times by a
    report (the mediators' statement, one act per side) is one telling disputed. Other families unchanged."""
    seen: set[tuple] = set()
    out = []
    for d, e in pairs:
        if d.family.name == MEDIATION:
            key = (d.claim.doc, d.parties, e["doc"])
            if key in seen:
                continue
            seen.add(key)
        out.append((d, e))
    return out


def voiced_denials(voiced: list[Voiced]) -> list[ClaimRec]:
    """Rule ``across.links.own_voice_denial``: a sentence of a report's own voice (no claim in it, no habit, question,
    condition, modal or hearsay: :mod:`.denialown`) may deny an act as a speaker's claim does ("No ransom was paid
    for the pupils, who walked home on Friday"): the report vouches for it. Each is a stand-in claim with no speaker
    (its parties are those its words name), whose end is the passage ``{doc, start, end}``; :func:`.denial.denies`
    judges it with every claim."""
    return [ClaimRec(v.doc, f"{OWN_ID}{v.start}:{v.end}", None, v.text, False, frozenset(), (v.start, v.end))
            for v in voiced if may_deny(v.text) and not reports_denial(v.text)]


def reports_denial(text: str) -> bool:
    """The sentence tells that someone denies ("Lorvia on Monday denied paying a ransom"): the denial is that party's,
    which the report retells without vouching for it, not the report's own."""
    return bool(_deny_verbs().search(fold(text)))


@cache
def _deny_verbs() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(voice_words().deny_heads)})\b")


def held_parties(inters: list[InterRec], entity_of: dict[tuple[str, str], str]) -> frozenset[str]:
    """The entities some report tells freed (a release's target): the captives."""
    return frozenset(e for r in inters if r.type in RELEASE_TYPES and r.target
                     if (e := entity_of.get((r.doc, r.target))))


def unheld(d: Denial, held: frozenset[str]) -> Denial:
    """Rule ``across.links.denial_captive_not_party``: the captive a denial of a release's family names ("no ransom
    was paid for Ola Brandt", "Brandt was freed without anything in exchange") is what was paid or swapped for, not
    who paid or was paid: a denial naming no other party names none (:func:`.denial.unnamed` then lets it answer
    whoever another report says paid). Only for the families about a captive's release (``unnamed_any``)."""
    if not d.family.unnamed_any or not d.parties & held or d.own:
        return d
    rest = d.parties - held
    return replace(d, parties=rest, named=bool(rest))


def _sub_rules(d: Denial, e: dict, t: Tellings, first: dict[str, str]) -> str:
    """The s44 sub-rules a denial link rests on, for its note (s44 review): the shape of the denial's words
    (:func:`.denialdone.shape_rules`), its speaker's side climbed past her own (``denial_side_chain``), a telling
    whose go-betweens stood for its report's sides (``denial_mediation_third``)."""
    f = d.family
    out = shape_rules(fold(denied_text(d.claim)), f.name, f.nouns - f.anchored, f.verbs, denial_words().deny_verbs)
    sp = t.entity_of.get((d.claim.doc, d.claim.speaker or ""))
    if sp and sp in first and t.side.get(sp) != first[sp]:
        out.append(SIDE_CHAIN_RULE)
    i = t.claim_index.get((e.get("doc", ""), e.get("claim", "")))
    if i is not None and t.memo.get(("cg", i)):
        out.append(THIRD_RULE)
    return "".join(f" [{r}]" for r in out)


def denial_end(c: ClaimRec) -> dict:
    """The end of a denial: its claim, or the passage of an own-voice denial (:func:`voiced_denials`)."""
    return {"doc": c.doc, "start": c.span[0], "end": c.span[1]} if c.id.startswith(OWN_ID) else {"doc": c.doc, "claim": c.id}


def note_scan(capped: Capped, size: int, weighed: int) -> None:
    """Count one denial whose family's ``size`` tellings were weighed ``weighed`` of (nothing if all were)."""
    capped.largest = max(capped.largest, size)
    if weighed < size:
        capped.blocks += 1
        capped.skipped += size - weighed


def denial_links(claims: list[ClaimRec], inters: list[InterRec], actors: list[ActorRec],
                 entity_of: dict[tuple[str, str], str], side: dict[str, str],
                 published: dict[str, str | None], capped: Capped | None = None,
                 voiced: list[Voiced] | None = None, acts_for: dict[str, str] | None = None) -> list[dict]:
    """Each denial against each assertion of its act in another report (see :mod:`.denial`'s docstring);
    each denial weighs at most ``MAX_SCAN`` tellings, the ones left out counted in ``capped``. ``acts_for``: the
    offices, bodies and leaders a side climbs through to its state (:func:`.denialtext.top_sides`)."""
    first, side = side, top_sides(side, climbs=acts_for or {})  # across.links.denial_side_chain
    t = Tellings(claims, inters, {}, entity_of, side, voiced=voiced or [])
    for a in actors:
        t.by_doc.setdefault(a.doc, []).append(a)
        if ent := entity_of.get((a.doc, a.id)):
            t.kind_of.setdefault(ent, a.kind)
    found: list[tuple[Denial, dict]] = []
    held = t.held = held_parties(inters, entity_of)
    found_denials = find_denials(claims + voiced_denials(t.voiced), t.by_doc, entity_of, side, held)
    for d in (unheld(role_parties(x, t.by_doc, entity_of, side), held) for x in found_denials):
        names = tuple(f.name for f in asserting_families(d.family))
        told: dict[str, list[str]] = {}  # doc -> contents of its asserting claims
        ends, weighed = claim_ends(d, t, told, MAX_SCAN)
        when = (published.get(d.claim.doc) or "")[:10]
        weighed += voiced_ends(d, t, told, when, ends, MAX_SCAN - weighed)
        if len(ends) < MAX_ENDS:
            weighed += act_ends(d, t, told, when, ends, MAX_SCAN - weighed)
        size = len(t.telling_claims(names)) + len(t.telling_voiced(names)) + len(t.telling_acts(names))
        note_scan(capped if capped is not None else Capped(), size,  # a scan cut by MAX_ENDS left out
                  weighed if len(ends) < MAX_ENDS else size)         # nothing it would keep
        found.extend((d, e) for e in ends[:MAX_ENDS])
    out: list[dict] = []
    contents = {(c.doc, c.id): c.content for c in claims}
    evidence = {(r.doc, r.id): r.evidence for r in inters}
    for d, e in once_per_report(answering_denials(found, contents, evidence)):
        told_as = e.pop(FAMILY_KEY)
        voice = e.pop(TEXT_KEY, None) is not None
        own = f" (in its own voice [{OWN_DENIAL_RULE}])" if d.claim.id.startswith(OWN_ID) else ""
        note = (f"one report denies the {d.family.name}{own}, the other tells it in its own voice [{VOICED_RULE}]" if voice
                else f"one report denies the {d.family.name}{own}, the other tells it [{RULE}]" if told_as == d.family.name
                else f"one report denies the {d.family.name}{own}, the other tells an {told_as} [{COVERED_RULE}]")
        told_text = contents.get((e.get("doc", ""), e.get("claim", "")))
        note += split_rules(d.claim.content, told_text, d.family.name, told_as) + _sub_rules(d, e, t, first)
        out.append({"kind": "contradicts", "on": "negation", "a": denial_end(d.claim),
                    "b": e, "note": note})
    return out
