"""Claims stage: who said what, grounded by offsets.

How it works, in one pass over the document:

1. **Quotation regions** are found once per document by a small state machine
   over the quotation marks (straight and curly; a mark's role is read from the
   characters around it, so a stray ``”`` opening a paragraph still opens).
   A quotation that runs over several paragraphs (opening mark repeated at
   each new paragraph, no closing mark until the end) is one region with one
   piece per paragraph; an unclosed mark ends at its paragraph.
2. **Cues**: every verb whose lemma is in ``data/cues.toml`` (plus "according
   to") gives a candidate with its speaker (the subject; the object for "cited
   Wang as saying"; the noun of a relative clause for "Witkoff, who admitted";
   the subject of the governing verb for "…, noting that") and its content
   clause from the dependency parse: the clausal complement ("said (that) …",
   also when the clause comes first: "…, X said"), the object and the
   prepositions of its frame ("accused Y *of* …", "thanked Y *for* …"), a
   "to"-infinitive ("pledged to …") or, for an anaphoric object ("told CNN
   about this"), the previous sentence.
3. **Quotes meet cues**: a clause that is (almost) all quotation is a direct
   claim whose content is the whole quotation region, even when it runs over
   several sentences; a quotation inside a wider clause is a partial quote
   (content = the quoted words, ``direct`` true, the clause kept in
   ``spans.clause``). A quotation no clause took is attributed to a cue in the
   sentence that closes it ("“…,” he said") or opens it ("he said: “…”"), or
   continues the previous quote claim: after "he said," it becomes a second
   content piece of the same claim, after a full stop a new claim of the same
   speaker.
4. **Speakers** resolve through ``ctx.actor_for_span`` (mentions and the
   actors stage's ``ctx.coref``); a pronoun without a coref entry falls back to
   the nearest preceding person (or organisation) mention, preferring subjects,
   and is marked ``inferred: ["speaker"]``; an anonymous source phrase ("a
   Palestinian source", "the official") nobody claimed becomes an unnamed actor.

5. **Signed text**: an embedded post signed "— Name (@handle) date" is a claim
   with cue "—"; an interview transcript line "NAME: …" a claim with cue ":".

A cue inside another claim's content does not make a second claim (nested
attribution keeps the outer speaker). The outlet's own sourcing ("X reports
via foreign media", the document's source or author as speaker) is not a
claim, nor is a quotation that names a title ("on CNN's “State of the Union”").
The title and byline make no claim: the title is not in the body text, and a
byline has no cue.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from backchannel.extract.context import Context, stage
from backchannel.model import Actor, Claim, ClaimSpans

# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Cue:
    lemma: str
    stance: str = "neutral"
    object: bool = False
    preps: frozenset[str] = frozenset()
    prt: frozenset[str] = frozenset()
    speaker_object: bool = False
    infinitive: bool = False
    weak: bool = False
    document_object: bool = False
    naming: bool = False


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, str]
    anaphora: frozenset[str]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    org_nouns: frozenset[str]
    documents: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = tomllib.loads(resources.files("backchannel.data").joinpath("cues.toml").read_text("utf-8"))
    verbs = {}
    for lemma, v in raw["verbs"].items():
        verbs[lemma] = Cue(lemma=lemma, stance=v.get("stance", "neutral"), object=v.get("object", False),
                           preps=frozenset(v.get("preps", ())), prt=frozenset(v.get("prt", ())),
                           speaker_object=v.get("speaker_object", False),
                           infinitive=v.get("infinitive", False), weak=v.get("weak", False),
                           document_object=v.get("document_object", False), naming=v.get("naming", False))
    sn = raw.get("speaker_nouns", {})
    return Lexicon(verbs=verbs, nouns=dict(raw.get("nouns", {})),
                   anaphora=frozenset(raw.get("anaphora", {}).get("words", ())),
                   person_nouns=frozenset(sn.get("person", ())), group_nouns=frozenset(sn.get("group", ())),
                   org_nouns=frozenset(sn.get("organization", ())),
                   documents=frozenset(raw.get("documents", {}).get("words", ())),
                   abbreviations=frozenset(raw.get("abbreviations", {}).get("words", ())))


# ---------------------------------------------------------------- quotation regions

QUOTE_MARK = re.compile(r"''|[\"“”„«»]")  # '' is the NYT's straight double quote
PARA_BREAK = re.compile(r"\n[ \t\u00a0\r]*\n")
DASH_NAME = re.compile(r"[—―]\s*(?=[A-Z@])")
TWEET_TAIL = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,4})"
    r"(?:[ \u00a0]*\(@\w+\))?(?:[ \u00a0]+[A-Z][a-z]+\.? \d{1,2},? \d{4})?[ \u00a0.]*")
OPEN_GLYPHS, CLOSE_GLYPHS = "“„«", "”»"
BEFORE_OPEN = "([{—–-/…\u00a0"
AFTER_CLOSE = ".,;:!?)]}—–-…"
END_PUNCT = " \t\n\r\u00a0.,;:—–-"
QUOTE_CHARS = "\"“”„«»"


@dataclass
class Region:
    """One quotation: the marks' extent and its content pieces (one per paragraph)."""

    start: int
    end: int
    pieces: list[list[int]]
    used: bool = False
    closed: bool = True  # False: a mark nobody closed, ended by its paragraph


def _trim(text: str, s: int, e: int, chars: str = " \t\n\r\u00a0") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _mark_opens(text: str, i: int, j: int, is_open: bool) -> bool:
    """Whether the mark text[i:j] opens a quotation, from the characters around it."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[j] if j < len(text) else "\n"
    o = (prev.isspace() or prev in BEFORE_OPEN or prev in QUOTE_CHARS) and not nxt.isspace()
    c = not prev.isspace() and (nxt.isspace() or nxt in AFTER_CLOSE or nxt in QUOTE_CHARS)
    if o != c:
        return o
    ch = text[i]
    if ch in OPEN_GLYPHS:
        return True
    if ch in CLOSE_GLYPHS:
        return False
    return not is_open


def scan_quotes(text: str) -> list[Region]:
    """All quotation regions of a text (one regex pass over the marks)."""
    breaks = [m.start() for m in PARA_BREAK.finditer(text)]
    regions: list[Region] = []
    cur: Region | None = None
    piece_start = 0

    def para_end(pos: int) -> int:
        j = bisect.bisect_right(breaks, pos)
        return breaks[j] if j < len(breaks) else len(text)

    def finish(end: int, close: int, closed: bool = True) -> None:
        nonlocal cur
        s, e = _trim(text, piece_start, end)
        if e > s:
            cur.pieces.append([s, e])
        cur.end = close
        cur.closed = closed
        if cur.pieces:
            regions.append(cur)
        cur = None

    for m in QUOTE_MARK.finditer(text):
        i, j = m.start(), m.end()
        opens = _mark_opens(text, i, j, cur is not None)
        if cur is not None:
            pend = para_end(piece_start)
            if pend < i:  # a paragraph break since the piece began
                if opens and not text[pend:i].strip():
                    # the same quotation goes on in a new paragraph
                    s, e = _trim(text, piece_start, pend)
                    if e > s:
                        cur.pieces.append([s, e])
                    piece_start = j
                    continue
                finish(pend, pend, False)  # unclosed: ends with its paragraph
        if cur is None:
            if opens:
                cur = Region(start=i, end=j, pieces=[])
                piece_start = j
            continue
        if opens and text[piece_start:i].strip():
            # an opening mark inside an open quotation: the previous one lost its close
            finish(i, i, False)
            cur = Region(start=i, end=j, pieces=[])
            piece_start = j
            continue
        if not opens or not text[piece_start:i].strip():
            if not text[piece_start:i].strip():  # empty quotation: drop
                cur = None
                continue
            finish(i, j)
    if cur is not None:
        pend = para_end(piece_start)
        finish(pend, pend, False)
    return regions


# ---------------------------------------------------------------- candidates


@dataclass
class Cand:
    cue_tok: Token | None
    cue_span: list[int] | None
    cue_text: str
    stance: str
    speaker: Span | None  # the phrase that names the speaker
    clause: tuple[int, int] | None  # the attributed clause, trimmed
    kind: str  # clause | object | according | anaphora | reverse | bare | tweet
    sent: Span | None
    speaker_actor: str | None = None
    pieces: list[list[int]] = field(default_factory=list)
    direct: bool = False
    parent: "Cand | None" = None  # the claim a continued quotation belongs to
    partial: bool = False  # quoted words inside a wider clause
    split: list[list[int]] | None = None  # clause pieces around a parenthetical cue ("A, he said, B")
    inferred: list[str] = field(default_factory=list)
    relative: list[int] | None = None  # "who said": the relative pronoun naming the speaker here


SUBJ = ("nsubj", "nsubjpass", "csubj")
WH = {"who", "which", "that", "whom"}
CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "parataxis")


def _subject(v: Token, cue: Cue | None) -> Token | None:
    """The token naming who speaks through verb ``v``."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    says_as = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ in ("say", "write", "tell") for g in c.children)
                  for c in v.children)
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
            if c.lower_ in WH and v.dep_ == "relcl":
                return v.head
            return c
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        return None
    if v.dep_ == "ROOT":  # a misparse left no subject: the noun right before the verb
        j = v.i - 1
        while j >= v.sent.start and v.doc[j].dep_ in ("advmod", "aux", "neg", "auxpass"):
            j -= 1
        if j >= v.sent.start and v.doc[j].pos_ in ("PROPN", "NOUN", "PRON") and v.doc[j].dep_ not in ("pobj", "dobj"):
            return v.doc[j]
        if j < v.sent.start or v.doc[j].is_punct:  # inverted "Said Ellis: “…”", "…, insisted the general."
            k = v.i + 1
            while k < v.sent.end and v.doc[k].pos_ in ("DET", "ADJ"):
                k += 1
            while k + 1 < v.sent.end and v.doc[k].pos_ in ("PROPN", "NOUN") and v.doc[k + 1].pos_ in ("PROPN", "NOUN"):
                k += 1
            if k < v.sent.end and (v.doc[k].pos_ == "PROPN" or v.doc[k].pos_ == "NOUN" and v.doc[k].dep_ == "dobj"
                                   and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)):
                return v.doc[k]
        return None
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
                if c.lower_ in WH and head.dep_ == "relcl":
                    return head.head
                return c
    return None


