"""A sentence that opens with "In <State>," sets where its subject speaks from.

Why: "In <State>, Prime Minister X said he was relieved" and "In <State>, however, officials say they knew"
name the subject's side in the fronted place, which the venue rules set aside as a place; the nearest-state
guess then took a state of the sentence before (s34-affil). Only office-holders and officials take it
(not captives, not private people), and a guessed side gives way; a side the text states stays.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import NSUBJ_DEPS

FILE = "affiliations.toml"
RULE = "actors.side.fronted_state"
#: words that may stand between the place's comma and the subject ("In <State>, however, ...")
LINKERS = frozenset({"however", "meanwhile", "though", "too", "also", "later", "earlier", "then", ","})


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"fronted.{key}", read(FILE)["fronted"][key]))


def fronted_states(st: ActorState) -> None:
    """Subjects of a sentence opening "In <State>," take that state when they state no side of their own."""
    for sent in st.doc.sents:
        state = _fronted_state(st, sent)
        if state is None:
            continue
        for subj in (c for c in sent.root.children if c.dep_ in NSUBJ_DEPS):
            aid = st.actor_of_token(subj)
            actor = st.ctx.actors.get(aid) if aid else None
            if actor is None or actor.id == state or actor.kind not in ("person", "group"):
                continue
            if actor.affiliation is not None and actor.traced("affiliation") not in GUESSED:
                continue  # a side the text states stays
            if _official(st, actor.kind, subj, actor.named, actor.descriptors):
                st.set_affiliation(actor, state, RULE)


def _fronted_state(st: ActorState, sent: Span) -> str | None:
    """The state of "In <State>," at the start of ``sent``: its own name (not a capital or a
    demonym), a comma after it."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 5 or toks[0].lower_ not in _words("place_preps"):
        return None
    j = 2 if toks[1].pos_ == "DET" else 1
    aid = st.token_actor.get(toks[j].i)
    actor = st.ctx.actors.get(aid) if aid else None
    if actor is None or actor.kind != "state":
        return None
    k = j
    while k < len(toks) and st.token_actor.get(toks[k].i) == aid:
        k += 1
    name = fold(" ".join(t.text for t in toks[j:k]))
    if name not in {fold(n) for n in [actor.name, *actor.aliases]} or k >= len(toks) or toks[k].text != ",":
        return None
    return aid


def _official(st: ActorState, kind: str, subj: Token, named: bool, descriptors: list[str]) -> bool:
    """An office-holder or official: a named person with a governmental title, or an unnamed subject whose
    head is a title or an official's noun."""
    nouns = _words("official_nouns")
    if named:
        return kind == "person" and any(w.lower() in st.lx.gov_titles for d in descriptors for w in d.split())
    return subj.lemma_.lower() in nouns or subj.lemma_.lower() in st.lx.gov_titles
