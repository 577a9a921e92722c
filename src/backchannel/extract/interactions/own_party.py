"""Whether a party named near a mediator is its own: its body or state, one of its members, the
press (rule OWN_BODY_TARGET, s37 census #4). Shared by the sentence sides of a mediation
(mediation_sides.py) and the checks on its records (mediation_checks.py); apart so that neither
imports the other. Words: ``own_party_exempt_types`` in data/mediator_names.toml.
"""

from __future__ import annotations

from functools import cache

from backchannel.data_loader import read
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.story import affiliations, is_press
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import prep_objects
from spacy.tokens import Token

W = words()

OWN_BODY_TARGET = "interactions.mediation_checks.own_body_target"


def own_party(d: Doc_, mediator: str, party: str, trig: Token | None = None) -> bool:
    """Rule OWN_BODY_TARGET: is ``party`` the mediator's own body or state, one of its own members,
    or the press? None of them is a party the mediator stands between ("Costa Rican President X
    agreed to mediate the dispute": not Costa Rica), unless the text has it hold talks, make a
    deal or meet (``own_party_exempt_types``): then it is a side whatever its mediator's nationality
    (interactions.expand.called_mediator's "the Peruvian mediators" between Peru and Chile), or the
    mediation's own between-phrase names it ("Peruvian mediators shuttling between Peru and X")."""
    ctx = d.ctx
    if trig is not None and party in {a for o in prep_objects(trig, W.between_prep) for a in d.actors(o)}:
        return False
    if any(party in c.sources + c.targets for c in d.built if c.type in _exempt_types()):
        return False  # a party of the story's own talks, deals or meetings stays one ("the Peruvian mediators")
    return party in affiliations(ctx, mediator) or mediator in affiliations(ctx, party) or is_press(ctx, party)


@cache
def _exempt_types() -> frozenset[str]:
    """The act types whose parties are the story's own sides (read once per process)."""
    return frozenset(read("mediator_names.toml")["own_party_exempt_types"])
