"""What the resolver keeps of each report: small records, never the report's text.

Why digests: a corpus is streamed one dossier at a time (from files or the store);
the resolver keeps for each actor, interaction and claim only the fields it compares,
plus a MinHash signature of the text for near-duplicate detection. Memory then grows
with the number of items, not with the corpus's characters.
"""

from __future__ import annotations

import re
from sys import intern
from dataclasses import dataclass, field, replace

from backchannel.model import Document, Dossier
from backchannel.resolve.across.agents import Agented, active_passages, agent_passages
from backchannel.resolve.across.brokered import Told, told_in, via_told
from backchannel.resolve.across.announceday import Announced, announce_days
from backchannel.resolve.across.calls import Call, call_passages
from backchannel.resolve.across.causes import Cause, cause_passages
from backchannel.resolve.across.captivecounts import CaptiveCount, captive_counts
from backchannel.resolve.across.case_words import ClaimContext, claim_context
from backchannel.resolve.across.clocks import dateline_zone
from backchannel.resolve.across.deniedparse import denied_act
from backchannel.resolve.across.denialown import Voiced, own_voice
from backchannel.resolve.across.dupes import Signature, signature
from backchannel.resolve.across.gcpause import Settler
from backchannel.resolve.across.countgroups import CountedGroup, counted_forms
from backchannel.resolve.across.countsplit import Split, holding_claim, splits
from backchannel.resolve.across.owncounts import told_counts
from backchannel.resolve.across.pleas import charge_passages, plea_passages
from backchannel.resolve.across.swapday import SwapDay, swap_days
from backchannel.resolve.across.movedday import MovedDay, moved_days
from backchannel.resolve.across.saidday import said_days
from backchannel.resolve.across.recbase import ClaimRec, synonym_form
from backchannel.resolve.across.passages import Counted, Passage, count_passages, report_states, start_passages
from backchannel.resolve.across.origin import origin_ends
from backchannel.resolve.across.samepassage import runs
from backchannel.resolve.across.names import body_key, norm, of_inverted, proper, side_free, strip_titles
from backchannel.resolve.across.offices import Holders, lowered, office_forms, office_spans
from backchannel.resolve.across.textspans import NONE, mention_starts, near_words, sentence_end, sentence_start
from backchannel.resolve.across.storyroles import StoryRole, capture_acts, same_role_pairs, story_roles
from backchannel.resolve.across.words import words
from backchannel.resolve.across.withheld import WithheldRec, read_withheld
from backchannel.resolve.across.yielding import YieldRec, read_yield


@dataclass
class DocRec:
    """A report: id, outlet, date, and the MinHash signature of its text."""

    id: str
    source: str | None
    published: str | None
    sig: Signature | None = None  # MinHash values (datasketch), None for a text under five words


#: The rule that sets an actor's kind from the NER label alone: the weakest evidence of kind
#: (a rare given name is often tagged an organisation), so it never alone keeps two actors apart.
KIND_FROM_LABEL = "actors.names.kind_ner_label"
#: The rule that makes a named "person" a group because its name leads armed members ("Front fighters"): the
#: strongest evidence of kind a report gives, so another report's person of the same full name is that group.
KIND_FROM_MEMBERS = "actors.aliases.modifier_names_group"
#: The rules that make a sub-national unit an actor of kind state (extract/actors/subnational.py).
SUBNATIONAL = "actors.subnational."
#: The claim rules whose content is the clause complement of its cue ("X denies | that Pell mediated"): a verb of
#: denial before it denies the clause's act, not a noun inside it (rule ``across.links.denial_clause_cue``).
COMPLEMENT_RULE = "claims.content.complement"


