"""One person under two spellings within a report: a one-word name one slip away from a named
person's surname ("Vagrasky" after "Ana Vargasky"), and two full names with the same given names
and surnames one slip apart ("Ana Vargasky" / "Ana Vargaskiy").

Why apart from parties.py: these joins compare spellings letter by letter, and nothing else;
parties.py joins descriptions by their words and sides. The thresholds and sound-alike letters
are ``parties.toml``'s (``PartyWords``), passed in by ``parties.one_party``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.across.names import spelled_alike
from backchannel.resolve.lexicon import fold

if TYPE_CHECKING:
    from backchannel.extract.actors.parties import PartyWords

MISSPELT_SURNAME = "actors.parties.misspelt_surname"
MISSPELT_FULL_NAME = "actors.parties.misspelt_full_name"
MISSPELT_TITLED = "actors.parties.misspelt_titled_surname"
VARIANT_GIVEN = "actors.parties.variant_given_name"


def misspelt_surnames(st: ActorState, pw: PartyWords) -> None:
    """A one-word name spelt one slip away from a named person's surname is that person
    ("Vagrasky" after "Ana Vargasky"; ``actors.parties.misspelt_surname``), when no other person
    of the report has a surname so spelt and the word names no state. A slip is a letter or an
    adjacent pair (:func:`spelled_alike`), two letters swapped across one ("Aromek" / "Amorek"), or a
    sound-alike first letter of a transliteration ("Vandel" / "Fandel"). The tagger often takes such a
    stray word for an organisation: one mention with nothing else said of it is joined too."""
    persons = [a for a in st.ctx.actors.values() if a.named and a.kind == "person" and len(a.name.split()) >= 2]
    for a in list(st.ctx.actors.values()):
        words = a.name.split()
        if not a.named or len(words) != 1 or not (a.kind in ("person", "state") or _stray_org_word(a)) \
                or st.lx.country(a.name) is not None or st.lx.demonym(a.name) is not None:
            continue
        word = fold(words[0])
        hits = [p for p in persons if p.id != a.id and _slip(fold(p.name.split()[-1]), word, pw)]
        rule = MISSPELT_SURNAME
        if not hits:
            hits, rule = [p for p in persons if p.id != a.id and _titled_slip(a, p, word, pw)], MISSPELT_TITLED
        if len(hits) == 1:
            if a.kind != "person":
                a.kind = "person"
            st.merge(a.id, hits[0].id, rule)


def _titled_slip(a: Actor, person: Actor, word: str, pw: PartyWords) -> bool:
    """A short one-word name one slip from ``person``'s surname, and both given the same title
    ("Opposition leader Vagra" / "Opposition leader Ana Varga"; ``actors.parties.misspelt_titled_surname``).

    Why: below ``min_misspelt`` letters a slip alone may part two people ("Varga" / "Varda"), but a report
    that gives the stray spelling the very title of a named person means that person: two people of one
    report do not share a title and a surname but for a letter. The first and last letters must agree
    (:func:`spelled_alike`), and the word must be ``min_sound_alike`` letters long.
    """
    titles = {fold(d) for d in a.descriptors} & {fold(d) for d in person.descriptors}
    return bool(titles) and len(word) >= pw.min_sound_alike and spelled_alike(fold(person.name.split()[-1]), word)


def misspelt_full_names(st: ActorState, pw: PartyWords) -> None:
    """Two full names of the report with the same given names and surnames one slip apart are one person
    spelt two ways ("Ana Vargasky" and later "Ana Vargaskiy"; ``actors.parties.misspelt_full_name``): a
    report that transliterates a foreign name does not always do it the same way, and one report never names
    two people so alike. Not when a third person has either surname (then the spellings may be two people's),
    and the slip is :func:`_slip`'s (first and last letters kept: "Ivanov" / "Ivanova" stay two)."""
    persons = [a for a in st.ctx.actors.values() if a.named and a.kind == "person" and len(a.name.split()) >= 2]
    by_last: dict[str, int] = {}
    for p in persons:
        last = fold(p.name.split()[-1])
        by_last[last] = by_last.get(last, 0) + 1
    done: set[str] = set()
    for i, a in enumerate(persons):
        for b in persons[i + 1:]:
            wa, wb = a.name.split(), b.name.split()
            if a.id in done or b.id in done or [fold(w) for w in wa[:-1]] != [fold(w) for w in wb[:-1]]:
                continue
            la, lb = fold(wa[-1]), fold(wb[-1])
            if "-" in la + lb or same_sentence(st, a, b):
                continue  # "Lee Jae-myung" and "Lee Jae-yong" (family name first); two people named together
            if by_last.get(la, 0) == 1 and by_last.get(lb, 0) == 1 and (_slip(la, lb, pw) or _slip(lb, la, pw)):
                keep, gone = (a, b) if len(a.mentions) >= len(b.mentions) else (b, a)
                st.merge(gone.id, keep.id, MISSPELT_FULL_NAME)
                done.add(gone.id)
    _variant_given_names(st, persons, by_last, done)


def _variant_given_names(st: ActorState, persons: list[Actor], by_last: dict[str, int], done: set[str]) -> None:
    """Two full names of one surname whose one given names are one slip apart are one person transliterated
    two ways ("Aleksandr Varga" / "Alexander Varga"; ``actors.parties.variant_given_name``, s46), and the
    surname alone is that person too (the earlier surname join left it apart, the surname being two people's).
    Not when a third person has the surname, when both are named in one sentence (two relatives), or when
    the given names differ by more than :func:`spelled_alike` allows (first and last letters kept:
    "Ivan" / "Ivana" stay two), nor for given names under six letters, where one letter apart is as often two
    relatives ("Voren" / "Voran", the bound of ``actors.corefer.name_variant``)."""
    for i, a in enumerate(persons):
        for b in persons[i + 1:]:
            wa, wb = a.name.split(), b.name.split()
            if a.id in done or b.id in done or len(wa) != 2 or len(wb) != 2 or fold(wa[1]) != fold(wb[1]):
                continue
            if by_last.get(fold(wa[1]), 0) != 2 or same_sentence(st, a, b) or min(len(wa[0]), len(wb[0])) < 6 \
                    or not spelled_alike(fold(wa[0]), fold(wb[0])):
                continue
            keep, gone = (a, b) if len(a.mentions) >= len(b.mentions) else (b, a)
            st.merge(gone.id, keep.id, VARIANT_GIVEN)
            done.add(gone.id)
            for c in list(st.ctx.actors.values()):
                if c.id != keep.id and c.named and c.kind == "person" and fold(c.name) == fold(wa[1]):
                    st.merge(c.id, keep.id, VARIANT_GIVEN)


def same_sentence(st: ActorState, a: Actor, b: Actor) -> bool:
    """Two actors mentioned in one sentence: a report that names two people side by side means two."""
    index = st.ctx.index
    return bool({index.sent_index(m.start) for m in a.mentions} & {index.sent_index(m.start) for m in b.mentions})


def _stray_org_word(a: Actor) -> bool:
    """A one-word "organisation" of one mention, no initials, and nothing said of it (no title, alias, side)."""
    name = a.name
    return (a.kind == "organization" and len(a.mentions) == 1 and not (a.descriptors or a.aliases or a.affiliation)
            and name[:1].isupper() and name[1:].islower())


def _slip(surname: str, word: str, pw: PartyWords) -> bool:
    """Whether ``word`` is ``surname`` misspelt by one slip (see :func:`misspelt_surnames`)."""
    if not surname or not word or surname == word or len(surname) != len(word) and len(word) < pw.min_misspelt:
        return False
    if len(word) >= pw.min_misspelt and spelled_alike(surname, word):
        return True
    if len(surname) != len(word):
        return False
    diff = [i for i, (x, y) in enumerate(zip(surname, word)) if x != y]
    if len(word) >= pw.min_misspelt and len(diff) == 2 and 0 not in diff and len(word) - 1 not in diff:
        i, j = diff  # two inner letters swapped, near ("Akotey" / "Atokey") or apart ("Sandvik" / "Sindvak")
        return surname[i] == word[j] and surname[j] == word[i]
    return len(word) >= pw.min_sound_alike and diff == [0] and frozenset((surname[0], word[0])) in pw.sound_alike
