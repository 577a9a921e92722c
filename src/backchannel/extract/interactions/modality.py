"""Modality (asserted, planned, hypothetical) and negation of a trigger.

Why: "would push for", "pledging to destroy", "if Y eased the curbs", "was not informed":
the act is read around the trigger, on its clause path.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.extract.interactions.arguments import argument_words
from backchannel.extract.interactions.document import Doc_
from backchannel.resolve.lexicon import lexicon as actor_lexicon
from backchannel.extract.interactions.lexicon import Frame, Lexicon, lexicon
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, coordination_head, modal_aux
from backchannel.syntax.inherit import counterfactual_prep
from backchannel.syntax.words import words as syntax_words
from backchannel.extract.interactions.mediation_words import request_words
from backchannel.extract.interactions.words import words

W = words()


def clause_path(tok: Token) -> list[Token]:
    """Tokens from the trigger up through non-clausal links and xcomp (the same predication);
    a noun that is the subject of an event verb ("talks will take place") includes the verb."""
    path = [tok]
    cur = tok
    if tok.pos_ in NOUN_POS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in lexicon().settings.event_verbs:
        cur = tok.head
        path.append(cur)
    for _ in range(10):
        if cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "nsubj", "nsubjpass") or cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in VERB_POS:
            break
        if cur.dep_ == "acl" and cur.pos_ in VERB_POS:
            break
        cur = cur.head
        path.append(cur)
    return path


NEGATOR = "interactions.modality.negator"  # "did not meet", "not open to a deal"
NEGATIVE_DET = "interactions.modality.negative_determiner"  # "no talks took place"
NEGATED_PURPOSE = "interactions.modality.negated_purpose"  # "won't gather to sign the accord"
DENYING_HEAD = "interactions.modality.denying_head"  # "denied any mediation", "in the absence of ties"
CESSATION = "interactions.modality.cessation"  # "would stop bombing Y", "halted its strikes on Y"
FUTURE_AUX = "interactions.modality.future_aux"  # "will meet", "would push for"
MODAL_AUX = "interactions.modality.modal_aux"  # "may meet", "could free"
CONDITION = "interactions.modality.condition"  # "if they meet", "X would free Y if Z eased the curbs"
PLANNING_VERB = "interactions.modality.planning_verb"  # "pledging to destroy", "plans to visit"
HEDGING_VERB = "interactions.modality.hedging_verb"  # "appeared more open to", "considering a visit"
PROPOSAL_TERMS = "interactions.modality.proposal_terms"  # "the draft would see X free Y"


@dataclass
class Reading:
    """The modality and negation read around a trigger, and the rule that last changed each
    from the frame's own (None: the frame's)."""

    modality: str
    negated: bool
    modality_rule: str | None = None
    negation_rule: str | None = None

    def mod(self, value: str, rule: str) -> None:
        if value != self.modality:
            self.modality, self.modality_rule = value, rule

    def negate(self, rule: str, flip: bool = False) -> None:
        if flip or not self.negated:
            self.negated, self.negation_rule = not self.negated if flip else True, rule


def _deny_intent(tok: Token, r: "Reading") -> None:
    """Rule NEGATIVE_DET on a noun of intent (``intent_nouns``) whose infinitive is the trigger ("X had no chance
    to meet Y", "X has no way to contact Y"): the act is not open to its doer, so it is negated."""
    h = tok.head
    if tok.dep_ in ("acl", "relcl") and h.pos_ in NOUN_POS and h.lemma_.lower() in syntax_words().intent_nouns \
            and any(c.dep_ == "det" and c.lower_ == W.negative_det for c in h.children):
        r.negate(NEGATIVE_DET)


def _top_condition(lex: Lexicon, top: Token, r: "Reading") -> None:
    """Rule CONDITION on the clause head of the path's top: an if-clause on it, or a conditional clause under a
    conditional auxiliary ("X would release them if Y eased the curbs"). Why apart: the path loop reads the
    clauses below the top; the top's own conditions are read once here."""
    for c in top.children:
        if c.dep_ == "mark" and c.lower_ in lex.settings.condition_marks:
            r.mod("hypothetical", CONDITION)
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in W.conditional_marks for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ in W.conditional_aux for a in top.children):
            r.mod("hypothetical", CONDITION)


