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
from backchannel.resolve.across.names import fold

FILE = "across_denial.toml"
DENY_BEFORE = 7  # a verb of denial this many words before a split verb denies what it tells
# what must end the words between / follow the preposition (the values of the data's ``object`` and ``after``)
PERSON = "person"
PEOPLE = "people"
ANCHOR = "anchor"
LINKAGE = "linkage"  # the family a "nothing to do with" denies


@dataclass(frozen=True)
class Split:
    """One family's split verbs: the pattern, what the words between must end with, what must follow, and the
    verbs themselves (the word gate of :func:`denial.assertions` asks for one of them)."""

    pattern: re.Pattern[str]
    object: str
    after: str
    reach: int
    anchors: frozenset[str]
    verbs: frozenset[str]


@dataclass(frozen=True)
class SplitWords:
    families: dict[str, Split]
    pronouns: frozenset[str]
    persons: frozenset[str]
    inner_breaks: frozenset[str]
    deny_verbs: frozenset[str]
    modals: frozenset[str]
    passive_aux: frozenset[str]
    subject_pronouns: frozenset[str]
    deny_clause_nouns: frozenset[str]


@cache
def split_words() -> SplitWords:
    """The split verbs of each family and the words they need, read once from ``denial.split``; and the denial verbs
    and modals of ``denial``, which keep a split telling from being told: read here only, and
    :func:`.denial.denial_words` takes them from here (this module sits below denial.py, which imports it)."""
    raw = read(FILE)["denial"]
    split, fams = raw["split"], {}
    for name, f in split["families"].items():
        verbs = frozenset(f["verbs"])
        pattern = re.compile(rf"\b(?:{alt(verbs)})\s+"
                             rf"(?P<obj>(?:[^\s.;:?!]+\s+){{{int(f['min_gap'])},{int(f['gap'])}}}?)"
                             rf"(?:{alt(frozenset(f['preps']))})\s+(?P<rest>[^.;:?!]*)")
        anchors = frozenset(raw["families"].get(name, {}).get("anchors", []))
        fams[name] = Split(pattern, str(f["object"]), str(f["after"]), int(f["reach"]), anchors, verbs)
    return SplitWords(fams, frozenset(split["pronouns"]), frozenset(split["persons"]), frozenset(split["inner_breaks"]),
                      frozenset(raw["deny_verbs"]), frozenset(raw["modals"]), frozenset(split["passive_aux"]),
                      frozenset(split["subject_pronouns"]), frozenset(raw["deny_clause_nouns"]))


CLAUSE_REACH = 5  # words between "denied that" and the act verb it denies ("denied that Pell had ever mediated")


def that_clause(verbs: frozenset[str], breaks: frozenset[str]) -> str:
    """Rule ``across.links.denial_that_clause`` (s36), as a pattern over folded text: a verb of denial, a noun of
    report or none (``deny_clause_nouns``), "that", then one of ``verbs`` within ``CLAUSE_REACH`` words, none of
    them a word of ``breaks`` but "that" ("denied that Pell had mediated", "dismissed reports that Kessia had
    mediated"; not "denied that the talks stalled after Kessia mediated")."""
    w = split_words()
    return (rf"\b(?:{alt(w.deny_verbs)})\s+(?:(?:{alt(w.deny_clause_nouns)})\s+)?that\s+"
            rf"(?:(?!(?:{alt(breaks - {'that'})})\b)[\w'-]+\s+){{0,{CLAUSE_REACH}}}(?:{alt(verbs)})\b")


def _bare(word: str) -> str:
    """The word without the punctuation that clings to it in a plain split ("Brandt," -> "Brandt")."""
    return word.strip(",'\"()")


def _person_word(word: str, cased: str) -> bool:
    """A word that names a person: a capitalised name, a pronoun of the object, a word of a person (or its plural)."""
    w = split_words()
    bare = _bare(word)
    return (_bare(cased)[:1].isupper() or bare in w.pronouns or bare in w.persons or bare.rstrip("s") in w.persons
            or people_noun(bare))


def _person_phrase(low: list[str], cased: list[str]) -> bool:
    """The words between a split verb and its preposition are one noun phrase naming a person: no word of
    ``inner_breaks`` inside (a preposition, a day: "exchanged intelligence on Tuesday with", "exchanged information
    about the captives with"), and each phrase of an apposition ends with a person ("the jailed pilot, Ola Brandt,";
    not "its chief negotiator, Ola Brandt,": a post, not a captive). Review, s34."""
    if not low or any(_bare(x) in split_words().inner_breaks for x in low):
        return False
    ends = [i for i, x in enumerate(low) if x.endswith(",")] + [len(low) - 1]
    return all(_person_word(low[i], cased[i]) for i in sorted(set(ends)))


def _passive_person(text: str, low: str, at: int) -> bool:
    """A passive split verb whose subject is a person: "Ola Brandt was exchanged last week by Norland for three
    Vesterlanders" (the words between are then adverbials and the doer, no object)."""
    before = list(re.finditer(r"[\w'’-]+,?", low[:at]))[-2:]
    if len(before) < 2 or before[1].group(0) not in split_words().passive_aux:
        return False
    subject = before[0]
    return (_person_word(subject.group(0), text[subject.start():subject.end()])
            or subject.group(0) in split_words().subject_pronouns)


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
        if s.object == PERSON and not (_person_phrase(obj, text[m.start("obj"):m.end("obj")].split())
                                       or _passive_person(text, low, m.start())):
            continue
        if _follows(s, m.group("rest"), text[m.start("rest"):m.end("rest")]):
            out.append(m.start())
    return out


def denied_before(low: str, at: int) -> bool:
    """A verb of denial (data ``denial.deny_verbs``: "rejected claims", "denied") stands up to ``DENY_BEFORE``
    words before offset ``at`` in its sentence: "rejected claims that the aid was linked to the release" denies the
    link a split verb tells (rules ``across.links.denial_split_exchange``, ``_linkage``; review, s34)."""
    before = " " + " ".join(re.findall(r"[a-z']+", low[:at])[-(DENY_BEFORE):]) + " "
    return any(f" {v} " in before for v in split_words().deny_verbs)


def modal_before(low: str, at: int) -> bool:
    """A modal within the two words before offset ``at``: "will not link the aid to ..." is a plan, no denial."""
    return any(x in split_words().modals for x in re.findall(r"[a-z]+", low[:at])[-3:])


SPLIT_RULES = {"exchange": "across.links.denial_split_exchange", "linkage": "across.links.denial_split_linkage"}
NOTHING_RULE = "across.links.denial_nothing_to_do"


def split_rules(denial: str, told: str | None, family: str, told_as: str) -> str:
    """The rule ids of this module a denial link rests on, for its note: a split verb in the telling (or in the
    denial, negated), or "nothing to do with" in a denial of a link (review, s34). Empty when none."""
    out = []
    for text, fam in ((told, told_as), (denial, family)):
        low = fold(text) if text else ""
        if text and fam in SPLIT_RULES and split_tellings(text, low, fam):
            out.append(SPLIT_RULES[fam])
    if family == LINKAGE and "to do with" in fold(denial):
        out.append(NOTHING_RULE)
    return "".join(f" [{r}]" for r in dict.fromkeys(out))
