"""Attributions that are not claims: beliefs, wishes, intentions, and negated speech.

Why: "the union supports the bill", "she wants to run again", "he thinks the vote is
rigged" and "the minister did not say that talks had ended" attribute a content to a
source, but nobody stated it. The dossier's claims are statements, so these make no
claim (the claims policy, its views and scores are unchanged); attribution corpora
(PolNeAR) annotate them, so the claims stage records them as
:class:`~backchannel.model.Attribution` records of their own ``kind``, grounded like a
claim (cue, source and content spans) and traced with their rule:

``claims.attitudes.belief_clause``
    an attitude verb of ``data/attitudes.toml`` with a finite clause ("thinks the vote
    is rigged", "hoped that the court would rule");
``claims.attitudes.belief_infinitive``
    ... with a "to"-infinitive ("wants to run", "plans to visit the capital");
``claims.attitudes.belief_object``
    ... with a direct object ("the union endorsed the mayor"), or, passive, its subject
    with a "by" source ("the mayor was endorsed by the union");
``claims.attitudes.belief_prep``
    ... with the object of a preposition of its frame ("believes in the plan");
``claims.attitudes.negated_speech``
    a speech cue of ``cues.toml`` that is negated ("did not say that …", "never
    confirmed the figure"), with the content its frame allows
    (:mod:`.polarity` keeps such cues from making claims).

An attribution is not made where the claims stage already made a claim of the same
words (its cue or content), inside a claim's content or a quotation (PolNeAR nests no
attribution), nor without a source (the subject), nor for a content that only points
elsewhere ("what she wants": a relative or anaphoric object).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from backchannel.data_loader import LexiconError, load_fields, read
from backchannel.extract.claims.cue_lexicon import Lexicon, lexicon
from backchannel.extract.claims.polarity import _speech
from backchannel.extract.claims.state import ClaimsDoc
from backchannel.extract.claims.syntax import content_span
from backchannel.extract.context import Context
from backchannel.model import Attribution, AttributionKind, ClaimSpans
from backchannel.syntax.speech import speech_subject
from backchannel.syntax.tree import is_passive, prep_objects, span_of

FILE = "attitudes.toml"


@dataclass(frozen=True)
class Attitude:
    """The frame of an attitude verb (a ``[verbs]`` entry; see the header of ``data/attitudes.toml``)."""

    clause: bool = False
    infinitive: bool = False
    object: bool = False
    preps: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Seeming:
    """``[seeming]``: impressions and expectations whose holder the text does not name."""

    verbs: frozenset[str]
    preps: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AttitudeWords:
    """``[words]``: closed lists the rules read."""

    fronted: frozenset[str]
    questions: frozenset[str]


@dataclass(frozen=True)
class _Tables:
    """``attitudes.toml`` but its ``[verbs]`` (read entry by entry as :class:`Attitude`)."""

    seeming: Seeming
    words: AttitudeWords
    forms: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Attitudes:
    """Everything the attitude rules look up."""

    verbs: dict[str, Attitude]
    seeming: Seeming
    words: AttitudeWords
    forms: dict[str, str]

    def lemma(self, v: Token) -> str:
        """The lemma of verb ``v``, with the tagger's known slips corrected (``[forms]``)."""
        return self.forms.get(v.lower_, v.lemma_.lower())


@lru_cache(maxsize=1)
def attitudes() -> Attitudes:
    """The attitude verbs and word lists, read and checked once (unknown keys are errors)."""
    raw = dict(read(FILE))
    verbs = {k: load_fields(Attitude, FILE, v, key=f"verbs.{k}")[0] for k, v in raw.pop("verbs", {}).items()}
    tables = load_fields(_Tables, FILE, raw)[0]
    if not all(v in verbs for v in tables.forms.values()):
        raise LexiconError(FILE, "forms", "every form names a lemma of [verbs]")
    return Attitudes(verbs=verbs, seeming=tables.seeming, words=tables.words, forms=tables.forms)


Found = tuple[str, AttributionKind, Token]  # rule id, kind, the token heading the content

#: the rule of a belief by the complement that holds its content
BELIEF_RULES = {"clause": "claims.attitudes.belief_clause", "infinitive": "claims.attitudes.belief_infinitive",
                "object": "claims.attitudes.belief_object", "prep": "claims.attitudes.belief_prep"}
