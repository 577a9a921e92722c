"""A nickname in quotes inside a full name: Tomas "Commander Jet" Varga.

Why: reports name guerrilla leaders, smugglers and envoys with a nickname quoted between the given
name and the surname; the tagger then cuts one person into two ("Tomas" and "Jet" Varga"), and
the later "Jet" or "Commander Jet" joins the wrong half. The person is the given name with the
surname, and the nickname is an alias.
"""

from __future__ import annotations

import re

from backchannel.extract.actors.state import ActorState

RULE = "actors.nicknames.quoted_nickname"
_NAME = r"[A-Z][\w'.-]+"
_PATTERN = re.compile(rf"\b({_NAME}(?: {_NAME}){{0,2}}) [\"“]((?:{_NAME}|[a-z][\w'-]*)(?: [\w'.-]+){{0,3}})[\"”] "
                      rf"({_NAME}(?: {_NAME})?)\b")


def quoted_nicknames(st: ActorState) -> None:
    """Given name, quoted nickname, surname (``actors.nicknames.quoted_nickname``): the persons the
    tagger made of the parts become one, named by the given name and surname, with the nickname (and
    its last word, "Jet" of "Commander Jet") as aliases. Only when a person covers a part: a quoted
    title between two names of organisations is left alone."""
    ctx = st.ctx
    for m in _PATTERN.finditer(st.text):
        parts = [(m.start(1), m.end(1)), (m.start(2), m.end(2)), (m.start(3), m.end(3))]
        owners = [ctx.actor_at(s, e) for s, e in parts]
        people = [a for a in dict.fromkeys(o for o in owners if o) if ctx.actors[a].kind == "person"]
        if not people or owners[0] is not None and owners[0] not in people:
            continue
        keep = people[0]
        for other in people[1:]:
            st.merge(other, keep, RULE)
        a = ctx.actors[keep]
        given = m.group(1).split()
        while len(given) > 1 and given[0].lower().rstrip(".") in st.lx.person_nouns | st.lx.honorifics:
            given.pop(0)  # "Commander Ola 'The Fox' Brandt": the title is no part of the name
        full = f"{' '.join(given)} {m.group(3)}"
        if a.name != full:
            if a.name not in a.aliases:
                a.aliases.append(a.name)
            a.name = full
            ctx.trace(a, "name", RULE)
        a.aliases = [x for x in a.aliases if x in st.text]  # not the tagger's half name ('Jet Varga')
        for alias in (m.group(2), m.group(2).split()[-1]):
            st.add_alias(keep, alias, RULE)
        st.add_mention(keep, m.start(1), m.end(3), None, RULE)
