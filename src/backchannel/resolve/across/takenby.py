"""Takers a report tells by the words around a group, not by an act (rule ``across.entities.taken_by``).

Why: the extractor gives a report's capture to an act only when a clause tells it; "Nigerian pupils taken by
gunmen", "pupils abducted by bandits" (a participle modifying the captives) and "concessions made to the
criminals who abducted them" (a relative clause) tell who took the captives without any act whose source is the
group, so the group had no part in the story (:mod:`.storyroles`) and never met the other reports' takers. A
second way: a report names its takers once by a word of their role ("the kidnappers", "their abductors") among
other heads; the extractor keeps that mention on the group, so any mention with a head of ``taker_heads`` says
the group is the takers.

Two constructions, each tied to the report's captives so that an object seized ("weapons seized by troops")
or a place attacked makes no taker:
- the passive agent: a captives group's mention, then at most auxiliaries ("who had been"), a capture
  participle, "by", fillers ("the", "armed"), then the group's mention;
- the relative: the group's mention, a relative ("who", "that"), auxiliaries, a capture verb, and as object a
  pronoun ("them") or a head of the report's captives ("the children").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol

from backchannel.resolve.across.names import norm, state_named

REACH = 80  # characters read before or after a mention: a construction longer than this is not one phrase
SENTENCE = 240  # characters read back for the sentence of a far agent (:func:`clause_agent`)
GAP = 9  # words at most between a far agent's participle and its "by" ("in Varn two winters back")
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


class TakerWords(Protocol):
    @property
    def taker_heads(self) -> frozenset[str]: ...
    @property
    def agent_preps(self) -> frozenset[str]: ...
    @property
    def agent_fillers(self) -> frozenset[str]: ...
    @property
    def auxiliaries(self) -> frozenset[str]: ...
    @property
    def relatives(self) -> frozenset[str]: ...
    @property
    def object_pronouns(self) -> frozenset[str]: ...
    @property
    def hold_words(self) -> frozenset[str]: ...
    @property
    def verb_stops(self) -> frozenset[str]: ...
    @property
    def hold_agents(self) -> frozenset[str]: ...
    @property
    def not_places(self) -> frozenset[str]: ...
    @property
    def shift_marks(self) -> frozenset[str]: ...
    @property
    def place_preps(self) -> frozenset[str]: ...
    @property
    def passive_auxiliaries(self) -> frozenset[str]: ...


def head_says_taker(mentions: Iterable[str], w: TakerWords) -> bool:
    """A mention of the group whose last word is a head of the takers' role ("The kidnappers")."""
    return any((toks := norm(m).split()) and toks[-1] in w.taker_heads for m in mentions)


def passive_agent(text: str, start: int, held_ends: list[int], w: TakerWords,
                  capture: Callable[[str], bool]) -> bool:
    """The mention starting at ``start`` is the agent of a capture participle right after a captives mention
    ("pupils abducted by bandits", "the children who had been kidnapped by armed men")."""
    low = text[max(0, start - REACH):start].lower()
    base = start - len(low)
    toks = [(m.group(), base + m.start(), base + m.end()) for m in WORD.finditer(low)]
    k = len(toks) - 1
    while k >= 0 and toks[k][0] in w.agent_fillers:
        k -= 1
    if k < 1 or toks[k][0] not in w.agent_preps or not capture(toks[k - 1][0]):
        return False
    j = k - 2
    while j >= 0 and toks[j][0] in w.auxiliaries:
        j -= 1
    return j >= 0 and any(toks[j][2] <= e <= toks[j + 1][1] for e in held_ends)  # the captives' last word


def clause_agent(text: str, span: tuple[int, int], held_ends: list[int], w: TakerWords,
                 people: Callable[[str], bool]) -> bool:
    """The mention at ``span`` is the agent of a capture told a few words before "by" in one clause
    (rule ``across.entities.taken_by``, the far form): a participle that takes people only ("26 villagers
    abducted near Varn two winters back by gunmen", "the pupils were on Sunday evening kidnapped by bandits"), or
    a participle of holding after an auxiliary with the captives before it in the sentence and an armed band as
    its agent ("the hostages were freed after being held for months by armed men").

    Why the verb "by" attaches to: the agent is the agent of the last verb before "by", so the walk back from "by"
    stops at the first verb-like word (a participle, "-ed" or irregular: ``verb_stops``; an auxiliary; "and"):
    "the kidnapped pupils were found by soldiers" and "pupils abducted last week and freed by the army" name no
    takers. Why a band for holding: "held"/"kept" by teachers, police or a court is custody, not a capture."""
    start = span[0]
    before = text[max(0, start - SENTENCE):start]
    clause = re.split(r"[,;:.!?()\n\u201c\u201d\"]", before)[-1].lower()
    toks = WORD.findall(clause)
    k = len(toks) - 1
    while k >= 0 and toks[k] in w.agent_fillers:
        k -= 1
    if k < 1 or toks[k] not in w.agent_preps:
        return False
    for p in range(k - 1, max(-1, k - 1 - GAP), -1):
        tok = toks[p]
        if people(tok):
            return True
        if tok in w.hold_words:
            base = start - len(re.split(r"[.!?]\s", before)[-1])  # the sentence's start
            return (p > 0 and toks[p - 1] in w.auxiliaries and any(base <= e < start for e in held_ends)
                    and hold_agent(text[span[0]:span[1]], w))
        if tok.endswith("ed") or tok in w.verb_stops or tok in w.auxiliaries:
            return False
    return False