@dataclass
class ActorRec:
    """An actor of one report, with the forms its name is compared by."""

    doc: str
    id: str
    name: str
    kind: str
    named: bool
    forms: list[str]  # normal forms of the name and its proper aliases
    descriptors: list[str]
    affiliation: str | None  # normal form of the affiliated actor's name
    affil_id: str | None = None  # the affiliated actor's id in the same report
    source: str | None = None  # the report's outlet
    claims: list[frozenset[str]] = field(default_factory=list)  # token sets of what it said
    spans: list[tuple[int, int]] = field(default_factory=list)  # first mention, for passage ends
    role_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # descriptor -> span with the name
    kind_guessed: bool = False  # the kind came from the NER label alone (no title, given name or word said it)
    kind_by_members: bool = False  # a group by its armed members ("Front fighters": across.entities.members_kind)
    offices: dict[str, tuple[int, int]] = field(default_factory=dict)  # post -> passage giving it (offices.py)
    role: StoryRole | None = None  # an unnamed group's part in the story (storyroles.py)
    acts: bool = False  # an end of one of its report's interactions (entities.silent_group)
    unit: bool = False  # a sub-national unit ("Lorvia State", actors.subnational.*): a state's part, not a state
    counted: tuple[CountedGroup, ...] = ()  # an unnamed group's exact counts ("248 servicemen": countgroups.py)
    runs: frozenset[str] = frozenset()  # an unnamed actor's runs of words around its mentions (samepassage.py)
    key: tuple[str, str] = field(init=False, repr=False, compare=False)  # (doc, id), read in every pair scored

    def __post_init__(self) -> None:
        self.key = (self.doc, self.id)


@dataclass
class InterRec:
    """An interaction of one report, its ends given as actor ids of that report."""

    doc: str
    id: str
    type: str
    source: str | None
    target: str | None
    via: list[str]
    negated: bool
    modality: str
    time: str | None
    count: tuple[int, str] | None
    evidence: str
    published: str | None
    inferred: tuple[str, ...] = ()  # fields the extractor filled in, not read in the text (an end: "target")
    denied: bool = False  # its doer denies it ("denied allegations that it held her"): deniedparse.py
    span: tuple[int, int] = (-1, -1)  # its evidence sentence's offsets (countacts.py: a count in it is its count)
    own_time: bool = True  # its time is written in its evidence, not carried from before (time_own_sentence)


SETTLER = Settler()  # one per process: it counts the reports digested by every Digest (not a field: merged as data)


