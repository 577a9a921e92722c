"""Interactions stage: typed, directed acts between actors, from a verb-frame lexicon.

How it works (one pass over the tokens, dict look-ups by lemma):

1. **Triggers.** Every token whose lemma has frames in ``data/frames.toml`` is tried
   against them in order; the first frame whose constraints hold (particle,
   preposition, object or subject lemma, governing light verb) fires. The
   lexicon is data: covering a new verb or nominalisation means editing TOML.
2. **Arguments** come from the dependency parse through small, general
   functions: the logical subject follows control ("contacted X to influence"),
   adverbial participles ("served ..., transferring"), coordination and
   relative clauses ("Witkoff, who admitted"); passives swap to the by-agent
   and the passive subject; prepositions give targets, intermediaries (``via``,
   when the object is an actor) and means (when it is not). Tokens become actors
   through ``ctx.actor_for_token`` (which consults the coreference the actors
   stage filled), with fallbacks for what it left unresolved: demonyms ("an Israeli
   airstrike", "the Emiratis"), definite descriptions of a party ("the rebels", "the
   federal government", "the South"), one-word names and surnames ("Mirzoyan", "RSF").
   Arguments never come from another clause: a dateline, an "according to" source, a
   relative clause on the target. Captors ("detained by X") free their captives; "between
   A and B" names both parties.
3. **Modality, negation, count, time** are read around the trigger: auxiliaries
   and governing verbs ("would push for", "pledging to destroy", "appeared
   more open to"), if-clauses, negators on the clause ("was not informed",
   "not from the White House"), numbers on the object ("over 20 messages"),
   and time expressions attached on the trigger's path to the root
   (:mod:`backchannel.extract.timex`), else in the previous sentence of the
   paragraph. An act inside a claim's content is ``reported`` and links the claim.
4. **Document pass.** Acts whose parties the text leaves implicit ("the two
   sides", "discussions were underway", a mediator "in the discussions") take
   the story's two sides: the parties of its explicit talks, deals or clashes.
   Mediators and hosts become ``via`` of the talks between the sides they
   connect (not one left out of the talks or of an act of another year); relayed
   messages get the relay as ``via``; a member of a mediating state does not mediate
   twice; a third party's rejected proposal is to both sides. Duplicates (the same act
   told twice, a nominal "the release of X" and a verbal one) are merged, and
   acts with neither source nor target are dropped.
"""

from __future__ import annotations

import bisect
import tomllib
from datetime import date, timedelta
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from spacy.tokens import Span, Token

from backchannel.extract import timex
from backchannel.extract.context import Context, stage
from backchannel.model import Count, Interaction, Time

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "ROOT", "csubj"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
PRONOUNS = {"it", "they", "them", "he", "him", "she", "her", "we", "us", "i", "you", "its", "their",
            "his", "our", "this", "that", "these", "those", "which", "who", "what", "some"}
SYMMETRIC_TYPES = {"negotiate", "agree", "meet"}
PAIR = "@pair"  # marker: the story's two sides fill this slot
OTHER_OF = "@other:"  # marker + actor id: the story's side that is not this actor's


# ---------------------------------------------------------------------------
# lexicon
@dataclass
class Frame:
    lemma: str
    type: str
    pos: str = "verb"
    prt: str | None = None
    prep: str | None = None
    obj: frozenset[str] | None = None
    obj_not: frozenset[str] = frozenset()
    subj: frozenset[str] | None = None
    gov: frozenset[str] | None = None
    not_gov: frozenset[str] = frozenset()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    via: tuple[str, ...] = ()
    means: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    symmetric: bool = False
    mutual: bool = False
    mutual_between: bool = False
    relay: bool = False
    per_party: bool = False
    swap: bool = False
    nested: str | None = None
    negated: bool = False
    modality: str | None = None
    needs_actor: bool = True
    needs_two: bool = False
    needs_target: bool = False
    needs_source: bool = False
    prep_noun: bool = False
    pair_fallback: bool = False
    obj_actor: bool = False
    obj_needed: bool = False
    obj_captive: bool = False
    obj_actor_if_any: bool = False
    blocked_deps: frozenset[str] = frozenset()
    under: frozenset[str] | None = None
    participle_needs_source: bool = False
    implies: str | None = None
    xcomp_needed: bool = False
    in_quote: bool = False
    subj_third: bool = False
    also: tuple[dict, ...] = ()


@dataclass
class Lexicon:
    frames: dict[str, list[Frame]]
    settings: dict[str, Any]
    sets: dict[str, frozenset[str]]

    def is_(self, name: str, word: str) -> bool:
        return word in self.sets[name]


def _frame(d: dict) -> Frame:
    kw = dict(d)
    for k in ("obj", "subj", "gov"):
        if k in kw:
            kw[k] = frozenset(kw[k])
    if "under" in kw:
        kw["under"] = frozenset(kw["under"])
    for k in ("obj_not", "not_gov", "blocked_deps"):
        if k in kw:
            kw[k] = frozenset(kw[k])
    for k in ("source", "target", "via", "means", "topic"):
        if k in kw:
            kw[k] = tuple(kw[k])
    if "also" in kw:
        kw["also"] = tuple(kw["also"])
    return Frame(**kw)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The verb-frame lexicon (``data/frames.toml``), parsed once per process."""
    raw = tomllib.loads(resources.files("backchannel.data").joinpath("frames.toml").read_text("utf-8"))
    frames: dict[str, list[Frame]] = {}
    for d in raw.get("frame", []):
        # one entry may list several lemmas ("lemmas = [...]") that share the frame
        for lemma in d.get("lemmas") or [d["lemma"]]:
            f = _frame({**{k: v for k, v in d.items() if k != "lemmas"}, "lemma": lemma})
            frames.setdefault(f.lemma, []).append(f)
    st = raw.get("settings", {})
    sets = {k: frozenset(v) for k, v in st.items() if isinstance(v, list)}
    return Lexicon(frames=frames, settings=st, sets=sets)


# ---------------------------------------------------------------------------
# syntax helpers
def is_passive(v: Token, depth: int = 0) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (v.dep_ == "acl" and v.tag_ == "VBN"):
        return True
    # "talks that were hosted by X and brokered by Y": a bare participle conjoined to a passive
    return (v.dep_ == "conj" and v.tag_ == "VBN" and depth < 3 and v.head.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "aux") for c in v.children) and is_passive(v.head, depth + 1))


MEASURE_NOUNS = {"day", "week", "hour", "month", "round", "session", "year", "night", "series", "set", "batch",
                 "bundle", "stack", "pair", "couple", "handful", "dozen", "number", "string"}


def measured(o: Token | None) -> Token | None:
    """The noun a measure phrase measures: "three days of talks" -> talks."""
    if o is not None and o.lemma_.lower() in MEASURE_NOUNS:
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for x in p.children:
                    if x.dep_ == "pobj":
                        return x
    return o


def child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of the preposition ``prep`` under ``tok`` ("by way of" as a chain of preps)."""
    words = prep.split()
    out = []
    for c in tok.children:
        if c.dep_ not in ("prep", "agent", "dative") or c.lower_ != words[0]:
            continue
        cur: Token | None = c
        for w in words[1:]:
            nxt = None
            for cc in cur.children:  # type: ignore[union-attr]
                if cc.lower_ == w:
                    nxt = cc
            if nxt is None:
                nxt = cur.doc[cur.i + 1] if cur.i + 1 < len(cur.doc) and cur.doc[cur.i + 1].lower_ == w else None
            cur = nxt
            if cur is None:
                break
        if cur is None:
            continue
        for o in cur.children:
            if o.dep_ in ("pobj", "pcomp"):
                out.append(o)
        # coordinated prepositions ("through X, and not from Y") are separate preps
    if not out and len(words) == 1:
        # "passed messages from X to Y": the parser chains the second preposition to the first
        for c in tok.children:
            # only a plain preposition with its own object chains ("from X to Y"); "according
            # to X", "due to X", "thanks to X" are other clauses' words
            if c.dep_ == "prep" and c.pos_ == "ADP" and any(o.dep_ == "pobj" for o in c.children):
                for cc in c.children:
                    if cc.dep_ == "prep" and cc.lower_ == words[0]:
                        out.extend(o for o in cc.children if o.dep_ == "pobj")
    return out


