"""Outlets their own words call a state's: "state media", "state broadcaster X", "the official X News Agency".

Why: the gold gives a state-run outlet its state; the organ rules read it only when the state is written in
the outlet's phrase ("<demonym> state television"), and "state media reported", "state broadcaster X" or
"state news agency X" named none, so the outlet took no side (s34-affil). The state is the nearest one in
context, read as for office-holders (``side.state_near``: the outlet's own sentence, then the sentence
before); a word of private ownership, or no word of state ownership, makes no state's outlet.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.organs import says_state
from backchannel.extract.actors.side import state_near
from backchannel.extract.actors.state import ActorState, Role
from backchannel.syntax.tree import NSUBJ_DEPS

FILE = "affiliations.toml"
RULE = "actors.side.state_outlet"
#: words of an outlet's title written before its name ("the official", "state-run")
TITLE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "VERB"})
TITLE_REACH = 4


@cache
def ownership_words() -> frozenset[str]:
    """Words of state ownership in an organ's title ("state-run", "official", "government-owned")."""
    return frozenset(word_list(FILE, "organs.state_words", read(FILE)["organs"]["state_words"]))


@cache
def _outlet_nouns() -> frozenset[str]:
    return frozenset(word_list(FILE, "state_outlets.outlet_nouns", read(FILE)["state_outlets"]["outlet_nouns"]))


def state_outlets(st: ActorState) -> None:
    """Organisations and groups with no side whose words make a state's outlet take the nearest state."""
    doc = st.doc
    sent_states: dict[int, list[tuple[int, str]]] = {}
    for i, aid in st.token_actor.items():
        # a state named as a party, not a nationality on someone's noun ("a British academic": no outlet's side)
        if aid in st.ctx.actors and st.ctx.actors[aid].kind == "state" and doc[i].pos_ == "PROPN":
            sent_states.setdefault(doc[i].sent.start, []).append((i, aid))
    venue = {h.tok.i for h in st.state_hits if h.role == Role.VENUE}
    sents = list(doc.sents)
    for actor in list(st.ctx.actors.values()):
        if actor.kind not in ("organization", "group") or actor.affiliation is not None:
            continue
        root = next((r for m in actor.mentions if (r := _outlet_root(st, m.start, m.end, actor.id)) is not None),
                    None)
        if root is None:
            continue
        k = next(n for n, s in enumerate(sents) if s.start <= root.i < s.end)
        best = _outlet_state(st, actor.id, root, sents, k, sent_states, venue)
        if best is not None:
            st.set_affiliation(actor, best, RULE)


def _outlet_state(st: ActorState, own: str, root: Token, sents: list[Span], k: int,
                  sent_states: dict[int, list[tuple[int, str]]], venue: set[int]) -> str | None:
    """The nearest state in the outlet's sentence, then the one before, leaving out states inside what
    someone else is reported to have said ("the minister told parliament that Iran had released X, the state
    broadcaster reported": not Iran); when only such states are in the outlet's sentence, the side of its
    speakers ("the Norwegian foreign minister"), else the sentence before (s34-fixside)."""
    for kk in (k, k - 1):
        if kk < 0:
            break
        content = _reported_content(sents[kk], root)
        all_cands = sent_states.get(sents[kk].start, [])
        cands = [(i, a) for i, a in all_cands if i not in content]
        best = state_near(st, own, root, cands, venue) if cands else None
        if best is not None:
            return best
        if kk == k and len(cands) < len(all_cands) and (side := _speakers_state(st, sents[kk], own)):
            return side
    return None


def _reported_content(sent: Span, outlet: Token) -> set[int]:
    """Tokens of the complements of speech clauses whose subject is not the outlet (or that have none:
    "X, saying that she rejected talks with Japan")."""
    out: set[int] = set()
    for t in sent:
        if t.dep_ != "ccomp":
            continue
        subjects = [c for c in t.head.children if c.dep_ in NSUBJ_DEPS]
        if all(outlet.i not in {x.i for x in s.subtree} for s in subjects):  # "saying that ...": none
            out.update(x.i for x in t.subtree)
    return out


def _speakers_state(st: ActorState, sent: Span, own: str) -> str | None:
    """The one state the speakers of the sentence's speech clauses serve (subjects of a verb with a
    complement), if they agree."""
    sides: set[str] = set()
    for t in sent:
        if t.dep_ != "ccomp":
            continue
        for s in (c for c in t.head.children if c.dep_ in NSUBJ_DEPS):
            aid = st.actor_of_token(s)
            actor = st.ctx.actors.get(aid) if aid and aid != own else None
            aff = st.ctx.actors.get(actor.affiliation) if actor and actor.affiliation else None
            if aff is not None and aff.kind == "state":
                sides.add(aff.id)
    return next(iter(sides)) if len(sides) == 1 else None


def _outlet_root(st: ActorState, start: int, end: int, own: str) -> Token | None:
    """The root of a mention whose words, with the title run right before it, make a state's outlet: an
    outlet noun, a word of state ownership that is no part of a name, and no state written in them."""
    span = st.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = list(span)
    j = span.start - 1
    while j >= 0 and span.start - j <= TITLE_REACH and (st.doc[j].pos_ in TITLE_POS or st.doc[j].tag_ == "HYPH"):
        words.insert(0, st.doc[j])
        j -= 1
    if any((a := st.token_actor.get(t.i)) and a != own and a in st.ctx.actors and st.ctx.actors[a].kind == "state"
           for t in words):
        return None  # a state written in the phrase: the organ rules read it
    free = [t for t in words if st.token_actor.get(t.i) in (None, own) and not (t.ent_type_ and t.i >= span.start
                                                                                and t.pos_ == "PROPN")]
    if not any(t.lemma_.lower() in _outlet_nouns() or t.lower_ in _outlet_nouns() for t in words):
        return None
    return span.root if says_state(free) and _state_word(free) else None


def _state_word(toks: list[Token]) -> bool:
    """A word of state ownership among ``toks`` (not only a word of a state's function: "intelligence")."""
    return any(t.lower_ in ownership_words() for t in toks)
