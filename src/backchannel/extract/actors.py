"""Actors stage: named entities become actors, and surname mentions join full names.

Baseline of the foundation issue: spaCy NER (PERSON, ORG, GPE) grouped into
actors by normalised name and surname. Repairs of NER kinds, unnamed actors,
aliases, demonyms and affiliations are layered on by the actors issue.
"""

from __future__ import annotations

import re

from backchannel.extract.context import Context, stage
from backchannel.model import Actor

KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "state"}


def clean_name(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['’]s?$", "", text).strip()


@stage("actors")
def extract_actors(ctx: Context) -> None:
    doc = ctx.doc
    skip = {s.casefold() for s in (ctx.document.author, ctx.document.source) if s}
    by_key: dict[str, str] = {}
    for ent in doc.ents:
        kind = KIND_BY_LABEL.get(ent.label_)
        if not kind:
            continue
        name = clean_name(ent.text)
        if not name or name.casefold() in skip:
            continue
        key = name.casefold()
        aid = by_key.get(key)
        if aid is None and kind == "person" and " " not in name:
            aid = next((a.id for a in ctx.actors.values()
                        if a.kind == "person" and a.name.split()[-1].casefold() == key), None)
            if aid and name not in ctx.actors[aid].aliases:
                ctx.actors[aid].aliases.append(name)
        if aid is None:
            aid = ctx.new_actor_id(name)
            ctx.add_actor(Actor(id=aid, name=name, kind=kind))
        by_key[key] = aid
        start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
        if ent.text.startswith(("the ", "The ")):
            start += 4
        ctx.add_mention(aid, start, start + len(name))
