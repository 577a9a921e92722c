"""Description speakers taken up by the salient named party: "The Lorvian Campaign for Peace asked the
government to accept the offer. … In this light, the NGO calls on the government to …", "The talks began in
May, news outlet Harbo Post reported. … The media outlet said …".

Why after speaker resolution: the description rules (:mod:`.descriptions`, the actors stage's
``actors.definite``) take a definite description back to the nearest named organisation within a few
sentences, by mention. Reports often take up a party they introduced as a *speaker* much later, with a class
noun that no rule knew ("the NGO", "the campaign", "the media outlet"); the description then became an
unnamed source of its own (or a "name" the tagger made of "NGO"), splitting one speaker in two. A party that
spoke is the most salient one (centering: the subject and the source of a report outrank a party only
spoken of), so the description stands for the latest named speaker of its class: an organisation or group
for an organisation noun, an outlet for an outlet noun.

Conservative: only a description the claims made a speaker of no earlier mention (a fresh unnamed actor, a
"name" that is the description's own words, or none); only "the" + kind words + a class head, with no
possessor and no post-modifier; an organisation named as a subject between the antecedent's claim and the
description (a party newly brought forward) blocks; a state's body is no "group".
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span, Token

from backchannel.data_loader import read
from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.speaker_actors import is_outlet
from backchannel.extract.claims.state import Cand
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import NSUBJ_DEPS, POSTMODIFIER_DEPS

RULE = "claims.salience.described_speaker"
PARTY_KINDS = frozenset({"organization", "group"})


@dataclass(frozen=True, slots=True)
class Heads:
    """The class nouns of :mod:`.salience` (``data/salience.toml``)."""

    org: frozenset[str]
    outlet: frozenset[str]
    modifiers: frozenset[str]


def heads() -> Heads:
    t = read("salience.toml")["described_speaker"]
    return Heads(frozenset(t["org_heads"]), frozenset(t["outlet_heads"]), frozenset(t["modifiers"]))


def _head_class(span: Span, lex: Lexicon, h: Heads) -> bool | None:
    """For "the (kind words) <class noun>": whether the noun is an outlet's (else an organisation's); None
    for any other phrase."""
    head = span.root
    word = head.lower_
    if word not in h.org and word not in h.outlet:
        word = head.lemma_.lower()
    if word not in h.org and word not in h.outlet:
        return None
    toks = [t for t in span if not t.is_punct]
    if not toks or toks[0].lower_ not in lex.words.definite_determiners or toks[-1].i != head.i:
        return None
    if any(t.lower_ not in h.modifiers for t in toks[1:-1]):
        return None  # "the Lorvian group", "the group's": a modifier of another kind is a description of its own
    if any(k.dep_ in POSTMODIFIER_DEPS or k.dep_ == "poss" for k in head.children):
        return None  # "the group of mediators", "the group that …"
    return word in h.outlet


def _fresh(ctx: Context, span: Span, aid: str | None) -> bool:
    """Whether the description's actor is its own making: none, or an actor with no mention before the
    phrase that is unnamed or named only by the description's words ("NGO")."""
    if aid is None:
        return True
    a = ctx.actors.get(aid)
    if a is None:
        return True
    if any(m.start < span.start_char for m in a.mentions):
        return False
    words = fold(" ".join(t.text for t in span[1:]))
    return not a.named or fold(a.name) == words or fold(a.name) == fold(span.root.text)


def _fits(ctx: Context, a: Actor, outlet_noun: bool, p: Cand, lex: Lexicon) -> bool:
    """Whether a named speaker is of the description's class."""
    if not a.named or a.kind not in PARTY_KINDS:
        return False
    outlet = is_outlet(a, lex.words.media_words) or (
        p.cue_tok is not None and p.cue_tok.lemma_.lower() in lex.words.medium_cues)
    if outlet_noun:
        return outlet
    aff = ctx.actors.get(a.affiliation) if a.affiliation else None
    return not outlet and not (aff is not None and aff.kind == "state")


def _subject_between(ctx: Context, start: int, end: int, target: str) -> bool:
    """Whether an organisation or group other than ``target`` is named as a subject in ``[start, end)``."""
    for s, e, aid in ctx.mentions_in(start, end):
        a = ctx.actors.get(aid)
        if aid == target or a is None or not a.named or a.kind not in PARTY_KINDS or e > end:
            continue
        sp = ctx.doc.char_span(s, e, alignment_mode="expand")
        if sp is not None and sp.root.dep_ in NSUBJ_DEPS:
            return True
    return False


def _introduced_between(ctx: Context, start: int, end: int, head: Token, lex: Lexicon) -> bool:
    """Whether a noun of the description's head was introduced with an indefinite article in ``[start, end)``
    ("A group of families marched … The group said": those families, not the party that spoke before)."""
    sp = ctx.doc.char_span(start, end, alignment_mode="contract")
    lemma = head.lemma_.lower()
    return sp is not None and any(
        t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(
            k.dep_ == "det" and k.lower_ in lex.words.indefinite_articles for k in t.children) for t in sp)


def _antecedent(ctx: Context, c: Cand, order: list[Cand], end: int, cls: bool, lex: Lexicon) -> str | None:
    """The latest named speaker of the class among ``order[:end]`` (claims in text order, all before ``c``),
    unless another party was brought forward as a subject since its claim. An index, not a copied prefix:
    a copy per description would be quadratic in the report's claims."""
    assert c.speaker is not None
    for i in range(end - 1, -1, -1):
        p = order[i]
        a = ctx.actors.get(p.speaker_actor) if p.speaker_actor else None
        if a is None or p.speaker is None or not _fits(ctx, a, cls, p, lex):
            continue
        lo, hi = p.speaker.end_char, c.speaker.start_char
        blocked = _subject_between(ctx, lo, hi, a.id) or _introduced_between(ctx, lo, hi, c.speaker.root, lex)
        return None if blocked else a.id
    return None


def _apply(ctx: Context, c: Cand, claims: list[Cand], target: str) -> None:
    """Make the description a mention of ``target``: its actor folds into it, its claims follow."""
    assert c.speaker is not None
    old = c.speaker_actor
    if old is not None and old in ctx.actors:
        ctx.merge_actor(old, target, rule=RULE)
        for q in claims:
            if q.speaker_actor == old:
                q.speaker_actor = target
                q.trace["speaker"] = RULE
    else:
        head = c.speaker.root
        ctx.add_mention(target, head.idx, head.idx + len(head.text), rule=RULE)
    c.speaker_actor = target
    c.trace["speaker"] = RULE


def described_speakers(ctx: Context, claims: list[Cand], lex: Lexicon) -> None:
    """Take each fresh definite class description that speaks to the salient named speaker of its class
    (see the module docstring)."""
    h = heads()
    order = sorted((c for c in claims if c.speaker is not None), key=lambda c: c.speaker.start_char)  # type: ignore[union-attr]
    starts = [c.speaker.start_char for c in order]  # type: ignore[union-attr]
    for c in order:
        assert c.speaker is not None
        cls = _head_class(c.speaker, lex, h)
        if cls is None or not _fresh(ctx, c.speaker, c.speaker_actor):
            continue
        end = bisect.bisect_left(starts, c.speaker.start_char)  # the claims whose speaker starts before this one
        target = _antecedent(ctx, c, order, end, cls, lex)
        if target is not None and target != c.speaker_actor:
            _apply(ctx, c, claims, target)
