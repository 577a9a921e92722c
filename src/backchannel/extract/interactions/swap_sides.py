"""The story's two sides told by its swap noun, where no talks, deal or clash name them.

Why: a prisoner-swap report often names its two sides only as the parties of the swap itself
("Norland and Vesterland carried out their largest prisoner exchange", "the exchange of captives
between Norland and Vesterland", "a swap between the two states") and tells every other act with
no party: "the swap, facilitated by Oman", "negotiations between the two nations", "the mediation
efforts". Without the sides, those acts either fall away or take whatever actor stands nearest
(a captive group, a ministry). Rule SWAP_NOUN_SIDES: the two side-kind actors (states, groups,
organisations: a person is one's envoy) named by the first swap noun's between-phrase, or as the
coordinated subject of the verb that does the swap, are the story's sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import PAIR, SOURCE, TARGET, Candidate, Record, is_marker
from backchannel.extract.interactions.custody import captive_state
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.swap_context import is_swap_noun, swap_partner, swap_words
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_subject
from backchannel.syntax.tree import VERB_POS

SWAP_NOUN_SIDES = "interactions.story_sides.swap_noun_sides"
SWAP_DONE = "interactions.swaps.swap_done"
SWAP_DONE_CAPTIVES = "interactions.swaps.swap_done_captives"

W = words()
# how far a swap noun may sit below the verb that does it ("carried out the exchange",
# "hailed as the largest exchange"), and the clause links a doer's verb may sit above it by
_CLIMB = ("dobj", "pobj", "prep", "attr", "oprd", "appos", "conj")
_CLAUSE_UP = ("ccomp", "xcomp", "conj")


def _between(d: Doc_, noun: Token) -> list[str]:
    """"a swap between A and B", "the exchange of captives between A and B": the between-phrase
    of the noun or of its of-phrase's object (the parser hangs it on either)."""
    heads = [noun] + [o for c in noun.children if c.dep_ == "prep" and c.lower_ == W.of_prep
                      for o in c.children if o.dep_ == "pobj"]
    return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == W.between_prep
            for o in c.children if o.dep_ == "pobj" for a in d.actors(o)]


def _doers(d: Doc_, noun: Token) -> list[str]:
    """"A and B carried out an exchange", "A and B have executed what is hailed as the largest
    exchange": the subject of the nearest verb above the noun, or of the clause that verb
    completes (one step up), when it names two parties."""
    v, steps = noun, 0
    while v.pos_ not in VERB_POS and v.dep_ in _CLIMB and v.head.i != v.i and steps < 4:
        v, steps = v.head, steps + 1
    if v.pos_ not in VERB_POS:
        return []
    for _ in range(2):
        s = logical_subject(v)
        found = d.actors(s) if s is not None else []
        if len(set(found)) >= 2 or v.dep_ not in _CLAUSE_UP or v.head.pos_ not in VERB_POS:
            return found
        v = v.head
    return []


def swap_noun_sides(d: Doc_, mediators: list[str]) -> list[str]:
    """Rule SWAP_NOUN_SIDES: the two sides the document's first two-party swap noun names (none:
    [])."""
    kinds = swap_words().side_kinds
    for tok in d.ctx.doc:
        if not is_swap_noun(tok):
            continue
        for found in (_between(d, tok), _doers(d, tok)):
            sides = [a for a in dict.fromkeys(found) if not is_marker(a) and a not in mediators
                     and getattr(d.ctx.actors.get(a), "kind", None) in kinds]
            if len(sides) == 2:
                return sides
    return []


def _side_list(d: Doc_, toks: list[Token]) -> list[str]:
    """The two sides named by ``toks``: two side-kind actors, or the story's pair for "both
    countries", "the two sides" (PAIR); anything else: []."""
    if any(d.is_pair_phrase(t) for t in toks):
        return [PAIR]
    kinds = swap_words().side_kinds
    found = [a for t in toks for a in d.actors(t) if not is_marker(a)
             and getattr(d.ctx.actors.get(a), "kind", None) in kinds]
    found = list(dict.fromkeys(found))
    return found if len(found) == 2 else []


