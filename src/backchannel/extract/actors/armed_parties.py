"""Person nouns of armed groups ("rebels", "guerrillas") and the named armed movement they stand for.

Why: the golds write "the rebels" after a named armed front as an alias of that front, and so "freed by
<region> rebels" in a report's lead before the front is named; actors.definite joins only "the rebels"
after the name, so a bare "rebels" became a second actor (or, before the name, a party of its own) and
split the front's acts (s41 census; the s40 attempt to make every armed plural a party split them too and
lowered the held-aside rows). A bare or definite plural after a named movement, or one in the lead before
the first movement name, joins it as a mention and an alias. With a word of its own after the name
("rebels in the hills") it stays a party of its own; a generic use ("rebels in general") is none.
Word lists: ``data/argument_heads.toml`` [armed_parties].
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.data_loader import loader, read
from backchannel.extract.actors.definite import new_same_head
from backchannel.extract.actors.unnamed_spans import venue_of_event
from backchannel.syntax.tree import PLURAL_TAGS

if TYPE_CHECKING:
    from backchannel.extract.actors.state import ActorState
    from backchannel.extract.actors.unnamed import Description

FILE = "argument_heads.toml"
RULE = "actors.unnamed.armed_movement_again"


@dataclass(frozen=True)
class Words:
    """``argument_heads.toml`` ``[armed_parties]``."""

    person: frozenset[str]
    generic_after: frozenset[str]
    movement_words: frozenset[str]


# The module's word lists, read and checked key by key.
words = loader(Words, FILE, "armed_parties")


@cache
def lead_sentences() -> int:
    """How many first sentences are the report's lead (``[armed_parties_lead]``)."""
    n = read(FILE)["armed_parties_lead"]["sentences"]
    if not isinstance(n, int):
        raise TypeError(f"{FILE} [armed_parties_lead] sentences: expected an integer")
    return n


def armed_noun(tok: Token) -> bool:
    """Is ``tok`` a plural person noun of armed groups ("rebels", "guerrillas", "militants")?"""
    w = words()
    return tok.tag_ in PLURAL_TAGS and (tok.lemma_.lower() in w.person or tok.lower_ in w.person)


def generic_use(tok: Token) -> bool:
    """Is the noun followed by a phrase that makes it the kind, not a party ("rebels in general")?"""
    doc = tok.doc
    nxt = " ".join(t.lower_ for t in doc[tok.i + 1:tok.i + 3])
    return nxt in words().generic_after


def armed_handled(st: ActorState, d: Description) -> bool:
    """Is the armed plural at ``tok`` no new party? A generic use ("rebels in general": none); one a name
    modifies ("the <Front> (<ABBR>) guerrillas": that name's, actors.names); a bare or definite one
    ("rebels", "the rebels") after a named armed movement (actors.definite's antecedent); or one before
    the report's only movement name, in its lead ("freed by <region> rebels ... the <Region> Liberation
    Army"). The last two join it as a mention and an alias, as the golds write it. One with a word of its
    own after a named movement ("rebels in the hills", ``right``: the phrase or place after it) is a party
    of its own. A name's word before it ("<Front> militants") keeps what the stages did before s41."""
    tok, mods, right = d.tok, d.mods, d.right + d.place
    if not armed_noun(tok):
        return False
    if named_before(st, tok, mods):
        return d.argument  # as before s41: "<Name> militants" a party of its own, "<Name> guerrillas" the name's
    if generic_use(tok):
        return True
    own = bool(right) or any(m.lower_ != st.lx.words.definite_article for m in mods) or any(
        c.dep_ in ("acl", "relcl", "amod", "compound", "nmod") for c in tok.children) or (
        not venue_of_event(tok) and any(c.dep_ == "prep" for c in tok.children))
    earlier = movement_near(st, tok, before=True)
    target = earlier if not own else None
    if earlier is None and in_lead(tok):
        target = movement_near(st, tok, before=False)
    if target is None:
        return False
    st.add_mention(target, tok.idx, tok.idx + len(tok.text), tok, RULE)
    st.add_alias(target, tok.text, RULE)  # (without "the", as actors.definite writes it)
    st.ctx.coref[tok.i] = target
    st.consumed.update({tok.i, *(m.i for m in mods)})
    return True


def named_before(st: ActorState, tok: Token, mods: list[Token]) -> bool:
    """Does a named organisation's word modify ``tok`` ("<Front> militants", "the <Front> (<ABBR>)
    guerrillas")? The modifiers, or the word before it past a closing bracket."""
    prev = [tok.doc[j] for j in (tok.i - 1, tok.i - 2) if j >= 0]
    for t in [*mods, *prev[:1], *(prev[1:] if prev and prev[0].is_punct else [])]:
        aid = st.token_actor.get(t.i)
        actor = st.ctx.actors.get(aid) if aid else None
        if actor is not None and actor.named and actor.kind in ("organization", "group"):
            return True
    return False


def in_lead(tok: Token) -> bool:
    """Is ``tok`` in the report's first sentences (``lead_sentences``)?"""
    for k, sent in enumerate(tok.doc.sents):
        if k >= lead_sentences():
            return False
        if sent.end > tok.i:
            return True
    return False


def movement_near(st: ActorState, tok: Token, before: bool) -> str | None:
    """The nearest named armed movement before ``tok`` (or the first after it): a named organisation or
    group whose name or an alias has a capitalised word of ``movement_words`` (not an alias "rebels" an
    earlier description gave a leader) ("<Region> Liberation Army", "the
    Revolutionary Front"; not an alliance, a state's people or a party: "NATO", "Macedonians"), and no
    outlet. Not past an indefinite description with the same head (actors.definite.new_same_head). Two
    distinct armed movements on that side make the plural ambiguous: it joins neither (tests/test_descriptions_s26).
    """
    w = words()
    order = sorted(st.token_actor.items(), reverse=before)
    found: list[tuple[int, str]] = []
    partners = {c.i for c in tok.conjuncts}  # (s42-groups) "the <Front> and the rebels": never its partner
    for i, aid in order:
        actor = st.ctx.actors.get(aid)
        if (i >= tok.i if before else i <= tok.i) or actor is None or not actor.named or actor.kind not in (
                "organization", "group") or st.is_outlet(actor.name) or {i, st.doc[i].head.i} & partners:
            continue
        if {x.lower() for n in (actor.name, *actor.aliases) for x in n.split() if x[:1].isupper()} & w.movement_words:
            found.append((i, aid))
    if len({aid for _, aid in found}) != 1:
        return None  # none, or two armed movements on that side: the plural fits neither
    i, aid = found[0]
    return None if before and new_same_head(st, tok, i) is not None else aid
