"""Finalize stage: order actors and mentions so dossiers are deterministic."""

from __future__ import annotations

from backchannel.extract.context import Context, Field, stage


@stage("finalize", requires=(Field.ACTORS, Field.MENTIONS), assigns=(Field.ACTORS, Field.MENTIONS))
def finalize(ctx: Context) -> None:
    for a in ctx.actors.values():
        a.mentions.sort(key=lambda m: (m.start, m.end))
    ordered = sorted(ctx.actors.values(), key=lambda a: a.mentions[0].start if a.mentions else 1 << 30)
    ctx.actors = {a.id: a for a in ordered}
