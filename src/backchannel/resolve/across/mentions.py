"""Mention-level input: which earlier mention of its document a pronoun stands for, by agreement.

Why: a dossier's actor already gathers its pronouns (the single-document
coreference stage); input that gives bare mentions (ECB+) does not. Joining a
pronoun to the nearest preceding mention sends "him" after "police" to the
police; requiring agreement in gender ("she" never a man, a brother, a Mr) and
number ("they" a group, "he" one person) sends it to the person. Candidates are
the given mentions and every other occurrence of a name given somewhere in the
set (a report names its people many more times than an annotator marks them).
The word lists are those of the single-document stage (``actors_words.toml``,
``first_names.toml``, ``common.toml``), read through its lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backchannel.resolve.across.words import words
from backchannel.resolve.lexicon import fold, lexicon

MALE = "male"
FEMALE = "female"
PLURAL = "plural"
NEUTER = "neuter"
RELATIVE = "relative"


@dataclass(frozen=True)
class Candidate:
    """A possible antecedent: where it starts, what it refers to, and what a pronoun must agree with."""

    start: int
    ref: str  # the id of the mention (or of a mention with the same name) it stands for
    person: bool  # a person's name (not an organisation, not a description)
    named: bool
    gender: str | None
    plural: bool


def pronoun_kind(text: str) -> str | None:
    """MALE, FEMALE, PLURAL, NEUTER or RELATIVE for a third-person or relative pronoun, else None."""
    w = lexicon().words
    t = fold(text.strip())
    for kind, group in ((MALE, w.male_pronouns), (FEMALE, w.female_pronouns), (PLURAL, w.plural_pronouns),
                        (NEUTER, w.neuter_pronouns), (RELATIVE, w.relative_pronouns)):
        if t in group:
            return kind
    return None


def gender_of(text: str, person: bool) -> str | None:
    """A mention's gender from its words ("woman", "Mr") or, for a person's name, its given name."""
    lx = lexicon()
    toks = [fold(t) for t in re.findall(r"[^\W\d_]+", text)]
    female = any(t in lx.words.female_words or t in words().female_heads for t in toks)
    male = any(t in lx.words.male_words or t in words().male_heads for t in toks)
    if female != male:
        return FEMALE if female else MALE
    if person and toks:
        given = toks[0]
        if lx.is_female_name(given):
            return FEMALE
        if lx.is_first_name(given) and given not in lx.words.unisex_names:
            return MALE
    return None


def is_collective(text: str) -> bool:
    """A name or description whose last word is a plural without -s or a collective ("Police", "the men")."""
    toks = fold(text).split()
    return bool(toks) and (toks[-1] in words().plurals or toks[-1] in lexicon().collective_plurals)


def is_plural(text: str, person: bool) -> bool:
    """A description of several ("pirates", "police"): its last word a plural or a collective noun."""
    toks = fold(text).split()
    if person or not toks:
        return False
    last = toks[-1]
    return is_collective(text) or (last.endswith("s") and not last.endswith("ss"))


def agrees(kind: str, c: Candidate) -> bool:
    """Whether a pronoun of ``kind`` may stand for candidate ``c``."""
    if kind in (MALE, FEMALE):  # one person: not a group, not an organisation's name
        return not c.plural and c.gender in (None, kind) and (c.person or not c.named)
    if kind == PLURAL:
        return c.plural or (c.named and not c.person)
    if kind == NEUTER:
        return not c.person and c.gender is None
    return True


def antecedent(start: int, kind: str | None, cands: list[Candidate]) -> str | None:
    """The nearest candidate before ``start`` that agrees with the pronoun; else the nearest one at all."""
    before = [c for c in cands if c.start < start]
    if not before:
        return None
    best = max(before, key=lambda c: c.start)
    if kind is None or kind == RELATIVE:
        return best.ref
    fits = [c for c in before if agrees(kind, c)]
    return max(fits, key=lambda c: c.start).ref if fits else best.ref


def name_occurrences(text: str, names: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(start, ref) of every occurrence of a known name (or its last word) outside the given mentions.

    ``names``: a name as written -> the id of a mention with that name.
    """
    out = []
    forms: dict[str, str] = {}
    for name, ref in names.items():
        forms.setdefault(name, ref)
        last = name.split()[-1]
        if len(name.split()) > 1 and len(last) > 2 and last[:1].isupper():
            forms.setdefault(last, ref)
    for form, ref in forms.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if not any(a <= m.start() < b for a, b in taken):
                out.append((m.start(), ref))
    return out


def gender_roles(people: list[tuple[str, str, str | None]], descriptions: list[tuple[str, str, str | None]]
                 ) -> dict[tuple[str, str], set[str]]:
    """``(story, person) -> gendered heads`` it may be called by: the only named person of a gender in a story.

    ``people``: (story, person key, gender) of named persons; ``descriptions``:
    (story, head, gender) of singular descriptions. Why: in the reports of one
    incident "the woman" is its only named woman (the driver who hit her is a man);
    with two named women in the story, neither gets the word.
    """
    holders: dict[tuple[str, str], set[str]] = {}
    for story, person, gender in people:
        if gender:
            holders.setdefault((story, gender), set()).add(person)
    out: dict[tuple[str, str], set[str]] = {}
    for story, head, gender in descriptions:
        who = holders.get((story, gender or ""), set())
        if gender and len(who) == 1:
            out.setdefault((story, next(iter(who))), set()).add(head)
    return out
