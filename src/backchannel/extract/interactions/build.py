"""One candidate from one trigger: arguments, modality, count and time; swaps and
exchanges split into one release per side.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from spacy.tokens import Token

from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.extract.interactions.arguments import participle_object
from backchannel.extract.interactions.candidate import (
    OTHER, OTHER_OF, PAIR, SOURCE, TARGET, Candidate, Flag, is_marker,
)
from backchannel.extract.interactions.coordination import COMPANIONS, COORDINATED_MODIFIERS, companions, split_coordinated
from backchannel.extract.interactions.counts import bare_number, count_of, times_of
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.described import DESCRIBED_REFERENT
from backchannel.extract.interactions.quoted import QUOTED_THEY
from backchannel.resolve.coref_number import number_traced
from backchannel.extract.interactions.role_appositions import LATE_APPOSITION
from backchannel.extract.interactions.joint_sides import not_a_pair, own_side_target
from backchannel.extract.interactions.joint_subject import JOINT_SUBJECT, joint_subject
from backchannel.extract.interactions.speech_conjunct import speaker_source
from backchannel.extract.interactions.implicit import (
    captive_pronoun_bodies, captor_of, local_possessor, nationality,
)
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.modality import (
    attitude_object, concurs_in_judgement, mere_readiness, purpose_of_talks, reading,
)
from backchannel.extract.interactions.nominal import default_arguments
from backchannel.extract.interactions.noun_carriers import carrier_arguments
from backchannel.extract.interactions.noun_coordination import coordinated_arguments
from backchannel.extract.interactions.participants import default_via
from backchannel.extract.interactions.verb_roles import default_verb_arguments
from backchannel.extract.interactions.rules import frame_rule
from backchannel.extract.interactions.specs import resolve_spec
from backchannel.extract.interactions.release_aims import aim_holder, named_holder
from backchannel.extract.interactions.swap_context import names_people, traded_objects
from backchannel.extract.interactions.swap_nouns import comparison_span, side_releases
from backchannel.extract.interactions.swaps import SWAP_HOLDERS, SWAP_MEMBER_SIDE, captive_sides, named_holders, swap_holders
from backchannel.syntax.tree import (
    NOUN_POS, PRONOUNS, VERB_POS, conjuncts, is_passive, measured, phrase, prep_objects,
    quantity_object,
)
from backchannel.extract.interactions.text_specs import text_spec
from backchannel.extract.interactions.timing_act import act_time as _act_time, trace_time
from backchannel.extract.interactions.words import words

W = words()
PERSON_PAIR = "interactions.specs.person_pair"
RELAY_SENDER = "interactions.build.relay_sender"  # "X passed messages through Y": X sends, Y carries
RELAYED_OFFER = "interactions.build.relayed_offer"  # "Y relayed X's proposal to Z": X proposes to Z, via Y
HOSTS_SPEC = "hosts"  # a via spec that only the story step reads (hosts of the talks)


def build(d: Doc_, fr: Frame, tok: Token) -> Candidate | None:
    """The candidate a frame yields at a trigger, or None when the frame's needs are not met."""
    raw = Candidate(type=fr.type, trig=tok, frame=fr, rule=frame_rule(fr))
    raw.claim = d.claim_at(tok.idx)
    read = reading(d, tok, fr)
    raw.modality, raw.negated = read.modality, read.negated
    if read.modality_rule and read.modality != (fr.modality or "asserted"):
        raw.trace["modality"] = read.modality_rule
    if read.negation_rule and read.negated != fr.negated:
        raw.trace["negated"] = read.negation_rule
    if fr.type in d.lex.settings.readiness_types and mere_readiness(d, tok):
        return None  # "Qatar remained ready to host a new round": a readiness, not an act
    if fr.type == "agree" and concurs_in_judgement(tok):
        return None  # "the monitors agreed the count was unfair": an opinion shared, no accord
    if fr.type in W.intent_types and attitude_object(tok):
        return None  # "its distrust of X's mediation": an attitude to a mediation, not an act
    _arguments(d, fr, tok, raw)
    participle_object(d, tok, raw)
    if fr.type == "release":
        kept, why = captive_pronoun_bodies(d, tok, raw.targets)
        if kept != raw.targets:
            raw.targets = kept  # "their release": the captives are people, not the body "their" took
            raw.trace[TARGET] = why
    if fr.type in W.intent_types and purpose_of_talks(d, tok, [t for t in raw.targets if not is_marker(t)]):
        return None  # "held calls with X to broker peace": the calls are the act told
    _trace_quoted_they(d, tok, raw)
    _text_slots(d, fr, tok, raw)
    # swaps: "X was exchanged for Y": each side frees the captive the other side holds
    if fr.swap:
        return swap(d, raw, tok)
    raw.sources, raw.targets = d.off_group(tok, raw.sources, raw.targets)  # never "A and B act on each other" from "they"
    if not _needs_met(fr, tok, raw) or not_a_pair(d, fr, tok, raw) or own_side_target(d, fr, raw):
        return None  # (not_a_pair: "X and Y separately decided", "A and her deputy B discussed")
    _shape_parties(fr, raw)
    if fr.mutual_between and not raw.sources and not raw.targets:
        return None
    if fr.relay:
        _relay_source(d, tok, raw)
    o = logical_object(tok) or quantity_object(tok) if tok.pos_ in VERB_POS else None
    _count(d, fr, tok, raw, o)
    _time(d, fr, tok, raw)
    if fr.relay:
        _relayed_offer(tok, raw)
    if fr.type == "release":
        _exchange(d, fr, tok, raw, o)
    return raw


