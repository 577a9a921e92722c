"""A title owned by "the group", "the rebels", "the movement": the organisation the description stands for.

Why: "X, the group's foreign minister", "the rebels' spokesman X" and "the head of the movement's
armed wing, X" name the side through a definite description of a named organisation; the
description sits inside the title, whose words the descriptor step consumes, so the definite-description
step never resolved it and a state nearby was guessed instead (s34-affil).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.definite import antecedent
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.phrases import np_left

RULE = "actors.descriptors.described_possessor_side"
OWNER_KINDS = frozenset({"organization", "group"})


def described_possessors(st: ActorState) -> None:
    """Persons with no side (or a guessed one) whose title is owned by "the <group noun>" take the
    organisation named before that the description stands for."""
    for actor in list(st.ctx.actors.values()):
        if actor.kind != "person" or actor.affiliation is not None and actor.traced("affiliation") not in GUESSED:
            continue
        for toks, _head in st.titles.get(actor.id, []):
            owner = next((o for t in toks if (o := _described_owner(st, t, actor.id))), None)
            if owner is not None:
                st.set_affiliation(actor, owner, RULE)
                break


def _described_owner(st: ActorState, t: Token, own: str) -> str | None:
    """The organisation "the group's" at ``t`` stands for: a possessive noun of the definite
    descriptions of organisations (not "the bloc", not a pronoun, not a name), "the" before it."""
    lx = st.lx
    if t.dep_ != "poss" or t.tag_ == "PRP$" or t.pos_ not in ("NOUN", "ADJ"):
        return None
    if t.lower_ not in lx.definite_org_heads and t.lemma_.lower() not in lx.definite_org_heads:
        return None
    left = [x for x in np_left(t) if x.i != t.i]
    if not left or left[0].lower_ != lx.words.definite_article:
        return None
    target = st.ctx.coref.get(t.i) or st.token_actor.get(t.i) or antecedent(st, t, own, False)
    if target is None or target == own or target not in st.ctx.actors or \
            st.ctx.actors[target].kind not in OWNER_KINDS:
        return None
    return target
