"""A name whose government the text describes is a state: "the government of <X>", "<X>'s authorities".

Why: the gold convention makes a description of a government used as a name an alias of the state
("Biden administration", "Russian authorities"); actors.government does so for the states of the
gazetteer, but a state it does not list (a rare or new one) was tagged an organisation or a place, so
"the government of <X>" became a second actor "government" of <X>'s side, or, a place in an "of" phrase,
no actor at all. Owning a government noun (``[government_owners] nouns``: government, administration,
not "authorities", which cities have too, nor "regime" or "leadership", which leaders and movements have) is
the evidence: the name (a place or organisation label, at most ``max_words`` words, no organisation word, no
word of a government's descriptive name (``name_words``: "the Government of National Unity"), no acronym, no
bloc or known body) becomes a state, and actors.government then makes the description its mention and alias.
The compound form ("the <X> government") counts only for a name tagged a place: "the <Movement>
government" is a movement's. Words: ``data/specific_groups.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.data_loader import load_fields, read

if TYPE_CHECKING:
    from backchannel.extract.actors.state import ActorState

FILE = "specific_groups.toml"
RULE = "actors.states.government_owner"
MAX_WORDS = "max_words"


@dataclass(frozen=True)
class Words:
    """``specific_groups.toml`` ``[government_owners]``."""

    nouns: frozenset[str]
    of: str
    labels: frozenset[str]
    place_labels: frozenset[str]
    name_words: frozenset[str]


@cache
def words() -> Words:
    """The rule's words, read and checked key by key."""
    raw = {k: v for k, v in read(FILE)["government_owners"].items() if k != MAX_WORDS}
    return load_fields(Words, FILE, raw, key="government_owners")[0]


@cache
def max_words() -> int:
    """The longest name, in words, that can be a state here (``[government_owners] max_words``)."""
    n = read(FILE)["government_owners"][MAX_WORDS]
    if not isinstance(n, int):
        raise TypeError(f"{FILE} [government_owners] {MAX_WORDS}: expected an integer")
    return n


def _government(tok: Token) -> bool:
    w = words()
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in w.nouns or tok.lemma_.lower() in w.nouns)


def owned_government(root: Token) -> Token | None:
    """The government noun the name at ``root`` owns: "<X>'s government", "the government of <X>", and,
    for a place label only, "the <X> government"; else None."""
    w = words()
    if root.ent_type_ not in w.labels:
        return None
    if root.dep_ == "poss" and _government(root.head):
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == w.of and _government(prep.head):
        return prep.head
    if root.dep_ == "compound" and root.ent_type_ in w.place_labels and _government(root.head) and \
            root.i == root.head.i - 1:
        return root.head
    return None


def government_owners(st: ActorState) -> None:
    """Rule RULE: a named organisation or group (from a place or organisation label) that owns a
    government noun becomes a state (kind traced), before actors.government reads the description."""
    lx = st.lx
    for i, aid in sorted(st.token_actor.items()):
        a = st.ctx.actors.get(aid)
        if a is None or not a.named or a.kind not in ("organization", "group"):
            continue
        if owned_government(st.doc[i]) is None:
            continue
        parts = a.name.split()
        if len(parts) > max_words() or any(p.lower() in words().name_words for p in parts) or any(p.lower() in lx.org_words for p in parts) or any(
                p.isupper() and len(p) > 1 for p in parts) or lx.bloc(a.name) or lx.body(a.name):
            continue
        a.kind = "state"
        st.ctx.trace(a, "kind", RULE)
