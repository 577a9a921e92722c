"""Mediation told as a part played in the act between two sides: "X played a key role in the
talks", "the release, in which X played a crucial role", "even X played a role".

Why: a third party credited with a part in the talks, the deal or the release of captives stands
between the sides (gold convention: ``mediate``, one record per party); the noun "role" has no
frame of its own outside thanks (thanked_roles.py), so the one credited was lost. Only the
verbs of having a part (``role_verbs``), and only an act a mediator can take part in
(``mediated_acts``) or none named: "played a role in the attack", "a role as host", "the role of
the press" are no mediation. The act may hang on the noun or on the verb ("played a role in the
talks" is parsed both ways). The sides are the frame's targets (the between-phrase or the story's
two sides); a side's own part is dropped with the sides by the story step. Words in
data/played_roles.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import load_fields, read
from backchannel.extract.interactions.candidate import SOURCE, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import VERB_POS, governor, measured, prep_objects

PLAYED_ROLE = "interactions.played_roles.played_role"
FILE = "played_roles.toml"


@dataclass(frozen=True)
class PlayedRoleWords:
    """The words of data/played_roles.toml."""

    role_verbs: frozenset[str]
    act_preps: frozenset[str]
    mediated_acts: frozenset[str]
    other_role_preps: frozenset[str]


@cache
def played_role_words() -> PlayedRoleWords:
    return load_fields(PlayedRoleWords, FILE, read(FILE))[0]


def _phrases(tok: Token, verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the listed prepositions on the role noun or on its verb."""
    return [o for h in (tok, verb) for p in preps for o in prep_objects(h, p)]


def _denied(d: Doc_, tok: Token, verb: Token) -> bool:
    """"X played no role", "X denied playing a role": a part denied names no mediator (the talks are a
    topic there; the denial of a go-between is the across stage's, resolve/across/denialrole.py)."""
    if any(c.dep_ == "det" and c.lower_ == words().negative_det for c in tok.children):
        return True
    return verb.dep_ != "ROOT" and verb.head.lemma_.lower() in d.lex.settings.negating_heads


def mediated_part(d: Doc_, tok: Token) -> Token | None:
    """The verb of "X played a role (in an act a mediator takes part in)", or None: another verb,
    a part in another act, a part of another kind ("as host", "of the press"), or a part denied."""
    w = played_role_words()
    verb = governor(tok)
    if verb is None or verb.pos_ not in VERB_POS or verb.lemma_.lower() not in w.role_verbs or _denied(d, tok, verb):
        return None
    if _phrases(tok, verb, w.other_role_preps):
        return None
    acts = _phrases(tok, verb, w.act_preps)
    if any((measured(a) or a).lemma_.lower() not in w.mediated_acts for a in acts):
        return None
    return verb


def played_role(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule PLAYED_ROLE: the subject of the verb of playing a part in a mediated act."""
    verb = mediated_part(d, tok)
    if verb is None:
        return []
    found = d.actors(logical_subject(verb))
    if found:
        raw.trace[SOURCE] = PLAYED_ROLE
    return found


PLAYED_ROLE_SPECS = {"played_role": played_role}
