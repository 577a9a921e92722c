"""An organisation described in apposition as a state's organ takes that state: "the <Name> Bureau,
<State>'s intelligence agency", "<Name>, the <demonym> state broadcaster".

Why: ``descriptors._state_owner`` reads a state written before an organisation's name, and
``part_of_possessor`` an apposition before it ("<State>'s spy agency, the <Name> Bureau"); an apposition
after the name ("the <Name> Bureau, <State>'s intelligence agency") said the same and gave no side.
Only heads that make an organ of a state count (agency, ministry, army, broadcaster: data), never
a group or party, which a state may host without owning ("<State>'s main rebel group").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.coalitions import FILE
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState

RULE = "actors.organs.state_organ_apposition"
MOD_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


@cache
def _organ_nouns() -> frozenset[str]:
    return frozenset(word_list(FILE, "organs.organ_nouns", read(FILE)["organs"]["organ_nouns"]))


def organ_appositions(st: ActorState) -> None:
    """Organisations with no (or a guessed) side whose apposition is "<state>'s <organ noun>" take the state."""
    nouns = _organ_nouns()
    for aid in dict.fromkeys(st.token_actor.values()):
        org = st.ctx.actors.get(aid)
        if org is None or org.kind != "organization" or not (
                org.affiliation is None or org.traced("affiliation") in GUESSED):
            continue
        for m in org.mentions:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for ap in (c for c in span.root.children if c.i > span.root.i and _apposed(st, span.root, c)):
                side = _state_of(st, ap, aid) if ap.lemma_.lower() in nouns else None
                if side is not None:
                    st.set_affiliation(org, side, RULE)
                    break
            if org.affiliation is not None and org.traced("affiliation") == RULE:
                break


def _apposed(st: ActorState, root: Token, c: Token) -> bool:
    """An apposition, or what the parser made a conjunct with no "and" before it ("X, <State>'s agency,")."""
    if c.dep_ == "appos":
        return True
    return c.dep_ == "conj" and c.i not in st.token_actor and not any(  # (no list: "X, <State>'s army and Y")
        t.dep_ == "cc" for t in [*root.children, *c.children]) and not any(t.dep_ == "conj" for t in c.children)


def _state_of(st: ActorState, noun: Token, own: str) -> str | None:
    """The one state among the apposition's own modifiers ("North Korea's", "the Ostlandic"); none when a
    modifier is one of armed or rebel movements ("<State>'s largest rebel army")."""
    if any(t.lower_ in st.lx.definite_org_modifiers for t in noun.subtree if t.i < noun.i):
        return None
    states = {a for t in noun.subtree if t.i < noun.i and (t.dep_ in MOD_DEPS or t.head.dep_ in MOD_DEPS)
              and (a := st.actor_of_token(t)) and a != own and st.ctx.actors[a].kind == "state"}
    return states.pop() if len(states) == 1 else None
