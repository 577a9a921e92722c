"""The time of an undated act that a definite mention of the same event, one or two sentences
later, dates: "Norland and Vesterland signed a grain deal. ¶ On Friday, the signing took place in
Lund", "Rebels have freed ten hostages. ... Calling today's release a first step, ...".

Why: a report's lead often tells the main act with no date and dates it in the next sentence,
naming it again with a noun ("the development", "the release"). The mention says itself that it
is the same event (a definite noun of the act's kind, or a noun that retells whatever was just
told), so its own date is the act's (rule interactions.timing.later_mention). A mention of a
later phase ("the truce took effect on Sunday"), one after the report, or a run that moved on to
another time dates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel import timex
from backchannel.data_loader import loader
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.timing_event_nouns import event_mention_time
from backchannel.extract.interactions.timing_cumulative import news_words
from backchannel.extract.interactions.timing_news import statement_of
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_CLAUSE_DEPS, NOUN_POS, VERB_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

LATER_MENTION = "interactions.timing.later_mention"
LATER_SENTS = 2  # sentences after the act in which its dated mention may come
WORDS_FILE = "later_mention_words.toml"
POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class TypeNouns:
    """Nouns that name an act of each type (by lemma)."""

    agree: frozenset[str]
    release: frozenset[str]
    negotiate: frozenset[str]
    meet: frozenset[str]
    mediate: frozenset[str]
    exchange: frozenset[str]


@dataclass(frozen=True)
class LaterMentionWords:
    """Words of the rule (``data/later_mention_words.toml``)."""

    retelling_nouns: frozenset[str]
    phase_words: frozenset[str]
    happening_verbs: frozenset[str]
    type_nouns: TypeNouns


# The rule's words, parsed and checked once per process.
later_words = loader(LaterMentionWords, WORDS_FILE)


def _nested(att: Token) -> bool:
    """Is the token inside a relative or participle clause on a noun ("girls kidnapped two years
    ago")? Such a date is the background's, not the sentence's main act's."""
    return any(a.dep_ in NOUN_CLAUSE_DEPS for a in [att, *att.ancestors])


def _own_sentence_dated(d: Doc_, si: int) -> bool:
    """Does the act's own sentence name a time outside a nested clause? Then it dates itself
    (or another act of it) and no later mention is needed."""
    s = d.sents[si]
    return any(s.start <= span.start < s.end and (att is None or not _nested(att)) for _, span, att in d.timexes)


def _possessive_time(d: Doc_, m: Token) -> Time | None:
    """"today's release", "Friday's signing": a time in the possessive right before the noun
    (only modifiers between), wherever the parser hung it."""
    doc = m.doc
    for tx, span, _ in d.timexes:
        if span.end < m.i and doc[span.end].lower_ in POSSESSIVE and all(
                t.dep_ in ("amod", "compound") for t in doc[span.end + 1:m.i]):
            return tc.resolved(d, [(tx, span)], False)
    return None


def _phase(m: Token) -> bool:
    """Does the mention's verb tell a later phase ("took effect", "came into force", "resumed")?"""
    v = m.head
    if m.dep_ not in ("nsubj", "nsubjpass", "dobj") or v.pos_ not in VERB_POS:
        return False
    words = later_words().phase_words
    return v.lemma_.lower() in words or any(t.lemma_.lower() in words for t in v.subtree if t.i > v.i)


def _definite(m: Token) -> bool:
    dets = tc.timing_words().definite_dets
    return any((c.dep_ == "det" and c.lower_ in dets) or c.dep_ == "poss" for c in m.children)


def _mention_time(d: Doc_, m: Token, nouns: frozenset[str]) -> Time | None:
    """The date a definite mention of the event gives itself, if ``m`` is one."""
    if m.pos_ not in NOUN_POS or m.lemma_.lower() not in nouns or _phase(m):
        return None
    t = _possessive_time(d, m)
    if t is not None or not _definite(m):
        return t
    v = m.head
    if m.dep_ in ("nsubj", "nsubjpass", "dobj") and v.pos_ in VERB_POS \
            and v.lemma_.lower() not in later_words().happening_verbs:
        # a reaction to the event ("the release was welcomed on Tuesday"): only the noun's own
        # date, or that of a clause on it telling it happen ("The deal, signed on Tuesday, calls
        # for ...": a participle or relative clause on the mention)
        phase = later_words().phase_words  # ("The truce, which came into force on Tuesday, ...": a later phase)
        heads = [m] + [c for c in m.children if c.dep_ in NOUN_CLAUSE_DEPS and c.pos_ in VERB_POS
                       and c.lemma_.lower() in later_words().happening_verbs
                       and not any(t.lemma_.lower() in phase for t in c.subtree)]
        news = [v, *statement_of(v)] if v.lemma_.lower() in news_words().news_cues else []
        return tc.resolved(d, [(tx, span) for tx, span, att in d.timexes
                               if att is not None and att.i != v.i and any(tc.reaches(att, h) for h in heads)]
                           + [f for x in news for f in d.timex_at.get(x.i, [])], False)  # "announced it on Friday"
    return event_mention_time(d, m)


def _not_after_report(d: Doc_, t: Time) -> bool:
    v, anchor = (t.value or "").split("/")[0], d.ctx.anchor
    if anchor is None or len(v) != 10:
        return "-W" not in v
    return v <= (anchor + timedelta(days=1)).isoformat()


def later_mention_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """The date of a definite mention of the act's event in the next sentences (rule
    interactions.timing.later_mention); the first sentence after the act that names a time
    decides: a mention's own date, or nothing (the run moved on)."""
    kind: frozenset[str] | None = getattr(later_words().type_nouns, raw.type, None)
    if future or kind is None or tc.vague_own_time(tok) \
            or not tc.told_as_done(tok, d.lex.settings.planned_aux):
        return None
    si = d.sent_index(tok)
    if _own_sentence_dated(d, si):
        return None
    nouns = kind | later_words().retelling_nouns
    for sj in range(si + 1, min(si + 1 + LATER_SENTS, len(d.sents))):
        s = d.sents[sj]
        for m in s:
            t = _mention_time(d, m, nouns)
            if t is not None and t.value is not None and _not_after_report(d, t):
                tc.mark(d, tok, LATER_MENTION)
                return t
        if any(s.start <= span.start < s.end and timex.resolve(tx.text, d.ctx.anchor, False)
               for tx, span, _ in d.timexes):
            return None
    return None