def hold_agent(mention: str, w: TakerWords) -> bool:
    """A mention headed by a word of an armed band or of takers ("rebels", "armed men", "the kidnappers";
    ``takers.hold_agents``): who may hold captives, as a school or a court may hold pupils or suspects."""
    toks = WORD.findall(mention.lower())
    return bool(toks) and (toks[-1] in w.hold_agents or toks[-1] in w.taker_heads)


def relative_capture(text: str, end: int, held_heads: frozenset[str], w: TakerWords,
                     capture: Callable[[str], bool]) -> bool:
    """The mention ending at ``end`` is the subject of a relative clause of capture whose object is the captives
    ("the criminals who abducted them", "gunmen that seized the pupils")."""
    toks = WORD.findall(text[end:end + REACH].lower())
    if not toks or toks[0] not in w.relatives:
        return False
    k = 1
    while k < len(toks) and toks[k] in w.auxiliaries:
        k += 1
    if k >= len(toks) or not capture(toks[k]):
        return False
    rest = [t for t in toks[k + 1:k + 4] if t not in w.agent_fillers]
    return bool(rest) and (rest[0] in w.object_pronouns or rest[0] in held_heads)


def told_taker(text: str, spans: list[tuple[int, int]], held_ends: list[int], held_heads: frozenset[str],
               w: TakerWords, capture: Callable[[str], bool], people: Callable[[str], bool]) -> bool:
    """One of the constructions holds for one of the group's mentions (``spans``); ``people``: a word of a
    capture that takes people only ("kidnapped", never "seized")."""
    return any(passive_agent(text, s, held_ends, w, capture) or relative_capture(text, e, held_heads, w, capture)
               or clause_agent(text, (s, e), held_ends, w, people) for s, e in spans)


SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+")
CLAUSE_END = re.compile(r"[,;:.!?()\n]")
PLACE = re.compile(r"\b([a-z]+)\s+(?:the\s+)?([A-Z][a-z]+)")


def sentence_of(text: str, at: int) -> int:
    """The index of the sentence holding offset ``at``."""
    return sum(1 for m in SENTENCE_END.finditer(text, 0, at))


def band_in_story(text: str, spans: list[tuple[int, int]], held_spans: list[tuple[int, int]],
                  held_places: frozenset[str], w: TakerWords) -> bool:
    """A report's one armed band is told inside the story of its captives (rule ``across.entities.sole_taker``):
    one of its mentions lies in a captive mention's sentence or the one before or after, its sentence opens with
    no mark of another story ("Separately", "Elsewhere": ``takers.shift_marks``), it is not the patient of a
    passive ("armed men guarding the camp were killed by the army") and its clause names no place ("in
    Vesterland") other than the captives'. Why: a report of a release may tell of another band's raid elsewhere."""
    near = {sentence_of(text, s) for s, _ in held_spans}
    for s, e in spans:
        at = sentence_of(text, s)
        if not near & {at - 1, at, at + 1}:
            continue
        opening = SENTENCE_END.split(text[:s])[-1].lower()
        if WORD.findall(opening)[:1] and WORD.findall(opening)[0] in w.shift_marks or \
                any(opening.startswith(m + " ") for m in w.shift_marks):
            continue
        after = CLAUSE_END.split(text[e:e + REACH])[0]
        toks = WORD.findall(after.lower())
        if any(t in w.passive_auxiliaries and "by" in toks[k + 1:k + 4] for k, t in enumerate(toks)):
            continue
        clause = CLAUSE_END.split(text[max(0, s - REACH):s])[-1] + text[s:e] + after
        told = {p for m in PLACE.finditer(clause) if m.group(1) in w.place_preps and not state_named(m.group(2))
                and (p := m.group(2).lower()) not in w.not_places}
        if told - held_places:
            continue
        return True
    return False