def _phrase(tok: Token) -> Span:
    """The noun phrase of ``tok``, cut before an apposition or relative clause."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for t in doc[tok.i + 1: tok.right_edge.i + 1]:
        if t.is_punct and t.text in ",(—–;":
            break
        if t.dep_ in ("relcl", "acl"):
            break
        right = t.i
    while left < tok.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > tok.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left: right + 1]


def _span_of(toks: list[Token]) -> tuple[int, int]:
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


CONCESSIVE = {"although", "though", "while", "whereas"}
TRAILING_WORDS = {"and", "but", "or", "while", "although", "though"}


def _cut(t: Token) -> int | None:
    """Token index where the clause of ``t`` stops: before a concessive clause, a
    ", citing …" participle or a coordinated reporting act ("… and warned X")."""
    lex = lexicon()
    cut = None
    for c in t.children:
        if c.i <= t.i:
            continue
        first = c.left_edge
        stop = (c.dep_ == "advcl" and (first.lower_ in CONCESSIVE or
                                       (c.tag_ == "VBG" and c.doc[first.i - 1].text == ",")))
        cue = lex.verbs.get(c.lemma_)
        stop = stop or (c.dep_ == "conj" and c.pos_ == "VERB" and cue is not None
                        and not cue.weak and not cue.infinitive)
        if stop and (cut is None or first.i < cut):
            cut = first.i
    for c in t.subtree:  # "… mishandled the case and Democrats accused X": a new speaker's act
        if c.dep_ == "conj" and c.i > t.i and c.pos_ == "VERB" and c.head.i != t.i:
            cue = lex.verbs.get(c.lemma_)
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")), None)
            if cue is not None and not cue.weak and subj is not None and (cut is None or c.left_edge.i < cut):
                cut = c.left_edge.i
    return cut


def _subtree_span(t: Token, skip_mark: bool = True) -> tuple[int, int]:
    toks = list(t.subtree)
    cut = _cut(t)
    if cut is not None:
        toks = [x for x in toks if x.i < cut]
        while len(toks) > 1 and (toks[-1].is_punct or toks[-1].lower_ in TRAILING_WORDS):
            toks.pop()
    if skip_mark:
        while toks and toks[0].dep_ in ("mark",) and toks[0].lower_ in ("that", "whether", "if"):
            if toks[0].lower_ != "that":
                break
            toks = toks[1:]
    if not toks:
        return t.idx, t.idx + len(t.text)
    return _span_of(toks)


DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,40}(?:,[^—–―\n]{0,40})?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?:—|–|―|--?)[ \t]+")


PLACE_DATELINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’ -]{1,30})?"
                            r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]+(?:—|–|―|--?)[ \t]+")


def _clean(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim spaces and clause punctuation, a dateline ("WASHINGTON —") and unpaired quote marks."""
    s, e = _trim(text, s, e, END_PUNCT)
    m = DATELINE.match(text, s, e)
    if m is None and (s == 0 or text[s - 1] == "\n"):
        m = PLACE_DATELINE.match(text, s, e)  # "Lima, Peru — …" opening a paragraph
    if m and m.end() < e:
        s = m.end()
    while s < e and text[s] in QUOTE_CHARS and not any(c in QUOTE_CHARS for c in text[s + 1:e]):
        s, e = _trim(text, s + 1, e, END_PUNCT)
    while e > s and text[e - 1] in QUOTE_CHARS and not any(c in QUOTE_CHARS for c in text[s:e - 1]):
        s, e = _trim(text, s, e - 1, END_PUNCT)
    return (s, e) if e - s > 1 else None


def _clause(v: Token, cue: Cue, lex: Lexicon, text: str) -> tuple[tuple[int, int] | None, str, list[int]]:
    """(clause span, kind, extra cue tokens) for a cue verb from its dependents."""
    kids = list(v.children)
    right = [c for c in kids if c.i > v.i]
    extra: list[int] = []
    if cue.speaker_object:  # "cited Wang as saying (that) …": the content hangs on "saying"
        for c in right:
            if c.dep_ == "prep" and c.lower_ == "as":
                for g in c.children:
                    if g.lemma_ in ("say", "write", "tell"):
                        comp = next((k for k in g.children if k.dep_ == "ccomp"), None)
                        return (_subtree_span(comp) if comp is not None else None), (
                            "clause" if comp is not None else "bare"), extra
    # phrasal cue: "called for X", "pointed to X", "insisted on X"
    for c in right:
        if c.dep_ in ("prep", "prt") and c.lower_ in cue.prt:
            extra.append(c.i)
            comp = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            for k in kids:  # "pointed out that …"; "called on X to …"
                if k.dep_ == "ccomp":
                    return _subtree_span(k), "clause", extra
                if k.dep_ == "xcomp" and k.i > c.i and any(g.lower_ == "to" for g in k.children):
                    return _subtree_span(k), "infinitive", extra
            if comp:
                return _subtree_span(comp[0], False), "frame", extra
    ccomps = [c for c in kids if c.dep_ == "ccomp"]
    def quoted(c: Token) -> bool:
        le = c.left_edge
        return le.text in QUOTE_CHARS or le.i > 0 and v.doc[le.i - 1].text in QUOTE_CHARS

    if len(ccomps) > 1 and ccomps[0].i < v.i < ccomps[-1].i and quoted(ccomps[0]) and quoted(ccomps[-1]):
        # “A,” he said, “B”: split below
        return (_subtree_span(ccomps[0])[0], _subtree_span(ccomps[-1])[1]), "clause", extra
    if len(ccomps) > 1 and ccomps[0].i < v.i < ccomps[-1].i and quoted(ccomps[0]):
        return _subtree_span(ccomps[0]), "reverse", extra  # “A,” she said of …, in which B: the quote
    for c in kids:
        if c.dep_ == "ccomp" and c.i > v.i:
            return _subtree_span(c), "clause", extra
    for c in kids:
        if c.dep_ == "ccomp":  # "…, X said": the clause comes first
            return _subtree_span(c), "reverse", extra
    for c in right:  # "said in a statement that …": the clause hung on the statement
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for k in p.children:
                    if k.dep_ in ("acl", "relcl", "ccomp") and any(
                            g.dep_ == "mark" and g.lower_ == "that" for g in k.children):
                        return _subtree_span(k), "clause", extra
    if not cue.object:
        # "said after the convention he would …" parsed as an adverbial clause without a marker
        for c in right:
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
            if c.dep_ == "advcl" and subj is not None and not any(g.dep_ == "mark" for g in c.children):
                e = _subtree_span(c)[1]
                return (subj.left_edge.idx, e), "clause", extra
    objs = [c for c in right if c.dep_ in ("dobj", "obj", "oprd", "attr", "dative")]
    dobj = next((c for c in objs if c.dep_ in ("dobj", "obj")), None)
    # anaphoric object: "told CNN about this", "said so"
    for c in right:
        if c.lower_ in lex.anaphora and c.dep_ in ("dobj", "advmod", "obj") and c.i == c.right_edge.i:
            return None, "anaphora", extra
        if c.dep_ == "prep" and c.lower_ in ("about", "of"):
            p = [g for g in c.children if g.dep_ == "pobj"]
            if p and p[0].lower_ in lex.anaphora and not list(p[0].children):
                return None, "anaphora", extra
    xcomp = next((c for c in right if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)), None)
    if xcomp is not None and (cue.infinitive or dobj is not None and cue.object):
        parts = [xcomp]
        s = min(p.left_edge.idx for p in parts)
        e = max(p.right_edge.idx + len(p.right_edge.text) for p in parts)
        return (s, e), "infinitive", extra
    if (cue.object or cue.preps) and (dobj is not None or any(c.dep_ == "prep" and c.lower_ in cue.preps for c in right)):
        parts = [c for c in right if c.dep_ in ("dobj", "obj", "oprd", "attr", "ccomp", "xcomp")
                 or (c.dep_ == "prep" and c.lower_ in cue.preps)
                 or (c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children))]
        if dobj is None and not cue.preps:
            parts = []
        if parts and (cue.object or dobj is None or len(parts) > 1):
            if dobj is None and parts[0].dep_ == "prep":
                # passive "was accused of using …": the content starts after the preposition
                parts = [g for g in parts[0].children if g.dep_ in ("pobj", "pcomp")] + parts[1:] or parts
            s = min(p.left_edge.idx for p in parts)
            e = max(p.right_edge.idx + len(p.right_edge.text) for p in parts)
            return (s, e), ("object" if cue.object or not cue.weak else "frame"), extra
    if objs and any(c.dep_ in ("oprd", "attr") for c in objs) or (dobj is not None and cue.naming):
        parts = [c for c in right if c.dep_ in ("dobj", "obj", "oprd", "attr", "ccomp")]
        s = min(p.left_edge.idx for p in parts)
        e = max(p.right_edge.idx + len(p.right_edge.text) for p in parts)
        # "called his trial a farce" is a claim; "called the meeting" only with a quotation
        kind = "object" if dobj is not None and any(c.dep_ in ("oprd", "attr") for c in objs) else "object-quote"
        return (s, e), kind, extra
    return None, "bare", extra