def governor(tok: Token) -> Token | None:
    """The verb or adjective a noun hangs from (through prepositions, coordination, appositions)."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in VERB_POS or cur.pos_ == "ADJ" and cur.dep_ in ("acomp", "ROOT", "amod", "conj"):
            return cur
    return None


def logical_subject(v: Token, depth: int = 0) -> Token | None:
    """Who does ``v``: its subject, or the controller of a subject-less verb."""
    if depth > 6:
        return None
    passive = is_passive(v)
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[0].lemma_.lower() in lexicon().sets["event_nouns"]:
        # "X, a charge Y rejected" parsed with two subjects: the noun that names the act is not
        # its doer
        return subjects[1]
    for c in v.children:
        if c.dep_ == "nsubj" and len(subjects) > 1 and in_dateline(c):
            continue  # "CAIRO (AFP) — X handed ...": the dateline parsed as a second subject
        if c.dep_ == "nsubj" or (c.dep_ == "csubj" and False):
            if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return v.head
            return c
        if c.dep_ == "nsubjpass":
            if passive:
                break
            return c
    if passive:
        ag = prep_objects(v, "by")
        if ag:
            return ag[0]
        if v.dep_ == "conj" and v.head.lemma_ == v.lemma_ and not is_passive(v.head):
            # "X returned A, and B were returned to Y": the parallel clause's agent
            return child(v.head, "nsubj")
        return None
    dep, h = v.dep_, v.head
    if dep == "ROOT" and v.tag_ in ("VBD", "VBZ", "VBP"):
        # misparsed subject hung as an apposition before the verb: the nearest noun to the left
        j = v.i - 1
        while j >= v.sent.start and (v.doc[j].dep_ in ("advmod", "neg", "aux") or v.doc[j].is_space):
            j -= 1
        if j >= v.sent.start and v.doc[j].pos_ in NOUN_POS:
            return v.doc[j]
        return None
    if h.i == v.i:
        return None
    if dep == "xcomp":
        if h.lemma_ in lexicon().sets["object_control"]:
            o = child(h, "dobj")
            if o is not None:
                return o
        return logical_subject(h, depth + 1)
    if dep in ("advcl", "conj"):
        if dep == "conj" and h.pos_ not in VERB_POS:
            return None
        # a conjoined verb shares the subject even when the first one is passive
        if dep == "conj" and _speaker_conjunct(v):
            return logical_subject(h.head, depth + 1)
        if dep == "conj":
            s = child(h, "nsubj", "nsubjpass")
            if s is not None:
                return h.head if s.lower_ in RELATIVE_PRONOUNS and h.dep_ == "relcl" else s
        return logical_subject(h, depth + 1)
    if dep == "pcomp":
        p = h
        g = p.head
        if g.pos_ in VERB_POS or g.pos_ == "ADJ":
            for a in g.children:  # "are grateful to X for facilitating": X facilitates
                if a.dep_ == "acomp" and a.lemma_ in lexicon().sets["object_control"]:
                    for t in prep_objects(a, "to"):
                        return t
            if g.lemma_ in lexicon().sets["object_control"]:
                o = child(g, "dobj")
                if o is not None:
                    return o
                for t in prep_objects(g, "to"):
                    return t
            if g.pos_ == "ADJ":
                return logical_subject(g.head, depth + 1) if g.dep_ == "acomp" else None
            return logical_subject(g, depth + 1)
        return None
    if dep == "acl" and v.tag_ != "VBN":
        return h
    if dep in ("acomp", "attr"):
        return logical_subject(h, depth + 1)
    return None


def _speaker_conjunct(v: Token) -> bool:
    """A past-tense verb the parser coordinated with a reported clause that it does not match
    ("X said the group was studying the plan but accused the minister ...": X accused, not the
    group). Only when the reported verb has its own auxiliary and the coordinated one has none."""
    h = v.head
    if v.tag_ != "VBD" or h.dep_ != "ccomp" or h.head.tag_ != "VBD":
        return False
    if h.head.lemma_ not in lexicon().sets["speech_verbs"]:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") for c in h.children)


def in_dateline(tok: Token) -> bool:
    """Is the token part of a dateline ("NAIROBI, Kenya —", "KHARTOUM (Reuters) -")? The place
    of filing is never an argument, however the parser hangs it on the first clause."""
    sent = tok.sent
    first = sent[0]
    if not (first.text.isupper() and len(first.text) > 2 and first.is_alpha):
        return False
    for t in sent[:12]:
        if t.text in ("—", "–", "-", "--") and t.i > tok.i:
            return True
        if t.i >= tok.i and t.text not in (",", "(", ")") and not t.text[:1].isupper():
            return False
    return False


def _past_dateline(s: Token) -> Token:
    """The noun the parser hung on a dateline as its apposition ("NAIROBI, Kenya — 40 prisoners
    were freed": the subject is the prisoners)."""
    if not in_dateline(s):
        return s
    for c in list(s.children) + list(s.head.children):
        if c.dep_ in ("appos", "nsubjpass", "nsubj") and not in_dateline(c):
            return c
    return s


def antecedent(v: Token) -> Token:
    """What a relative clause describes; past a date the parser attached it to ("talks on May
    5-6 that were hosted by X": the talks)."""
    h = v.head
    for _ in range(3):
        if h.ent_type_ == "DATE" and h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in NOUN_POS:
            h = h.head.head
        else:
            break
    return h


def logical_object(v: Token) -> Token | None:
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return v.head
    if is_passive(v):
        s = child(v, "nsubjpass")
        if s is not None:
            s = _past_dateline(s)
            if s.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return measured(antecedent(v))
            return s
        left = _left_of_aux(v)
        if left is not None:
            return left
        if v.dep_ == "conj":
            return logical_object(v.head)
        return None
    o = child(v, "dobj")
    if o is not None:
        if o.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
            return v.head
        return _possessed_in_name(o)
    for c in v.children:  # "coordinating and supervising the swap": the object is shared
        if c.dep_ == "conj" and c.pos_ in VERB_POS:
            o = child(c, "dobj")
            if o is not None:
                return o
    if v.dep_ == "relcl" and child(v, "mark") is not None:  # "points that they had refused"
        return v.head
    return None


def _possessed_in_name(o: Token) -> Token:
    """The role noun a possessive name was misparsed over ("met the Economic Community of West
    African States' chief negotiator, NAME": the parser makes "Community" the object and hangs
    the negotiator under its "of"): the object is the possessed noun."""
    if o.pos_ != "PROPN":
        return o
    for p in o.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for n in p.children:
                if n.dep_ == "pobj" and n.pos_ == "NOUN" and any(
                        c.dep_ == "poss" and c.pos_ == "PROPN" and any(k.dep_ == "case" for k in c.children)
                        for c in n.children):
                    return n
    return o


def _left_of_aux(v: Token) -> Token | None:
    """The passive subject the parser hung elsewhere: the noun right before "was/were" ("X and
    55 soldiers were returned"), taken with the noun it is coordinated with."""
    aux = child(v, "auxpass")
    if aux is None or aux.i == 0:
        return None
    t = v.doc[aux.i - 1]
    if t.pos_ not in NOUN_POS:
        return None
    if t.dep_ == "conj" and t.head.i < t.i and any(c.dep_ == "cc" for c in t.head.children):
        return t.head
    return t


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i:
            out.append(c)
    return out


def phrase(tok: Token) -> Span:
    """The noun phrase of ``tok`` without relative clauses, appositions or trailing commas."""
    toks = [tok]
    for t in tok.lefts:
        if t.dep_ in ("det", "predet") and t.lower_ in ("the", "a", "an"):
            continue
        toks.extend(t.subtree)
    for t in tok.rights:
        if t.dep_ in ("relcl", "appos", "punct", "cc", "conj", "acl", "advcl"):
            break
        if t.dep_ == "prep" and t.lower_ not in ("of",):
            break
        toks.extend(t.subtree)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return tok.doc[lo:hi + 1]


def subtree_span(tok: Token) -> Span:
    lo, hi = tok.left_edge.i, tok.right_edge.i
    doc = tok.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo < hi and doc[lo].dep_ in ("mark", "aux", "punct") and doc[lo].lower_ in ("that", "to", ",", "“", "\""):
        lo += 1
    return doc[lo:hi + 1]


# ---------------------------------------------------------------------------
# per-document state
@dataclass
class Raw:
    type: str
    trig: Token
    frame: Frame
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    claim: str | None = None
    count: Count | None = None
    counts: dict[str, Count] = field(default_factory=dict)  # per target, for coordinated captives
    time: Time | None = None
    means: str | None = None
    topic: str | None = None
    inferred: list[str] = field(default_factory=list)
    pending: set[str] = field(default_factory=set)
    unnamed_object: bool = False  # the act has an object that is no actor ("30 fishermen")


class Doc_:
    """Indexes of one document built once: sentences, paragraphs, claims, time expressions."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.lex = lexicon()
        doc = ctx.doc
        self.text = ctx.document.text
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        # paragraphs: a blank line between two sentences
        self.para_of_sent: list[int] = []
        p = 0
        for i, s in enumerate(self.sents):
            if i and "\n\n" in self.text[self.sents[i - 1].end_char:s.start_char].replace("\r", "") + \
                    "".join(t.text_with_ws for t in self.sents[i - 1] if t.is_space):
                p += 1
            self.para_of_sent.append(p)
        # claims: (start, end, claim id) of every content piece and clause
        spans = []
        for c in ctx.claims:
            for a, b in c.spans.content:
                spans.append((a, b, c.id))
            if c.spans.clause:
                spans.append((c.spans.clause[0], c.spans.clause[1], c.id))
        self.claim_spans = sorted(spans)
        self.claims = {c.id: c for c in ctx.claims}
        self.speaker_starts = {c.spans.speaker[0] for c in ctx.claims if c.spans.speaker}
        # time expressions and the token each attaches to
        ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        self.timexes = []
        self.timex_at: dict[int, list[tuple[timex.Timex, Span]]] = {}
        for tx in timex.find(self.text, ents):
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            att = self._attachment(span)
            self.timexes.append((tx, span, att))
            if att is not None:
                self.timex_at.setdefault(att.i, []).append((tx, span))
        self._demonyms: dict[str, str | None] = {}
        self._fallback: dict[int, str | None] = {}
        self.built: list[Raw] = []  # acts found so far, in text order
        self._surnames: dict[str, str] | None = None

    def _attachment(self, span: Span) -> Token | None:
        r = span.root
        h = r.head
        while h.i != r.i and span.start <= h.i < span.end:
            r, h = h, h.head
        if r.dep_ == "pobj" and not (span.start <= r.head.i < span.end):
            return r.head.head
        if h.i == r.i:
            return r
        return h

    def is_speaker(self, start: int) -> bool:
        """Does a mention at ``start`` name the speaker of a claim ("..., the army said")?"""
        return start in self.speaker_starts

    def inside_name(self, tok: Token) -> bool:
        """Is the token a word inside a longer actor mention (not the mention itself)?"""
        a, b = tok.idx, tok.idx + len(tok.text)
        for s, e, _ in self.ctx.mentions_in(a, b):
            if s <= a and b <= e and (s, e) != (a, b):
                span = self.ctx.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and span.root.i != tok.i:
                    return True
        return False

    def sent_index(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def claim_at(self, pos: int) -> str | None:
        i = bisect.bisect_right(self.claim_spans, (pos, 1 << 30, "")) - 1
        best = None
        while i >= 0:
            a, b, cid = self.claim_spans[i]
            if a <= pos < b:
                best = cid
                break
            if b < pos - 2000:
                break
            i -= 1
        return best

    # -- tokens to actors -----------------------------------------------------
    def state_for(self, word: str) -> str | None:
        if word in self._demonyms:
            return self._demonyms[word]
        aid = None
        try:
            from backchannel.resolve.phrases import state_for_word

            aid = state_for_word(self.ctx, word)
        except Exception:  # the resolver is optional: no demonyms without it
            aid = None
        if aid is None:
            w = word.casefold().rstrip("-")
            for a in self.ctx.actors.values():
                if a.kind == "state" and (a.name.casefold() == w or w in (x.casefold() for x in a.aliases)):
                    aid = a.id
                    break
        self._demonyms[word] = aid
        return aid

    def actor_tok(self, t: Token) -> str | None:
        a = self.ctx.actor_for_token(t)
        if a:
            return a
        # a nationality adjective stands for its state ("an Israeli airstrike", "Qatari-brokered");
        # a demonym noun names people, not the state ("told African-Americans")
        if t.text[:1].isupper() and (t.pos_ == "ADJ" or t.dep_ in ("amod", "compound", "npadvmod", "nmod")):
            return self.state_for(t.text.rstrip("-"))
        if t.pos_ in NOUN_POS:
            if t.i not in self._fallback:
                self._fallback[t.i] = self.fallback_actor(t)
            return self._fallback[t.i]
        return None

    # -- fallbacks for phrases the actors stage left unresolved ---------------------------
    def fallback_actor(self, t: Token) -> str | None:
        """A definite description of a party ("the rebels", "the paramilitary group"), a
        definite plural demonym ("the Emiratis") or a person's surname alone ("Mirzoyan")."""
        if t.lower_ == "them" and t.i not in self.ctx.coref:
            # "X released them": the group named last before it in the sentence
            best = None
            for s, e, a in self.ctx.mentions_in(t.sent.start_char, t.idx):
                if self.ctx.actors.get(a) is not None and self.ctx.actors[a].kind == "group":
                    best = a
            return best
        if any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and (self.ctx.actor_for_token(c) or any(
                x.text[:1].isupper() for x in c.subtree))) for c in t.children if c.i < t.i):
            return None  # "the ELN rebels", "Hamas's fighters", "the Saudi-led coalition": the modifier says whose
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        if definite and t.text[:1].isupper() and t.text.endswith("s") and (
                t.tag_ in ("NNPS", "NNS") or t.ent_type_ == "NORP"):
            a = self.state_for(t.text)  # "the Emiratis" -> the UAE, when it is an actor
            if a:
                return a
        if definite and t.pos_ == "NOUN":
            # "the federal government" after "the Ethiopian federal government": the end of one
            # actor's name
            words = " ".join(x.lower_ for x in t.doc[t.left_edge.i:t.i + 1] if x.dep_ != "det")
            hits = {a.id for a in self.ctx.actors.values() if a.kind in ("state", "organization") and any(
                n.casefold().endswith(" " + words) or n.casefold() == words for n in [a.name, *a.aliases])}
            if len(hits) == 1:
                return hits.pop()
        if definite and t.lemma_.lower() in self.lex.sets["government_nouns"]:
            # "the junta", "the generals": the state whose ruling body the text named before
            # ("Niger's military government")
            marks = {"junta", "regime", "military", "generals", "general"} if t.lemma_.lower() in (
                "junta", "regime", "general", "generals") else {"government", "authorities", "leadership"}
            best = None
            for s, e, aid in self.ctx.mentions_in(0, t.idx):
                act = self.ctx.actors.get(aid)
                if act is not None and act.kind == "state" and any(
                        w in marks for n in act.aliases for w in n.casefold().replace("'s", "").split()):
                    best = aid
            if best:
                return best
        if definite and t.lemma_.lower() in self.lex.sets["story_state_nouns"] and t.tag_ != "NNS" and not any(
                    c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ == "of"
                    for c in t.children):
                # "demanded that the government negotiate": the one state of the story
                states = {a.id for a in self.ctx.actors.values() if a.kind == "state"}
                if len(states) == 1:
                    return states.pop()
        if definite and t.lemma_.lower() in self.lex.sets["group_nouns"] and t.tag_ != "NNP" \
                and not any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in prep_objects(t, "of")):
            # (but "the group of mediators" is a group of others)
            return self.described_group(t)
        if t.pos_ == "PROPN" and t.dep_ != "compound" and t.text[:1].isupper():
            a = self.surnames().get(t.text)
            if a is None and definite:
                # "the North", "the South": the one state whose name begins so
                hits = [x.id for x in self.ctx.actors.values() if x.kind == "state"
                        and x.name.split()[0] == t.text and len(x.name.split()) > 1]
                a = hits[0] if len(hits) == 1 else None
            return a
        return None

    def surnames(self) -> dict[str, str]:
        """One-word names of named actors -> the actor (only when one actor has it): a name or
        alias of one word ("RSF" mentioned again), the last word of a person's name ("Mirzoyan")."""
        if self._surnames is None:
            seen: dict[str, list[str]] = {}
            for a in self.ctx.actors.values():
                if not a.named:
                    continue
                for n in [a.name, *a.aliases]:
                    if len(n.split()) == 1 and a.id not in seen.get(n, []):
                        seen.setdefault(n, []).append(a.id)
                if a.kind == "person" and len(a.name.split()) > 1 and a.id not in seen.get(a.name.split()[-1], []):
                    seen.setdefault(a.name.split()[-1], []).append(a.id)
            self._surnames = {k: v[0] for k, v in seen.items() if len(v) == 1}
        return self._surnames

    def described_group(self, t: Token) -> str | None:
        """The organisation "the rebels" stands for: the one the title or an earlier phrase calls
        so ("ELN rebels", "X, a paramilitary group"), else the nearest independent organisation
        named before (one with no state it belongs to)."""
        words = {t.lower_, t.lemma_.lower(), t.lemma_.lower() + "s"}
        orgs = [a for a in self.ctx.actors.values()
                if a.kind in ("organization", "group") and a.named and not a.affiliation]
        title = (self.ctx.document.title or "").casefold()
        for a in orgs:
            for n in [a.name, *a.aliases]:
                if any(f"{n.casefold()} {w}" in title for w in words):
                    return a.id
        text = self.text
        nearest = None
        for s, e, aid in self.ctx.mentions_in(0, t.idx):
            act = self.ctx.actors.get(aid)
            if act is None or act not in orgs:
                continue
            after = text[e:e + 60].casefold()
            for w in words:
                if after.startswith(" " + w) or any(after.startswith(f", {det} ") and f" {w}" in after[:after.find(",", 2) if "," in after[2:] else 40]
                                                  for det in ("a", "an", "the")):
                    return aid
            if act.kind == "organization":
                nearest = aid
        return nearest

    def actors(self, tok: Token | None, deep: bool = True) -> list[str]:
        """Actors a noun phrase refers to (coordination expanded), with fallbacks for heads
        that are not actors themselves: possessor, proper-noun or demonym modifiers, an
        "officials from X" phrase."""
        if tok is None:
            return []
        out: list[str] = []
        extra_conj: list[str] = []
        for t in conjuncts(tok):
            if in_dateline(t):
                continue
            a = self.actor_tok(t)
            if a is not None and not self.ctx.actors[a].named if a in self.ctx.actors else False:
                # "the bloc's chief negotiator, Jane Doe": the named person, not the unnamed role
                for c in t.children:
                    if c.dep_ == "appos":
                        b = self.ctx.actor_for_token(c)
                        if b and b in self.ctx.actors and self.ctx.actors[b].named and \
                                self.ctx.actors[b].kind == "person":
                            a = b
                            break
            if a is None and t.lower_ in ("we", "us", "our") and t.i not in self.ctx.coref:
                a = self.speaker_side(t)
            if a is None and t.lower_ in ("i", "me", "my") and t.i not in self.ctx.coref:
                cid = self.claim_at(t.idx)  # "I passed the questions", said in a quote: the speaker
                a = self.claims[cid].speaker if cid in self.claims else None
            if a is None and t.lower_ in PRONOUNS and t.i not in self.ctx.coref:
                continue
            if a is None and t.pos_ in NOUN_POS:
                for c in t.children:
                    if c.dep_ == "appos":
                        a = self.actor_tok(c)
                        if a:
                            # "Minister X and Minister Y met": Y is coordinated with the apposition
                            for cc in c.conjuncts:
                                b = self.actor_tok(cc) or next((self.actor_tok(x) for x in cc.children
                                                                if x.dep_ == "appos" and self.actor_tok(x)), None)
                                if b and b not in out and b != a:
                                    out.append(b)
                            break
            elif a is not None and t.pos_ in NOUN_POS:
                # "met Serbia's negotiator, X, and Kosovo's minister, Y": the second person hangs
                # coordinated on the first one's apposition
                for c in t.children:
                    if c.dep_ == "appos":
                        for cc in c.conjuncts:
                            b = next((self.actor_tok(x) for x in cc.children if x.dep_ == "appos"
                                      and self.actor_tok(x)), None) or self.actor_tok(cc)
                            if b and b not in out and b != a:
                                extra_conj.append(b)
            if a is None and deep and t.pos_ in NOUN_POS:
                agentive = t.lemma_.lower() in self.lex.sets["agent_nouns"] or \
                    t.lemma_.lower() in self.lex.sets["group_nouns"]  # "the Houthi movement"
                if agentive and t.left_edge.i < t.i:
                    # "a North Korean state media commentary": the longest name among the modifiers
                    lo = next((x for x in t.doc[t.left_edge.i:t.i] if x.dep_ not in ("det", "predet")), None)
                    if lo is not None:
                        a = self.ctx.actor_at(lo.idx, t.idx)
                        if a is not None and self.ctx.actors.get(a) is not None and \
                                self.ctx.actors[a].kind == "person" and any(c.dep_ == "poss" for c in t.children):
                            a = None  # "Trump's lawyer" is someone else
                for c in t.children:
                    if c.dep_ == "poss" or (agentive and c.dep_ in ("compound", "amod", "nmod") and c.i < t.i):
                        a = self.actor_tok(c)
                        # "his successor", "Trump's lawyer" are other people: only a state or
                        # organisation stands for its members ("Israel's negotiators")
                        if a and c.dep_ == "poss" and getattr(self.ctx.actors.get(a), "kind", None) == "person":
                            a = None
                        if a:
                            break
                if a is None:
                    for p in ("from", "of"):
                        objs = prep_objects(t, p)
                        if objs and t.lemma_ not in ("release", "remain", "exchange"):
                            for o in objs:
                                out.extend(x for x in self.actors(o, deep=False) if x not in out)
                            break
            if a and a not in out:
                out.append(a)
        out.extend(b for b in extra_conj if b not in out)
        return out

    def speaker_side(self, t: Token) -> str | None:
        """"we" in a quote: the speaker's side (its state or organisation), else the speaker."""
        cid = self.claim_at(t.idx)
        if cid is None or cid not in self.claims:
            return None
        sp = self.claims[cid].speaker
        act = self.ctx.actors.get(sp) if sp else None
        if act is None:
            return None
        if act.affiliation and act.affiliation in self.ctx.actors:
            return act.affiliation
        return act.id

    def person_pair(self, tok: Token | None) -> list[str]:
        """'the two leaders', 'both men': the two distinct persons named last before ``tok``."""
        if tok is None or tok.lemma_.lower() not in self.lex.sets["person_pair_nouns"] or not any(
                c.lower_ in ("two", "both") for c in tok.children):
            return []
        found: list[str] = []
        for s, e, a in reversed(self.ctx.mentions_in(0, tok.idx)):
            act = self.ctx.actors.get(a)
            if act is not None and act.kind == "person" and act.named and a not in found:
                found.append(a)
                if len(found) == 2:
                    return found[::-1]
        return []

    def is_pair_phrase(self, tok: Token | None) -> bool:
        if tok is None:
            return False
        lex = self.lex
        own = self.ctx.actor_for_token(tok)
        if tok.lemma_.lower() in lex.sets["agent_nouns"] and tok.pos_ in NOUN_POS and (
                own is None or not self.ctx.actors[own].named):
            # "negotiators from both sides", "officials of the two countries"
            for p in ("from", "of", "on"):
                for o in prep_objects(tok, p):
                    if self.is_pair_phrase(o):
                        return True
        if tok.lower_ in ("each", "both") or tok.lemma_ in lex.sets["pair_words"] and (
                any(c.lower_ in ("two", "both") for c in tok.children) or tok.lemma_ in ("side", "party")):
            return True
        return tok.lower_ == "two" and tok.dep_ in ("pobj", "nsubj", "dobj")


