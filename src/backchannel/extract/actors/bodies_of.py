"""A governmental body named as a state's or another body's by an "of" phrase takes that owner:
"the Ministry of Defence of <State>", "the Office of the President of <State>", "the Department of
Trade of the Ministry of Finance".

Why: the name rules read a state written before a body's name ("the <demonym> Foreign Ministry") and
``actors.names.state_name_government`` a name that is only "<government word> of <State>"; a longer name
that ends in "of <State>", or a body followed in the parse by "of" and another body, gave no side, and the
golds give such a body the state (or the larger body) its "of" phrase names. The owner is read from the
parse only: the object of an "of" attached inside the body's mention (or right after it, attached to it)
that is a state's name or another governmental body's mention. Only governmental bodies
(``queries.governmental``) take an owner this way: "the Organisation of <Region> States" or "the Union of
<Name> Workers" stay as they are, since neither a cause nor a trade names an owner.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.queries import governmental
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.across.names import norm

RULE = "actors.bodies_of.body_of_owner"
FILE = "affiliations.toml"


@cache
def _words(key: str) -> frozenset[str]:
    """One word list of ``[bodies_of]`` in ``data/affiliations.toml``."""
    return frozenset(word_list(FILE, f"bodies_of.{key}", read(FILE)["bodies_of"][key]))


def _public_body(st: ActorState, name: str) -> bool:
    """A governmental body's name, or one with a public body's noun ("Commission", "Board"), and no cause's
    word ("the Revolutionary Armed Forces of <State>" is a rebel army, not the state's)."""
    words = set(norm(name).split())
    if words & _words("cause_words"):
        return False
    return governmental(st, name) or bool(words & _words("body_nouns"))


def bodies_of(st: ActorState) -> None:
    """Every governmental organisation with no side takes the state or body its "of" phrase names."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e, aid in st.ctx.mentions_in(0, len(st.text)):
        spans[aid].append((s, e))
    for actor in list(st.ctx.actors.values()):
        if actor.kind != "organization" or actor.affiliation is not None or not _public_body(st, actor.name):
            continue
        for s, e in spans.get(actor.id, ()):
            span = st.doc.char_span(s, e, alignment_mode="expand")
            owner = _owner(st, span, actor.id) if span is not None and len(span) else None
            if owner is not None:
                st.set_affiliation(actor, owner, RULE)
                break


def _owner(st: ActorState, span: Span, self_id: str) -> str | None:
    """The last owner an "of" phrase of the mention names: a state by its name, or another governmental body.
    The "of" is inside the mention, or the word right after it with its head inside (a post-modifier)."""
    ofs = [t for t in span if t.lower_ == st.lx.words.of]
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == st.lx.words.of and span.start <= doc[span.end].head.i < span.end:
        ofs.append(doc[span.end])
    for of in reversed(ofs):
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        owner = _state_of(st, obj) or _body_of(st, obj, self_id)
        if owner is not None and owner != self_id:
            return owner
    return None


def _state_of(st: ActorState, obj: Token) -> str | None:
    """The state actor whose name the object of "of" is ("of <State>", "of the <State>"); made when the
    state was written only inside the body's name."""
    words = [t for t in obj.subtree if t.dep_ in ("compound", "pobj", "amod") and t.i <= obj.i]
    if not words:
        return None
    name = obj.doc[words[0].i:obj.i + 1].text
    country = st.lx.country(name)
    if country is None or not obj.text[:1].isupper():
        return None
    return st.state_actor(country, RULE)  # the state a body's name holds is an actor of its own


def _body_of(st: ActorState, obj: Token, self_id: str) -> str | None:
    """Another governmental organisation whose mention the object of "of" is."""
    aid = st.token_actor.get(obj.i)
    if aid is None or aid == self_id:
        return None
    other = st.ctx.actors.get(aid)
    if other is None or other.kind != "organization" or not _public_body(st, other.name):
        return None
    return aid
