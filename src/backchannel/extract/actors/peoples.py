"""A people named by its plural demonym: "support for Palestinians", "among Colombians", "prominent Russians".

Why: a plural nationality noun that is no state's voice ("the Americans pressed ...") names people of
that nation, a group actor of the report (gold README: every group mentioned counts). The states
stage leaves such mentions (its ``Role.NOUN``) to no one; captives and counted people are taken by
their own rules first.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.state import ActorState, Role
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import ARGUMENT_OR_CONJ_DEPS

RULE = "actors.peoples.demonym_people"


def demonym_peoples(st: ActorState) -> None:
    """A group actor for each plural demonym used as a noun, named with its adjectives ("prominent
    Russians"); a people's demonym ("Palestinians") alone is a named group of no state, any other
    takes the state as affiliation when the state is an actor of the report. Not counted ("three
    Americans", "hundreds of Palestinians"), not one already an actor's mention (captives), not after a determiner other than
    none ("the Americans", "these Russians": a side or people named before)."""
    doc, acts = st.doc, st.ctx.actors
    made: dict[str, str] = {}
    for h in st.state_hits:
        tok = h.tok
        if h.role != Role.NOUN or tok.tag_ not in ("NNS", "NNPS") or tok.i in st.token_actor \
                or tok.i in st.consumed or any(c.dep_ in ("nummod", "det", "poss") for c in tok.children) \
                or st.is_excluded(h.start, h.end) or _counted(st, tok) or _role_predicate(st, tok):
            continue
        mods = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and c.pos_ == "ADJ"]
        start = min([m.i for m in mods] + [tok.i])
        name = doc[start:tok.i + 1].text
        key = fold(name)
        aid = made.get(key)
        if aid is None:
            aid = st.ctx.new_actor_id(name)
            state = st.state_ids.get(h.country.name)
            aff = None if h.country.people or state not in acts else state
            st.ctx.add_actor(Actor(id=aid, name=name, kind="group", named=h.country.people and not mods,
                                   affiliation=aff), RULE)
            if aff:
                st.ctx.trace(acts[aid], "affiliation", RULE)
            made[key] = aid
        st.add_mention(aid, doc[start].idx, tok.idx + len(tok.text), tok, RULE)
        st.token_actor[tok.i] = aid


def _role_predicate(st: ActorState, tok: Token) -> bool:
    """ "As Peruvians, we want peace": the demonym says what the speakers are (the object of "as"),
    it names no group of its own."""
    return tok.dep_ == "pobj" and tok.head.lower_ == st.lx.words.as_


def _counted(st: ActorState, tok: Token) -> bool:
    """ "hundreds of Palestinians", "90 Palestinians": some people counted (prisoners, victims), not the people."""
    q = tok.head.head if tok.dep_ == "pobj" and tok.head.head.i != tok.head.i else None
    return q is not None and (q.lower_ in st.lx.captive_quantities or q.like_num or q.pos_ == "NUM")


CONJ_REACH = 6  # conjuncts climbed to the first of a list of demonyms


def proper_demonym_noun(st: ActorState, tok: Token) -> bool:
    """A demonym the tagger took for a singular proper noun but used as a plural noun: "thanked the Lorvians,
    Swiss and Omanis", "the bodies were given to the British" (read by actors.parties.demonym_plural,
    s38-actors). A noun's place in the clause (or a conjunct of one), and a plural ending or the definite
    article on it or on the first conjunct: "an Israeli was hurt" is one person, not the people or the state."""
    country = st.lx.demonym(tok.text)
    if tok.tag_ != "NNP" or tok.dep_ not in ARGUMENT_OR_CONJ_DEPS or country is None or \
            not any(c.islower() for c in tok.text):
        return False  # (not a state's initials: "the U.S. had blamed ...")
    if any(_plural_of(tok.lower_, d.lower(), st.lx.words.plural_suffix) for d in country.demonyms):
        return False  # a singular with a plural of its own: "the Israeli was hurt" is one person (s38 review)
    first = tok
    for _ in range(CONJ_REACH):
        if first.dep_ != "conj":
            break
        first = first.head
    if first.dep_ not in ARGUMENT_OR_CONJ_DEPS or st.lx.demonym(first.text) is None:
        return False
    article = any(c.dep_ == "det" and c.lower_ == st.lx.words.definite_article for c in first.children)
    return article or tok.lower_.endswith(st.lx.words.plural_suffix)


def _plural_of(word: str, other: str, men: str) -> bool:
    """Is ``other`` the plural of the demonym ``word`` ("Israelis" of "Israeli")? The word itself, then,
    names one person; "French" / "Frenchmen" is no such pair (the word is its own plural)."""
    return len(other) > len(word) and other.startswith(word) and not other.endswith(men)