@dataclass
class Digest:
    """Everything the resolver read from a corpus, report by report."""

    docs: list[DocRec] = field(default_factory=list)
    actors: list[ActorRec] = field(default_factory=list)
    inters: list[InterRec] = field(default_factory=list)
    claims: list[ClaimRec] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    counts: list[Counted] = field(default_factory=list)
    spans: dict[tuple[str, int, int], str] = field(default_factory=dict)  # text of every passage kept
    same: list[tuple[tuple[str, str], tuple[str, str]]] = field(default_factory=list)  # see :func:`bracketed`
    same_why: dict[tuple[tuple[str, str], tuple[str, str]], str] = field(default_factory=dict)  # a `same` pair's reason
    told: list[Told] = field(default_factory=list)  # direct or mediated tellings (brokered.py)
    calls: list[Call] = field(default_factory=list)  # clock times of calls (clocks.py)
    #: per report, (start, actor id) of every actor mention in text order (casedispute.py: whom a claim is about)
    mentions: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    #: (doc, claim id) -> what casedispute.py reads of the claim's sentence (no text)
    contexts: dict[tuple[str, str], ClaimContext] = field(default_factory=dict)
    yields: list[YieldRec] = field(default_factory=list)  # who a claim says gave in (yielding.py)
    withheld: list[WithheldRec] = field(default_factory=list)  # whom a claim names or will not name (withheld.py)
    captives: list[CaptiveCount] = field(default_factory=list)  # counts of people taken or freed (captivecounts.py)
    voiced: list[Voiced] = field(default_factory=list)  # own-voice sentences a denial may answer (denialown.py)
    agents: list[Agented] = field(default_factory=list)  # passives of an act and their "by" phrase (agents.py)
    splits: list[Split] = field(default_factory=list)  # groups of people split into kinds (countsplit.py)
    told_counts: list[ClaimRec] = field(default_factory=list)  # counts of people no item carries (owncounts.py)
    pleas: list[ClaimRec] = field(default_factory=list)  # pleas and charges told in a report's own voice (pleas.py)
    swaps: list[SwapDay] = field(default_factory=list)  # the days an exchange happened (swapday.py)
    moved: list[MovedDay] = field(default_factory=list)  # the days the freed were moved to a state (movedday.py)
    causes: list[Cause] = field(default_factory=list)  # causes credited or denied (causes.py)
    announced: list[Announced] = field(default_factory=list)  # the days agreements were announced (announceday.py)

    def add(self, d: Dossier) -> None:
        """Digest one dossier (one document), keeping no text but short evidence and claim content."""
        if not d.documents:
            return
        doc = d.documents[0]
        self.docs.append(DocRec(doc.id, doc.source, doc.published, signature(doc.text)))
        claims = said_days(doc.text, doc.published, [ClaimRec(  # the day of saying: across.links.quoted_figure
            doc.id, c.id, c.speaker, c.content, c.direct, content_tokens(c.content), claim_span(c), cue=c.cue or "",
            clause=(c.rule or "").startswith(COMPLEMENT_RULE)) for c in d.claims])
        self._add_passages(doc, d, claims)
        roles = story_roles(doc.text, d, doc.source, doc.published)
        self._add_actors(doc, d, claims, roles)
        origin = origin_ends(doc.text, d)  # "Yemen's Houthis": the group is the party (origin.py)
        for i in d.interactions:
            self.inters.append(InterRec(
                doc.id, i.id, i.type, origin.get((i.id, "source"), i.source), origin.get((i.id, "target"), i.target),
                list(i.via), i.negated, i.modality, i.time.value if i.time else None, (i.count.value, i.count.qualifier) if i.count else None,
                i.evidence.text, doc.published, tuple(i.inferred), denied_act(i, d), (i.evidence.start, i.evidence.end),
                not i.time or i.time.start is None or i.evidence.start <= i.time.start < i.evidence.end))
        self.claims.extend(claims)
        self.mentions[doc.id] = mention_starts(doc.text, d)
        self.moved += moved_days(doc.id, doc.text, doc.published, d, self.mentions[doc.id])
        mine = self.inters[len(self.inters) - len(d.interactions):]  # this report's acts
        self.causes += cause_passages(doc.id, doc.text, claims, mine)
        self.announced += announce_days(doc.id, doc.text, doc.published, claims, mine)
        persons = {a.id for a in d.actors if a.kind == "person" and a.named}
        named = [at for at, aid in self.mentions[doc.id] if aid in persons]  # a surname alone too
        acts = [(i.evidence.start, i.evidence.end) for i in d.interactions if i.type == "accuse"]
        told = plea_passages(doc.id, doc.text, claims, named) + charge_passages(doc.id, doc.text, claims, named, acts)
        self.pleas += [replace(c, toks=content_tokens(c.content)) for c in told]  # across.links.case_plea, case_charge
        self._add_claim_sentences(doc, d, claims)
        self._add_pairs(doc, d, claims, roles)
        SETTLER.tick()  # the records kept are skipped by later collections (gcpause.Settler)

    def _add_passages(self, doc: Document, d: Dossier, claims: list[ClaimRec]) -> None:
        """The report's passages (time, calls, captive counts, own voice, passives) and their claims (:meth:`add`)."""
        local = dateline_zone(doc.text)
        for p in start_passages(doc.id, doc.text, local):
            inside = next((c.id for c in claims if c.span[0] < p.anchor <= c.span[1] + 1), None)
            self.passages.append(replace(p, claim=inside) if inside else p)
        for k in call_passages(doc.id, doc.text, local):
            inside = next((c.id for c in claims if c.span[0] < k.anchor <= c.span[1] + 1), None)
            self.calls.append(replace(k, claim=inside) if inside else k)
        self.captives += captive_counts(doc.id, doc.text, d, doc.published, doc.source)
        self.voiced += own_voice(doc.id, doc.text, [c.span for c in claims], doc.published)
        self.agents += agent_passages(doc.id, doc.text) + active_passages(doc.id, doc.text)
        self.swaps += swap_days(doc.id, doc.text, doc.published)
        counted = count_passages(doc.id, doc.text, report_states(d))  # read once: a third of the digest
        self.splits += [holding_claim(x, claims) for x in splits(doc.id, doc.text, report_states(d))]
        kept: list[Passage | Counted] = [*self.passages[-8:], *counted]
        for x in kept:
            if x.doc == doc.id:
                self.spans[(x.doc, x.start, x.end)] = doc.text[x.start:x.end]
        for q in counted:
            holder = next((c for c in claims if c.span[0] <= q.start < c.span[1]), None) or next(
                (c for c in claims if c.span[0] <= q.quantity.start < c.span[1]), None)  # "that | 104 girls ..."
            self.counts.append(replace(q, claim=holder.id, claim_words=len(holder.content.split())) if holder else q)
        self.told_counts += told_counts(doc.id, doc.text, claims, d, doc.published, report_states(d))

    def _add_actors(self, doc: Document, d: Dossier, claims: list[ClaimRec], roles: dict[str, StoryRole]) -> None:
        """One record per actor of the report: its forms, claims, spans, offices and story role (part of :meth:`add`)."""
        names = {a.id: a.name for a in d.actors}
        said: dict[str, list[frozenset[str]]] = {}
        for c in claims:
            if c.speaker:
                said.setdefault(c.speaker, []).append(c.toks)
        defined = defined_acronyms(doc.text)
        in_acts = {x for i in d.interactions for x in (i.source, i.target, *i.via) if x}
        holders = Holders(d)  # the persons' descriptors by surname, read when a form first asks
        for a in d.actors:
            rec = actor_record(doc.id, a.id, a.name, a.kind, a.named, a.aliases, a.descriptors,
                               names.get(a.affiliation or ""), a.affiliation, doc.source)
            rec.forms = list(dict.fromkeys(rec.forms + office_forms(rec.forms, holders) + acronym_forms(rec, defined)))
            rec.claims = said.get(a.id, [])
            rec.spans = [(m.start, m.end) for m in a.mentions[:1]]
            rec.runs = NONE if a.named else runs(doc.text, [(m.start, m.end) for m in a.mentions]) or NONE
            rec.role_spans = role_spans(doc.text, a)
            rec.kind_guessed, rec.kind_by_members = (a.traced("kind") == k for k in (KIND_FROM_LABEL, KIND_FROM_MEMBERS))
            rec.offices = office_spans(doc.text, a)
            rec.role = roles.get(a.id)
            rec.acts = a.id in in_acts
            rec.unit = a.kind == "state" and any((x or "").startswith(SUBNATIONAL)
                                                 for x in (a.rule, *(m.rule for m in a.mentions)))
            self.spans.update({(doc.id, s, e): doc.text[s:e] for s, e in rec.offices.values()})
            self.actors.append(rec)

    def _add_claim_sentences(self, doc: Document, d: Dossier, claims: list[ClaimRec]) -> None:
        """What each claim's sentence says besides the claim: its context, who gave in, whom it names or withholds
        (part of :meth:`add`; after the report's mentions are kept)."""
        persons = frozenset(a.id for a in d.actors if a.kind == "person" and a.named)
        for c in claims:
            begin = c.sentence = sentence_start(doc.text, c.span[0])
            sentence = (begin, sentence_end(doc.text, c.span[1]))  # read once: near_words needs it too
            c.near = near_words(doc.text, begin, c.span[1], sentence[1])
            self.contexts[(doc.id, c.id)] = claim_context(doc.text, begin, max(c.span[1], begin))
            got = read_yield(doc.text, sentence, c.span, self.mentions[doc.id])
            if got is not None:
                self.yields.append(YieldRec(doc.id, c.id, c.direct, got))
            held = read_withheld(doc.id, c.id, c.speaker, doc.text, sentence, c.span, self.mentions[doc.id], persons)
            if held is not None:
                self.withheld.append(held)

    def _add_pairs(self, doc: Document, d: Dossier, claims: list[ClaimRec], roles: dict[str, StoryRole]) -> None:
        """Pairs of the report's actors that are one party, and its tellings of acts (part of :meth:`add`)."""
        self.same.extend(bracketed(doc.id, doc.text, d))
        same = same_role_pairs(doc.id, roles, capture_acts(doc.text, d)[0]) if roles else {}
        for pair, why in {**one_body(doc.id, d), **same}.items():
            self.same.append(pair)
            self.same_why[pair] = why
        self.told.extend(told_in(doc.id, doc.text, [(c.id, *c.span) for c in claims],
                                 [(i.id, i.type, i.evidence.start, i.evidence.end) for i in d.interactions]))
        self.told.extend(via_told(doc.id, [(i.id, i.type, i.evidence.start, bool(i.via) and not i.negated)
                                           for i in d.interactions]))


