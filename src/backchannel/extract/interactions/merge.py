"""Merging duplicates (the same act told twice) and telling the press from parties.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import (
    COUNT, MEANS, MODALITY, SOURCE, SYMMETRIC_TYPES, TARGET, TIME, TOPIC, VIA, Record,
)
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.timing_news import SAID_PERFECT_DAY
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child
from backchannel.timex_period import short_day_span


def _compatible(a: Record, b: Record, lv: dict[str, str]) -> bool:
    if a.type != b.type or a.negated != b.negated:
        return False
    if (a.unnamed_object and b.target) or (b.unnamed_object and a.target):
        return False  # "released 30 fishermen" is not "released Omar Bashir"
    a, b = _leveled(a, lv), _leveled(b, lv)
    if _unreal(a) != _unreal(b) and not _same_two(a, b):
        return False
    if a.source and b.source and a.source != b.source:
        return False
    if a.target and b.target and a.target != b.target:
        return False
    if a.source is None and b.source is None and (a.target != b.target):
        return False
    if a.target is None and b.target is None and (a.source != b.source):
        return False
    return not (a.time and b.time) or _by_the_saying(a, b) or _by_the_saying(b, a) or any(
        x == y or _within(x, y) or _within(y, x) for x in _values(a) for y in _values(b))


def _by_the_saying(soft: Record, other: Record) -> bool:
    """Is ``soft`` dated only by the day it was said to have happened by ("has met Y, a source said on
    Saturday": rule SAID_PERFECT_DAY), and ``other`` told on or before that day? The news perfect
    bounds the act by the saying; a telling with its own earlier day ("On Friday, X met Y") is the same
    act, and its day is the act's (``_fill_missing``)."""
    return soft.trace.get(TIME) == SAID_PERFECT_DAY and soft.time is not None and other.time is not None \
        and other.time.value is not None and soft.time.value is not None \
        and other.time.value[:10] <= soft.time.value[:10]


def _other_brokers(a: Record, b: Record, lv: dict[str, str]) -> bool:
    """Rule OTHER_BROKER: two agreements of the same sides of different kinds (a ceasefire and a
    deal: ``belligerent_agreement_nouns`` against the other agreement nouns), each brought about by
    go-betweens the other does not name ("under the deal mediated by X" and "the war ended with a
    Y-brokered truce"), are two agreements, not one told twice. One truce told twice with another
    broker each time ("the truce brokered by X" ... "the Y-brokered truce") stays one act: a truce
    may have two mediators, each named once."""
    if a.type not in words().new_act_types or not a.via or not b.via:
        return False
    if _kind(a.trig) == _kind(b.trig):
        return False
    va, vb = {lv.get(v, v) for v in a.via}, {lv.get(v, v) for v in b.via}
    return not va & vb


def _kind(trig: Token) -> str:
    """A ceasefire-like trigger, or any other agreement ("deal", "accord", "agreed")."""
    return "belligerent" if trig.lemma_.lower() in words().belligerent_agreement_nouns else "other"


def _values(r: Record) -> list[str | None]:
    """The record's date, and the date as told of a plan re-read forward ("agreed to hold talks in
    February" told in May: February past or coming); a telling of the act as done on the told
    date is the same act."""
    told, cand = r.cand.told, r.cand.time
    out = [r.time.value if r.time else None]
    if told is not None and r.time is not None and cand is not None and r.time.value == cand.value:
        out.append(told.value)
    return out


def _unreal(r: Record) -> bool:
    return r.modality in ("planned", "hypothetical")


def _same_two(a: Record, b: Record) -> bool:
    """Rule ONE_ACT_TWO_MODES: the same two parties of an act told once as happening and once as
    planned or hoped for ("the talks in Nairobi ..." and "X said the talks would continue") are
    one act, its continuation told in the future; each round is no new act of the report.
    Not when the planned telling is a round of its own: dated apart ("talks will take place starting
    Thursday") or marked new ("a fresh round of talks", "we will try again": ``new_round_words``);
    and a hoped-for accord is a new one, not the accord reached before (``new_act_types``)."""
    unreal, real = (a, b) if _unreal(a) else (b, a)
    own_date = unreal.time is not None and (real.time is None or real.time.value not in _values(unreal))
    return bool(a.source and a.target and a.source == b.source and a.target == b.target) \
        and a.type not in words().new_act_types and not own_date and not _new_round(unreal.trig)


def _new_round(trig: Token) -> bool:
    """Does the planned telling mark a new round ("a fresh round of talks", "will try again")?"""
    near = [trig, trig.head, trig.head.head]
    return any(w.lower_ in words().new_round_words for t in near for w in [t, *t.children])


def _within(outer: str | None, inner: str | None) -> bool:
    """Is the date ``inner`` a finer date inside ``outer`` ("2020" holds "2020-10"; the weekend
    "2025-05-10/2025-05-11" holds "2025-05-10")? Then the two tellings may be one act told first
    vaguely ("last year", "over the weekend"), then exactly ("in October 2020", "on Saturday")."""
    if not (outer and inner) or "/" in inner:
        return False
    if "/" in outer:  # a day inside a short span of days (a weekend)
        span = short_day_span(outer)
        return span is not None and len(inner) == 10 and span[0] <= inner <= span[1]
    return len(inner) > len(outer) and inner.startswith(outer + "-")


def _leveled(r: Record, lv: dict[str, str]) -> Record:
    """The record with unnamed members seen as their side ("Israeli officials" -> Israel)."""
    s = lv.get(r.source, r.source) if r.source is not None else None
    t = lv.get(r.target, r.target) if r.target is not None else None
    if r.type in SYMMETRIC_TYPES and s and t and t < s:
        s, t = t, s  # "A met B" and "B met A" are one act
    return replace(r, source=s, target=t)


def _distinct_terms(a: Record, b: Record) -> bool:
    """Rule DISTINCT_TERMS: two verbs of agreeing that each say what was settled, and settle
    different things ("the sides agreed to a two-phase plan ... they also agreed to meet monthly"),
    tell two agreements of one pair, not one told twice: a report lists each point agreed. The same
    thing agreed again ("agreed to free the captive" ... "had agreed to release him") stays one act:
    terms are compared by the act types their words' frames give, so synonyms are one term; and a
    term that points back (a pronoun, a definite noun, an agreement noun: "agreed to it", "agreed to
    the truce") says nothing new."""
    if a.type not in words().new_act_types or a.trig.i == b.trig.i:
        return False
    ta, tb = _terms(a.trig), _terms(b.trig)
    return ta is not None and tb is not None and not ta & tb


def _terms(trig: Token) -> frozenset[str] | None:
    """What a verb of agreeing settles: the head of its infinitive or clause ("agreed to meet",
    "agreed that talks resume"), else of its content preposition's object ("agreed on a plan"),
    as the act types of its frames (its lemma when it has none); None when the term points back."""
    if trig.pos_ not in VERB_POS:
        return None
    clause = child(trig, "xcomp", "ccomp")
    if clause is not None:
        return _term_kind(clause)
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ in words().content_preps:
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp"):
                    return _term_kind(o)
    return None


def _term_kind(term: Token) -> frozenset[str] | None:
    """The act types of a term's frames (its lemma when it has none), or None for a term that
    points back at an agreement told before: a pronoun ("agreed to it"), a definite noun with nothing
    after it to define it ("agreed to the plan", not "agreed on the terms of the road map"). An agreement
    noun ("a deal", "a truce") is the agreement itself: its term is the agree act, one term however it
    is named."""
    lemma = term.lemma_.lower()
    if term.pos_ in ("PRON", "DET") or term.tag_ in ("PRP", "DT"):
        return None
    if term.pos_ in NOUN_POS and any(d.dep_ == "det" and d.lower_ in words().definite_determiners
                                     for d in term.children) \
            and not any(d.dep_ in ("prep", "acl", "relcl") for d in term.children):
        return None  # a definite noun with a phrase after it ("the aspects of the road map") is defined there
    if term.pos_ in NOUN_POS and lemma in _agree_nouns():
        return frozenset({"agree"})
    types = frozenset(f.type for f in lexicon().frames.get(lemma, []))
    return types or frozenset({lemma})


@lru_cache(maxsize=1)
def _agree_nouns() -> frozenset[str]:
    """The nouns the agree frames take (their objects and subjects) and the agreement nouns."""
    out = set(lexicon().settings.agreement_nouns)
    for frames in lexicon().frames.values():
        for f in frames:
            if f.type == "agree":
                out |= (f.obj or frozenset()) | (f.subj or frozenset())
    return frozenset(out)


MERGE_RULE = "interactions.merge.same_act"
DISTINCT_TERMS = "interactions.merge.distinct_terms"  # traced on the record kept apart
OTHER_BROKER = "interactions.merge.other_broker"  # traced on the record kept apart


def merge(recs: list[Record], lv: dict[str, str]) -> list[Record]:
    """The same act told twice becomes one record; the first keeps its place and gains the
    other's missing fields (a time, a count, a filled source), traced to the merge, and keeps
    the absorbed record (``absorbed``) for the trace of what it absorbed."""
    out: list[Record] = []
    for rec in recs:
        for prev in out:
            if _compatible(prev, rec, lv) and _same_pair(_leveled(prev, lv), _leveled(rec, lv)) \
                    and not _self_loop(prev, rec):
                if _other_brokers(prev, rec, lv):
                    rec.trace[f"kept_apart:{prev.trig.idx}"] = OTHER_BROKER
                    continue
                if _distinct_terms(prev, rec):
                    rec.trace[f"kept_apart:{prev.trig.idx}"] = DISTINCT_TERMS
                    continue
                _real_mode(prev, rec)
                _fill_missing(prev, rec)
                for v in rec.via:
                    if v not in prev.via and v not in (prev.source, prev.target):
                        prev.via.append(v)
                        prev.trace[VIA] = MERGE_RULE
                prev.absorbed.append(rec)
                break
        else:
            out.append(rec)
    return out


def _self_loop(prev: Record, rec: Record) -> bool:
    """Would filling the first telling's missing side give it one actor on both sides? ("X met
    the delegation" and "the delegation met Y" as one act would read "the delegation met the
    delegation": two meetings told with one unknown side, kept apart.)"""
    source = prev.source if prev.source is not None else rec.source
    target = prev.target if prev.target is not None else rec.target
    return source is not None and source == target and (prev.source is None or prev.target is None)


def _fill_missing(prev: Record, rec: Record) -> None:
    """The first telling gains the fields only the second one has, and the finer of two dates
    one of which holds the other."""
    for name in _FILLED:
        if getattr(prev, name) is None and getattr(rec, name) is not None:
            setattr(prev, name, getattr(rec, name))
            prev.trace[name] = MERGE_RULE
    if prev.time is not None and rec.time is not None and (_within(prev.time.value, rec.time.value)
                                                           or _by_the_saying(prev, rec) and not _by_the_saying(rec, prev)):
        prev.time = rec.time  # (a telling's own day refines the day it was said by)
        prev.trace[TIME] = MERGE_RULE


def _real_mode(prev: Record, rec: Record) -> None:
    """Merged across modes (rule ONE_ACT_TWO_MODES), the act is the one that happened: its
    modality and its date (a planned date is the next round's, not the act's)."""
    if _unreal(prev) and not _unreal(rec):
        prev.modality = rec.modality
        prev.trace[MODALITY] = ONE_ACT_TWO_MODES
        if prev.time != rec.time:
            prev.time = rec.time
            prev.trace[TIME] = ONE_ACT_TWO_MODES


ONE_ACT_TWO_MODES = "interactions.merge.one_act_two_modes"
_FILLED = (SOURCE, TARGET, TIME, COUNT, MEANS, TOPIC)  # fields a merge may fill


def _same_pair(a: Record, b: Record) -> bool:
    # one side may be unknown in one of them, but at least one must agree
    return bool((a.source and a.source == b.source) or (a.target and a.target == b.target))
