"""A person described as one of a body's members takes that body: "X, one of the Front's leaders",
"X, one of the leaders of the Front", "X, among <State>'s negotiators".

Why: the descriptor rules read a title in apposition ("X, the Front's leader"); a partitive
apposition ("one of ...") puts the title one step further down, under "of", and no rule read it, so the
person stayed without a side. The side is the possessor or the of-phrase of the plural role noun,
never for captives ("one of the hostages held by X") or relatives ("one of X's sons").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.coalitions import FILE
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.queries import role_noun
from backchannel.extract.actors.state import ActorState

RULE = "actors.partitives.one_of_role"
DESCRIBED = "actors.partitives.one_of_described"
SIDE_KINDS = ("organization", "group", "state")


@dataclass(frozen=True)
class Words:
    heads: frozenset[str]
    preps: frozenset[str]


words = loader(Words, FILE, "partitives")


def partitive_roles(st: ActorState) -> None:
    """Named persons with no (or a guessed) side described as "one of <body>'s <role nouns>"."""
    _partitives(st, _side_of, RULE)


def described_partitive_roles(st: ActorState) -> None:
    """Named persons with no (or a guessed) side described as "one of the <plural>" that repeats an unnamed
    group's description; runs once the unnamed groups are actors (s43-affil)."""
    _partitives(st, _described_group, DESCRIBED)


def _partitives(st: ActorState, side_of: Callable[[ActorState, Token, str], str | None], rule: str) -> None:
    """Give each named person with no (or a guessed) side what ``side_of`` reads off a partitive on a mention."""
    w = words()
    for actor in list(st.ctx.actors.values()):
        if actor.kind != "person" or not actor.named or not (
                actor.affiliation is None or actor.traced("affiliation") in GUESSED):
            continue
        for m in actor.mentions:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for group in _partitive_groups(st, span.root, w):
                side = side_of(st, group, actor.id)
                if side is not None and side != actor.affiliation:
                    st.set_affiliation(actor, side, rule)
                    break
            if actor.traced("affiliation") == rule:
                break


def _partitive_groups(st: ActorState, root: Token, w: Words) -> list[Token]:
    """The plural role nouns a name is said to be one of."""
    of = st.lx.words.of
    out = []
    for c in root.children:
        if c.dep_ == "appos" and (c.lower_ in w.heads or c.like_num):
            out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == of for o in p.children if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in w.preps:
            out += [o for o in c.children if o.dep_ == "pobj"]
    lx = st.lx
    return [o for o in out if o.tag_ in ("NNS", "NNPS") and role_noun(st, o) and o.lemma_.lower() not in lx.captive_bare
            and o.lemma_.lower() not in lx.words.kin_nouns]


def _side_of(st: ActorState, noun: Token, own: str) -> str | None:
    """The body the role noun belongs to: its possessor ("the Front's") or its of-phrase ("of the Front")."""
    of = st.lx.words.of
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == of for o in p.children if o.dep_ == "pobj"]
    for o in owners:
        aid = st.actor_of_token(o)
        a = st.ctx.actors.get(aid) if aid else None
        if a is None or a.id == own:
            continue
        if a.kind in SIDE_KINDS:
            return a.id
        if a.kind == "person" and a.affiliation not in (None, own):
            return a.affiliation  # "one of President X's advisers": X's side
    return None


def _described_group(st: ActorState, noun: Token, own: str) -> str | None:
    """The one unnamed group a definite plural repeats ("X, one of the community leaders" after "<demonym>
    community leaders rejected the offer"): a group mentioned before, whose mention ends in the same noun and
    holds every modifier of the plural (s43-affil). Why: a partitive with no owner names the collective the
    report has introduced; the gold makes that collective the member's side."""
    if not any(c.dep_ == "det" and c.lower_ == st.lx.words.definite_article for c in noun.children):
        return None
    mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    found: set[str] = set()
    for a in st.ctx.actors.values():
        if a.kind != "group" or a.named or a.id == own:
            continue
        for m in a.mentions:
            words = st.text[m.start:m.end].lower().split()
            if m.start < noun.idx and words and words[-1] == noun.lower_ and mods <= set(words):
                found.add(a.id)
    return found.pop() if len(found) == 1 else None
