"""A second report in a subordinate clause closing the first one's content:
"X announced that A, shortly after Y said that B" / "X said A, although X had pledged B before".

Why: the parse hangs the comma-set adverbial clause on the reported verb, so the first speaker's
content ran over the reporter's context and over a second speech act with a speaker of its own
(the nesting step then dropped that second act as the first speaker's words). News English sets the
time or concession of a report off with a comma and a subordinator ("shortly after", "although",
"as", "before"); the clause after it is the reporter's, so the first content ends at the comma and the
second report stands as a claim of its own (rule ``claims.subordinate.subordinate_report``). The
subordinators are language data (``claims_words.toml`` ``report_subordinators``). Without the comma
("said the talks would resume after the rebels said they would return") the clause may be the
speaker's own words and is left as it is. After a temporal subordinator (``future_subordinators``:
"until", "when", "once") only a past cue is a report: "…, until the Front says it will disarm" is the
speaker's condition (s48-fix2b).
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand, Kind

RULE = "claims.subordinate.subordinate_report"

#: parts of speech a speaker phrase between the subordinator and the cue may hold
NOMINAL = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON")

#: finite tags of the cue or of its auxiliary ("Y said", "she had pledged", "Y will say")
FINITE = ("VBD", "VBZ", "VBP", "MD")

#: the verb group between a subject and its cue: "had earlier pledged", "has also said"
VERB_GROUP = ("aux", "auxpass", "advmod")

#: at most this many adverbs between the comma and the subordinator ("shortly after", "soon after")
MAX_ADVERBS = 2

#: the kinds of content a report in the clause may have: "said that B", "promised to B"
INNER_KINDS = (Kind.CLAUSE, Kind.INFINITIVE)


def split_subordinate(cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """The candidates, with every content clause that runs over a comma-set subordinate clause holding
    a report of its own cut before that comma (the outer's ``trace["content"]`` names the rule)."""
    for inner in cands:
        tok = inner.cue_tok
        if tok is None or inner.clause is None or inner.speaker is None or inner.kind not in INNER_KINDS:
            continue
        if inner.clause[0] < tok.idx or not _finite(tok):
            continue
        comma = _opening_comma(tok, inner, lex)
        if comma is None:
            continue
        for outer in cands:
            if outer is inner or outer.clause is None or outer.kind not in INNER_KINDS or outer.cue_tok is None:
                continue
            s, e = outer.clause
            if not (s < comma.idx and tok.idx < e) or outer.cue_tok.idx >= s:
                continue
            last = comma.i - 1
            while last > 0 and comma.doc[last].is_punct and comma.doc[last].idx > s:
                last -= 1
            if comma.doc[last].idx <= s:
                continue
            outer.clause = (s, comma.doc[last].idx + len(comma.doc[last].text))
            outer.trace["content"] = RULE
    return cands


def _finite(tok: Token) -> bool:
    """Whether cue ``tok`` is a finite report: its own tag or its auxiliary's ("had pledged")."""
    return tok.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in tok.children)


def _past(tok: Token) -> bool:
    """Whether cue ``tok`` tells a past report: past tense itself or through its auxiliary ("said", "had
    pledged"). Why: after a temporal subordinator English puts a coming event in the present ("until X
    says", "once Y has said"), so only a past cue there is a report that was made."""
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children)


def _opening_comma(tok: Token, inner: Cand, lex: Lexicon) -> Token | None:
    """The comma that opens the subordinate clause of cue ``tok``: the comma, at most two adverbs, a
    subordinator (``report_subordinators``), then only the speaker phrase and the cue's verb group."""
    assert inner.speaker is not None
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].head.i == tok.i and doc[k].dep_ in VERB_GROUP:
        k -= 1
    phrase_end = k
    while k >= 0 and (doc[k].pos_ in NOMINAL or doc[k].text in ("-", "–")):
        k -= 1
    if k < 1 or k == phrase_end or doc[k].lower_ not in lex.words.report_subordinators:
        return None
    if doc[k].lower_ in lex.words.future_subordinators and not _past(tok):
        return None  # "…, until the Front says it will disarm": a condition of the speaker's, no report
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[k + 1: phrase_end + 1]):
        return None
    if not (k < inner.speaker.start and inner.speaker.end <= phrase_end + 1):
        return None
    j = k - 1
    while j > 0 and k - j <= MAX_ADVERBS and doc[j].pos_ == "ADV":
        j -= 1
    return doc[j] if doc[j].text == "," else None
