"""Counts of people a report tells as parts of one group (rule ``across.links.count_parts``).

Why: a report often counts a group in parts: "the five freed Lorvians and two of their relatives are on
their way" (seven people, five of them freed), "the three sailors, along with two Lorvians who were not
named" (five, two of them unnamed), "two would stay in Castel and one detainee would go home". Read
alone, each part looks like a count of the group, and another report's count of the whole ("seven Lorvians
flew home", "five Lorvians were freed") seems to dispute it. A count listed beside another count of people
of the same sentence (a joiner right before the second: "and", "along with", ``joiners`` of
data/across_parts.toml), both of one side or one of no side, is a part; so is a partitive ("two of the five
prisoners"). A part is never compared as the count of its group; and when a report lists as a part a
figure another report gives, the two reports agree on it, so that report's other counts of the group
count another whole (with the relatives, the unnamed), not the same one told differently.

Not a part: a count of "other" or "more" people ("along with four other Lorvians": the count adds to the
whole, rule ``across.links.count_others``), two counts of two sides ("40 Lorvians and 47 Castelians", each
side's own count), nor a count whose joiner opens a clause ("and Castel freed 47 Lorvians").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from backchannel.alternation import alternation
from backchannel.data_loader import loader, read
from backchannel.model import Dossier
from backchannel.resolve.across.captivecounts import captive_words
from backchannel.resolve.across.countwords import count_words
from backchannel.resolve.across.names import norm, state_named
from backchannel.resolve.across.quantities import number_words
from backchannel.resolve.across.words import words

FILE = "across_parts.toml"
REACH = 4  # words after a number in which the person it counts is sought ("two of their family members")
#: where a list stops: a sentence's end (not the stop of an initial, "U.S. citizens") or a semicolon
STOP = re.compile(r"(?=[!?;.])(?:[!?;]\s+|(?<![A-Z])\.\s+(?=[A-Z“\"]))")  # (the look-ahead: a stop's sign first)
WORD = re.compile(r"[A-Za-z][\w'’.-]*|[^\sA-Za-z]")  # a word ("U.S." one), or a sign


@dataclass(frozen=True)
class PartWords:
    joiners: tuple[str, ...]
    between: frozenset[str]
    persons: frozenset[str]
    partitive_leads: tuple[str, ...]
    partitive_dets: tuple[str, ...]


part_words = loader(PartWords, FILE, "parts")


@cache
def split_persons() -> frozenset[str]:
    """Person words of kinds of people (rule ``across.links.count_split``, ``split.persons``): "80 soldiers and 20
    civilians" is a list of parts too."""
    return frozenset(read(FILE)["split"]["persons"])


@dataclass(frozen=True)
class PeopleCount:
    """A count of people in a sentence: the number's offsets, the end of its person word, its side (a state)."""

    start: int
    end: int
    noun_end: int
    side: str | None
    other: bool  # "four other Lorvians": adds to a group (count_others)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    pw = part_words()
    number = re.compile(rf"\b(?:\d[\d,]*|{number_words()})\b", re.I)
    joined = re.compile(rf"\b(?:{alternation(pw.joiners)})(?:\s+(?:{alternation(pw.between)}))?\s*$", re.I)
    partitive = re.compile(rf"\s+(?:{alternation(pw.partitive_leads)})\s+(?:{alternation(pw.partitive_dets)})\b",
                           re.I)
    return number, joined, partitive


@cache
def _qualified() -> re.Pattern[str]:
    """A joiner and a count's qualifier ("and at least six civilians"): rule ``across.links.count_part_lead``."""
    w = words()
    quals = alternation([*w.over, *w.about, *w.under, *w.ceiling])
    return re.compile(rf"\b(?:{alternation(part_words().joiners)})\s+(?:{quals})\s*$", re.I)


def _joined(text: str, prev: PeopleCount, cur: PeopleCount) -> bool:
    """``cur`` listed right after ``prev``: a joiner before it (module doc); one with a qualifier ("230 soldiers and
    at least six civilians") only between two kinds of people, since "3,000 detainees held by A and up to 400
    detainees held by B" counts two groups. Not past a lead word (:func:`_leads`)."""
    if _leads().search(text, prev.noun_end, cur.start):
        return False
    if _patterns()[1].search(text, prev.noun_end, cur.start):
        return True
    head = text[:prev.noun_end].split()[-1:], text[:cur.noun_end].split()[-1:]
    return bool(_qualified().search(text, prev.noun_end, cur.start)) and head[0] != head[1]


