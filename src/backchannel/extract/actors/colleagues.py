"""A minister with no stated state: the state of the report's other office-holders.

Why: a report about one government names its ministers by bare titles ("Finance Minister X",
"Foreign Minister Y") and states the country once, on another office-holder ("<demonym> Prime
Minister Z") or in a sentence far from the title. Every governmental title of one government in a
report points at that government's state.
"""

from __future__ import annotations

from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor

RULE = "actors.colleagues.cabinet_colleague"


def cabinet_colleagues(st: ActorState) -> None:
    """A named person with a governmental title and no side, where every other person of the report with
    a governmental title and a state's side has the same state, takes that state. Two states among
    them (two governments' ministers): none; nor a second holder of a sole office of that state (a
    second prime minister is another state's). Titles of the past ("former") do not count."""
    acts = st.ctx.actors
    titled = [a for a in acts.values() if a.kind == "person" and _government_title(st, a)]
    states = {a.affiliation for a in titled
              if a.affiliation in acts and acts[a.affiliation].kind == "state" and a.traced("affiliation") != RULE}
    if len(states) != 1:
        return
    state = next(iter(states))
    held = {t for a in titled if a.affiliation == state for t in _titles(st, a)}
    for a in titled:
        if a.affiliation is None and a.named and a.id not in st.owners and not _titles(st, a) & held:
            a.affiliation = state
            st.ctx.trace(a, "affiliation", RULE)


def _government_title(st: ActorState, a: Actor) -> bool:
    """Has a current cabinet title ("Finance Minister", "Deputy Foreign Minister", "Prime Minister")."""
    lx = st.lx
    for d in a.descriptors:
        words = d.lower().split()
        if words and not set(words) & lx.words.past_title_words and words[-1] in lx.words.cabinet_heads:
            return True
    return False


def _titles(st: ActorState, a: Actor) -> set[str]:
    """The sole offices a person's descriptors name ("prime minister"): one state has one holder of each,
    so a second prime minister is another state's."""
    out = set()
    for d in a.descriptors:
        words = d.lower().split()
        for o in st.lx.words.sole_offices:
            n = len(o.split())
            if words[-n:] == o.split() and not set(words[:-n]) & st.lx.words.second_rank_words:
                out.add(o)
    return out