# ---------------------------------------------------------------------------
# argument specs
def resolve_spec(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Raw) -> list[str] | str:
    """Actors (a list, possibly with the PAIR marker) for an argument spec at trigger ``tok``."""
    noun = tok.pos_ in NOUN_POS or frame.pos == "noun"
    if spec == "pair":
        return [PAIR]
    if spec in ("pair_other", "counterpart"):
        return ["@other"]
    if spec == "subj":
        s = logical_subject(tok) if not noun else None
        two = d.person_pair(s)
        if two:  # "the two leaders had not spoken": the two people named last
            raw.pending.add("person_pair")
            return two
        if d.is_pair_phrase(s):
            return [PAIR]
        return d.actors(s)
    if spec in ("obj", "obj_actor", "obj_poss", "obj_against", "obj_parties"):
        o = logical_object(tok)
        if o is None:
            return []
        if spec == "obj_poss":
            p = child(o, "poss")
            return d.actors(p) if p is not None else []
        if spec == "obj_against":
            return [a for x in prep_objects(o, "against") for a in d.actors(x)]
        if d.is_pair_phrase(o):
            return [PAIR]
        out = d.actors(o, deep=spec != "obj_actor")
        for c in tok.children:  # two passive subjects the parser did not coordinate
            if c.dep_ == "nsubjpass" and c.i != o.i:
                out.extend(a for a in d.actors(c, deep=spec != "obj_actor") if a not in out)
        return out
    if spec == "ccomp_subj":  # "demanded that the government negotiate": who is to act
        for c in tok.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                s = child(c, "nsubj")
                if d.is_pair_phrase(s):
                    return [PAIR]
                return d.actors(s) if s is not None else []
        return []
    if spec == "dative":
        c = child(tok, "dative")
        return d.actors(c) if c is not None else []
    if spec == "agent":
        return [a for x in prep_objects(tok, "by") for a in d.actors(x)]
    if spec.startswith("prep:"):
        out: list[str] = []
        objs = prep_objects(tok, spec[5:])
        if not objs and not noun:
            o = child(tok, "dobj")
            if o is not None and d.actors(o, deep=False) == []:
                objs = prep_objects(o, spec[5:])  # PP attached to the object ("introduced the subject to X")
        for x in objs:
            if d.is_pair_phrase(x):
                return [PAIR]
            out.extend(a for a in d.actors(x) if a not in out)
        return out
    if spec in ("poss", "poss_if_of", "poss_no_of"):
        has_of = bool(prep_objects(tok, "of"))
        if spec == "poss_if_of" and not has_of or spec == "poss_no_of" and has_of:
            return []
        p = child(tok, "poss")
        if p is not None and d.is_pair_phrase(p):
            return [PAIR]
        return d.actors(p, deep=False) if p is not None else []
    if spec == "mod":
        out = []
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < tok.i:
                a = d.actor_tok(c)
                if a and a not in out:
                    out.append(a)
        return out
    if spec == "subj_mod":
        s = child(tok, "nsubj")
        if s is None:
            return []
        return resolve_spec(d, "mod", s, frame, raw) or resolve_spec(d, "poss", s, frame, raw)  # type: ignore[return-value]
    if spec in ("gov_subj", "gov_subj_coord"):
        g = governor(tok)
        if g is None:
            return []
        s = logical_subject(g) if g.pos_ in VERB_POS else logical_subject(g.head) if g.dep_ == "acomp" else None
        if s is None and g.pos_ == "ADJ":
            s = logical_subject(g)
        if s is not None and s.i in range(tok.left_edge.i, tok.right_edge.i + 1):
            return []  # the noun is its own governor's subject ("the talks were held")
        return d.actors(s)
    if spec == "gov_subj_make":
        # "X made / submitted / put forward a proposal": the light verb's subject
        g = governor(tok)
        if g is None or g.lemma_ not in d.lex.sets["make_verbs"] or tok.dep_ != "dobj" or tok.head.i != g.i:
            return []
        return d.actors(logical_subject(g))
    if spec.startswith("gov_prep:"):
        g = governor(tok)
        if g is None or tok.head.i != g.i:
            return []
        out = []
        for x in prep_objects(g, spec[9:]):
            out.extend(a for a in d.actors(x) if a not in out)
        return out
    if spec == "gov_subj_part":
        # the subject of the verb that holds the talks ("X and Y made progress in their talks",
        # "X held talks with Y"), not of any verb that mentions them ("calling the talks good")
        g = governor(tok)
        if g is None or g.pos_ not in VERB_POS:
            return []
        h = tok.head
        if tok.dep_ == "pobj" and h.lower_ == "of" and measured(h.head).i == tok.i:
            tok, h = h.head, h.head.head  # "held two days of talks": the measure stands for the talks
        ok = (tok.dep_ == "dobj" and h.i == g.i and g.lemma_ in d.lex.sets["participation_verbs"]) or (
            tok.dep_ == "pobj" and h.head.i == g.i and h.lower_ in ("in", "at", "during", "into")) or (
            # "a delegation prepared to travel to Baku for a fresh round of talks": the traveller
            tok.dep_ == "pobj" and h.head.i == g.i and h.lower_ == "for" and g.lemma_ in d.lex.sets["travel_verbs"])
        if not ok:
            return []
        s = logical_subject(g)
        if s is not None and tok.left_edge.i <= s.i <= tok.right_edge.i:
            return []
        if d.is_pair_phrase(s):
            return [PAIR]
        found = d.actors(s)
        if h.lower_ == "for":  # "a Turkish delegation": the traveller's state is the side
            found = [_side_state(d.ctx, a) for a in found]
        return found
    if spec == "travel_host":
        # "travelled to Baku for talks": the destination's state, when the text names it as an
        # actor elsewhere (a place alone is a venue)
        g = governor(tok)
        if g is None or g.lemma_ not in d.lex.sets["travel_verbs"] or tok.dep_ != "pobj" \
                or tok.head.lower_ != "for" or tok.head.head.i != g.i:
            return []
        out = []
        for x in prep_objects(g, "to"):
            a = d.actors(x)
            if not a:
                from backchannel.resolve.lexicon import lexicon as places
                c = places().capital(x.text) or places().capital(phrase(x).text)
                a = [i for i, act in d.ctx.actors.items() if c is not None and act.name == c.name]
            out.extend(a[:1])
        return out
    if spec == "obj_between":
        o = logical_object(tok)
        if o is None:
            return []
        for x in prep_objects(o, "between") or prep_objects(measured(o), "between") or prep_objects(tok, "between"):
            if d.is_pair_phrase(x):
                return [PAIR]
            return d.actors(x)
        return []
    if spec == "agent_coord":
        g = governor(tok)
        if g is None or tok.dep_ != "nsubjpass":
            return []
        out = []
        for x in prep_objects(g, "by"):
            out.extend(a for a in d.actors(x) if a not in out)
        return out
    if spec == "gov_obj_actor":
        g = governor(tok)
        if g is None:
            return []
        o = child(g, "dobj")
        return d.actors(o, deep=False) if o is not None and o.i != tok.i else []
    if spec == "pred":
        return predicated(d, tok)
    if spec == "content_subj":
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "relcl"):
                s = child(c, "nsubj", "nsubjpass")
                if s is not None and s.lower_ not in RELATIVE_PRONOUNS:
                    return d.actors(s)
        return []
    if spec in ("brokers", "brokers_self"):
        return brokers(d, tok, self_trigger=spec == "brokers_self")
    if spec == "claim_speaker":
        if raw.claim and raw.claim in d.claims:
            sp = d.claims[raw.claim].speaker
            return [sp] if sp else []
        return []
    if spec == "captor":
        return captor(d, tok)
    if spec == "story_captor":
        found = story_captor(d, tok, raw)
        if found and not found[0].startswith("@"):
            raw.inferred.append("source")
        return found
    if spec == "place_holder":
        return place_holder(d, tok, raw)
    if spec == "event_doer":
        return event_doer(d, tok, raw)
    if spec == "sentence_actor":
        return sentence_actor(d, tok, raw)
    if spec == "main_subj":
        cur = tok
        while cur.dep_ not in ("ROOT",) and cur.head.i != cur.i:
            cur = cur.head
        if cur.i == tok.i:
            return []
        return d.actors(child(cur, "nsubj"))
    if spec == "obj_from":
        o = logical_object(tok) or quantity_object(tok)
        if o is None:
            return []
        out = []
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "from"):
                for x in c.children:
                    if x.dep_ == "pobj":
                        out.extend(prep_objects(x, "from") and [a for y in prep_objects(x, "from") for a in d.actors(y)]
                                   or (d.actors(x) if c.lower_ == "from" else []))
        for c in tok.children:  # "transferring messages, including some from X" hung on the verb
            if c.dep_ == "prep" and c.lower_ == "including":
                for x in c.children:
                    if x.dep_ == "pobj":
                        out.extend(a for y in prep_objects(x, "from") for a in d.actors(y))
        return list(dict.fromkeys(out))
    if spec == "swap_other":
        return []
    if spec == "head":
        return d.actors(tok.head) if tok.dep_ in ("amod", "acl") else []
    return []


