"""Rules interactions.timing.adjunct_main_day and interactions.timing.purpose_day (s48): an
errand and the infinitive or bare participle that says what it was for are one occasion, so a
day told on one of them dates the act of the other.

Why: news tells a visit or a call with its purpose in one clause ("Anna Berg made a trip to Lund
on Thursday to meet the envoys", "launched back into brokering the accord on Tuesday, holding
talks with X", "Holm phoned Berg to discuss the truce on Tuesday evening"), and the parser hangs
the day where the path from the act never passes: inside the main clause's phrases ("trip ... on
Thursday", "brokering ... on Tuesday": not on the verb the adjunct hangs from), or on the
infinitive itself when the act is the errand ("phoned ... to discuss ... on Tuesday": the call).
The gold dates both acts by that day. Narrow on purpose: adjunct_main_day reads only a day hung
on the main clause's phrases, with no clause of its own, subject or "after"/"before" phrase
between ("freed the captives seized on Monday", "arrived after the May 3 truce": other events),
and never under a speech verb; purpose_day only dates the act of a verb of contacting or going
(``errand_verbs``), never of asking, agreeing or planning, where the infinitive tells a later act
("asked Holm to meet the Front on Friday": Friday is the meeting's), and only by a day hung on
the infinitive itself, not one inside its object ("called to congratulate him on his victory on
Sunday": the victory's day). Neither dates a planned act.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.candidate import TIME, Candidate
from backchannel.extract.interactions.document import Doc_
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child

ADJUNCT_MAIN_DAY = "interactions.timing.adjunct_main_day"
PURPOSE_DAY = "interactions.timing.purpose_day"
WORDS_FILE = "timing_purpose.toml"


@dataclass(frozen=True)
class PurposeWords:
    """Words of the rules (``data/timing_purpose.toml``)."""

    infinitive_marks: frozenset[str]
    purpose_deps: frozenset[str]
    phrase_deps: frozenset[str]
    other_time_preps: frozenset[str]
    light_verbs: frozenset[str]
    errand_verbs: frozenset[str]
    asking_particles: frozenset[str]
    later_act_infinitives: frozenset[str]
    event_day_deps: frozenset[str]


purpose_words = loader(PurposeWords, WORDS_FILE)


def purpose_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """The day of the errand for the act of its purpose infinitive, or the day on the purpose
    infinitive for the errand's own act (traced to the rule that found it)."""
    if future:
        return None
    v = act_verb(tok)
    if v is None:
        return None
    t = _main_clause_day(d, v)
    rule = ADJUNCT_MAIN_DAY
    if t is None and v.i == tok.i:
        t, rule = _infinitive_day(d, tok), PURPOSE_DAY
    if t is not None:
        raw.trace[TIME] = rule
    return t


def act_verb(tok: Token) -> Token | None:
    """The verb whose clause tells the act of ``tok``: the trigger itself, or the light verb whose
    object it is ("holding talks"); the object of any other verb is a topic, not its act ("met to
    discuss the release of X")."""
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in purpose_words().light_verbs:
        return tok.head
    return tok if tok.pos_ in VERB_POS else None


def _is_purpose(verb: Token) -> bool:
    """Is ``verb`` an infinitive clause hung on a verb ("to meet" of "made a trip ... to meet")?"""
    w = purpose_words()
    return verb.dep_ in w.purpose_deps and verb.head.pos_ in VERB_POS and verb.head.i < verb.i \
        and any(c.dep_ == "aux" and c.lower_ in w.infinitive_marks for c in verb.children)


def _main_clause_day(d: Doc_, tok: Token) -> Time | None:
    """Rule ADJUNCT_MAIN_DAY: "made a trip to Lund on Thursday to meet X", "launched back into
    brokering the accord on Tuesday, holding talks with X": the act of a purpose infinitive or a
    bare participle (an advcl after its verb) takes a day hung inside its main clause's phrases
    (the object, a preposition's object or gerund) with no clause of its own between (a reduced
    relative or a "when" clause tells another event: "freed the captives seized on Monday")."""
    h = tok.head
    if tok.dep_ != "advcl" or h.pos_ not in VERB_POS or h.i > tok.i or h.lemma_ in d.lex.settings.speech_verbs \
            or not (_is_purpose(tok) or _bare_participle(tok)):
        return None
    inside = range(tok.left_edge.i, tok.right_edge.i + 1)
    found = [(tx, span) for tx, span, att in d.timexes
             if att is not None and att.i not in inside and att.i != h.i and not names_event(span.root)
             and phrase_of(att, h)]
    return tc.resolved(d, found, False)


def names_event(root: Token) -> bool:
    """Is the day a premodifier of a noun ("the May 3 massacre", "Monday's raid")? It names that
    noun's event by its day, another event than the main clause's act."""
    return root.dep_ in purpose_words().event_day_deps and root.head.i > root.i and root.head.pos_ in NOUN_POS


def phrase_of(att: Token, h: Token) -> bool:
    """Does ``att`` hang under the verb ``h`` through phrases only (no clause, conjunct or subject)?"""
    cur = att
    for _ in range(tc.MAX_CLIMB):
        if cur.i == h.i:
            return True
        w = purpose_words()
        if cur.dep_ not in w.phrase_deps or cur.head.i == cur.i or cur.dep_ == "prep" and cur.lower_ in w.other_time_preps:
            return False
        cur = cur.head
    return False


def _bare_participle(p: Token) -> bool:
    """A present participle with no subject, marker or auxiliary of its own ("holding talks")."""
    return p.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in p.children)


def _infinitive_day(d: Doc_, tok: Token) -> Time | None:
    """Rule PURPOSE_DAY: "phoned Berg to discuss the truce on Tuesday evening": a day hung on the
    purpose infinitive of a verb of contacting or going dates that verb's act. Not when the verb
    asks ("called on Ostland to release them on Friday": ``asking_particles``) nor when the
    infinitive tells a later act ("wrote to him to propose a meeting on Friday": the meeting's)."""
    w = purpose_words()
    if tok.lemma_.lower() not in w.errand_verbs \
            or any(c.dep_ in ("prep", "prt") and c.lower_ in w.asking_particles for c in tok.children):
        return None
    for c in tok.children:
        if c.i > tok.i and _is_purpose(c) and c.lemma_.lower() not in w.later_act_infinitives:
            t = tc.resolved(d, d.timex_at.get(c.i, []), False)
            if t is not None:
                return t
    return None
