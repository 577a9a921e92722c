"""Number agreement for a plural pronoun ("they", "them", "their"), for the resolver in
:mod:`backchannel.resolve.coref`.

Why: the resolver's candidates are the actor mentions, so a plural pronoun whose antecedent is a
plural phrase that is no single mention ("Anna Berg and Jo Lind ... they were seized", "the leaders of
Ostland and Westmark said their talks", "the two sides ... they") or no party at all ("two Ostland
soldiers ... they", "the monks ... they were flown home") fell to the nearest singular state or body, often a
nationality adjective ("Ostland soldiers"), and the act went to the wrong side. Here the noun phrases
themselves are ranked as the resolver ranks mentions (in the pronoun's sentence clause by clause
outwards, after Hobbs; in the sentences before, the main clause's subject first, then subjects, then the
nearest), and the first that can be plural decides: a coordination of parties (all of them), a plural
phrase of a party (that party), a plural head owned by parties ("the leaders of A and B": A and B), a
pair anaphor ("the two", "both countries": the nearest coordination of that many parties), a plural
of people that names no party (nothing: the pronoun stays unresolved, never the farther state). A
singular body ("Ostland", "the Front") can be "they" as well as "it": then the singular search decides.
A modifier ("Ostland soldiers", "Ostland's envoys") is never the referent; nor a plural of things
("the talks", "sanctions"), which is passed over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Token

from backchannel.context import Context
from backchannel.data_loader import loader
from backchannel.resolve.captivity import role
from backchannel.resolve.coref_plural import plural_party
from backchannel.resolve.pronoun_fit import RELATIVE_TAGS, according_to, pronoun_words
from backchannel.syntax.tree import NOUN_POS, PLURAL_TAGS, VERB_POS, clause_chain, conjuncts, head_depth

COORDINATION = "coref.number.plural_coordination"
PLURAL_PHRASE = "coref.number.plural_phrase"
OWNED_HEAD = "coref.number.owned_head"
PAIR_NUMERAL = "coref.number.pair_numeral"
WITH_COMPANIONS = "coref.number.with_companions"
#: ``ctx.notes`` key: a plural pronoun's token index -> (rule id, the actors it was read as), when the
#: reading differs from the singular search's (read by the interactions' trace)
NUMBER_READINGS = "coref_number"


@dataclass(frozen=True)
class NumberWords:
    """``data/coref_number.toml`` [number]."""

    argument_deps: frozenset[str]
    modifier_deps: frozenset[str]
    no_party_entities: frozenset[str]
    people_heads: frozenset[str]
    side_heads: frozenset[str]
    owner_preps: frozenset[str]
    numeral_words: dict[str, int]
    companion_words: frozenset[str]
    head_kinds: dict[str, str]


number_words = loader(NumberWords, "coref_number.toml", "number")


class Reading(NamedTuple):
    """What a plural pronoun stands for: its actors (none: a plural of no party) and the rule."""

    actors: list[str]
    rule: str


_SKIP = Reading([], "")


def plural_reading(ctx: Context, tok: Token, sent_starts: list[int], back: int,
                   blocked: set[int], inside_quote: Callable[[int], bool]) -> Reading | None:
    """The reading of the plural pronoun ``tok`` by the nearest phrase that agrees with it in number, or
    None when that phrase is a singular body or there is none (the singular search then decides)."""
    for t in _ranked(ctx, tok, sent_starts, back):
        if t.i in blocked or inside_quote(t.idx) or _other_role(tok, t) or according_to(t):
            continue
        r = _reading(ctx, t, sent_starts, tok)
        if r is None or r.rule:
            return r
    return None


def _other_role(tok: Token, t: Token) -> bool:
    """A captive is never its captor's pronoun ("Gunmen seized the monks. They were freed")."""
    a, b = role(tok), role(t)
    return a is not None and b is not None and a != b


def _phrase(t: Token) -> bool:
    """Can ``t`` head an antecedent: an argument, not a modifier, a conjunct or a date."""
    w = number_words()
    if t.dep_ not in w.argument_deps or t.pos_ not in (*NOUN_POS, "NUM", "PRON"):
        return False
    return t.pos_ == "NUM" or t.ent_type_ not in w.no_party_entities


