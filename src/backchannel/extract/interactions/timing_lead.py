"""Two last resorts for an act that no construction has dated: the news the report announces
in the present perfect, and the paragraph that follows a one-sentence lead.

Why: a wire report opens with "X has been freed, the ministry announced on Wednesday": the
present perfect tells news of the day it is announced, and the announcement's day dates it
(rule interactions.timing.perfect_news), even where the parser hangs the clause-final speech
verb as a conjunct or adverbial clause of the content, so the path search never reaches it.
A lead paragraph of one sentence ("A and B met yesterday for the first time") is dated, and
the paragraph after it tells that same event in detail ("After an hour-long meeting brokered
by Y, the two men shook hands"); the lead's day dates the first sentence of that paragraph
(rule interactions.timing.lead_paragraph). Both only fill an act left undated, so no date
that another rule read is overturned.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.data_loader import load_fields, read
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.timing import in_relative, is_future_clause
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

PERFECT_NEWS = "interactions.timing.perfect_news"
LEAD_PARAGRAPH = "interactions.timing.lead_paragraph"
WORDS_FILE = "timing_lead.toml"
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


@dataclass(frozen=True)
class LeadWords:
    """Words of the two rules (``data/timing_lead.toml``)."""

    news_cues: frozenset[str]
    perfect_aux: frozenset[str]
    present_tags: frozenset[str]
    later_adverbs: frozenset[str]


@lru_cache(maxsize=1)
def lead_words() -> LeadWords:
    """The rules' words, parsed and checked once per process."""
    return load_fields(LeadWords, WORDS_FILE, read(WORDS_FILE))[0]


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
    w = lead_words()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lemma_.lower() in w.perfect_aux and a.tag_ in w.present_tags for a in aux) \
        and not any(a.tag_ == "MD" for a in aux)


def _day(d: Doc_, toks: list[Token]) -> Time | None:
    """The first day-precise date hung on these tokens."""
    t = tc.resolved(d, (f for x in toks for f in d.timex_at.get(x.i, [])), False)
    return t if t is not None and t.value is not None and len(t.value) == 10 else None


def perfect_news_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """Rule interactions.timing.perfect_news: an undated act told in the present perfect inside
    the content of a claim whose cue is a verb of announcing news (``timing_lead.toml``:
    "announced", "reported", "confirmed") dated to the day, is dated by that day. Not "said"
    (a speaker often tells on Tuesday what happened on Monday), not a past or past perfect act,
    and not an act inside a relative clause (background: "three men who had been detained")."""
    c = d.claims.get(raw.claim) if raw.claim else None
    if future or c is None or not c.spans.cue or in_relative(tok):
        return None
    cue = d.ctx.doc.char_span(c.spans.cue[0], c.spans.cue[1], alignment_mode="expand")
    verb = _clause_verb(tok)
    if cue is None or verb is None or cue.root.lemma_.lower() not in lead_words().news_cues \
            or not _present_perfect(verb) or not any(a <= tok.idx < b for a, b in c.spans.content):
        return None
    t = _day(d, list(cue))
    if t is not None:
        tc.mark(d, tok, PERFECT_NEWS)
    return t


def _later(tok: Token) -> bool:
    """Does the act say it came after, or give itself a vague time? Then the lead's day is not its."""
    heads = [tok] + ([tok.head] if tok.pos_ in NOUN_POS and tok.dep_ in ARGUMENTS else [])
    return tc.vague_own_time(tok) or any(
        c.dep_ == "advmod" and c.lower_ in lead_words().later_adverbs for h in heads for c in h.children)


def lead_time(d: Doc_, tok: Token, raw: Candidate, future: bool) -> Time | None:
    """Rule interactions.timing.lead_paragraph: an undated past act told, not quoted, in the
    first sentence of the paragraph after a one-sentence lead takes the lead's day: the day on a
    verb of the lead that is no speech verb, relative clause or planned clause, when no sentence
    before the lead names a time (so the lead is the report's first dated sentence). Not an act in
    a relative clause, one said to come later ("later", "afterwards") or with a vague time of its
    own, and never a time coarser than a day."""
    si = d.sent_index(tok)
    if future or si < 1 or in_relative(tok) or _later(tok) or (raw.claim and not tc.sourced(d, raw.claim)):
        return None
    p = d.para_of_sent
    if p[si - 1] == p[si] or (si >= 2 and p[si - 2] == p[si - 1]):
        return None  # not the first sentence of its paragraph, or a lead of more than one sentence
    lead = d.sents[si - 1]
    if any(span.start < lead.start for _, span, _ in d.timexes):
        return None
    speech = d.lex.settings.speech_verbs
    found = [(tx, span, att) for tx, span, att in d.timexes
             if lead.start <= span.start < lead.end and att is not None and att.lemma_ not in speech
             and not tc.since_start(tx) and not in_relative(att) and not is_future_clause(att)]
    found.sort(key=lambda f: not tc.reaches(f[2], lead.root))  # the lead's main verb's own date first
    t = tc.resolved(d, ((tx, span) for tx, span, _ in found), False)
    if t is None or t.value is None or len(t.value) != 10:
        return None
    tc.mark(d, tok, LEAD_PARAGRAPH)
    return t
