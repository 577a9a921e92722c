"""Argument specs of the frame lexicon (``subj``, ``obj``, ``prep:X``, ``pair``...) resolved to actors.
Why: frames name their arguments by spec in TOML; this is the one place that says what each spec means on the parse."""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.extract.interactions.inherited import trace_object, trace_relative_prep, trace_subject
from backchannel.extract.interactions.accusers import ACCUSER_SPECS
from backchannel.extract.interactions.swap_context import swap_partner
from backchannel.extract.interactions.appeals import APPEAL_SPECS
from backchannel.extract.interactions.arrivals import ARRIVAL_SPECS
from backchannel.extract.interactions.hijacks import HIJACK_SPECS
from backchannel.extract.interactions.listed_releases import LISTED_SPECS
from backchannel.extract.interactions.held_meetings import HELD_SPECS
from backchannel.extract.interactions.played_roles import PLAYED_ROLE_SPECS
from backchannel.extract.interactions.thanked_roles import THANKED_SPECS, credited_possessor
from backchannel.extract.interactions.arguments import ARGUMENT_PREFIX_SPECS, ARGUMENT_SPECS, ArgSpec
from backchannel.extract.interactions.candidate import SOURCE, Candidate, Flag, OTHER, PAIR, is_marker
from backchannel.extract.interactions.coordination import COORDINATED_MODIFIERS, coordinated_modifiers
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.governor_specs import (
    active_gov_by, agent_coord, gov_obj, gov_obj_actor, gov_prep, gov_subj, gov_subj_make, mediation_subj,
)
from backchannel.extract.interactions.implicit import (
    OWN_STATE_CAPTIVES, PREDICATIVE_AGENT, RELEASED_FROM, arrival_captives, captive_holder, captor, event_doer, predicative_agent,
    released_captive, released_from, sentence_actor, story_captor,
)
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.place_targets import place_holder
from backchannel.extract.interactions.reciprocal import borrowed_objects
from backchannel.extract.interactions.participants import gov_subj_part, journey_to, travel_host, traveller
from backchannel.extract.interactions.matching import misread_gerund
from backchannel.extract.interactions.mediation_forms import (
    ROLE_AS, WITH_AS_ROLE, as_role_of, compound_possessor, hyphen_participle, role_as_holder, with_as_holder)
from backchannel.extract.interactions.mediation_roles import act_parties_spec, helped_spec, role_mention_spec, title_spec
from backchannel.extract.interactions.role_nouns import (
    brokers, mediation_doer, participle_agent, predicated, role_holder, told_pair, told_sides)
from backchannel.extract.interactions.own_acts import pair_unless_own_act
from backchannel.extract.interactions.deal_parties import DEAL_SPECS
from backchannel.syntax.tree import NOUN_POS, RELATIVE_PRONOUNS, child, measured, phrase, prep_objects, quantity_object
from backchannel.extract.interactions.words import words

W = words()
WITH_SPEC = "prep:" + W.with_prep  # "held talks with X": the with-phrase spec


def resolve_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Actors (a list, possibly with the PAIR marker) for an argument spec at trigger ``tok``."""
    f = _SPECS.get(spec) or ARGUMENT_SPECS.get(spec)
    if f is None:
        f = next((g for prefix, g in _PREFIX_SPECS + ARGUMENT_PREFIX_SPECS if spec.startswith(prefix)), None)
        if f is None:
            return []
    return f(d, spec, tok, frame, raw)


def _if_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"X threatened to pull back relief if Y did not free them": the threat is aimed at the one
    whose act the condition names (the "if" clause on the trigger or on its complement; rule
    interactions.specs.conditional_target)."""
    for h in [tok] + [c for c in tok.children if c.dep_ == "xcomp"]:
        for c in h.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == W.if_mark for m in c.children):
                s = child(c, "nsubj")
                if s is not None and (out := d.actors(s)):
                    raw.trace["target"] = CONDITIONAL_TARGET
                    return out
    return []


CONDITIONAL_TARGET = "interactions.specs.conditional_target"


