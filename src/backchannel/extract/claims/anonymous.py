"""Anonymous and representative speakers: who an envoy or an unnamed official speaks for.

Why: coreference may tie "a senior official" or "the official" to a named person, and
"representatives of A and B" to nobody; the report's own wording says otherwise ("a"/"an"
introduces someone new; an envoy speaks for the party of the "of" phrase). Words are in
``claims_words.toml`` (``anonymous_heads``, ``represented_heads``, ``represented_preps``).
"""

from __future__ import annotations

from spacy.tokens import Span

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import words
from backchannel.model import Actor
from backchannel.syntax.tree import noun_phrase


#: the rule of a person's mention on a description in apposition to the name ("an aide, Jo Lee,")
APPOSED = "actors.descriptors.apposition_before"
#: the rule of a lead's description the next sentences name ("A Norland envoy has held talks ... Jo Lee")
LEAD_NAMED = "actors.named_later.lead_named"
#: the rule of a past-role description folded into the one holder of that past title ("the former leader")
PAST_HOLDER = "actors.role_anaphors.past_holder"


def _named_person(ctx: Context, span: Span, aid: str) -> Actor | None:
    """The named person ``aid`` when the phrase ``span`` does not hold that person's name."""
    a = ctx.actors.get(aid)
    if a is None or not a.named or a.kind != "person":
        return None
    names = set(a.name.split())
    own = [*span, *(g for c in span.root.children if c.dep_ == "appos" for g in c.subtree)]  # "an aide, Jo Lee,"
    # "an envoy based in Oslo, Jo Lee, said": the actors stage read the phrase as the description the
    # name is apposed to (the parse may miss that apposition after a postmodifier)
    root = span.root.idx
    if any(m.rule in (APPOSED, LEAD_NAMED, PAST_HOLDER) and m.start <= root < m.end for m in a.mentions):
        return None
    return None if any(t.pos_ == "PROPN" and t.text in names for t in own) else a


def indefinite_named(ctx: Context, span: Span, aid: str) -> str | None:
    """``claims.speakers.indefinite_source`` when coreference tied an indefinite description ("a
    senior official said") to a named person: "a"/"an" introduces someone new, never a person
    the report has named (unless the name is in the phrase itself)."""
    if span[0].lower_ not in words().indefinite_articles or _named_person(ctx, span, aid) is None:
        return None
    return "claims.speakers.indefinite_source"


def unnamed_description(ctx: Context, span: Span, aid: str) -> str | None:
    """``claims.speakers.unlinked_description`` when coreference tied "the official" to a named
    person the report never describes with that noun (no "X, a senior official" nor "official
    X" anywhere near a mention of the name): the description is someone else."""
    a = _named_person(ctx, span, aid)
    if a is None:
        return None
    lemma, names = span.root.lemma_.lower(), set(a.name.split())
    for t in ctx.doc:
        if t.lemma_.lower() != lemma:
            continue
        near = [t.head, *t.children, *(k for c in t.children if c.dep_ in ("appos", "compound") for k in c.children)]
        if any(n.text in names and n.pos_ == "PROPN" for n in near if n.i != t.i):
            return None  # "Jo Lee, a senior official", "official Jo Lee": the name has that description
    return "claims.speakers.unlinked_description"


def represented_party(ctx: Context, span: Span) -> Span | None:
    """"representatives of Norland and Vesterland said": the party the envoys speak for (the
    first named, as a joint statement speaks through its first party), when the "of" phrase
    names a state or organisation (``represented_heads``); None otherwise."""
    head = span.root
    if head.lemma_.lower() not in words().represented_heads:
        return None
    for k in head.children:
        obj = next((g for g in k.children if g.dep_ == "pobj"), None) if k.dep_ == "prep" and k.lower_ in words().represented_preps else None
        if obj is None:
            continue
        part = noun_phrase(obj)
        first = first_conjunct(part) or part
        aid = ctx.actor_for_span(first)
        a = ctx.actors.get(aid) if aid else None
        if a is not None and a.named and a.kind != "person":
            return first
    return None


def first_conjunct(span: Span) -> Span | None:
    """The first conjunct of a coordinated speaker phrase ("the government side and the
    leadership of the Front confirmed …": the government side), its own words without the
    conjunction and what follows; None for a phrase that is no coordination. One claim has one
    speaker, and the first named party is the one that speaks for both (as symmetric acts
    take their parties in order of first mention)."""
    head = span.root
    conj = next((c for c in head.children if c.dep_ == "conj" and span.start <= c.i < span.end), None)
    if conj is None:
        return None
    cut = min((c.i for c in head.children if c.dep_ in ("cc", "conj") and c.i > head.i), default=conj.i)
    while cut > span.start and span.doc[cut - 1].is_punct:
        cut -= 1
    return span.doc[span.start:cut] if cut > span.start else None


def government_named_before(ctx: Context, span: Span) -> str | None:
    """The state a bare "government" stands for ("government and rebel officials announced …"
    after "the Norland government and the rebels met"): the latest named state written right
    before that same head word earlier in the report; None for any other phrase."""
    head = span.root
    if head.lemma_.lower() not in words().state_body_heads or any(
            c.dep_ in ("poss", "compound", "amod") for c in head.children):
        return None
    text, word = ctx.doc.text, head.lower_
    for s, e, aid in reversed(ctx.mentions_in(0, span.start_char)):
        a = ctx.actors.get(aid)
        if a is not None and a.named and a.kind != "person" and text[e:e + len(word) + 2].strip().lower().startswith(word):
            return aid
    return None