def _reverse_clause(v: Token, sent: Span, text: str) -> tuple[int, int] | None:
    """'Y, X said.' parsed with 'said' under Y's verb: the clause is what precedes the cue clause."""
    doc = v.doc
    acl = v.dep_ == "acl" and v.head.i == v.i - 1 and v.head.pos_ in ("NOUN", "PROPN")  # "…, a US official confirmed"
    if not acl and (v.dep_ not in ("parataxis", "ccomp", "conj", "advcl") or (v.dep_ != "parataxis" and v.head.i > v.i)):
        return None
    if any(c.dep_ == "mark" for c in v.children) or v.left_edge.tag_ in ("WRB", "IN") and v.left_edge.i < v.i:
        return None  # "…, while 73 percent said the same": a clause of its own, not an attribution of what precedes
    left, right = (v.head.left_edge.i if acl else v.left_edge.i), v.right_edge.i
    while left < v.i and doc[left].is_punct:
        left += 1
    while right > v.i and doc[right].is_punct:
        right -= 1
    after = [t for t in doc[right + 1: sent.end] if not (t.is_punct or t.is_space)]
    if after:
        if right + 1 < sent.end and doc[right + 1].text in (",", "—", "–") \
                and left > sent.start and doc[left - 1].text in (",", "—", "–"):
            return sent.start_char, sent.end_char  # parenthetical: split around the cue below
        return None
    if left <= sent.start:
        return None
    prev = doc[left - 1]
    if not (prev.text in (",", "—", "–") or prev.text in QUOTE_CHARS):
        return None
    s, e = sent.start_char, prev.idx
    semi = [t for t in doc[sent.start: left - 1] if t.text in (";", ":")]
    if semi:  # "A; B, X said": the attribution covers B only
        s = semi[-1].idx + 1
    if prev.text not in QUOTE_CHARS and not any(t.pos_ in ("VERB", "AUX") for t in doc[semi[-1].i if semi else sent.start: left - 1]):
        return None  # "Obama, others vow": no clause before the comma
    return (s, e) if e > s else None


FINITE = {"VBD", "VBZ", "VBP", "MD"}
SEG_SEPS = {",", "—", "–", "--"}


def _finite(toks) -> bool:
    """Whether a run of tokens holds a finite verb of its own (not one inside a relative clause)."""
    return any(t.tag_ in FINITE and t.dep_ not in ("relcl", "acl") and not
               any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i >= toks[0].i) for t in toks)


def _nominal(seg: list[Token]) -> bool:
    """A comma segment that can name a speaker: a short noun phrase, no clause of its own."""
    if not seg or len(seg) > 14 or seg[0].is_punct or (
            seg[0].pos_ in ("CCONJ", "SCONJ", "ADP", "VERB", "AUX") and seg[0].ent_type_ != "PERSON"):
        return False  # (a name the tagger took for a verb still names)
    if seg[0].lower_ in WH or _finite(seg):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and len(seg) == 1 for t in seg)


def _tail_attribution(d: "_Doc", v: Token, sent: Span, lex: Lexicon) -> tuple[Span, tuple[int, int]] | None:
    """'CONTENT, SPEAKER CUE [adjuncts].' read from the surface when the parse is off:
    'He had urged X to …, Y's spokeswoman, Maria Hendry, told reporters.' The speaker is the
    comma segment before the cue (with an apposition segment before it when one of the two
    is a name and the other a person's description); the content is everything before it."""
    doc = v.doc
    if v.dep_ == "relcl":
        return None  # "…, a charge the UAE rejected": the cue describes a noun
    after = doc[v.i + 1: sent.end]
    if any(t.tag_ in FINITE or t.text in QUOTE_CHARS or t.dep_ == "ccomp" for t in after):
        return None
    j = v.i - 1
    while j >= sent.start and (doc[j].pos_ in ("ADV", "AUX", "PART") and doc[j].dep_ in ("advmod", "aux", "neg")
                               or doc[j].text == ","):
        j -= 1
    # comma segments of the sentence up to the speaker's end (commas inside quotations do not count)
    segs: list[list[Token]] = [[]]
    depth = 0
    for t in doc[sent.start: j + 1]:
        if t.text in QUOTE_CHARS or d.region_at(t.idx) is not None:
            return None  # quotations: left to the quote rules
        depth += t.text == "("
        depth -= t.text == ")"
        if t.text in (";", ":") and depth <= 0:
            segs = [[]]  # the content starts after a semicolon or a colon
        elif t.text in SEG_SEPS and depth <= 0:
            segs.append([])
        else:
            segs[-1].append(t)
    if len(segs) < 2 or not _nominal(segs[-1]):
        return None

    def is_name(seg: list[Token]) -> bool:
        return seg[-1].pos_ == "PROPN" or seg[-1].text == ")" and any(t.pos_ == "PROPN" for t in seg)

    def is_description(seg: list[Token]) -> bool:
        return any(t.lemma_.lower() in lex.person_nouns or t.lower_ in lex.person_nouns for t in seg) \
            and not is_name(seg)

    spk = segs[-1]
    n = len(segs) - 1
    if len(segs) >= 3 and _nominal(segs[-2]) and (is_name(segs[-1]) and is_description(segs[-2]) or
                                                   is_name(segs[-2]) and is_description(segs[-1])):
        if any(t.tag_ in FINITE for seg in segs[:-2] for t in seg):
            spk = segs[-2] if is_name(segs[-2]) else segs[-1]
            n = len(segs) - 2
    content = [t for seg in segs[:n] for t in seg]
    if len(content) < 3 or not any(t.tag_ in FINITE for t in content):
        return None
    return doc[spk[0].i: spk[-1].i + 1], (content[0].idx, content[-1].idx + len(content[-1].text))