@cache
def _leads() -> re.Pattern[str]:
    """Rule ``across.links.count_part_lead``: a lead word (``split.leads``) between two counts of people makes the second
    a part OF the first ("230 Lorvians, including soldiers and six civilians"), not a part beside it: no list."""
    return re.compile(rf"\b(?:{alternation(read(FILE)['split']['leads'])})\b", re.I)


@cache
def _people() -> frozenset[str]:
    """The people heads of both count rules, joined once (:func:`_person` reads them for every word it weighs)."""
    return frozenset(count_words().people | captive_words().people)


def _person(word: str, states: frozenset[str]) -> str | None:
    """"" for a person word with no side (a people head of either count rule, or its singular) ("detainees", "relatives", "one detainee"); the state a demonym names
    ("Lorvians", "Lorvian"); None for any other word."""
    low = word.lower()
    people = _people()
    if low in people or low + "s" in people or low in part_words().persons or low in split_persons():
        return ""
    return state_named(word, states)


def people_counts(text: str, lo: int, hi: int, states: frozenset[str] = frozenset()) -> list[PeopleCount]:
    """Every count of people in ``text[lo:hi]``: a number with a person word at most ``REACH`` words after it,
    no other number and no punctuation between."""
    number = _patterns()[0]
    out: list[PeopleCount] = []
    for m in number.finditer(text, lo, hi):
        if out and m.start() < out[-1].noun_end:
            continue  # "20 and 30 pupils": one count, read already
        named = None  # a state a word before the person word names ("five U.S. citizens")
        for k, w in enumerate(WORD.finditer(text[m.end():hi])):
            word = re.sub(r"['’]s$", "", w.group(0).rstrip("."))
            if k >= REACH or not word[:1].isalpha() or number.fullmatch(word):
                break
            side = _person(word, states)
            if side is None and len(word) > 3 and word.lower().endswith("s"):
                break  # another plural is the count's head: "two days after the Lorvians", "eight rounds"
            if side is None:
                named = named or state_named(w.group(0), states) or state_named(word, states)
                continue
            first = text[m.end():m.end() + w.start()].split()[:1]
            out.append(PeopleCount(m.start(), m.end(), m.end() + w.end(), side or named,
                                   bool(first) and first[0].lower() in words().others
                                   or not first and word.lower() in count_words().other_pronouns))
            break
    return out


def report_states(d: Dossier) -> frozenset[str]:
    """The normal names of a report's states: the sides its demonyms may name ("Lorvians": Lorvia)."""
    return frozenset(norm(a.name) for a in d.actors if a.kind == "state" and a.name)


def part_starts(text: str, states: frozenset[str] = frozenset()) -> frozenset[int]:
    """The offsets of the numbers of every count of people ``text`` tells as a part of a group (module doc)."""
    number, joined, partitive = _patterns()
    out: set[int] = {m.start() for m in number.finditer(text) if partitive.match(text, m.end())}  # "two of the five"
    for lst in lists(text, states):
        out.update(c.start for c in lst)
    return frozenset(out)


def lists(text: str, states: frozenset[str]) -> list[list[PeopleCount]]:
    """The runs of two or more counts of people of one sentence that joiners list as parts of one group."""
    return [list(run) for run in _lists(text, states)]


@lru_cache(maxsize=4)
def _lists(text: str, states: frozenset[str]) -> tuple[tuple[PeopleCount, ...], ...]:
    """:func:`lists`, kept for the last few texts: the digest reads one report's text three times (its count
    passages' parts, its split groups twice), each time the same runs."""
    out: list[tuple[PeopleCount, ...]] = []
    bounds = [0, *(m.end() for m in STOP.finditer(text)), len(text)]
    for lo, hi in zip(bounds, bounds[1:]):
        run: list[PeopleCount] = []
        for cur in people_counts(text, lo, hi, states):
            prev = run[-1] if run else None
            if prev is not None and not (cur.other or prev.other or (prev.side and cur.side and prev.side != cur.side)) \
                    and _joined(text, prev, cur):
                run.append(cur)
                continue
            if len(run) > 1:
                out.append(tuple(run))
            run = [cur]
        if len(run) > 1:
            out.append(tuple(run))
    return tuple(out)