#: "Federal Harbour Authority of Lorvia (FHA)": a capitalised name and the acronym the report gives it
DEFINED = re.compile(r"([A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|on)\s+)*[A-Z][\w’'-]*)+)\s*\(([A-Z]{2,6})\)")


#: the part of :data:`DEFINED` every match holds: "(FHA)"
BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """Full name (normal form) -> acronym, for every "Full Name (ACR)" of a report."""
    if not BRACKETED_ACRONYM.search(text):
        return {}  # most reports define none: a plain scan spares the name pattern's backtracking
    return {norm(m.group(1)): norm(m.group(2)) for m in DEFINED.finditer(text)}


def acronym_forms(rec: ActorRec, defined: dict[str, str]) -> list[str]:
    """The acronym the report defines for an organisation's name (rule ``across.entities.defined_acronym``):
    its name is the bracketed full name or the start of it ("Federal Harbour Authority" for "Federal
    Harbour Authority of Lorvia (FHA)"), so other reports' "FHA" is the same name, whatever its letters."""
    if rec.kind == "person" or not rec.named:
        return []
    return [acr for full, acr in defined.items() for f in rec.forms
            if len(f.split()) >= 2 and (full == f or full.startswith(f + " "))]


def actor_record(doc: str, aid: str, name: str, kind: str, named: bool, aliases: list[str] = [],  # noqa: B006
                 descriptors: list[str] = [], affiliation: str | None = None,  # noqa: B006
                 affil_id: str | None = None, source: str | None = None) -> ActorRec:
    """An actor record from its fields: the forms its name is compared by are computed here.

    Forms are the normal forms of the name and of its proper aliases; a person's
    lose their titles ("President Biden" -> "biden"); an unnamed collective's head
    is replaced by its synonym group's first word ("detainees" -> "prisoners").
    """
    forms = [norm(name)] + [norm(x) for x in aliases if proper(x) and norm(x)]
    counted = counted_forms([name, *aliases], norm(affiliation) or None) if kind == "group" and not named else ()
    if kind == "person":
        forms = [strip_titles(f) or f for f in forms]
    elif not named:
        forms = [synonym_form(f) for f in forms]
    else:
        forms += [x for f in forms if (x := of_inverted(f))]
    return ActorRec(doc, aid, name, kind, named, list(dict.fromkeys(f for f in forms if f)),
                    [norm(x) for x in descriptors], norm(affiliation) or None, affil_id, source, counted=counted)


