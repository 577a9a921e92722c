"""The default argument structure of verb triggers, by interaction type (rule ids
``interactions.verb_roles.default_source`` and ``interactions.verb_roles.default_target``).

Why: each verb ``[[frame]]`` of ``data/frames.toml`` lists the argument specs its verb was seen
with, so two verbs of one type read different arguments ("X struck Y's bases" found Y, "X shelled
Y positions" did not; "X rejected Y" found Y, "X refused talks with Y" did not). The arguments
of a verb follow from the type of act it tells: ``data/verb_roles.toml`` declares each type's
specs, and when a verb frame's own specs find no actor for a slot, its type's specs fill it (as
:mod:`.nominal` does for act nouns) and the trace names this rule, unless the spec traced its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import PAIR, SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.nominal import fill_slot
from backchannel.syntax.tree import VERB_POS, child, is_passive, prep_objects

FILE = "verb_roles.toml"
DEFAULT_SOURCE = "interactions.verb_roles.default_source"
DEFAULT_TARGET = "interactions.verb_roles.default_target"
AGENTLESS_SIDES = "interactions.verb_roles.agentless_sides"


@dataclass(frozen=True)
class TypeRoles:
    """The argument specs every verb frame of these interaction types falls back on."""

    types: frozenset[str]
    source: tuple[str, ...]
    target: tuple[str, ...]
    agentless_sides: bool = False


@dataclass(frozen=True)
class VerbRoles:
    role: tuple[TypeRoles, ...]
    empty_subjects: frozenset[str]


verb_roles = loader(VerbRoles, FILE)


def type_roles(type_: str) -> TypeRoles | None:
    """The default roles of an interaction type, if the table has them."""
    return next((r for r in verb_roles().role if type_ in r.types), None)


def agentless(tok: Token) -> bool:
    """A passive with no "by" agent: "the ceasefire was negotiated in May", "a phase that will be
    negotiated later" (not a participle on a noun: "the talks negotiated by X" names its doer)."""
    s = child(tok, "nsubjpass")
    if s is not None and s.lemma_.lower() in verb_roles().empty_subjects:
        return False  # "nothing has been negotiated": no act at all
    return is_passive(tok) and tok.dep_ != "acl" and not prep_objects(tok, "by")


def _named(actors: list[str]) -> bool:
    return any(not is_marker(a) for a in actors)


def default_verb_arguments(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Fill the source and target of a verb trigger that its frame's specs left without an actor
    from its type's roles; the source first, since a target is never the source itself. A
    frame that names no spec for a slot on purpose (the doer is inferred, "X was killed") keeps
    its own reading, and so does one whose specs chose the story's pair ("we will try again":
    the sides, not the speaker): only empty slots of frames with a spec for them are filled."""
    if fr.pos == FramePos.NOUN or tok.pos_ not in VERB_POS:
        return
    roles = type_roles(fr.type)
    if roles is None:
        return
    if fr.source and not raw.sources:
        trace = dict(raw.trace)
        found = [a for a in fill_slot(d, roles.source, fr.source, tok, fr, raw, SOURCE, DEFAULT_SOURCE)
                 if a not in raw.targets]
        raw.sources, raw.trace = (found, raw.trace) if found else (raw.sources, trace)
        if not found and roles.agentless_sides and agentless(tok) and not _named(raw.targets):
            raw.sources = [PAIR]  # "a truce was negotiated in May": the story's two sides did
            raw.trace[SOURCE] = AGENTLESS_SIDES
    if fr.target and not raw.targets:
        trace = dict(raw.trace)
        found = [a for a in fill_slot(d, roles.target, fr.target, tok, fr, raw, TARGET, DEFAULT_TARGET)
                 if a not in raw.sources]
        raw.targets, raw.trace = (found, raw.trace) if found else (raw.targets, trace)
