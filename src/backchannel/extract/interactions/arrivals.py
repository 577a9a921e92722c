"""A visit told by an arrival: "envoy X arrived in <State> on Monday", "X, who arrived in <capital> on
Saturday", "the delegation arrived in <capital> for talks".

Why: the visit frames read "visited Y", "flew to Y", "headed to Y to negotiate"; "arrived in Y" names the
place with "in" or "at", which no frame's destination read, so an envoy's visit to the other side's seat
was lost (census s45: three stories). The place must be a state (or a body) by name or the capital of a
state the report names (a city is no actor). Only an envoy arrives on a visit: a person or a group named by
a noun of envoys (``sent_party_nouns``: "delegation", "negotiators"); troops, refugees or freed captives
coming home are none (the report's captives are left out), and a traveller's own state is no visit (the
frame's ``other_side``). Words in data/arrivals.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import load_fields, read
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate
from backchannel.extract.interactions.captors import document_captors
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.resolve.lexicon import lexicon as places
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import RELATIVE_PRONOUNS, VERB_POS, antecedent, phrase, prep_objects

ARRIVAL_PLACE = "interactions.arrivals.arrival_place"  # the state arrived in, by name or by its capital
ARRIVING_ENVOY = "interactions.arrivals.arriving_envoy"  # the envoy who arrives
FILE = "arrivals.toml"


@dataclass(frozen=True)
class ArrivalWords:
    """The words of data/arrivals.toml."""

    arrival_preps: tuple[str, ...]
    visitor_kinds: frozenset[str]


@cache
def arrival_words() -> ArrivalWords:
    return load_fields(ArrivalWords, FILE, read(FILE))[0]


def _state_at(d: Doc_, x: Token) -> list[str]:
    """The actor a place phrase names, or the state whose capital it is ("in Lima" -> Peru)."""
    found = d.actors(x, deep=False)
    if found:
        return found[:1]
    c = places().capital(x.text) or places().capital(phrase(x).text)
    return [i for i, act in d.ctx.actors.items() if c is not None and act.name == c.name][:1]


def arrival_place(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule ARRIVAL_PLACE: the state (or body) of the first in/at phrase on the verb of arriving."""
    if tok.pos_ not in VERB_POS:
        return []
    for p in arrival_words().arrival_preps:
        for x in prep_objects(tok, p):
            found = _state_at(d, x)
            if found:
                raw.trace[TARGET] = ARRIVAL_PLACE
                return found
    return []


def _envoy(d: Doc_, aid: str, held: set[str]) -> bool:
    """A person or a group named by a noun of envoys, not one of the report's captives."""
    act = d.ctx.actors.get(aid)
    if act is None or aid in held:
        return False
    head = act.name.casefold().split()[-1] if act.name.split() else ""
    return act.kind in arrival_words().visitor_kinds or head.rstrip("s") in d.lex.settings.sent_party_nouns \
        or head in d.lex.settings.sent_party_nouns


def _relative_antecedent(tok: Token) -> Token | None:
    """"X, who has become Y and who arrived in Z": the noun a (second, conjoined) relative clause
    describes, up the chain of conjoined verbs to the relative clause."""
    v = tok
    for _ in range(4):
        if v.dep_ == "relcl":
            return antecedent(v)
        if v.dep_ != "conj":
            return None
        v = v.head
    return None


def arriving_envoy(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule ARRIVING_ENVOY: the subject of the verb of arriving, when it is an envoy (see the module)."""
    _, held = document_captors(d)
    s = logical_subject(tok)
    if s is not None and s.lower_ in RELATIVE_PRONOUNS:
        s = _relative_antecedent(tok) or s
    found = [a for a in d.actors(s) if _envoy(d, a, held)]
    if found:
        raw.trace[SOURCE] = ARRIVING_ENVOY
    return found


ARRIVAL_SPECS = {"arrival_place": arrival_place, "arriving_envoy": arriving_envoy}
