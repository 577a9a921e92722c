"""A last resort for an act that no construction has dated: the news a report announces in the
present perfect.

Why: a wire report opens with "X has been freed, the ministry announced on Wednesday": the
present perfect tells news of the day it is announced, and the announcement's day dates it
(rule interactions.timing.perfect_news), even where the parser hangs the clause-final speech
verb as a conjunct or adverbial clause of the content, so the path search never reaches it.
The rule only fills an act left undated, so no date that another rule read is overturned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.timing import in_relative
from backchannel.extract.interactions.timing_cumulative import cumulative, news_words
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

PERFECT_NEWS = "interactions.timing.perfect_news"
SAID_PERFECT_DAY = "interactions.timing.said_perfect_day"  # the same under a verb of plain telling (s46)
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


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


def _day(d: Doc_, toks: list[Token]) -> Time | None:
    """The first day-precise date hung on these tokens."""
    t = tc.resolved(d, (f for x in toks for f in d.timex_at.get(x.i, [])), False)
    return t if t is not None and t.value is not None and len(t.value) == 10 else None


def statement_of(cue: Token) -> list[Token]:
    """The noun of "in a statement" on the cue verb ("said in a joint statement on Friday"): words
    given in a statement are announced news, whatever the cue verb, and the day may hang on the
    noun (rule interactions.timing.perfect_news)."""
    w = news_words()
    return [o for p in cue.children if p.dep_ == "prep" and p.lower_ in w.statement_preps
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in w.statement_nouns]


def perfect_news_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """Rule interactions.timing.perfect_news: an undated act told in the present perfect inside
    the content of a claim whose cue is a verb of announcing news (``timing_news.toml``:
    "announced", "reported") dated to the day, is dated by that day. Not "confirmed" (it confirms
    what was told before), not a past or past perfect act, not an act inside a relative clause
    (background: "three men who had been detained"), nor a sum or state ("so far", "repeatedly",
    "since 2019") or an act that runs over time ("has held talks").
    (s46) Rule interactions.timing.said_perfect_day: the same with a verb of plain telling
    (``told_cues``: "X has been freed, Y said on Thursday") in reported words (not a quotation):
    the present perfect is the news perfect, told the day it happened; every read gold with this
    shape dates the act by the saying (5 acts in 2 stories, none against). A simple past or past
    perfect under "said" is still left undated: it may tell an older event."""
    c = d.claims.get(raw.claim) if raw.claim else None
    if future or c is None or not c.spans.cue or in_relative(tok) or raw.type in news_words().ongoing_types:
        return None
    cue = d.ctx.doc.char_span(c.spans.cue[0], c.spans.cue[1], alignment_mode="expand")
    verb = _clause_verb(tok)
    if cue is None or verb is None or not _present_perfect(verb) or cumulative(verb) or raw.negated \
            or any(k.dep_ == "neg" for k in verb.children) \
            or not any(a <= tok.idx < b for a, b in c.spans.content):
        return None
    stated = statement_of(cue.root)
    w = news_words()
    rule = PERFECT_NEWS if cue.root.lemma_.lower() in w.news_cues or stated else \
        SAID_PERFECT_DAY if cue.root.lemma_.lower() in w.told_cues and not c.direct else None
    t = _day(d, list(cue) + stated) if rule is not None else None
    if t is not None and rule is not None:
        tc.mark(d, tok, rule)
    return t
