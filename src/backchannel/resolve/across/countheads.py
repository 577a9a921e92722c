"""Counts of one thing however each report words its noun, and a group counted in two parts.

Why: reports count the same people with more or fewer words before the noun ("12 Lorvians",
"roughly ten wrongly held Lorvians"), and one report may count a group in parts ("six
Lorvians were freed, along with four other Lorvians"). Comparing counts only when their
nouns are spelled the same misses the first; comparing each part with another report's
whole finds a dispute that is not there.
"""

from __future__ import annotations

from dataclasses import replace

from backchannel.resolve.across.countwords import count_words
from backchannel.resolve.across.passages import Counted
from backchannel.resolve.across.words import words

#: characters before a count of "other" X within which the report's count of X it adds to is sought
OTHERS_REACH = 250


def head(noun: str) -> str:
    """The counted noun's last word ("wrongly held lorvians" -> "lorvians"), a synonym head as its group's first
    (rule ``across.links.count_synonym_head``, ``synonyms.heads`` of across.toml: "14 detainees" / "12 prisoners",
    "230 servicemen" / "225 soldiers" count one group; was: the word as written, so they were never weighed)."""
    last = noun.split()[-1] if noun.split() else noun
    return words().synonyms.get(last, last)


def modifiers(noun: str) -> frozenset[str]:
    """The words before the head ("wrongly held lorvians" -> {"wrongly", "held"})."""
    return frozenset(noun.split()[:-1])


def same_thing(a: Counted, b: Counted) -> bool:
    """Rule ``across.links.count_head``: two counts count the same thing when their heads are equal, the
    words before one head are all among the other's, and those it adds only describe (:func:`describes`):
    "lorvians" / "wrongly held lorvians" are one group; "hostages" / "three female hostages" a group and a part
    of it; "opposition prisoners" and "foreign prisoners" two groups."""
    na, nb = a.quantity.noun, b.quantity.noun
    if na == nb:
        return True
    if head(na) != head(nb):
        return False
    ma, mb = modifiers(na), modifiers(nb)
    if not (ma <= mb or mb <= ma):
        return False
    added = ma ^ mb
    longer = na if len(ma) >= len(mb) else nb
    return describes([w for w in longer.split()[:-1] if w in added])


def describes(added: list[str]) -> bool:
    """The words one count adds before its noun, in order, tell the state the whole group is in only as adverb and
    participle pairs ("wrongly held", "unjustly detained"). A bare adjective or participle ("wounded", "elderly",
    "freed", "female") picks out part of the group: endings alone do not tell a state from a class (review s35)."""
    w = words()
    if len(added) % 2 or any("-" in a for a in added):
        return False
    pairs = zip(added[::2], added[1::2])
    return all(adv.endswith(w.state_endings) and (part.endswith(w.participle_endings) or part in w.state_words)
               for adv, part in pairs)


def listed_part(part: Counted, c: Counted) -> bool:
    """Rule ``across.links.count_parts``: ``part`` is listed as a part of a group (countparts.py) and counts
    ``c``'s head ("the five freed Lorvians and two relatives" / "five Lorvians"), whatever words stand before it:
    a report that lists another's figure as a part agrees with it."""
    return part.listed and head(part.quantity.noun) == head(c.quantity.noun)


def is_other(c: Counted) -> bool:
    """A count of "other" X, "two more" X: more of a group, not the group."""
    first = c.quantity.noun.split()[0] if c.quantity.noun.split() else ""
    return first in words().others


def summed(counts: list[Counted]) -> list[Counted]:
    """Rule ``across.links.count_others``: a count of "other" X adds to the report's closest count of X before it
    ("all six Lorvians were freed, along with four other Lorvians": ten), and is no count of the group itself;
    a count of bare "others" (rule ``across.links.count_other_pronoun``) adds to the count right before it, whatever
    its noun ("30 Lorvians and four others": 34).

    Linear: each count of "other" X looks back over its own report's counts only, once.
    """
    out: list[Counted] = []
    last: dict[tuple[str, str], int] = {}  # (doc, head) -> place in ``out`` of the latest plain count
    pronouns = count_words().other_pronouns  # "four others": more of the count right before (count_other_pronoun)
    for c in counts:
        h = head(c.quantity.noun)
        bare = c.quantity.noun in pronouns
        if not is_other(c) and not bare:
            last[(c.doc, h)] = last[(c.doc, "")] = len(out)  # "": the latest count, whatever it counts
            out.append(c)
            continue
        k = last.get((c.doc, "" if bare else h))
        if k is None or c.start - out[k].end > OTHERS_REACH or out[k].start > c.start:
            continue  # a count of others with no whole before it compares with nothing
        q, o = out[k].quantity, c.quantity
        out[k] = replace(out[k], quantity=replace(q, low=q.low + o.low, high=q.high + o.high))
    return out
