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

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate
from backchannel.extract.interactions.captors import document_captors
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.participants import destination
from backchannel.resolve.lexicon import lexicon as places
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import RELATIVE_PRONOUNS, VERB_POS, antecedent, prep_objects

ARRIVAL_PLACE = "interactions.arrivals.arrival_place"  # the state arrived in, by name or by its capital
ARRIVING_ENVOY = "interactions.arrivals.arriving_envoy"  # the envoy who arrives
FILE = "arrivals.toml"


@dataclass(frozen=True)
class ArrivalWords:
    """The words of data/arrivals.toml."""

    arrival_preps: tuple[str, ...]
    visitor_kinds: frozenset[str]
    purpose_verbs: frozenset[str]
    purpose_nouns: frozenset[str]
    go_between_types: frozenset[str]
    freed_types: frozenset[str]


arrival_words = loader(ArrivalWords, FILE)


def arrival_place(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule ARRIVAL_PLACE: the state (or body) of the first in/at phrase on the verb of arriving."""
    if tok.pos_ not in VERB_POS:
        return []
    for p in arrival_words().arrival_preps:
        found = destination(d, tok, (p,), deep=False)
        if found:
            raw.trace[TARGET] = ARRIVAL_PLACE
            return found[:1]
    return []


def _for_talks(verb: Token) -> bool:
    """Does the arrival come for talks ("arrived in Y for talks", "arrived to meet X")?"""
    w = arrival_words()
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in w.purpose_verbs for c in verb.children):
        return True
    return any(o.lemma_.lower() in w.purpose_nouns for o in prep_objects(verb, "for"))


def _official(d: Doc_, aid: str, s: Token | None) -> bool:
    """A person with an official's title or role ("envoy Anna Berg", "the foreign minister"), one sent
    ("Norland sent Anna Berg, who arrived ..."), or the story's go-between so far ("the captives were freed to
    the custody of X", "X mediated")."""
    act = d.ctx.actors[aid]
    titled = any(places().is_title(w) or w in d.lex.settings.sent_party_nouns
                 for desc in act.descriptors for w in desc.casefold().split())
    if titled or s is not None and s.dep_ == "dobj" and s.head.lemma_.lower() in d.lex.settings.sending_verbs:
        return True
    types = arrival_words().go_between_types
    return any(aid in r.via or r.type in types and aid in r.sources for r in d.built)


def _envoy(d: Doc_, aid: str, held: set[str], verb: Token, s: Token | None) -> bool:
    """An official person (or one coming for talks), or a group named by a noun of envoys, not one of the
    report's captives nor one freed or handed over in it."""
    act = d.ctx.actors.get(aid)
    if act is None or aid in held or any(r.type in arrival_words().freed_types and aid in r.targets for r in d.built):
        return False
    if act.kind in arrival_words().visitor_kinds:
        return _official(d, aid, s) or _for_talks(verb)
    head = act.name.casefold().split()[-1] if act.name.split() else ""
    nouns = d.lex.settings.sent_party_nouns
    return head in nouns or head.endswith("s") and head[:-1] in nouns


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
    found = [a for a in d.actors(s) if _envoy(d, a, held, tok, s)]
    if found:
        raw.trace[SOURCE] = ARRIVING_ENVOY
    return found


ARRIVAL_SPECS = {"arrival_place": arrival_place, "arriving_envoy": arriving_envoy}
