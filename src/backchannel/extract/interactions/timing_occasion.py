"""Rule interactions.timing.occasion_clause_day (s48): an act told at an occasion takes the day that
a clause on the occasion noun gives it.

Why: news sets a meeting or a signing at an occasion and dates the occasion, not the act, in a
reduced relative or a relative clause on its noun ("Anna Berg met Ivan Holm at a meeting convened
in Lund on Monday", "held talks with him on the sidelines of a summit that opened on Monday").
The parser hangs the day on that clause's verb, which the act's own path never passes, and
the place-phrase rule reads only a day hung on the noun's phrase with no verb between. The
occasion's day is the act's. Narrow: only a preposition of the same time ("at", "during", not
"after" or "before"), only a noun of an occasion where people meet (``occasion_nouns``), only a
day hung on the clause's own verb (not one inside its object), and for an act told as done never
a day after the report (a coming occasion dates only a planned act: "will meet him at a summit
that opens on Friday").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.candidate import TIME, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.timing_parts import _after_report
from backchannel.extract.interactions.timing_purpose import act_verb
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS

OCCASION_CLAUSE_DAY = "interactions.timing.occasion_clause_day"
WORDS_FILE = "timing_occasion.toml"


@dataclass(frozen=True)
class OccasionWords:
    """Words of the rule (``data/timing_occasion.toml``)."""

    occasion_preps: frozenset[str]
    occasion_nouns: frozenset[str]
    edge_nouns: frozenset[str]
    edge_prep: str
    taking_place_verbs: frozenset[str]
    past_tags: frozenset[str]
    present_tags: frozenset[str]


occasion_words = loader(OccasionWords, WORDS_FILE)


def occasion_clause_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """The day a clause on the act's occasion noun gives ("met X at a meeting convened on Monday")."""
    v = act_verb(tok)  # "held talks with X at ...": the verb
    if v is None:
        return None
    w = occasion_words()
    for p in [*v.children, *(tok.children if tok.i != v.i else ())]:
        if p.dep_ != "prep" or p.lower_ not in w.occasion_preps:
            continue
        for o in (o for o in p.children if o.dep_ == "pobj"):
            t = _clause_day(d, _occasion(o), future)
            if t is not None:
                raw.trace[TIME] = OCCASION_CLAUSE_DAY
                return t
    return None


def _occasion(o: Token) -> Token:
    """The occasion noun of a preposition's object: the object itself, or the "of" object of an
    edge noun ("on the sidelines of the summit": the summit)."""
    w = occasion_words()
    if o.lemma_.lower() in w.edge_nouns:
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ == w.edge_prep:
                return next((x for x in p.children if x.dep_ == "pobj"), o)
    return o


def _clause_day(d: Doc_, o: Token, future: bool) -> Time | None:
    """The day hung on the verb of a reduced relative or relative clause after the occasion noun
    ``o`` (for a done act, not after the report: a coming occasion dates only a planned act). Only
    a verb of the occasion taking place ("held", "opened"; not "announced", "agreed", "postponed":
    other events) and a clause of the act's tense ("met at a summit that ends on Friday": the end
    is to come, the meeting was before it; "will meet at a summit that was announced")."""
    w = occasion_words()
    if o.pos_ not in NOUN_POS or o.lemma_.lower() not in w.occasion_nouns:
        return None
    for c in o.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ in VERB_POS and c.i > o.i \
                and c.lemma_.lower() in w.taking_place_verbs and _tense(c) != ("past" if future else "present"):
            t = tc.resolved(d, d.timex_at.get(c.i, []), future)
            if t is not None and (future or not _after_report(d, t)):
                return t
    return None


def _tense(v: Token) -> str | None:
    """"past" or "present" (a coming occasion too: "opens", "will open") of a clause verb by its
    own tag or its auxiliaries' ("was held", "is being held"); None for a bare participle ("a
    meeting convened in Lund"), which has no tense of its own."""
    w = occasion_words()
    tags = [v.tag_] + [c.tag_ for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(t in w.present_tags for t in tags):
        return "present"
    if any(t in w.past_tags for t in tags):
        return "past"
    return None
