"""A plural pronoun that stands for a coordination of parties ("Norland and Vesterland said they
had agreed": both), for the resolver in :mod:`backchannel.resolve.coref`: found here, kept in
``ctx.notes[COREF_GROUPS]``, read back with :func:`coref_group`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from backchannel.context import Context
from backchannel.resolve.pronoun_fit import (
    OBJECT_DEPS, PARTY_KINDS, Cand, compatible, governing_verb, in_pair, main_clause, pronoun_words,
)
from backchannel.syntax.tree import PLURAL_TAGS, conjuncts

#: ``ctx.notes`` key: a plural pronoun's token index -> the coordinated parties it stands for ("A and B ... they").
COREF_GROUPS = "coref_groups"


def coref_group(ctx: Context, tok: Token) -> list[str]:
    """The parties a plural pronoun stands for when its antecedent is a coordination ("Norland and
    Vesterland said they had agreed": both), live actors only; empty otherwise. ``ctx.coref`` keeps
    the one actor the single-antecedent search chose (the claims stage reads that)."""
    groups = ctx.notes.get(COREF_GROUPS)
    got = [a for a in groups.get(tok.i, []) if a in ctx.actors] if isinstance(groups, dict) else []
    return got if len(got) >= 2 else []


def coordinated_antecedent(ctx: Context, tok: Token, cands: list[Cand], cand_idx: list[int],
                            sent_starts: list[int], single: str | None) -> list[str]:
    """ "Norland and Vesterland said they had agreed", "Ola Brandt and Piet Hansen arrived on Monday.
    They met ...": a plural pronoun whose nearest antecedent is a subject coordination of two or more
    named parties ("and") stands for all of them. The coordination must be in the pronoun's sentence or
    the one before, the subject of a main clause (not of a complement: "X wants A, B and C to
    mediate ... they fear": no), nearer than the single antecedent's last mention and than any plural
    party named in between ("A and B sent envoys to C, and it released them": the envoys), and (for a
    non-possessive object) neither the subject of the pronoun's own verb ("A and B praised them") nor
    continued by that subject ("A and B said they had accused them"). A later plural pronoun that
    continues such a pronoun ("... they said their ...") takes its parties."""
    w = pronoun_words()
    si = bisect.bisect_right(sent_starts, tok.i) - 1
    start = bisect.bisect_left(cand_idx, sent_starts[max(si - 1, 0)])
    hi = bisect.bisect_left(cand_idx, tok.i)
    groups = ctx.notes.get(COREF_GROUPS)
    groups = groups if isinstance(groups, dict) else {}
    roots = {c.i: c.aid for c in cands[start:hi]}
    if (obj := _for_object_group(ctx, tok, roots)):
        return obj
    verb = governing_verb(tok)
    if tok.dep_ != "poss" and any(c.dep_ in ("nsubj", "nsubjpass") and (c.i in groups or in_pair(ctx, c))
                                  for c in verb.children if c.i < tok.i):
        return []  # "A and B praised them", "they had accused them": never the co-arguments
    for k in range(hi - 1, start - 1, -1):
        ti, aid, subj = cands[k]
        t = ctx.doc[ti]
        if ti in groups and aid == single:
            return list(groups[ti])
        if t.dep_ == "conj" or not subj or not main_clause(t):
            continue
        parts = conjuncts(t)
        members = list(dict.fromkeys(roots[c.i] for c in parts if c.i in roots))
        if len(members) < 2 or not any(c.dep_ == "cc" and c.lower_ in w.pair_coordinators
                                       for x in parts for c in x.children):
            continue
        if any(getattr(ctx.actors.get(m), "kind", None) not in PARTY_KINDS or not ctx.actors[m].named
               for m in members):
            continue  # named parties only: an unnamed conjunct ("representatives of X's government") is
            # often a part or agent of a side, and the pair would give its acts to the description
        if single is not None and single not in members and any(
                c.aid == single and c.i > ti for c in cands[start:hi]):
            return []  # the single antecedent is nearer
        if _plural_between(ctx, max(p.i for p in parts), tok, cands[k + 1:hi]):
            return []
        return members
    return []


def _for_object_group(ctx: Context, tok: Token, roots: dict[int, str]) -> list[str]:
    """Rule ``coref.for_object_group``: "thanked Norland and Vesterland for their mediation", "praised A and B for
    their role": a possessive in the verb's "for" phrase is the verb's object, and a coordination of named parties
    there is all of them (as :func:`_antecedent` takes a single object). Empty otherwise."""
    if tok.dep_ != "poss" or tok.head.dep_ != "pobj" or tok.head.head.lower_ != pronoun_words().for_:
        return []
    obj = next((c for c in tok.head.head.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    members = list(dict.fromkeys(roots[c.i] for c in conjuncts(obj) if c.i in roots)) if obj is not None else []
    if len(members) < 2 or any(getattr(ctx.actors.get(m), "kind", None) not in PARTY_KINDS or not ctx.actors[m].named
                               for m in members):
        return []
    return members


def _plural_between(ctx: Context, after: int, tok: Token, cands: list[Cand]) -> bool:
    """Is a plural party named between a coordination (ending at ``after``) and the pronoun ``tok``:
    a mention of a group, a mention with a plural head, or a plural head that names people
    (``plural_party_heads``), not a co-argument of the pronoun ("said the rebels had attacked
    them": the rebels are not "them")? It is then the nearer antecedent."""
    verb = governing_verb(tok)
    def coarg(t: Token) -> bool:
        return tok.dep_ in OBJECT_DEPS and t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass")
    for c in cands:
        t = ctx.doc[c.i]
        kind = getattr(ctx.actors.get(c.aid), "kind", None)
        if c.i > after and not coarg(t) and compatible(ctx, c.aid, tok.lower_) and (
                kind == "group" or t.tag_ in PLURAL_TAGS):
            return True
    heads = pronoun_words().plural_party_heads
    return any(t.tag_ in PLURAL_TAGS and t.lower_ in heads and t.dep_ not in ("compound", "amod", "poss")
               and not coarg(t) for t in ctx.doc[after + 1:tok.i])


def plural_party(ctx: Context, subj: Token) -> bool:
    """Can ``subj`` be what a plural pronoun stands for: a coordination, a group, or a plural head, but not
    a head owned by a plural ("the hostages' families": "they" before it is the hostages)?"""
    if any(c.dep_ == "poss" and (c.tag_ in PLURAL_TAGS or c.lower_ in pronoun_words().plural_pronouns)
           for c in subj.children):
        return False
    aid = ctx.actor_for_token(subj)
    return len(conjuncts(subj)) > 1 or subj.tag_ in PLURAL_TAGS or \
        getattr(ctx.actors.get(aid or ""), "kind", None) == "group"
