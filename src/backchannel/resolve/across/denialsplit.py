"""An act told by a verb whose preposition stands apart from it (rules ``across.links.denial_split_exchange``,
``across.links.denial_split_linkage``).

Why: the families' verbs are phrases ("swapped for", "in exchange for"); a report that puts the person exchanged
between the verb and its preposition ("Norland has swapped the jailed pilot, Ola Brandt, with three Vesterlanders
held abroad") tells the same swap, yet no phrase of the family stands in it. A bare "exchanged" is no word of the
family ("exchanged fire", "exchanged letters"), so for an exchange the words between must end with a person (a
capitalised name, a pronoun, a word of a person) and people must follow the preposition (a counted noun of people,
a plural demonym, a capitalised name). A link between two things ("the talks tied the truce to the freeing of the
captives") needs an anchor word of its family (a captive, a release) after the preposition. Data: ``denial.split``
of data/across_denial.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.resolve.across.countwords import people_noun

FILE = "across_denial.toml"
PERSON, PEOPLE, ANCHOR = "person", "people", "anchor"  # what must end the words between / follow the preposition


@dataclass(frozen=True)
class Split:
    """One family's split verbs: the pattern, what the words between must end with, what must follow."""

    pattern: re.Pattern[str]
    object: str
    after: str
    reach: int
    anchors: frozenset[str]


@dataclass(frozen=True)
class SplitWords:
    families: dict[str, Split]
    pronouns: frozenset[str]
    persons: frozenset[str]


@cache
def split_words() -> SplitWords:
    raw = read(FILE)["denial"]
    split, fams = raw["split"], {}
    for name, f in split["families"].items():
        pattern = re.compile(rf"\b(?:{alt(frozenset(f['verbs']))})\s+"
                             rf"(?P<obj>(?:[^\s.;:?!]+\s+){{{int(f['min_gap'])},{int(f['gap'])}}}?)"
                             rf"(?:{alt(frozenset(f['preps']))})\s+(?P<rest>[^.;:?!]*)")
        anchors = frozenset(raw["families"].get(name, {}).get("anchors", []))
        fams[name] = Split(pattern, str(f["object"]), str(f["after"]), int(f["reach"]), anchors)
    return SplitWords(fams, frozenset(split["pronouns"]), frozenset(split["persons"]))


def _bare(word: str) -> str:
    return word.strip(",'\"()")


def _person_word(word: str, cased: str) -> bool:
    """A word that names a person: a capitalised name, a pronoun of the object, a word of a person (or its plural)."""
    w = split_words()
    bare = _bare(word)
    return (_bare(cased)[:1].isupper() or bare in w.pronouns or bare in w.persons or bare.rstrip("s") in w.persons
            or people_noun(bare))


def _follows(s: Split, rest: str, cased: str) -> bool:
    """What the family asks after the preposition stands within ``reach`` words: people ("three Iranians", "two
    jailed agents", "Ola Brandt"; not "cash", "fire", "a promise"), or an anchor word ("the freeing of")."""
    pairs = list(zip(rest.split()[:s.reach], cased.split()[:s.reach]))
    if s.after == ANCHOR:
        return any(_bare(lw) in s.anchors for lw, _ in pairs)
    return any(_person_word(lw, cw) and _bare(lw) not in split_words().pronouns for lw, cw in pairs)


def split_tellings(text: str, low: str, family: str) -> list[int]:
    """Offsets in ``low`` (``text`` folded) where a split verb of the family tells its act (see the module's
    docstring). Empty for a family with no split verbs, or when folding moved the offsets (the capitals of
    ``text`` are then out of reach)."""
    s = split_words().families.get(family)
    if s is None or len(low) != len(text):
        return []
    out = []
    for m in s.pattern.finditer(low):
        obj = m.group("obj").split()
        if s.object == PERSON and not (obj and _person_word(obj[-1], text[m.start("obj"):m.end("obj")].split()[-1])):
            continue
        if _follows(s, m.group("rest"), text[m.start("rest"):m.end("rest")]):
            out.append(m.start())
    return out