def _ranked(ctx: Context, tok: Token, sent_starts: list[int], back: int) -> Iterator[Token]:
    """Noun phrases before ``tok`` in the resolver's order of salience."""
    seen: set[int] = set()
    chain = clause_chain(tok)
    fronted = _fronted_subject(ctx, tok, chain)
    if fronted is not None:  # "Angered by their exclusion, the monitors left": the subject after
        seen.add(fronted.i)
        yield fronted
    possessive = tok.dep_ == "poss"
    own = chain[0] if chain else None
    for h in chain:
        if h is own and not possessive:
            continue  # a co-argument is never a non-possessive pronoun's antecedent
        inside = [t for t in tok.doc[h.left_edge.i:tok.i] if _phrase(t) and t.i not in seen
                  and (not possessive or t.dep_ in ("nsubj", "nsubjpass"))
                  and not (h is own and t.tag_ in RELATIVE_TAGS)]  # "gunmen who stormed their school"
        for t in sorted(inside, key=lambda x: (head_depth(x, h), x.i)):
            seen.add(t.i)
            yield t
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        if t.i not in seen and _phrase(t) and not (own is not None and not possessive and _same(_clause_of(t), own)):
            seen.add(t.i)
            yield t
    k = max(i for i, s in enumerate(sent_starts) if s <= tok.i)
    for s in range(k - 1, max(k - 1 - back, -1), -1):
        sent = tok.doc[sent_starts[s]].sent
        phrases = [t for t in reversed(sent) if _phrase(t)]
        subjects = [t for t in phrases if t.dep_ in ("nsubj", "nsubjpass")]
        yield from [t for t in subjects if t.head.dep_ == "ROOT"] + \
            [t for t in subjects if t.head.dep_ != "ROOT"] + [t for t in phrases if t not in subjects]


def _fronted_subject(ctx: Context, tok: Token, chain: list[Token]) -> Token | None:
    """The subject after a fronted adverbial clause or phrase that holds ``tok`` ("Angered by their
    exclusion, the monitors ...", "After their talks, the two sides ..."), read first: a pronoun looks
    forward from a clause below the one its antecedent governs."""
    for h in chain:
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i <= tok.i:
            continue
        branch = next((c for c in h.children if c.left_edge.i <= tok.i <= c.right_edge.i), None)
        ok = branch is not None and branch.dep_ in ("advcl", "prep", "npadvmod") and branch.i < subj.i
        return subj if ok and _phrase(subj) and plural_party(ctx, subj) else None  # not "the hostages' families"
    return None


def _members(ctx: Context, parts: list[Token]) -> list[str | None]:
    """The actors of a coordination's conjuncts; a conjunct that runs on into the next with nothing between
    ("A and Ostland Prime Minister B": "Ostland" taken for a conjunct) is that next one's."""
    out: list[str | None] = []
    for k, p in enumerate(parts):
        nxt = parts[k + 1] if k + 1 < len(parts) else None
        if nxt is not None and nxt.left_edge.i == p.right_edge.i + 1:
            continue
        out.append(ctx.actor_for_token(p))
    return out


def _same(a: Token | None, b: Token | None) -> bool:
    """The same token (spaCy makes a new object on every access)."""
    return a is not None and b is not None and a.i == b.i


def _clause_of(t: Token) -> Token | None:
    """The nearest verb (or root) above ``t``."""
    chain = clause_chain(t)
    return chain[0] if chain else None


def _reading(ctx: Context, t: Token, sent_starts: list[int], tok: Token) -> Reading | None:
    """The reading ``t`` gives a plural pronoun; ``_SKIP`` when it cannot be its antecedent."""
    w, pw = number_words(), pronoun_words()
    if t.pos_ == "PRON":
        return _pronoun_reading(ctx, t, sent_starts, tok)
    if t.lower_ in w.numeral_words and not any(c.dep_ == "prep" for c in t.children):
        return _pair(ctx, t, w.numeral_words[t.lower_], sent_starts, None)  # "the two", "both"
    parts = conjuncts(t)
    if len(parts) > 1 and any(c.dep_ == "cc" and c.lower_ in pw.pair_coordinators for x in parts for c in x.children):
        members = _members(ctx, parts)
        live = list(dict.fromkeys(m for m in members if m))
        if len(live) == len(members) and any(not getattr(ctx.actors.get(m), "named", False) for m in live):
            return None  # an unnamed conjunct ("envoys of A and the rebels"): the singular search decides
        if (leader := _leader(ctx, parts, members)) is not None:
            return Reading([leader], WITH_COMPANIONS)
        reading = Reading(live if len(live) == len(members) and len(live) > 1 else [], COORDINATION)
        return _nearer_plural(ctx, parts[-1], tok) or reading
    aid = ctx.actor_for_token(t)
    plural = t.tag_ in PLURAL_TAGS
    if plural and len(owners := _owners(ctx, t)) > 1:
        return Reading(owners, OWNED_HEAD)  # "the leaders of A and B": both sides, not one group
    if aid is not None:
        kind = getattr(ctx.actors.get(aid), "kind", None)
        if plural:
            return Reading([aid], PLURAL_PHRASE)
        return _SKIP if kind == "person" else None  # a singular body: "it" or "they", the singular search decides
    if not plural or t.pos_ not in NOUN_POS:
        return _SKIP
    low = t.lower_
    if low in w.side_heads and (n := _pair_modifier(t)):
        return _pair(ctx, t, n, sent_starts, w.head_kinds.get(low))
    if low in w.people_heads or low in w.side_heads or low in pw.plural_party_heads or t.pos_ == "PROPN":
        owners = _owners(ctx, t)
        if not owners and low in w.side_heads and low not in w.people_heads:
            return None  # "the parties ... they": the phrase for the sides, whose reading the older search gives
        return Reading(owners, OWNED_HEAD) if owners else Reading([], PLURAL_PHRASE)
    return _SKIP  # a plural of things ("the talks")


