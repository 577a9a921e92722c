"""A state called by the kind of state it is: "the Sultanate", "the Kingdom", "the Emirate".

Why: a report names a state once ("Oman", "Saudi Arabia") and then, for variety, by the first word
of its official name ("the Sultanate's contacts", "the Kingdom said"). The model tags that word as an
organisation, which would be a second actor for the state.
"""

from __future__ import annotations

from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

RULE = "actors.state_kinds.state_by_kind"


def state_kind_names(st: ActorState) -> None:
    """A one-word capitalised name written only after "the" ("the Sultanate") is the one state of the
    report whose official name (its aliases, in the text or the gazetteer) is "<that word> of ..."
    ("Sultanate of Oman"); two such states ("the Kingdom" beside Saudi Arabia and Jordan), or none,
    leave it alone. The model's label does not matter ("Kingdom" is often its GPE)."""
    acts = st.ctx.actors
    states = [a for a in acts.values() if a.kind == "state" and st.lx.country(a.name)]
    for a in list(acts.values()):
        if a.id not in acts or st.lx.country(a.name) or " " in a.name.strip() or not a.name[:1].isupper() \
                or not a.mentions or not all(_after_the(st, m.start) for m in a.mentions):
            continue
        kind = fold(a.name) + " of "
        fits = [s for s in states if any(fold(n).startswith(kind) for n in _official_names(st, s))]
        if len(fits) == 1:
            st.merge(a.id, fits[0].id, RULE)


def _after_the(st: ActorState, start: int) -> bool:
    """The mention follows the definite article ("the Sultanate", "The Kingdom")."""
    art = st.lx.words.definite_article
    return st.text[max(0, start - len(art) - 1):start].lower() == art + " "


def _official_names(st: ActorState, state: Actor) -> list[str]:
    """The state's names: its own aliases and the gazetteer's."""
    country = st.lx.country(state.name)
    return [*state.aliases, *(country.aliases if country else ())]
