"""A generic national body listed beside another body of one state is that state's.

Why: a report lists a state's forces once with the state on the first of them only ("the Ostlandic
Armed Forces, the National Guard and the National Police"). The name rules read a state inside the name
(``actors.names.state_name_government``); this reads it on a coordinated body of the same list. It only
fills a side the rules left empty, and needs a governmental word in the body's name
(``queries.governmental``) and a name of no proper noun of its own, so a front, a party or a company
listed beside an army stays unowned.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.queries import governmental
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import coordination_head

LIST_RULE = "actors.body_states.listed_national_body"
FILE = "affiliations.toml"


@cache
def _words(key: str) -> frozenset[str]:
    """One word list of ``[body_states]`` in ``data/affiliations.toml``."""
    return frozenset(word_list(FILE, f"body_states.{key}", read(FILE)["body_states"][key]))


def body_states(st: ActorState) -> None:
    """Every named organisation with no side whose name is a generic national body's ("the National Guard")
    takes the one state every body listed with it belongs to."""
    acts = st.ctx.actors
    for actor in list(acts.values()):
        if actor.kind != "organization" or not actor.named or actor.affiliation is not None:
            continue
        if not governmental(st, actor.name):
            continue
        if _generic_national(st, actor.name):
            state = _listed_state(st, actor, _roots(st, actor))
            if state is not None:
                st.set_affiliation(actor, state, LIST_RULE)


def _roots(st: ActorState, actor: Actor) -> list[Token]:
    """The root token of each of the actor's mentions (last token of the span whose head lies outside it)."""
    out = []
    for m in actor.mentions:
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span.root)
    return out


def _generic_national(st: ActorState, name: str) -> bool:
    """A body named only by national words and government or organisation words ("the National Guard",
    "the State Border Guard Service"): its name holds no word of its own that could make it another state's or
    nobody's. A cause word fails ("the National Liberation Army" is a rebel group, not the state's)."""
    words = [w for w in name.split() if w.lower() != st.lx.words.definite_article]
    if len(words) < 2 or fold(words[0]) not in _words("national_words"):
        return False
    body = st.lx.institutions | st.lx.gov_nouns | st.lx.words.governmental_words | st.lx.org_words \
        | _words("national_words")  # "the State Border Guard Service": national words, then the body's
    if not all(fold(w) in body for w in words[1:]):
        return False
    return not any(st.lx.country(w) or st.lx.demonym(w) for w in words)


def _listed_state(st: ActorState, actor: Actor, roots: list[Token]) -> str | None:
    """The one state every other body of a list holding one of the actor's mentions belongs to, with at
    least one such body; none with two states. The list is the mention's conjuncts in the parse and, the
    parser often breaking long lists of names, the mentions next to it in the words with only commas, "and"
    and articles between. A state itself in the list gives nothing ("Ostland and the National Guard" may be
    two sides), nor a list after "between" or "against" (`[body_states] facing_preps`: the two sides)."""
    acts = st.ctx.actors
    states: set[str] = set()
    for root in roots:
        listed = {st.token_actor.get(c.i) for c in root.conjuncts} | set(_word_neighbours(st, root))
        if _facing(st, root):
            return None
        for aid in listed:
            if aid is None or aid == actor.id or aid not in acts:
                continue
            other = acts[aid]
            if other.kind == "organization" and other.affiliation in acts and acts[other.affiliation].kind == "state":
                states.add(other.affiliation)
    return next(iter(states)) if len(states) == 1 else None


def _word_neighbours(st: ActorState, root: Token) -> list[str]:
    """The actors whose mentions stand before and after the one holding ``root`` in a run of mentions
    separated only by commas, "and" (`list_joiners`) and articles, read off the words."""
    doc, own = st.doc, st.token_actor.get(root.i)
    out: list[str] = []
    if own is None:  # a root of no mention: nothing to walk from (a walk would cross every unowned token)
        return out
    for step in (-1, 1):
        i = root.i
        while 0 <= i < len(doc) and st.token_actor.get(i) == own:
            i += step
        while True:
            joined = False
            while 0 <= i < len(doc) and (doc[i].text == "," or doc[i].lower_ in _words("list_joiners")
                                         or doc[i].lower_ == st.lx.words.definite_article):
                joined = joined or doc[i].lower_ != st.lx.words.definite_article
                i += step
            aid = st.token_actor.get(i) if joined and 0 <= i < len(doc) else None
            if aid is None or aid == own:
                break
            out.append(aid)
            while 0 <= i < len(doc) and st.token_actor.get(i) == aid:
                i += step
    return out


def _facing(st: ActorState, root: Token) -> bool:
    """The list is the object of a preposition of two facing sides ("talks between the <demonym> Army and
    the National Guard"): the first conjunct's head, or a word right before the mention."""
    first = coordination_head(root)
    facing = _words("facing_preps")
    return first.head.lower_ in facing or any(t.lower_ in facing for t in st.doc[max(0, root.i - 4): root.i])
