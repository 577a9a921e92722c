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

from spacy.tokens import Token

from backchannel.data_loader import loader
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
    qualified_acts: frozenset[str]
    act_qualifiers: frozenset[str]
    captive_acts: frozenset[str]
    captive_heads: frozenset[str]
    not_mediation_modifiers: frozenset[str]
    story_talk_lemmas: frozenset[str]
    present_tags: frozenset[str]
    having_verbs: frozenset[str]
    other_role_preps: frozenset[str]


played_role_words = loader(PlayedRoleWords, FILE)


def _phrases(tok: Token, verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the listed prepositions on the role noun or on its verb."""
    return [o for h in (tok, verb) for p in preps for o in prep_objects(h, p)]


def _denied(d: Doc_, tok: Token, verb: Token) -> bool:
    """"X played no role", "X did not / never played a role", "X denied playing a role": a part denied
    names no mediator (the talks are a topic there; the denial of a go-between is the across stage's,
    resolve/across/denialrole.py)."""
    if any(c.dep_ == "det" and c.lower_ == words().negative_det for c in tok.children):
        return True
    if any(c.dep_ == "neg" for c in verb.children):  # "did not play", "never played"
        return True
    return verb.dep_ != "ROOT" and verb.head.lemma_.lower() in d.lex.settings.negating_heads


def _modifiers(tok: Token) -> set[str]:
    """The lemmas of a noun's adjective and compound modifiers ("a destructive role", "the arms deal")."""
    return {w for c in tok.children if c.dep_ in ("amod", "compound", "nmod") for w in (c.lemma_.lower(), c.lower_)}


def _not_yet(tok: Token, verb: Token) -> bool:
    """"X has a role to play in the talks", "X has a role in any future talks": a part one has now, in acts
    to come, is no part played."""
    w = played_role_words()
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in w.role_verbs for c in tok.children):
        return True
    return verb.lemma_.lower() in w.having_verbs and verb.tag_ in w.present_tags


def _captive(d: Doc_, obj: Token) -> bool:
    """Is what is given back a captive: a named actor, a person or group, or a captive noun ("the sailors")?
    A thing named after its owner ("the Westair jet") is none."""
    w = played_role_words()
    if obj.ent_type_ in ("PERSON", "NORP") or obj.lemma_.lower() in w.captive_heads:
        return True
    return obj.pos_ == "PROPN" and bool(d.actors(obj))


def _mediated_act(d: Doc_, act: Token) -> bool:
    """Is ``act`` an act a mediator takes part in: talks, a deal, a release of captives, a peace process;
    not one a modifier rules out ("the arms deal"), a release of things ("the release of the new jet")."""
    w = played_role_words()
    lemma, mods = act.lemma_.lower(), _modifiers(act)
    if mods & w.not_mediation_modifiers:
        return False
    if lemma in w.qualified_acts:
        return bool(mods & w.act_qualifiers)
    if lemma not in w.mediated_acts and lemma not in w.captive_acts:
        return False
    given = prep_objects(act, "of") if lemma in w.captive_acts else []
    return all(_captive(d, g) for g in given)


def _talks_told(d: Doc_) -> bool:
    """Does the story tell talks or an agreement ("held talks", "met", "signed a deal")? A bare part
    ("X also played a role") is mediation only there: in a story of clashes it is a part in them."""
    lemmas = played_role_words().story_talk_lemmas
    return any(t.lemma_.lower() in lemmas for t in d.ctx.doc)


def mediated_part(d: Doc_, tok: Token) -> Token | None:
    """The verb of "X played a role (in an act a mediator takes part in)", or None: another verb,
    a part in another act, a part of another kind ("as host", "of the press", "a destructive role"),
    a part denied, or a part to play in acts to come."""
    w = played_role_words()
    verb = governor(tok)
    if verb is None or verb.pos_ not in VERB_POS or verb.lemma_.lower() not in w.role_verbs or _denied(d, tok, verb):
        return None
    if _phrases(tok, verb, w.other_role_preps) or _modifiers(tok) & w.not_mediation_modifiers or _not_yet(tok, verb):
        return None
    acts = _phrases(tok, verb, w.act_preps)
    if not acts and not _talks_told(d):
        return None
    if not all(_mediated_act(d, measured(a) or a) for a in acts):
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
