"""Interactions stage: typed acts between actors (the verb-frame lexicon lands with the interactions issue)."""

from __future__ import annotations

from backchannel.extract.context import Context, stage


@stage("interactions")
def extract_interactions(ctx: Context) -> None:
    """Placeholder-free baseline: no interaction is asserted until frames are defined."""
    return None
