"""A minister with no stated state: the state of the report's other office-holders.

Why: a report about one government names its ministers by bare titles ("Finance Minister X",
"Foreign Minister Y") and states the country once, on another office-holder ("<demonym> Prime
Minister Z") or in a sentence far from the title. Every governmental title of one government in a
report points at that government's state.
"""

from __future__ import annotations

from backchannel.extract.actors.side import _party_title_words
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

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


SOLE_STATE = "actors.colleagues.sole_state_official"


def sole_state_officials(st: ActorState) -> None:
    """A named person with a current governmental office ("President X", "the Minister of Information,
    X", "Information minister X") and no side, in a report that names one state only (a federated unit is none):
    that state. Why: a report about one country names its office-holders by bare titles and its country
    in passing, far from them; with a second state in the report the office could be either's, and
    nothing is set."""
    units = set(st.units.values())
    states = [a.id for a in st.ctx.actors.values() if a.kind == "state" and a.id not in units]
    if len(states) != 1 or not _named_state(st, st.ctx.actors[states[0]]):
        return
    state = states[0]
    for a in st.ctx.actors.values():
        if a.kind == "person" and a.named and a.affiliation is None and a.id not in st.owners \
                and _state_office(st, a) and not _acts_toward(st, a.id, st.ctx.actors[state]):
            a.affiliation = state
            st.ctx.trace(a, "affiliation", SOLE_STATE)


def _acts_toward(st: ActorState, person: str, state: Actor) -> bool:
    """The person is the subject of a verb whose object or prepositional phrase is the state ("President X
    visited Germany", "X arrived in Vesterland", "X met its leaders in Norway"): a state the office-holder
    goes to or deals with is the other side or a venue, not shown to be the person's own."""
    for m in state.mentions:
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and st.ctx.actor_for_token(c) == person for c in gov.children):
            return True
    return False


def _named_state(st: ActorState, state: Actor) -> bool:
    """The state is named by name, capital or its government somewhere, or one of its organs is, not only by a
    nationality ("Norwegian soldier X": a private person's nationality says nothing of the minister who thanks
    him)."""
    lx = st.lx
    if any(a.kind == "organization" and a.affiliation == state.id for a in st.ctx.actors.values()):
        return True  # one of its organs is named ("the <demonym> Army")
    for m in state.mentions:
        text = fold(st.text[m.start:m.end])
        if text in lx.by_name or text in lx.by_capital or any(w in lx.gov_nouns for w in text.split()):
            return True
    return False


def _state_office(st: ActorState, a: Actor) -> bool:
    """A current cabinet title or a sole office among the person's descriptors ("Minister of Defense",
    "President", "National Security Adviser"); never a past one ("former president"), nor a party's or
    movement's ("opposition leader", "president of the rebel council"), nor "<office> of" a body that is
    no government's ("president of the Red Cross")."""
    lx = st.lx
    party = _party_title_words()
    for d in a.descriptors:
        words = d.lower().split()
        if not words or set(words) & lx.words.past_title_words or {w.rstrip("s") for w in words} & party:
            continue
        phrase = " ".join(words)
        if set(words) & lx.words.cabinet_heads or any(phrase == o or phrase.endswith(" " + o) for o in
                                                      lx.words.sole_offices):
            return True
        if any(phrase.startswith(o + " of ") and _governmental_body(st, phrase[len(o) + 4:])
               for o in lx.words.sole_offices):
            return True
    return False


def _governmental_body(st: ActorState, body: str) -> bool:
    """"(the) Republic", "Norland", "the Norland government", "the Interior Ministry": a state or a state's organ
    (an actor of the report by that name), or a phrase with a noun of government."""
    lx = st.lx
    words = body.split()
    if set(words) & (lx.gov_nouns | lx.words.governmental_words | lx.words.state_office_bodies):
        return True
    text = fold(" ".join(w for w in words if w != lx.words.definite_article))
    if text in lx.by_name or text in lx.by_capital:
        return True
    acts = st.ctx.actors
    return any(fold(a.name) == text and (a.kind == "state" or getattr(acts.get(a.affiliation or ""), "kind", None)
                                          == "state") for a in acts.values())