def reading(d: Doc_, tok: Token, frame: Frame) -> Reading:
    """Modality and negation from auxiliaries, governing verbs, conditionals and negators, with
    the rules that set them."""
    lex = d.lex
    r = Reading(modality=frame.modality or "asserted", negated=frame.negated)
    path = clause_path(tok)
    noun = tok.pos_ in NOUN_POS
    for i, t in enumerate(path):
        for c in t.children:
            if c.dep_ == "neg" and (i == 0 or not noun and (t.pos_ in VERB_POS or t.pos_ == "ADJ")
                                    or noun and _supports(tok, t)):
                r.negate(NEGATOR)
            if modal_aux(c, lex.settings.planned_aux) and r.modality == "asserted":
                r.mod("planned", FUTURE_AUX)
            if modal_aux(c, lex.settings.hypothetical_aux):
                r.mod("hypothetical", MODAL_AUX)
            if c.dep_ == "mark" and c.lower_ in lex.settings.condition_marks:
                r.mod("hypothetical", CONDITION)
            if c.dep_ == "det" and c.lower_ == W.negative_det and i == 0:
                r.negate(NEGATIVE_DET)
        if i == 0 and not noun and any(c.dep_ in ("nsubj", "nsubjpass") and any(
                x.dep_ == "det" and x.lower_ in W.negative_subject_dets for x in c.children) for c in t.children):
            r.negate(NEGATIVE_DET)  # "neither side has met the other"
        if i > 0 and any(c.dep_ == "prt" and f"{t.lemma_} {c.lower_}" in W.cancel_phrasals for c in t.children):
            r.negate(DENYING_HEAD)  # "called off the meeting"
        if i > 0 and any(c.dep_ in ("prt", "advmod") and f"{t.lemma_} {c.lower_}" in W.negating_phrasals
                         for c in t.children):
            r.negate(DENYING_HEAD, flip=True)  # "stopped short of criticizing Y"
        if i > 0:
            if t.lemma_ in lex.settings.planned_verbs and r.modality == "asserted":
                r.mod("planned", PLANNING_VERB)
            if t.lemma_ in lex.settings.hypothetical_verbs or (t.pos_ == "ADJ" and t.lemma_ in lex.settings.hypothetical_adj):
                r.mod("hypothetical", HEDGING_VERB)
            if (t.lemma_ in lex.settings.negating_heads or t.dep_ == "prep" and counterfactual_prep(t)) \
                    and not _role_subject(tok, t):  # ("instead of being freed": not freed)
                r.negate(DENYING_HEAD, flip=True)
            if t.lemma_ in lex.settings.cessation_heads and t.dep_ not in ("advcl", "acl") and not any(
                    x.dep_ == "prep" and x.lower_ not in lex.settings.cessation_preps for x in path[1:i]):
                # "would stop bombing Y": the bombing does not go on; not a purpose ("acted to stop
                # the attacks": they go on)
                r.negate(CESSATION, flip=True)
    _deny_intent(tok, r)
    top = path[-1]
    denied_scope(lex, path, r)
    _top_condition(lex, top, r)
    if top.dep_ in ("xcomp", "advcl") and top.head.i != top.i:
        h = top.head
        if h.lemma_ in lex.settings.hypothetical_verbs or any(
                c.dep_ == "acomp" and c.lemma_ in lex.settings.hypothetical_adj for c in h.children):
            r.mod("hypothetical", HEDGING_VERB)  # "appeared more willing ... to strike a deal"
        elif h.lemma_ in lex.settings.planned_verbs and r.modality == "asserted":
            r.mod("planned", PLANNING_VERB)
    if top.dep_ == "advcl" and top.head.i != top.i and any(
            c.dep_ == "aux" and c.lower_ == W.infinitive_to for t in path for c in t.children) and _negated(top.head):
        r.negate(NEGATED_PURPOSE)  # "won't gather to sign the accord": the purpose is not carried out
    if top.dep_ == "advcl" and top.head.i != top.i and r.modality == "asserted" and any(
            c.dep_ == "aux" and c.lower_ == W.infinitive_to for t in path for c in t.children):
        _purpose_of_plan(lex, top.head, r)  # "was due to convene on Friday to approve the accord"
    if top.dep_ in ("ccomp", "xcomp") and top.head.lemma_ in lex.settings.terms_verbs:
        subj = child(top.head, "nsubj")
        if subj is not None and subj.lemma_.lower() in lex.settings.terms_nouns:
            r.mod("hypothetical", PROPOSAL_TERMS)  # "the draft would see X free Y": the terms, not an act
    # controlled infinitive of a planning verb ("pledging to destroy", "agreed to meet")
    cur = tok
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_ in lex.settings.planned_verbs and r.modality == "asserted":
            r.mod("planned", PLANNING_VERB)
        if cur.lemma_ in lex.settings.hypothetical_verbs:
            r.mod("hypothetical", HEDGING_VERB)
    if frame.type in W.intent_types:
        purpose_attempt(tok, r)
    return r


DENIED_CLAUSE = "interactions.modality.denied_clause"  # "denied that it had met X"
DENIED_REPORT = "interactions.modality.denied_report"  # "dismissed reports that talks took place"


