"""The holder of captives told as members of one side: "four detained Front commanders were freed".

Why: in a story of two sides, the people one side holds are often named as the other side's members
("jailed commanders of the Front", "Front fighters held since May") and their release is told with no
releaser. The side they belong to did not free them: the other side, which held them, did (gold
convention: the captor is the release's source). Custody told explicitly (``custody.held_releasers``)
and a captive's nationality (``story_sides.nationals_held``) come first; this reads the membership
only when neither tells the holder. Only heads that say membership (``member_heads`` of
data/member_captives.toml): "Front hostages" are the Front's captives, held by it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.nominal_specs import named_actor
from backchannel.extract.interactions.implicit import held_by
from backchannel.syntax.tree import prep_objects

SIDE_MEMBER_HELD = "interactions.member_captives.side_member_held"
FILE = "member_captives.toml"


@dataclass(frozen=True)
class MemberCaptiveWords:
    """The words of data/member_captives.toml."""

    member_heads: frozenset[str]
    side_preps: frozenset[str]


member_captive_words = loader(MemberCaptiveWords, FILE)


def _modifier_text(m: Token) -> str:
    """The whole name a modifier token ends ("Boko Haram" for the compound "Haram"), without a count
    or determiner the parser hung on it ("Twenty Front commanders")."""
    toks = [t for t in sorted(m.subtree, key=lambda t: t.i) if t.pos_ not in ("NUM", "DET")]
    return m.doc[toks[0].i: toks[-1].i + 1].text if toks else m.text


def _named_sides(d: Doc_, root: Token, pair: list[str]) -> set[str]:
    """The sides of ``pair`` a captive phrase names as its own: a modifier before the head or a
    possessor ("Front commanders", "the Front's fighters"), or an of-phrase ("members of the Front")."""
    w = member_captive_words()
    found: set[str] = set()
    for m in root.children:
        if m.dep_ in ("compound", "amod", "nmod", "poss") and m.i < root.i:
            names = [named_actor(d, _modifier_text(m)), named_actor(d, m.text), *d.actors(m, deep=False)]
            found.update(a for a in names if a in pair)
    for p in w.side_preps:
        for o in prep_objects(root, p):
            found.update(a for a in d.actors(o, deep=False) if a in pair)
    return found


def member_side(d: Doc_, captive: str, pair: list[str]) -> str | None:
    """Rule SIDE_MEMBER_HELD: the one side of ``pair`` whose members the captive actor is said to be
    in its mentions (a head of ``member_heads``); none when no mention says so or two sides are named."""
    act = d.ctx.actors.get(captive)
    if act is None or len(pair) != 2:
        return None
    w = member_captive_words()
    found: set[str] = set()
    for m in act.mentions:
        span = d.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.lemma_.lower() not in w.member_heads:
            continue
        found |= _named_sides(d, span.root, pair)
    return next(iter(found)) if len(found) == 1 else None


def holder_told(d: Doc_, trig: Token, captive: str) -> bool:
    """Whether the release's own sentence tells who held or freed the captives, though no actor was read off
    it: an agent by-phrase on the freeing verb ("were freed by a <State> court") or a clause of holding with
    a by-phrase on the captive ("commanders held by <State>"). Then membership says nothing of the holder
    (review s45 #6): the side the members belong to may well be the one that freed them from a third party."""
    if any(c.dep_ == "agent" for c in trig.children):
        return True
    act = d.ctx.actors.get(captive)
    verbs = d.lex.settings.captor_verbs
    for m in act.mentions if act is not None else []:
        span = d.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span.sent != trig.sent:
            continue
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs and held_by(c) for c in span.root.children):
            return True
    return False
