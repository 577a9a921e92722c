"""A last resort for an act that no construction has dated: the news a report announces in the
present perfect.

Why: a wire report opens with "X has been freed, the ministry announced on Wednesday": the
present perfect tells news of the day it is announced, and the announcement's day dates it
(rule interactions.timing.perfect_news), even where the parser hangs the clause-final speech
verb as a conjunct or adverbial clause of the content, so the path search never reaches it.
The rule only fills an act left undated, so no date that another rule read is overturned.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.data_loader import load_fields, read
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.timing import in_relative
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

PERFECT_NEWS = "interactions.timing.perfect_news"
WORDS_FILE = "timing_news.toml"
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


@dataclass(frozen=True)
class NewsWords:
    """Words of the rule (``data/timing_news.toml``)."""

    news_cues: frozenset[str]
    perfect_aux: frozenset[str]
    present_tags: frozenset[str]
    cumulative_phrases: frozenset[str]
    cumulative_leads: frozenset[str]
    cumulative_tails: frozenset[str]
    ongoing_types: frozenset[str]


@lru_cache(maxsize=1)
def news_words() -> NewsWords:
    """The rule's words, parsed and checked once per process."""
    return load_fields(NewsWords, WORDS_FILE, read(WORDS_FILE))[0]


def _clause_verb(tok: Token) -> Token | None:
    """The verb that tells the act: the trigger itself, or the verb its noun is an argument of
    ("has reached an agreement": reached), through one preposition ("held talks with")."""
    if tok.pos_ in VERB_POS:
        return tok
    cur = tok
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        cur = cur.head
    if cur.dep_ in ARGUMENTS + ("prep",) and cur.head.pos_ in VERB_POS:
        return cur.head
    return None


def _present_perfect(verb: Token) -> bool:
    """Is the verb told in the present perfect ("has freed", "have been released")? Not the
    past perfect ("had freed": before some other past time), nor a modal ("may have freed")."""
    w = news_words()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lemma_.lower() in w.perfect_aux and a.tag_ in w.present_tags for a in aux) \
        and not any(a.tag_ == "MD" for a in aux)


def _cumulative(verb: Token) -> bool:
    """Does the verb carry an adverbial that makes its present perfect a sum or a state ("so far",
    "repeatedly", "several times", "since 2019"): the act is no news of the day it is told?"""
    w = news_words()
    for c in verb.children:
        if c.dep_ not in ("advmod", "npadvmod", "prep", "advcl"):
            continue
        toks = [t.lower_ for t in c.subtree]
        if " ".join(toks) in w.cumulative_phrases or toks[0] in w.cumulative_leads or toks[-1] in w.cumulative_tails:
            return True
    return False


def _day(d: Doc_, toks: list[Token]) -> Time | None:
    """The first day-precise date hung on these tokens."""
    t = tc.resolved(d, (f for x in toks for f in d.timex_at.get(x.i, [])), False)
    return t if t is not None and t.value is not None and len(t.value) == 10 else None


def perfect_news_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """Rule interactions.timing.perfect_news: an undated act told in the present perfect inside
    the content of a claim whose cue is a verb of announcing news (``timing_news.toml``:
    "announced", "reported") dated to the day, is dated by that day. Not "said" or "confirmed"
    (a speaker often tells or confirms on Tuesday what happened on Monday), not a past or past
    perfect act, not an act inside a relative clause (background: "three men who had been
    detained"), nor a sum or state ("so far", "repeatedly", "since 2019") or an act that runs
    over time ("has held talks")."""
    c = d.claims.get(raw.claim) if raw.claim else None
    if future or c is None or not c.spans.cue or in_relative(tok) or raw.type in news_words().ongoing_types:
        return None
    cue = d.ctx.doc.char_span(c.spans.cue[0], c.spans.cue[1], alignment_mode="expand")
    verb = _clause_verb(tok)
    if cue is None or verb is None or cue.root.lemma_.lower() not in news_words().news_cues \
            or not _present_perfect(verb) or _cumulative(verb) or not any(a <= tok.idx < b for a, b in c.spans.content):
        return None
    t = _day(d, list(cue))
    if t is not None:
        tc.mark(d, tok, PERFECT_NEWS)
    return t