def predicated(d: Doc_, tok: Token) -> list[str]:
    """Who a role noun ("mediator", "host") is said of."""
    h = tok.head
    if tok.dep_ == "appos":
        return d.actors(h)
    if tok.dep_ == "pobj" and h.lower_ == "as":
        g = h.head
        if g.pos_ in VERB_POS:
            s = logical_subject(g)
            return d.actors(s)
        return d.actors(g) if g.pos_ in NOUN_POS else []
    if tok.dep_ in ("attr", "acomp"):
        return d.actors(child(h, "nsubj"))
    for c in tok.children:
        if c.dep_ == "appos":
            return d.actors(c)
    return []


def brokers(d: Doc_, tok: Token, self_trigger: bool = False) -> list[str]:
    """Actors of a hyphenated "Qatari- and Egyptian-brokered" modifier (read linearly: the
    parser rarely gets such coordinations right)."""
    doc = tok.doc
    part = tok if self_trigger else next((c for c in tok.children if c.lemma_ in ("broker", "mediate", "host", "sponsor", "back")
                                          and c.dep_ in ("amod", "compound")), None)
    if part is None and not self_trigger:
        # parser hung the participle elsewhere: look left of the noun in the same sentence
        for j in range(tok.i - 1, max(tok.i - 4, -1), -1):
            if doc[j].lemma_ in ("broker", "mediate", "host", "sponsor") and doc[j].tag_ in ("VBN", "JJ"):
                part = doc[j]
                break
    if part is None:
        return []
    j = part.i - 1
    out: list[str] = []
    while j >= 0 and part.i - j < 10:
        t = doc[j]
        if t.text in ("-", ",", "and", "–") or t.tag_ == "HYPH":
            j -= 1
            continue
        a = d.actor_tok(t)
        if a is None:
            break
        out.insert(0, a)
        j -= 1
    return list(dict.fromkeys(out))


def local_possessor(d: Doc_, tok: Token, exclude: list[str]) -> list[str]:
    """An unresolved "their"/"its" on the object ("hit their position"): the nearest group,
    organisation or state named before it in the sentence, other than the act's source."""
    o = logical_object(tok)
    p = child(o, "poss") if o is not None else None
    if p is None or p.lower_ not in ("their", "its") or p.i in d.ctx.coref:
        return []
    sent = d.sents[d.sent_index(tok)]
    best = None
    for s, e, a in d.ctx.mentions_in(sent.start_char, p.idx):
        act = d.ctx.actors.get(a)
        if act is not None and act.kind in ("group", "organization", "state") and a not in exclude \
                and level(d.ctx, a) not in exclude:
            best = a
    return [best] if best else []


def captor(d: Doc_, tok: Token) -> list[str]:
    """Who held the captives a release frees: "workers detained by X were released" -> X,
    "hostages held in X's custody", "prisoners in the custody of X"."""
    o = logical_object(tok) if tok.pos_ in VERB_POS else None
    if o is None:
        objs = prep_objects(tok, "of")  # "the release of hostages held by X"
        o = objs[0] if objs else None
    return captor_of(d, o)


def place_holder(d: Doc_, tok: Token, raw: Raw) -> list[str]:
    """"The rebels seized Goma": an attack on the state that holds the place, when the text makes
    it plain: the one state of the story other than the attacker's, else the story's other side
    (dropped when there is none)."""
    o = logical_object(tok)
    if o is None or is_passive(tok) or d.actors(o, deep=False):
        return []
    place = o
    if o.lemma_.lower() in d.lex.sets["place_nouns"]:  # "the port city of Hodeidah"
        named = [x for x in prep_objects(o, "of") if x.pos_ == "PROPN"] + [
            c for c in o.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
        if not named:
            return []
        place = named[0]
    if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", ""):
        return []
    subj = resolve_spec(d, "subj", tok, raw.frame, raw)
    subj = [a for a in subj if not a.startswith("@")]
    if not subj:
        return []
    own = set(subj) | {getattr(d.ctx.actors.get(a), "affiliation", None) for a in subj}
    states = [a.id for a in d.ctx.actors.values() if a.kind == "state" and a.id not in own]
    if len(states) == 1:
        raw.inferred.append("target")
        return states
    raw.pending.add("place_target")
    return [OTHER_OF + subj[0]]


def story_captor(d: Doc_, tok: Token, raw: Raw) -> list[str]:
    """An agentless passive release ("ten soldiers were freed after talks brokered by X") is by
    whoever the neighbouring sentences say held them ("Russia had captured them in March")."""
    if not is_passive(tok) or prep_objects(tok, "by"):
        return []
    verbs = d.lex.sets["captor_verbs"]
    sents = list(d.ctx.doc.sents)
    si = d.sent_index(tok)
    for sent in sents[max(si - 1, 0):si + 2]:
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or is_passive(v):
                continue
            o, s = child(v, "dobj"), child(v, "nsubj")
            if o is None or s is None:
                continue
            held = set(d.actors(o)) if o.pos_ != "PRON" else set()
            if not (o.lower_ in ("them", "him", "her") or held & set(raw.targets)):
                continue
            who = [a for a in d.actors(s) if a not in raw.targets]
            if who:
                return who[:1]
    o = logical_object(tok)
    nat = nationality(d, o) if o is not None else None
    if nat:  # "Ukrainian soldiers were freed" in a Russia-Ukraine story: by the other side
        return [OTHER_OF + nat]
    return []


def captor_of(d: Doc_, o: Token | None) -> list[str]:
    """Who holds the captives a noun names ("officials held by X", "held in X's custody")."""
    if o is None:
        return []
    verbs = d.lex.sets["captor_verbs"]
    for c in o.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs:
            for x in prep_objects(c, "by"):
                acts = d.actors(x)
                if acts:
                    return acts
            for x in prep_objects(c, "in"):  # "held in X's custody"
                if x.lemma_.lower() in ("custody", "captivity", "prison", "jail", "detention"):
                    p = child(x, "poss")
                    acts = d.actors(p) if p is not None else [a for y in prep_objects(x, "of") for a in d.actors(y)]
                    if acts:
                        return acts
    return []


def event_doer(d: Doc_, tok: Token, raw: Raw) -> list[str]:
    """For an agentless "Y was not informed of the handover": who did the act the noun names back
    in the same sentence (or the one before): "X freed six soldiers, but Y was not informed of
    the handover" -> X (marked inferred)."""
    if not is_passive(tok):
        return []
    nouns = [o for p in ("of", "about") for o in prep_objects(tok, p)]
    if not nouns or nouns[0].lemma_.lower() not in d.lex.sets["event_nouns"] or \
            any(c.dep_ == "poss" for c in nouns[0].children):
        return []
    o = logical_object(tok)
    tgt = set(d.actors(o)) if o is not None else set()
    si = d.sent_index(tok)
    for r in reversed(d.built):
        rs = d.sent_index(r.trig)
        if rs < si - 1 or r.type in ("inform", "learn", "mediate"):
            continue
        srcs = [a for a in r.sources if not a.startswith("@") and a not in tgt]
        if srcs and r.trig.i < tok.i:
            raw.inferred.append("source")
            return srcs[:1]
    return []


def sentence_actor(d: Doc_, tok: Token, raw: Raw) -> list[str]:
    """For an agentless passive ("he was not informed"): an actor named earlier in the sentence
    that is not the target (marked inferred)."""
    if not is_passive(tok) or tok.dep_ == "acl":
        return []  # "people briefed on the talks": a description, not an act with a hidden agent
    sent = d.sents[d.sent_index(tok)]
    tgt = set(raw.targets)
    o = logical_object(tok)
    tgt.update(d.actors(o) if o is not None else [])
    # never an actor of another clause attached to the target ("X, which fought Y, was not
    # consulted") nor the speaker of the report ("the army said")
    skip = range(o.left_edge.i, o.right_edge.i + 1) if o is not None else range(0)
    for s, e, a in d.ctx.mentions_in(sent.start_char, tok.idx):
        span = d.ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and (span.start in skip or d.is_speaker(s)):
            continue
        if a not in tgt:
            kind = d.ctx.actors[a].kind if a in d.ctx.actors else None
            if kind in ("state", "organization"):
                raw.inferred.append("source")
                return [a]
    return []


def text_spec(d: Doc_, spec: str, tok: Token) -> str | None:
    """Text for topic/means specs."""
    if spec == "self":
        return phrase(tok).text if tok.pos_ in NOUN_POS else tok.text
    if spec == "self_obj":
        o = child(tok, "dobj")
        return f"{tok.text} {phrase(o).text}" if o is not None else None
    if spec == "subj_text":
        s = child(tok, "nsubj", "nsubjpass")
        return phrase(s).text if s is not None else None
    if spec == "mod_text":
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
        return " ".join(m.text for m in mods) + " " + tok.text if mods else None
    if spec in ("xcomp", "ccomp"):
        c = child(tok, spec)
        return subtree_span(c).text if c is not None else None
    if spec == "obj":
        o = logical_object(tok)
        return phrase(o).text if o is not None and o.lower_ not in RELATIVE_PRONOUNS else None
    if spec == "acl_to":
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and child(c, "aux") is not None and child(c, "aux").lower_ == "to":
                return subtree_span(c).text
        return None
    if spec == "content":
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "relcl"):
                return subtree_span(c).text
        return None
    if spec == "advcl_if":
        for c in tok.children:
            if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children if m.dep_ == "mark"):
                return subtree_span(c).text
        return None
    if spec.startswith("prep:"):
        objs = [o for o in prep_objects(tok, spec[5:])
                if not any(span.start <= o.i < span.end for _, span, _ in d.timexes)]  # not "on Tuesday"
        if objs:
            o = objs[0]
            if o.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                o = tok.head
            sp = subtree_span(o) if o.dep_ == "pcomp" else phrase(o)
            return sp.text
    return None


# ---------------------------------------------------------------------------
# frame matching
def _pos_ok(frame: Frame, tok: Token) -> bool:
    if frame.pos == "any":
        return True
    if frame.pos == "verb":
        return tok.pos_ in VERB_POS or (tok.tag_.startswith("VB") and tok.dep_ not in (
            "nsubj", "nsubjpass", "dobj", "pobj", "compound"))  # "talks" tagged VBZ as a subject
    if frame.pos == "noun":
        return tok.pos_ in NOUN_POS or (tok.tag_ in ("VBZ", "NNS") and tok.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"))
    return tok.pos_ == "ADJ"


def matches(d: Doc_, frame: Frame, tok: Token) -> bool:
    if not _pos_ok(frame, tok):
        return False
    if frame.blocked_deps and any(c.dep_ in frame.blocked_deps for c in tok.children):
        return False  # "called him a genius", "called out", "called for"
    if frame.prt and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == frame.prt for c in tok.children):
        return False
    if frame.prep and not prep_objects(tok, frame.prep) and not any(
            c.dep_ == "prep" and c.lower_ == frame.prep for c in tok.children):
        o = child(tok, "dobj")
        if o is None or not any(c.dep_ == "prep" and c.lower_ == frame.prep for c in o.children):
            return False
    if frame.xcomp_needed and child(tok, "xcomp") is None:
        return False  # "offered to host the talks"
    if frame.prep and frame.prep_noun and not any(o.dep_ == "pobj" for o in prep_objects(tok, frame.prep)):
        return False  # "withdraw from the accord", not "withdraw from running"
    if frame.pos == "noun" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in d.lex.sets["topic_heads"]:
        return False  # "denied any role in the talks": the talks are a topic here
    if frame.under is not None:
        h = tok.head.head if tok.dep_ == "pobj" else tok.head
        if h.lemma_.lower() not in frame.under and tok.head.lower_ not in frame.under:
            return False
    if frame.obj is not None or frame.obj_not or frame.obj_actor or frame.obj_needed or frame.obj_captive \
            or frame.obj_actor_if_any:
        o = logical_object(tok)
        if frame.obj is not None and (o is None or o.lemma_.lower() not in frame.obj and
                                      measured(o).lemma_.lower() not in frame.obj):  # "four sets of questions"
            return False
        if o is not None and o.lemma_.lower() in frame.obj_not:
            return False
        if frame.obj_actor and (o is None or not d.actors(o, deep=False) and not d.is_pair_phrase(o)):
            return False
        if frame.obj_needed and o is None:
            return False
        if frame.obj_actor_if_any and o is not None and not d.actors(o, deep=False) and not d.is_pair_phrase(o) \
                and o.lower_ not in PRONOUNS and o.lemma_.lower() not in d.lex.sets["adverbial_objects"]:
            return False  # "did not meet the criteria"
        if frame.obj_captive and o is not None and not d.actors(o, deep=False) and \
                o.lemma_.lower() not in d.lex.sets["captive_nouns"] and not (
                    o.tag_ == "NNS" and child(o, "nummod") is not None):
            return False  # a counted plural is people ("freed four engineers") unless obj_not says not
    if frame.subj is not None:
        s = child(tok, "nsubj", "nsubjpass")
        if s is None or s.lemma_.lower() not in frame.subj:
            return False
    if frame.gov is not None or frame.not_gov:
        g = governor(tok)
        gl = g.lemma_.lower() if g is not None else None
        if tok.dep_ == "pobj" and tok.head.lower_ in frame.not_gov:
            return False
        if frame.gov is not None and (gl is None or (gl not in frame.gov and "*" not in frame.gov)):
            return False
        if gl in frame.not_gov:
            return False
    if frame.in_quote:
        cid = d.claim_at(tok.idx)
        if cid is None or not d.claims[cid].direct or tok.tag_ not in ("VBP", "VBZ"):
            return False
    if frame.subj_third:
        s = child(tok, "nsubj")
        if s is None or s.lower_ in ("i", "we", "you", "it", "this", "that", "there"):
            return False
    return True


