"""Definite descriptions of a state: "the kingdom", "the Gulf state", "the country's envoy".

Why: after naming a state once, reports go on with a description of it ("The kingdom later accused
...", "the Gulf state pressed the rebels"). The claims stage read such a phrase only as a speaker
(``claims.descriptions.definite_state``); as the party of an act it was no actor at all, so the act
lost its end. Resolved here, at the mention level, the description is a mention (and a
``ctx.coref`` entry) of its state for every later stage, and a pronoun after it ("the kingdom ... it")
finds it as a candidate.

The construction: "the" + optional modifiers + a singular state head (``descriptions.toml``
``[definite_states]``). The head must fit the antecedent: a generic head ("country", "state") any
state, a kind head ("kingdom", "emirate") a state whose official name holds the kind; a region
modifier ("Gulf") a state of the region, a nationality modifier ("the Saudi kingdom") that state.
The antecedent is the nearest fitting named state in the description's sentence or the few before,
never a co-argument of the description's own clause ("Norland accused the country": not Norland);
when the nearest sentence offers two fitting states, the one in the description's own role wins (a
subject for a subject, a non-subject for a non-subject; the subject of a reply verb, "The country denied
the charge", answers the earlier object), else none does. A bare "the state" is a country only as the
party that acts or owns (subject, possessor, agent), and a description inside a clause that a named
party other than the state reports ("Rebels said the nation would …") is left alone.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left
from backchannel.syntax.tree import NSUBJ_DEPS, clause_verb

FILE = "descriptions.toml"
RULE = "actors.definite_states.state_description"


@dataclass(frozen=True)
class StateWords:
    """``descriptions.toml`` ``[definite_states]``."""

    generic_heads: frozenset[str]
    kind_heads: dict[str, frozenset[str]]  # a head -> words one of which its state's official name holds
    disjoint: frozenset[str]
    regions: dict[str, frozenset[str]]  # a region modifier -> canonical state names (folded)
    reach: int
    acting_only: frozenset[str]
    reply_verbs: frozenset[str]


@cache
def state_words() -> StateWords:
    """The words of the construction, read once."""
    raw = read(FILE)["definite_states"]
    key = "definite_states"
    kinds = {k: frozenset(word_list(FILE, f"{key}.kind_heads.{k}", v)) for k, v in raw["kind_heads"].items()}
    regions = {k: frozenset(fold(n) for n in word_list(FILE, f"{key}.regions.{k}", v))
               for k, v in raw["regions"].items()}
    return StateWords(generic_heads=frozenset(word_list(FILE, f"{key}.generic_heads", raw["generic_heads"])),
                      kind_heads=kinds, disjoint=frozenset(word_list(FILE, f"{key}.disjoint_modifiers",
                                                                     raw["disjoint_modifiers"])),
                      regions=regions, reach=int(raw["reach"]),
                      acting_only=frozenset(word_list(FILE, f"{key}.acting_only_heads", raw["acting_only_heads"])),
                      reply_verbs=frozenset(word_list(FILE, f"{key}.reply_verbs", raw["reply_verbs"])))


def state_descriptions(st: ActorState) -> None:
    """Every definite singular state description not yet a mention becomes a mention of its state."""
    w = state_words()
    heads = w.generic_heads | set(w.kind_heads)
    if not heads or not any(a.kind == "state" for a in st.ctx.actors.values()):
        return
    lower = st.toks.lower
    sents: list[Span] = []  # the document's sentences, listed once a description is met
    for i in range(len(st.doc)):
        if lower[i] not in heads:
            continue
        tok = st.doc[i]
        left = _description(st, tok)
        if left is None:
            continue
        mods = [t.lower_ for t in left[1:] if t.i != tok.i]
        if not mods and tok.lower_ in w.acting_only and not _acting(tok):
            continue  # "replace the state with …": the institution, not a country
        sents = sents or list(st.doc.sents)
        target = _antecedent(st, tok, mods, sents)
        if target is None or _reported_by_other_party(st, tok, target):
            continue
        st.add_mention(target, left[0].idx if len(left) > 1 else tok.idx, tok.idx + len(tok.text), tok, RULE)
        st.ctx.coref[tok.i] = target


def _acting(tok: Token) -> bool:
    """Whether the description is the party that acts or owns: a subject, a possessor, an agent."""
    return tok.dep_ in NSUBJ_DEPS or tok.dep_ == "poss" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _reported_by_other_party(st: ActorState, tok: Token, target: str) -> bool:
    """Whether the description stands in a clause a named party other than ``target`` reports ("Rebels
    said the nation would not forget"): the speaker may mean its own people, so no third state is safe."""
    for a in tok.ancestors:
        if a.dep_ != "ccomp":
            continue
        subj = next((k for k in a.head.children if k.dep_ in NSUBJ_DEPS), None)
        aid = st.ctx.actor_for_token(subj) if subj is not None else None
        party = st.ctx.actors.get(aid) if aid is not None else None
        return party is not None and party.named and party.kind != "person" and aid != target
    return False


def _description(st: ActorState, tok: Token) -> list[Token] | None:
    """The description's tokens ("the", its modifiers, the head) when ``tok`` heads a definite singular
    state description that is no mention yet and is free of a modifier, complement or quotation
    that makes it another thing ("the state media", "the state of emergency", "the other country")."""
    if tok.tag_ != "NN" or tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod", "nmod"):
        return None
    if st.token_actor.get(tok.i) is not None or st.ctx.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
        return None
    left = np_left(tok)
    if not left or left[0].lower_ != st.lx.words.definite_article or left[-1].i != tok.i:
        return None
    if any(t.lower_ in state_words().disjoint or t.like_num or t.dep_ == "poss" for t in left[1:-1]):
        return None
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in tok.rights) or st.in_quote(tok):
        return None
    return None if st.is_excluded(left[0].idx, tok.idx + len(tok.text)) else left


