"""A social-media handle in brackets after a name the tagger missed: "— Ola Brandt (@OlaBrandt)".

Why: an embedded post is signed with the author's name and handle; the tagger often reads
the signature line as no entity at all, so ``stated_aliases`` (which starts from a
mention) never sees the handle. The name before the bracket is compared with the names
and aliases of the actors found so far: when its last words are one actor's name, the
handle is that actor's alias and the name a mention of it.
"""

from __future__ import annotations

import re

from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.handles.handle_after_name"
# up to four capitalised words, then "(@handle)"
_SIGNED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*\((@\w+)\)")


def handles_after_names(st: ActorState) -> None:
    """``actors.handles.handle_after_name``: "Name (@handle)" where no mention touches the name and
    the name's last one to four words are exactly one actor's name or alias (a person's or an
    organisation's; a state's handle is its government's, not the state's)."""
    by_name: dict[str, set[str]] = {}
    for aid, actor in st.ctx.actors.items():
        if actor.kind in ("person", "organization") and actor.named:
            for n in (actor.name, *actor.aliases):
                by_name.setdefault(fold(n), set()).add(aid)
    if not by_name:
        return
    for m in _SIGNED.finditer(st.text):
        words = list(re.finditer(r"\S+", m.group(1)))
        if st.ctx.actor_at(m.start(1), m.end(1)) is not None:
            continue  # a mention ends there: stated_aliases reads its handle
        for k in range(len(words)):  # the longest tail first: "Tomas Varga", not "Varga"
            start = m.start(1) + words[k].start()
            owners = by_name.get(fold(st.text[start:m.end(1)]), set())
            if len(owners) == 1:
                aid = next(iter(owners))
                st.add_alias(aid, m.group(2), RULE)
                st.ctx.add_mention(aid, start, m.end(1), RULE)
                st.ctx.add_mention(aid, m.start(2), m.end(2), RULE)
                break