# ---------------------------------------------------------------------------
# modality, negation, count, time
def clause_path(tok: Token) -> list[Token]:
    """Tokens from the trigger up through non-clausal links and xcomp (the same predication);
    a noun that is the subject of an event verb ("talks will take place") includes the verb."""
    path = [tok]
    cur = tok
    if tok.pos_ in NOUN_POS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in lexicon().sets["event_verbs"]:
        cur = tok.head
        path.append(cur)
    for _ in range(10):
        if cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "nsubj", "nsubjpass") or cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in VERB_POS:
            break
        if cur.dep_ == "acl" and cur.pos_ in VERB_POS:
            break
        cur = cur.head
        path.append(cur)
    return path


def modality_of(d: Doc_, tok: Token, frame: Frame) -> tuple[str, bool]:
    """(modality, negated) from auxiliaries, governing verbs, conditionals and negators."""
    lex = d.lex
    negated = frame.negated
    modality = frame.modality or "asserted"
    path = clause_path(tok)
    noun = tok.pos_ in NOUN_POS
    for i, t in enumerate(path):
        for c in t.children:
            if c.dep_ == "neg" and (i == 0 or not noun and (t.pos_ in VERB_POS or t.pos_ == "ADJ")
                                    or noun and _supports(tok, t)):
                negated = True
            if c.dep_ == "aux" and c.lower_ in lex.sets["planned_aux"] and modality == "asserted":
                modality = "planned"
            if c.dep_ == "aux" and c.lower_ in lex.sets["hypothetical_aux"]:
                modality = "hypothetical"
            if c.dep_ == "mark" and c.lower_ in lex.sets["condition_marks"]:
                modality = "hypothetical"
            if c.dep_ == "det" and c.lower_ == "no" and i == 0:
                negated = True
        if i > 0:
            if t.lemma_ in lex.sets["planned_verbs"] and modality == "asserted":
                modality = "planned"
            if t.lemma_ in lex.sets["hypothetical_verbs"] or (t.pos_ == "ADJ" and t.lemma_ in lex.sets["hypothetical_adj"]):
                modality = "hypothetical"
            if t.lemma_ in lex.sets["negating_heads"]:
                negated = not negated
    top = path[-1]
    # the clause head of the top: an if-clause or a future auxiliary on the governing clause
    for c in top.children:
        if c.dep_ == "mark" and c.lower_ in lex.sets["condition_marks"]:
            modality = "hypothetical"
        # "X would release them if Y eased the curbs": an act on a condition
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "'d") for a in top.children):
            modality = "hypothetical"
    if top.dep_ in ("xcomp", "advcl") and top.head.i != top.i:
        h = top.head
        if h.lemma_ in lex.sets["hypothetical_verbs"] or any(
                c.dep_ == "acomp" and c.lemma_ in lex.sets["hypothetical_adj"] for c in h.children):
            modality = "hypothetical"  # "appeared more willing ... to strike a deal"
        elif h.lemma_ in lex.sets["planned_verbs"] and modality == "asserted":
            modality = "planned"
    if top.dep_ in ("ccomp", "xcomp") and top.head.lemma_ in lex.sets["terms_verbs"]:
        subj = child(top.head, "nsubj")
        if subj is not None and subj.lemma_.lower() in lex.sets["terms_nouns"]:
            modality = "hypothetical"  # "the draft would see X free Y": the terms, not an act
    # controlled infinitive of a planning verb ("pledging to destroy", "agreed to meet")
    cur = tok
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_ in lex.sets["planned_verbs"] and modality == "asserted":
            modality = "planned"
        if cur.lemma_ in lex.sets["hypothetical_verbs"]:
            modality = "hypothetical"
    return modality, negated


def quantity_object(v: Token) -> Token | None:
    """An object the parser hung under a quantity preposition ("relaying [over 30] messages")."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "about", "around", "under", "nearly", "some"):
            for o in c.children:
                if o.dep_ == "pobj" and child(o, "nummod") is not None:
                    return o
    return None


def _supports(noun: Token, t: Token) -> bool:
    """Does a negation on ``t`` deny the noun's act? Yes for a support verb or adjective
    ("did not reach a deal", "talks did not take place", "not open to a deal"), no for a verb
    the noun merely complements ("was not informed of the negotiations")."""
    lex = lexicon()
    if t.pos_ == "ADJ":
        return True
    if t.lemma_ in lex.sets["event_verbs"] or t.lemma_ in lex.sets["participation_verbs"]:
        return True
    return False


def count_of(d: Doc_, tok: Token | None) -> Count | None:
    if tok is None:
        return None
    lex = d.lex
    for c in tok.children:
        if c.dep_ != "nummod":
            continue
        words = lex.settings.get("number_words", {})
        txt = c.text.replace(",", "")
        try:
            value = int(float(txt)) if any(ch.isdigit() for ch in txt) else int(words[c.lower_])
        except (ValueError, KeyError):
            continue
        before = " ".join(t.lower_ for t in c.subtree if t.i < c.i)
        if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "about", "around", "under") and tok.head.i < c.i:
            before = (tok.head.lower_ + " " + before).strip()
        qual = "exactly"
        if c.lower_ in ("dozen", "dozens", "hundreds", "scores") and before in ("a", ""):
            qual = "about"  # "a dozen officials" is a round figure
        for q in ("over", "under", "about"):
            if any(before == w or before.endswith(" " + w) or before.startswith(w) for w in lex.settings["count_qualifiers"][q]):
                qual = q
                break
        return Count(value=value, qualifier=qual)
    return None


def times_of(d: Doc_, tok: Token) -> Count | None:
    """How often a verb's act happened: "spoke twice", "met three times"."""
    if tok.pos_ not in VERB_POS:
        return None
    adv = d.lex.settings.get("times_adverbs", {})
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in adv:
            return Count(value=int(adv[c.lower_]), qualifier="exactly")
        if c.lemma_ == "time" and c.dep_ in ("npadvmod", "dobj", "advmod"):
            n = count_of(d, c)
            if n is not None:
                return n
    return None


def time_of(d: Doc_, tok: Token, future: bool, claim: str | None, content: bool = False) -> Time | None:
    """The time expression on the trigger's path to the root (never across a report verb into
    its content), else elsewhere in its clause, else the previous sentence of the paragraph.
    "today" inside a quote is the day the words were spoken, when the report dates them."""
    t = _time_of(d, tok, future, claim, content)
    if t is not None and claim and t.text.strip().lower() in ("today", "tonight", "this morning", "this evening"):
        spoken = claim_time(d, claim)
        if spoken is not None:
            t.value = spoken
    return t


def is_future_clause(tok: Token) -> bool:
    """Does the token's clause speak of the future ("will meet again next week")? Its time
    never dates a past act told after it."""
    planned = lexicon().sets["planned_aux"]
    for t in clause_path(tok):
        if any(c.dep_ == "aux" and c.lower_ in planned for c in t.children):
            return True
    return False


def in_relative(tok: Token) -> bool:
    """Is the token inside a relative clause ("the army, which has fought X since April")?"""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "relcl":
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def claim_time(d: Doc_, claim: str) -> str | None:
    c = d.claims.get(claim)
    if c is None or not c.spans.cue:
        return None
    span = d.ctx.doc.char_span(c.spans.cue[0], c.spans.cue[1], alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        for tx, _ in d.timex_at.get(tok.i, []):
            val = timex.resolve(tx.text, d.ctx.anchor, False)
            if val:
                return val
    return None


def _time_of(d: Doc_, tok: Token, future: bool, claim: str | None, content: bool = False) -> Time | None:
    anchor = d.ctx.anchor
    speech = d.lex.sets["speech_verbs"]
    cur = tok
    seen = 0
    in_relcl = False
    extra = []
    if tok.pos_ in NOUN_POS:
        extra = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ in VERB_POS]
    elif tok.pos_ in VERB_POS:
        extra = [c for c in tok.children if c.dep_ == "conj" and child(c, "nsubj", "nsubjpass") is None]
        # "agreed during three days of talks on June 3-5": the talks date the act
        extra += [o for o in prep_objects(tok, "during") if o.pos_ in NOUN_POS]
    for x in extra:
        for tx, span in d.timex_at.get(x.i, []):
            val = timex.resolve(tx.text, anchor, future)
            if val:
                return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
    while True:
        for tx, span in d.timex_at.get(cur.i, []):
            if span.start <= tok.i < span.end and tok.pos_ in VERB_POS:
                continue
            val = timex.resolve(tx.text, anchor, future)
            if val:
                return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
        if cur.i != tok.i and cur.lemma_ in d.lex.sets["participation_verbs"]:
            # "ended two days of talks on Thursday without agreement": the talks' date
            o = child(cur, "dobj")
            if o is not None and measured(o).lemma_.lower() in d.lex.sets["talk_nouns"]:
                for tx, span in d.timex_at.get(o.i, []) + d.timex_at.get(measured(o).i, []):
                    val = timex.resolve(tx.text, anchor, future)
                    if val:
                        return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
        if cur.head.i == cur.i or seen > 12:
            break
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_ in speech:
            return None
        if future and cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in d.lex.sets["background_marks"]
                                                  for m in cur.children):
            break  # "the rial slid on Monday, as a delegation prepared to travel for talks"
        if cur.dep_ == "relcl" and cur.pos_ in VERB_POS:
            # "X, which hosted the previous rounds, offered ... in March": the relative clause
            # is background, dated only by its own words, or by the event it describes ("talks
            # on June 3-5 that were hosted by X")
            in_relcl = True
            h = cur.head
            if h.lemma_.lower() in MEASURE_NOUNS or h.lemma_.lower() in d.lex.sets["event_nouns"] \
                    or h.lemma_.lower() in d.lex.sets["talk_nouns"]:
                for tx, span in d.timex_at.get(h.i, []):
                    val = timex.resolve(tx.text, anchor, future)
                    if val:
                        return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
            for tx, span, att in d.timexes:  # "in late April, when X was rejected"
                if span.start <= h.i < span.end:
                    val = timex.resolve(tx.text, anchor, future)
                    if val:
                        return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
            break
        if cur.dep_ == "conj" and cur.head.pos_ in VERB_POS and cur.pos_ in VERB_POS:
            # a conjoined clause with its own subject keeps its own time; "the following day" counts
            # from the first clause's date
            if child(cur, "nsubj", "nsubjpass") is not None:
                words = " ".join(t.lower_ for t in cur.subtree)
                if any(w in words for w in ("following day", "next day", "day later", "day after")):
                    first = _time_of(d, cur.head, future, claim)
                    if first is not None:
                        v = first.value
                        if len(v) == 10:
                            v = (date.fromisoformat(v) + timedelta(days=1)).isoformat()
                        return Time(text=first.text, value=v, start=first.start, end=first.end)
                break
        cur = cur.head
        seen += 1
    if content and tok.pos_ in VERB_POS:
        # "offered to hold the next session in March": a proposal is dated by the time it proposes
        for c in tok.children:
            if c.dep_ == "xcomp":
                for x in c.subtree:
                    for tx, span in d.timex_at.get(x.i, []):
                        val = timex.resolve(tx.text, anchor, True)
                        if val:
                            return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
    if tok.pos_ in VERB_POS or tok.pos_ in NOUN_POS:
        # "brokered the 2020 ceasefire": a year that modifies the object (or the noun) dates the act
        o = child(tok, "dobj") if tok.pos_ in VERB_POS else tok
        if o is not None and tok.pos_ in VERB_POS:
            # "rejected a French offer to mediate last year": a past adverbial the parser hung
            # inside the object
            for x in o.subtree:
                if x.pos_ in VERB_POS:
                    for tx, span in d.timex_at.get(x.i, []):
                        if tx.text.lower().split()[0] in ("last", "yesterday") or tx.text.lower().endswith("ago"):
                            val = timex.resolve(tx.text, anchor, False)
                            if val:
                                return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
        for c in (o.children if o is not None else []):
            if c.dep_ in ("nummod", "compound", "amod") and c.like_num and len(c.text) == 4 and c.text[:2] in ("19", "20"):
                return Time(text=c.text, value=c.text, start=c.idx, end=c.idx + 4)
    # previous sentence of the same paragraph dates a run of events, unless the act says it came
    # after them ("X later briefed Y")
    si = d.sent_index(tok)
    later = any(c.dep_ == "advmod" and c.lower_ in ("later", "then", "afterwards", "subsequently", "since", "again")
                for c in tok.children)
    if si > 0 and d.para_of_sent[si - 1] == d.para_of_sent[si] and claim is None and not in_relcl and not later:
        prev = d.sents[si - 1]
        for tx, span, att in d.timexes:
            if prev.start <= span.start < prev.end and att is not None and att.lemma_ not in speech \
                    and not in_relative(att) and (is_future_clause(att) if future else not is_future_clause(att)):
                val = timex.resolve(tx.text, anchor, future)
                if val:
                    return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
    return None