def denied_scope(lex: Lexicon, path: list[Token], r: Reading) -> None:
    """Rules DENIED_CLAUSE and DENIED_REPORT: an act stated in the clause a denial verb takes, or
    in what a report noun it takes says, did not happen by the denier's word.

    Why: the path of :func:`clause_path` stops at a clause boundary, so "X denied that it had held
    talks with Y" read the talks as held; and "dismissed reports of talks" named no negating head.
    Shapes: "denied (that) it had met Y", "dismissed / rejected reports (claims, rumours) that it
    had met Y", "dismissed reports of secret talks with Y". Not when the denial is itself negated
    ("did not deny that it had met Y", "never disputed reports that ..."): that is no denial.
    "deny" over an act noun ("denied any contact") is a negating head of the path already."""
    st = lex.settings
    top = path[-1]
    head = top.head
    said = st.denial_verbs & st.avowal_verbs  # denials that are words ("denied", not "rejected")
    if any(t.lemma_ in said and not _negated(t) for t in [*path[1:], head]) and r.modality == "asserted":
        r.mod("reported", DENIED_CLAUSE)  # the act is the denier's word, as any claim's content is
    if top.dep_ == "ccomp" and head.i != top.i and head.lemma_ in st.denial_verbs and not _negated(head):
        r.negate(DENIED_CLAUSE)
        return
    # the report noun: the head of an "acl"/"ccomp" clause ("reports that it had met"), or a
    # noun on the path under an "of" ("reports of talks")
    nouns = [head] if top.dep_ in ("acl", "ccomp") and head.i != top.i else []
    nouns += [t for t in path[1:] if t.pos_ in NOUN_POS]
    for n in nouns:
        if n.lemma_.lower() not in st.report_nouns or n.dep_ not in ("dobj", "nsubjpass"):
            continue
        v = n.head
        # a negating head on the path ("denied reports of talks") negated it already; off the path
        # ("denied reports that ...": the clause) it did not
        if v.lemma_ in st.denial_verbs and not _negated(v) and (v.lemma_ not in st.negating_heads or n not in path):
            r.negate(DENIED_REPORT)
        return


def _negated(v: Token) -> bool:
    """Has ``v`` a negator of its own ("did not deny")?"""
    return any(c.dep_ == "neg" for c in v.children)


ROLE_SUBJECT = "interactions.modality.role_subject"  # "the mediator declined to comment": still the mediator


def _role_subject(tok: Token, head: Token) -> bool:
    """Rule ROLE_SUBJECT: a role noun ("mediator", ``role_nouns``) that is the subject of a denying
    verb ("the mediator failed to reveal his ideas", "the intermediary refused to comment"): the
    verb denies what the holder did, not the role, so the role is not negated."""
    return (tok.pos_ in NOUN_POS and tok.lemma_.lower() in request_words().role_nouns
            and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == head.i)


def _purpose_of_plan(lex: Lexicon, head: Token, r: Reading) -> None:
    """The purpose of a planned act is planned: the act it serves is future or under a planning
    verb ("will meet to sign", "was set to meet to ratify")."""
    cur = head
    for _ in range(4):
        if any(modal_aux(c, lex.settings.planned_aux) for c in cur.children):
            r.mod("planned", FUTURE_AUX)
            return
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return
        cur = cur.head
        if cur.lemma_ in lex.settings.planned_verbs:
            r.mod("planned", PLANNING_VERB)
            return


def _supports(noun: Token, t: Token) -> bool:
    """Does a negation on ``t`` deny the noun's act? Yes for a support verb or adjective
    ("did not reach a deal", "talks did not take place", "not open to a deal"), no for a verb
    the noun merely complements ("nobody told him of the negotiations")."""
    lex = lexicon()
    if t.pos_ == "ADJ":
        return True
    if t.lemma_ in lex.settings.event_verbs or t.lemma_ in lex.settings.participation_verbs:
        return True
    # "X was not involved in (the) negotiations": the stative participle of taking part
    # (interactions.arguments.stative_participant) supports the act as "take part" does
    return t.lemma_.lower() in argument_words().stative_participles and noun.head.head.i == t.i


def mere_readiness(d: Doc_, tok: Token) -> bool:
    """'(remained) ready / willing / prepared to host talks': a stance, no act or plan."""
    words = d.lex.settings.readiness_adj
    t = tok
    while t.dep_ in ("dobj", "pobj", "prep") and t.head.i != t.i:  # "ready to host a round of talks"
        t = t.head
    while t.dep_ == "xcomp" and t.head.i != t.i:
        h = t.head
        if h.pos_ == "ADJ" and h.lemma_.lower() in words or any(
                c.dep_ == "acomp" and c.lemma_.lower() in words for c in h.children):
            return True
        t = h
    return False


ATTITUDE_OBJECT = "interactions.modality.attitude_object"  # "its distrust of X's mediation": no act
PURPOSE_ATTEMPT = "interactions.modality.purpose_attempt"  # "held calls to broker peace": intended