NEGATED_RULE = "claims.attitudes.negated_speech"


def _content(v: Token, clause: bool, infinitive: bool, obj: bool, preps: frozenset[str],
             lex: Lexicon) -> tuple[str, Token] | None:
    """The first content the frame allows among the children of ``v``."""
    fronted = attitudes().words.fronted
    marks = lex.words.infinitive_markers
    for c in v.children:
        if clause and c.dep_ == "ccomp" and c.i > v.i:
            return "clause", c
        if clause and c.dep_ == "advcl" and c.i > v.i and c.left_edge.lower_ in attitudes().words.questions \
                and not any(o.dep_ in ("dobj", "obj") for o in v.children):
            return "clause", c  # "did not say when …": a question the parse hung as adverbial
        if infinitive and c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ in marks for k in c.children):
            return "infinitive", c
        if obj and c.dep_ in ("dobj", "obj") and c.lower_ not in fronted and c.i > v.i:
            return "object", c
        if obj and c.dep_ == "nsubjpass" and c.lower_ not in fronted:
            return "object", c
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp") and o.lower_ not in fronted]
            if objs:
                return "prep", objs[0]
    return None


def _found(v: Token, lex: Lexicon) -> Found | None:
    """What verb ``v`` attributes, if it is an attitude verb or a negated speech cue."""
    att = attitudes().verbs.get(attitudes().lemma(v))
    if att is not None:
        got = _content(v, att.clause, att.infinitive, att.object, att.preps, lex)
        return None if got is None else (BELIEF_RULES[got[0]], "belief", got[1])
    negated = any(c.dep_ == "neg" and c.i < v.i for c in v.children)
    cue = lex.verbs.get(v.lemma_.lower())
    if cue is None or not negated or not _speech(v.lemma_.lower(), lex):
        return None
    got = _content(v, True, cue.infinitive, cue.object, cue.preps | cue.prt, lex)
    return None if got is None else (NEGATED_RULE, "negated", got[1])


def _taken(ctx: Context) -> list[tuple[int, int]]:
    """Character spans the claims already hold: their contents, clauses and cues."""
    spans: list[tuple[int, int]] = []
    for c in ctx.claims:
        spans += [(a, b) for a, b in c.spans.content]
        spans += [(p[0], p[1]) for p in (c.spans.clause, c.spans.cue) if p]
    return spans


def _seeming(v: Token, lex: Lexicon) -> tuple[str, Token, Token] | None:
    """The rule, subject and complement of an impression or expectation no one holds in the
    text: ``claims.attitudes.seeming`` "X seems (to be) Y", ``claims.attitudes.passive_expected``
    "X is expected to Y" (no "by" agent)."""
    att = attitudes()
    lemma = att.lemma(v)
    if lemma in att.seeming.verbs:
        rule, deps = "claims.attitudes.seeming", ("nsubj",)
    elif lemma in att.seeming.passive and is_passive(v) and not prep_objects(v, "by"):
        rule, deps = "claims.attitudes.passive_expected", ("nsubjpass",)
    else:
        return None
    marks = lex.words.infinitive_markers
    subj = next((c for c in v.children if c.dep_ in deps and c.i < v.i), None)
    comp = next((c for c in v.children if c.i > v.i and (
        c.dep_ in ("acomp", "attr", "xcomp", "oprd") and rule.endswith("seeming")
        or c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ in marks for k in c.children)
        or c.dep_ == "prep" and c.lower_ in att.seeming.preps and rule.endswith("seeming"))), None)
    if subj is None or comp is None or subj.left_edge.lower_ in attitudes().words.fronted:
        return None  # "what seems …", "that seemed …": the relative's antecedent is elsewhere
    return rule, subj, comp


def _object(head: Token) -> tuple[int, int]:
    """An object content: the noun phrase without what a comma adds to it (", known as X", ", the
    latest chapter of …": the reporter's description, not what is supported)."""
    toks = list(head.subtree)
    for c in head.children:
        if c.dep_ in ("appos", "acl", "relcl") and c.i > head.i and c.left_edge.i > 0 \
                and c.doc[c.left_edge.i - 1].is_punct:
            toks = [t for t in toks if t.i < c.left_edge.i - 1]
            break
    return span_of(toks)


