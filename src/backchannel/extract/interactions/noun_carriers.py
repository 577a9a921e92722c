"""Arguments of an act noun told on the clause that carries it (rule id
``interactions.noun_carriers.carrier_argument``).

Why: an act noun often has its parties not in its own phrase but on a reduced participle or a
relative clause whose object it is: "the offer made by X to Y", "the demands X issued to Y", "the
blockade (that) X imposed on Y", "an agreement negotiated between A and B", "the talks X held
with Y". When the clause's verb is one that does the act the noun names (its noun class's
``carriers`` in ``data/nominal.toml``: making an offer, imposing a blockade, holding talks), the
clause's agent is the noun's agent and the clause's prepositional phrases are the noun's own.
A verb of reacting to the act lends nothing ("the offer rejected by Y": Y answers it; "the talks
hosted by X": a host is no party), nor does a clause with an object of its own ("the talks that
ended the war"), nor a relative clause whose subject is the noun itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.nominal_specs import noun_class
from backchannel.syntax.tree import NOUN_POS, RELATIVE_PRONOUNS, VERB_POS, child, is_passive, prep_objects

CARRIER_ARGUMENT = "interactions.noun_carriers.carrier_argument"
PREP = "prep:"


def _lemma(v: Token) -> str:
    prt = child(v, "prt")
    return f"{v.lemma_.lower()} {prt.lower_}" if prt is not None else v.lemma_.lower()


def carrier(tok: Token, verbs: frozenset[str]) -> Token | None:
    """The clause on the noun whose object gap it fills and whose verb is one of ``verbs``: a
    reduced passive participle ("the offer made by X") or a relative clause ("the blockade X
    imposed", "the offer that was made by X"), with no object of its own."""
    for c in tok.children:
        o = child(c, "dobj")
        if c.pos_ not in VERB_POS or (o is not None and o.lower_ not in RELATIVE_PRONOUNS):
            continue  # ("the blockade that X imposed": the relative pronoun is the noun's gap)
        reduced = c.dep_ == "acl" and c.tag_ == "VBN"
        if not (reduced or c.dep_ == "relcl"):
            continue
        s = child(c, "nsubj")
        if s is not None and s.lower_ in RELATIVE_PRONOUNS:
            continue  # "the talks that ended the war": the noun is its subject
        if _lemma(c) in verbs or c.lemma_.lower() in verbs:
            return c
    return None


def _agent(d: Doc_, v: Token) -> list[str]:
    """The carrier's doer: the by-phrase of a participle or passive, else the relative clause's subject."""
    if v.dep_ == "acl" or is_passive(v):
        return [a for x in prep_objects(v, "by") for a in d.actors(x)]
    s = child(v, "nsubj")
    return d.actors(s) if s is not None else []


def _phrases(d: Doc_, specs: tuple[str, ...], v: Token, taken: list[str]) -> list[str]:
    """Actors of the first of the noun's prepositional specs that the carrier has a phrase for (or
    the carrier's agent has, where the parser hangs it: "carried out by X against Y")."""
    heads = [v] + [x for x in prep_objects(v, "by") if d.actors(x, deep=False)]
    for sp in specs:
        if not sp.startswith(PREP) or sp in (PREP + "by", PREP + "of"):
            continue
        found = [a for h in heads for x in prep_objects(h, sp[len(PREP):]) for a in d.actors(x) if a not in taken]
        if found:
            return list(dict.fromkeys(found))
    return []


def carrier_arguments(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Rule CARRIER_ARGUMENT: fill the empty slots of a noun trigger from its carrier clause: the
    source from its agent (or its prepositional phrases, for a symmetric noun's "between"), the
    target from its prepositional phrases, by the frame's specs and then its noun class's."""
    if fr.pos != FramePos.NOUN or tok.pos_ not in NOUN_POS:
        return
    cls = noun_class(tok.lemma_.lower(), fr.type)
    if cls is None or not cls.carriers:
        return
    v = carrier(tok, cls.carriers)
    if v is None:
        return
    if not any(not is_marker(a) for a in raw.sources):
        found = _agent(d, v) or _phrases(d, tuple(dict.fromkeys(fr.source + cls.agent)), v, raw.targets)
        found = [a for a in found if a not in raw.targets]
        if found:
            raw.sources = found
            raw.trace[SOURCE] = CARRIER_ARGUMENT
    if not any(not is_marker(a) for a in raw.targets):
        found = _phrases(d, tuple(dict.fromkeys(fr.target + cls.patient)), v, raw.sources)
        if found:
            raw.targets = found
            raw.trace[TARGET] = CARRIER_ARGUMENT
