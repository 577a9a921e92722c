"""A title owned by "the group", "the rebels", "the movement": the organisation the description stands for.

Why: "X, the group's foreign minister", "the rebels' spokesman X" and "the head of the movement's
armed wing, X" name the side through a definite description of a named organisation; the
description sits inside the title, whose words the descriptor step consumes, so the definite-description
step never resolved it and a state nearby was guessed instead (s34-affil).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list

from backchannel.extract.actors.definite import antecedent, new_same_head
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.phrases import np_left

RULE = "actors.descriptors.described_possessor_side"
OWNER_KINDS = frozenset({"organization", "group"})
FILE = "affiliations.toml"
#: how far before "the group's" sentence a collective introduced indefinitely is looked for (tokens)
NEAR_TOKENS = 60
#: a word -> the mentions (token index, actor id; "" for a phrase of a referent of its own) whose head it is
Heads = dict[str, list[tuple[int, str]]]


def described_possessors(st: ActorState) -> None:
    """Persons with no side (or a guessed one) whose title is owned by "the <group noun>" take the
    organisation named before that the description stands for."""
    built: list[Heads] = []

    def heads() -> Heads:  # the head map, built at the first "the X's" of a name head (most reports have none)
        if not built:
            built.append(_mention_heads(st))
        return built[0]

    for actor in list(st.ctx.actors.values()):
        if actor.kind != "person" or actor.affiliation is not None and actor.traced("affiliation") not in GUESSED:
            continue
        for toks, _head in st.titles.get(actor.id, []):
            owner = next((o for t in toks if (o := _described_owner(st, t, actor.id, heads))), None)
            if owner is not None:
                st.set_affiliation(actor, owner, RULE)
                break


def _described_owner(st: ActorState, t: Token, own: str, heads: Callable[[], Heads]) -> str | None:
    """The organisation "the group's" at ``t`` stands for: a possessive noun of the definite
    descriptions of organisations (not "the bloc", not a pronoun, not a name), "the" before it."""
    lx = st.lx
    if t.dep_ != "poss" or t.tag_ == "PRP$" or t.pos_ not in ("NOUN", "ADJ"):
        return None
    left = [x for x in np_left(t) if x.i != t.i]
    if not left or left[0].lower_ != lx.words.definite_article:
        return None
    if t.lower_ not in lx.definite_org_heads and t.lemma_.lower() not in lx.definite_org_heads:
        return _name_head_owner(st, t, own, heads())
    target = _owner_in_context(st, t, own)
    if target is None or target == own or target not in st.ctx.actors or \
            st.ctx.actors[target].kind not in OWNER_KINDS:
        return None
    return target


def _mention_heads(st: ActorState) -> Heads:
    """Each actor mention's last word (its form and lemma) -> the mentions ending in it, in text order, and
    each other noun phrase that introduces a referent of its own ("Norland's army", "an army": id ``""``;
    a bare "the army" refers back and is left out). Built once per report, so each "the X's" looks up its
    antecedent instead of walking back to the document start (s41 review #8)."""
    heads: Heads = {}
    named: set[int] = set()
    for start, end, aid in st.ctx.mentions_in(0, len(st.text)):
        span = st.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        named.update(range(span.start, span.end))
        tok = span[-1]
        for w in {tok.lower_, tok.lemma_.lower()}:
            heads.setdefault(w, []).append((tok.i, aid))
    for tok in st.doc:
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or tok.i in named or _refers_back(st, tok):
            continue
        for w in {tok.lower_, tok.lemma_.lower()}:
            heads.setdefault(w, []).append((tok.i, ""))
    return heads


def _refers_back(st: ActorState, tok: Token) -> bool:
    """ "the army" with nothing else before its noun: a definite description of a referent named before."""
    left = [x for x in np_left(tok) if x.i != tok.i]
    return len(left) == 1 and left[0].lower_ == st.lx.words.definite_article


def _name_head_owner(st: ActorState, t: Token, own: str, heads: Heads) -> str | None:
    """ "the union's leader" after "the Kestrel Union": the nearest actor mention before ``t`` whose last word
    is the possessive's noun, when it is a named organisation (s41-affil). Its own name's head is the surest
    antecedent of a definite description, whatever the noun ("union", "front", "council"); a nearer unnamed
    mention with that head ("Norland's army" after "the Pell Liberation Army") is the antecedent instead, and
    gives no side here (s41 review #8); a state never (not an owner kind), nor a state's own body (``lx.body``)
    or an outlet, nor a one-word name ("Hamas" has no head noun)."""
    found = sorted({m for w in {t.lower_, t.lemma_.lower()} for m in heads.get(w, ()) if m[0] < t.i}, reverse=True)
    for _i, aid in found:
        if aid == "":
            return None  # a nearer phrase of the same head that is no named organisation
        if aid == own or aid not in st.ctx.actors:
            continue
        a = st.ctx.actors[aid]
        words = a.name.lower().split()
        ok = a.named and a.kind in OWNER_KINDS and words and words[-1] in (t.lower_, t.lemma_.lower()) \
            and len(words) > 1 and st.lx.body(a.name) is None and not st.is_outlet(a.name)
        return aid if ok else None
    return None


def _owner_in_context(st: ActorState, t: Token, own: str) -> str | None:
    """The antecedent of "the group's" at ``t`` (s34-fixside): the named organisation the definite step
    found, unless a collective introduced after it has the same head ("The Front ... a Swedish aid group
    ... the group's director": that group's side, see ``new_same_head``), and none when another collective
    ("a delegation", a second organisation) is mentioned in the named one's sentences, where either fits."""
    named = st.ctx.coref.get(t.i) or st.token_actor.get(t.i) or antecedent(st, t, own, False)
    if named is None:
        return _new_group_side(st, t)
    if t.lemma_.lower() not in st.lx.words.plain_org_heads and t.lower_ not in st.lx.words.plain_org_heads:
        return named  # "the rebels'", "the militants'": an armed word no delegation or team fits
    first = st.doc[_first_mention(st, named)].sent.start
    for x in st.doc[first:t.i]:
        aid = st.token_actor.get(x.i)
        if aid in (own, named):
            continue
        a = st.ctx.actors.get(aid) if aid else None
        if a is not None and a.named and a.kind in OWNER_KINDS and not st.is_outlet(a.name) \
                and st.lx.body(a.name) is None:
            return None  # a second organisation
        if a is None and x.pos_ == "NOUN" and x.dep_ not in ("compound", "poss") \
                and x.lemma_.lower() in _rival_heads():
            return None  # an unnamed collective
    return named


def _new_group_side(st: ActorState, t: Token) -> str | None:
    """The side of a collective introduced indefinitely with ``t``'s head nearby and made no actor ("a
    Swedish aid group"): the actor its words name, else none."""
    near = new_same_head(st, t, max(0, t.sent.start - 1 - NEAR_TOKENS))
    if near is None:
        return None
    for x in near.subtree:
        aid = st.token_actor.get(x.i)
        if aid is not None and aid in st.ctx.actors and aid != st.token_actor.get(t.i):
            return aid
    return None


def _first_mention(st: ActorState, aid: str) -> int:
    return min(i for i, a in st.token_actor.items() if a == aid)


@cache
def _rival_heads() -> frozenset[str]:
    return frozenset(word_list(FILE, "described_owner.rival_heads", read(FILE)["described_owner"]["rival_heads"]))
