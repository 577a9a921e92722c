"""A sentence that opens with "In <State>," sets where its subject speaks from.

Why: "In <State>, Prime Minister X said he was relieved" and "In <State>, however, officials say they knew"
name the subject's side in the fronted place, which the venue rules set aside as a place; the nearest-state
guess then took a state of the sentence before (s34-affil). Only office-holders and officials take it
(not captives, not private people, not diplomats, who serve elsewhere), and a guessed side gives way; a side
the text states stays. A subject whose words place it elsewhere ("Western officials", "the visiting
minister", "Norwegian officials" in another state) keeps none. The state may be named only in the opening
phrase: it is made then (s34-fixside). The subject is the root's subject wherever it stands, so any
adverb between the comma and the subject ("In <State>, however, ...") needs no list.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold
from backchannel.resolve.records import Country
from backchannel.model import Actor
from backchannel.syntax.fronted import fronted_place
from backchannel.syntax.tree import NOMINAL_MODIFIER_DEPS, NSUBJ_DEPS

FILE = "affiliations.toml"
RULE = "actors.side.fronted_state"
MIN_WORDS = 5  # "In <State>, X said.": the fewest words of a sentence with a fronted state and a subject


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"fronted.{key}", read(FILE)["fronted"][key]))


def fronted_states(st: ActorState) -> None:
    """Subjects of a sentence opening "In <State>," take that state when they state no side of their own."""
    for sent in st.doc.sents:
        place = _fronted_state(st, sent)
        if place is None:
            continue
        for subj in (c for c in sent.root.children if c.dep_ in NSUBJ_DEPS):
            aid = st.actor_of_token(subj)
            actor = st.ctx.actors.get(aid) if aid else None
            if actor is None or actor.kind not in ("person", "group") or actor.id == st.state_ids.get(place.name):
                continue
            if actor.affiliation is not None and actor.traced("affiliation") not in GUESSED:
                continue  # a side the text states stays
            if _official(st, actor.kind, subj, actor.named, actor.descriptors) and not _elsewhere(
                    st, actor, subj, place):
                st.set_affiliation(actor, st.state_actor(place, RULE), RULE)


def _fronted_state(st: ActorState, sent: Span) -> Country | None:
    """The state of "In <State>," at the start of ``sent`` (:func:`.syntax.fronted.fronted_place`): its own name
    (not a capital or a demonym). It need not be an actor yet (named only here)."""
    if sum(1 for t in sent if not t.is_space) < MIN_WORDS:
        return None
    place = fronted_place(sent)
    return st.lx.country_name(" ".join(t.text for t in place)) if place else None


def _official(st: ActorState, kind: str, subj: Token, named: bool, descriptors: list[str]) -> bool:
    """An office-holder or official: a named person with a governmental title, or an unnamed subject whose
    head is a title or an official's noun."""
    nouns, posted = _words("official_nouns"), _words("posted_nouns")
    if named:
        words = [w.lower() for d in descriptors for w in d.split()]
        return kind == "person" and any(w in st.lx.gov_titles for w in words) and not any(w in posted for w in words)
    head = subj.lemma_.lower()
    return head not in posted and (head in nouns or head in st.lx.gov_titles)


def _elsewhere(st: ActorState, actor: Actor, subj: Token, place: Country) -> bool:
    """The subject's own words place it elsewhere: a demonym of another state, or an outsider's word
    ("Western", "visiting"); "foreign" only outside an office's name ("foreign officials", not "the foreign
    minister")."""
    pairs = [(fold(c.text), subj.lemma_) for c in subj.children if c.dep_ in NOMINAL_MODIFIER_DEPS]
    for d in actor.descriptors:
        ws = d.split()
        pairs += [(fold(w), ws[i + 1] if i + 1 < len(ws) else "") for i, w in enumerate(ws)]
    for w, after in pairs:
        if w in _words("outsider_modifiers"):
            return True
        if w in _words("outsider_unless_title") and fold(after) not in _words("outsider_title_heads"):
            return True
        c = st.lx.demonym(w)
        if c is not None and c.name != place.name:
            return True
    return False