def _fits(st: ActorState, actor: Actor, head: str, mods: list[str]) -> bool:
    """Whether a named state fits the description's head and modifiers."""
    w = state_words()
    if actor.kind != "state" or not actor.named:
        return False
    country = st.lx.country(actor.name)
    canon = fold(country.name) if country else fold(actor.name)
    if head in w.kind_heads:
        names = [*actor.aliases, *(country.aliases if country else ())]
        if not any(set(fold(n).split()) & w.kind_heads[head] for n in names):
            return False
    for m in mods:
        if m in w.regions and canon not in w.regions[m]:
            return False
        nat = st.lx.demonym(m)
        if nat is not None and fold(nat.name) != canon:
            return False
    return True


def _antecedent(st: ActorState, tok: Token, mods: list[str], sents: list[Span]) -> str | None:
    """The nearest fitting state mentioned before the description (see the module's docstring)."""
    si = bisect.bisect_right([s.start for s in sents], tok.i) - 1
    start = sents[max(0, si - state_words().reach)].start_char
    own = clause_verb(tok)
    acts = st.ctx.actors
    by_sent: dict[int, list[tuple[str, bool]]] = {}
    for s, e, aid in st.ctx.mentions_in(start, tok.idx):
        a = acts.get(aid)
        if a is None or e > tok.idx or not _fits(st, a, tok.lower_, mods):
            continue
        span = st.doc.char_span(s, e, alignment_mode="expand")
        if span is None or st.in_quote(span.root):
            continue
        root = span.root
        if own is not None and getattr(clause_verb(root), "i", None) == own.i:
            continue  # a co-argument: "Norland accused the country" is not Norland
        k = next((k for k in range(si, max(-1, si - state_words().reach - 1), -1) if sents[k].start <= root.i), 0)
        by_sent.setdefault(k, []).append((aid, root.dep_ in NSUBJ_DEPS or root.head.dep_ in NSUBJ_DEPS))
    if not by_sent:
        return None
    found = by_sent[max(by_sent)]
    distinct = {aid for aid, _ in found}
    if len(distinct) == 1:
        return found[0][0]
    # two fitting states: the one in the description's own role (subject for a subject), but a reply's
    # subject answers the earlier object ("X accused Y … The country denied it": Y); else none
    want = tok.dep_ in NSUBJ_DEPS and not (own is not None and own.lemma_.lower() in state_words().reply_verbs)
    same = {aid for aid, subj in found if subj == want}
    return next(iter(same)) if len(same) == 1 else None