# ---------------------------------------------------------------------------
# the stage
def find_raw(d: Doc_) -> list[Raw]:
    lex = d.lex
    hits: list[tuple[Frame, Token]] = []
    for tok in d.ctx.doc:
        frames = lex.frames.get(tok.lemma_.lower())
        if frames is None:
            frames = lex.frames.get(tok.lower_)
            if frames is None:
                continue
        if tok.pos_ in NOUN_POS and d.inside_name(tok):
            continue  # "people familiar with the talks", "the ceasefire commission": a name, no act
        for fr in frames:
            if matches(d, fr, tok):
                hits.append((fr, tok))
                break
    regions = nested_regions(hits)
    raws: list[Raw] = []
    unbuilt: dict[int, tuple[Frame, Token]] = {}
    suppressed: dict[int, tuple[Frame, Token]] = {}
    for fr, tok in hits:
        mode = region_mode(regions, tok)
        if mode == "suppress" and fr.type == "attack" and _charged(regions, hits, tok):
            # "accused Russia of shelling Ukraine": the charged attack, when it names a target
            raw = build(d, fr, tok)
            # a state, group or body under fire; a charge against one person ("of targeting the
            # hostage") is an intent the accuser ascribes, not a reported strike
            hit_ = [t for t in raw.targets if not t.startswith("@") and t in d.ctx.actors
                    and d.ctx.actors[t].kind != "person"] if raw is not None else []
            if raw is not None and raw.sources and hit_ and not set(raw.sources) & set(raw.targets):
                raws.append(raw)
                d.built = raws
                continue
        if mode == "suppress":
            suppressed[tok.i] = (fr, tok)
            continue
        raw = build(d, fr, tok)
        if raw is None:
            unbuilt[tok.i] = (fr, tok)
            continue
        if mode == "planned" and raw.modality == "asserted":
            raw.modality = "planned"
        raws.append(raw)
        d.built = raws
    # "after a proposal ... fell through, X announced": the proposal was made to the party
    # that let it fall (its proposer stays unknown)
    # "X would release Y if Z eased the curbs": a conditional act is an offer to Z
    for r in list(raws):
        if r.modality != "hypothetical" or not r.sources or r.type in ("propose", "demand") or r.negated:
            continue
        cond = next((c for c in r.trig.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
        if cond is None or not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d") for c in r.trig.children):
            continue
        to = [a for a in d.actors(child(cond, "nsubj", "nsubjpass")) if a not in r.sources]
        if to:
            fr = Frame(lemma=r.frame.lemma, type="propose", pos=r.frame.pos)
            p = Raw(type="propose", trig=r.trig, frame=fr, sources=r.sources[:1], targets=to[:1], claim=r.claim,
                    time=None, inferred=["type"])
            p.topic = subtree_span(r.trig).text
            raws.insert(raws.index(r), p)
    # Likewise a proposal rejected or accepted by X ("Baku rejected a French offer", "a proposal
    # was rejected by X") was made to X, by whoever its modifier names.
    by_trig = {r.trig.i: r for r in raws}
    for r in list(raws):
        if r.type not in ("reject", "agree") or not r.sources or r.frame.symmetric:
            continue
        subj = child(r.trig, "nsubj", "nsubjpass")
        if r.frame.lemma not in ("fall", "collapse"):
            subj = logical_object(r.trig) if r.trig.pos_ in VERB_POS else None
        if subj is None:  # "After a proposal ... fell through": the parser made it the preposition's object
            subj = next((o for c in r.trig.children if c.dep_ == "prep" and c.i < r.trig.i
                         for o in c.children if o.dep_ == "pobj" and o.i in unbuilt), None)
        if subj is None:
            continue
        made = by_trig.get(subj.i)
        if made is not None and made.type in ("propose", "demand"):
            if not [t for t in made.targets if not t.startswith("@")]:
                made.targets = [side_for(d.ctx, a, made.sources) for a in r.sources if a not in made.sources]
                made.inferred.append("target")
                made.pending.add("to_rejecter")
                made.time = made.time or r.time
            continue
        hit = unbuilt.get(subj.i) or suppressed.get(subj.i)
        if hit is not None and hit[0].type in ("propose", "demand"):
            fr, tok = hit
            p = build(d, fr, tok) if subj.i in suppressed else None
            if p is None:
                p = Raw(type=fr.type, trig=tok, frame=fr, modality=r.modality, negated=False, claim=r.claim)
                p.topic = text_spec(d, "acl_to", tok)
            p.targets = [a for a in r.sources if a not in p.sources]
            p.inferred.append("target")
            p.pending.add("to_rejecter")
            p.modality, p.negated, p.time = r.modality, False, p.time or r.time
            if not p.sources and r.frame.lemma not in ("fall", "collapse") and r.type == "reject":
                continue  # a proposal of nobody's, rejected: the rejection says it all
            raws.insert(raws.index(r), p)
            if r.topic is None:
                r.topic = phrase(tok).text
    return raws


def object_time(d: Doc_, tok: Token, future: bool) -> Time | None:
    """"hosted talks between A and B in Doha on Tuesday": a date the parser hung inside the
    object's noun phrase (no verb between) dates the act."""
    o = child(tok, "dobj")
    for x in o.subtree:
        cur, ok = x, True
        while cur.i != o.i:
            if cur.pos_ in VERB_POS:
                ok = False
                break
            cur = cur.head
        if not ok:
            continue
        for tx, span in d.timex_at.get(x.i, []):
            val = timex.resolve(tx.text, d.ctx.anchor, future)
            if val:
                return Time(text=tx.text, value=val, start=tx.start, end=tx.end)
    return None


def mere_readiness(d: Doc_, tok: Token) -> bool:
    """'(remained) ready / willing / prepared to host talks': a stance, no act or plan."""
    words = d.lex.sets["readiness_adj"]
    t = tok
    while t.dep_ in ("dobj", "pobj", "prep") and t.head.i != t.i:  # "ready to host a round of talks"
        t = t.head
    while t.dep_ == "xcomp" and t.head.i != t.i:
        h = t.head
        if h.pos_ == "ADJ" and h.lemma_.lower() in words or any(
                c.dep_ == "acomp" and c.lemma_.lower() in words for c in h.children):
            return True
        t = h
    return False


def build(d: Doc_, fr: Frame, tok: Token) -> Raw | None:
    raw = Raw(type=fr.type, trig=tok, frame=fr)
    raw.claim = d.claim_at(tok.idx)
    raw.modality, raw.negated = modality_of(d, tok, fr)
    if fr.type in d.lex.sets["readiness_types"] and mere_readiness(d, tok):
        return None  # "Qatar remained ready to host a new round": a readiness, not an act

    def first(specs: Iterable[str]) -> list[str]:
        for sp in specs:
            r = resolve_spec(d, sp, tok, fr, raw)
            if r:
                return list(r)
        return []

    raw.targets = first(fr.target)
    raw.sources = first(fr.source)
    if len(raw.sources) > 1:
        # "Sudan's army chief NAME met ...": the person acts, not also the state that employs them
        members = {getattr(d.ctx.actors.get(a), "affiliation", None) for a in raw.sources
                   if getattr(d.ctx.actors.get(a), "kind", None) == "person"}
        raw.sources = [a for a in raw.sources if a not in members] or raw.sources
    if not raw.targets and "obj_poss" in fr.target:
        raw.targets = local_possessor(d, tok, raw.sources)
    via_specs = [s for s in fr.via if s != "hosts"]
    raw.via = first(via_specs)
    if fr.type in ("propose", "demand") and fr.pos == "noun" and not raw.via:
        # "a demand ..., which had been passed on by Chinese officials": its carriers
        relay = d.lex.sets["relay_verbs"]
        for c in tok.children:
            if c.dep_ in ("relcl", "acl"):
                for v in [c] + [x for x in c.children if x.dep_ == "ccomp"]:
                    if v.lemma_.lower() in relay:
                        raw.via = [a for x in prep_objects(v, "by") for a in d.actors(x)]
                        if raw.via:
                            break
    for sp in fr.means:
        if sp.startswith("prep:"):
            objs = prep_objects(tok, sp[5:])
            if objs and not d.actors(objs[0]):
                raw.means = text_spec(d, sp, tok)
                break
        else:
            raw.means = text_spec(d, sp, tok)
            if raw.means:
                break
    for sp in fr.topic:
        t = text_spec(d, sp, tok)
        if t:
            raw.topic = t
            break
    # "through X" with an actor X is an intermediary, not a means
    if not raw.via:
        for p in ("through", "via", "by way of"):
            for o in prep_objects(tok, p):
                raw.via.extend(a for a in d.actors(o, deep=False) if a not in raw.via)
    # swaps: "X was exchanged for Y": each side frees the captive the other side holds
    if fr.swap:
        return swap(d, raw, tok)
    if fr.type == "release" and raw.sources and raw.targets[:1] == raw.sources[:1]:
        raw.targets = raw.targets[1:]  # "Caracas released them" with "them" taken for Caracas: no one frees itself
    # a noun trigger with no actor in any slot says nothing about actors
    explicit = [a for a in raw.sources + raw.targets if a not in (PAIR, "@other")]
    if fr.needs_actor and not explicit and not fr.pair_fallback and PAIR not in raw.sources:
        return None  # (but "the two sides met": the subject names the sides)
    if fr.needs_two and len(set(explicit)) < 2:
        return None
    if "person_pair" in raw.pending and not raw.targets and len(raw.sources) == 2:
        raw.sources, raw.targets = raw.sources[:1], raw.sources[1:]  # each other, in order of mention
    if fr.needs_target and not raw.targets:
        return None
    if fr.type in ("propose", "demand") and fr.pos == "noun" and not raw.sources and \
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None  # "the offer was carried to X": the offer told before, not a new one
    if fr.needs_source and not raw.sources and not (is_passive(tok) and tok.dep_ != "acl"):
        return None  # (an agentless passive names no source: "Y was not told about the talks")
    if fr.participle_needs_source and not raw.sources and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return None  # "people briefed on the talks": a description of a source, not an act
    if fr.symmetric or fr.mutual:
        named_targets = [t for t in raw.targets if not t.startswith("@")]
        if len(raw.sources) > 1 and named_targets:
            # "X and Y began talks with Z": the coordinated subject is one side, Z the other
            raw.sources = raw.sources[:1]
        parties = list(dict.fromkeys(raw.sources + raw.targets))
        if len(parties) > 2 and PAIR in parties:
            parties.remove(PAIR)
        if raw.sources or len(parties) >= 2:  # one party named only as "with X" stays the target
            raw.sources, raw.targets = parties[:1], parties[1:2]
            if len(parties) > 2:
                raw.sources, raw.targets = parties[:1], parties[1:]
        if fr.pair_fallback and not parties:
            raw.sources, raw.targets = [PAIR], []
    if fr.mutual_between and not raw.sources and not raw.targets:
        return None
    if fr.relay:
        raw.pending.add("relay")
        o = logical_object(tok)
        if not raw.sources and o is not None and o.lemma_.lower() in d.lex.sets["event_nouns"] and \
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children):
            # "the offer was carried to X by Y": it comes from whoever made the offer before
            for r in reversed(d.built):
                if r.type in ("propose", "demand") and [a for a in r.sources if not a.startswith("@")]:
                    raw.sources = [a for a in r.sources if not a.startswith("@")][:1]
                    raw.inferred.append("source")
                    break
    o = logical_object(tok) or quantity_object(tok) if tok.pos_ in VERB_POS else None
    raw.count = count_of(d, o) or count_of(d, tok) or times_of(d, tok) \
        if fr.type in ("message", "release", "attack", "contact", "meet") else None
    raw.unnamed_object = o is not None and not raw.targets and o.pos_ in NOUN_POS and o.lower_ not in PRONOUNS
    if o is not None and fr.type == "release":
        extra = [c for c in tok.children if c.dep_ == "nsubjpass" and c.i != o.i]
        for t in conjuncts(o) + extra:
            c = count_of(d, t)
            for a in d.actors(t, deep=False):
                if c is not None:
                    raw.counts[a] = c
    # subject/object of "needs" in a quote: the speaker demands of the subject
    raw.time = time_of(d, tok, raw.modality == "planned", raw.claim, content=fr.type in ("propose", "demand"))
    if raw.time is None and tok.pos_ in VERB_POS and child(tok, "dobj") is not None:
        raw.time = object_time(d, tok, raw.modality == "planned")
    if raw.negated and raw.time is not None and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in tok.children):
        raw.time = None  # "had not spoken since the clashes": no date for a non-event
    if fr.type == "release":
        # "X freed 40 prisoners in exchange for officials held by Y": Y frees its captives too
        for y in prep_objects(tok, "in exchange for") or _exchange_for(tok):
            ys, src = d.actors(y, deep=False), captor_of(d, y)
            if not src and o is not None:
                # no captor named: the state the first captives belong to frees the other side's
                first = d.actors(o, deep=False)
                side = nationality(d, o) or (d.state_for(d.ctx.actors[first[0]].name) if first else None)
                src = [side] if side and side not in raw.sources else []
            if not src and raw.sources and (ys or y.lemma_.lower() in d.lex.sets["captive_nouns"]
                                            or any(t.lemma_.lower() in d.lex.sets["captive_nouns"] for t in y.subtree)):
                # nobody named for the other half: the story's other side frees them
                src = [OTHER_OF + raw.sources[0]]
            if src and not ys and y.pos_ in NOUN_POS:
                ys = []
            if src or ys:
                other = Raw(type="release", trig=tok, frame=fr, sources=src, targets=ys[:1],
                            modality=raw.modality, negated=raw.negated, claim=raw.claim, time=raw.time,
                            count=count_of(d, y), topic=f"exchange for {phrase(o).text}" if o is not None else None)
                other.unnamed_object = not ys
                raw.extra = other  # type: ignore[attr-defined]
                break
    return raw


def swap(d: Doc_, raw: Raw, tok: Token) -> Raw | None:
    a_tok = logical_object(tok)
    b_toks = prep_objects(tok, "for")
    if a_tok is None:
        return None
    a = d.actors(a_tok, deep=False)
    b = d.actors(b_toks[0], deep=False) if b_toks else []
    if not a or not b:
        return sides_swap(d, raw, tok, a_tok, b_toks[0] if b_toks else None, a, b)
    side_a, side_b = nationality(d, a_tok), nationality(d, b_toks[0])
    raw.targets = [a[0]]
    raw.sources = [side_b] if side_b else []
    raw.topic = f"exchange for {phrase(b_toks[0]).text}"
    other = Raw(type="release", trig=tok, frame=raw.frame, sources=[side_a] if side_a else [], targets=[b[0]],
                modality=raw.modality, negated=raw.negated, claim=raw.claim, time=raw.time,
                topic=f"exchange for {phrase(a_tok).text}")
    raw.time = time_of(d, tok, False, raw.claim)
    other.time = raw.time
    raw.pending.add("extra")
    raw.extra = other  # type: ignore[attr-defined]
    return raw