def _pronoun_reading(ctx: Context, t: Token, sent_starts: list[int], tok: Token) -> Reading | None:
    """An earlier plural pronoun continues: its reading again; a singular pronoun is no antecedent."""
    if t.tag_ in ("WP", "WDT") and t.head.dep_ == "relcl" and t.head.head.pos_ in NOUN_POS:
        return _reading(ctx, t.head.head, sent_starts, tok)  # "guards who lost their posts": the noun the clause is on
    if t.lower_ not in pronoun_words().plural_pronouns:
        return _SKIP
    notes = ctx.notes.get(NUMBER_READINGS)
    if isinstance(notes, dict) and t.i in notes:
        rule, actors = notes[t.i]
        return Reading(list(actors), rule)
    return None


def _leader(ctx: Context, parts: list[Token], members: list[str | None]) -> str | None:
    """ "Anna Berg and three other men", "Anna Berg and her men": a named person coordinated with unnamed
    companions (a plural of people with "other" or a possessive pronoun) is the one a plural pronoun's
    act is told of; else None."""
    if len(parts) < 2 or not members[0] or getattr(ctx.actors.get(members[0]), "kind", None) != "person":
        return None
    w, pw = number_words(), pronoun_words()
    for p in parts[1:]:
        marked = any(c.lower_ in w.companion_words or c.dep_ == "poss" and c.lower_ in pw.male_pronouns | pw.female_pronouns
                     for c in p.children)
        if p.tag_ not in PLURAL_TAGS or not marked or getattr(ctx.actors.get(ctx.actor_for_token(p) or ""), "named", False):
            return None
    return members[0]


def _nearer_plural(ctx: Context, end: Token, tok: Token) -> Reading | None:
    """A plural of people or of a party between a coordination and the pronoun is the nearer antecedent
    ("A and B sent envoys to C, and it released them": the envoys), unless it is the subject of the
    pronoun's own verb ("A and B said the rebels had attacked them")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    own = _clause_of(tok) if tok.dep_ != "poss" else None
    for t in tok.doc[end.right_edge.i + 1:tok.i]:
        if t.tag_ not in PLURAL_TAGS or not _phrase(t) or t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i \
                or own is not None and _same(_clause_of(t), own):
            continue  # (an argument of the pronoun's own clause is never its antecedent)
        aid = ctx.actor_for_token(t)
        if aid is not None or t.lower_ in number_words().people_heads or t.lower_ in pronoun_words().plural_party_heads:
            return Reading([aid] if aid else [], PLURAL_PHRASE)
    return None


def _pair_modifier(t: Token) -> int:
    """The count a pair word on ``t`` gives ("the two sides", "both countries"), else 0."""
    nums = number_words().numeral_words
    return next((nums[c.lower_] for c in t.children if c.dep_ in ("nummod", "det", "predet", "amod")
                 and c.lower_ in nums), 0)


def _owners(ctx: Context, t: Token) -> list[str]:
    """ "the leaders of A and B", "officials from A": the parties an of/from phrase on ``t`` names."""
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ in number_words().owner_preps:
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            got = [ctx.actor_for_token(c) for c in conjuncts(obj)] if obj is not None else []
            if got and all(got):
                return list(dict.fromkeys(a for a in got if a))
    return []


def _pair(ctx: Context, t: Token, n: int, sent_starts: list[int], kind: str | None) -> Reading:
    """A pair anaphor ("the two", "both sides"): the nearest coordination of ``n`` parties (of ``kind``
    when the head asks one: "the two men", "both countries") before it, in its sentence or the two
    before; none found leaves the pronoun unresolved."""
    k = max(i for i, s in enumerate(sent_starts) if s <= t.i)
    lo = sent_starts[max(k - 2, 0)]
    for x in reversed(t.doc[lo:t.i]):
        if x.dep_ == "conj" or len(parts := conjuncts(x)) < 2:
            continue
        got = _members(ctx, parts)
        if len(got) == n and all(got) and len(set(got)) == n and (kind is None or all(
                getattr(ctx.actors.get(a or ""), "kind", None) == kind for a in got)):
            return Reading(list(dict.fromkeys(a for a in got if a)), PAIR_NUMERAL)
    return Reading([], PAIR_NUMERAL)


def number_traced(ctx: Context, first: int, end: int) -> dict[str, set[str]]:
    """Rule id -> the actors of the plural pronouns between token ``first`` and ``end`` that this module
    read otherwise than the singular search (for the interactions' trace)."""
    notes = ctx.notes.get(NUMBER_READINGS)
    out: dict[str, set[str]] = {}
    for i, (rule, actors) in notes.items() if isinstance(notes, dict) else ():
        if first <= i < end:
            out.setdefault(rule, set()).update(actors)
    return out
