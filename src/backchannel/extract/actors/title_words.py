"""A state named in a governmental title written right before a person's name, read off the words.

"<State> President X", "the <State> president, X,", "the President of <State> X", "Minister of the
<demonym> Presidency X": the title rules (``actors.descriptors.gov_title_side``) read a title from the
name's subtree, and the parser often leaves the state outside it: a state that opens a paragraph becomes a
root of its own, an apposition after "the administration of the <State> president," hangs on the
administration, and "of <State>" followed by the name makes the state a compound of the name. The golds of
the read reports give these persons the state their title names (s43-affil). Why the words and not the
parse: the shapes are few and fixed (a title head right before the name, or before an "of" phrase right
before it, or before a comma that opens an apposition), and each ends at the name, so no other person's
title can be read (a run stops at any person's word, a verb, a determiner or punctuation).

Only persons with no side take it, one state exactly among the title's words, no organisation or group
named there (the organisation rules decide those: "<Front> commander X"), never the host of a posting title
("Ambassador to <State> X", ``hosts.posted_to``), and never a title inside a relative clause (the run is
contiguous and ends at the name). An apposition after a comma counts only when a determiner or a
possessive opens the title and the name is followed by punctuation, not a verb ("... met the <demonym>
president, X said" is a speaker, not a holder).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from backchannel.extract.actors.hosts import posted_to
from backchannel.extract.actors.state import ActorState

RULE = "actors.title_words.state_in_title_words"
#: the most words of a title before its head ("Deputy Foreign Affairs Minister", "<State> Prime Minister")
RUN = 5
#: the most words between "of" and the name ("of the <demonym> Presidency", "of <State>")
OF_RUN = 4
#: marks that end a sentence (a title never runs over one)
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
#: what may follow the name of an apposition ("the <State> president, X, said"; "..., X.")
APPOS_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})


def title_word_states(st: ActorState) -> None:
    """Every named person with no side takes the one state of a governmental title right before a mention."""
    doc = st.doc
    for nm in st.named:
        if nm.aid is None or nm.aid not in st.ctx.actors:
            continue
        actor = st.ctx.actors[nm.aid]
        if actor.kind != "person" or actor.affiliation is not None:
            continue
        for s, e, _root, _rule in nm.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            state = _title_state(st, span.start, span.end, actor.id)
            if state is not None:
                st.set_affiliation(actor, state, RULE)
                break


def _title_state(st: ActorState, start: int, end: int, own: str) -> str | None:
    """The one state among the words of a governmental title ending right before token ``start``."""
    doc = st.doc
    j = start - 1
    first = _clause_start(doc, start)
    apposed = j >= first and doc[j].text == ","
    if apposed:
        if end < len(doc) and doc[end].text not in APPOS_CLOSERS:
            return None
        j -= 1
    words = _title_words(st, j, first)
    if not words:
        return None
    if apposed and not _opened(doc, words[0].i - 1):
        return None
    return _one_state(st, words, own)


def _clause_start(doc: Doc, start: int) -> int:
    """The first token after the last sentence-final mark or line break before ``start``: read off the
    text, since the parser may make a title's first word a sentence of its own (a state opening a
    paragraph: "<State>" + "President X announced ...")."""
    k = start - 1
    while k >= 0 and doc[k].text not in SENTENCE_ENDS and not doc[k].is_space:
        k -= 1
    return k + 1


def _title_words(st: ActorState, j: int, first: int) -> list[Token]:
    """The words of a title whose last word is token ``j``: "<words> <head>" or "<words> <head> of [the]
    <words>"; nothing when no governmental title head is there."""
    doc = st.doc
    if j < first:
        return []
    if _head(st, doc[j]):
        return _run(st, j, first) + [doc[j]]
    k = j
    while k >= first and j - k < OF_RUN and _title_word(st, doc[k]):
        k -= 1
    tail = list(doc[k + 1: j + 1])
    if k >= first and doc[k].pos_ == "DET":
        tail.insert(0, doc[k])
        k -= 1
    if not tail or k - 1 < first or doc[k].lower_ != st.lx.words.of or not _head(st, doc[k - 1]):
        return []
    return _run(st, k - 1, first) + [doc[k - 1], doc[k]] + tail


def _run(st: ActorState, j: int, first: int) -> list[Token]:
    """The nouns, adjectives, proper nouns and possessives right before the title head at ``j``."""
    doc = st.doc
    k = j - 1
    while k >= first and j - k <= RUN and (_title_word(st, doc[k]) or doc[k].tag_ == "POS"):
        k -= 1
    return list(doc[k + 1: j])


def _title_word(st: ActorState, tok: Token) -> bool:
    """A word a title may hold: a noun, adjective or proper noun that is no person's name."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    aid = st.token_actor.get(tok.i)
    return aid is None or aid not in st.ctx.actors or st.ctx.actors[aid].kind != "person"


def _head(st: ActorState, tok: Token) -> bool:
    """A governmental title's head ("president", "Minister")."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in st.lx.gov_titles or tok.lemma_.lower() in st.lx.gov_titles)


def _opened(doc: Doc, i: int) -> bool:
    """A determiner or a possessive opens the apposed title ("the <State> president, X")."""
    return i >= 0 and (doc[i].pos_ == "DET" or doc[i].tag_ in ("PRP$", "POS"))


def _one_state(st: ActorState, words: list[Token], own: str) -> str | None:
    """The one state among ``words``; none with two states, a named organisation or group, or only a host."""
    states: set[str] = set()
    for t in words:
        aid = st.actor_of_token(t)
        if aid is None or aid == own or aid not in st.ctx.actors:
            continue
        kind = st.ctx.actors[aid].kind
        if kind in ("organization", "group"):
            return None
        if kind == "state" and not posted_to(st, t):
            states.add(aid)
    return states.pop() if len(states) == 1 else None