def claim_span(c) -> tuple[int, int]:  # noqa: ANN001 - model.Claim
    parts = c.spans.content
    return (parts[0][0], parts[-1][1]) if parts else (c.evidence.start, c.evidence.end)


def content_tokens(text: str) -> frozenset[str]:
    """The words of a claim that carry content (normal forms, no stop words, longer than two letters).

    Each word is interned: a corpus repeats its words in every report, and the token sets are kept until it is
    resolved (a tenth of a synthetic digest's memory was copies of the same few thousand words)."""
    stop = words().statement_stop
    return frozenset(intern(t) for t in norm(text).split() if len(t) > 2 and t not in stop) or NONE


def role_spans(text: str, actor) -> dict[str, tuple[int, int]]:  # noqa: ANN001 - model.Actor
    """For each descriptor, the span from the descriptor to the end of the nearest following mention.

    Why: a passage end "Lorvia's foreign minister Dario Mensk" shows the role the
    report gives a person; a contradiction on who holds a role links two such passages.
    """
    out: dict[str, tuple[int, int]] = {}
    if not actor.descriptors:
        return out
    low = lowered(text)  # once per report, not once per actor
    for desc in actor.descriptors:
        dlow = desc.lower()
        for m in actor.mentions:
            lo = max(0, m.start - 160)
            at = low.rfind(dlow, lo, m.start)
            if at < 0:
                at = low.find(dlow, m.end, m.end + 80)
                if at >= 0:
                    out[norm(desc)] = (m.start, at + len(desc))
                    break
                continue
            cut = text.rfind(".", lo, at)  # no earlier sentence: start at the descriptor's own sentence
            start = max(at - 40, cut + 1 if cut >= 0 else lo)
            out[norm(desc)] = (start, m.end)
            break
    return out


