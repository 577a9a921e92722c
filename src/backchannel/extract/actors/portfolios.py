"""A minister's portfolio is no body: "Communication and Information Minister X".

Why: the tagger often reads a capitalised portfolio before "Minister" as an organisation, and the title
rules then give the minister that organisation as a side, where the report means the minister's state
(which context gives: side.py). An organisation actor whose every mention stands right before a
portfolio title word is such a field of office.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.state import ActorState

FILE = "affiliations.toml"


@cache
def _portfolio_titles() -> frozenset[str]:
    return frozenset(word_list(FILE, "portfolios.portfolio_titles", read(FILE)["portfolios"]["portfolio_titles"]))


def is_portfolio(st: ActorState, aid: str) -> bool:
    """Is the organisation ``aid`` only ever written as the field of a minister's title?"""
    actor = st.ctx.actors.get(aid)
    if actor is None or actor.kind != "organization" or not actor.mentions:
        return False
    titles = _portfolio_titles()
    lx = st.lx
    joined = False
    for m in actor.mentions:
        if any(w.lower() in lx.org_words or w.lower() in lx.unit_heads for w in m.text.split()):
            return False  # "<Movement> Political Bureau Secretary X": a body's name ends in a body word
        nxt = _token_after(st, m.end)
        if nxt is None or not _reaches_title(nxt, titles):
            return False
        # (the conjunction may come before the mention: "Labour and [Social Affairs] Minister")
        joined = joined or any(t.pos_ == "CCONJ" for t in st.doc[max(_token_at(st, m.start) - 1, 0):nxt.i + 1])
    # two fields joined ("Labour and Social Affairs"): the shape the tagger takes for a body; one word or an
    # acronym before a title ("UN Secretary-General") is a body's name
    return joined


def _reaches_title(tok: Token, titles: frozenset[str]) -> bool:
    """Is ``tok`` a portfolio title word, or the start of a run of capitalised words and conjunctions that
    ends in one ("and Social Affairs Minister", after a portfolio the tagger cut in two)?"""
    doc = tok.doc
    for t in doc[tok.i:min(tok.i + 6, len(doc))]:
        if t.lower_ in titles:
            return True
        if not (t.pos_ == "CCONJ" or t.pos_ == "PROPN" and t.text[:1].isupper()):
            return False
    return False


def _token_at(st: ActorState, start: int) -> int:
    """The index of the word that starts at (or covers) character offset ``start``."""
    span = st.doc.char_span(start, start + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _token_after(st: ActorState, end: int) -> Token | None:
    """The first word after character offset ``end`` (None at the end of the text)."""
    span = st.doc.char_span(end, min(end + 40, len(st.text)), alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.idx >= end and not t.is_space), None)
