"""A political party named once, then called by its common noun: "his party", "the pro-<X> party".

Why: the unnamed-person rules read "party" as a person noun, so "<Person> said his party was in touch"
(after "<Person>, the <Name> president") and "the pro-<X> party mediates" (after "the <Name>
Party") became a second, unnamed actor beside the named party (s41-actprec census: 2 of 78 false actors on the
freshest read reports, 2 sets). The description is a mention of the named party when the text says which:
- "his/her party": the nearest named person before the pronoun in its sentence belongs to a named
  organisation (their affiliation): that organisation (``actors.party_anaphors.possessed_party``);
- "the (<adjectives>) party": the one named organisation whose name ends in "Party" mentioned before it in
  its sentence, else in the sentence before (``actors.party_anaphors.definite_party``); two such parties
  there, or a modifier that picks a party by its role ("the ruling party", "the main opposition party":
  ``role_modifiers``, which the text does not tie to a name), give none.
Never "the other party", "a third party" (``other_modifiers``: a side), a plural, an "of"/"to" phrase; a person
with no party named keeps "his party" as an actor of its own (the golds write it "<Name>'s party").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.merges import mention_roots
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

FILE = "party_anaphors.toml"
POSSESSED = "actors.party_anaphors.possessed_party"
DEFINITE = "actors.party_anaphors.definite_party"


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"party_anaphors.{key}", read(FILE)["party_anaphors"][key]))


def party_anaphors(st: ActorState) -> None:
    """Merge each unnamed actor whose every mention is such a description into the party it names."""
    for a in list(st.ctx.actors.values()):
        if a.named or not a.mentions or a.id not in st.ctx.actors:
            continue
        roots = mention_roots(st, a)
        if not roots:
            continue
        found = {_party(st, r) for r in roots}
        if len(found) == 1 and (hit := found.pop()) is not None and hit[0] != a.id and hit[0] in st.ctx.actors:
            st.merge(a.id, hit[0], hit[1])


def _party(st: ActorState, tok: Token) -> tuple[str, str] | None:
    """The named party the description at ``tok`` stands for, with the rule id; None when it names none."""
    w = st.lx.words
    if tok.lemma_.lower() not in _words("heads") or tok.tag_ != "NN" or any(
            c.dep_ in ("prep", "acl", "relcl") for c in tok.children):
        return None
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("punct",)]
    if any(c.lower_ in _words("other_modifiers") for c in tok.subtree if c.i < tok.i):
        return None
    poss = next((c for c in mods if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.lower_ not in w.personal_possessives:
            return None
        owner = _person_before(st, poss)
        aff = st.ctx.actors.get(owner.affiliation) if owner is not None and owner.affiliation else None
        ok = aff is not None and aff.named and aff.kind == "organization"
        return (aff.id, POSSESSED) if ok and aff is not None else None
    det = next((c for c in mods if c.dep_ == "det"), None)
    if det is None or det.lower_ != w.definite_article or any(
            c.dep_ not in ("det", "amod", "advmod") for c in mods):
        return None
    if any(c.lower_ in _words("role_modifiers") for c in mods):
        return None
    found = _antecedent(st, tok)
    return (found, DEFINITE) if found is not None else None


def _antecedent(st: ActorState, tok: Token) -> str | None:
    """The one named party mentioned before ``tok`` in its sentence, else the one mentioned in the sentence
    before; None when two or more parties fit there ("Varga, the Labour Party's leader, met the Green Party.
    She said the party would vote no": either) or when none is that near (s41 review #7)."""
    sent = tok.sent
    spans = [(sent.start_char, tok.idx)]
    if sent.start > 0:
        prev = tok.doc[sent.start - 1].sent
        spans.append((prev.start_char, sent.start_char))
    parties = [a for a in st.ctx.actors.values() if a.named and a.kind == "organization" and any(
        fold(n).split()[-1:] == [h] for n in (a.name, *a.aliases) for h in _words("name_heads"))]
    for lo, hi in spans:
        here = {a.id for a in parties if any(lo <= m.start and m.end <= hi for m in a.mentions)}
        if here:
            return next(iter(here)) if len(here) == 1 else None
    return None


def _person_before(st: ActorState, tok: Token) -> Actor | None:
    """The named person mentioned nearest before ``tok`` in its sentence, or None."""
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        aid = st.token_actor.get(t.i)
        a = st.ctx.actors.get(aid) if aid else None
        if a is not None and a.named and a.kind == "person":
            return a
    return None
