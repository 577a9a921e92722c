"""The candidate interaction passed between steps, and the markers that fill its slots.

Why: a trigger becomes an act in several steps (arguments, modality, time, story-level
inference); one declared type says what each step may read and write.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from spacy.tokens import Token
from backchannel.model import Count
from backchannel.model import Time
from backchannel.extract.interactions.lexicon import Frame


SYMMETRIC_TYPES = {"negotiate", "agree", "meet"}


PAIR = "@pair"  # marker: the story's two sides fill this slot


OTHER_OF = "@other:"  # marker + actor id: the story's side that is not this actor's


@dataclass
class Raw:
    type: str
    trig: Token
    frame: Frame
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    claim: str | None = None
    count: Count | None = None
    counts: dict[str, Count] = field(default_factory=dict)  # per target, for coordinated captives
    time: Time | None = None
    means: str | None = None
    topic: str | None = None
    inferred: list[str] = field(default_factory=list)
    pending: set[str] = field(default_factory=set)
    unnamed_object: bool = False  # the act has an object that is no actor ("30 fishermen")
