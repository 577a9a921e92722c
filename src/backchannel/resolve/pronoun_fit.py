"""What a pronoun may stand for, for the resolver in :mod:`backchannel.resolve.coref`.

A mention fits a pronoun when their kinds and genders agree ("he": a person, not one known to be a
woman; "they": a group, organisation or state; "it": an organisation or state), and a singular
pronoun never takes one conjunct of a pair ("Norland and Vesterland ... it"). The mention's place
counts too: a subject, the subject of a main clause, an "according to X" source (a last resort).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from spacy.tokens import Token

from backchannel.context import Context
from backchannel.resolve.lexicon import ActorWords, fold, lexicon
from backchannel.resolve.members import spoke_as_member
from backchannel.syntax.tree import conjuncts, coordination_head

PARTY_KINDS = ("person", "group", "organization", "state")
RELATIVE_TAGS = ("WP", "WP$", "WDT")
OBJECT_DEPS = ("dobj", "pobj", "dative", "iobj")


class Cand(NamedTuple):
    """A candidate antecedent: the mention's root token index, its actor id, and whether it is a
    subject (None: an "according to X" source, kept only as a last resort)."""

    i: int
    aid: str
    subj: bool | None


def pronoun_words() -> ActorWords:
    """Pronouns and gender words (``data/actors_words.toml``, table ``coref``)."""
    return lexicon().words


@cache
def personal_pronouns() -> frozenset[str]:
    """he/him/his/she/her...: pronouns that need a person."""
    w = pronoun_words()
    return w.male_pronouns | w.female_pronouns


def gender(ctx: Context, aid: str) -> str | None:
    """'f', 'm' or None: from descriptors ("spokeswoman"), honorifics and the given-name gazetteer.

    Only cheap, stated evidence counts; a given name in the gazetteer that is not listed as
    female counts as male only when nothing else is known and it is not in ``unisex``.
    """
    cache: dict[str, str | None] = ctx.notes.setdefault("coref_gender", {})  # type: ignore[assignment]
    if aid in cache:
        return cache[aid]
    actor = ctx.actors.get(aid)
    w = pronoun_words()
    g = None
    if actor is not None and actor.kind == "person":
        words = {w.lower().strip(".") for d in actor.descriptors for w in d.split()}
        words |= {w.lower().strip(".") for w in actor.name.split()}
        if words & w.female_words and not words & w.male_words:
            g = "f"
        elif words & w.male_words and not words & w.female_words:
            g = "m"
        elif actor.named:
            lx = lexicon()
            first = actor.name.split()[0]
            if lx.is_female_name(first):
                g = "f"
            elif lx.is_first_name(first) and fold(first) not in w.unisex_names:
                g = "m"
    cache[aid] = g
    return g


def compatible(ctx: Context, aid: str, word: str) -> bool:
    actor = ctx.actors.get(aid)
    if actor is None:
        return False
    w = pronoun_words()
    if word in personal_pronouns():
        if actor.kind != "person":
            return False
        g = gender(ctx, aid)
        return not (g == "f" and word in w.male_pronouns or g == "m" and word in w.female_pronouns)
    if word in w.plural_pronouns:
        return actor.kind in ("group", "organization", "state")
    if word in w.neuter_pronouns:
        return actor.kind in ("organization", "state")
    return False


def singular_member(ctx: Context, root: Token, aid: str, word: str) -> bool:
    """ "a source close to X told AFP … he added": a singular mention that an unnamed source group
    took (``actors.unnamed.member_of_group``) is a person for "he"/"she", though the group is not."""
    actor = ctx.actors.get(aid)
    return word in personal_pronouns() and root.tag_ == "NN" and actor is not None and spoke_as_member(actor)


def according_to(tok: Token) -> bool:
    """A source in "according to X": a poor antecedent next to sentence subjects."""
    w = pronoun_words()
    h = tok
    for _ in range(3):
        if h.dep_ == "pobj" and h.head.lower_ == w.to and h.head.i > 0 and \
                h.doc[h.head.i - 1].lower_ == w.according:
            return True
        if h.head.i == h.i:
            break
        h = h.head
    return False


def is_subject(tok: Token) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "appos", "conj")
                                                  and tok.head.dep_ in ("nsubj", "nsubjpass"))


def main_clause(tok: Token) -> bool:
    """Is ``tok`` (a subject, or part of one) the subject of its sentence's main verb (or of a verb coordinated with it)?"""
    while tok.dep_ in ("compound", "appos", "conj", "poss") and tok.head.i != tok.i:
        tok = tok.head
    verb = coordination_head(tok.head)
    return verb.dep_ == "ROOT"


def expletive(tok: Token, ctx: Context | None = None) -> bool:
    w = pronoun_words()
    if tok.lower_ != w.dummy_subject:
        return False
    if tok.dep_ == "expl":
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_ not in w.expletive_heads:
        return False
    # "it was ready to free them": an adjective of a party's will or readiness with an infinitive
    # makes "it" the party (s45-acts2); "it was hard to free them" stays a dummy subject
    willed = any(c.dep_ == "acomp" and c.lemma_.lower() in w.control_adjectives
                 and any(x.dep_ == "xcomp" for x in c.children) for c in tok.head.children)
    return not willed or ctx is None or not _nearest_thing_is_actor(ctx, tok)


NON_THING_ENTS = ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")


def _nearest_thing_is_actor(ctx: Context, tok: Token) -> bool:
    """Whether the nearest singular noun before "it" (in its sentence or the one before) that "it" may stand
    for is an actor's ("Ostland said it was ready"): not a plan or a ship ("Westmark drafted a plan. X said it
    was ready to ..."), whose readiness is no party's (s45-fix2, review #8)."""
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    for t in reversed(tok.doc[start:tok.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" or t.tag_ in ("NNS", "NNPS"):
            continue
        aid = ctx.actor_for_token(t)
        kind = getattr(ctx.actors.get(aid), "kind", None) if aid else None
        if kind == "person" or aid is None and t.ent_type_ in NON_THING_ENTS:
            continue  # a person is "he" or "she" (the tagger's PERSON on a party's name is no person)
        return aid is not None
    return False


def governing_verb(tok: Token) -> Token:
    """The verb an object pronoun is an argument of ("told him": told; "lobbied for him": lobbied)."""
    return tok.head.head if tok.dep_ == "pobj" else tok.head


def in_pair(ctx: Context, tok: Token) -> bool:
    """Is ``tok`` a conjunct of an "and" coordination of two or more parties ("Norland and Vesterland",
    not "former president and party member Ola Brandt": one person)? A singular pronoun never stands
    for one conjunct of a plural subject."""
    tok = coordination_head(tok)
    parts = conjuncts(tok)
    return len({ctx.actor_for_token(p) for p in parts} - {None}) > 1 and any(
        c.dep_ == "cc" and c.lower_ in pronoun_words().pair_coordinators for x in parts for c in x.children)


def fits(ctx: Context, t: Token, aid: str, word: str) -> bool:
    """Can the mention ``t`` of ``aid`` be the antecedent of pronoun ``word``?"""
    if not compatible(ctx, aid, word) and not singular_member(ctx, t, aid, word):
        return False
    return word in pronoun_words().plural_pronouns or not in_pair(ctx, t)
