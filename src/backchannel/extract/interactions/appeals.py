"""Whom an appeal asks to act: the subject of its "for ... to" clause.

Why: "X called for Y to free the prisoners", "a statement calling for the council to free the
men", "X pressed for Y to withdraw": the party asked to act is the subject of an infinitive
clause the parser hangs on the verb with "for" as its marker, not an object or a prepositional
phrase the other frames read (rule FOR_CLAUSE_SUBJECT). The nouns of asking read it too ("an
ultimatum for Y to leave the port", s46-acts), on the noun or on the verb it is the object of.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import NOUN_POS, child, prep_objects

FOR_CLAUSE_SUBJECT = "interactions.appeals.for_clause_subject"

W = words()


def _marked_clauses(heads: list[Token]) -> list[tuple[Token, Token]]:
    """(infinitive, its subject) of the "for Y to ..." clauses on the heads ("called for Y to free them")."""
    out = []
    for c in (c for h in heads for c in h.children):
        if c.dep_ not in ("advcl", "ccomp", "xcomp") or c.tag_ != "VB":
            continue
        s = child(c, "nsubj")
        if s is not None and any(m.dep_ == "mark" and m.lower_ == W.purpose_prep for m in c.children):
            out.append((c, s))
    return out


def _noun_for_objects(tok: Token) -> list[tuple[Token, Token]]:
    """(infinitive, the for-object) where the parser hung "for Y" and "to ..." apart on a noun of asking ("an
    ultimatum [for the militia] [to quit the port]", s46-acts)."""
    if tok.pos_ not in NOUN_POS:
        return []
    infs = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and child(c, "nsubj") is None
            and child(c, "aux") is not None]
    return [(infs[0], o) for o in prep_objects(tok, W.purpose_prep)] if infs else []


def for_clause_subject(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule FOR_CLAUSE_SUBJECT: the actors of the subject of a "for ... to" clause on the trigger
    (an infinitive: "called for Y to free them"; not "called for calm", no clause). A clause of
    coming home, or one whose subject is kin or captives ("pleaded for their sons to come home",
    "for the hostages to be freed"), asks nothing of its subject: no target."""
    # (s46-acts) a noun's clause may hang on the verb it is the object of ("gave an ultimatum for Y to leave")
    heads = [tok] + ([tok.head] if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" else [])
    for c, s in [*_marked_clauses(heads), *_noun_for_objects(tok)]:
        if c.lemma_.lower() in W.homecoming_verbs or s.lemma_.lower() in W.kin_nouns \
                or s.lemma_.lower() in d.lex.settings.captive_nouns:
            continue  # "pleaded for their sons to come home": no demand of the sons
        found = d.actors(s)
        if found:
            raw.trace["target"] = FOR_CLAUSE_SUBJECT
            return found
    return []


APPEAL_SPECS = {"for_subj": for_clause_subject}
