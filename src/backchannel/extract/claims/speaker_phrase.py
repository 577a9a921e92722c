"""The part of a speaker phrase that speaks, when it is not the phrase's own mention: a name after a
possessor, the first of two parties named before the head, and a noun of people outside the speaker
nouns (kin, age and sex words, callings, states as a class; a count of such people).

Why a module of its own: speakers.py resolves the phrase; these read the phrase's inner parts.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.speaker_actors import named_actor
from backchannel.resolve.lexicon import lexicon as actor_lexicon

PEOPLE_RULE = "claims.speakers.people_noun"
#: "Norland's Central Bank chief said": a person title after a possessor and a name is a person, no body
POSSESSED_TITLE = "claims.speaker_phrase.possessed_title"


def possessed_title(span: Span) -> bool:
    """Rule POSSESSED_TITLE: "Norland's Central Bank chief said", "the Front's Lund office head told
    reporters": a singular person title (the actor lexicon's government titles) after a possessor and
    a name of proper nouns is one person of that body, who speaks; the name only says whose title it is.
    Why: the name between possessor and head speaks when the head is an outlet or a document
    (:func:`possessed_name`), and such a title made the body the speaker (s44-speaker)."""
    head = span.root
    if head.tag_ != "NN" or head.lemma_.lower() not in actor_lexicon().gov_titles:
        return False
    poss = next((k for k in head.children if k.dep_ == "poss" and k.i >= span.start), None)
    if poss is None or head.i <= poss.i + 2:
        return False
    between = [t for t in head.doc[poss.i + 1: head.i] if t.tag_ != "POS"]
    return bool(between) and all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in between)


def possessed_title_side(ctx: Context, span: Span) -> str | None:
    """The side of the person :func:`possessed_title` reads: the side of the body named between possessor
    and title when it has one ("Norland's Central Bank" is Norland's), else the possessor when it is a named
    party ("the Front's Lund Bureau chief" is the Front's)."""
    head = span.root
    poss = next(k for k in head.children if k.dep_ == "poss")
    for t in head.doc[poss.i + 1: head.i]:
        body = ctx.actors.get(ctx.actor_for_token(t) or "")
        if body is not None and body.affiliation is not None:
            return body.affiliation
    owner = ctx.actors.get(ctx.actor_for_token(poss) or "")
    return owner.id if owner is not None and owner.named and owner.kind != "person" else None


def possessed_name(ctx: Context, span: Span) -> str | None:
    """"Norland's Kestrel daily reported", "Vesterland's state broadcaster PTV said": a name
    between a possessor and the head noun is the one that speaks; the possessor (a country, an
    owner) only places it. The actor of the last mention that starts after the possessor and
    ends before the head, when the possessor is the phrase's first word group; else None."""
    head = span.root
    poss = next((k for k in head.children if k.dep_ == "poss" and k.i >= span.start), None)
    if poss is None or head.i <= poss.i + 2:
        return None
    after = poss.i + 1 if poss.i + 1 < head.i and poss.doc[poss.i + 1].tag_ == "POS" else poss.i
    start = poss.doc[after].idx + len(poss.doc[after].text)
    ms = [m for m in ctx.mentions_in(start, head.idx) if m[0] >= start and m[1] <= head.idx]
    named = [m for m in ms if ctx.actors.get(m[2]) is not None and ctx.actors[m[2]].named]
    if named:
        return max(named, key=lambda m: m[1])[2]
    # a name no stage made an actor of ("Israel's Kestrel daily"): the proper nouns before the head
    names = [t for t in head.doc[after + 1: head.i] if t.pos_ == "PROPN" and t.dep_ == "compound"]
    if not names or names[-1].i != head.i - 1 and head.doc[head.i - 1].pos_ != "NOUN":
        return None
    return named_actor(ctx, head.doc[names[0].i: names[-1].i + 1], names[-1])[0]


def first_modifier(ctx: Context, span: Span) -> str | None:
    """The first of two or more parties named before the head of a speaker phrase ("a joint
    Norland-Vesterland statement said"): the longest mention would pick one at random, the
    first named speaks for the joint act (as with :func:`first_conjunct`). None unless two
    actors are named there."""
    head = span.root
    if head.i <= span.start:
        return None
    ms = ctx.mentions_in(span.start_char, head.idx)
    # the widest mentions only ("North Korean state media", not the "North Korean" inside it)
    outer = sorted((s, e, a) for s, e, a in ms
                   if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in ms))
    return outer[0][2] if len({a for _, _, a in outer}) >= 2 else None


def people_speaker(ctx: Context, span: Span, lex: Lexicon) -> tuple[Span, Token, int | None] | None:
    """Rule ``claims.speakers.people_noun``: the head of a speaker phrase that names people though it is
    none of the speaker nouns, so the phrase is an unnamed source: a kin, age, sex or calling word or
    states as a class (``people_heads``: "an Ohio coroner said", "several girls said", "the victim's
    parents said", "neighbouring countries criticised"), or the people a count of them names
    (``people_quantities``: "a host of rebel groups said", "a number of residents said": the of-phrase's
    noun, when it is a people or speaker noun). With the phrase cut before a conjunction of the head
    ("parents and community leaders said" is the parents' word first, as with a first conjunct) and before a
    post-modifier that names a party ("countries assisting the talks between Norland and the rebels": those
    are actors of their own, not part of the source's name); with the token a verbal post-modifier starts at,
    where the source's mention ends (its words are read by other stages). None for any other noun ("the deal says", "the talks
    showed"), for a proper noun (a name is resolved as a name), and for a definite or pair phrase ("the priest
    said", "the two women said", "both men said" point back at someone named before)."""
    head = span.root
    w = lex.words
    if head.pos_ != "NOUN" or any(k.dep_ == "det" and k.lower_ in w.definite_determiners for k in head.children) \
            or any(t.lower_ in w.pair_all for t in span.doc[span.start: head.i]):
        return None  # "the son promised", "both men said": someone named before (descriptions, each_party)
    cc = next((k for k in head.children if k.dep_ == "cc" and k.i > head.i), None)
    part = span.doc[span.start: cc.i] if cc is not None and cc.i > span.start else \
        span.doc[span.start: max(span.end, head.right_edge.i + 1)]
    tok = head if _people(head, lex) else _counted(head, lex)
    if tok is None:
        return None
    named = [t.i for t in part if t.i > tok.i and t.dep_ == "prep" and any(
        (a := ctx.actor_for_token(k)) is not None and ctx.actors[a].named for k in t.subtree)]
    part = span.doc[part.start: min(named)] if named else part
    verbal = next((t.i for t in part if t.i > tok.i and t.dep_ == "acl" and t.pos_ == "VERB"), None)
    return part, tok, verbal


def _counted(head: Token, lex: Lexicon) -> Token | None:
    """The people a count names ("a host of rebel groups", "a number of ministries"): the of-phrase's
    plural noun when the head is one of ``people_quantities`` and the noun a people or speaker noun."""
    if head.lemma_.lower() not in lex.words.people_quantities and head.lower_ not in lex.words.people_quantities:
        return None
    of = next((k for k in head.children if k.dep_ == "prep" and k.lower_ in lex.words.count_preps), None)
    obj = next((k for k in of.children if k.dep_ == "pobj"), None) if of is not None else None
    if obj is not None and obj.pos_ == "NOUN" and obj.tag_ == "NNS" and (
            _people(obj, lex) or obj.lemma_.lower() in lex.person_nouns | lex.org_nouns or obj.lower_ in lex.group_nouns):
        return obj
    return None


def _people(t: Token, lex: Lexicon) -> bool:
    """A kin, age, sex or calling word, or states as a class (``people_heads``)."""
    return t.lemma_.lower() in lex.words.people_heads or t.lower_ in lex.words.people_heads
