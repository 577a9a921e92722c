"""Affiliations from what a person heads or belongs to: "X, who leads the RSF", "Y of the Green Party".

Why: a report often introduces a commander or member by the body they head or sit in rather than
by a title; that body is the side they act for (gold convention: "General X, who controls the
army" belongs to the army, not to the army's state).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState

FILE = "affiliations.toml"


def member_affiliations(st: ActorState) -> None:
    """Persons take the body they head ("who leads X", "X, which Y commands") or are "of" ("Y of X")."""
    from_bodies(st)
    for tok in st.doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in st.lx.words.commanding_verbs:
            _leads(st, tok)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in _acting_verbs():
            _leads(st, tok, "actors.members.represents")
            _represented_by(st, tok)
        elif tok.dep_ == "prep" and tok.lower_ == st.lx.words.of and tok.head.pos_ == "PROPN":
            body = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if body is not None:
                _set(st, tok.head, body, "actors.members.person_of")


@cache
def _acting_verbs() -> frozenset[str]:
    return frozenset(word_list(FILE, "members.acting_verbs", read(FILE)["members"]["acting_verbs"]))


@cache
def _represented_parts() -> frozenset[str]:
    return frozenset(word_list(FILE, "members.represented_parts", read(FILE)["members"]["represented_parts"]))


def _leads(st: ActorState, verb: Token, rule: str = "actors.members.leads") -> None:
    """The subject of an active commanding verb takes its object; a relative pronoun stands for the
    noun the clause hangs on ("General X, who controls the army"; "the Front, which X commands")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None:
        return
    if verb.dep_ == "relcl":
        if subj.tag_ in ("WP", "WDT"):
            subj = verb.head
        elif obj.tag_ in ("WP", "WDT"):
            obj = verb.head
    if rule == "actors.members.leads" and subj.i not in st.token_actor and subj.dep_ == "appos" \
            and subj.head.i in st.token_actor:
        # "X, a retired judge who led the elders": the clause is on the apposition, the leader its name (s43)
        subj, rule = subj.head, "actors.members.leads_apposed"
    if obj.i not in st.token_actor or obj.pos_ == "ADJ":
        # "leads the paramilitary RSF": the parser made the adjective the object, the name its apposition
        obj = next((c for c in obj.children if c.dep_ == "appos" and c.i in st.token_actor), obj)
    if obj.i not in st.token_actor and obj.pos_ == "NOUN" and (
            rule != "actors.members.represents" or obj.lemma_.lower() in _represented_parts()):
        # "who heads the Front's political bureau": an unnamed part of a named body is the body's (s35-affil);
        # but "represents Peru's interests" is no membership, only "represents Peru's delegation" (s35-fixaff)
        obj = next((c for c in obj.children if c.dep_ == "poss" and c.i in st.token_actor), obj)
    _set(st, subj, obj, rule)


def _represented_by(st: ActorState, verb: Token) -> None:
    """ "<Body> was represented by X": the agent acts for the passive subject."""
    body = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if body is not None and agent is not None:
        _set(st, agent, body, "actors.members.represents")


def _set(st: ActorState, person_tok: Token, body_tok: Token, rule: str) -> None:
    """Give the person at ``person_tok`` the organisation, group or state at ``body_tok`` (unless a
    stated affiliation is there already); a member "of" an unnamed team or delegation takes the side
    the team represents, while whoever heads a body belongs to the body itself."""
    pid, bid = st.token_actor.get(person_tok.i), st.token_actor.get(body_tok.i)
    person = st.ctx.actors.get(pid) if pid else None
    body = st.ctx.actors.get(bid) if bid else None
    if person is None or body is None or person.kind != "person" or body.kind == "person" or pid == bid:
        return
    if person.affiliation is not None and person.traced("affiliation") not in GUESSED and \
            person.affiliation != body.affiliation:
        return  # a stated side stays; the state of the body it heads gives way to the body
    side: str | None = body.id
    if rule == "actors.members.person_of" and body.kind == "group" and not body.named:
        side = body.affiliation  # "Y of the negotiating team": the side the team represents
    if side is not None and side != pid:
        st.set_affiliation(person, side, rule)


@cache
def _from_preps() -> frozenset[str]:
    return frozenset(word_list(FILE, "members.from_preps", read(FILE)["members"]["from_preps"]))


def from_bodies(st: ActorState) -> None:
    """ "X, from the <Front>, told reporters": a named person with no (or a guessed) side takes the named
    organisation or group of a "from" apposition right after the name (s43-affil). Why the words: the parser
    hangs "from" on the verb as often as on the name. Only a whole apposition counts (the body's name closes
    with punctuation), only an organisation or group (a state or town after "from" is where one comes from),
    and never a captive's ("freed from the Front" has no comma before it)."""
    doc = st.doc
    for nm in st.named:
        actor = st.ctx.actors.get(nm.aid) if nm.aid else None
        if actor is None or actor.kind != "person" or not (
                actor.affiliation is None or actor.traced("affiliation") in GUESSED):
            continue
        for s, e, _root, _rule in nm.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            body = _from_body(st, span.end, actor.id) if span is not None else None
            if body is not None:
                st.set_affiliation(actor, body, "actors.members.from_body")
                break


def _from_body(st: ActorState, end: int, own: str) -> str | None:
    """The organisation or group of ", from [the] [“]<Name>[”]," starting at token ``end``."""
    doc = st.doc
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _from_preps():
        return None
    j = end + 2
    while j < len(doc) and (doc[j].pos_ == "DET" or doc[j].is_quote or doc[j].is_punct and doc[j].text != ","):
        j += 1
    aid = st.token_actor.get(j) if j < len(doc) else None
    body = st.ctx.actors.get(aid) if aid else None
    if body is None or aid == own or body.kind not in ("organization", "group") or not body.named:
        return None
    k = j
    while k + 1 < len(doc) and st.token_actor.get(k + 1) == aid:
        k += 1
    while k + 1 < len(doc) and doc[k + 1].is_quote:
        k += 1
    return aid if k + 1 < len(doc) and doc[k + 1].text in (",", ".", ";", ")", "—") else None
