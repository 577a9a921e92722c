"""The two sides of reciprocal acts, where the text tells them away from the act itself.

Why: symmetric acts (talks, fighting, meetings, agreements) are often told with their parties
somewhere other than on the act's own word. "Fighting broke out between A and B" and "talks
resumed between A and B" hang the between-phrase on the clause's verb, not on the act noun
(rule CLAUSE_BETWEEN); "the start of fighting between A and B" hangs it on the phase noun (rule
ASPECT_NOUN, kept under its older id). Each rule only says where the two parties stand; the
frame's own specs read them as they read a between-phrase on the noun.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import OTHER, PAIR, Candidate, Flag, Record, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.story import affiliations, first_mention, is_press
from backchannel.extract.interactions.words import words
from backchannel.syntax.tree import NOUN_POS, NSUBJ_DEPS, VERB_POS, measured, prep_objects

W = words()
ASPECT_NOUN = "interactions.specs.aspect_noun_arguments"  # arguments hung on "the start of" the act
CLAUSE_BETWEEN = "interactions.reciprocal.clause_between"
# the rules that fill an end from the story's sides (expand's STORY_SIDES, STATE_SIDES, OTHER_SIDE)
FROM_STORY = ("interactions.expand.story_sides", "interactions.expand.state_sides", "interactions.expand.other_side")


def borrowed_objects(tok: Token, prep: str) -> tuple[list[Token], str | None]:
    """Objects of ``prep`` that an act noun ``tok`` with none of its own takes from the words
    around it, and the rule that found them (none: ``([], None)``).

    Rule ASPECT_NOUN: the act noun is the of-object of a phase noun ("the outbreak of fighting
    between A and B"): the phase noun's phrases. Rule CLAUSE_BETWEEN: the act noun is the subject
    of its clause's verb of occurring (``occurrence_verbs``: "fighting erupted between A and B", "talks were
    held between A and B", "a round of talks was held between A and B"; never "the talks moved between two
    capitals"): the verb's between-phrase, when the verb has no
    object of its own but an occurrence word ("took place"; in "the talks produced a truce between
    A and B" the between-phrase is the truce's)."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == W.of_prep and h.head.lemma_.lower() in W.aspect_nouns:
        objs = prep_objects(h.head, prep)
        return (objs, ASPECT_NOUN) if objs else ([], None)
    if tok.dep_ == "pobj" and h.lower_ == W.of_prep and (m := measured(h.head)) is not None and m.i == tok.i:
        tok, h = h.head, h.head.head  # "a round of talks was held between A and B": the measure is subject
    if prep != W.between_prep or tok.dep_ not in NSUBJ_DEPS or h.i == tok.i or h.pos_ not in VERB_POS \
            or h.lemma_.lower() not in W.occurrence_verbs \
            or any(c.dep_ in ("dobj", "attr", "oprd") and c.lemma_.lower() not in W.occurrence_objects
                   for c in h.children):
        return [], None
    objs = prep_objects(h, prep)
    return (objs, CLAUSE_BETWEEN) if objs else ([], None)


PHRASE_SIDES = "interactions.reciprocal.phrase_sides"
PHRASE_SIDES_LOOKBACK = 2  # sentences before the act (a paragraph of news is one to three)


def phrase_sides(d: Doc_, r: Candidate, pair: list[str], mediators: list[str]) -> list[str]:
    """Rule PHRASE_SIDES: the sides an act told with a phrase for the two sides ("both sides
    agreed", "talks between the two countries", "the two have agreed") stands for, when the story
    has no two sides of its own: the pair told nearest before it. A sentence tells a pair when it
    names two parties as one act's two ends ("A accused B") or coordinates them ("A and B are at
    odds"); the search runs from the act's own sentence back over at most
    ``PHRASE_SIDES_LOOKBACK`` sentences and stops at the first that tells any pair: exactly one
    pair there is the antecedent, two different pairs (or an act of three parties) are none. Parties are named, no mediator or
    press, and a ministry or a person counts as the body or state it belongs to.
    Evidence-bounded on purpose: a story-wide guess of the sides read rows up and blind rows down
    (session 38's story sides)."""
    if len(pair) == 2 and Flag.PAIR_STATES in r.pending:
        return pair_kind(d, r, pair, mediators)
    if len(pair) == 2 or Flag.PAIR_PHRASE not in r.pending and not partyless(r):
        return pair
    si = d.sent_index(r.trig)
    lookback = PHRASE_SIDES_LOOKBACK if Flag.PAIR_PHRASE in r.pending else 0  # (a partyless act: its own sentence)
    for back in range(lookback + 1):
        if si - back < 0:
            break
        pairs = _told_pairs(d, r, si - back, mediators, Flag.PAIR_PHRASE not in r.pending)
        if pairs:
            two = pairs.pop() if len(pairs) == 1 else frozenset()
            return sorted(two, key=lambda a: first_mention(d.ctx, a)) if len(two) == 2 else pair
    return pair


PAIR_KIND = "interactions.reciprocal.pair_kind"


def pair_kind(d: Doc_, r: Candidate, pair: list[str], mediators: list[str]) -> list[str]:
    """Rule PAIR_KIND: a phrase that asks for two states ("both countries", "the two nations",
    ``pair_state_lemmas``) does not stand for a story pair of persons or groups (a captive and
    the family that met him, two negotiators): it stands for the states of that pair (each
    member's body or state at the top of its affiliations), else for the one pair of two named
    states told nearest before the act (as :func:`phrase_sides` reads one, at most
    ``PHRASE_SIDES_LOOKBACK`` sentences back). Neither found: the story's pair stays."""
    if _states(d, pair):
        return pair
    lifted = [_top(d, a) for a in pair]
    if _states(d, lifted) and len(set(lifted)) == 2:
        return lifted
    si = d.sent_index(r.trig)
    for back in range(PHRASE_SIDES_LOOKBACK + 1):
        if si - back < 0:
            break
        pairs = {p for p in _told_pairs(d, r, si - back, mediators) if _states(d, list(p))}
        if len(pairs) == 1:
            return sorted(pairs.pop(), key=lambda a: first_mention(d.ctx, a))
    return pair


def _states(d: Doc_, ps: list[str]) -> bool:
    """Are all of ``ps`` states?"""
    return bool(ps) and all(getattr(d.ctx.actors.get(a), "kind", None) == "state" for a in ps)


PARTYLESS_SIDES = "interactions.reciprocal.partyless_sides"


def partyless(r: Candidate) -> bool:
    """Rule PARTYLESS_SIDES: a symmetric act that names no party at all, only the story's sides to
    be filled in ("talks will go ahead despite fears that A sent troops against B", "A and B ended a
    standoff after two days of talks"), takes the one pair its own sentence tells, as
    :func:`phrase_sides` reads one for "both sides", when the story has no sides of its own. Only its
    own sentence: a phrase for the two sides refers back to a pair, a bare "the meetings" or "for
    negotiations" does not (read data: the pair of a sentence before was another story's two times
    in three). Its parties are inferred (traced to this rule)."""
    ends = r.sources + r.targets
    return r.frame.symmetric and bool(ends) and all(is_marker(a) for a in ends) \
        and set(ends) <= {PAIR, OTHER}


def _told_pairs(d: Doc_, r: Candidate, si: int, mediators: list[str], opposed: bool = False
                ) -> set[frozenset[str]]:
    """The pairs sentence ``si`` tells: the two named ends of an act found there, and two named
    parties coordinated in one phrase (``r`` itself left out); an act of three or more named
    parties adds all of them, which makes the sentence tell no one pair. With ``opposed`` (rule
    PARTYLESS_SIDES), parties acting together are no pair: the co-subjects (or co-objects) of a
    one-way act ("A and B attacked the talks", "X urged A and B") stand on one side of it."""
    out: set[frozenset[str]] = set()
    joint: set[int] = set()
    for c in d.built:
        if c is not r and d.sent_index(c.trig) == si:
            named = [a for a in c.sources + c.targets if not is_marker(a)]
            if opposed and _one_way(c):
                joint.add(c.trig.i)
                if not (_named(c.sources) and _named(c.targets)):
                    continue
            two = _two(d, named, mediators)
            if two or len(set(named)) > 2:  # (an act of three parties tells no pair: "A met B and C")
                out.add(two or frozenset(named))
    for t in d.sents[si]:
        if t.dep_ != "conj" and any(c.dep_ == "conj" for c in t.children) and t.pos_ in NOUN_POS \
                and not (opposed and _joint_or_between(t, joint)):
            two = _two(d, d.actors(t, deep=False), mediators)
            if two:
                out.add(two)
    return out


def _joint_or_between(t: Token, joint: set[int]) -> bool:
    """Is the coordination ``t`` no pair for a partyless act: the co-subjects or co-objects of a
    one-way act (``joint``: its triggers), or the object of a "between" that no frame read as an
    act's parties ("the talks moved between <capital> and <capital>": places; where a frame did read
    it, "clashes between A and B", the act's own two ends tell the pair)?"""
    if t.head.i in joint and t.dep_ in NSUBJ_DEPS | {"dobj"}:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == W.between_prep


def _one_way(c: Candidate) -> bool:
    """Is ``c`` an act of one party on another (an attack on the talks, a demand), not one the
    two take part in together (talks, a meeting, a deal, clashes)?"""
    return not (c.frame.symmetric or c.frame.mutual)


def _named(ends: list[str]) -> list[str]:
    return [a for a in ends if not is_marker(a)]


def _two(d: Doc_, parties: list[str], mediators: list[str]) -> frozenset[str] | None:
    """Exactly two named parties, each as the body or state at the top of its affiliations, no
    mediator (or a mediator's member) and no press; else none."""
    held = set(mediators)
    out = {_top(d, a) for a in parties if getattr(d.ctx.actors.get(a), "named", False)
           and a not in held and not set(affiliations(d.ctx, a)) & held and not is_press(d.ctx, a)}
    return frozenset(out) if len(out) == 2 and len(parties) == len(set(parties)) <= 2 else None


def with_phrase_sides(d: Doc_, r: Candidate, pair: list[str], mediators: list[str],
                      build: Callable[[list[str]], list[Record]]) -> list[Record]:
    """The records ``build`` makes of ``r`` with the sides :func:`phrase_sides` gives, the ends
    filled from them traced to PHRASE_SIDES rather than to the story's sides."""
    sides = phrase_sides(d, r, pair, mediators)
    recs = build(sides)
    if sides is not pair:
        rule = PAIR_KIND if len(pair) == 2 else PHRASE_SIDES if Flag.PAIR_PHRASE in r.pending else PARTYLESS_SIDES
        for rec in recs:
            for k, v in list(rec.trace.items()):
                if v in FROM_STORY:
                    rec.trace[k] = rule
    return recs


def _top(d: Doc_, a: str) -> str:
    """The body or state at the top of ``a``'s affiliations ("Manila's foreign ministry" ->
    the Philippines): the side a member of it stands for."""
    chain = affiliations(d.ctx, a)
    return chain[-1] if chain else a