def bracketed(doc: str, text: str, d: Dossier) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of actors of one report that it names as one party: "the Islamic Resistance Movement (Hamas)".

    Why: a name followed by another name in brackets restates it (a full name and
    its short form, an acronym). When the per-report extraction kept the two as
    separate actors, the resolver would keep them apart for good (actors of one
    report never join). Only actors of the same kind, or two non-persons, are paired:
    "Ana Varga (Karst Front)" gives a person's side, not a second name.
    """
    if "(" not in text:
        return []  # every pair needs a bracket
    by_name: dict[str, tuple[str, str]] = {}
    for a in d.actors:
        for n in [a.name, *a.aliases]:
            by_name.setdefault(norm(n), (a.id, a.kind))
    out = []
    for a in d.actors:
        for m in a.mentions:
            # the bracket after the mention, or after the actor's full name written there ("Houthi movement
            # (Ansarallah)" whose mention is "Houthi"): rule across.entities.bracketed_full_name
            for end in dict.fromkeys([m.end, *(m.start + len(n) for n in (a.name, *a.aliases) if text.startswith(n, m.start))]):
                at = end + (1 if text.startswith(" (", end) else 0)
                if not text.startswith("(", at):
                    continue
                close = text.find(")", at, at + 80)
                other = by_name.get(norm(text[at + 1:close])) if close > 0 else None
                if other and other[0] != a.id and (other[1] == a.kind or "person" not in (a.kind, other[1])):
                    pair = ((doc, a.id), (doc, other[0]))
                    if pair not in out:
                        out.append(pair)
    return out


def one_body(doc: str, d: Dossier) -> dict[tuple[tuple[str, str], tuple[str, str]], str]:
    """Pairs of non-person actors of one report that name one body of one state in two word orders, or one
    unnamed group of one side under two synonymous heads (``synonyms.heads`` of across.toml).

    Why: a report writes "the Lorvian Defence Ministry" in one paragraph and "Lorvia's Ministry
    of Defence" in the next; when the extraction keeps two actors, they could never join (actors
    of one report stay apart), and each would hold half the body's members across reports. Two
    bodies of one state whose names keep the same words once the state's name, function words,
    word order and house spelling are set aside (:func:`.names.body_key`) are one body; two unnamed
    groups of one side whose descriptions are one once synonyms and the side's name are set aside
    are one group, as they would be across reports.
    """
    names = {a.id: a.name for a in d.actors}
    first: dict[str, str] = {}
    out = {}
    for a in d.actors:
        if a.kind == "person" or not a.affiliation:
            continue
        side = norm(names.get(a.affiliation)) or None
        if a.named:
            key, what = body_key(norm(a.name), side), "body"
        else:  # "Lorvian soldiers" and "the Lorvian troops": one group under two synonymous heads
            key, what = side_free(synonym_form(norm(a.name)), side) or None, "group"
        if key is None:
            continue
        key = f"{a.affiliation}|{what}|{key}"
        if key in first:
            out[((doc, first[key]), (doc, a.id))] = f"one report names one {what} two ways ('{key.split('|')[2]}')"
        else:
            first[key] = a.id
    return out
