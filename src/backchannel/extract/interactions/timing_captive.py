"""The date of a release from the captives' journey: "Rebels have freed two pilots. The pilots were
flown on Monday to Lund", "Five men who were freed by Norland arrived in Lund on Monday".

Why: a report often tells a release with no date of its own (a news perfect in its lead, or a
relative clause on the captives) and dates only what the freed captives did next: they were flown,
moved, handed over, landed or arrived. That journey is the release's day seen from the captives'
side, so a day it gives dates the release (rule interactions.timing.captive_transfer). It must be
told of the same captives (their actor as the journey verb's subject), in the past, in the act's
own sentence (the release in a relative or participle clause on the subject) or in the next two
sentences; the first later sentence that names a time decides (a run that moved on dates nothing).
The rule only fills an act no other construction dated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from backchannel import timex
from backchannel.data_loader import loader
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.candidate import is_marker
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_CLAUSE_DEPS, NOUN_POS, NSUBJ_DEPS, VERB_POS, child

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

CAPTIVE_TRANSFER = "interactions.timing.captive_transfer"
WORDS_FILE = "timing_captive.toml"
NEXT_SENTS = 2  # sentences after the release in which the captives' dated journey may come


@dataclass(frozen=True)
class CaptiveWords:
    """Words of the rule (``data/timing_captive.toml``)."""

    act_types: frozenset[str]
    transfer_verbs: frozenset[str]
    former_mods: frozenset[str]
    captivity_goals: frozenset[str]
    goal_preps: frozenset[str]
    passive_only: frozenset[str]
    not_preps: frozenset[str]


captive_words = loader(CaptiveWords, WORDS_FILE)


def _past(v: Token) -> bool:
    """Is the journey verb told in the simple past ("were flown", "arrived"), not a plan, a present or a
    denial ("were not flown on Monday": no journey that day, s37-review)?"""
    if any(c.dep_ == "neg" for c in v.children):
        return False
    if v.tag_ == "VBD":
        return True
    return v.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in v.children) \
        and not any(a.tag_ == "MD" for a in v.children)


def journey_day(d: Doc_, v: Token, captives: set[str], heads: frozenset[str] = frozenset()) -> Time | None:
    """The day a journey verb of the captives gives itself (a date hung on the verb, no clause
    between), when its subject is one of the captives (or, with ``heads``, a noun phrase that is
    no actor of its own whose head noun is one of theirs: "Five Norland sailors arrived" of "the sailors")."""
    if v.pos_ not in VERB_POS or v.lemma_.lower() not in captive_words().transfer_verbs or not _past(v):
        return None
    subj = child(v, *NSUBJ_DEPS)
    if subj is None or _into_captivity(v) or _not_a_journey(v):
        return None
    actors = set(d.actors(subj))
    if not captives & actors and (actors or subj.pos_ not in NOUN_POS or subj.lower_ not in heads):
        return None
    t = tc.resolved(d, ((tx, span) for tx, span, att in d.timexes if att is not None and tc.reaches(att, v)), False)
    if t is None or t.value is None or len(t.value) != 10 or not _not_after_report(d, t.value):
        return None
    return t


def _not_a_journey(v: Token) -> bool:
    """A verb of ``passive_only`` told active or with a preposition of ``not_preps`` ("the pilots recovered from
    their wounds on Wednesday") tells a healing, not the captives got back (s44 review)."""
    w = captive_words()
    return v.lemma_.lower() in w.passive_only and (
        not any(c.dep_ == "auxpass" for c in v.children)
        or any(c.dep_ == "prep" and c.lower_ in w.not_preps for c in v.children))


def _into_captivity(v: Token) -> bool:
    """Does the journey go into a place of holding ("were moved to a prison", "taken back into captivity")?"""
    w = captive_words()
    return any(o.lemma_.lower() in w.captivity_goals for p in v.children if p.dep_ == "prep"
               and p.lower_ in w.goal_preps for o in p.children if o.dep_ == "pobj")


def _not_after_report(d: Doc_, value: str) -> bool:
    anchor = d.ctx.anchor
    return anchor is None or value <= (anchor + timedelta(days=1)).isoformat()


def _clause_head(tok: Token) -> Token:
    """The verb of the release's clause (a noun trigger: the verb it is an argument of)."""
    if tok.pos_ in VERB_POS:
        return tok
    return next((a for a in tok.ancestors if a.pos_ in VERB_POS), tok)


def _matrix_day(d: Doc_, tok: Token, captives: set[str]) -> Time | None:
    """"Five men who were freed by Norland arrived in Lund on Monday": the release is a relative
    or participle clause on the subject of the captives' dated journey."""
    v = _clause_head(tok)
    noun = v.head
    while noun.dep_ in ("appos", "conj") and noun.head.pos_ in NOUN_POS:
        noun = noun.head  # "The engineer X, who was freed, ...": the subject the name is in apposition to
    if v.dep_ not in NOUN_CLAUSE_DEPS or noun.pos_ not in NOUN_POS or noun.dep_ not in NSUBJ_DEPS \
            or any(c.lower_ in captive_words().former_mods for c in noun.children if c.i < noun.i):
        return None
    return journey_day(d, noun.head, captives)


def _names_time(d: Doc_, s: Span) -> bool:
    return any(s.start <= span.start < s.end and timex.resolve(tx.text, d.ctx.anchor, False)
               for tx, span, _ in d.timexes)


def captive_transfer_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """Rule interactions.timing.captive_transfer (see the module's docstring)."""
    if future or raw.negated or raw.type not in captive_words().act_types or tc.vague_own_time(tok) \
            or not tc.told_as_done(tok, d.lex.settings.planned_aux):
        # ("have not freed them": their later journey is no homecoming, s37-review)
        return None
    captives = {a for a in raw.targets if not is_marker(a)}
    if not captives:
        return None
    t = _matrix_day(d, tok, captives)
    si = d.sent_index(tok)
    for sj in range(si + 1, min(si + 1 + NEXT_SENTS, len(d.sents))):
        if t is not None:
            break
        s = d.sents[sj]
        t = next((x for v in s if (x := journey_day(d, v, captives)) is not None), None)
        if t is None and _names_time(d, s):
            return None
    if t is not None:
        tc.mark(d, tok, CAPTIVE_TRANSFER)
    return t