COPULA_SPECIFIED = "interactions.document.copula_specified"
DATELINE_SUBJECT = "interactions.document.dateline_subject"
TITLE_CONJUNCT_NAME = "interactions.document.title_conjunct_name"  # "X and opposition leader Y", Y hung on X
SENDER_OF_PAIR = "interactions.document.sender_of_pair"  # "envoys from A and B" with B hung on "envoys": A


def _trace_quoted_they(d: Doc_, tok: Token, raw: Candidate) -> None:
    """A party found through a quoted "they", the attribute of a copula ("the countries that
    negotiated it were A and B") or the apposition of a dateline the parser took for the subject,
    in the trigger's sentence, is traced to that rule."""
    si = d.sent_index(tok)
    they = {a for i, a in d.quoted_they.items() if d.sent_index(d.ctx.doc[i]) == si}
    named = {a for i, acts in d.specified.items() if d.sent_index(d.ctx.doc[i]) == si for a in acts}

    def found(marks: Iterable[int], first: bool = False) -> set[str]:
        """The actors of the marked tokens in the trigger's sentence (only the first of each if ``first``)."""
        return {a for i in marks if d.sent_index(d.ctx.doc[i]) == si
                for a in d.actors(d.ctx.doc[i])[:1 if first else None]}

    # (rule, actors it found, how many of the first arguments it never names), first match wins
    checks = ((TITLE_CONJUNCT_NAME, found(d.title_conjunct), 1), (SENDER_OF_PAIR, found(d.sender_pair, True), 0),
              (LATE_APPOSITION, found(d.late_appos, True), 0), (DESCRIBED_REFERENT, found(d.described), 0),
              (QUOTED_THEY, they, 0), (COPULA_SPECIFIED, named, 0), (DATELINE_SUBJECT, found(d.dateline_subject), 0),
              *((r, acts, 0) for r, acts in number_traced(d.ctx, d.sents[si].start, d.sents[si].end).items()))
    for name, got in ((SOURCE, raw.sources), (TARGET, raw.targets)):
        rule = next((r for r, acts, skip in checks if acts & set(got[skip:])), None)
        if rule is not None:
            raw.trace.setdefault(name, rule)


def _first(d: Doc_, specs: Iterable[str], tok: Token, fr: Frame, raw: Candidate) -> list[str]:
    """Actors of the first spec that yields any."""
    for sp in specs:
        r = resolve_spec(d, sp, tok, fr, raw)
        if r:
            return list(r)
    return []


