"""Does a frame fire on a token? The constraints of one lexicon entry checked on the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.roles import logical_object
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.arguments import governing_clause
from backchannel.extract.interactions.joint_subject import joint_subject
from backchannel.extract.interactions.participants import avowed_report
from backchannel.extract.interactions.mediation_forms import hyphen_modified, role_phrase
from backchannel.extract.interactions.nominal_specs import partitive
from backchannel.extract.interactions.non_acts import no_act
from backchannel.extract.interactions.role_nouns import broker_participle
from backchannel.syntax.tree import (
    NOUN_POS, PRONOUNS, RELATIVE_PRONOUNS, VERB_POS, child, governor, measured, prep_objects,
)
from backchannel.extract.interactions.words import words

W = words()


def misread_gerund(tok: Token) -> bool:
    """A gerund the tagger made a noun and left unlemmatised ("is mediating", "for mediating",
    tagged NN with lemma "mediating"): it is the verb, and takes the verb's frames."""
    w = tok.lower_
    return tok.tag_ == "NN" and len(w) > 5 and w.endswith("ing") and tok.lemma_.lower() == w


def gerund_stem(tok: Token, verbs: set[str] | frozenset[str]) -> str | None:
    """The verb lemma of a misread gerund, among ``verbs`` ("mediating" -> mediate, "shuttling"
    -> shuttle, "hosting" -> host)."""
    if not misread_gerund(tok):
        return None
    w = tok.lower_[:-3]
    return next((s for s in (w, w + "e", w[:-1] if w[-1:] == w[-2:-1] else "") if s in verbs), None)


def _pos_ok(frame: Frame, tok: Token) -> bool:
    if frame.pos == FramePos.ANY:
        return True
    if frame.pos == FramePos.VERB:
        return tok.pos_ in VERB_POS or (tok.tag_.startswith("VB") and tok.dep_ not in (
            "nsubj", "nsubjpass", "dobj", "pobj", "compound")) or (  # "talks" tagged VBZ as a subject
            misread_gerund(tok) and frame.lemma != tok.lower_)
    if frame.pos == FramePos.NOUN:
        return tok.pos_ in NOUN_POS or (tok.tag_ in ("VBZ", "NNS") and tok.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")) or (
            # a gerund with no object or subject in a noun's place ("the start of fighting")
            tok.tag_ == "VBG" and frame.lemma == tok.lower_ and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children))
    return tok.pos_ == "ADJ"


def _blocked(frame: Frame, tok: Token) -> bool:
    """A dependent the frame rules out, by label ("called him a genius": oprd) or by word ("as we
    welcome home X": a homecoming, no reception)."""
    return any(c.dep_ in frame.blocked_deps or c.lower_ in frame.blocked_words for c in tok.children) \
        or _prep_blocked(frame, tok)


def _prep_blocked(frame: Frame, tok: Token) -> bool:
    """An object of a preposition on the trigger the frame rules out: a noun of ``prep_obj_not``
    on any preposition ("surprised the army with a dawn raid": an attack, nobody kept uninformed;
    "charged X with the task of": a duty, no charge), or a gerund of ``prep`` not among
    ``prep_gerunds`` ("charged X with securing their release": a task; "charged with spying" stays)."""
    for p in (c for c in tok.children if c.dep_ == "prep"):
        for o in (o for o in p.children if o.dep_ in ("pobj", "pcomp")):
            if o.lemma_.lower() in frame.prep_obj_not:
                return True
            gerund = o.tag_ == "VBG" or misread_gerund(o)
            if gerund and frame.prep_gerunds is not None and p.lower_ == frame.prep \
                    and o.lower_ not in frame.prep_gerunds:
                return True
    return False


def _particle_on_number(prt: str, tok: Token) -> bool:
    """"agreed to hand over three soldiers": the parser read the particle right after the verb as
    "over three" (more than three) and hung it on the number (as an adverb or a quantifier's
    modifier); it is the verb's particle (rule interactions.matching.particle_on_number)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == prt and nxt.dep_ in ("advmod", "quantmod") and nxt.head.like_num \
        and nxt.head.i == nxt.i + 1


def _prep_noun(prep: str, tok: Token) -> bool:
    """The preposition ``prep`` on ``tok`` takes a noun, not a gerund; or the noun a relative "from
    which" stands for ("the accord, from which X withdrew": the accord, interactions.inherit.relative_prep)."""
    return any(o.dep_ == "pobj" or o.head.dep_ != "prep" for o in prep_objects(tok, prep))


PARTICLE_ON_NUMBER = "interactions.matching.particle_on_number"