def _of_captives(d: Doc_, noun: Token) -> bool:
    """A swap of people: no of-phrase, or one whose object is a captive noun or an actor ("an
    exchange of prisoners", not "an exchange of fire" or "of views")."""
    objs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == W.of_prep for o in c.children
            if o.dep_ == "pobj"]
    return all(o.lemma_.lower() in d.lex.settings.captive_nouns or d.actors(o, deep=False) for o in objs)


def done_by(d: Doc_, noun: Token) -> list[str]:
    """Rule SWAP_DONE: the two sides of a swap told as happening: a swap "between A and B" that is
    the subject of an event verb ("a swap between A and B came through", "took place"), or a swap
    that is the object of a doing verb (``doing_verbs``) whose subject names the two sides ("A and
    B carried out an exchange", "both countries conducted a prisoner swap", "A and B executed what
    is hailed as the largest exchange": one clause step up). A swap agreed, sought or discussed is
    no release told."""
    if not _of_captives(d, noun):
        return []
    w = swap_words()
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in d.lex.settings.event_verbs:
        return _side_list(d, [o for c in noun.children if c.dep_ == "prep" and c.lower_ == W.between_prep
                              for o in c.children if o.dep_ == "pobj"])
    v, steps = noun, 0
    while v.pos_ not in VERB_POS and v.dep_ in _CLIMB and v.head.i != v.i and steps < 4:
        v, steps = v.head, steps + 1
    for _ in range(2):
        if v.pos_ not in VERB_POS:
            return []
        if v.lemma_.lower() in w.doing_verbs:
            s = logical_subject(v)
            return _side_list(d, [s]) if s is not None else []
        if v.dep_ not in _CLAUSE_UP:
            return []
        v = v.head
    return []


def _swap_doers(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Frame spec ``swap_doers`` (rule SWAP_DONE, traced)."""
    out = done_by(d, tok)
    if out:
        raw.trace[SOURCE] = SWAP_DONE
    return out


def _captive_groups(d: Doc_) -> dict[str, list[str]]:
    """The report's captive groups by their own state ("five Norlandic prisoners": Norland): group
    actors whose first mention is headed by a noun of people held (``held_nouns``) and that carry a
    nationality."""
    out: dict[str, list[str]] = {}
    held_nouns = swap_words().held_nouns
    for a, act in d.ctx.actors.items():
        if act.kind != "group" or not act.mentions:
            continue
        m = act.mentions[0]
        span = d.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.lemma_.lower() not in held_nouns:
            continue
        state = captive_state(d, a)
        if state:
            out.setdefault(state, []).append(a)
    return out


def swap_done_captives(d: Doc_, recs: list[Record]) -> None:
    """Rule SWAP_DONE_CAPTIVES: each side of a swap told as done (SWAP_DONE) frees the other
    side's nationals: when the report names one captive group of that other side ("five
    Vesterlandic prisoners"), it is the release's captive (marked inferred); none or several: the
    captive stays unnamed. A side whose release the report tells elsewhere ("150 soldiers were
    returned from territory held by B") keeps that telling alone: the swap only summed it up
    (dropped from ``recs`` in place)."""
    from backchannel.extract.interactions.nominal import DEFAULT_AGENT  # (nominal imports the specs)
    done = [r for r in recs if r.type == "release" and r.target is None and r.source is not None
            and r.trace.get(SOURCE) in (SWAP_DONE, DEFAULT_AGENT) and is_swap_noun(r.trig)]
    told = {r.source for r in recs if r.type == "release" and not any(r is x for x in done)}
    recs[:] = [r for r in recs if not any(r is x for x in done) or r.source not in told]
    sides = {r.source for r in done if r.source is not None}
    if len(sides) != 2:
        return
    groups = _captive_groups(d)
    for r in done:
        other = next(s for s in sides if s != r.source)
        held = groups.get(other, [])
        if len(held) == 1 and r.source not in told:
            r.target = held[0]
            r.inferred.append(TARGET)
            r.trace[TARGET] = SWAP_DONE_CAPTIVES


# the specs this module gives the frame lexicon (with the swap context's partner, re-exported)
SWAP_SPECS = {"swap_doers": _swap_doers}
__all__ = ["SWAP_SPECS", "SWAP_DONE", "SWAP_DONE_CAPTIVES", "SWAP_NOUN_SIDES", "done_by", "swap_done_captives",
           "swap_noun_sides", "swap_partner"]