def sides_swap(d: Doc_, raw: Raw, tok: Token, a_tok: Token, b_tok: Token | None,
               a: list[str], b: list[str]) -> Raw | None:
    """"X and Y swapped 90 prisoners for 90", "X exchanged 32 prisoners with Y": each side named as
    the swapper frees captives (counted when the text splits them; captives unnamed stay null)."""
    if is_passive(tok):
        return None
    s = logical_subject(tok)
    sides = [x for x in d.actors(s) if getattr(d.ctx.actors.get(x), "kind", None) != "person"] if s is not None else []
    for w in prep_objects(tok, "with"):
        sides.extend(x for x in d.actors(w) if x not in sides)
    if len(sides) == 1:
        held = nationality(d, a_tok)  # "Ukraine swapped 90 Russian soldiers for ...": Russia frees the rest
        if held and held != sides[0]:
            sides.append(held)
    if len(sides) != 2:
        return None
    if not a and count_of(d, a_tok) is None and any(
            t.lemma_.lower() in d.lex.sets["release_lemmas"] and t.sent != tok.sent for t in d.ctx.doc):
        return None  # "X exchanged prisoners with Y." heading releases the text then details
    first, second = sides
    if a and nationality(d, a_tok) == first:
        first, second = second, first  # who frees the Russians is the side that is not Russia
    raw.sources, raw.targets = [first], a[:1]
    raw.time = time_of(d, tok, False, raw.claim)
    raw.count = count_of(d, a_tok) if b_tok is not None else None
    other = Raw(type="release", trig=tok, frame=raw.frame, sources=[second], targets=b[:1],
                modality=raw.modality, negated=raw.negated, claim=raw.claim, time=raw.time,
                count=(count_of(d, b_tok) or bare_number(b_tok)) if b_tok is not None else None)
    if b_tok is not None:
        raw.topic = f"exchange for {phrase(b_tok).text}"
        other.topic = f"exchange for {phrase(a_tok).text}"
    raw.pending.add("extra")
    raw.extra = other  # type: ignore[attr-defined]
    return raw


def bare_number(tok: Token) -> Count | None:
    """"(swapped 40 prisoners) for 35": the number standing for the noun."""
    txt = tok.text.replace(",", "")
    return Count(value=int(txt)) if tok.like_num and txt.isdigit() else None


def _exchange_for(tok: Token) -> list[Token]:
    """"in exchange for Y" that the parser hung on another noun of the clause ("free 20 captives in
    a first phase in exchange for hundreds of prisoners"): Y."""
    for x in tok.subtree:
        if x.lower_ == "exchange" and x.i > 0 and x.i + 1 < len(x.doc) and x.doc[x.i - 1].lower_ == "in" \
                and x.doc[x.i + 1].lower_ == "for":
            return [o for o in x.doc[x.i + 1].children if o.dep_ == "pobj"][:1]
    return []


def nationality(d: Doc_, tok: Token) -> str | None:
    """The state a person is said to belong to: "Russian pilot X", "X, an American citizen"."""
    cands = [tok] + [c for c in tok.children if c.dep_ == "appos"]
    for t in cands:
        for x in t.subtree:
            if x.i == tok.i or x.dep_ not in ("amod", "compound", "nmod"):
                continue
            if x.ent_type_ in ("NORP", "GPE") or x.pos_ == "ADJ":
                s = d.state_for(x.text)
                if s:
                    return s
    return None


VERB_CONTENT_DEPS = {"dobj", "dative", "xcomp", "ccomp", "prep", "acomp", "oprd", "attr", "pcomp"}
NOUN_CONTENT_DEPS = {"prep", "acl"}


def nested_regions(hits: list[tuple[Frame, Token]]) -> list[tuple[int, int, str, int]]:
    """Token ranges of the complements of frames whose content is not an event: a proposal's
    terms, an accusation's charge ("suppress"), or an agreement's plan ("planned")."""
    regions = []
    names = lexicon().sets["event_nouns"]
    for fr, t in hits:
        if fr.type == "message" and t.pos_ in VERB_POS:
            # "carried three written requests": what is carried is the message, not a new act
            for c in t.children:
                if c.dep_ == "dobj":
                    regions.append((c.left_edge.i, c.right_edge.i, "suppress", t.i))
        if fr.type in ("inform", "learn"):
            # "was not told about the talks": the talks are what was (not) told, not a new act
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("about", "of", "on"):
                    regions.append((c.left_edge.i, c.right_edge.i, "suppress", t.i))
        if not fr.nested:
            continue
        deps = NOUN_CONTENT_DEPS if t.pos_ in NOUN_POS else VERB_CONTENT_DEPS
        for c in t.children:
            if c.dep_ in ("ccomp", "parataxis") and c.i < t.i and t.pos_ in VERB_POS:
                continue  # a clause before the verb is not what it rejects or offers (a misparse)
            if c.dep_ in deps or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                               for m in c.children)):
                lo, hi = c.left_edge.i, c.right_edge.i
                # "accused X of arming Y, a charge X rejected": an apposition that names the act
                # itself is a reaction to it, not part of its content
                cut = [a for a in t.doc[lo:hi + 1] if a.dep_ == "appos" and a.lemma_.lower() in names]
                if cut:
                    regions.append((lo, cut[0].left_edge.i - 1, fr.nested, t.i))
                    if cut[0].right_edge.i < hi:
                        regions.append((cut[0].right_edge.i + 1, hi, fr.nested, t.i))
                else:
                    regions.append((lo, hi, fr.nested, t.i))
    return regions


def _charged(regions: list[tuple[int, int, str, int]], hits: list[tuple[Frame, Token]], tok: Token) -> bool:
    """Is the token only inside accusations' charges ("accused X of striking Y")?"""
    types = {t.i: f.type for f, t in hits}
    inside = [types.get(ti) for lo, hi, m, ti in regions if m == "suppress" and ti != tok.i and lo <= tok.i <= hi]
    return bool(inside) and all(ty == "accuse" for ty in inside)


def region_mode(regions: list[tuple[int, int, str, int]], tok: Token) -> str | None:
    mode = None
    for lo, hi, m, ti in regions:
        if ti != tok.i and lo <= tok.i <= hi:
            if m == "suppress":
                return m
            mode = m
    return mode


# ---------------------------------------------------------------------------
# document pass
def story_pair(ctx: Context, raws: list[Raw]) -> tuple[list[str], str]:
    """The two sides of the story: parties of explicit talks, deals, clashes or swaps."""
    # a mediator "between A and B" and messages relayed "between A and B" name the sides as
    # plainly as talks do; clashes and meetings of their envoys come after them
    prio = {"negotiate": 0, "mediate": 0.5, "agree": 1, "message": 1.5, "attack": 2, "release": 3, "meet": 4}
    best: tuple[float, int, list[str]] | None = None
    for n, r in enumerate(raws):
        if r.type not in prio:
            continue
        ps = [a for a in r.sources + r.targets if not a.startswith("@")]
        if r.type == "release":
            continue
        if r.type in ("mediate", "message"):
            # only the two parties a mediator or relay stands between (or the two ends of a relay)
            ps = [a for a in r.targets if not a.startswith("@")] if not r.sources or r.type == "mediate" else (
                [a for a in r.sources[:1] + r.targets[:1] if not a.startswith("@")] if r.via else [])
            if r.type == "message" and "relay" not in r.pending:
                ps = []
        elif not (r.frame.symmetric or r.frame.mutual):
            continue
        if len(set(ps)) >= 2:
            key = (prio[r.type], n, ps[:2])
            if best is None or key[:2] < best[:2]:
                best = key
    if best:
        return lift_pair(ctx, best[2]), "explicit"
    # swaps: the sides that freed captives
    # ("X freed A in exchange for B held by Y" is a swap too)
    swaps = [r for r in raws if r.type == "release" and (r.frame.swap or hasattr(r, "extra"))]
    sides = [s for r in swaps for s in r.sources]
    extra = [s for r in swaps if hasattr(r, "extra") for s in r.extra.sources]
    sides = [a for a in dict.fromkeys(sides + extra) if not a.startswith("@")]
    if len(sides) >= 2:
        return sides[:2], "swap"
    # most frequent named parties of explicit two-party acts
    freq: dict[str, int] = {}
    for r in raws:
        for a in r.sources + r.targets:
            if not a.startswith("@") and r.type not in ("mediate", "release"):
                a = level(ctx, a)
                freq[a] = freq.get(a, 0) + 1
    ranked = sorted(freq, key=lambda a: (-freq[a], first_mention(ctx, a)))
    ranked = [a for a in ranked if ctx.actors.get(a) and ctx.actors[a].kind in ("state", "organization")]
    return (ranked[:2], "frequency") if len(ranked) >= 2 and freq[ranked[1]] >= 2 else ([], "")


def side_for(ctx: Context, a: str, other: list[str]) -> str:
    """A person answering a state's or body's proposal answers for their own state or body."""
    act = ctx.actors.get(a)
    kinds = {getattr(ctx.actors.get(o), "kind", None) for o in other}
    if act is not None and act.kind == "person" and kinds & {"state", "organization"}:
        aff = ctx.actors.get(act.affiliation) if act.affiliation else None
        if aff is not None and aff.kind in ("state", "organization"):
            return aff.id
    return a


def level(ctx: Context, a: str) -> str:
    """An unnamed member stands for its side: "a Hamas official" -> Hamas."""
    act = ctx.actors.get(a)
    if act is not None and not act.named and act.affiliation and act.affiliation in ctx.actors:
        return act.affiliation
    return a


def lift_pair(ctx: Context, ps: list[str]) -> list[str]:
    return [level(ctx, a) for a in ps]


def first_mention(ctx: Context, a: str) -> int:
    act = ctx.actors.get(a)
    if act is None or not act.mentions:
        return 1 << 30
    return min(m.start for m in act.mentions)


def symmetric_order(ctx: Context, ps: list[str], trig: Token) -> list[str]:
    """Parties of a symmetric act in order of first mention: in the document, except that two
    people both named in the act's own sentence keep that sentence's order ("Stojković will meet
    Vervoort-Hadžić", however often the second was named before)."""
    sent = trig.sent
    pos: dict[str, int] = {}
    for a in ps:
        act = ctx.actors.get(a)
        if act is None or act.kind != "person":
            break
        inside = [m.start for m in act.mentions if sent.start_char <= m.start < sent.end_char]
        if not inside:
            break
        pos[a] = min(inside)
    else:
        if len(ps) >= 2:
            return sorted(ps, key=lambda a: pos[a])
    return sorted(ps, key=lambda a: first_mention(ctx, a))


def _side_state(ctx: Context, a: str) -> str:
    """An unnamed group's state ("a Turkish delegation" -> Turkey), else the actor itself."""
    act = ctx.actors.get(a)
    if act is not None and not act.named and act.affiliation in ctx.actors \
            and ctx.actors[act.affiliation].kind == "state":
        return act.affiliation
    return a


def side_of(ctx: Context, a: str, pair: list[str]) -> str | None:
    if a in pair:
        return a
    act = ctx.actors.get(a)
    seen = set()
    while act is not None and act.affiliation and act.id not in seen:
        seen.add(act.id)
        if act.affiliation in pair:
            return act.affiliation
        act = ctx.actors.get(act.affiliation)
    return None