def particle_on_number(frame: Frame, tok: Token) -> bool:
    """Rule interactions.matching.particle_on_number: did the frame's particle fire only as the one
    the parser hung on a number ("agreed to hand over three soldiers", read "over three")? The act
    traces it (``type``)."""
    return frame.prt is not None and frame.prt != "" and not _own_particle(frame.prt, tok) \
        and _particle_on_number(frame.prt, tok)


def _own_particle(prt: str, tok: Token) -> bool:
    return any(c.dep_ in ("prt", "prep", "advmod", "acomp", "oprd") and c.lower_ == prt for c in tok.children)


def _shape_ok(frame: Frame, tok: Token) -> bool:
    """The frame's word-level shape: part of speech, blocked dependents, particle, preposition,
    infinitive complement, purpose clause."""
    if not _pos_ok(frame, tok) or _blocked(frame, tok):
        return False
    if frame.prt and not _own_particle(frame.prt, tok) and not _particle_on_number(frame.prt, tok):
        return False
    if frame.prep and not prep_objects(tok, frame.prep) and not any(
            c.dep_ == "prep" and c.lower_ == frame.prep for c in tok.children):
        o = child(tok, "dobj")
        if (o is None or not any(c.dep_ == "prep" and c.lower_ == frame.prep for c in o.children)) \
                and not joint_subject(frame, tok):  # ("X and Y discussed the border": the partners, joint_subject.py)
            return False
    if frame.xcomp_needed and child(tok, "xcomp") is None:
        return False  # "offered to host the talks"
    if frame.purpose is not None and not any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in frame.purpose and child(c, "aux") is not None
            for c in tok.children):
        return False  # "went to Y to bring back X": a journey for one of the story's acts
    if frame.prep and frame.prep_noun and not _prep_noun(frame.prep, tok) and not joint_subject(frame, tok):
        return False  # "withdraw from the accord", not "withdraw from running"
    if frame.prep and frame.prep_objs is not None and not any(
            _listed_object(o, frame.prep_objs) for o in prep_objects(tok, frame.prep)):
        return False  # "withdrew from the talks", not "withdrew from the border area" (troops moving)
    return True


def _listed_object(o: Token, listed: frozenset[str]) -> bool:
    """Is the preposition's object one of the listed words, or a gerund whose object is ("committed to
    following the peace process", review s41 #9; not "committed to reducing inflation")?"""
    if o.lemma_.lower() in listed:
        return True
    gerund = o.tag_ == "VBG" or misread_gerund(o)
    return gerund and any(c.dep_ == "dobj" and c.lemma_.lower() in listed for c in o.children)


def _place_ok(d: Doc_, frame: Frame, tok: Token) -> bool:
    """Where the trigger stands: not a topic of a noun of saying, under the heads the frame asks."""
    if frame.pos == FramePos.NOUN and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in d.lex.settings.topic_heads \
            and tok.head.head.pos_ in NOUN_POS and not avowed_report(d, tok.head.head) and not role_phrase(tok):
        return False  # "denied any role in the talks": the talks are a topic here (the noun "say", not
        # the verb: "said during a meeting with Y" is no topic) ("its role as
        # mediator", "the role of mediator" are the role itself: ROLE_AS)
    if frame.under is not None:
        h = tok.head.head if tok.dep_ == "pobj" else tok.head
        if h.lemma_.lower() not in frame.under and tok.head.lower_ not in frame.under:
            return False
        if tok.pos_ in VERB_POS and (child(tok, "nsubj") is not None or child(tok.head, "dobj") is not None):
            return False  # "helped Peru negotiate": Peru negotiates; only a helper who does it itself
    return True


