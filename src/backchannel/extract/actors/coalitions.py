"""Members of a coalition take the coalition as their side: "A, B and C, which make up the D Alliance".

Why: reports introduce an alliance of armed groups or parties by listing its members beside it
("collectively known as", "made up of", "a member of", "the D Alliance of A and B"), and the
golds give each member the coalition as affiliation. Without this a member named after its
country ("the Ostland National Army") takes that state, and the others take no side at all.
Members and coalition must both be organisation (or group) actors; the construction, not a word
list of names, decides who is a member.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState

FILE = "affiliations.toml"
RULE = "actors.coalitions.member_of"
# sides that a stated membership replaces: guesses, and a state read off a member's own name
# ("the Ostland National Army" is not thereby Ostland's if it is one of an alliance's members)
WEAKER = GUESSED | {"actors.names.demonym_government", "actors.names.state_name_government"}
BODY_KINDS = ("organization", "group")
LIST_DEPS = frozenset({"conj", "appos"})


@dataclass(frozen=True)
class Words:
    naming_verbs: frozenset[str]
    members_subject_verbs: frozenset[str]
    coalition_subject_verbs: frozenset[str]
    member_nouns: frozenset[str]
    coalition_heads: frozenset[str]


# The rule's words (``data/affiliations.toml``), checked key by key.
words = loader(Words, FILE, "coalitions")


def coalition_members(st: ActorState) -> None:
    """Give every listed member the coalition it is said to make up (``actors.coalitions.member_of``)."""
    w = words()
    for tok in st.doc:
        pairs: list[tuple[list[Token], Token]] = []
        if tok.pos_ in ("VERB", "AUX"):
            pairs += _verb_pairs(st, tok, w)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in w.member_nouns and tok.dep_ == "appos":
            pairs += [(_members(st, tok.head), c) for c in _prep_objects(tok, st.lx.words.of)]  # "A, a member of D"
        if _body(st, tok) and _head_word(st, tok) in w.coalition_heads:
            objs = _prep_objects(tok, st.lx.words.of)  # "the D Alliance of A, B and C"
            later = [c for c in tok.conjuncts if objs and c.i > objs[0].i]
            members = [m for o in objs for m in _members(st, o)] + [m for c in later for m in _members(st, c)]
            if len({st.actor_of_token(m) for m in members}) >= 2:
                pairs.append((members, tok))
        for members, coal in pairs:
            _join(st, members, coal)


def _verb_pairs(st: ActorState, verb: Token, w: Words) -> list[tuple[list[Token], Token]]:
    """(members, coalition) of a clause: "known as D", "which make up D", "D, made up of A and B"."""
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrase = f"{lemma} {prt}" if prt else lemma
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "A and B, which make up D": the relative pronoun stands for the list
    if subj is None and verb.dep_ in ("acl", "relcl"):
        subj = verb.head  # "D, made up of A and B"; "A, B and C, collectively known as D"
    if subj is None:
        return []
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    of_objs = _prep_objects(verb, st.lx.words.of)
    as_objs = _prep_objects(verb, st.lx.words.as_)
    if lemma in w.naming_verbs and verb.tag_ == "VBN":
        return [(_members(st, subj), o) for o in as_objs]
    if of_objs and f"{phrase} {st.lx.words.of}" in w.coalition_subject_verbs:
        return [(_members(st, o), subj) for o in of_objs]
    if phrase in w.members_subject_verbs:
        members = _members(st, subj)
        if len({st.actor_of_token(m) for m in members}) < 2:
            return []  # "the Front founded the D Army in 2010": the army is the front's, not the reverse
        return [(members, o) for o in dobj]
    if phrase in w.coalition_subject_verbs:
        return [(_members(st, o), subj) for o in dobj]
    return []


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    """The objects of ``tok``'s preposition ``prep`` ("known as D", "made up of A")."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children if o.dep_ == "pobj"]


def _members(st: ActorState, tok: Token) -> list[Token]:
    """The bodies listed at ``tok``: it, its conjuncts and the appositions the parser made of them
    ("A, B and C" is often A with B as apposition and C as B's conjunct); "representatives of A, B
    and C": the bodies of the of-phrase (the parser may hang B and C on "representatives")."""
    if not _body(st, tok) and tok.pos_ != "NOUN":
        return []
    while tok.dep_ in LIST_DEPS and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "A, B and C, which make up D": the clause hangs on C
    out: list[Token] = []
    todo = [tok] + ([] if _body(st, tok) else _prep_objects(tok, st.lx.words.of))
    while todo:
        t = todo.pop()
        if t in out:
            continue
        out.append(t)
        todo += [c for c in t.children if c.dep_ in LIST_DEPS]
    return [t for t in out if _body(st, t)]


def _body(st: ActorState, tok: Token) -> bool:
    aid = st.actor_of_token(tok)
    return aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].kind in BODY_KINDS


def _head_word(st: ActorState, tok: Token) -> str:
    aid = st.actor_of_token(tok)
    name = st.ctx.actors[aid].name if aid else ""
    return name.split()[-1].lower() if name.split() else ""


def _join(st: ActorState, members: list[Token], coal: Token) -> None:
    cid = st.actor_of_token(coal)
    if cid is None or cid not in st.ctx.actors or st.ctx.actors[cid].kind not in BODY_KINDS \
            or not st.ctx.actors[cid].named:
        return
    for m in members:
        mid = st.actor_of_token(m)
        actor = st.ctx.actors.get(mid) if mid else None
        if actor is None or mid == cid or actor.kind not in BODY_KINDS or actor.affiliation == cid:
            continue
        if st.ctx.actors[cid].affiliation == mid:
            continue  # (never a circle)
        if actor.affiliation is None or actor.traced("affiliation") in WEAKER:
            st.set_affiliation(actor, cid, RULE)
