"""Mediation told through a verb or noun of asking, appointing or accepting.

"X asked Y to serve as mediator in talks between A and B", "Y was appointed to facilitate talks
between A and B", "Y took on a mandate to facilitate negotiations between A and B", "Y received a
formal request to help with a peace process": the mediating act sits in the complement of a control
verb or of a role noun, where the frames read it as the content of a request (suppressed) or
find no subject for it. These rules read the construction as a whole:

- REQUESTED_ROLE: a request verb (``request_verbs``) whose complement is a mediating act: the
  asker proposes the role to the one asked (an ``ask`` read as a demand becomes that proposal);
  unless the request is negated, the one asked mediates between the sides the complement names
  (planned: asked, not done).
- APPOINTED_ROLE: an appointing verb (``appoint_verbs``) with such a complement: the one
  appointed mediates between the named sides (planned); nobody proposed anything.
- TAKEN_MANDATE: a role noun (``mandate_nouns``) with such a complement, taken by the subject of a
  ``taking_verbs`` verb ("took on a mandate to facilitate negotiations"): the taker mediates between the
  named sides; a request noun (``request_nouns``) is also a proposal of the requester (its
  possessor, or nobody named) to the taker, when its complement is a mediating or peace-making act.
- REQUEST_OWNER: "Y agreed to X's request": the agreement is with X.

The sides are named by the complement: a between-phrase, or "in its conflict with B" (its owner
and B). Without named sides no mediation record is made (the story's sides are a guess the
frames already make where they fire).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.build import build
from backchannel.extract.interactions.candidate import PAIR, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.mediation_words import request_words
from backchannel.extract.interactions.words import words
from backchannel.extract.interactions.modality import reading
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, is_passive, subtree_span

W = words()
REQUESTED_ROLE = "interactions.mediation_requests.requested_role"
APPOINTED_ROLE = "interactions.mediation_requests.appointed_role"
TAKEN_MANDATE = "interactions.mediation_requests.taken_mandate"
REQUEST_OWNER = "interactions.mediation_requests.request_owner"


def _lem(t: Token) -> str:
    return t.lemma_.lower()


def _verb_or_gerund(t: Token, verbs: frozenset[str]) -> bool:
    """``t`` is one of ``verbs``, or its gerund parsed as a noun ("tasked with mediating")."""
    w = t.lower_
    return _lem(t) in verbs or (w.endswith("ing") and (w[:-3] in verbs or w[:-3] + "e" in verbs))


def mediating_act(tok: Token) -> Token | None:
    """The token of a mediating act a complement verb stands for: a mediation verb ("to
    mediate"), a role noun after "as" ("to serve as a mediator"), either under a helping verb
    ("to help mediate"); None for anything else."""
    w = request_words()
    if _verb_or_gerund(tok, w.mediation_verbs):
        return tok
    if _lem(tok) in w.role_copulas:
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == W.role_prep:
                n = child(p, "pobj")
                if n is not None and _lem(n) in w.role_nouns:
                    return n
    x = child(tok, "xcomp")
    if x is not None and _lem(tok) in W.helping_verbs:
        return mediating_act(x)
    return None


def _peace_work(tok: Token) -> bool:
    """"to work on a peace process", "to help the talks": a complement about peace-making."""
    return any(_lem(t) in request_words().peace_objects and t.pos_ in NOUN_POS for t in tok.subtree)


def named_sides(d: Doc_, act: Token, owner: list[str], mediators: list[str]) -> list[str]:
    """The sides the complement of a mediating act names: a between-phrase with two actors (or
    one, of two coordinated phrases; the story's two sides for "between the two sides"), or "in
    its conflict with B" (the possessor, or else
    ``owner``, and B)."""
    w = request_words()
    top = act.head if act.dep_ == "pobj" else act
    for t in top.subtree:
        if t.dep_ == "prep" and t.lower_ == W.between_prep:
            objs = [o for o in t.children if o.dep_ == "pobj"]
            found = [a for o in objs for a in d.actors(o) if a not in mediators]
            # "between A and some factions": A is a side even when the other names no actor
            two = any(c.dep_ == "conj" for o in objs for c in o.children)
            if len(dict.fromkeys(found)) >= 2 or (found and two):
                return list(dict.fromkeys(found))
            if any(d.is_pair_phrase(o) for o in objs):
                return [PAIR]  # "between the two sides"
    for t in top.subtree:
        if t.pos_ in NOUN_POS and _lem(t) in w.conflict_nouns:
            withs = [a for p in t.children if p.dep_ == "prep" and p.lower_ == W.with_prep
                     for o in p.children if o.dep_ == "pobj" for a in d.actors(o) if a not in mediators]
            if not withs:
                continue
            poss = child(t, "poss")
            own = [a for a in (d.actors(poss) if poss is not None else []) if a not in mediators] or owner
            out = [a for a in own[:1] if a not in withs] + withs
            if len(out) >= 2:
                return list(dict.fromkeys(out))
    return []


def _talks(act: Token) -> bool:
    top = act.head if act.dep_ == "pobj" else act
    return any(_lem(t) in request_words().talk_nouns and t.pos_ in NOUN_POS for t in top.subtree)


def _mediation(d: Doc_, act: Token, control: Token, mediators: list[str], sides: list[str],
               rule: str) -> Candidate | None:
    """A mediation candidate: each mediator between the sides, with talks through it when the
    complement tells of talks; its modality and negation are those of the control verb."""
    fr = Frame(lemma=_lem(act), type="mediate", pos=FramePos.ANY, per_party=True,
               implies="negotiate" if _talks(act) else None)
    read = reading(d, control, fr)
    if read.negated:
        return None
    c = Candidate(type="mediate", trig=act, frame=fr, sources=mediators[:1], targets=sides,
                  claim=d.claim_at(act.idx), modality=read.modality, rule=rule)
    c.topic = subtree_span(act).text
    return c


def _asked(control: Token) -> tuple[Token | None, Token | None]:
    """The one asked and the asker of a request or appointing verb (active or passive)."""
    if is_passive(control):
        agent = next((o for a in control.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
        return child(control, "nsubjpass"), agent
    o = child(control, "dobj")
    if o is None:
        o = next((x for p in control.children if p.dep_ == "prep" and p.lower_ in request_words().request_preps
                  for x in p.children if x.dep_ == "pobj"), None)
    return o, logical_subject(control)


def _states(d: Doc_, ids: list[str]) -> list[str]:
    """A person stands for the state or body it serves when it owns a conflict ("its dispute")."""
    out = []
    for a in ids:
        act = d.ctx.actors.get(a)
        aff = getattr(act, "affiliation", None) if act is not None and act.kind == "person" else None
        out.append(aff or a)
    return out


def _propose_frame(lemma: str) -> Frame:
    return Frame(lemma=lemma, type="propose", pos=FramePos.VERB, source=("subj",), target=("obj",),
                 topic=("xcomp",), needs_actor=True)


def _control_verb(d: Doc_, x: Token, control: Token, raws: list[Candidate],
                  dropped: list[tuple[int, list[str]]]) -> list[Candidate]:
    """REQUESTED_ROLE and APPOINTED_ROLE: ``control`` governs the complement ``x``."""
    w = request_words()
    act = mediating_act(x)
    if act is None or control.i == x.i or control.pos_ not in VERB_POS:
        return []
    kind = _lem(control)
    if kind not in w.request_verbs and kind not in w.appoint_verbs:
        return []
    asked_tok, asker_tok = _asked(control)
    asked = d.actors(asked_tok) if asked_tok is not None else []
    if not asked and asked_tok is not None:
        # "asked one of his critics, Bishop X, to mediate": the name in apposition (or hung on the
        # verb between the object and the complement)
        named = [c for c in asked_tok.children if c.dep_ == "appos"] + [
            c for c in control.children if c.dep_ in ("appos", "npadvmod") and asked_tok.i < c.i < x.i]
        found = [a for c in named for t in c.subtree if (a := d.actor_tok(t)) is not None]
        asked = found[:1]
    asker = d.actors(asker_tok) if asker_tok is not None else []
    out: list[Candidate] = []
    rule = REQUESTED_ROLE if kind in w.request_verbs else APPOINTED_ROLE
    if kind in w.request_verbs:
        own = next((r for r in raws if r.trig.i == control.i and r.type in ("demand", "propose")), None)
        if own is not None:
            if own.type != "propose":
                own.type = "propose"
                own.trace["type"] = REQUESTED_ROLE
        elif asker and (p := build(d, _propose_frame(kind), control)) is not None:
            p.rule = REQUESTED_ROLE
            p.targets = p.targets or asked[:1]
            out.append(p)
    if asked:
        dropped.append((act.i, asker))
        sides = named_sides(d, act, _states(d, asker), asked)
        m = _mediation(d, act, control, asked, sides, rule) if sides else None
        if m is not None:
            m.modality = "planned" if m.modality == "asserted" else m.modality
            out.append(m)
    return out


def _taken_role(d: Doc_, noun: Token, comp: Token, raws: list[Candidate]) -> list[Candidate]:
    """TAKEN_MANDATE: "Y took on a mandate to facilitate negotiations between A and B", "Y received a
    formal request to help with a peace process"."""
    w = request_words()
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in VERB_POS or _lem(verb) not in w.taking_verbs:
        return []
    takers = d.actors(logical_subject(verb))
    if not takers:
        return []
    act = mediating_act(comp)
    out: list[Candidate] = []
    if _lem(noun) in w.request_nouns and (act is not None or _peace_work(comp)):
        poss = child(noun, "poss")
        asker = [a for a in (d.actors(poss) if poss is not None else []) if a not in takers]
        fr = Frame(lemma=_lem(noun), type="propose", pos=FramePos.NOUN)
        read = reading(d, verb, fr)
        p = Candidate(type="propose", trig=noun, frame=fr, sources=asker[:1], targets=takers[:1],
                      negated=read.negated, modality=read.modality, claim=d.claim_at(noun.idx), rule=TAKEN_MANDATE)
        p.topic = subtree_span(comp).text
        out.append(p)
    if act is not None:
        sides = named_sides(d, act, [], takers)
        m = _mediation(d, act, verb, takers, sides, TAKEN_MANDATE) if sides else None
        if m is not None:
            out.append(m)
    return out


def _noun_complement(noun: Token) -> Token | None:
    """The act a role noun holds: "a mandate to facilitate", "the task of mediating"."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ in VERB_POS:
            return c
        if c.dep_ == "prep" and c.lower_ == W.of_prep:
            p = child(c, "pcomp", "pobj")
            if p is not None:
                return p
    return None


def _request_owner(d: Doc_, raws: list[Candidate]) -> None:
    """REQUEST_OWNER: "Y agreed to X's request (proposal, invitation)": the agreement is with X."""
    w = request_words()
    for r in raws:
        if r.type != "agree" or [t for t in r.targets if not is_marker(t)] or r.trig.pos_ not in VERB_POS:
            continue
        objs = [o for p in r.trig.children if p.dep_ == "prep" and p.lower_ in w.agree_preps for o in p.children
                if o.dep_ == "pobj"] + [o for o in r.trig.children if o.dep_ == "dobj"]
        for o in objs:
            poss = child(o, "poss")
            if _lem(o) in w.request_nouns and poss is not None:
                owner = [a for a in d.actors(poss) if a not in r.sources]
                if owner:
                    r.targets = owner[:1]
                    r.trace[TARGET] = REQUEST_OWNER
                    break


def requested_mediations(d: Doc_, raws: list[Candidate]) -> list[Candidate]:
    """The frames' candidates with those of the four rules after them: the frames' agree and ask
    candidates completed or retyped in place, and a frame's mediation that took the asker for
    the one asked ("Peru appointed Chile to broker a truce": Peru does not broker) left out."""
    w = request_words()
    _request_owner(d, raws)
    out: list[Candidate] = []
    dropped: list[tuple[int, list[str]]] = []
    for tok in d.ctx.doc:
        if tok.dep_ == "xcomp" and tok.pos_ in VERB_POS:
            out.extend(_control_verb(d, tok, tok.head, raws, dropped))
        elif tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == W.with_prep and tok.head.head.pos_ in VERB_POS:
            out.extend(_control_verb(d, tok, tok.head.head, raws, dropped))  # "tasked with mediating"
        elif tok.pos_ in NOUN_POS and _lem(tok) in w.mandate_nouns:
            comp = _noun_complement(tok)
            if comp is not None:
                out.extend(_taken_role(d, tok, comp, raws))
    kept = [r for r in raws if not (r.type == "mediate" and any(
        r.trig.i == i and set(r.sources) & set(asker) for i, asker in dropped))]
    return kept + out
