"""Organisations in apposition to a part of another: "X, a hard-line faction of the <Movement>".

Why: "the <Front>'s armed wing, X" (an apposition before the name: ``part_of_possessor``) gave the
side, the same said after the name did not: "X, an elite unit of the <Force>", "X, an <Movement>
affiliate", "X, the <Front>'s armed wing" (s34-affil). Only heads that make a part of a whole count
(faction, wing, unit, branch: ``[parts]`` in affiliations.toml), never a partner or rival.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.state import ActorState

FILE = "affiliations.toml"
RULE = "actors.parts.part_of_apposition"
#: modifiers of the part noun that may name the whole ("an <Movement> affiliate", "the <Front>'s wing")
WHOLE_MODS = frozenset({"poss", "compound", "nmod", "amod"})
WHOLE_KINDS = frozenset({"organization", "group", "state"})
#: words between the comma and the part noun ("an elite", "a hard-line", "the <Front>'s armed")
RUN_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PART"})
PART_REACH = 6
#: a name written on a noun ("the <Name> network"): the apposition hangs on that noun
NAME_DEPS = frozenset({"compound", "flat"})


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"parts.{key}", read(FILE)["parts"][key]))


def part_appositions(st: ActorState) -> None:
    """Organisations and groups with no side whose apposition is a part noun of a named whole take it."""
    nouns = _words("part_nouns")
    for aid in dict.fromkeys(st.token_actor.values()):
        org = st.ctx.actors.get(aid)
        if org is None or org.kind not in ("organization", "group") or org.affiliation is not None:
            continue
        for m in org.mentions:
            span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            while root.dep_ in NAME_DEPS and root.head.i > root.i:
                root = root.head  # "the <Name> network, a faction of ...": the noun the name is on
            apps = [c for c in root.children if c.i > root.i and _apposed(st, root, c)]
            for ap in apps or _part_after(st, span.end, nouns):
                whole = _whole(st, ap, aid) if ap.lemma_.lower() in nouns else None
                if whole is not None:
                    st.set_affiliation(org, whole, RULE)
                    break
            if org.affiliation is not None:
                break


def _part_after(st: ActorState, end: int, nouns: frozenset[str]) -> list[Token]:
    """The part noun of ", a/the <modifiers> <part noun>" right after a name (past a bracketed short
    name), whatever the parse made of it: "the <Name> Battalion (<ACRONYM>), an elite unit of the <Force>"
    parsed as an object of the verb."""
    doc = st.doc
    k = end
    if k < len(doc) and doc[k].text == "(":
        k = next((j + 1 for j in range(k, min(len(doc), k + 6)) if doc[j].text == ")"), k)
    if k >= len(doc) or doc[k].text != ",":
        return []
    for j in range(k + 1, min(len(doc), k + 1 + PART_REACH)):
        t = doc[j]
        if t.lemma_.lower() in nouns and t.pos_ == "NOUN":
            return [t]
        if t.pos_ not in RUN_POS and t.tag_ != "HYPH":
            return []
    return []


def _apposed(st: ActorState, root: Token, c: Token) -> bool:
    """An apposition, or a conjunct the parser made of one: a comma before it and no "and" in the list."""
    if c.dep_ == "appos":
        return True
    return c.dep_ == "conj" and c.i not in st.token_actor and st.doc[c.i - 1].dep_ != "cc" and not any(
        t.dep_ == "cc" for t in [*root.children, *c.children])


def _whole(st: ActorState, part: Token, own: str) -> str | None:
    """The whole a part noun names: the object of its "of" (its head word first: "a unit of <State>'s army"
    is the army's), else the one actor among its modifiers ("an <Movement> affiliate")."""
    preps = _words("part_preps")
    for c in part.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                found = _kind_ok(st, st.actor_of_token(obj), own) or _one(st, list(obj.subtree), own)
                if found is not None:
                    return found
    return _one(st, [t for t in part.subtree if t.i < part.i and (t.dep_ in WHOLE_MODS or t.head.dep_ in WHOLE_MODS)],
                own)


def _kind_ok(st: ActorState, aid: str | None, own: str) -> str | None:
    """``aid`` when it is another organisation, group or state."""
    return aid if aid and aid != own and aid in st.ctx.actors and st.ctx.actors[aid].kind in WHOLE_KINDS else None


def _one(st: ActorState, toks: list[Token], own: str) -> str | None:
    """The one organisation, group or state among ``toks`` (none when two)."""
    found = {a for t in toks if (a := _kind_ok(st, st.actor_of_token(t), own))}
    return found.pop() if len(found) == 1 else None
