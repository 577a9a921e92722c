"""Two reports coordinated in one sentence: "A reported that X, but B reported that Y".

Why: the parse often hangs the second report inside the first one's content clause (the second
speaker as a conjunct of the first content's verb, its cue as a relative clause), so the first
speaker's content ran over the second report and the nesting step then dropped it as the first
speaker's words. A coordinator followed by nothing but a noun phrase and a finite reporting
verb with a clause of its own is a second speaker's act: the first content ends before the
coordinator and both claims stand (rule ``claims.coordinated.second_report``). So does a report a
preposition holds after a comma: "A said X, despite B saying Y" / "…, despite a statement by B that Y"
(rule ``claims.coordinated.prepositional_report``).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand, Kind

RULE = "claims.coordinated.second_report"
PREP_RULE = "claims.coordinated.prepositional_report"

#: parts of speech a speaker phrase between the coordinator and the cue may hold
NOMINAL = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON")

#: finite verb tags: "B reported", "B says" (not "B, having reported", "B quoted as saying")
FINITE = ("VBD", "VBZ", "VBP")


def split_coordinated(cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """The candidates, with every content clause that runs over a coordinated second report
    cut before its coordinator (the outer's ``trace["content"]`` names the rule)."""
    for inner in cands:
        tok = inner.cue_tok
        if tok is None or inner.clause is None or inner.speaker is None:
            continue
        if inner.clause[0] < tok.idx or inner.kind != Kind.CLAUSE:
            continue  # only "B reported that Y", the clause after the cue
        finite = tok.tag_ in FINITE
        if not finite and not _after_preposition(tok, lex):
            continue
        for outer in cands:
            if outer is inner or outer.clause is None or outer.kind != Kind.CLAUSE:
                continue
            s, e = outer.clause
            if not (s <= tok.idx < e) or outer.cue_tok is None or outer.cue_tok.idx >= s:
                continue
            cc = _coordinator(tok, inner, s, lex) if finite else _preposition(tok, inner, s, lex)
            if cc is not None:
                end = cc.i
                while end - 1 >= 0 and cc.doc[end - 1].is_punct and cc.doc[end - 1].idx > s:
                    end -= 1
                outer.clause = (s, cc.doc[end - 1].idx + len(cc.doc[end - 1].text))
                outer.trace["content"] = RULE if finite else PREP_RULE
    return cands


def _before_noun_phrase(tok: Token, start: int) -> int:
    """The index of the token just before the noun phrase that ends at cue ``tok`` (its speaker
    phrase), not before character ``start``; -1 when the phrase runs to the document's start.
    Both openers of a second report (a coordinator, a preposition) stand there."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].idx >= start and (doc[k].pos_ in NOMINAL or doc[k].text in ("-", "–")):
        k -= 1
    return k


def _coordinator(tok: Token, inner: Cand, start: int, lex: Lexicon) -> Token | None:
    """The coordinator that opens the second report of cue ``tok`` inside a content starting at
    character ``start``: only a noun phrase (the speaker phrase, no verb, comma or mark)
    between it and the cue, and the speaker phrase inside that stretch."""
    assert inner.speaker is not None
    doc = tok.doc
    k = _before_noun_phrase(tok, start)
    if k < 0 or doc[k].idx < start or doc[k].lower_ not in lex.words.report_coordinators:
        return None
    if k + 1 >= tok.i or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[k + 1: tok.i]):
        return None
    if not (k < inner.speaker.start and inner.speaker.end <= tok.i):
        return None
    return doc[k]


def _after_preposition(tok: Token, lex: Lexicon) -> bool:
    """Whether a non-finite cue is a report held by a preposition (rule
    ``claims.coordinated.prepositional_report``): a gerund with its own subject ("despite Norland
    saying that …", "after the ministry claiming …") or a report noun ("despite a statement by X
    that …", "amid claims from Y that …")."""
    return tok.tag_ == "VBG" or tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nouns


def _preposition(tok: Token, inner: Cand, start: int, lex: Lexicon) -> Token | None:
    """The preposition that opens a second speaker's report inside a content starting at ``start``
    ("A said X, despite B saying Y"): after a comma, with only a noun phrase (the speaker phrase, or
    for a report noun its determiner, modifiers and a date) between it and the cue, and the
    speaker phrase between it and the reported clause."""
    assert inner.speaker is not None and inner.clause is not None
    doc = tok.doc
    k = _before_noun_phrase(tok, start)
    if k < 1 or doc[k].idx < start or doc[k].lower_ not in lex.words.report_prepositions:
        return None
    if doc[k - 1].text != "," or doc[k - 1].idx <= start:
        return None
    if tok.tag_ == "VBG" and not any(t.pos_ in ("NOUN", "PROPN") for t in doc[k + 1: tok.i]):
        return None  # "despite saying that …": the first speaker's own words
    if not (k < inner.speaker.start and inner.speaker.end_char <= inner.clause[0]):
        return None
    return doc[k]