def attitude_object(tok: Token) -> bool:
    """Rule ATTITUDE_OBJECT: is the noun ``tok`` what an attitude or judgement is about ("its
    distrust of X's mediation", "criticism of X's mediation", "distrusts X's mediation")? The
    attitude is held towards a mediation as a thing, offered or imagined; it tells of no act.
    (A rejection, "rejected X's mediation", is a denying head: a negated act.)"""
    if tok.pos_ not in NOUN_POS:
        return False
    t = coordination_head(tok)  # "distrust of X's mediation and Y's guarantees"
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in W.attitude_heads
    if t.dep_ == "pobj" and t.head.lower_ in W.attitude_preps and t.head.head.i != t.head.i:
        return t.head.head.lemma_.lower() in W.attitude_heads
    return False


def purpose_attempt(tok: Token, r: Reading) -> None:
    """Rule PURPOSE_ATTEMPT: an act told as the purpose of another ("held calls with them to broker
    peace") or as the content of an attempt ("efforts to broker a truce", "in a bid to mediate")
    is intended, not told as done: ``planned``, as the conventions keep intended acts ("will try to
    convince", "to push for direct talks")."""
    if tok.pos_ not in VERB_POS or r.modality != "asserted" or r.negated:
        return
    if not any(c.dep_ == "aux" and c.lower_ == W.infinitive_to for c in tok.children):
        return
    head = tok.head
    if tok.dep_ == "advcl" and head.i != tok.i and head.lemma_.lower() not in W.helping_verbs:
        r.mod("planned", PURPOSE_ATTEMPT)
    elif tok.dep_ == "acl" and head.pos_ in NOUN_POS and head.lemma_.lower() in W.attempt_nouns:
        r.mod("planned", PURPOSE_ATTEMPT)


PURPOSE_TALKS = "interactions.modality.purpose_talks"  # "held calls with X to broker peace": the calls


def purpose_of_talks(d: Doc_, tok: Token, named_targets: list[str]) -> bool:
    """Rule PURPOSE_TALKS: a mediation told only as the purpose of the controller's own dealings
    with a named party ("held calls with the rebels to broker peace", "met Peruvian officials
    to mediate") and naming no party of its own tells of those dealings, not of a mediation
    between two sides: the sides it would stand between are a guess on an intention."""
    if tok.pos_ not in VERB_POS or tok.dep_ != "advcl" or tok.head.i == tok.i or named_targets:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == W.infinitive_to for c in tok.children):
        return False
    head = tok.head
    if head.lemma_.lower() in W.helping_verbs:
        return False  # "helped to broker a truce": the mediation is told
    objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    # the object of a meeting or contact verb ("met X to mediate"), not of "sent an envoy to ..."
    talks = any(f.type in W.dealing_types for f in d.lex.frames.get(head.lemma_.lower(), []))
    dealt = [o for o in objs if talks and _party(d, o)]
    # "held calls with X", "met with X"; not "worked with X to broker": X is a partner, not a party dealt with
    for h in ([head] if talks else []) + [o for o in objs if _dealing(d, o)]:
        dealt += [x for c in h.children if c.dep_ == "prep" and c.lower_ == W.with_prep
                  for x in c.children if x.dep_ == "pobj" and _party(d, x)]
    return bool(dealt)


def _dealing(d: Doc_, tok: Token) -> bool:
    """A meeting or contact word ("calls", "meetings"): its with-phrase names the party dealt with."""
    return any(f.type in W.dealing_types for f in d.lex.frames.get(tok.lemma_.lower(), []))


def _party(d: Doc_, tok: Token) -> bool:
    """An actor, or a people named by its demonym ("the Iranians"), which may be no actor."""
    return bool(d.actors(tok)) or (tok.tag_ in ("NNS", "NNPS") and actor_lexicon().demonym(tok.text) is not None)


CONCUR_JUDGEMENT = "interactions.modality.concur_judgement"  # "the monitors agreed the count was unfair"


def concurs_in_judgement(tok: Token) -> bool:
    """Rule CONCUR_JUDGEMENT: "agree" whose only complement is a finite clause judging a state of
    things ("the monitors agreed the count was unfair", "both agreed that the situation is grave": a
    copula with an adjective or noun, no modal) tells of shared opinion, not of an accord; an
    agreement on what is to happen ("agreed that talks would resume", "agreed to meet") is one."""
    if tok.pos_ not in VERB_POS or any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ != W.with_prep for c in tok.children):
        return False  # "agreed to a truce", "agreed on the terms", "agreed to meet"
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        c.pos_ == "AUX" and any(x.dep_ in ("acomp", "attr") for x in c.children)
        and not any(x.dep_ == "aux" and x.tag_ == "MD" for x in c.children) for c in clauses)