def _according(tok: Token) -> tuple[Token | None, tuple[int, int] | None, list[int]] | None:
    doc = tok.doc
    if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    sent = tok.sent
    if pobj is None:  # misparsed ("according to show insiders"): the words up to the punctuation
        j = to.i + 1
        while j < sent.end and not doc[j].is_punct:
            j += 1
        if j == to.i + 1:
            return None
        pobj = doc[to.i + 1: j].root
    ph_s, ph_e = tok.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
    before = (sent.start_char, ph_s)
    after = (ph_e, sent.end_char)
    text = doc.text
    nb = len(text[before[0]:before[1]].split())
    na = len(text[after[0]:after[1]].split())
    clause = before if nb >= na else after
    return pobj, clause, [tok.i, to.i]


def _noun_cue(n: Token, text: str) -> tuple[Token, tuple[int, int]] | None:
    """'accusations from the West that …', 'Trump's claim that …', 'a pledge by X to …'."""
    spk = None
    for c in n.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") or c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            spk = c
        elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
            spk = next((g for g in c.children if g.dep_ == "pobj"), spk)
    if spk is None:
        return None
    for c in n.children:
        if c.i < n.i or c.dep_ not in ("acl", "ccomp", "relcl"):
            continue
        marks = [g for g in c.children if g.dep_ in ("mark", "aux")]
        if any(g.lower_ == "that" and g.dep_ == "mark" for g in marks) or any(g.lower_ == "to" for g in marks):
            cl = _clean(text, *_subtree_span(c))
            if cl:
                return spk, cl
    nxt = n.doc[n.right_edge.i + 1] if n.right_edge.i + 1 < len(n.doc) else None
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and nxt.head.i > nxt.i:
        cl = _clean(text, *_subtree_span(nxt.head))  # the parser hung the clause on the verb
        if cl:
            return spk, cl
    return None


# ---------------------------------------------------------------- the stage


