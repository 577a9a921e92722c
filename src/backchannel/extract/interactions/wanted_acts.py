"""Wanting another party to act: "X wants Y to revisit the deal" is X's demand on Y (s47-acts).

Why apart: the demand frames read verbs of asking with the one asked as their object ("urged Y to",
"asked Y to") or a that-clause's subject ("demanded that Y negotiate"). "Want" takes the one asked as the
subject of an infinitive the parser makes its clausal complement ("wants" -> ccomp "revisit" with subject
Y and "to"), where neither spec looks. Only an infinitive of acting counts: "wants the girls to have some
rest" wishes them a state (``state_infinitives`` of data/wanted_acts.toml), and "X wants to meet Y" (no
subject of its own) is X's own plan. Census s47: a party's wish of another's act was a missed demand.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.tree import VERB_POS, child

WANTED_DOER = "interactions.wanted_acts.wanted_doer"
WANTED_NOT = "interactions.wanted_acts.wanted_not"
FILE = "wanted_acts.toml"


@dataclass(frozen=True)
class WantedWords:
    """The words of data/wanted_acts.toml."""

    state_infinitives: frozenset[str]
    infinitive_marks: frozenset[str]
    motion_infinitives: frozenset[str]
    home_goals: frozenset[str]
    goal_preps: frozenset[str]


wanted_words = loader(WantedWords, FILE)


def _going_home(c: Token) -> bool:
    """An infinitive of coming home ("to go home", "to return to their families"): a wish for the one who
    comes, no act asked of it (a motion verb with an object, "to return the prisoners", is an act)."""
    w = wanted_words()
    if c.lemma_.lower() not in w.motion_infinitives or any(x.dep_ == "dobj" for x in c.children):
        return False
    goals = [x for x in c.children if x.dep_ in ("advmod", "npadvmod")] + [
        o for p in c.children if p.dep_ == "prep" and p.lower_ in w.goal_preps for o in p.children if o.dep_ == "pobj"]
    return any(g.lemma_.lower() in w.home_goals or g.lower_ in w.home_goals for g in goals)


def wanted_doer(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule WANTED_DOER: the subject of the infinitive of acting a verb of wanting takes ("X wants Y to free
    the prisoners" -> Y); nothing for an infinitive of a state or one with no subject of its own."""
    states = wanted_words().state_infinitives
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.pos_ not in VERB_POS or c.lemma_.lower() in states \
                or _going_home(c):
            continue
        if not any(a.dep_ == "aux" and a.lower_ in wanted_words().infinitive_marks for a in c.children):
            continue
        out = d.actors(child(c, "nsubj"))
        if out:
            raw.trace["target"] = WANTED_DOER
            if raw.negated and any(x.dep_ == "neg" for x in tok.children):
                raw.negated = False  # rule WANTED_NOT: "does not want Y to join": Y is asked to stay out
                raw.trace["negated"] = WANTED_NOT
            return out
    return []


WANTED_SPECS = {"wanted_doer": wanted_doer}
