"""A group of people counted alike in two reports, and a bare nationality plural (rules
``across.entities.same_count`` and ``across.entities.bare_nationality``).

Why counts: reports of one exchange describe its groups in many words ("248 Russians", "248 servicemen",
"248 soldiers", "248 Russian servicemen"), often without a side, and a description join needs one head and
one side. The exact figure, though, is what every outlet copies from the one announcement: two unnamed
groups of people of two reports that give one exact count (not "nearly 500", "more than 200": a qualified
figure is an estimate) and whose heads may name the same people (what they are held as or served as,
``counted.heads``; or a head that says only whose they are, ``counted.generic``, or a nationality plural)
are one group, when their sides agree. A group with no side joins by a count only when the count is
specific (``SIDELESS_MIN``) and the corpus gives that count to one side at most (a swap's "five prisoners"
of each side are two groups).

Why bare nationalities: "Americans" in two reports are people of one nationality, not yet one party; a
report often names several groups of them ("the freed Americans", "Americans" who waited). Two such
descriptions written alike weigh ``BARE_WEIGHT``, under the threshold: a stated side (+0.5) or their part
in the story (both the captives) must add the rest, so a report's passing "Americans" does not take the
join its freed "American prisoners" needed. (Tried at the threshold itself, joined after every stronger
join: c20's "other Americans" then took the freed group's join by its description, 0.949 -> 0.918.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from backchannel.data_loader import loader
from backchannel.resolve.across.names import norm, state_named
from backchannel.resolve.across.quantities import number_value
from backchannel.resolve.across.recbase import synonym_form
from backchannel.resolve.across.storyroles import head_of, plural, role_words
from backchannel.resolve.across.words import words
from backchannel.resolve.lexicon import lexicon

FILE = "across_counted.toml"
RULE = "across.entities.same_count"
BARE_RULE = "across.entities.bare_nationality"
#: one exact count: above a description (5) and the captives role (4.75), below a shared name (6)
WEIGHT = 5.5
#: a bare nationality named alike: under the threshold (4.5), so a stated side (+0.5) or a story role decides
BARE_WEIGHT = 4.0
#: the least count a group with no side joins by: "248 servicemen" names one group, "three men" many
SIDELESS_MIN = 10
MAX_NUMBER_WORDS = 6  # "two hundred and forty eight": the words a count in words may take


@dataclass(frozen=True)
class CountedWords:
    heads: frozenset[str]
    generic: frozenset[str]
    apart: frozenset[str]


# The words of the rule's data file, read once.
counted_words = loader(CountedWords, FILE, grouped=True)


@dataclass(frozen=True)
class CountedGroup:
    """One exact count a description gives a group: the figure, the head (after synonyms) and the side."""

    count: int
    head: str
    side: str | None


def leading_count(toks: list[str]) -> tuple[int, int] | None:
    """The value of the number that opens ``toks`` and the words it takes, or None ("nearly 500": no)."""
    if not toks:
        return None
    if toks[0].isdigit():
        return int(toks[0]), 1
    if toks[0] not in words().numbers:  # (most descriptions open with no number)
        return None
    for n in range(min(MAX_NUMBER_WORDS, len(toks) - 1), 0, -1):
        if all(t in words().numbers or t in words().joiners for t in toks[:n]) and \
                (v := number_value(" ".join(toks[:n]))) is not None:
            return v, n
    return None


def counted_head(rest: list[str]) -> str | None:
    """The head of what follows a count, after the synonym groups ("military personnel" -> "soldiers",
    "prisoners of war" -> "prisoners"): the word before "of" / "who" / "held" ..., else the last word."""
    toks = synonym_form(" ".join(rest)).split()
    return head_of(toks) if toks else None


def side_of(texts: list[str], affiliation: str | None) -> str | None:
    """The group's side: its stated affiliation, else the state a capitalised word of its name or an alias
    names before its head ends ("U.S. citizens", "five freed Lorvians"). Not a state after the head ("20
    prisoners held by Lorvia", "20 men freed from Lorvian jails"): that is who holds or frees them, the
    other side of a swap (s38 review)."""
    if affiliation:
        return affiliation
    ends = role_words().head_ends
    for text in texts:
        raws = text.replace("’", "'").split()
        cut = next((k for k, t in enumerate(raws) if k and t.lower() in ends and _plural(raws[k - 1])), len(raws))
        for raw in raws[:cut]:
            tok = raw.removesuffix("'s")
            if state := state_named(tok) or state_named(tok.strip(",.;:()")):
                return norm(state)
    return None


def _plural(word: str) -> bool:
    """A word that may head a counted group ("prisoners", "servicemen", "crew"): what a head-ending word
    after it closes ("five freed Americans" has none before "freed")."""
    low = word.lower()
    return plural(low) or low in counted_words().heads or low in counted_words().generic


def counted_forms(texts: list[str], affiliation: str | None) -> tuple[CountedGroup, ...]:
    """The exact counts an unnamed group's name and aliases give it ("230 Lorvian captives")."""
    cw, out = counted_words(), []
    side: str | None = ""  # read once, when a count is found (most groups have none)
    for text in texts:
        toks = norm(re.sub(r"(?<=\d),(?=\d{3})", "", text) if "," in text else text).split()  # "1,200": one number
        got = leading_count(toks)
        if got is None or got[0] < 2:
            continue
        rest = toks[got[1]:]
        if not rest or set(rest) & cw.apart:
            continue
        h = counted_head(rest)
        if h:
            side = side_of(texts, affiliation) if side == "" else side
            out.append(CountedGroup(got[0], h, side))
    return tuple(dict.fromkeys(out))


def nationality(word: str) -> bool:
    """A plural noun of nationality ("lorvians" of the lexicon, "americans"): who people are, not what."""
    c = lexicon().demonym(word)
    return c is not None and word.endswith("s") and word in {d.lower() for d in c.demonyms}


def fits(x: str, y: str, count: int) -> bool:
    """Two heads that one count may give the same people: one head, or one that says only whose they are
    ("citizens", "Lorvians"); two heads of what people are held or serve as ("prisoners" / "soldiers") only for a
    count of ``SIDELESS_MIN`` or more ("three soldiers" killed and "three pilots" freed are two groups)."""
    cw = counted_words()
    if x == y:
        return True
    if x in cw.generic or y in cw.generic or nationality(x) or nationality(y):
        return True
    return count >= SIDELESS_MIN and x in cw.heads and y in cw.heads


def count_match(a: tuple[CountedGroup, ...], b: tuple[CountedGroup, ...],
                sides: dict[int, frozenset[str]]) -> tuple[float, list[str]]:
    """Two groups' counts that name one group, with the reason (0 when none)."""
    for x in a:
        for y in b:
            if x.count != y.count or not fits(x.head, y.head, x.count):
                continue
            if x.side and y.side:
                if x.side != y.side:
                    continue
            elif x.count < SIDELESS_MIN or len(sides.get(x.count, frozenset())) > 1:
                continue
            side = x.side or y.side or "no side"
            return WEIGHT, [f"one count of people, {x.count} {x.head} / {y.head} ({side}; {RULE}) +{WEIGHT:g}"]
    return 0.0, []


def count_sides(groups: list[tuple[CountedGroup, ...]]) -> dict[int, frozenset[str]]:
    """Per count, the sides the corpus gives groups of that count (a count of two sides fits no side-less group)."""
    out: dict[int, set[str]] = {}
    for cs in groups:
        for c in cs:
            if c.side:
                out.setdefault(c.count, set()).add(c.side)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1 << 14)
def bare_nationality(form: str) -> bool:
    """A description that is a nationality plural and nothing else ("americans", "the lorvians")."""
    toks = form.split()
    return len(toks) == 1 and nationality(toks[0])
