"""A release retold as a list of whom it freed: "the freed Danes included A, B and C" (s46-acts).

Why: after the lead sentence of a swap or a release, news text often names the other captives by
listing them under a noun of the freed ("among others, the freed fishermen included two cooks,
A and B"). No verb of freeing has them as its object, so no release frame reads them. The listing
verb (frame interactions.frames.release.include) is a release of each listed party when its
subject is a group marked by a participle of freeing (``release_participles`` of
listed_releases.toml, as a premodifier or a reduced clause: "the prisoners freed on Monday
include"); not "the talks included A", nor "the freed captives were happy", nor a subject whose
participle has its own object ("those who freed X include Y"). Census s46: two stories listed
freed captives so (five acts in three reports).

The freer (rule LISTED_FREER): the participle's by-phrase ("the Danes freed by X include"), else
the holder of captives of the subject's nationality, as for any agentless release of nationals
("the freed Danes": the story's side that is not Denmark, resolved by the story step); else the
one party the report has freeing captives before ("X freed A. The released hostages include two
nurses, B and C"); else the frame's further specs (the report's captor).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import HOLDER_OF, SOURCE, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.implicit import nationality
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.tree import child, prep_objects

LISTED_FREER = "interactions.listed_releases.listed_freer"
FILE = "listed_releases.toml"
LISTED_DEPS = ("dobj", "conj", "appos")  # the links of a list of names (not "the wife of B": pobj)
CAPTIVE_KINDS = ("person", "group")  # who is freed: people, never a state or a body


@dataclass(frozen=True)
class ListedWords:
    """The words of data/listed_releases.toml."""

    release_participles: frozenset[str]


listed_words = loader(ListedWords, FILE)


def _freeing_participle(subj: Token) -> Token | None:
    """The participle of freeing on the listing verb's subject ("the freed Danes", "the prisoners
    released on Monday"), with no object of its own."""
    for c in subj.children:
        if c.dep_ in ("amod", "acl") and c.lemma_.lower() in listed_words().release_participles \
                and child(c, "dobj", "nsubj") is None:
            return c
    return None


def _freed_subject(tok: Token) -> tuple[Token, Token] | None:
    """(subject, participle) of a listing verb whose subject is a group of the freed."""
    s = child(tok, "nsubj")
    p = _freeing_participle(s) if s is not None else None
    return (s, p) if s is not None and p is not None else None


def listed_captives(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The parties the listing verb names as its object ("included A, B and C"), when its subject is
    a group of the freed; none otherwise."""
    found = _freed_subject(tok)
    o = child(tok, "dobj")
    if found is None or o is None:
        return []
    out = [a for a in d.actors(o, deep=False) if _kind(d, a) in CAPTIVE_KINDS]  # not "no one from Norland"
    # a long list with descriptions ("A, a cook whose ship sank near Z, the
    # pilot B and C"): the parser hangs
    # later names under an earlier one's description; each named person listed (never an of-phrase's)
    for t in o.subtree:
        if t.pos_ == "PROPN" and t.dep_ in LISTED_DEPS:
            out.extend(a for a in d.actors(t, deep=False) if a not in out and _kind(d, a) == "person")
    return out


def _kind(d: Doc_, a: str) -> str | None:
    return getattr(d.ctx.actors.get(a), "kind", None)


def _earlier_freer(d: Doc_) -> list[str]:
    """The one party the report has freeing captives so far ("X freed A. The released hostages include two
    nurses, B and C"); none when two have (a swap) or none has."""
    found = {a for r in d.built if r.type == "release" for a in r.sources if not is_marker(a)}
    return list(found) if len(found) == 1 else []


def listed_freer(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule LISTED_FREER: the participle's by-phrase, else the holder of the subject's nationals."""
    found = _freed_subject(tok)
    if found is None:
        return []
    subj, part = found
    agents = [a for x in prep_objects(part, "by") for a in d.actors(x)]
    if not agents:
        nat = nationality(d, subj) or d.state_for(subj.text)  # "the freed Danes": Denmark's people
        agents = [HOLDER_OF + nat] if nat is not None else _earlier_freer(d)
    if agents:
        raw.infer(SOURCE, LISTED_FREER)
    return agents


LISTED_SPECS = {"listed_captives": listed_captives, "listed_freer": listed_freer}
