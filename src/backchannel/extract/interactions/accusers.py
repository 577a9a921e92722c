"""Who accuses a captive: the issuer of the warrant they were arrested on, else their holder.

Why: reports give the charge a captive is held on in an agentless clause on the arrest ("X was
detained in Norland and accused of spying", "X, held in Norland since April, charged with
espionage", "arrested on charges of spying", "detained on a Vesterland warrant"). The accuser is
not said, but the report says who holds the captive (custody.py) or whose warrant the arrest
served: the holder (rule HELD_ACCUSER) or the warrant's state (rule WARRANT_ISSUER) brings the
charge. An accusation whose accuser the text names ("Norland accused X") never reaches here:
the frame tries the subject first.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, Candidate
from backchannel.extract.interactions.custody import document_custody
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import VERB_POS, child, governor, is_passive, prep_objects

HELD_ACCUSER = "interactions.accusers.holder"
WARRANT_ISSUER = "interactions.accusers.warrant_issuer"

W = words()


def _verbs(tok: Token) -> list[Token]:
    """The verb the charge hangs on and the arrest it is coordinated with or attached to ("arrested
    and charged with", "detained ..., accused of", "arrested on charges of")."""
    v = tok if tok.pos_ in VERB_POS else governor(tok)
    out: list[Token] = []
    for _ in range(3):
        if v is None or v.pos_ not in VERB_POS or v in out:
            break
        out.append(v)
        v = v.head if v.dep_ in ("conj", "advcl", "acl") else None
    return out


def _issuer(d: Doc_, verbs: list[Token]) -> list[str]:
    """The state named on a warrant the arrest served ("on a Vesterland warrant", "on Vesterland's
    warrant")."""
    for v in verbs:
        for p in ("on", "under"):
            for x in prep_objects(v, p):
                if x.lemma_.lower() not in W.warrant_nouns:
                    continue
                for m in x.children:
                    if m.dep_ not in ("compound", "amod", "poss", "nmod"):
                        continue
                    found = [a for a in d.actors(m, deep=False)
                             if getattr(d.ctx.actors.get(a), "kind", None) == "state"]
                    state = found[0] if found else d.state_for(m.text)
                    if state is not None:
                        return [state]
    return []


def holder_accuser(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rules WARRANT_ISSUER and HELD_ACCUSER: the accuser of an agentless charge against a captive
    (marked inferred); nothing when the accused is no captive the report places in custody and
    no warrant names a state."""
    if not raw.targets:
        return []
    verbs = _verbs(tok)
    found = [a for a in _issuer(d, verbs) if a not in raw.targets]
    rule = WARRANT_ISSUER
    if not found:
        holder = document_custody(d).get(raw.targets[0])
        found, rule = ([holder] if holder is not None and holder not in raw.targets else []), HELD_ACCUSER
    if found:
        raw.infer(SOURCE, rule)
    return found


def _gapped(tok: Token) -> bool:
    """"X was arrested and charged with spying": a verb coordinated with a passive, with no subject,
    object or auxiliary of its own, shares the passive (the parser tags it a past tense)."""
    return (tok.pos_ in VERB_POS and tok.dep_ == "conj" and is_passive(tok.head)
            and all(child(tok, dep) is None for dep in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass")))


def gapped_object(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The accused of a gapped passive charge: the passive subject it shares."""
    o = logical_object(tok.head) if _gapped(tok) else None
    return d.actors(o) if o is not None else []


def gapped_holder(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """The accuser of a gapped passive charge (never its parsed subject, the accused)."""
    return holder_accuser(d, spec, tok, frame, raw) if _gapped(tok) else []


ACCUSER_SPECS = {"holder": holder_accuser, "gapped_obj": gapped_object, "gapped_holder": gapped_holder}
