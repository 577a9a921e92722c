"""Bare "authorities" as a speaker: the state of the report's dateline.

Why: the annotation conventions make a description of a government an alias of its state
("Russian authorities" is Russia), and a report datelined in a state's capital ("KESSEL —",
"KESSEL, Norland —") says "authorities said" for that state's authorities without naming it.
So a bare plural body (``dateline_bodies``: no determiner but "the", no modifier, no possessor)
speaks for the state of the dateline when that state is an actor of the report (rule
``claims.dateline.dateline_authorities``). A dateline that names two places ("A/B —"), or none,
or a place that is no state or capital, gives nothing; a qualified body ("Norland's authorities",
"local authorities", "the authorities in Lunde") is left to the other rules. The dateline says where
the reporter stands, not whose authorities speak: a sentence that names another state, place, people
or party ("KESSEL — Rebels freed two hostages in Varn, authorities said") could be about that one's
authorities, so it gives nothing either.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.context import Context
from backchannel.resolve.lexicon import fold, lexicon as actor_lexicon

RULE = "claims.dateline.dateline_authorities"

#: a dateline opening a paragraph: "KESSEL —", "KESSEL, Norland —", "KESSEL (OPA) -" (group 1 the city,
#: group 2 the state when written)
DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’ -]{2,}[A-Z])(?:,[ \t]*([A-Z][\w.'’ -]*?))?[ \t]*(?:\([^)\n]{2,40}\))?"
                      r"[ \t]*(?:[—–]+|-{1,2})[ \t]")
#: how far into the report a dateline may stand (bylines and a title come before it)
DATELINE_REACH = 600


def dateline_state(ctx: Context) -> str | None:
    """The actor id of the state the report's first dateline names (its capital or its name), if any."""
    notes = ctx.notes
    if "dateline_state" in notes:
        return notes["dateline_state"]  # type: ignore[return-value]
    found = None
    m = DATELINE.search(ctx.document.text[:DATELINE_REACH])
    if m is not None:
        lx = actor_lexicon()
        country = lx.country_name(m.group(2)) if m.group(2) else lx.capital(m.group(1))
        if country is not None:
            key = fold(country.name)
            found = next((aid for aid, a in ctx.actors.items()
                          if a.kind == "state" and a.named and fold(a.name) == key), None)
    notes["dateline_state"] = found
    notes["dateline_city"] = fold(m.group(1)) if m is not None else None
    return found


def _rival_named(ctx: Context, span: Span, state: str, lex: Lexicon) -> bool:
    """Whether the sentence of ``span`` names a state, place, people or non-person actor other than the
    dateline's state and city: the authorities could be that one's."""
    sent = span.sent
    own = fold(ctx.actors[state].name)
    lx = actor_lexicon()
    for s, e, aid in ctx.mentions_in(sent.start_char, sent.end_char):
        a = ctx.actors.get(aid)
        if aid != state and a is not None and a.named and a.kind != "person" \
                and (e <= span.start_char or s >= span.end_char):
            return True
    for ent in sent.ents:
        if ent.label_ not in lex.words.dateline_rival_labels or ent.start_char >= span.start_char \
                and ent.end_char <= span.end_char:
            continue
        country = lx.country(ent.text)
        if fold(ent.text) != ctx.notes.get("dateline_city") and (country is None or fold(country.name) != own):
            return True
    return False


def dateline_authorities(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str | None:
    """The dateline's state for a bare "authorities" speaker phrase; None for any other phrase."""
    if head.lower_ not in lex.words.dateline_bodies or head.tag_ != "NNS":
        return None
    for t in span:
        if t.i == head.i:
            continue
        if t.head.i != head.i or t.dep_ != "det" or t.lower_ not in lex.words.definite_determiners:
            return None  # a modifier, a possessor, a number or a prepositional phrase qualifies the body
    state = dateline_state(ctx)
    if state is None or _rival_named(ctx, span, state, lex):
        return None
    return state
