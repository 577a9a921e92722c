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
_NAME = r"[A-Z][\w'-]+"  # no full stop: a name never runs across a sentence's end
_PATTERN = re.compile(rf"\b({_NAME}(?: {_NAME})?) [\"“]((?:{_NAME}|[a-z][\w'-]*)(?: [\w'-]+){{0,3}})[\"”] "
                      rf"({_NAME})\b")


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
        given = _given_name(st, m.start(1), m.end(1), keep)
        # the surname alone may have been made an organisation ("Varga"): it is the same person
        rest = [a for a in dict.fromkeys(o for o in owners[1:] if o) if a != keep and (
            a in people or ctx.actors[a].name == m.group(3))]
        rest += [a.id for a in ctx.actors.values() if a.id not in rest and a.id != keep and a.name == m.group(3)
                 and a.kind == "organization" and not (a.aliases or a.descriptors or a.affiliation)]
        half_names = {ctx.actors[a].name for a in rest}
        for other in rest:
            st.merge(other, keep, RULE)
        a = ctx.actors[keep]
        full = f"{given} {m.group(3)}"
        if a.name != full:
            half_names.add(a.name)
            a.name = full
            ctx.trace(a, "name", RULE)
        a.aliases = [x for x in a.aliases if x not in half_names or x in (given, m.group(3))]  # not "Jet Varga"
        for alias in (m.group(2), m.group(2).split()[-1]):
            st.add_alias(keep, alias, RULE)
        st.add_mention(keep, m.start(1) + m.group(1).index(given), m.end(3), None, RULE)


def _given_name(st: ActorState, start: int, end: int, keep: str) -> str:
    """The given name before the quote: the person's own mention there ("On Monday Tomas": "Tomas"), else
    the capitalised words without a title, a demonym or a sentence's first word ("Lorvian President")."""
    words = st.text[start:end].split()
    for s, e, aid in st.ctx.mentions_in(start, end):
        if aid == keep and s >= start and e == end:
            words = st.text[s:e].split()
            break
    while len(words) > 1 and (words[0].lower().rstrip(".") in st.lx.person_nouns | st.lx.honorifics
                              or st.lx.demonym(words[0]) is not None or _sentence_start(st, start)):
        start += len(words[0]) + 1
        words.pop(0)  # "Commander Ola 'The Fox' Brandt", "Lorvian Tomas ...", "Monday Tomas ..."
    return " ".join(words)


def _sentence_start(st: ActorState, start: int) -> bool:
    """A capitalised word at a sentence's start is no evidence of a name."""
    index = st.ctx.index
    return index.sent_starts[index.sent_index(start)] == start