def _infinitive(head: Token) -> tuple[int, int]:
    """A "to"-infinitive content: its whole subtree, coordinated verbs included ("wants to build
    X, fund Y and close Z"), up to a participle after a comma (", focusing on …": the manner)."""
    toks = list(head.subtree)
    for c in head.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > head.i and c.left_edge.i > 0 \
                and c.doc[c.left_edge.i - 1].is_punct:
            toks = [t for t in toks if t.i < c.left_edge.i - 1]
            break
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    return span_of(toks)


def _after(text: str, span: tuple[int, int], v: Token) -> tuple[int, int]:
    """The content from after the verb on: a relative before it ("which she plans to do") is
    the antecedent's word, not the content."""
    s, e = max(span[0], v.idx + len(v.text)), span[1]
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _source(ctx: Context, v: Token, rule: str, head: Token) -> tuple[tuple[int, int], str | None] | None:
    """The source of an attitude: the subject (the "by" agent of a passive object), its span and actor."""
    src = next(iter(prep_objects(v, "by")), None) if rule.endswith("_object") and is_passive(v) else speech_subject(v)
    if src is None or src.i == head.i or src.pos_ == "PART" or v.dep_ == "acl" and src.i == v.head.i:
        return None  # "anyone wanting to borrow": a generic participle modifier, no one's attitude
    span = span_of([t for t in src.subtree if t.i < v.i]) if src.i < v.i else (src.idx, src.idx + len(src.text))
    return span, ctx.actor_for_token(src) or ctx.actor_at(*span)


def _record(ctx: Context, d: ClaimsDoc, v: Token) -> Attribution | None:
    """The attribution verb ``v`` makes, if any (without checking it against the claims)."""
    lex = lexicon()
    spk: tuple[int, int] | None = None
    actor: str | None = None
    seen = _seeming(v, lex)
    if seen is not None:
        kind: AttributionKind = "belief"
        rule, pieces = seen[0], [span_of(list(seen[1].subtree)), content_span(seen[2])]
    else:
        found = _found(v, lex)
        if found is None:
            return None
        rule, kind, head = found
        src = _source(ctx, v, rule, head)
        if src is None:
            return None
        span = _infinitive(head) if rule.endswith("_infinitive") else \
            _object(head) if rule.endswith("_object") else content_span(head)
        (spk, actor), pieces = src, [_after(d.text, span, v) if head.i > v.i else span]
    pieces = [p for p in pieces if p[1] > p[0]]
    if not pieces:
        return None
    ends = [x for p in pieces for x in p] + [v.idx, v.idx + len(v.text)] + (list(spk) if spk else [])
    return Attribution(
        id="", kind=kind, source=actor, cue=v.text, content=" ".join(d.text[s:e] for s, e in pieces),
        spans=ClaimSpans(doc=ctx.document.id, content=[list(p) for p in pieces], cue=[v.idx, v.idx + len(v.text)],
                         speaker=list(spk) if spk else None),
        evidence=ctx.evidence(*_sentences(d, min(ends), max(ends))), rule=rule)


def find_attributions(ctx: Context, d: ClaimsDoc, lex: Lexicon) -> None:
    """Append to ``ctx.attributions`` the beliefs and negated speech acts no claim holds."""
    taken = _taken(ctx)
    for v in ctx.doc:
        if v.pos_ not in ("VERB", "AUX") or d.region_at(v.idx) is not None:
            continue
        if any(a <= v.idx < b for a, b in taken):
            continue  # a cue of a claim, or inside one's words: PolNeAR nests no attribution
        rec = _record(ctx, d, v)
        if rec is None or any(a < e and s < b for a, b in taken for s, e in rec.spans.content):
            continue
        rec.id = f"a{len(ctx.attributions) + 1}"
        ctx.attributions.append(rec)
        taken += [(v.idx, v.idx + len(v.text))] + [(s, e) for s, e in rec.spans.content]


def _sentences(d: ClaimsDoc, lo: int, hi: int) -> tuple[int, int]:
    """The sentences that hold ``[lo, hi)``."""
    a, b = d.sents[d.sent_index(lo)], d.sents[d.sent_index(max(hi - 1, lo))]
    return a.start_char, b.end_char
