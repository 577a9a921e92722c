"""Sides the report implies through its own vocabulary: "a senior administration official", "the AU Commission".

Why: once a report has said "the Biden administration" (or "the Ethiopian government"), a
later "administration official" or "government negotiators" needs no state: the report's one
administration is meant. Two states with such a description make the bare word ambiguous,
and then no side is given.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.government import salient_state
from backchannel.extract.actors.government_forms import gov_word_owners
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.across.names import norm
from backchannel.resolve.lexicon import fold

RULE = "actors.implied.government_word_side"
SALIENT_RULE = "actors.implied.government_word_salient_state"
BODY_RULE = "actors.implied.body_of_organisation"


def implied_government_sides(st: ActorState) -> None:
    """An unnamed actor whose description holds a bare government word takes the one state so described."""
    acts = st.ctx.actors
    owners = gov_word_owners(st)
    if not owners:
        return
    for actor in acts.values():
        if actor.named or actor.affiliation is not None or actor.kind == "state" or not actor.mentions:
            continue
        m = actor.mentions[0]  # the description as written, read in spaCy's tokens
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        words = [fold(t.text) for t in span if t.i != span.root.i]  # a modifier, never the head
        found = {o for w in words if w in owners for o in owners[w]}
        if len(found) == 1:
            st.set_affiliation(actor, next(iter(found)), RULE)


def government_word_salient_states(st: ActorState) -> None:
    """Late, after the rules that read a side off the sentence ("In <State>, a government spokesman"): an
    unnamed actor still without a side whose first mention has a government word as a modifier of its head,
    in a report that describes no state with that word, takes the salient state (see ``_salient_government``).

    Why the parse and not the name's words: "anti-government rebels" and "government critics" hold the word
    too, but the first negates it and the second names people who act against the government (s41 review)."""
    described = {toks[-1] for a in st.ctx.actors.values() if a.kind == "state"
                 for al in a.aliases if (toks := norm(al).split())}
    for actor in list(st.ctx.actors.values()):
        if actor.named or actor.affiliation is not None or actor.kind == "state" or not actor.mentions:
            continue
        m = actor.mentions[0]
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        mods = _government_modifiers(span)
        if mods and not mods & described:
            _salient_government(st, actor, span.root)


def _government_modifiers(span: Span) -> set[str]:
    """The government words that modify the mention's head in the parse ("the Government delegation"),
    none when a prefix negates the word ("anti-government", "non-government") or the head names people
    who act against a government ("government critics", ``[implied] opposed_heads``)."""
    root = span.root
    if root.lemma_.lower() in _implied_words("opposed_heads"):
        return set()
    found = set()
    for t in span:
        if t.i == root.i or t.head.i != root.i or t.dep_ not in ("compound", "amod", "nmod"):
            continue
        if t.lower_ in _implied_words("salient_words") and not _prefixed(t):
            found.add(t.lower_)
    return found


def _prefixed(t: Token) -> bool:
    """ "anti-government": the word is joined by a hyphen to a word before it, or has a prefix child."""
    doc = t.doc
    joined = t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_ and not doc[t.i - 1].whitespace_
    return joined or any(c.i < t.i and c.dep_ in ("prep", "amod", "punct") and c.text == "-" for c in t.children)


@cache
def _implied_words(key: str) -> frozenset[str]:
    """One word list of ``[implied]`` in ``data/affiliations.toml``."""
    return frozenset(word_list("affiliations.toml", f"implied.{key}", read("affiliations.toml")["implied"][key]))


def _salient_government(st: ActorState, actor: Actor, root: Token) -> None:
    """ "the Government delegation", "government negotiators" in a report that describes no state with the
    word: the state a bare "the government" there would stand for (``government.salient_state``), read at
    the actor's first mention (s41-affil)."""
    found = salient_state(st, root)
    if found is not None:
        st.set_affiliation(actor, found, SALIENT_RULE)


def organisation_bodies(st: ActorState) -> None:
    """ "the African Union Commission", "the AU Commission": a body named as another organisation's name
    (or one of its aliases) plus a body word is part of that organisation, its affiliation.

    Why: the report names the body that acts ("the Commission said") and the organisation it belongs
    to separately; without the link the body stands for no one.
    """
    orgs = [a for a in st.ctx.actors.values() if a.named and a.kind in ("organization", "group")]
    for body in orgs:
        if body.affiliation is not None:
            continue
        words = [fold(w) for w in body.name.split()]
        for owner in orgs:
            if owner is body:
                continue
            known = [body.name.split()[:n] for n in range(1, len(words)) if (b := st.lx.bloc(
                " ".join(body.name.split()[:n]))) is not None and b[0] == owner.name]  # "AU" for the African Union
            for form in (owner.name, *owner.aliases, *(" ".join(k) for k in known)):
                head = [fold(w) for w in form.split()]
                if len(words) > len(head) and words[:len(head)] == head and \
                        any(w in st.lx.words.body_words for w in words[len(head):]):
                    st.set_affiliation(body, owner.id, BODY_RULE)
                    break
            if body.affiliation is not None:
                break


LEADER_RULE = "actors.implied.leader_of_named_government"


def leaders_of_named_governments(st: ActorState) -> None:
    """ "the Maduro government" beside "the Venezuelan government": a leader's government whose state the
    text does not give is the one state whose government the report names and that has no other leader.

    Why: a report names the same government by its state ("the Venezuelan government") and by its
    leader ("the Maduro government", "Maduro authorities"); the leader's side then follows, where a
    guess from the nearest state would often pick the other party. Runs after the context guesses
    and replaces them; a stated side is never changed.
    """
    acts, doc = st.ctx.actors, st.doc
    by_state: dict[str, set[str]] = {}  # state -> the government nouns the report uses with its name
    led: set[str] = set()  # states whose government the report already names after a leader
    for aid, a in acts.items():
        if a.kind != "state":
            continue
        for m in a.mentions:
            last = fold(m.text.split()[-1]) if m.text.split() else ""
            if m.rule == "actors.government.state_government" and last in st.lx.gov_nouns:
                by_state.setdefault(aid, set()).add(last)
            elif m.rule == "actors.government.leader_government":
                led.add(aid)
    free = [s for s in by_state if s not in led]
    if len(free) != 1:
        return
    state = free[0]
    for tok in doc:
        if tok.lemma_.lower() not in st.lx.gov_nouns and tok.lower_ not in st.lx.gov_nouns:
            continue
        person = next((st.token_actor[c.i] for c in tok.children if c.dep_ in ("compound", "poss")
                       and c.i < tok.i and st.token_actor.get(c.i) in acts
                       and acts[st.token_actor[c.i]].kind == "person"), None)
        if person is None:
            continue
        leader = acts[person]
        if leader.affiliation is not None and leader.traced("affiliation") not in GUESSED | {LEADER_RULE}:
            continue
        if leader.affiliation != state:
            st.set_affiliation(leader, state, LEADER_RULE)
        first = min((c for c in tok.children if st.token_actor.get(c.i) == person), key=lambda c: c.i)
        other = st.token_actor.get(tok.i)
        if other is not None and other in acts and other != state and not acts[other].named:
            st.merge(other, state, LEADER_RULE)  # "Maduro authorities" made an unnamed group: it is the state
        st.add_alias(state, doc[first.i:tok.i + 1].text, LEADER_RULE)
        st.add_mention(state, first.idx, tok.idx + len(tok.text), tok, LEADER_RULE)
