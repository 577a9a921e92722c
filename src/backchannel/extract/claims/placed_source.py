"""A placed source: the locating phrase of an unnamed speaker belongs to its name.

"Sources in the President's Office said", "an official with the security directorate told
reporters", "a legislator in Kessel said": the actors stage names such a speaker by its head noun
alone ("Sources", "official"), which says nothing of who it is and keeps it apart from the dossier's
description of the same person ("official with the security directorate"). Why a claims rule: only
as a speaker does the phrase single out one source, and the speaker phrase is read here. The actor
gets the head with its locating phrase as its name, the bare head as an alias (rule
``claims.placed_source.located_name``). Words: ``claims_words.toml`` ``placed_preps``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import words

#: the rule id recorded in the actor's ``trace["name"]`` when its name gains the locating phrase
RULE = "claims.placed_source.located_name"

#: the rule of the actors stage that names an unnamed person or group by its head noun
HEAD_NOUN_RULE = "actors.unnamed.person_noun"

#: entity labels of a phrase that says when, not where ("officials in March")
TIME_LABELS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")

#: entity labels of a phrase that names a place or a body ("in Kessel", "at the Interior Ministry")
PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP")


def _locating(ctx: Context, head: Token) -> Token | None:
    """The preposition after ``head`` that places it ("in the Office", "with the directorate"): a
    ``placed_preps`` word right after the head whose object is a place or a body: an actor, a named
    place or body, or a ``placing_nouns`` noun; not "with knowledge of the talks", "in the talks"."""
    w = words()
    for k in head.children:
        if k.dep_ != "prep" or k.i != head.i + 1 or k.lower_ not in w.placed_preps:
            continue
        obj = next((g for g in k.children if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in TIME_LABELS:
            continue
        if (obj.pos_ == "PROPN" or obj.ent_type_ in PLACE_LABELS or obj.lemma_.lower() in w.placing_nouns
                or ctx.actor_for_token(obj) is not None):
            return k
    return None


def widen_name(ctx: Context, span: Span, aid: str) -> str:
    """Give the unnamed speaker ``aid`` of phrase ``span`` its locating phrase in its name, when the
    actors stage named it by the bare head: not a named actor, not one whose name says more already.
    Returns ``aid`` (the speaker stays the same actor)."""
    _widen(ctx, span, aid)
    return aid


def _widen(ctx: Context, span: Span, aid: str) -> None:
    """The work of :func:`widen_name`."""
    a = ctx.actors.get(aid)
    head = span.root
    if a is None or a.named or a.rule != HEAD_NOUN_RULE or a.name.lower() != head.lower_:
        return
    if any(m.start < span.start_char for m in a.mentions):
        return  # told unplaced before ("Officials said ... Officials in X said"): that telling keeps the bare head
    prep = _locating(ctx, head)
    if prep is None:
        return
    toks = []
    for t in span.doc[head.i: prep.right_edge.i + 1]:
        if t.text in ",;(—–" or t.dep_ == "relcl" or t.lower_ in words().relative_pronouns:
            break
        toks.append(t)
    while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET")):
        toks.pop()
    first = span.start
    while first < head.i and (span.doc[first].dep_ in ("det", "nummod", "predet") or span.doc[first].is_punct):
        first += 1
    name = re.sub(r"\s+", " ", span.doc[first: head.i].text + " " + "".join(t.text_with_ws for t in toks)).strip()
    if len(toks) <= 2 or name == a.name:
        return
    if a.name not in a.aliases:
        a.aliases.append(a.name)
    a.name = name
    a.set_trace("name", RULE)
    obj = next(g for g in prep.children if g.dep_ == "pobj")
    body = ctx.actor_for_token(obj)
    if a.affiliation is None and body is not None and body != a.id and ctx.actors[body].kind != "person":
        a.affiliation = body  # "sources in the Office" speak for the Office
        a.set_trace("affiliation", RULE)