def expand(d: Doc_, raws: list[Raw]) -> list[dict]:
    """Raw matches -> interaction records (dicts), with implicit parties filled in."""
    ctx = d.ctx
    pair, how = story_pair(ctx, raws)
    flat: list[Raw] = []
    for r in raws:
        flat.append(r)
        if hasattr(r, "extra"):
            flat.append(r.extra)  # type: ignore[attr-defined]
    # mediators and the sides they connect
    recs: list[dict] = []
    mediators: list[str] = []
    med_sent: dict[int, list[str]] = {}
    for r in flat:
        if r.type == "mediate":
            for m in r.sources:
                if not m.startswith("@") and m not in mediators:
                    mediators.append(m)
                if not m.startswith("@"):
                    med_sent.setdefault(d.sent_index(r.trig), []).append(m)
    if how in ("frequency", "") and mediators:
        # no explicit talks between two sides: the sides are those around the first mediator
        first = next(r for r in flat if r.type == "mediate" and any(not m.startswith("@") for m in r.sources))
        wp = window_parties(d, first, mediators)
        if len(wp) >= 2:
            pair = wp[:2]
    elif how == "frequency":
        pair = []  # frequent names are not sides of a story unless something connects them
    for r in flat:
        srcs = [s for s in r.sources]
        tgts = [t for t in r.targets]
        if "to_rejecter" in r.pending and pair and srcs and not side_of(ctx, srcs[0], pair):
            tgts = []  # a third party's proposal (a mediator's) is to both sides, not to its rejecter
        inferred = list(r.inferred)
        if (r.frame.symmetric or r.frame.mutual) and [a for a in srcs if not a.startswith("@")]:
            tgts = ["@other" if t == PAIR else t for t in tgts]  # one side named: the other side

        def fill(lst: list[str], other: list[str], role: str) -> list[str]:
            out = []
            for a in lst:
                if a == PAIR:
                    sides = pair
                    if r.type == "attack" and pair:
                        # "the border clashes" between two leaders' countries: fought by states, not persons
                        sides = [p if getattr(ctx.actors.get(p), "kind", None) != "person" else
                                 (ctx.actors[p].affiliation if ctx.actors[p].affiliation in ctx.actors else None)
                                 for p in pair]
                        sides = [p for p in sides if p] if all(sides) and len(set(sides)) == 2 else []
                    if sides:
                        out.extend(p for p in sides if p not in out)
                        inferred.append(role)
                elif a.startswith(OTHER_OF):
                    known = side_of(ctx, a[len(OTHER_OF):], pair) if pair else None
                    rest = [p for p in pair if p != known and p not in other]
                    if known and rest:
                        out.append(rest[0])
                        inferred.append(role)
                elif a == "@other":
                    known = [side_of(ctx, o, pair) for o in other if not o.startswith("@")]
                    rest = [p for p in pair if p not in known and p not in other]
                    if pair and not [o for o in other if not o.startswith("@")]:
                        out.extend(p for p in pair if p not in out)  # nobody named: both sides
                        inferred.append(role)
                    elif pair and rest:
                        out.append(rest[0])
                        inferred.append(role)
                else:
                    out.append(a)
            return out

        srcs2 = fill(srcs, tgts, "source")
        tgts2 = fill(tgts, srcs, "target")
        srcs, tgts = srcs2, tgts2
        if "place_target" in r.pending and not tgts:
            continue  # a place seized from nobody the text names: no act
        via = [v for v in r.via if v not in srcs and v not in tgts]
        if "relay" in r.pending:
            if not via:  # "acting as the intermediary, relaying messages": the mediator relays
                via = [m for m in med_sent.get(d.sent_index(r.trig), []) if m not in srcs and m not in tgts][:1]
            relays = [v for v in via]
            named = [t for t in tgts if not t.startswith("@")]
            if not srcs and relays and len(named) >= 2:
                # "X relayed messages between A and B": both directions, through X
                for a, b in ((named[0], named[1]), (named[1], named[0])):
                    recs.append(record(r, [a], [b], relays, inferred))
                continue
            if not srcs and pair and relays:
                # "Oman relaying messages between the two sides": both directions
                tgts = [t for t in tgts]
                if not tgts or tgts == pair:
                    for a, b in ((pair[0], pair[1]), (pair[1], pair[0])):
                        recs.append(record(r, [a], [b], relays, inferred + ["source", "target"]))
                    continue
            if srcs and not tgts and pair:
                side = side_of(ctx, srcs[0], pair)
                other = [p for p in pair if p != side]
                if side and other:
                    tgts = other[:1]
                    inferred.append("target")
                elif not side:
                    # the relay's own contacts: the side the source does not belong to
                    pass
            if not srcs and relays:
                srcs, via = relays[:1], []
        if r.type == "mediate":
            ms = [s for s in srcs]
            parties = [t for t in tgts if t not in ms]
            if not parties:
                parties = window_parties(d, r, ms)
                if parties:
                    inferred.append("target")
            for m in ms:
                for p in parties:
                    recs.append(record(r, [m], [p], [], inferred))
            if r.frame.implies and len(parties) >= 2 and ms:
                # "X, which hosted the previous rounds": talks between the parties, through X
                a, b = sorted(parties[:2], key=lambda x: first_mention(ctx, x))
                rec = record(r, [a], [b], ms, inferred + ["source", "target"])
                rec["type"] = r.frame.implies
                rec["topic"] = None
                recs.append(rec)
            continue
        if r.frame.mutual:
            ps = list(dict.fromkeys(srcs + tgts))
            if len(ps) >= 2:
                a, b = ps[0], ps[1]
                recs.append(record(r, [a], [b], via, inferred))
                recs.append(record(r, [b], [a], via, inferred))
                continue
        if r.frame.mutual_between and r.frame.mutual is False and not srcs and len(tgts) >= 2:
            srcs, tgts = tgts[:1], tgts[1:2]
        if r.frame.symmetric and len(srcs) == 1 and len(tgts) > 1 and not srcs[0].startswith("@") \
                and r.type == "meet":
            # "X met A and B separately": one meeting each
            for t in tgts:
                ps = symmetric_order(ctx, [srcs[0], t], r.trig)
                recs.append(record(r, ps[:1], ps[1:], via, inferred))
            continue
        if r.frame.symmetric and len(srcs) + len(tgts) >= 2:
            ps = symmetric_order(ctx, list(dict.fromkeys(srcs + tgts)), r.trig)
            srcs, tgts = ps[:1], ps[1:2]
        if r.frame.per_party and tgts:
            for t in tgts:
                recs.append(record(r, srcs[:1], [t], via, inferred))
            continue
        # coordinated targets ("Medvedchuk and 55 soldiers") are separate acts
        if len(tgts) > 1 and not r.frame.symmetric:
            for t in tgts:
                recs.append(record(r, srcs[:1], [t], via, inferred))
            continue
        if len(srcs) > 1 and not r.frame.symmetric:
            for s in srcs:
                recs.append(record(r, [s], tgts[:1], via, inferred))
            continue
        recs.append(record(r, srcs[:1], tgts[:1], via, inferred))
    # a mediator left out of the talks ("X was not invited to the talks") or one of an act dated in
    # another year ("X, which brokered the 2020 ceasefire") is no intermediary of the current talks
    shut_out = {rec["target"] for rec in recs if rec["type"] in ("contact", "inform") and rec["negated"]}
    med_years = {}
    for r in flat:
        if r.type == "mediate" and r.time is not None:
            for m in r.sources:
                med_years.setdefault(m, set()).add(r.time.value[:4])

    def of_other_time(m: str, rec: dict) -> bool:
        years = med_years.get(m)
        if not years:
            return False
        now = rec["time"].value[:4] if rec["time"] is not None else (str(ctx.anchor.year) if ctx.anchor else None)
        return now is not None and now not in years

    mediators = [m for m in mediators if m not in shut_out]
    # talks between the sides a mediator connects go through it
    if mediators and pair:
        for rec in recs:
            if rec["type"] == "negotiate" and rec["source"] and rec["target"]:
                rec["via"] = [v for v in rec["via"] if v not in shut_out and not of_other_time(v, rec)]
                sides = {side_of(ctx, rec["source"], pair) or rec["source"], side_of(ctx, rec["target"], pair) or rec["target"]}
                if sides == set(pair) or len(sides & set(pair)) == 2:
                    for m in mediators:
                        if m not in rec["via"] and m not in (rec["source"], rec["target"]) and not of_other_time(m, rec):
                            rec["via"].append(m)
    # "the swap was agreed during the talks": the deal goes through the talks' intermediaries
    talks = {rec["trig"].i: rec for rec in recs if rec["type"] == "negotiate"}
    for rec in recs:
        if rec["type"] != "agree":
            continue
        for p in ("during", "at", "in"):
            for o in prep_objects(rec["trig"], p):
                t = talks.get(measured(o).i)
                if t is not None:
                    rec["via"].extend(v for v in t["via"] if v not in rec["via"]
                                      and v not in (rec["source"], rec["target"]))
    # a member of a mediating state or body mediates as part of it ("the UAE mediated ... the deal
    # was brokered by its adviser X"): one mediation, the body's
    med_pairs = {(rec["source"], rec["target"]) for rec in recs if rec["type"] == "mediate"}
    recs = [rec for rec in recs if not (rec["type"] == "mediate" and any(
        (m, rec["target"]) in med_pairs for m in affiliations(ctx, rec["source"])))]
    return recs


def affiliations(ctx: Context, a: str | None) -> list[str]:
    """The chain of actors ``a`` belongs to (its ministry, its state...)."""
    out: list[str] = []
    act = ctx.actors.get(a) if a else None
    while act is not None and act.affiliation and act.affiliation not in out and act.affiliation != a:
        out.append(act.affiliation)
        act = ctx.actors.get(act.affiliation)
    return out


def window_parties(d: Doc_, r: Raw, mediators: list[str]) -> list[str]:
    """The parties around a mediator: actors of its sentence and the one before, at the level
    of their side ("a Hamas official" -> Hamas), mediators and their members left out."""
    si = d.sent_index(r.trig)
    lo = d.sents[max(si - 1, 0)].start_char
    hi = d.sents[si].end_char
    out: list[str] = []
    for s, e, a in d.ctx.mentions_in(lo, hi):
        x = level(d.ctx, a)
        if a in mediators or x in mediators or side_of(d.ctx, a, mediators):
            continue
        if x not in out:
            out.append(x)
    return out


def record(r: Raw, srcs: list[str], tgts: list[str], via: list[str], inferred: list[str]) -> dict:
    tgt = tgts[0] if tgts else None
    count = r.counts.get(tgt) if r.counts else r.count
    if r.counts and count is None and tgt is not None and tgt not in r.counts:
        count = None
    return {"type": r.type, "source": srcs[0] if srcs else None, "target": tgt,
            "via": list(dict.fromkeys(v for v in via if v not in srcs[:1] + tgts[:1])),
            "negated": r.negated, "modality": r.modality, "claim": r.claim, "count": count,
            "time": r.time, "means": r.means, "topic": r.topic, "trig": r.trig,
            "inferred": list(dict.fromkeys(inferred)), "raw": r,
            "unnamed_object": r.unnamed_object and tgt is None}


def _compatible(a: dict, b: dict, lv: dict[str, str]) -> bool:
    if a["type"] != b["type"] or a["negated"] != b["negated"]:
        return False
    if (a["unnamed_object"] and b["target"]) or (b["unnamed_object"] and a["target"]):
        return False  # "released 30 fishermen" is not "released Omar Bashir"
    a, b = _leveled(a, lv), _leveled(b, lv)
    if (a["modality"] in ("planned", "hypothetical")) != (b["modality"] in ("planned", "hypothetical")):
        return False
    for k in ("source", "target"):
        if a[k] and b[k] and a[k] != b[k]:
            return False
    if a["source"] is None and b["source"] is None and (a["target"] != b["target"]):
        return False
    if a["target"] is None and b["target"] is None and (a["source"] != b["source"]):
        return False
    ta, tb = a["time"], b["time"]
    if ta and tb and ta.value != tb.value:
        return False
    return True


def _leveled(r: dict, lv: dict[str, str]) -> dict:
    """The record with unnamed members seen as their side ("Israeli officials" -> Israel)."""
    s, t = lv.get(r["source"], r["source"]), lv.get(r["target"], r["target"])
    if r["type"] in SYMMETRIC_TYPES and s and t and t < s:
        s, t = t, s  # "A met B" and "B met A" are one act
    return {**r, "source": s, "target": t}


def merge(recs: list[dict], lv: dict[str, str]) -> list[dict]:
    """The same act told twice becomes one record; the first keeps its place and gains the
    other's missing fields (a time, a count, a filled source)."""
    out: list[dict] = []
    for rec in recs:
        for prev in out:
            if _compatible(prev, rec, lv) and _same_pair(_leveled(prev, lv), _leveled(rec, lv)):
                for k in ("source", "target", "time", "count", "means", "topic"):
                    if prev[k] is None and rec[k] is not None:
                        prev[k] = rec[k]
                for v in rec["via"]:
                    if v not in prev["via"] and v not in (prev["source"], prev["target"]):
                        prev["via"].append(v)
                break
        else:
            out.append(rec)
    return out


def _same_pair(a: dict, b: dict) -> bool:
    # one side may be unknown in one of them, but at least one must agree
    return (a["source"] and a["source"] == b["source"]) or (a["target"] and a["target"] == b["target"])


def is_press(ctx: Context, actor_id: str | None) -> bool:
    if actor_id is None:
        return False
    act = ctx.actors.get(actor_id)
    if act is None:
        return False
    words = lexicon().sets["press_words"]
    name = act.name.casefold()
    toks = name.replace("-", " ").split()
    return any(t in words for t in toks) or name in words


@stage("interactions")
def extract_interactions(ctx: Context) -> None:
    d = Doc_(ctx)
    raws = find_raw(d)
    # derived frames ("found out ... not from X" -> X did not inform the learner)
    derived: list[Raw] = []
    for r in raws:
        for al in r.frame.also:
            for spec in al.get("source", []):
                if spec.startswith("prep:"):
                    for o in _all_preps(r.trig, spec[5:]):
                        acts = d.actors(o)
                        if not acts:
                            continue
                        prep = o.head
                        neg = any(c.dep_ == "neg" for c in prep.children)
                        fr = Frame(lemma=r.frame.lemma, type=al["type"], pos=r.frame.pos)
                        derived.append(Raw(type=al["type"], trig=r.trig, frame=fr, sources=acts[:1],
                                           targets=list(r.sources[:1]), negated=neg, modality=r.modality,
                                           claim=r.claim, time=r.time, topic=r.topic))
    raws = raws + derived
    recs = expand(d, raws)
    recs = [r for r in recs if (r["source"] or r["target"]) and r["source"] != r["target"]]
    # a state (or body) never meets, talks or agrees with its own official
    recs = [r for r in recs if not (r["type"] in d.lex.sets["symmetric_types"] and r["source"] and r["target"] and (
        getattr(ctx.actors.get(r["source"]), "affiliation", None) == r["target"] or
        getattr(ctx.actors.get(r["target"]), "affiliation", None) == r["source"]))]
    cue_starts = {c.spans.cue[0] for c in ctx.claims if c.spans.cue}
    recs = [r for r in recs if not (r["type"] == "inform" and (is_press(ctx, r["target"]) or (
        r["trig"].idx in cue_starts and getattr(ctx.actors.get(r["target"]), "kind", None) == "organization")))]
    recs = merge(recs, {a: level(ctx, a) for a in ctx.actors})
    out = []
    for rec in recs:
        r: Raw = rec["raw"]
        sent = d.sents[d.sent_index(r.trig)]
        modality = rec["modality"]
        if rec["claim"] and modality == "asserted":
            modality = "reported"
        trig = r.trig
        out.append(Interaction(
            id=f"i{len(out) + 1}", type=rec["type"], source=rec["source"], target=rec["target"],
            via=rec["via"], count=rec["count"], time=rec["time"], negated=rec["negated"],
            modality=modality, means=rec["means"], topic=rec["topic"], claim=rec["claim"],
            evidence=ctx.sentence_evidence(sent), trigger=[trig.idx, trig.idx + len(trig.text)],
            inferred=rec["inferred"]))
    ctx.interactions.extend(out)


def _all_preps(tok: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` under ``tok`` including preps coordinated with another prep."""
    out = list(prep_objects(tok, prep))
    for c in tok.children:
        if c.dep_ == "prep":
            for cc in c.children:
                if cc.dep_ == "conj" and cc.lower_ == prep:
                    out.extend(o for o in cc.children if o.dep_ == "pobj")
    return out