def _arguments(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Source, target and intermediaries from the frame's argument specs."""
    raw.targets = _first(d, fr.target, tok, fr, raw)
    raw.sources = _first(d, fr.source, tok, fr, raw)
    coordinated_arguments(d, fr, tok, raw)  # "Peru's negotiations and talks with Chile" (noun_coordination.py)
    default_arguments(d, fr, tok, raw)  # the noun's class fills a slot its frame left empty
    carrier_arguments(d, fr, tok, raw)  # "the offer made by X to Y" (noun_carriers.py)
    default_verb_arguments(d, fr, tok, raw)  # and the type's roles one a verb frame left empty
    speaker_source(d, fr, tok, raw)  # "X said the news was good and called on Y" (speech_conjunct.py)
    aim_holder(d, fr, tok, raw)  # "X bargained over the crew's freedom": with their holder (release_aims.py)
    named_holder(d, fr, tok, raw)  # "X, held by Y, ... X was freed": by Y (release_aims.py)
    if len(raw.sources) > 1:
        # "Sudan's army chief NAME met ...": the person acts, not also the state that employs them
        members = {getattr(d.ctx.actors.get(a), "affiliation", None) for a in raw.sources
                   if getattr(d.ctx.actors.get(a), "kind", None) == "person"}
        raw.sources = [a for a in raw.sources if a not in members] or raw.sources
    if fr.per_party:
        # "brokered by Swiss, Kenyan and Omani diplomats": each state mediates
        raw.sources, split = split_coordinated(d, tok, raw.sources)
        if split:
            raw.trace[SOURCE] = COORDINATED_MODIFIERS
        more = companions(d, tok, raw.sources) if raw.sources else []
        if more:  # "led by X, along with Y": Y mediates too
            raw.sources = raw.sources + more
            raw.trace[SOURCE] = COMPANIONS
    if Flag.PERSON_PAIR in raw.pending and (raw.sources or raw.targets):
        raw.trace[SOURCE] = PERSON_PAIR  # "the two leaders": the two people named last
        if not raw.sources or len(raw.sources) == 2 and all(is_marker(t) for t in raw.targets):
            raw.trace[TARGET] = PERSON_PAIR  # the second of them, once split
    if not raw.targets and "obj_poss" in fr.target:
        raw.targets = local_possessor(d, tok, raw.sources)
    via_specs = [s for s in fr.via if s != HOSTS_SPEC]
    raw.via = _first(d, via_specs, tok, fr, raw)
    if fr.type in ("propose", "demand") and fr.pos == FramePos.NOUN and not raw.via:
        # "a demand ..., which had been passed on by Chinese officials": its carriers
        relay = d.lex.settings.relay_verbs
        for c in tok.children:
            if c.dep_ in ("relcl", "acl"):
                for v in [c] + [x for x in c.children if x.dep_ == "ccomp"]:
                    if v.lemma_.lower() in relay:
                        raw.via = [a for x in prep_objects(v, "by") for a in d.actors(x)]
                        if raw.via:
                            break


def _text_slots(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Means and topic from the frame's text specs; "through X" with an actor X is an
    intermediary, not a means."""
    for sp in fr.means:
        if sp.startswith("prep:"):
            objs = prep_objects(tok, sp[5:])
            if objs and not d.actors(objs[0]):
                raw.means = text_spec(d, sp, tok)
                break
        else:
            raw.means = text_spec(d, sp, tok)
            if raw.means:
                break
    for sp in fr.topic:
        t = text_spec(d, sp, tok)
        if t:
            raw.topic = t
            break
    if not raw.via:
        raw.via = default_via(d, tok, raw)


def _needs_met(fr: Frame, tok: Token, raw: Candidate) -> bool:
    """The frame's needs (an actor, two parties, a target, a source) checked on the arguments."""
    if fr.type == "release" and raw.sources and raw.targets[:1] == raw.sources[:1]:
        # narrow: one sentence ("Caracas released them", where coreference took "them" for Caracas)
        raw.targets = raw.targets[1:]  # "Caracas released them" with "them" taken for Caracas: no one frees itself
    # a noun trigger with no actor in any slot says nothing about actors
    explicit = [a for a in raw.sources + raw.targets if a not in (PAIR, OTHER)]
    if fr.needs_actor and not explicit and not fr.pair_fallback and PAIR not in raw.sources:
        return False  # (but "the two sides met": the subject names the sides)
    if fr.needs_two and len(set(explicit)) < 2 and raw.sources != [PAIR]:  # PAIR: the sides (held_meetings)
        return False
    if Flag.PERSON_PAIR in raw.pending and not raw.targets and len(raw.sources) == 2:
        raw.sources, raw.targets = raw.sources[:1], raw.sources[1:]  # each other, in order of mention
    joint = not raw.targets and _joint_partners(fr, tok, raw)  # "X and Y sat down": the partners
    if fr.needs_target and not raw.targets and not joint:
        return False
    if fr.type == "meet" and not [t for t in raw.targets if not is_marker(t)] and len(raw.sources) == 1 and \
            _convening_body(tok):
        return False  # "the cabinet will meet on Thursday": a body convening meets no party
    if fr.type in ("propose", "demand") and fr.pos == FramePos.NOUN and not raw.sources and \
            any(c.dep_ == "det" and c.lower_ in W.anaphoric_dets for c in tok.children):
        return False  # "the offer was carried to X": the offer told before, not a new one
    if fr.needs_source and not raw.sources and not (is_passive(tok) and tok.dep_ != "acl"):
        return False  # (an agentless passive names no source: "Y was not told about the talks")
    if fr.participle_needs_source and not raw.sources and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return False  # "people briefed on the talks": a description of a source, not an act
    if fr.describing_participle and not raw.sources and tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and not (
            tok.head.dep_ == "dobj" and tok.head.head.lemma_ in W.small_clause_verbs):
        return False  # "the prisoner freed in the swap" (not a clause: "had been freed", "see X freed")
    if fr.describing_clause and described_by_clause(tok):
        return False  # "15 prisoners captured last year", "guards who had been captured": who they are, no act
    if fr.participle_needs_source and bare_participle(tok):
        return False  # "envoys briefed on the file told X": the people briefed, no act
    return True


def _joint_partners(fr: Frame, tok: Token, raw: Candidate) -> bool:
    """Rule JOINT_SUBJECT: the coordinated subject of a joint verb ("X and Y sat down") names the partners
    its frame's with-phrase would: two parties or more stand in for the target (``_shape_parties`` splits
    them), and the act traces the rule."""
    if len(set(raw.sources)) < 2 or any(is_marker(a) for a in raw.sources) or not joint_subject(fr, tok):
        return False
    raw.trace[TARGET] = JOINT_SUBJECT
    if not (fr.symmetric or fr.mutual):  # ("X and Y talked": a contact frame of a joint type, split here)
        parties = list(dict.fromkeys(raw.sources))
        raw.sources, raw.targets = parties[:1], parties[1:]
    return True


def described_by_clause(tok: Token) -> bool:
    """Is ``tok`` an agentless passive clause on a noun, a participle ("prisoners of war captured last year") or a
    relative clause ("guards who had been captured during the fighting") (s40-precision)? It tells who the people
    are, not a taking the report reports: no act (``describing_clause`` in frames.toml)."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.dep_ == "relcl" and is_passive(tok):
        return not prep_objects(tok, "by")
    return False


BARE_PARTICIPLE = "interactions.build.bare_participle"  # no item: "diplomats briefed on it told X"


def bare_participle(tok: Token) -> bool:
    """Rule BARE_PARTICIPLE: a verb that takes its addressee as object ("brief") used with no
    object, no auxiliary and no by-agent ("envoys briefed on the file told the paper",
    "officials briefed on the plan said") is a passive participle describing the people briefed,
    whatever head the parser gave it (a clause of its own, a parataxis, an acl with the noun as
    its subject): it tells of no briefing."""
    if tok.pos_ not in VERB_POS or tok.tag_ not in ("VBN", "VBD"):
        return False
    return not any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "agent") or c.dep_ == "prep" and c.lower_ == W.with_prep
                   for c in tok.children)  # ("consulted with X": active, the partner in a with-phrase)


def _convening_body(tok: Token) -> bool:
    """Is the trigger's subject a deliberative body ("the cabinet", "the security council")?"""
    s = logical_subject(tok) if tok.pos_ in VERB_POS else None
    return s is not None and s.lemma_.lower() in W.assembly_nouns


def _shape_parties(fr: Frame, raw: Candidate) -> None:
    """A symmetric or mutual act's parties: the first named is the source, the rest targets."""
    if fr.symmetric or fr.mutual:
        named_targets = [t for t in raw.targets if not is_marker(t)]
        if len(raw.sources) > 1 and named_targets and not any(is_marker(a) for a in raw.sources) \
                and not set(raw.sources) & set(named_targets):
            # "X and Y began talks with Z": each conjunct talked with Z (rule EACH_SUBJECT)
            raw.targets = named_targets
            raw.pending.add(Flag.EACH_SUBJECT)
            return
        parties = list(dict.fromkeys(raw.sources + raw.targets))
        if len(parties) > 2 and PAIR in parties:
            parties.remove(PAIR)
        if len([p for p in parties if not is_marker(p)]) >= 2:
            # "A and B agreed to a ceasefire": two named parties, no other side to look for
            parties = [p for p in parties if not is_marker(p)]
        if raw.sources or len(parties) >= 2:  # one party named only as "with X" stays the target
            raw.sources, raw.targets = parties[:1], parties[1:2]
            if len(parties) > 2:
                raw.sources, raw.targets = parties[:1], parties[1:]
        if fr.pair_fallback and not parties:
            raw.sources, raw.targets = [PAIR], []


def _relay_source(d: Doc_, tok: Token, raw: Candidate) -> None:
    """A relay frame: noted for the story-level step; "the offer was carried to X by Y" comes
    from whoever made the offer before. Rule RELAY_SENDER: with a go-between in a "through" or
    "via" phrase ("Peru passed a message to Chile through Norway", "the two sides passed messages
    via intermediaries"), the subject sends (two senders: each to the other) and the go-between
    carries, not the subject."""
    raw.pending.add(Flag.RELAY)
    through = [a for a in default_via(d, tok, raw) if a not in raw.via] if raw.via and not raw.sources else []
    if through:  # rule RELAY_SENDER
        raw.sources, raw.targets = ([], raw.via) if not raw.targets and (
            len(raw.via) > 1 or raw.via == [PAIR]) else (raw.via, raw.targets)
        raw.via = through
        raw.trace[SOURCE] = RELAY_SENDER
    o = logical_object(tok)
    if not raw.sources and o is not None and o.lemma_.lower() in d.lex.settings.event_nouns and \
            any(c.dep_ == "det" and c.lower_ in W.anaphoric_dets for c in o.children):
        for r in reversed(d.built):
            if r.type in ("propose", "demand") and [a for a in r.sources if not is_marker(a)]:
                raw.sources = [a for a in r.sources if not is_marker(a)][:1]
                raw.infer("source", "interactions.build.relay_earlier_proposer")
                break


def _relayed_offer(tok: Token, raw: Candidate) -> None:
    """Rule RELAYED_OFFER: a relayed proposal or offer ("relayed the proposal to X", "delivered Y's
    offer to X") is also proposed, by the same ends through the same carrier: a second candidate
    (``extra``) that the story step fills like the message."""
    o = logical_object(tok)
    if o is not None and o.lemma_.lower() in W.relayed_offer_nouns and raw.extra is None and not raw.negated:
        raw.extra = replace(raw, type="propose", rule=RELAYED_OFFER, pending=set(raw.pending), trace=dict(raw.trace),
                            sources=list(raw.sources), targets=list(raw.targets), via=list(raw.via),
                            inferred=list(raw.inferred))


def _count(d: Doc_, fr: Frame, tok: Token, raw: Candidate, o: Token | None) -> None:
    """How many (the object's number) and, for releases, how many of each coordinated captive."""
    raw.count = count_of(d, o) or count_of(d, tok) or times_of(d, tok) \
        if fr.type in ("message", "release", "attack", "contact", "meet") else None
    raw.unnamed_object = o is not None and not raw.targets and o.pos_ in NOUN_POS and o.lower_ not in PRONOUNS
    if o is not None and fr.type == "release":
        extra = [c for c in tok.children if c.dep_ == "nsubjpass" and c.i != o.i]
        for t in conjuncts(o) + extra:
            c = count_of(d, t)
            for a in d.actors(t, deep=False):
                if c is not None:
                    raw.counts[a] = c


def _time(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    _act_time(d, tok, raw, raw.modality == "planned", content=fr.type in ("propose", "demand"))


def _exchange(d: Doc_, fr: Frame, tok: Token, raw: Candidate, o: Token | None) -> None:
    """"X freed 40 prisoners in exchange for officials held by Y": Y frees its captives too."""
    traded, rule = traded_objects(tok)
    for y in traded or _exchange_for(tok):
        y = measured(y) or y  # "in return for a dozen or so detainees": the detainees
        ys, src = d.actors(y, deep=False), captor_of(d, y)
        if not names_people(d, y, ys):
            continue  # "in exchange for the maps of the minefields": a thing, nobody else freed
        if not src and o is not None:
            # no captor named: the state the first captives belong to frees the other side's
            first = d.actors(o, deep=False)
            side = nationality(d, o) or (d.state_for(d.ctx.actors[first[0]].name) if first else None)
            src = [side] if side and side not in raw.sources else []
        if not src and raw.sources:
            # nobody named for the other half: the story's other side frees them
            src = [OTHER_OF + raw.sources[0]]
        if src and not ys and y.pos_ in NOUN_POS:
            ys = []
        if src or ys:
            other = Candidate(type="release", trig=tok, frame=fr, sources=src, targets=ys[:1],
                              modality=raw.modality, negated=raw.negated, claim=raw.claim, time=raw.time,
                              count=count_of(d, y),
                              topic=f"exchange for {phrase(o).text}" if o is not None else None,
                              rule=rule, trace=dict(raw.trace))
            other.unnamed_object = not ys
            raw.extra = other
            break


def swap(d: Doc_, raw: Candidate, tok: Token) -> Candidate | None:
    if tok.pos_ in NOUN_POS:  # "a prisoner swap between A and B" (swap_nouns.py)
        out = side_releases(d, raw, tok)
        if out is not None and out.extra is not None:
            _act_time(d, tok, out, False)
            comparison_span(tok, out)
            out.extra.time = out.time
            trace_time(d, tok, out)
            trace_time(d, tok, out.extra)
        return out
    a_tok = logical_object(tok)
    if a_tok is None:
        return None
    # "A and B were swapped": the two captives coordinated read as "A was exchanged for B"
    b_toks = prep_objects(tok, "for") or ([c for c in a_tok.children if c.dep_ == "conj"] if is_passive(tok) else [])
    a = d.actors(a_tok, deep=False)
    b = d.actors(b_toks[0], deep=False) if b_toks else []
    if not a or not b:
        return sides_swap(d, raw, tok, a_tok, b_toks[0] if b_toks else None, a, b)
    side_b, side_a, by_member = captive_sides(d, a_tok, b_toks[0], a, b)
    holders = swap_holders(d, tok, a_tok, b_toks[0]) or named_holders(d, a_tok, b_toks[0])
    if holders:  # "X and Y exchanged A for B": each side frees the captive it held
        side_b, side_a = holders
        raw.trace[SOURCE] = SWAP_HOLDERS
    elif by_member:
        raw.trace[SOURCE] = SWAP_MEMBER_SIDE
    raw.targets = [a[0]]
    raw.sources = [side_b] if side_b else []
    raw.topic = f"exchange for {phrase(b_toks[0]).text}"
    other = Candidate(type="release", trig=tok, frame=raw.frame, sources=[side_a] if side_a else [], targets=[b[0]],
                modality=raw.modality, negated=raw.negated, claim=raw.claim, time=raw.time,
                topic=f"exchange for {phrase(a_tok).text}", rule="interactions.build.swap_other_release",
                trace=dict(raw.trace))
    _act_time(d, tok, raw, False)
    other.time = raw.time
    trace_time(d, tok, raw)
    trace_time(d, tok, other)
    raw.extra = other
    return raw


SWAP_EACH = "interactions.build.swap_each"


def _distributive(tok: Token, obj: Token) -> bool:
    """Rule SWAP_EACH: "X and Y swapped 150 prisoners each": the count is each side's, and each frees
    captives the phrase names alike (no nationality tells the two groups apart)."""
    return any(c.lower_ in W.distributive_words and c.dep_ in ("npadvmod", "advmod", "appos", "dep")
               for h in (tok, obj) for c in h.children)


def sides_swap(d: Doc_, raw: Candidate, tok: Token, a_tok: Token, b_tok: Token | None,
               a: list[str], b: list[str]) -> Candidate | None:
    """"X and Y swapped 90 prisoners for 90", "X exchanged 32 prisoners with Y": each side named as
    the swapper frees captives (counted when the text splits them; captives unnamed stay null)."""
    if is_passive(tok):
        return None
    s = logical_subject(tok)
    sides = [x for x in d.actors(s) if getattr(d.ctx.actors.get(x), "kind", None) != "person"] if s is not None else []
    for w in prep_objects(tok, "with"):
        sides.extend(x for x in d.actors(w) if x not in sides)
    if len(sides) == 1:
        held = nationality(d, a_tok)  # "Ukraine swapped 90 Russian soldiers for ...": Russia frees the rest
        if held and held != sides[0]:
            sides.append(held)
    if len(sides) != 2:
        return None
    if not a and count_of(d, a_tok) is None and any(
            t.lemma_.lower() in d.lex.settings.release_lemmas and t.sent != tok.sent for t in d.ctx.doc):
        return None  # "X exchanged prisoners with Y." heading releases the text then details
    first, second = sides
    if a and nationality(d, a_tok) == first:
        first, second = second, first  # who frees the Russians is the side that is not Russia
    raw.sources, raw.targets = [first], a[:1]
    _act_time(d, tok, raw, False)
    trace_time(d, tok, raw)
    each = b_tok is None and _distributive(tok, a_tok) and nationality(d, a_tok) is None
    raw.count = count_of(d, a_tok) if b_tok is not None or each else None
    other = Candidate(type="release", trig=tok, frame=raw.frame, sources=[second], targets=a[:1] if each else b[:1],
                modality=raw.modality, negated=raw.negated, claim=raw.claim, time=raw.time,
                count=(count_of(d, b_tok) or bare_number(b_tok)) if b_tok is not None else raw.count,
                rule="interactions.build.sides_swap_other_release", trace=dict(raw.trace))
    if each:
        other.trace["target"] = SWAP_EACH
    if b_tok is not None:
        raw.topic = f"exchange for {phrase(b_tok).text}"
        other.topic = f"exchange for {phrase(a_tok).text}"
    raw.extra = other
    return raw


def _exchange_for(tok: Token) -> list[Token]:
    """"in exchange for Y" that the parser hung on another noun of the clause ("free 12 hostages in
    an opening stage in exchange for scores of detainees"): Y."""
    before, noun, _ = W.exchange_phrase
    for x in tok.subtree:
        if x.lower_ == noun and x.i > 0 and x.i + 1 < len(x.doc) and x.doc[x.i - 1].lower_ == before \
                and x.doc[x.i + 1].lower_ in W.exchange_preps:
            return [o for o in x.doc[x.i + 1].children if o.dep_ == "pobj"][:1]
    return []
