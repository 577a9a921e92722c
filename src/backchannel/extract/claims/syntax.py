"""Dependency-parse helpers: who is the subject of a cue, the noun phrase of a
speaker, and where a content clause ends.

Why separate: these read only the parse, never the quotation regions, and
are reused by the cue, attribution and nominal steps.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Cue, lexicon, words
from backchannel.syntax.tree import noun_phrase, span_of


SUBJ = ("nsubj", "nsubjpass", "csubj")


CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "parataxis")


def subject_of(v: Token, cue: Cue | None) -> Token | None:
    """The token naming who speaks through verb ``v``."""
    w = words()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    says_as = any(c.dep_ == "prep" and c.lower_ in w.speaker_object_preps
                  and any(g.lemma_ in w.saying_verbs for g in c.children) for c in v.children)
    if cue is not None and cue.speaker_object and (says_as or passive):
        for c in v.children:
            if c.dep_ in ("dobj", "obj"):
                return c
            if passive and c.dep_ == "nsubjpass":
                return c
    if passive:
        for c in v.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        return None
    for c in v.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in w.relative_pronouns and v.dep_ == "relcl":
                return v.head
            return c
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        return None
    if v.dep_ == "ROOT":  # a misparse left no subject: the noun right before the verb
        return _root_subject(v)
    if v.tag_ == "VBN" and v.dep_ in ("advcl", "acl") and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None  # "Asked whether …, the minister said": the subject was asked, not asking
    # participles and coordinated verbs borrow the subject of the verb they hang on
    head, seen = v, 0
    while (head.dep_ in CLIMB or head.dep_ == "prep" and head.pos_ == "ADP" and seen > 0) \
            and head.head is not head and seen < 3:  # "responded by saying …": by → responded
        if head.dep_ == "acl":
            return head.head if head.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        if head.dep_ == "ccomp" and head.i > head.head.i:
            return None  # "X said Y told him": Y's telling is the content, not X's
        head, seen = head.head, seen + 1
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in w.relative_pronouns and head.dep_ == "relcl":
                    return head.head
                return c
    return None


def _root_subject(v: Token) -> Token | None:
    """The speaker of a root cue the parse gave no subject: the noun right before it, or
    for an inverted cue ("Said Ellis: “…”", "…, insisted the general.") the name after it."""
    doc, sent = v.doc, v.sent
    start, end = sent.start, sent.end
    j = v.i - 1
    while j >= start and doc[j].dep_ in ("advmod", "aux", "neg", "auxpass"):
        j -= 1
    if j >= start and doc[j].pos_ in ("PROPN", "NOUN", "PRON") and doc[j].dep_ not in ("pobj", "dobj"):
        return doc[j]
    if j < start or doc[j].is_punct:
        k = v.i + 1
        while k < end and doc[k].pos_ in ("DET", "ADJ"):
            k += 1
        while k + 1 < end and doc[k].pos_ in ("PROPN", "NOUN") and doc[k + 1].pos_ in ("PROPN", "NOUN"):
            k += 1
        if k < end and (doc[k].pos_ == "PROPN" or doc[k].pos_ == "NOUN" and doc[k].dep_ == "dobj"
                        and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)):
            return doc[k]
    return None


def clause_cut(t: Token, subtree: list[Token] | None = None) -> int | None:
    """Token index where the clause of ``t`` stops: before a concessive clause, a
    ", citing …" participle or a coordinated reporting act ("… and warned X").
    ``subtree``: ``list(t.subtree)`` when the caller has it already."""
    lex = lexicon()
    concessive = lex.words.concessive
    cut = None
    for c in t.children:
        if c.i <= t.i:
            continue
        first = c.left_edge
        stop = (c.dep_ == "advcl" and (first.lower_ in concessive or
                                       (c.tag_ == "VBG" and c.doc[first.i - 1].text == ",")))
        cue = lex.verbs.get(c.lemma_)
        stop = stop or (c.dep_ == "conj" and c.pos_ == "VERB" and cue is not None
                        and not cue.weak and not cue.infinitive)
        if stop and (cut is None or first.i < cut):
            cut = first.i
    # "… mishandled the case and Democrats accused X": a new speaker's act
    for c in (t.subtree if subtree is None else subtree):
        if c.dep_ == "conj" and c.i > t.i and c.pos_ == "VERB" and c.head.i != t.i:
            cue = lex.verbs.get(c.lemma_)
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")), None)
            if cue is not None and not cue.weak and subj is not None and (cut is None or c.left_edge.i < cut):
                cut = c.left_edge.i
    return cut


def subtree_span(t: Token, skip_mark: bool = True) -> tuple[int, int]:
    """Character span of the clause of ``t`` (its subtree up to :func:`clause_cut`), without
    a leading "that" when ``skip_mark``."""
    toks = list(t.subtree)
    cut = clause_cut(t, toks)
    if cut is not None:
        toks = [x for x in toks if x.i < cut]
        trailing = words().trailing_words
        while len(toks) > 1 and (toks[-1].is_punct or toks[-1].lower_ in trailing):
            toks.pop()
    if skip_mark:
        marks = words().content_marks  # "that …" loses its mark; "whether …", "if …" keep theirs
        while toks and toks[0].dep_ == "mark" and toks[0].lower_ in marks:
            toks = toks[1:]
    if not toks:
        return t.idx, t.idx + len(t.text)
    return span_of(toks)


FINITE = {"VBD", "VBZ", "VBP", "MD"}


SEG_SEPS = {",", "—", "–", "--"}


def has_finite(toks) -> bool:
    """Whether a run of tokens holds a finite verb of its own (not one inside a relative clause)."""
    return any(t.tag_ in FINITE and t.dep_ not in ("relcl", "acl") and not
               any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i >= toks[0].i) for t in toks)


def is_nominal(seg: list[Token]) -> bool:
    """A comma segment that can name a speaker: a short noun phrase, no clause of its own."""
    if not seg or len(seg) > 14 or seg[0].is_punct or (
            seg[0].pos_ in ("CCONJ", "SCONJ", "ADP", "VERB", "AUX") and seg[0].ent_type_ != "PERSON"):
        return False  # (a name the tagger took for a verb still names)
    if seg[0].lower_ in words().relative_pronouns or has_finite(seg):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and len(seg) == 1 for t in seg)