def _object_ok(d: Doc_, frame: Frame, tok: Token) -> bool:
    """The frame's constraints on the trigger's (logical) object."""
    if not (frame.obj is not None or frame.obj_not or frame.obj_actor or frame.obj_needed or frame.obj_captive
            or frame.obj_actor_if_any or frame.obj_party_owned):
        return True
    o = _over_venue(logical_object(tok), tok)
    if o is None and frame.type == "mediate":
        o = hyphen_modified(tok)  # "the Norland-hosted talks"
    if o is None and frame.obj_modified and tok.dep_ == "amod":
        o = tok.head  # "the hijacked Westair jet": the jet was taken
    if frame.obj is not None and (o is None or o.lemma_.lower() not in frame.obj and (
            (m := measured(o)) is None or m.lemma_.lower() not in frame.obj)):  # "four sets of questions"
        return False
    if o is not None and o.lemma_.lower() in frame.obj_not:
        return False
    if frame.obj_actor and (o is None or not d.actors(o, deep=False) and not d.is_pair_phrase(o)):
        return False
    if frame.obj_needed and o is None:
        return False
    if frame.obj_actor_if_any and o is not None and not d.actors(o, deep=False) and not d.is_pair_phrase(o) \
            and o.lower_ not in PRONOUNS and o.lemma_.lower() not in d.lex.settings.adverbial_objects:
        return False  # "did not meet the criteria"
    if frame.obj_captive and o is not None:
        # "the first group of 45 detainees were freed": the prisoners; "freed three of the
        # hostages": the hostages
        o = partitive(o) or measured(o)
    if frame.obj_captive and o is not None and not d.actors(o, deep=False) and \
            o.lemma_.lower() not in d.lex.settings.captive_nouns and o.lower_ not in W.captive_pronouns and not (
                o.tag_ == "NNS" and child(o, "nummod") is not None):
        return False  # a counted plural is people ("freed four engineers") unless obj_not says not; so is
        # "freed them" with no antecedent left (a captor is never one: resolve/captivity.py)
    if frame.obj_party_owned and o is not None and not _party_owned(d, tok, o):
        return False  # "sought the return of the stolen paintings": no party asked (review s41 #11)
    return True


def _party_owned(d: Doc_, tok: Token, o: Token) -> bool:
    """``obj_party_owned``: does the object belong to a party or captives, or come from a party: a
    possessor or of-phrase that is an actor or a captive noun ("Y's withdrawal", "the return of the
    hostages"), or a from-phrase on the verb or the object that is an actor ("an apology from Y")?"""
    owners = [c for c in o.children if c.dep_ == "poss"] + prep_objects(o, "of")
    if any(d.actors(x, deep=False) or x.lemma_.lower() in d.lex.settings.captive_nouns for x in owners):
        return True
    return any(d.actors(x, deep=False) for x in prep_objects(tok, "from") + prep_objects(o, "from"))


def _context_ok(d: Doc_, frame: Frame, tok: Token) -> bool:
    """The frame's constraints on the trigger's subject, governor and quotation."""
    if frame.subj is not None:
        s = child(tok, "nsubj", "nsubjpass")
        if s is None and tok.dep_ == "xcomp" and child(tok, "auxpass") is not None:
            s = child(tok.head, "nsubj", "nsubjpass")  # "the accord was (expected) to be signed": the raising verb's subject
        if frame.subj_relative and s is not None and s.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            s = tok.head  # "meetings that brought together A and B": the relative's noun is the subject
        if s is None or s.lemma_.lower() not in frame.subj:
            return False
    if frame.gov is not None or frame.not_gov:
        g = governor(tok)
        gl = g.lemma_.lower() if g is not None else None
        if tok.dep_ == "pobj" and (tok.head.lower_ in frame.not_gov or tok.head.head.lemma_.lower() in frame.not_gov):
            return False  # "during the fighting", "an end to the fighting"
        if frame.gov is not None and (gl is None or (gl not in frame.gov and "*" not in frame.gov)) and \
                governing_clause(d, tok, frame) is None:  # "the agreement he concluded": the relative's verb governs
            return False
        if gl in frame.not_gov:
            return False
    if frame.brokered and broker_participle(tok) is None:
        return False
    if frame.in_quote:
        cid = d.claim_at(tok.idx)
        if cid is None or not d.claims[cid].direct or tok.tag_ not in ("VBP", "VBZ"):
            return False
    if frame.subj_third:
        s = child(tok, "nsubj")
        if s is None or s.lower_ in W.non_third_subjects:
            return False
    return True


def matches(d: Doc_, frame: Frame, tok: Token) -> bool:
    """Does the frame fire on ``tok``: its shape, its place, its object and its context all fit."""
    return _shape_ok(frame, tok) and _place_ok(d, frame, tok) and _object_ok(d, frame, tok) \
        and _context_ok(d, frame, tok) and not no_act(frame, tok)


def _over_venue(o: Token | None, tok: Token) -> Token | None:
    """"talks in Tovel hosted by X": a participle the parser hung on the venue (a place's name
    after "in"/"at") says what it says of the noun the venue belongs to (the talks)."""
    if o is None or tok.dep_ != "acl" or o.i != tok.head.i or o.ent_type_ not in ("GPE", "LOC", "FAC") \
            or o.dep_ != "pobj" or o.head.lower_ not in W.talk_preps or o.head.head.pos_ not in NOUN_POS:
        return o
    return o.head.head
