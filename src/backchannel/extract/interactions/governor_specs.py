"""Argument specs read on the word that governs an act noun (``gov_subj``, ``gov_prep:X``,
``gov_obj``, ``agent_coord``...): "Norland held talks with Y" gives the talks' source from the
verb they hang from. Registered in :mod:`.specs`, with the same signature as every spec reader.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import PAIR, SOURCE, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame, FramePos
from backchannel.extract.interactions.repair import SWALLOWED_SUBJECT, swallowed_subject
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, governor, is_passive, prep_objects

W = words()


def gov_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    noun = tok.pos_ in NOUN_POS or frame.pos == FramePos.NOUN
    g = governor(tok)
    if g is None:
        return []
    if g.dep_ == "pcomp" and g.head.head.pos_ == "ADJ" and g.head.head.lemma_.lower() in W.contribution_adjectives:
        # "X was critical to striking the accord": X helped; the sides struck it
        return [PAIR] if frame.symmetric else []
    s = logical_subject(g) if g.pos_ in VERB_POS else logical_subject(g.head) if g.dep_ == "acomp" else None
    if s is None and g.pos_ == "ADJ":
        s = logical_subject(g)
    if s is not None and s.i in range(tok.left_edge.i, tok.right_edge.i + 1):
        if (w := swallowed_subject(g)) is None or not w.left_edge.i <= s.i <= w.right_edge.i:
            return []  # the noun is its own governor's subject ("the talks were held")
        raw.trace["source"] = SWALLOWED_SUBJECT  # "In a call with A, B thanked": B, parsed inside
    if d.sides_leaders(s, raw):  # "the two countries' leaders reached a deal": the sides' leaders
        return [PAIR]
    return [PAIR] if d.pair_phrase(s, raw) else d.actors(s)  # "the leaders of the two states reached a deal"


def mediation_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"The work of Norland's mediation succeeded in producing an accord": the governing verb's
    subject is a mediation, not a party; the story's sides reached the deal (mediators: the story step)."""
    return [PAIR] if mediation_subject(d, tok) is not None else []


def mediation_subject(d: Doc_, tok: Token) -> Token | None:
    """The mediation noun in the subject of the verb governing ``tok`` ("the efforts of X mediation",
    "Swiss mediation efforts"), if any."""
    g = governor(tok)
    s = logical_subject(g) if g is not None and g.pos_ in VERB_POS else None
    if s is None or tok.left_edge.i <= s.i <= tok.right_edge.i:
        return None
    return next((t for t in s.subtree if t.pos_ in NOUN_POS and any(
        f.type == "mediate" and f.pos == FramePos.NOUN for f in d.lex.frames.get(t.lemma_.lower(), []))), None)


def gov_subj_make(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    g = governor(tok)
    if g is None or g.lemma_ not in d.lex.settings.make_verbs or tok.dep_ != "dobj" or tok.head.i != g.i:
        return []
    return d.actors(logical_subject(g))


def gov_prep(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    g = governor(tok)
    if g is None or tok.head.i != g.i:
        return []
    out: list[str] = []
    for x in prep_objects(g, spec[9:]):
        out.extend(a for a in d.actors(x) if a not in out)
    return out


def active_gov_by(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule interactions.specs.active_gov_by: "Q brokered the release of X by Y": the parser hangs
    the act noun's by-phrase on the active verb whose object the noun is; an active verb has no
    agent of its own, so the phrase is the noun's (never a passive's agent: "was welcomed by Y")."""
    g = tok.head
    if tok.dep_ != "dobj" or g.pos_ not in VERB_POS or is_passive(g):
        return []
    found = [a for x in prep_objects(g, "by") for a in d.actors(x)][:1]
    if found:
        raw.trace[SOURCE] = "interactions.specs.active_gov_by"
    return found


def agent_coord(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    g = governor(tok)
    if g is None or tok.dep_ != "nsubjpass":
        return []
    if any(f.type == "mediate" for f in d.lex.frames.get(g.lemma_.lower(), [])):
        return []  # "the talks were brokered by X": X mediates them, it is no party to them
    out: list[str] = []
    for x in prep_objects(g, "by"):
        out.extend(a for a in d.actors(x) if a not in out)
    return out


def gov_obj_actor(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    g = governor(tok)
    if g is None:
        return []
    o = child(g, "dobj")
    return d.actors(o, deep=False) if o is not None and o.i != tok.i else []


def gov_obj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The logical object of the verb the noun hangs from: "X was kept in the dark" -> X."""
    g = governor(tok)
    o = logical_object(g) if g is not None and g.pos_ in VERB_POS else None
    return d.actors(o, deep=False) if o is not None and o.i != tok.i else []
