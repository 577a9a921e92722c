"""A sourcing phrase set inside the clause it attributes: "The envoys, according to one aide, had
run out of patience", "…, and that according to an official, more would follow", "diplomats who, in
the words of one envoy, saved the talks", "The prisoners, as per state media, had landed".

Why: "according to X" at a sentence's edge attributes the rest of the sentence, so the older
reading took the longer side of the sentence. A phrase set off by commas *before the verb* of a
clause (after its subject, or opening a subordinate, relative or reported clause) attributes exactly
that clause: its words on both sides of the phrase, without the phrase, and without the clause's own
"that"/"who" (``claims.nominal.source_inside_clause``). After the verb ("A had landed, as per X, on
Monday", "A rose 20 percent, according to X, twice the rate of B") the side reading stays: what
follows may be a gloss. "as per X" and "in the words of X" / "in X's words" count as sources too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.nominal import names_speaker
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.syntax.tree import NOUN_CLAUSE_DEPS, VERB_POS, noun_phrase

RULE = "claims.nominal.source_inside_clause"


def _host(prep: Token) -> Token | None:
    """The verb the sourcing phrase hangs on, climbing from a coordinated verb without a subject
    of its own ("A had been freed and had landed, as per X, …") to the verb that has one."""
    host = prep.head
    if host.dep_ in ("nsubj", "nsubjpass") and host.i < prep.i and prep.doc[prep.i - 1].text == ",":
        host = host.head  # "The envoys, in X's words, had …": the parse hung the phrase on the subject
    if host.pos_ not in VERB_POS or host.i == prep.i:
        return None
    while host.dep_ == "conj" and host.head.pos_ in VERB_POS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in host.children):
        host = host.head
    return host


def _opens_clause(t: Token, host: Token, lex: Lexicon) -> bool:
    """Whether a word before the phrase only opens the host clause: its "that", its relative
    pronoun, a conjunction or punctuation."""
    if t.is_punct or t.dep_ in ("mark", "cc") and t.head.i == host.i:
        return True
    return t.lower_ in lex.words.relative_pronouns and t.head.i == host.i


def inside_pieces(prep: Token, end: int, sent: Span, text: str, lex: Lexicon) -> list[tuple[int, int]] | None:
    """The pieces of the clause a sourcing phrase attributes from inside it: ``prep`` opens the
    phrase and hangs on the clause's verb, ``end`` is the index of its last token. None when the
    phrase is not set off inside a clause: nothing of the clause follows it, or it opens the
    sentence's main clause (the edge reading of "according to" holds there)."""
    doc = prep.doc
    host = _host(prep)
    if host is None or end + 1 >= sent.end or doc[end + 1].text != ",":
        return None
    first, last = host.left_edge.i, host.right_edge.i
    if not first <= prep.i < end < last:
        return None
    k = first
    while k < prep.i and _opens_clause(doc[k], host, lex):
        k += 1
    if k == prep.i and first <= sent.start:
        return None  # "According to X, A": the sentence's edge, read by the edge rule
    if k < prep.i and doc[prep.i - 1].text not in (",", "—", "–", "("):
        return None  # "freed according to the deal": no phrase set off
    after = clean(text, doc[end + 2].idx if end + 2 <= last else doc[end + 1].idx,
                  doc[last].idx + len(doc[last].text))
    if after is None or len(text[after[0]:after[1]].split()) < 2:
        return None
    if _has_verb(doc[k: prep.i], host) or not _has_verb(doc[end + 1: last + 1], host):
        return None  # "A rose, according to X, on Monday": after the clause's verb, the edge reading
    before = clean(text, doc[k].idx, doc[prep.i - 1].idx) if k < prep.i else None
    return [p for p in (before, after) if p]


def _has_verb(toks: Span, host: Token) -> bool:
    """Whether a stretch of the host's clause holds a verb of that clause, not only one inside a
    noun's relative or participle clause ("twice the rise it projected" is a gloss)."""
    return any(t.pos_ in VERB_POS and not any(a.dep_ in NOUN_CLAUSE_DEPS and a.i != host.i
                                            and toks.start <= a.i < toks.end for a in (t, *t.ancestors)) for t in toks)


