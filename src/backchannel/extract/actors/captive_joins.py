"""Captive groups joined to a release: "six Lorvians were freed, along with four other Lorvians".

Why: a release report often lists the captives of one release in several groups, joined by "and",
"as well as" (coordination), "along with", "together with" or "including"; the plain captive rule
(captives.py) reads only the group in the verb's object or passive-subject slot, so the other groups
were no party and their release went untold. A joined plural is a captive group of its own (named with
its part modifier, "other Lorvians", so that it is no alias of the first group); the interactions stage
gives it its own release (extract/interactions/captive_releases.py). Words: data/captive_joins.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.resolve.lexicon import Lexicon
from backchannel.syntax.tree import coordination_head

FILE = "captive_joins.toml"
JOINED_RULE = "actors.captives.joined"


@dataclass(frozen=True)
class JoinWords:
    joining_preps: frozenset[str]
    with_prep: str
    with_leads: frozenset[str]
    part_modifiers: frozenset[str]


# The words, read and checked once per process.
join_words = loader(JoinWords, FILE)


def freed_slot(lx: Lexicon, t: Token) -> bool:
    """The object of a release verb or the passive subject of a release or hold verb."""
    hl = t.head.lemma_.lower()
    return (t.dep_ == "dobj" and hl in lx.release_verbs) or (
        t.dep_ == "nsubjpass" and (hl in lx.release_verbs or hl in lx.hold_verbs))


def join_point(q: Token) -> Token | None:
    """What the phrase ``q`` is joined to: the first conjunct of a coordination ("A and B", "A, as well
    as B"), or the word an "including" / "along with" phrase hangs from; None when it is not joined."""
    w = join_words()
    if q.dep_ == "conj":
        return coordination_head(q)
    if q.dep_ != "pobj":
        return None
    p = q.head
    if p.lower_ in w.joining_preps:
        return p.head
    if p.lower_ == w.with_prep and p.head.lower_ in w.with_leads:
        return p.head.head
    return None


def joined_to_freed(lx: Lexicon, q: Token) -> bool:
    """Whether the plural phrase ``q`` is joined to a release: to a captive phrase in a freed slot, or
    to a release verb itself ("were released on Monday, along with four others")."""
    at = join_point(q)
    if at is None:
        return False
    if at.pos_ in ("VERB", "AUX"):
        return at.lemma_.lower() in lx.release_verbs
    return freed_slot(lx, at)


def part_words(tok: Token) -> list[Token]:
    """The part modifiers right before the head ("other" in "four other Lorvians")."""
    parts = join_words().part_modifiers
    return [c for c in tok.children if c.i < tok.i and c.dep_ == "amod" and c.lower_ in parts]