def _pair(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return [PAIR]


def _pair_other(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return [OTHER]


def _subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    noun = (tok.pos_ in NOUN_POS and not misread_gerund(tok)) or frame.pos == FramePos.NOUN
    s = logical_subject(tok) if not noun else None
    if not noun and frame.type in ("accuse", "demand") and tok.dep_ == "advcl" and tok.tag_ == "VBG" \
            and child(tok, "nsubj") is None and tok.head.dep_ == "ccomp" \
            and tok.head.head.lemma_ in d.lex.settings.speech_verbs:
        # "X said the cabinet will not meet, blaming Y": the speaker blames, not the reported subject
        s = logical_subject(tok.head.head)
    if d.actors(s):  # an end taken over from the clause around (interactions.inherit.*)
        trace_subject(raw, "source" if spec in frame.source else "target", tok, s)
    two = d.flagged_person_pair(s, raw)
    if two:  # "the two leaders had not spoken": the two people named last
        return two
    if d.sides_leaders(s, raw):  # "the two countries' leaders had not spoken": the sides' leaders
        return [PAIR]
    if d.pair_phrase(s, raw):
        return [PAIR]
    return d.actors(s)


def _role_holder(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"X had a role in brokering": the role's holder (role_nouns.role_holder), traced."""
    out, rule = role_holder(d, tok)
    if out:
        raw.trace["source"] = rule
    return out


def _obj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    o = logical_object(tok)
    if o is None:
        return []
    trace_object(raw, "target" if spec in frame.target else "source", tok, o)  # interactions.inherit.*
    if spec == "obj_poss":
        p = child(o, "poss")
        return d.actors(p) if p is not None else []
    if spec == "obj_against":
        return [a for x in prep_objects(o, "against") for a in d.actors(x)]
    if d.pair_phrase(o, raw):
        raw.pending.add(Flag.NAMED_PAIR)
        return [PAIR]
    out = d.actors(o, deep=spec != "obj_actor") or d.actors(measured(o), deep=spec != "obj_actor")
    for c in tok.children:  # two passive subjects the parser did not coordinate
        if c.dep_ == "nsubjpass" and c.i != o.i:
            out.extend(a for a in d.actors(c, deep=spec != "obj_actor") if a not in out)
    return out


def _ccomp_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    # "demanded that the government negotiate": who is to act
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == W.that_mark for m in c.children):
            s = child(c, "nsubj")
            if d.pair_phrase(s, raw):
                return [PAIR]
            return d.actors(s) if s is not None else []
    return []


def _dative(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    c = child(tok, "dative")
    return d.actors(c) if c is not None else []


def _agent(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return [a for x in prep_objects(tok, "by") for a in d.actors(x)]


def _prep(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    noun = tok.pos_ in NOUN_POS or frame.pos == FramePos.NOUN
    out: list[str] = []
    objs = prep_objects(tok, spec[5:])
    if not objs and noun:  # "the start of fighting between A and B", "fighting broke out between A and B"
        objs, rule = borrowed_objects(tok, spec[5:])
        if rule:
            raw.trace["source" if spec in frame.source else "target"] = rule
    if not objs and not noun:
        o = child(tok, "dobj")
        if o is not None and d.actors(o, deep=False) == []:
            objs = prep_objects(o, spec[5:])  # PP attached to the object ("introduced the subject to X")
    trace_relative_prep(raw, "source" if spec in frame.source else "target", tok, objs)
    for x in objs:
        two = d.flagged_person_pair(x, raw) if spec[5:] in W.between_prep else []
        if two:  # "a meeting between the two leaders": the two people named last
            raw.pending.add(Flag.PAIR_NAMED_LAST)
            return two
        if spec[5:] in W.between_prep and d.sides_leaders(x, raw):
            return [PAIR]  # "a meeting between the two countries' leaders"
        if d.pair_phrase(x, raw):
            raw.pending.add(Flag.NAMED_PAIR)
            return [PAIR]
        if frame.type != "mediate" and not d.actors(x, deep=False) and any(
                f.type == "mediate" and f.pos == FramePos.NOUN for f in d.lex.frames.get(x.lemma_.lower(), [])):
            continue  # "signed a truce with the mediation of X": X mediates, it is no party (but
            # "contact with the mediators": the mediators are)
        if frame.type != "mediate" and spec == WITH_SPEC and as_role_of(x) is not None:
            continue  # "held talks with X as mediator": X stands between, no partner (WITH_AS_ROLE)
        out.extend(a for a in d.actors(x) if a not in out)
    return out


def _poss(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    has_of = bool(prep_objects(tok, "of"))
    if spec == "poss_if_of" and not has_of or spec == "poss_no_of" and has_of:
        return []
    p = child(tok, "poss")
    if p is None:  # "thanked X for its mediation efforts"
        p = compound_possessor(tok, frame, raw, "source" if spec in frame.source else "target")
    if p is not None and d.pair_phrase(p, raw):
        return [PAIR]
    return credited_possessor(d, p, tok, raw, "source" if spec in frame.source else "target") or (
        d.actors(p, deep=False) if p is not None else [])


def _mod(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    coordinated = coordinated_modifiers(d, tok)
    if coordinated:  # "Qatari, Egyptian, and American mediation": each of them
        raw.trace["source" if spec in frame.source else "target"] = COORDINATED_MODIFIERS
        return coordinated
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < tok.i:
            a = d.actor_tok(c)
            if a and a not in out:
                out.append(a)
    return out


def _subj_mod(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    s = child(tok, "nsubj")
    if s is None:
        return []
    return resolve_spec(d, "mod", s, frame, raw) or resolve_spec(d, "poss", s, frame, raw)  # type: ignore[return-value]


def _obj_between(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    o = logical_object(tok)
    if o is None:
        return []
    m = measured(o)  # (not None: o is a token)
    for x in prep_objects(o, "between") or (prep_objects(m, "between") if m is not None else []) \
            or prep_objects(tok, "between"):
        if d.pair_phrase(x, raw):
            return [PAIR]
        return d.actors(x)
    return []


def _pred(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    out = with_as_holder(d, tok)  # first: the participle's parsed subject is the clause's
    if out:
        raw.trace[SOURCE] = WITH_AS_ROLE
        return out
    out = predicated(d, tok)
    if not out and (out := role_as_holder(d, tok)):
        raw.trace[SOURCE] = ROLE_AS
    return out


def _content_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl"):
            s = child(c, "nsubj", "nsubjpass")
            if s is not None and s.lower_ not in RELATIVE_PRONOUNS:
                return d.actors(s)
    return []


def _brokers(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return brokers(d, tok, self_trigger=spec == "brokers_self")


def _claim_speaker(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    if raw.claim and raw.claim in d.claims:
        sp = d.claims[raw.claim].speaker
        return [sp] if sp else []
    return []


def _captor(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    out = captor(d, tok)
    if out and predicative_agent(released_captive(tok)):
        raw.trace["source" if spec in frame.source else "target"] = PREDICATIVE_AGENT
    return out


def _released_from(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    out = released_from(d, tok)
    if out:
        raw.trace["source"] = RELEASED_FROM
    return out


def _arrival(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    captors, captives, rule = arrival_captives(d, tok)
    if captors and spec == "arrival_captor":
        raw.trace["source"] = rule
    return captors if spec == "arrival_captor" else captives


def _captive_holder(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return captive_holder(d, tok)


def _story_captor(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    found = story_captor(d, tok, raw)
    if found and not is_marker(found[0]) and raw.trace.get("source") != OWN_STATE_CAPTIVES:
        raw.infer("source", "interactions.implicit.agentless_release_captor")
    return found


def _place_holder(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return place_holder(d, tok, raw, lambda: resolve_spec(d, "subj", tok, raw.frame, raw))


def _event_doer(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return event_doer(d, tok, raw)


def _sentence_actor(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return sentence_actor(d, tok, raw)


def _main_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    cur = tok
    while cur.dep_ not in ("ROOT",) and cur.head.i != cur.i:
        cur = cur.head
    if cur.i == tok.i:
        return []
    return d.actors(child(cur, "nsubj"))


def _obj_from(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    o = logical_object(tok) or quantity_object(tok)
    if o is None:
        return []
    out: list[str] = []
    for c in o.children:
        if c.dep_ == "prep" and c.lower_ in W.obj_from_preps:
            for x in c.children:
                if x.dep_ == "pobj":
                    sources = [a for y in prep_objects(x, "from") for a in d.actors(y)]
                    out.extend(sources or (d.actors(x) if c.lower_ == W.from_prep else []))
    for c in tok.children:  # "transferring messages, including some from X" hung on the verb
        if c.dep_ == "prep" and c.lower_ == W.including_prep:
            for x in c.children:
                if x.dep_ == "pobj":
                    out.extend(a for y in prep_objects(x, "from") for a in d.actors(y))
    return list(dict.fromkeys(out))


def _obj_prep(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """ "a letter from X to Y was delivered by Z" (obj_prep:to): a phrase on the carried object,
    where the parser hangs it, not on the verb."""
    o = logical_object(tok)
    if o is None and tok.pos_ in NOUN_POS:  # "the signing of the accord between X and Y": the of-object
        o = next(iter(prep_objects(tok, "of")), None)
    return [] if o is None else [a for x in prep_objects(o, spec.split(":", 1)[1]) for a in d.actors(x)]


def _swap_other(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return []


def _head(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    return d.actors(tok.head) if tok.dep_ in ("amod", "acl") else []


_SPECS: dict[str, ArgSpec] = {  # the same signature as the argument finders'
    "pair": _pair,
    "pair_unless_own_act": pair_unless_own_act,
    "pair_other": _pair_other,
    "counterpart": _pair_other,
    "subj": _subj,
    "role_holder": _role_holder,
    "obj": _obj,
    "obj_actor": _obj,
    "obj_poss": _obj,
    "obj_against": _obj,
    "obj_parties": _obj,
    "ccomp_subj": _ccomp_subj,
    "dative": _dative,
    "agent": _agent,
    "poss": _poss,
    "poss_if_of": _poss,
    "poss_no_of": _poss,
    "mod": _mod,
    "subj_mod": _subj_mod,
    "gov_subj": gov_subj,
    "gov_subj_coord": gov_subj,
    "gov_subj_make": gov_subj_make,
    "gov_subj_part": gov_subj_part,
    "travel_host": travel_host,
    "journey_to": journey_to,
    "traveller": traveller,
    "obj_between": _obj_between,
    "agent_coord": agent_coord,
    "gov_obj_actor": gov_obj_actor,
    "gov_obj": gov_obj,
    "pred": _pred,
    "title": title_spec,
    "self": role_mention_spec,
    "helped_subj": helped_spec,
    "act_parties": act_parties_spec,
    "content_subj": _content_subj,
    "brokers": _brokers,
    "participle_agent": participle_agent,
    "told_pair": told_pair,
    "told_sides": told_sides,
    "gov_subj_doer": mediation_doer,
    "mediation_subj": mediation_subj,
    "brokers_self": _brokers,
    "participle_brokers": hyphen_participle,
    "claim_speaker": _claim_speaker,
    "captor": _captor,
    "released_from": _released_from,
    "arrival_captor": _arrival,
    "arrival_captive": _arrival,
    "story_captor": _story_captor,
    "captive_holder": _captive_holder,
    "place_holder": _place_holder,
    "event_doer": _event_doer,
    "sentence_actor": _sentence_actor,
    "main_subj": _main_subj,
    "obj_from": _obj_from,
    "swap_other": _swap_other,
    "swap_partner": swap_partner,
    "active_gov_by": active_gov_by,
    "head": _head,
    "if_subj": _if_subj,
    **ACCUSER_SPECS,  # a captive's accuser (accusers.py)
    **APPEAL_SPECS, **THANKED_SPECS,  # "for ... to" appeals (appeals.py); thanks for a role (thanked_roles.py)
    **PLAYED_ROLE_SPECS, **ARRIVAL_SPECS, **HIJACK_SPECS, **DEAL_SPECS, **LISTED_SPECS, **HELD_SPECS,  # a part played (played_roles.py); arrivals; hijacks
}
_PREFIX_SPECS: list[tuple[str, ArgSpec]] = [("prep:", _prep), ("gov_prep:", gov_prep), ("obj_prep:", _obj_prep)]
