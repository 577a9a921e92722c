"""The default argument structure of act nouns (rule ids ``interactions.nominal.default_agent`` and
``interactions.nominal.default_patient``).

Why: each ``[[frame]]`` of ``data/frames.toml`` lists the argument specs its noun was seen with,
so a noun seen with a possessor but not with a "by" phrase, or a noun no frame lists yet
("invasion", "overture"), loses its parties on the next report's wording. The arguments of an act
noun follow from its class, not from the noun: a transitive act ("X's invasion of Y", "the
blockade of Y's ports by X"), an act befalling captives ("the release of X by Y"), something put to
another ("an X offer to Y", "Y rejected X's overture") or a symmetric act ("a Y-Z swap", "X's deal
with Y"). ``data/nominal.toml`` declares each class's specs; when a noun frame's own specs find no
actor for a slot, the class's specs fill it, and the trace names this rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.nominal_specs import noun_class
from backchannel.extract.interactions.specs import resolve_spec
from backchannel.syntax.tree import NOUN_POS

DEFAULT_AGENT = "interactions.nominal.default_agent"
DEFAULT_PATIENT = "interactions.nominal.default_patient"


def _named(actors: list[str]) -> bool:
    return any(not is_marker(a) for a in actors)


def fill_slot(d: Doc_, specs: tuple[str, ...], own: tuple[str, ...], tok: Token, fr: Frame, raw: Candidate,
          field: str, rule: str) -> list[str]:
    """Actors of the first class spec (not one of the frame's own, already tried) that names any;
    the spec's own trace entry, if it set one, is kept."""
    for sp in specs:
        if sp in own:
            continue
        before = raw.trace.get(field)
        found = [a for a in resolve_spec(d, sp, tok, fr, raw) if not is_marker(a)]
        if found:
            if raw.trace.get(field) == before:
                raw.trace[field] = rule
            return found
    return []


def default_arguments(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Fill the source and target of a noun trigger that its frame's specs left without an actor
    (empty, or only a marker such as the story's pair) from its noun class; agent first, since
    the patient of an offer (its answerer) is read against its author."""
    if fr.pos != FramePos.NOUN or tok.pos_ not in NOUN_POS:
        return
    cls = noun_class(tok.lemma_.lower(), fr.type)
    if cls is None:
        return
    if not _named(raw.sources):
        trace = dict(raw.trace)
        found = [a for a in fill_slot(d, cls.agent, fr.source, tok, fr, raw, SOURCE, DEFAULT_AGENT) if a not in raw.targets]
        raw.sources, raw.trace = (found, raw.trace) if found else (raw.sources, trace)
    if not _named(raw.targets):
        trace = dict(raw.trace)
        found = [a for a in fill_slot(d, cls.patient, fr.target, tok, fr, raw, TARGET, DEFAULT_PATIENT) if a not in raw.sources]
        raw.targets, raw.trace = (found, raw.trace) if found else (raw.targets, trace)
