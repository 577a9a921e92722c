"""A meeting told as an event, with no party named, is the story's two sides' meeting (s46-acts).

Why: reports of talks that run over several rounds date each one as an event: "their second meeting
took place in Quito in early May", "a meeting was held at the border post", "no meeting occurred
abroad". The meeting noun is the subject of a verb of happening and names no one, yet the report is
about the two sides that meet; the read golds give every such meeting to the story's two sides (census s46: four stories, six
meetings, none read before). The meeting frame needs two parties named, so the rule (EVENT_SIDES) gives
the story's sides as one marker the story step resolves, and only when the noun has no party phrase of
its own (possessor, between / with / of / among: data/held_meetings.toml) and is the subject of a verb
of happening (``held_verbs``: not "X held a meeting", whose subject is the one who met, nor "the
meeting's agenda"). Its negation and modality are the clause's ("no meeting occurred": negated).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import PAIR, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.tree import prep_objects

EVENT_SIDES = "interactions.held_meetings.event_sides"
FILE = "held_meetings.toml"


@dataclass(frozen=True)
class HeldWords:
    """The words of data/held_meetings.toml."""

    held_verbs: frozenset[str]
    party_preps: frozenset[str]


held_words = loader(HeldWords, FILE)


def event_sides(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule EVENT_SIDES: the story's sides for a meeting noun that is the subject of a verb of happening and
    names no party of its own; nothing otherwise."""
    w = held_words()
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in w.held_verbs:
        return []
    if any(c.dep_ == "poss" for c in tok.children) or any(prep_objects(tok, p) for p in sorted(w.party_preps)):
        return []
    raw.trace["source"] = EVENT_SIDES
    raw.trace["sides"] = EVENT_SIDES  # kept when the story step resolves the marker and traces the source
    return [PAIR]


HELD_SPECS = {"event_sides": event_sides}
