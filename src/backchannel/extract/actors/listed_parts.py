"""Bare descriptions listed as the parts of a whole are no parties: "230 prisoners, including soldiers, border
guards and navy personnel", "The released included soldiers and border guards", "such as teachers and soldiers".

Why: on the read reports the unnamed-person rules made an actor of each category in such lists (s41-actprec
census: 6 false actors in 4 reports, none a gold party); the report's party is the whole named before the list
("prisoners", "the released"), which stays. A listed description that names a side of its own stays: a name,
a nationality or organisation among its words ("Haredi members", "Palestinian officials"), or an "of" phrase
("representatives of the Government"). Every mention of the actor must be such a list member.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.merges import mention_roots
from backchannel.extract.actors.state import ActorState

FILE = "listed_parts.toml"
SIDE_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "FAC", "LOC"})


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"listed_parts.{key}", read(FILE)["listed_parts"][key]))


@cache
def _word(key: str) -> str:
    value = read(FILE)["listed_parts"][key]
    assert isinstance(value, str)
    return value


def drop_listed_parts(st: ActorState) -> None:
    """Remove each unnamed actor whose every mention is a bare member of a list of parts (see the module)."""
    for a in list(st.ctx.actors.values()):
        if a.named or not a.mentions or any(o.affiliation == a.id for o in st.ctx.actors.values()):
            continue
        roots = mention_roots(st, a)
        if not roots or not all(_listed(r) and _bare(st, r, m.start, m.end) for r, m in zip(roots, a.mentions)):
            continue
        wholes = {st.token_actor.get(w.i) for w in map(_whole, roots) if w is not None}
        whole = wholes.pop() if len(wholes) == 1 else None
        st.ctx.remove_actor(a.id)
        st.retarget(a.id, whole if whole is not None and whole != a.id and whole in st.ctx.actors else "")


def _whole(tok: Token) -> Token | None:
    """The whole a listed part belongs to: the noun "including"/"such as" hangs on, or the subject of
    "include"; the acts the part took part in go to its actor (``retarget``), None when there is none."""
    t = _first(tok)
    if t.dep_ == "pobj":
        return t.head.head if t.head.head.pos_ in ("NOUN", "PROPN") else None
    return next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _first(tok: Token) -> Token:
    """The first conjunct of the list the token stands in."""
    t = tok
    for _ in range(8):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t


def _listed(tok: Token) -> bool:
    """The noun stands in a list of parts: the object (or a later conjunct of the object) of "including",
    "such as", "like", or of the verb "include" (``listed_parts.toml``). Not "among": "Among the hostages
    are three guards" names the whole in its object."""
    t = _first(tok)
    head = t.head
    if t.dep_ == "pobj":
        low = head.lower_
        if low in _words("preps"):
            return True
        return low == _word("as_") and head.i > 0 and head.doc[head.i - 1].lower_ == _word("such")
    return t.dep_ in ("dobj", "attr") and head.lemma_.lower() in _words("verbs")


def _bare(st: ActorState, tok: Token, start: int, end: int) -> bool:
    """No word of the mention names a side (a capitalised entity: "navy personnel", tagged ORG, is none), and
    the noun has no "of" phrase."""
    span: Span | None = st.doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in SIDE_ENTS and t.text[:1].isupper() for t in span):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == st.lx.words.of for c in tok.children)
