"""Rule interactions.timing.conjunct_adjunct_day (s48): a day that closes a coordination of verbs
with one subject, inside the last verb's phrases, dates the first verb's act too.

Why: news strings one doer's deeds in one clause and gives their occasion and day once, at the
end ("The gunmen freed 12 passengers and unloaded their luggage during a stopover in Westport on
Friday"). The parser hangs the closing phrase on the last verb, and the day on the phrase's noun,
so neither the first verb's path nor the subject-less conjunct's own date (``timing._on_dependents``)
finds it. Narrow: only a subject-less conjunct after the act's verb (a conjunct with its own
subject is another clause with its own time), only a day that ends the conjunct's phrase (a
shared closing adjunct, not one inside its object: "freed them and flew to the town seized on
Monday"), reached through phrases only (no clause, and no "after"/"before"/"since" phrase), and
only for an act told as done.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.candidate import TIME, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.timing_purpose import act_verb, phrase_of
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS, child

CONJUNCT_ADJUNCT_DAY = "interactions.timing.conjunct_adjunct_day"


def conjunct_adjunct_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """The day closing a subject-less conjunct after the act's verb ("freed A and unloaded B during
    a stopover on Friday": Friday for the freeing)."""
    v = act_verb(tok)
    if future or v is None:
        return None
    for c in v.children:
        if c.dep_ != "conj" or c.pos_ not in VERB_POS or c.i < v.i or child(c, "nsubj", "nsubjpass") is not None:
            continue
        last = c.right_edge.i - (1 if c.right_edge.is_punct else 0)
        found = [(tx, span) for tx, span, att in d.timexes
                 if att is not None and att.i != c.i and span.end - 1 == last and phrase_of(att, c)]
        t = tc.resolved(d, found, False)
        if t is not None:
            raw.trace[TIME] = CONJUNCT_ADJUNCT_DAY
            return t
    return None