def opinion_source(tok: Token, lex: Lexicon) -> tuple[Token, int] | None:
    """"in the words of X" / "in X's words" (``finding_preps`` + ``opinion_nouns``): the holder
    of the words and the index of the phrase's last token."""
    w = lex.words
    if tok.lower_ not in w.finding_preps:
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in w.opinion_nouns:
        return None
    of = next((g for k in pobj.children if k.dep_ == "prep" and k.lower_ in w.opinion_preps
               for g in k.children if g.dep_ == "pobj"), None)
    holder = next((k for k in pobj.children if k.dep_ == "poss"), of)
    return None if holder is None else (holder, tok.right_edge.i)


def _cand(d: ClaimsDoc, tok: Token, cue_end: int, spk: Token, pieces: list[tuple[int, int]], sent: Span) -> Cand:
    """The candidate of a sourcing phrase inside its clause: the phrase's opening words as the cue."""
    cand = Cand(tok, [tok.idx, cue_end], d.text[tok.idx:cue_end], "neutral", noun_phrase(spk),
                (pieces[0][0], pieces[-1][1]), Kind.ACCORDING, sent, rule=RULE)
    cand.split = [list(p) for p in pieces] if len(pieces) > 1 else None
    return cand


def per_cand(d: ClaimsDoc, lex: Lexicon, per: Token, sent: Span) -> Cand | None:
    """"The talks, per two officials, will resume", "The prisoners, as per state media, had landed":
    "per X" / "as per X" inside its clause; elsewhere ("As per the ministry, A", "A had landed in
    Kessel, as per state media, on Monday") "as per X" speaks the longer side of the sentence, as
    "per X" does (``claims.nominal.per_source``). X must name a speaker (:func:`names_speaker`)."""
    doc, w = per.doc, lex.words
    pobj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if pobj is None or not names_speaker(pobj, lex):
        return None
    as_ = doc[per.i - 1] if per.i > sent.start and doc[per.i - 1].lower_ in w.as_marks \
        and per.head.i == per.i - 1 else None
    first = as_ if as_ is not None else per
    if first.i > sent.start and doc[first.i - 1].text not in (",", "—", "–", "("):
        return None
    end, cue_end = pobj.right_edge.i, per.idx + len(per.text)
    pieces = inside_pieces(first, end, sent, d.text, lex)
    if pieces:
        return _cand(d, first, cue_end, pobj, pieces, sent)
    if as_ is None:
        return None  # a bare "per" outside a clause: per_source's reading
    before = clean(d.text, sent.start_char, first.idx) if first.i > sent.start else None
    after = clean(d.text, doc[end + 1].idx, sent.end_char) if end + 1 < sent.end else None
    longer = [p for p in (before, after) if p and len(d.text[p[0]:p[1]].split()) >= 2]
    side = max(longer, key=lambda p: len(d.text[p[0]:p[1]].split()), default=None)
    if side is None:
        return None
    cand = _cand(d, first, cue_end, pobj, [side], sent)
    cand.rule = "claims.nominal.per_source"
    return cand


def opinion_cand(d: ClaimsDoc, lex: Lexicon, tok: Token, sent: Span) -> Cand | None:
    """"diplomats who, in the words of one envoy, saved the talks": the holder of the words
    speaks the clause the phrase sits in."""
    found = opinion_source(tok, lex)
    if found is None:
        return None
    holder, end = found
    pieces = inside_pieces(tok, end, sent, d.text, lex)
    if not pieces:
        return None
    words = next(c for c in tok.children if c.dep_ == "pobj")
    last = holder.head if holder.dep_ == "pobj" else words  # the cue "in the words of", "in X's words"
    return _cand(d, tok, last.idx + len(last.text), holder, pieces, sent)
