"""The candidate interaction passed between steps, and the markers that fill its slots.

Why: a trigger becomes an act in several steps (arguments, modality, time, story-level
inference); one declared type says what each step may read and write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from spacy.tokens import Token

from backchannel.model import Count
from backchannel.model import Time
from backchannel.extract.interactions.lexicon import Frame


SYMMETRIC_TYPES = {"negotiate", "agree", "meet"}

# Markers that stand in an actor list until the story-level step replaces them
PAIR = "@pair"  # the story's two sides fill this slot
OTHER = "@other"  # the story's side other than the one named in the other role
OTHER_OF = "@other:"  # + actor id: the story's side that is not this actor's
HOLDER_OF = "@holder:"  # + the captives' state id (or ""): the story's side that holds them


# names of Interaction fields, listed in its ``inferred`` when a rule filled them in
SOURCE = "source"
TARGET = "target"
VIA = "via"
# and of the fields other rules change or a merge fills
TIME = "time"
COUNT = "count"
MEANS = "means"
TOPIC = "topic"
MODALITY = "modality"
NEGATED = "negated"


def is_marker(a: str) -> bool:
    """Is this entry of an actor list a marker rather than an actor id?"""
    return a.startswith("@")


class Flag(Enum):
    """Notes a step leaves on a candidate for a later step."""

    PERSON_PAIR = "person_pair"  # the subject was "the two leaders": split into source and target
    SIDES_LEADERS = "sides_leaders"  # "the two countries' leaders": the sides' own leaders (SIDES_LEADERS)
    PAIR_NAMED_LAST = "pair_named_last"  # "a meeting between the two leaders": names no sides of the story
    PLACE_TARGET = "place_target"  # a seized place's holder: drop the act if no side is found
    TO_REJECTER = "to_rejecter"  # a proposal inferred to be made to the one who rejected it
    NAMED_PAIR = "named_pair"  # the object or prepositional object is "the two sides" itself
    PAIR_PHRASE = "pair_phrase"  # an end is a phrase for the two sides ("both sides", "the two countries")
    PAIR_STATES = "pair_states"  # that phrase asks for two states ("both countries"): reciprocal.pair_kind
    RELAY = "relay"  # the source carries others' messages: it becomes via when a source is known
    EACH_SUBJECT = "each_subject"  # "A and B held talks with C": each subject with each named target
    UNTOLD_SIDES = "untold_sides"  # "a jet deal brokered by X": a mediation between parties the text never gives


@dataclass
class Candidate:
    """One act found at one trigger, before the story-level step fills its implicit parties."""

    type: str
    trig: Token
    frame: Frame
    sources: list[str] = field(default_factory=list)  # actor ids or markers
    targets: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    claim: str | None = None
    count: Count | None = None
    counts: dict[str, Count] = field(default_factory=dict)  # per target, for coordinated captives
    time: Time | None = None
    told: Time | None = None  # the date as told, before a plan's re-reading (timing_act.planned_redate)
    means: str | None = None
    topic: str | None = None
    inferred: list[str] = field(default_factory=list)
    pending: set[Flag] = field(default_factory=set)
    unnamed_object: bool = False  # the act has an object that is no actor ("30 fishermen")
    extra: Candidate | None = None  # the other side's release of a swap or exchange
    rule: str | None = None  # the id of the rule (or frame) that made the candidate
    trace: dict[str, str] = field(default_factory=dict)  # field -> rule that set or changed it

    def infer(self, name: str, rule: str) -> None:
        """``rule`` filled in field ``name`` by inference: listed in ``inferred``, traced."""
        self.inferred.append(name)
        self.trace[name] = rule


@dataclass
class Record:
    """One directed act between two parties (markers resolved), ready to merge and emit."""

    type: str
    source: str | None
    target: str | None
    via: list[str]
    negated: bool
    modality: str
    claim: str | None
    count: Count | None
    time: Time | None
    means: str | None
    topic: str | None
    trig: Token
    inferred: list[str]
    cand: Candidate
    unnamed_object: bool
    rule: str | None = None  # the id of the rule that made the act (the candidate's, or an expansion's)
    trace: dict[str, str] = field(default_factory=dict)  # field -> rule that set or changed it
    absorbed: list[Record] = field(default_factory=list)  # duplicates merged into this one


@dataclass
class Inferred:
    """The fields of a record filled by inference, and the rule that filled each."""

    fields: list[str]
    rules: dict[str, str]

    @classmethod
    def of(cls, c: Candidate) -> Inferred:
        return cls(list(c.inferred), dict(c.trace))

    def add(self, name: str, rule: str) -> None:
        self.fields.append(name)
        self.rules[name] = rule

    def plus(self, rule: str, *names: str) -> Inferred:
        """A copy with ``names`` added, all filled by ``rule``."""
        out = Inferred(list(self.fields), dict(self.rules))
        for n in names:
            out.add(n, rule)
        return out
