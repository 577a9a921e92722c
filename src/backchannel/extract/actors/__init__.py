"""Actors stage: who the parties of the story are, named or not, with every mention.

The stage is a fixed sequence of small steps (``steps.STEPS``) over one shared,
typed per-document state (``state.ActorState``); each step's module says why it
exists. Language data (titles, role nouns, function words) is read from
``data/actors.toml`` through ``resolve.lexicon``.
"""

from __future__ import annotations

from backchannel.extract.actors.spans import initials_match
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.steps import STEPS, run
from backchannel.extract.context import Context, Field, note, stage
from backchannel.resolve.phrases import STATE_IDS

__all__ = ["STEPS", "extract_actors", "initials_match"]


@stage("actors", requires=(), assigns=(Field.ACTORS, Field.MENTIONS, Field.COREF, note(STATE_IDS)))
def extract_actors(ctx: Context) -> None:
    """Find every actor of the document and its mentions (the steps in ``steps.STEPS``)."""
    run(ActorState.create(ctx))