class _Doc:
    """Per-document indexes: sentences, paragraphs, quotation regions."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.document.text
        self.sents = list(ctx.doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.regions = scan_quotes(self.text)
        self.region_starts = [r.start for r in self.regions]
        self.breaks = [m.start() for m in PARA_BREAK.finditer(self.text)]

    def sent_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)

    def para_index(self, pos: int) -> int:
        return bisect.bisect_right(self.breaks, pos)

    def region_at(self, pos: int) -> Region | None:
        j = bisect.bisect_right(self.region_starts, pos) - 1
        if j >= 0 and self.regions[j].start <= pos < self.regions[j].end:
            return self.regions[j]
        return None

    def regions_in(self, s: int, e: int) -> list[Region]:
        j = max(bisect.bisect_right(self.region_starts, s) - 1, 0)
        out = []
        while j < len(self.regions) and self.regions[j].start < e:
            r = self.regions[j]
            if r.end > s:
                out.append(r)
            j += 1
        return out


def _candidates(d: _Doc, lex: Lexicon) -> list[Cand]:
    text = d.text
    out: list[Cand] = []
    for sent in d.sents:
        for tok in sent:
            if tok.lower_ == "according":
                acc = _according(tok)
                if acc:
                    spk, clause, toks = acc
                    c = _clean(text, *clause) if clause else None
                    if c:
                        out.append(Cand(tok, [tok.idx, d.ctx.doc[toks[-1]].idx + 2], "according to",
                                        lex.nouns.get("according", "neutral"), _phrase(spk), c, "according", sent))
                continue
            if tok.pos_ == "NOUN" and tok.lemma_ in lex.nouns:
                nc = _noun_cue(tok, text)
                if nc is not None:
                    spk, clause = nc
                    out.append(Cand(tok, [tok.idx, tok.idx + len(tok.text)], tok.text, lex.nouns[tok.lemma_],
                                    _phrase(spk), clause, "clause", sent))
                continue
            if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ == "VBG"):
                continue
            cue = lex.verbs.get(tok.lemma_) or lex.verbs.get(tok.lower_)
            if cue is None or tok.pos_ == "AUX" and tok.lemma_ != "say":
                continue
            if d.region_at(tok.idx) is not None:
                continue  # a cue inside quoted words belongs to the quoted speaker
            if tok.head.lower_ == "as" and tok.head.head.lemma_ in lex.verbs \
                    and lex.verbs[tok.head.head.lemma_].speaker_object:
                continue  # the "saying" of "cited X as saying": part of that cue
            if any(c.dep_ == "prep" and c.lower_ == "via" for c in tok.children):
                continue  # "Caliber.Az reports via foreign media": the outlet's own sourcing
            subj = _subject(tok, cue)
            if subj is None and tok.dep_ == "ROOT":
                subj = _leading_speaker(d, tok, sent)  # "The TPLF's negotiator, Getachew W., said" misparsed
            if subj is not None and d.region_at(subj.idx) is not None:
                subj = _speaker_beside_cue(d, tok)  # the parse took a quoted word as the subject
            if subj is not None and _is_outlet(d, subj):
                continue
            if cue.document_object and subj is not None and subj.lemma_.lower() in lex.documents:
                cue = Cue(lemma=cue.lemma, stance=cue.stance, object=True)
            clause, kind, extra = _clause(tok, cue, lex, text)
            spk_span = None
            if clause is None and kind == "bare" or kind == "reverse":
                tail = _tail_attribution(d, tok, sent, lex)
                if tail is not None:
                    spk_span, clause = tail
                    kind = "reverse"
                    if subj is None or not spk_span.start <= subj.i < spk_span.end:
                        subj = spk_span.root
                    else:
                        spk_span = None
            if clause is None and kind == "bare":
                rc = _reverse_clause(tok, sent, text)
                if rc is not None:
                    clause, kind = rc, "reverse"
            if clause is not None and subj is not None and subj.i < tok.i and clause[0] < subj.idx < clause[1] \
                    and tok.idx >= clause[1]:
                clause = (clause[0], _phrase(subj).start_char)  # the parse took the speaker into the clause
            if clause is not None:
                clause = _bounded(d, tok, clause, kind)
                if clause is None:
                    continue
                clause = _clean(text, *clause)
                if clause is None or kind == "reverse" and _adverbial(d, clause):
                    continue
            asked = tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and kind != "anaphora"
            if subj is None and (kind == "anaphora" or cue.weak) and not asked:  # "Asked about X, …": no speaker named
                continue  # "in saying …", "it goes without saying": nobody speaks
            if kind == "anaphora" and cue.weak:
                kind = "bare"  # "as she put it, “…”": the object is not the previous sentence
            toks = sorted([tok.i, *extra])
            cs, ce = d.ctx.doc[toks[0]].idx, d.ctx.doc[toks[-1]].idx + len(d.ctx.doc[toks[-1]].text)
            cand = Cand(tok, [cs, ce], text[cs:ce], cue.stance,
                        spk_span if spk_span is not None else _phrase(subj) if subj is not None else None,
                        clause, kind, sent)
            if clause is not None and clause[0] < tok.idx < clause[1]:
                cand.split = _split_around(tok, clause, text, kind)
                if cand.split is None:  # the parse put the cue inside its own clause: keep what precedes it
                    cut = min(tok.idx, subj.left_edge.idx if subj is not None else tok.idx)
                    cl = _clean(text, clause[0], cut) if cut > clause[0] else None
                    if cl is None:
                        continue
                    cand.clause = cl
            wh = next((k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in WH
                       and k.tag_ in ("WP", "WDT")), None)
            if wh is not None and tok.dep_ == "relcl" and subj is not None and subj.i != wh.i:
                cand.relative = [wh.idx, wh.idx + len(wh.text)]
            out.append(cand)
    return out


LINE_END = re.compile(r"(?<=[.!?\"”'’])[ \t]*\n\s*")  # a line that ends a sentence ends a paragraph


def _bounded(d: _Doc, v: Token, clause: tuple[int, int], kind: str) -> tuple[int, int] | None:
    """A clause stays inside the cue's paragraph (a sentence split missed at a paragraph break,
    also one marked by a single newline after a full stop);
    a clause before its cue starts after the last semicolon ("A; B, X said": X said B) and
    must hold a verb."""
    s, e = clause
    for m in LINE_END.finditer(d.text, s, e):
        if m.end() <= v.idx:
            s = max(s, m.end())
        elif m.start() >= v.idx + len(v.text):
            e = min(e, m.start())
            break
    if kind == "reverse" and e <= v.idx:
        semi = d.text.rfind(";", s, v.idx)
        if semi >= 0 and d.region_at(semi) is None:
            s = semi + 1
            if s >= e:
                return None
            span = d.ctx.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
                return None
    return (s, e) if e > s else None


def _leading_speaker(d: _Doc, v: Token, sent: Span) -> Token | None:
    """The speaker of a cue whose sentence opens with one or two noun-phrase segments and
    nothing else ("The rebels' negotiator, Getachew Woldu, said …"): the name, else the phrase."""
    doc = v.doc
    toks = [t for t in doc[sent.start: v.i] if not (t.dep_ in ("advmod", "aux", "neg") and t.i == v.i - 1)]
    if not toks or any(t.text in QUOTE_CHARS for t in toks):
        return None
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.text in SEG_SEPS:
            segs.append([])
        else:
            segs[-1].append(t)
    segs = [g for g in segs if g]
    if not 1 <= len(segs) <= 2 or not all(_nominal(g) for g in segs):
        return None
    seg = next((g for g in segs if g[-1].pos_ == "PROPN" or g[-1].ent_type_ == "PERSON"), segs[-1])
    return doc[seg[0].i: seg[-1].i + 1].root


def _speaker_beside_cue(d: _Doc, v: Token) -> Token | None:
    """The head of the noun phrase between a closing quotation and its cue ("“…,” Rep. Jo Lee
    (D-Md.) said"), else of the one right after the cue ("“…,” said Jo Lee")."""
    doc, sent = v.doc, v.sent
    j = v.i - 1
    while j >= sent.start and (doc[j].text == "," or doc[j].dep_ in ("advmod", "aux", "neg")):
        j -= 1
    k = j
    while k >= sent.start and d.region_at(doc[k].idx) is None and doc[k].text not in QUOTE_CHARS:
        k -= 1
    left = [t for t in doc[k + 1: j + 1] if not t.is_punct or t.text in "()"]
    if left and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in left) and not _finite(left):
        return doc[left[0].i: left[-1].i + 1].root
    right = []
    for t in doc[v.i + 1: sent.end]:
        if t.is_punct and t.text not in "().":
            break
        right.append(t)
    right = [t for t in right if t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") or t.text in "()."]
    if right and right[0].pos_ in ("PROPN", "NOUN", "DET"):
        return doc[right[0].i: right[-1].i + 1].root
    return None


def _adverbial(d: _Doc, clause: tuple[int, int]) -> bool:
    """A clause before its cue that is only an adverbial ("In his 2002 book, X suggested …",
    "But when the funds ran out, Y said …"): not what the cue attributes."""
    if d.regions_in(*clause):
        return False
    span = d.ctx.doc.char_span(*clause, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.pos_ in ("ADP", "SCONJ") or root.dep_ in ("prep", "advcl", "pobj", "pcomp", "npadvmod", "mark")


def _split_around(v: Token, clause: tuple[int, int], text: str, kind: str) -> list[list[int]] | None:
    """Clause pieces left and right of the cue's own words ("A, Mr. X said on Friday, B")."""
    sub = {t.i for t in v.subtree}
    cs, ce = clause
    doc = v.doc

    # the cue's own words: its subtree minus the content dependents that lie inside the clause
    content_kids = [c for c in v.children if c.dep_ in ("ccomp", "dobj", "obj", "xcomp", "oprd", "attr")
                    and cs <= c.idx < ce and kind != "reverse"]
    content = {t.i for c in content_kids for t in c.subtree}
    sub_cue = sub - content
    a = v.i
    while a - 1 >= 0 and (a - 1) in sub_cue:
        a -= 1
    b = v.i
    while b + 1 < len(doc) and (b + 1) in sub_cue:
        b += 1
    lo, hi = doc[a].idx, doc[b].idx + len(doc[b].text)
    if not (cs < lo and hi < ce):
        return None
    right = _clean(text, hi, ce)
    if right and CONTRAST.match(text, right[0]) and _clean(text, cs, lo):
        right = None  # "A, the army said, but B": the contrast is the reporter's
    pieces = [p for p in (_clean(text, cs, lo), right) if p]
    return [list(p) for p in pieces] or None


CONTRAST = re.compile(r"(?:but|yet|though|although|whereas)\b", re.IGNORECASE)


def _drop_introductions(claims: list[Cand]) -> list[Cand]:
    """"X hailed the outcome on social media:" before the quotation or post it introduces is not
    a claim of its own: the quotation that follows is."""
    out = []
    for i, c in enumerate(claims):
        if c.kind in ("object", "frame") and not c.direct and c.sent is not None \
                and c.sent.text.rstrip().endswith(":"):
            nxt = claims[i + 1] if i + 1 < len(claims) else None
            if nxt is not None and nxt.direct and 0 <= nxt.pieces[0][0] - c.sent.end_char < 300:
                continue
        out.append(c)
    return out


def _is_outlet(d: _Doc, subj: Token) -> bool:
    """The publishing outlet or the byline author speaking for the report itself."""
    names = {n.casefold() for n in (d.ctx.document.source, d.ctx.document.author) if n}
    if not names:
        return False
    phrase = _phrase(subj).text.casefold()
    phrase = re.sub(r"^the\s+", "", phrase)
    return phrase in names


def _quote_share(d: _Doc, s: int, e: int) -> tuple[list[Region], int]:
    """Regions inside [s, e) and the number of word characters of [s, e) outside them."""
    regs = d.regions_in(s, e)
    outside = 0
    pos = s
    for r in regs:
        if r.start > pos:
            outside += sum(ch.isalnum() for ch in d.text[pos:r.start])
        pos = max(pos, r.end)
    if pos < e:
        outside += sum(ch.isalnum() for ch in d.text[pos:e])
    return regs, outside


def _assign_quotes(d: _Doc, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Decide direct / partial / indirect for clause candidates; attach free quotations."""
    text = d.text
    claims: list[Cand] = []
    for c in cands:
        if c.kind in ("anaphora", "bare"):
            continue
        s, e = c.clause
        if c.split:
            regs, outside = [], 0
            for ps, pe in c.split:
                rr, o = _quote_share(d, ps, pe)
                regs += [r for r in rr if r not in regs]
                outside += o
        else:
            regs, outside = _quote_share(d, s, e)
        regs = [r for r in regs if not r.used]
        if regs and outside <= 3 and c.kind != "according":
            # the clause is the quotation (possibly running past the sentence)
            c.pieces = [p for r in regs for p in r.pieces]
            c.direct = True
            for r in regs:
                r.used = True
        elif regs and c.kind != "according":
            inside = [r for r in regs if r.start >= s - 1 and r.start < e]
            if inside and c.kind in ("object", "object-quote", "clause", "infinitive", "frame", "reverse"):
                c.pieces = [p for r in inside for p in r.pieces]
                c.direct = c.partial = True
                c.clause = (s, max(e, inside[-1].end))
                if c.split:  # "A, he said, B “…”": the clause is both sides of the cue
                    c.clause = (c.split[0][0], max(c.split[-1][1], inside[-1].end))
                for r in inside:
                    r.used = True
            else:
                c.pieces = c.split or [[s, e]]
        else:
            if c.kind == "object-quote":
                continue
            cue = lex.verbs.get(c.cue_tok.lemma_) if c.cue_tok is not None else None
            if cue is not None and cue.weak and c.kind not in ("clause", "reverse", "infinitive", "frame") and not (
                    cue.document_object and c.speaker is not None and c.speaker.root.lemma_.lower() in lex.documents):
                continue
            c.pieces = c.split or [[s, e]]
        if c.pieces:
            claims.append(c)
    # anaphora: the previous sentence ("… Kalin told CNN Türk about this.")
    for c in cands:
        if c.kind != "anaphora" or any(k.dep_ == "neg" for k in c.cue_tok.children):
            continue
        i = d.sent_index(c.sent.start_char)
        if i == 0:
            continue
        prev = d.sents[i - 1]
        if d.para_index(c.sent.start_char) - d.para_index(prev.start_char) > 1:
            continue
        cl = _clean(text, prev.start_char, prev.end_char)
        if cl is None:
            continue
        regs, outside = _quote_share(d, *cl)
        if any(r.used for r in regs):
            continue
        c.pieces = [list(cl)]
        c.clause = cl
        c.direct = bool(regs) and outside <= 3
        for r in regs:
            r.used = True
        claims.append(c)
    # free quotations: a cue in the sentence that closes or opens them, or the previous claim
    bare = [c for c in cands if c.kind in ("bare", "reverse", "object-quote") and c not in claims
            and c.speaker is not None]
    for r in d.regions:
        if r.used or _names_a_title(text, r):
            continue
        words = len(text[r.pieces[0][0]:r.pieces[-1][1]].split())
        best = None
        lead = text[d.sents[d.sent_index(r.start)].start_char:r.start].rstrip()
        starts_sentence = not lead or lead[-1] in ":,—–-(" or d.para_index(r.start) != d.para_index(r.start - len(lead) - 1)
        if starts_sentence and text[r.pieces[-1][1] - 1:r.end].rstrip(QUOTE_CHARS + " ").endswith(","):
            # “A,” he said, referring to X, “B.”: the cue took B; A is its first piece
            lead_of = next((c for c in claims if c.direct and c.pieces and c.cue_span
                            and r.end <= c.cue_span[0] < c.pieces[0][0] and c.cue_span[0] - r.end < 80
                            and not SENT_END.search(_no_abbrev(text[r.end:c.cue_span[0]]))
                            and d.para_index(r.end - 1) == d.para_index(c.cue_span[0])), None)
            if lead_of is not None:
                lead_of.pieces[:0] = [list(p) for p in r.pieces]
                r.used = True
                continue
        for c in bare:
            if starts_sentence and c.cue_span[0] >= r.end and not c.pieces and c.cue_span[0] - r.end < 150:
                between = text[r.end:c.cue_span[0]]
                if SENT_END.search(_no_abbrev(between)) or d.para_index(r.end - 1) != d.para_index(c.cue_span[0]):
                    continue
                if best is None or c.cue_span[0] < best.cue_span[0]:
                    best = c
        if best is None:
            so = d.sent_index(r.start)
            for c in bare:
                if c.cue_span[1] <= r.start and d.sent_index(c.cue_span[0]) in (so, so - 1) and not c.pieces:
                    between = text[c.cue_span[1]:r.start]
                    if len(between) > 120 or SENT_END.search(_no_abbrev(between)):
                        continue
                    if best is None or c.cue_span[0] > best.cue_span[0]:
                        best = c
        if best is not None:
            best.pieces = [list(p) for p in r.pieces]
            best.direct = True
            r.used = True
            claims.append(best)
            continue
        prev = _previous_quote_claim(d, claims, r) if r.closed else None
        if prev is not None and words >= 3:
            att_end = max(prev.cue_span[1] if prev.cue_span else 0,
                          prev.speaker.end_char if prev.speaker is not None else 0)
            between = text[att_end:r.start] if att_end > prev.pieces[-1][1] else text[prev.pieces[-1][1]:r.start]
            r.used = True
            if prev.direct and att_end > prev.pieces[-1][1] and not re.search(r"[.!?;:]", _no_abbrev(between)) \
                    and len(between) < 80:
                prev.pieces.extend(list(p) for p in r.pieces)  # “…,” he said, “…”
            else:
                claims.append(Cand(prev.cue_tok, prev.cue_span, prev.cue_text, prev.stance, prev.speaker,
                                   None, "continued", None, speaker_actor=prev.speaker_actor,
                                   pieces=[list(p) for p in r.pieces], direct=True,
                                   inferred=list(prev.inferred), parent=prev))
    return claims


SENT_END = re.compile(r"[.!?\"“”]")
PAREN = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def _abbrev_re() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, lexicon().abbreviations), key=len, reverse=True))
    return re.compile(rf"\b(?:{words}|[A-Z])\.")


def _no_abbrev(s: str) -> str:
    """``s`` without the periods that end no sentence: titles ("Ms.", "Sen."), initials
    ("E.", "U.S.") and parentheses ("(D-Md.)")."""
    return _abbrev_re().sub("", PAREN.sub("", s))


TITLE_BEFORE = {"on", "of", "in", "at", "to", "for", "from", "with", "by", "about", "the", "a", "an",
                "called", "titled", "entitled", "named", "dubbed", "as", "his", "her", "their", "its"}


def _names_a_title(text: str, r: Region) -> bool:
    """A quotation that names something ("on CNN's “State of the Union”", "and “wounded
    families”") rather than quoting speech: the word before it is a preposition,
    an article, a conjunction or a possessive."""
    j = r.start
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’"):
        k -= 1
    word = text[k:j]
    return bool(word) and (word.lower() in TITLE_BEFORE or word.endswith(("'s", "’s")))


def _previous_quote_claim(d: _Doc, claims: list[Cand], r: Region) -> Cand | None:
    """The direct claim just before quotation ``r`` in the same or the previous paragraph."""
    best = None
    for c in claims:
        if not c.pieces or not (c.direct or c.kind == "reverse" and not c.split):
            continue  # a quotation may go on after "…, Schiff said." as after "“…,” he said."
        end = max(c.pieces[-1][1], c.cue_span[1] if c.cue_span else 0)
        if end <= r.start and (best is None or end > best[0]):
            best = (end, c)
    if best is None:
        return None
    end, c = best
    if c.cue_span is not None and c.cue_span[1] <= r.start:
        end = max(end, min(d.sents[d.sent_index(c.cue_span[0])].end_char, r.start))
    pr, pc = d.para_index(r.start), d.para_index(end)
    if pr - pc > 1:
        return None
    # nothing but the attribution between them
    gap = d.text[end:r.start]
    if pr != pc:
        # the new paragraph must open with the quotation
        if d.text[d.breaks[pr - 1]:r.start].strip():
            return None
        gap = d.text[end:d.breaks[pr - 1]]
    if sum(ch.isalnum() for ch in gap) > 60:
        return None
    return c


TRANSCRIPT = re.compile(r"(?m)^[ \t\u00a0]*[\"“]?(?P<name>[A-Z][A-Z.'’ -]{0,30}[A-Z]):[ \t\u00a0]+(?=\S)")


def _transcript(d: _Doc) -> list[tuple[tuple[int, int], tuple[int, int], list[int]]]:
    """Interview transcripts: paragraphs opening with "NAME: …" (content, name span, colon span).
    A quoted paragraph without a name that follows one continues the same speaker."""
    text, out = d.text, []
    for m in TRANSCRIPT.finditer(text):
        if len(m.group("name").replace(" ", "")) < 2:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        s, e = _trim(text, m.end(), end)
        s, e = _trim(text, s, e, " \t\u00a0\"“”")
        if e <= s:
            continue
        out.append(((s, e), (m.start("name"), m.end("name")), [m.end("name"), m.end("name") + 1]))
    if not out:
        return out
    # quotation regions made of transcript paragraphs: split them, continue the speaker
    for r in d.regions:
        if r.start > out[-1][0][1] or r.end < out[0][0][0]:
            continue
        hit = [t for t in out if r.start <= t[0][0] < r.end + 1]
        if not hit:
            continue
        r.used = True
        for ps, pe in r.pieces:
            if any(t[0][0] <= ps + 40 and ps <= t[0][1] for t in hit):
                continue
            prev = [t for t in out if t[0][1] <= ps]
            if prev:
                out.append(((ps, pe), prev[-1][1], prev[-1][2]))
    out.sort()
    return out


def _tweets(d: _Doc) -> list[tuple[tuple[int, int], tuple[int, int], list[int]]]:
    """'… — Jake Sullivan (@handle) April 27, 2022': (content, name span, dash span)."""
    text, out = d.text, []
    for m in DASH_NAME.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        t = TWEET_TAIL.fullmatch(text, m.end(), line_end)
        if not t or (" " not in t.group("name").strip() and "(@" not in t.group(0)):
            continue  # "— Agencies" is the outlet's sourcing, not a signed statement
        line_start = text.rfind("\n", 0, m.start()) + 1
        r = d.region_at(max(m.start() - 2, 0))
        if r is None:
            prev_text = text[line_start:m.start()]
            rr = d.regions_in(line_start, m.start())
            r = rr[-1] if rr and not text[rr[-1].end:m.start()].strip() else None
        if r is not None:
            s, e = r.pieces[0][0], r.pieces[-1][1]
            r.used = True
        else:
            s, e = _trim(text, line_start, m.start())
            if len(text[s:e].split()) < 4:
                continue
        out.append(((s, e), (t.start("name"), t.end("name")), [m.start(), m.start() + 1]))
    return out


# ---------------------------------------------------------------- speakers

PRON_PERSON = {"he", "she", "him", "her", "his"}
PRON_OTHER = {"it", "they", "them", "we", "its", "their"}


def _resolve(ctx: Context, d: "_Doc", c: Cand, lex: Lexicon, claims_done: list[Cand]) -> None:
    if c.speaker is None or c.speaker_actor is not None:
        return
    span = c.speaker
    head = span.root
    lemma = head.lemma_.lower()
    low = head.lower_
    source_noun = (low in lex.group_nouns or lemma in lex.person_nouns or low in lex.person_nouns
                   or lemma in lex.org_nouns or low in lex.org_nouns)
    aid = ctx.actor_for_token(head)
    if aid is None and not source_noun:
        aid = ctx.actor_for_span(span)
    if aid is not None and head.pos_ == "PRON" and _speaker_in_own_content(ctx, c, aid):
        # a pronoun speaker does not stand for someone its own content talks about:
        # the speaker of the previous sentence's claim does, when the pronoun fits
        want_person = low in PRON_PERSON
        prev = next((p.speaker_actor for p in _recent_claims(d, head, claims_done)
                     if p.speaker_actor != aid and _fits(ctx, p.speaker_actor, want_person, word=low)), None)
        aid = prev or aid
    a = ctx.actors.get(aid) if aid else None
    if head.pos_ == "NOUN" and (a is None or not a.named):
        # "the ministry's spokeswoman, Park Seo-yeon,": the name in apposition names the speaker
        for t in head.children:
            if t.dep_ == "appos" and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN"):
                named = ctx.actor_for_token(t)
                if named and ctx.actors[named].named:
                    aid = named
                    break
    if aid is not None:
        c.speaker_actor = aid
        if head.pos_ == "PRON":
            c.inferred = ["speaker"]
        return
    if head.pos_ == "PRON" or low in PRON_PERSON or low in PRON_OTHER:
        aid = _pronoun_fallback(ctx, d, head, low, claims_done)
        if aid is not None:
            c.speaker_actor = aid
            c.inferred = ["speaker"]
        return
    name_tok = head if head.pos_ == "PROPN" else next(
        (t for t in head.children if t.dep_ == "appos" and t.pos_ == "PROPN"), None)
    if name_tok is not None:  # a name no stage made an actor of ("the West", "his counterpart Vladimir Putin")
        aid = ctx.actor_for_token(name_tok)
        c.speaker_actor = aid or _named_actor(ctx, span, name_tok)
        return
    if source_noun and _pair_anaphor(ctx, span, head):
        return  # "the two leaders", "both sides": the parties named before, not a new actor
    if source_noun:
        c.speaker_actor = _unnamed_actor(ctx, span, head, lex)


PAIR_WORDS = {"two", "2"}


def _pair_anaphor(ctx: Context, span: Span, head: Token) -> bool:
    """A definite plural with a number pointing back at two parties already named ("the two sides")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    words = {t.lower_ for t in ctx.doc[span.start: head.i]}
    if not ("both" in words or words & {"the", "these"} and words & PAIR_WORDS):
        return False
    if any(ctx.actor_for_token(t) for t in ctx.doc[span.start: head.i]):
        return False  # "the two Qatari mediators": specified, not a back-reference
    before = {m[2] for m in ctx.mentions_in(0, span.start_char)}
    return len(before) >= 2


FEMALE_PRON, MALE_PRON = {"she", "her", "hers", "herself"}, {"he", "him", "his", "himself"}


def _fits(ctx: Context, aid: str | None, want_person: bool, loose: bool = False, word: str = "") -> bool:
    a = ctx.actors.get(aid) if aid else None
    if a is None:
        return False
    if want_person:
        if a.kind == "person" and word:
            from backchannel.resolve.coref import gender

            g = gender(ctx, a.id)
            if g == "f" and word in MALE_PRON or g == "m" and word in FEMALE_PRON:
                return False
        return a.kind == "person" or loose and a.kind == "organization"
    return a.kind != "person"


def _recent_claims(d: "_Doc", tok: Token, claims_done: list[Cand]) -> list[Cand]:
    """Claims with a speaker whose cue is in the pronoun's sentence or the one before, latest first."""
    si = d.sent_index(tok.idx)
    out = [c for c in claims_done if c.speaker_actor and c.cue_span and c.cue_span[0] < tok.idx
           and d.sent_index(c.cue_span[0]) >= si - 1]
    return sorted(out, key=lambda c: c.cue_span[0], reverse=True)


def _pronoun_fallback(ctx: Context, d: "_Doc", tok: Token, low: str, claims_done: list[Cand]) -> str | None:
    """The pronoun's actor when coreference found none: the last speaker of this or the previous
    sentence (an "according to" source only after the subjects of those sentences), then the
    nearest preceding fitting actor, preferring subjects."""
    want_person = low in PRON_PERSON or low in ("i", "me")
    recent = _recent_claims(d, tok, claims_done)
    for c in recent:
        if c.kind != "according" and _fits(ctx, c.speaker_actor, want_person, word=low):
            return c.speaker_actor
    best_subj = best_any = None
    si = d.sent_index(tok.idx)
    near_start = d.sents[max(si - 1, 0)].start_char
    for s, e, a in reversed(ctx.mentions_in(max(0, tok.idx - 1500), tok.idx)):
        if e > tok.idx:
            continue
        if best_subj is None and s < near_start:
            for c in recent:  # "…, according to two people. …, they said."
                if _fits(ctx, c.speaker_actor, want_person, word=low):
                    return c.speaker_actor
            recent = []
        if not _fits(ctx, a, want_person, word=low):
            continue
        if best_any is None:
            best_any = a
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            best_subj = a
            break
    return best_subj or best_any


def _speaker_in_own_content(ctx: Context, c: Cand, aid: str) -> bool:
    """Whether actor ``aid`` is named inside the claim's own content and nowhere else in its sentence
    ("X flew to Caracas and persuaded Venezuela's negotiator, they said": not Venezuela)."""
    if c.clause is None or c.sent is None:
        return False
    inside = outside = False
    for s, e, a in ctx.mentions_in(c.sent.start_char, c.sent.end_char):
        if a != aid or s >= c.speaker.start_char:
            continue
        if c.clause[0] <= s < c.clause[1]:
            inside = True
        else:
            outside = True
    return inside and not outside


DETS = {"a", "an", "the", "another", "one", "two", "three", "four", "several", "some", "other", "both",
        "many", "senior"}


def _unnamed_actor(ctx: Context, span: Span, head: Token, lex: Lexicon) -> str:
    # the description with its post-modifiers ("a person briefed on the talks", "officials on both
    # sides"), without a relative clause or an apposition, and without its leading determiners
    toks = []
    for t in ctx.doc[span.start: max(span.end, head.right_edge.i + 1)]:
        if t.i > head.i and (t.text in ",;(—–" or t.dep_ == "relcl" or t.lower_ in WH):
            break
        toks.append(t)
    while toks and toks[0].i < head.i and (toks[0].is_punct or toks[0].dep_ in ("det", "nummod", "predet") or
                                           toks[0].lower_ in DETS):
        toks.pop(0)
    while toks and toks[-1].i > head.i and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET")):
        toks.pop()
    # the words as written ("Israeli, Palestinian, and American sources"), not tokens joined by spaces
    name = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in toks)).strip() or head.text
    name = re.sub(r"['’]s\b", "", name).strip()
    definite = span[0].lower_ in ("the", "this", "that", "these", "those")
    lemma = head.lemma_.lower()
    fresh = span[0].lower_ in ("another", "other") or any(t.lower_ in ("another", "other", "second") for t in span)
    words = {w.lower() for w in name.split()}
    if not fresh:
        # the same anonymous source again ("a source" … "a source"; "US officials" after "Senior US officials")
        for a in reversed(list(ctx.actors.values())):
            if not a.named and a.mentions and a.mentions[0].start < span.start_char \
                    and words and words <= {w.lower() for w in a.name.split()}:
                ctx.add_mention(a.id, toks[0].idx if toks else head.idx, span.end_char)
                return a.id
    if definite:
        for m in reversed(ctx.mentions_in(0, span.start_char)):
            a = ctx.actors.get(m[2])
            if a is not None and not a.named and m[1] <= span.start_char:
                last = a.name.split()[-1].lower() if a.name else ""
                if last in (lemma, head.lower_) or last.rstrip("s") == lemma.rstrip("s"):
                    ctx.add_mention(a.id, head.idx if len(toks) == 1 else span.start_char, span.end_char)
                    return a.id
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in lex.group_nouns
    kind = "organization" if (lemma in lex.org_nouns or head.lower_ in lex.org_nouns) and not plural else (
        "group" if plural else "person")
    aid = ctx.new_actor_id(name)
    ctx.add_actor(Actor(id=aid, name=name, kind=kind, named=False))
    s = toks[0].idx if toks else head.idx
    e = toks[-1].idx + len(toks[-1].text) if toks else head.idx + len(head.text)
    ctx.add_mention(aid, s, e)
    return aid


KIND_BY_ENT = {"PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group"}


def _named_actor(ctx: Context, span: Span, head: Token) -> str:
    toks = [t for t in span if t.i <= head.i and t.dep_ != "det" and not t.is_punct
            and (t.pos_ == "PROPN" or t.i == head.i or t.head.i == head.i and t.dep_ in ("compound", "amod"))]
    while toks and toks[0].pos_ != "PROPN" and toks[0].i != head.i and head.pos_ == "PROPN" and \
            head.head.i != head.i and head.dep_ == "appos":
        toks = toks[1:]
    toks = toks or [head]
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    name = ctx.document.text[s:e]
    for a in ctx.actors.values():
        if a.name == name or name in a.aliases:
            ctx.add_mention(a.id, s, e)
            return a.id
    aid = ctx.new_actor_id(name)
    ctx.add_actor(Actor(id=aid, name=name, kind=KIND_BY_ENT.get(head.ent_type_, "group"), named=True))
    ctx.add_mention(aid, s, e)
    return aid


def _speaker_span(ctx: Context, c: Cand) -> list[int] | None:
    """The mention that names the speaker in this attribution (the pronoun itself for 'he')."""
    if c.speaker is None:
        return None
    if c.relative is not None and c.speaker_actor:
        return list(c.relative)
    span = c.speaker
    if c.speaker_actor:
        for s, e, a in ctx.mentions_in(span.start_char, span.end_char):
            if a == c.speaker_actor and s >= span.start_char and e <= span.end_char:
                return [s, e]
    s, e = _trim(ctx.document.text, span.start_char, span.end_char, " \t\n,;:.")
    return [s, e] if e > s else None


# ---------------------------------------------------------------- entry point


def _verb_cue(lex: Lexicon, tok: Token) -> Cue | None:
    """The verb cue of a token, even when the parse took the verb for a noun ("a charge X rejects")."""
    low = tok.lower_
    forms = (tok.lemma_.lower(), low, low[:-1], low[:-2], low[:-3] + "y", low[:-1] + "e" if low.endswith("d") else "")
    if low.endswith("s") or low.endswith("d") or tok.pos_ in ("VERB", "AUX"):
        for f in forms:
            if f and f in lex.verbs:
                return lex.verbs[f]
    return None


def _charge_appositions(d: "_Doc", lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """", a charge X denies": the apposition is X's own claim, and it ends the main clause.

    The content of the new claim is the noun phrase ("a charge"); any clause running over the
    comma stops before it, and a candidate that took the denial's verb as its cue is replaced.
    """
    doc, text = d.ctx.doc, d.text
    added: list[Cand] = []
    cut_at: list[int] = []
    drop: set[int] = set()
    for sent in d.sents:
        toks = list(sent)
        for k, comma in enumerate(toks[:-3]):
            if comma.text != "," or toks[k + 1].lower_ not in ("a", "an", "the"):
                continue
            noun = toks[k + 2]
            if noun.lemma_.lower() not in lex.nouns and noun.lower_ not in lex.nouns or noun.lower_ == "according":
                continue
            j = k + 3
            if j < len(toks) and toks[j].lower_ in ("that", "which"):
                j += 1
            v = None
            for m in range(j + 1, min(j + 7, len(toks))):
                t = toks[m]
                if t.is_punct:
                    break
                cue = _verb_cue(lex, t)
                if cue is not None and cue.stance == "distancing":
                    v = t
                    break
            if v is None or v.i <= j:
                continue
            after = [t for t in toks if t.i > v.i]
            if after and not (after[0].is_punct or after[0].lower_ in ("it", "them", "this", "that", "on", "as")):
                continue  # "a charge X denies" ends the sentence or a clause
            end = v.i
            while end > toks[j].i and doc[end - 1].pos_ in ("AUX", "PART", "ADV"):
                end -= 1  # "the Kremlin has (flatly) rejected"
            speaker = doc[toks[j].i: end]
            if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
                continue
            cue = _verb_cue(lex, v)
            assert cue is not None
            clause = (toks[k + 1].idx, noun.idx + len(noun.text))
            added.append(Cand(v, [v.idx, v.idx + len(v.text)], v.text, cue.stance, speaker, clause, "clause", sent))
            cut_at.append(comma.idx)
            drop.add(v.i)
            drop.update(t.i for t in speaker)
    if not added:
        return cands
    out: list[Cand] = []
    for c in cands:
        if c.cue_tok is not None and c.cue_tok.i in drop:
            continue
        for cut in cut_at:
            if c.clause is not None and c.clause[0] < cut < c.clause[1] and c.cue_span[0] < cut:
                cl = _clean(text, c.clause[0], cut)
                if cl is None:
                    break
                c.clause = cl
                if c.split is not None:
                    c.split = [[a, min(b, cut)] for a, b in c.split if a < cut] or None
        else:
            out.append(c)
    return out + added


@stage("claims")
def extract_claims(ctx: Context) -> None:
    lex = lexicon()
    d = _Doc(ctx)
    text = d.text
    tweets = _tweets(d)
    lines = _transcript(d)
    cands = [c for c in _candidates(d, lex)
             if not any(cs <= c.cue_span[0] < ce for (cs, ce), _, _ in tweets + lines)]
    cands = _charge_appositions(d, lex, cands)
    # nested attribution: a cue inside another candidate's clause keeps the outer speaker
    # (two cues inside each other's clauses, a parse that hung one on the other, nest neither)
    spans = sorted((*c.clause, c.cue_span[0]) for c in cands
                   if c.clause and c.kind in ("clause", "according", "object", "infinitive", "frame", "reverse"))
    starts = [s for s, _, _ in spans]
    kept = []
    for c in cands:
        pos = c.cue_span[0]
        j = bisect.bisect_right(starts, pos) - 1
        nested = False
        while j >= 0 and j >= bisect.bisect_right(starts, pos) - 6:
            s, e, outer = spans[j]
            if s <= pos < e and (c.clause is None or (s, e) != c.clause) and not (
                    c.clause is not None and c.clause[0] <= outer < c.clause[1]):
                nested = True
                break
            j -= 1
        if not nested:
            kept.append(c)
    claims = _assign_quotes(d, kept, lex)
    for (cs, ce), (ns, ne), dash in tweets:
        sp = ctx.doc.char_span(ns, ne, alignment_mode="expand")
        claims.append(Cand(None, dash, "—", "neutral", sp, (cs, ce), "tweet", None,
                           pieces=[[cs, ce]], direct=True))
    for (cs, ce), (ns, ne), colon in lines:
        sp = ctx.doc.char_span(ns, ne, alignment_mode="expand")
        claims.append(Cand(None, colon, ":", "neutral", sp, (cs, ce), "transcript", None,
                           pieces=[[cs, ce]], direct=True))
    claims.sort(key=lambda c: c.pieces[0][0])
    claims = _drop_introductions(claims)
    done: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in claims:
        key = (c.pieces[0][0], c.pieces[-1][1])
        if key in seen:
            continue
        seen.add(key)
        if c.parent is not None and c.speaker_actor is None:
            c.speaker_actor, c.inferred = c.parent.speaker_actor, list(c.parent.inferred)
        _resolve(ctx, d, c, lex, done)
        done.append(c)
    for c in done:
        pieces = [p for p in c.pieces if p[1] > p[0]]
        if not pieces:
            continue
        lo = min([pieces[0][0]] + ([c.cue_span[0]] if c.cue_span else []) +
                 ([c.speaker.start_char] if c.speaker is not None else []))
        hi = max([pieces[-1][1]] + ([c.cue_span[1]] if c.cue_span else []) +
                 ([c.speaker.end_char] if c.speaker is not None else []))
        a, b = d.sents[d.sent_index(lo)], d.sents[d.sent_index(max(hi - 1, lo))]
        spans_ = ClaimSpans(doc=ctx.document.id, content=pieces, cue=c.cue_span, speaker=_speaker_span(ctx, c))
        if c.partial and c.clause is not None:
            spans_.clause = list(c.clause)
        ctx.claims.append(Claim(
            id=f"c{len(ctx.claims) + 1}", speaker=c.speaker_actor, cue=c.cue_text, direct=c.direct,
            content=" ".join(text[s:e] for s, e in pieces), spans=spans_,
            evidence=ctx.evidence(a.start_char, b.end_char), stance=c.stance, inferred=c.inferred))
