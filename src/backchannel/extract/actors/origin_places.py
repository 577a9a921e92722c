"""A town named only as where people taken come from: "the Lunde schoolgirls", "pupils taken from Lunde".

Why: a small town the tagger does not know is often read as an organisation (an unknown one-word
name before "girls"), and then the report's armed group's descriptions ("the insurgents") and the captives'
name attach to a body that does not exist. A single-word name whose every use is a place (the late
``drop_place_names`` uses: "in Lunde", "the town of Lunde") or the origin of a group of people taken
(a modifier of a noun of ``taken_nouns``: "105 Lunde girls"; "from Lunde" beside one) is no actor.
It runs early, before descriptions and aliases attach to the false body.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader

from backchannel.extract.actors.abductions import words
from backchannel.extract.actors.merges import mention_roots, place_use
from backchannel.extract.actors.state import ActorState
from backchannel.resolve.lexicon import fold

RULE = "actors.origin_places.origin_of_taken"
SCHOOL = "actors.origin_places.school_scene"
FILE = "origin_places.toml"


def drop_origin_places(st: ActorState) -> None:
    """Drop a one-word name the tagger made a person or organisation whose uses are all places, at
    least one of them the origin of people taken ("the Lunde schoolgirls") or a place of
    ``drop_place_names`` ("released in Lunde"; not only "from Lunde"), and which nothing else ties to
    the report yet (no alias, descriptor or side). Every token of the report with the name's text is
    read, not only the tagged mentions: "Varnair later paid" the tagger left untagged is a party's use."""
    lx = st.lx
    for a in list(st.ctx.actors.values()):
        if not a.named or a.kind not in ("person", "organization") or a.affiliation or a.descriptors \
                or a.aliases or len(a.name.split()) != 1 or a.name.lower() in lx.org_words \
                or lx.country(a.name) or lx.bloc(a.name) or st.is_outlet(a.name) \
                or not (a.rule or "").rsplit(".", 1)[-1].startswith("ner_"):
            continue
        roots = mention_roots(st, a, one_word=True)
        if roots is None or not any(_origin(r) or place_use(st, r) for r in roots):
            continue
        roots += [t for t in st.doc if t.text == a.name]
        if all(_origin(r) or _from_place(st, r) or place_use(st, r) for r in roots) and not any(
                other.affiliation == a.id for other in st.ctx.actors.values()):
            _drop(st, a.id, RULE)


def drop_school_places(st: ActorState) -> None:
    """A school named by the tagger as an organisation ("the Lunde Government Secondary School") whose
    every use is where its pupils were taken from or belong ("abducted from X", "at X", "pupils of X",
    "X pupils") is the scene, no party: gunmen take pupils from a school, the school does nothing."""
    for a in list(st.ctx.actors.values()):
        if not a.named or a.kind != "organization" or a.affiliation or a.descriptors \
                or not set(a.name.lower().split()) & places().school_nouns \
                or not (a.rule or "").rsplit(".", 1)[-1].startswith("ner_") \
                or any(fold(x) not in fold(a.name) and fold(a.name) not in fold(x) for x in a.aliases):
            continue
        roots = mention_roots(st, a)
        if roots is not None and all(
                _origin(r) or _of_taken(st, r) or _from_place(st, r) or place_use(st, r)
                for r in map(_phrase_head, roots)):
            _drop(st, a.id, SCHOOL)


def _phrase_head(tok: Token) -> Token:
    """ "Secondary School" of "the Secondary School Lunde": the proper-noun chain's head."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _of_taken(st: ActorState, tok: Token) -> bool:
    """ "the students of X", "schoolboys of X": the name is what the people taken belong to."""
    return tok.dep_ == "pobj" and tok.head.lower_ == st.lx.words.of and (
        tok.head.head.lemma_.lower() in words().taken_nouns or tok.head.head.lower_ in words().taken_nouns)


def _drop(st: ActorState, aid: str, rule: str) -> None:
    """Remove the actor and every index the names step keeps of it (so no later step reads it)."""
    for m in st.ctx.actors[aid].mentions:
        st.vetoed.append((m.start, m.end, rule))
    st.ctx.remove_actor(aid)
    st.named[:] = [nm for nm in st.named if nm.aid != aid]
    for k in [k for k, v in st.token_actor.items() if v == aid]:
        del st.token_actor[k]


def _origin(tok: Token) -> bool:
    """ "the Lunde schoolgirls", "105 Lunde girls", "Lunde residents": the name modifies a plural noun
    of people taken or of people who live there (``residence_nouns``). Not a singular one: "a Lunde
    student" is one person's institution, which may be an actor of its own."""
    nouns = words().taken_nouns | places().residence_nouns
    return tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i and tok.head.tag_ in ("NNS", "NNPS") \
        and (tok.head.lemma_.lower() in nouns or tok.head.lower_ in nouns)


@dataclass(frozen=True)
class OriginWords:
    residence_nouns: frozenset[str]
    school_nouns: frozenset[str]


# The words of ``data/origin_places.toml``.
places = loader(OriginWords, FILE)


def _from_place(st: ActorState, tok: Token) -> bool:
    """ "from Lunde", "back into Lunde": the name after a preposition of direction."""
    return tok.dep_ == "pobj" and tok.head.lower_ in st.lx.words.direction_preps
