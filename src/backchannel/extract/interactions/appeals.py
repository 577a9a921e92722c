"""Whom an appeal asks to act: the subject of its "for ... to" clause.

Why: "X called for Y to free the prisoners", "a statement calling for the council to free the
men", "X pressed for Y to withdraw": the party asked to act is the subject of an infinitive
clause the parser hangs on the verb with "for" as its marker, not an object or a prepositional
phrase the other frames read (rule FOR_CLAUSE_SUBJECT).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import child

FOR_CLAUSE_SUBJECT = "interactions.appeals.for_clause_subject"

W = words()


def for_clause_subject(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule FOR_CLAUSE_SUBJECT: the actors of the subject of a "for ... to" clause on the trigger
    (an infinitive: "called for Y to free them"; not "called for calm", no clause). A clause of
    coming home, or one whose subject is kin or captives ("pleaded for their sons to come home",
    "for the hostages to be freed"), asks nothing of its subject: no target."""
    for c in tok.children:
        if c.dep_ not in ("advcl", "ccomp", "xcomp") or c.tag_ != "VB":
            continue
        if not any(m.dep_ == "mark" and m.lower_ == W.purpose_prep for m in c.children):
            continue
        s = child(c, "nsubj")
        if s is None or c.lemma_.lower() in W.homecoming_verbs or s.lemma_.lower() in W.kin_nouns \
                or s.lemma_.lower() in d.lex.settings.captive_nouns:
            continue  # "pleaded for their sons to come home": no demand of the sons
        found = d.actors(s)
        if found:
            raw.trace["target"] = FOR_CLAUSE_SUBJECT
            return found
    return []


APPEAL_SPECS = {"for_subj": for_clause_subject}
