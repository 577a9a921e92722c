"""A representative stands in for the side it represents at the talks its sentence tells of.

Why: "Representing Y at the negotiations was X" and "X, representing Y, met Z" name who sat
at the table (X) and for whom (Y). The talk frames find Y (the sentence's or the story's side);
the act is X's, so the side is replaced by its representative in that sentence's talks,
meetings and agreements (rule ``interactions.represent.representative``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.interactions.candidate import SOURCE, TARGET, Record
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_object, logical_subject

W = words()
REPRESENTATIVE = "interactions.represent.representative"


def _representative(v: Token) -> Token | None:
    """Who represents: the verb's subject; for "Representing Y ... was X" (the clause as the
    copula's subject), the copula's attribute."""
    s = logical_subject(v)
    if s is None and v.dep_ == "csubj":
        s = next((c for c in v.head.children if c.dep_ == "attr"), None)
    return s


def representations(d: Doc_, sent: Span) -> dict[str, str]:
    """Side -> its representative, for the sentence's representation verbs."""
    out: dict[str, str] = {}
    for v in sent:
        if v.lemma_.lower() not in W.representation_verbs:
            continue
        o, s = logical_object(v), _representative(v)
        if o is None or s is None:
            continue
        sides = d.actors(o)
        # "its spy service X": the name in apposition, not the possessor the phrase hangs on
        # (or a name right after the description, which the parser may hang elsewhere)
        named = d.actors(s) if s.pos_ == "PROPN" else \
            [a for c in s.children if c.dep_ == "appos" for a in d.actors(c)]
        nxt = s.right_edge.i + 1
        if not named and nxt < sent.end and s.doc[nxt].pos_ == "PROPN":
            named = d.actors(s.doc[nxt])
        reps = [a for a in named or d.actors(s) if a not in sides]
        if len(sides) == 1 and reps:
            out[sides[0]] = reps[0]
    return out


def represented(d: Doc_, recs: list[Record]) -> list[Record]:
    """The records with a represented side replaced by its representative (a side left unnamed
    in the sentence of the only representation there is the represented one)."""
    cache: dict[int, dict[str, str]] = {}
    for r in recs:
        if r.type not in W.represented_acts:
            continue
        si = d.sent_index(r.trig)
        if si not in cache:
            cache[si] = representations(d, d.sents[si])
        reps = cache[si]
        if r.source is None and len(reps) == 1 and r.target not in reps:
            r.source = next(iter(reps))  # "Representing Y in the talks with Z was X": Y's side
        for field in (SOURCE, TARGET):
            side = getattr(r, field)
            rep = reps.get(side) if side else None
            other = r.target if field == SOURCE else r.source
            if rep and rep not in (r.source, r.target) and getattr(d.ctx.actors.get(rep), "affiliation", None) != other:
                setattr(r, field, rep)
                r.trace[field] = REPRESENTATIVE
                if field not in r.inferred:
                    r.inferred.append(field)
    return recs
