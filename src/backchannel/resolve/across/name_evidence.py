"""Name evidence for cross-report entity scoring: misspellings, one body of a state, office titles, given names.

Kept apart from :mod:`entities` (blocking, scoring, clustering) because these read
only the forms of one or two records; the scorer weighs what they return.
"""

from __future__ import annotations

import re
from functools import cache

from backchannel.resolve.across.cluster import MIDDLE, SHORT, SPELT, begins_given, slipped_given
from backchannel.resolve.across.dictionary import english_word
from backchannel.resolve.across.names import (body_key, core_tokens, head, norm, side_free, skeleton, spelled_alike,
                                               strip_titles, surname)
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.storyroles import role_words
from backchannel.resolve.across.words import words
from backchannel.resolve.lexicon import lexicon

PERSON = "person"
STATE = "state"
VOWELS = re.compile(r"[aeiouy]")
VOWEL_WORD = 5  # letters of a word spelt with another vowel (vowel_spelling): "Mali" / "Mole" are two names

def misspelt(fa: str, fb: str) -> bool:
    """Two forms of one person's name whose surnames are spelt alike and whose other name words
    agree (one set within the other, by consonants): "Borys Ostrovksyy" / "Ostrovsky"."""
    sa, sb = surname(fa), surname(fb)
    if not spelled_alike(sa, sb):
        return False
    ga = {skeleton(t) for t in core_tokens(fa) if t != sa}
    gb = {skeleton(t) for t in core_tokens(fb) if t != sb}
    return ga <= gb or gb <= ga


def same_body(a: ActorRec, b: ActorRec) -> str | None:
    """The shared body key of two bodies of one state (names.body_key), or None."""
    if a.kind == PERSON or a.affiliation is None or a.affiliation != b.affiliation:
        return None
    keys = {body_key(f, a.affiliation) for f in a.forms} - {None}
    return next((k for f in b.forms if (k := body_key(f, b.affiliation)) in keys), None)


def office_title(name: str) -> bool:
    """A description written as a title ("Harbour Commissioner", "County Attorney"): an office, one in every story.

    Why: "the driver" of one incident is not the driver of another, but the
    holder of a capitalised office is the same whichever story names it.
    """
    toks = name.split()
    return len(toks) > 1 and all(t[:1].isupper() for t in toks if t.isalpha() and t.lower() not in words().stop)


def given_name(r: ActorRec) -> tuple[str, str] | None:
    """A named person's (surname, given name), normal forms, when the name has both."""
    if r.kind != PERSON or not r.named or not r.forms:
        return None
    caps = [norm(t) for t in r.name.split() if t[:1].isupper()]
    caps = [t for t in caps if t and t not in words().particles and t not in words().suffixes
            and not t.isdigit() and strip_titles(t + " x") == t + " x"]
    while len(caps) > 2 and lexicon().demonym(caps[0]) is not None:
        caps = caps[1:]  # "Norwegian Envoy Lars ...": a leading nationality is no given name
    return (caps[-1], caps[0]) if len(caps) >= 2 else None


def middle_names(r: ActorRec) -> list[str]:
    """The name words between a named person's given name and surname ("Ana Maria Varga" -> ["maria"]).

    Why (rule ``across.entities.middle_name``): many people are called by a middle name and the
    surname ("Maria Varga"), which reads as a second given name with the same surname. None when
    the name holds a particle: "Karim bin Aziz Haddad" names a father, not a middle name.
    """
    toks = [norm(t) for t in r.name.split()]
    if len(toks) < 3 or any(t in words().particles for t in toks) or not given_name(r):
        return []
    caps = [norm(t) for t in r.name.split() if t[:1].isupper()]
    g = given_name(r)
    if not g or g[1] not in caps or g[0] not in caps:
        return []
    return [t for t in caps[caps.index(g[1]) + 1:caps.index(g[0])] if len(t) > 3 and t not in words().suffixes]


def given_name_slot(r: ActorRec) -> dict[str, str]:
    """A named person with a given name: ``{given:<surname>: skeleton of the given name}``.

    Why: "Varga" may join "Ana Varga" or "Tomas Varga", never both; the slot keeps
    two given names with one surname out of one cluster. A short given name (three
    letters or fewer: a nickname or an initial, "Mo", "M.") is marked as a short
    form (:data:`cluster.SHORT`) and fits the full name it begins ("Mo" / "Morris").
    """
    g = given_name(r)
    if not g:
        return {}
    sk = skeleton(g[1])
    if len(g[1]) <= 3:
        return {f"given:{g[0]}": sk[:1] + SHORT}
    # with its spelling: "Steve" fits "Steven", whose spelling it begins (across.entities.given_short_form)
    mids = "".join(MIDDLE + m for m in middle_names(r))  # across.entities.middle_name: spelt
    return {f"given:{g[0]}": sk + SPELT + g[1] + mids}


def short_given(fa: str, fb: str) -> bool:
    """Two forms of one name, same surname, one given name the start of the other of four letters or more
    ("matt brenner" / "matthew brenner"; ``across.entities.given_short_form``)."""
    ca, cb = core_tokens(fa), core_tokens(fb)
    if len(ca) != 2 or len(cb) != 2 or ca[1] != cb[1] or ca[0] == cb[0]:
        return False
    short, full = sorted((ca[0], cb[0]), key=len)
    return begins_given(short, full)


def given_slip(fa: str, fb: str) -> bool:
    """Two forms of one name, same surname, one given name the other with one letter dropped
    ("caro nordio" / "carlo nordio"; ``across.entities.given_slip``, see :func:`cluster.slipped_given`)."""
    ca, cb = core_tokens(fa), core_tokens(fb)
    if len(ca) != 2 or len(cb) != 2 or ca[1] != cb[1] or ca[0] == cb[0]:
        return False
    short, full = sorted((ca[0], cb[0]), key=len)
    return slipped_given(short, full)


def extended_name(fa: str, fb: str) -> bool:
    """One person's name and the same name with more name words after it, the shared words
    spelt alike ("mohammad abedini" / "mohammed abedini najafabadi";
    ``across.entities.extended_name``).

    Why: Arabic and Persian names run on (a family or place name after the surname) and
    reports cut them at different words, or transliterate a vowel differently. The shorter
    form must have two name words or more and be the longer's first words, so "Ali Reza"
    is never joined to "Reza Ali Khan" and a lone "Mohammed" joins nothing; each shared word is
    the same or differs by an inner vowel only (:func:`vowel_variant`).
    """
    ca, cb = core_tokens(fa), core_tokens(fb)
    short, full = sorted((ca, cb), key=len)
    if len(short) < 2 or len(full) <= len(short):
        return False
    return all(vowel_variant(x, y) for x, y in zip(short, full))


def vowel_variant(x: str, y: str) -> bool:
    """One name word, or the same written with another inner vowel ("mohammad" / "mohammed").

    A changed last letter or a letter added is another name: "mario" / "maria", "daniel" /
    "daniela", "paul" / "paula" (the ending tells a man from a woman).
    """
    return x == y or (len(x) == len(y) and x[0] == y[0] and x[-1] == y[-1] and skeleton(x) == skeleton(y))


def vowel_spelling(a: ActorRec, b: ActorRec) -> tuple[str, str] | None:
    """Two named bodies (not persons, not states) one name in two spellings of an inner vowel, word by word
    (rule ``across.entities.vowel_spelling``): a transliterated name ("the Fateh movement" / "the Fatah
    movement"), spelt by each outlet's house style. Every word keeps its first and last letters, length and
    consonants, in order (:func:`_vowel_only`); one differing word has ``VOWEL_WORD`` letters or more, so
    short names ("Mali" / "Mole") never meet; and the differing words are not all pairs of English words
    ("the National Police" / "the National Palace" are two bodies: :mod:`dictionary`, s41 review #3). A
    person's names have their own rules (a given name's ending tells a person); a state is named from a
    gazetteer. The first such pair of forms, or None."""
    if PERSON in (a.kind, b.kind) or STATE in (a.kind, b.kind) or not (a.named and b.named):
        return None
    for fa in a.forms:
        for fb in b.forms:
            ta, tb = core_tokens(fa), core_tokens(fb)
            if fa != fb and len(ta) == len(tb) and all(_vowel_only(x, y) for x, y in zip(ta, tb)) \
                    and any(x != y and len(x) >= VOWEL_WORD for x, y in zip(ta, tb)) \
                    and not all(english_word(x) and english_word(y) for x, y in zip(ta, tb) if x != y):
                return fa, fb
    return None


def _vowel_only(x: str, y: str) -> bool:
    """:func:`vowel_variant` with only the vowels changed: an "h" dropped or a doubled consonant is another
    word here ("mahdi" / "madhi"), since a body's name has no given-name spellings to allow for."""
    return x == y or (len(x) == len(y) and x[0] == y[0] and x[-1] == y[-1] and
                      VOWELS.sub("", x) == VOWELS.sub("", y))


def lead_key(form: str) -> str | None:
    """A blocking key the forms of :func:`extended_name` share: the consonants of the first two name words."""
    core = core_tokens(form)
    return " ".join(skeleton(t) for t in core[:2]) if len(core) >= 2 else None


def side_group(r: ActorRec) -> bool:
    """An unnamed plural group of a side's agents that names its side: "Iranian officials", "the
    Lorvian delegation" (rule ``across.entities.side_group``).

    Why: such a group is the side's officials as one body, told by report after report;
    it is a party, not an anonymous source, so it joins by description as collectives do.
    The singular ("an Iranian official"), a source ("government sources") and a group
    that names no side ("officials") still join only with evidence.

    Nor does a source head with nothing but its side and a rank (rule
    ``across.entities.side_source``): "Iranian officials" or "senior US officials" are whichever
    of the side's many officials a report heard or met, and two reports' groups are the same
    people only on evidence (a shared statement or passage, the same outlet), as for "an
    Iranian official". A word that says which officials ("Iranian security officials"), a
    head that is one body ("the Iranian delegation") or the side's part in the one
    negotiation ("Iranian negotiators") is still the side's group.
    """
    if r.named or r.kind == PERSON or not r.forms or not r.affiliation:
        return False
    form = r.forms[0]
    h = head(form)
    if h not in words().side_group_heads or (bare := side_free(form, r.affiliation)) == form:
        return False
    return h not in words().side_source_heads or any(w not in words().rank_words for w in bare.split()[:-1])


def office_keys(r: ActorRec) -> set[str]:
    """``office|affiliation`` of a person described by a state's one-holder office and nothing else
    ("emir of qatar", "qatar's emir", "qatari emir" of Qatar -> ``emir|qatar``; ``across.entities.office_holder``)."""
    if r.kind != PERSON or not r.affiliation:
        return set()
    out = set()
    for text in r.descriptors if r.named else [r.name]:  # (an unnamed person's forms lose their titles)
        w = norm(text).split()
        if "of" in w[1:]:
            at = w.index("of", 1)
            if side_free(" ".join(w[at + 1:]), r.affiliation).split():
                continue  # "president of the council": an office of something else
            w = w[:at]
        core = " ".join(x for x in side_free(" ".join(w), r.affiliation).split() if x not in words().stop)
        if core in words().top_offices:
            out.add(f"{core}|{r.affiliation}")
    return out


def silent_group(r: ActorRec) -> bool:
    """An unnamed group described in two words or more besides its side that says nothing in its
    report but takes part in one of its acts ("a strike killed US service members", "the deal
    the president's advisers negotiated"): a party of the story, not an anonymous source (rule
    ``across.entities.silent_group``).

    Why: a source head ("members", "advisers", "agencies") marks the anonymous sources that
    join only with evidence because "officials said" in two reports are rarely the same people;
    a group that never speaks is what the story is about (the soldiers killed, the advisers who
    negotiated), told by report after report with the same words, and joins by its description
    as other collectives do (as :func:`side_group` joins "Lorvian officials"). One word besides
    the side ("officials") describes too little to join on.
    """
    if r.kind == PERSON or r.claims or not r.acts or not r.forms:
        return False
    return len(side_free(r.forms[0], r.affiliation).split()) >= 2


@cache
def part_words() -> frozenset[str]:
    """Words that make a description a part of its group (``captives.part_apart`` of across_roles.toml: "several
    girls", "the remaining hostages"): such a description is not the same as one without the word (rule
    ``across.entities.part_apart``), as a part is not the whole."""
    return role_words().part_apart


def description_match(a: ActorRec, b: ActorRec, one_event: bool = False) -> tuple[float, list[str]]:
    """Two unnamed collectives: the same head, and one description's words within the other's.

    (``one_event`` is accepted for symmetry with the other matchers; a same head
    alone was tried on ECB+ dev and joined more wrong pairs than right ones.)
    """
    for fa in a.forms:
        for fb in b.forms:
            ta, tb = set(fa.split()), set(fb.split())
            if head(fa) == head(fb) and (ta <= tb or tb <= ta) and not (ta ^ tb) & part_words():
                side = " of one side's agents, across.entities.side_group" if side_group(a) and side_group(b) else ""
                side = " of a group in the story's acts, across.entities.silent_group" if silent_group(a) and \
                    silent_group(b) else side
                return 5.0, [f"description '{fa}' ~ '{fb}' (same head{side}) +5"]
    if a.affiliation and a.affiliation == b.affiliation:  # "Kyiv's soldiers" / "Ukrainian soldiers", one side
        for fa in a.forms:
            for fb in b.forms:
                sa, sb = side_free(fa, a.affiliation), side_free(fb, b.affiliation)
                ta, tb = set(sa.split()), set(sb.split())
                if ta and tb and head(sa) == head(sb) and (ta <= tb or tb <= ta):
                    return 5.0, [f"description '{fa}' ~ '{fb}' (same head, one side named two ways) +5"]
    return 0.0, []


def shared_side(a: ActorRec, b: ActorRec) -> bool:
    """Two records of one stated side (both affiliated, to the same party)."""
    return a.affiliation is not None and a.affiliation == b.affiliation


def members_kind(a: ActorRec, b: ActorRec) -> bool:
    """Rule ``across.entities.members_kind``: one record is a group because its name leads armed members ("Front
    fighters", ``actors.aliases.modifier_names_group``), the other a person of the same full name: the NER took
    a group's name for a person's in a report that never put it before its members. Not a surname the group's
    name shares ("Haftar forces" and Khalifa Haftar): the full names must be equal."""
    return (a.kind_by_members or b.kind_by_members) and a.named and b.named and bool(a.forms) and bool(b.forms) \
        and a.forms[0] == b.forms[0] and PERSON in (a.kind, b.kind)


def said_alike(xs: list[frozenset[str]], ys: list[frozenset[str]]) -> bool:
    """Whether a statement of one record (its token set) shares six words in ten with one of the other's, the
    larger set counted: the same statement told twice (loops, not a generator: asked of every pair of sources)."""
    for x in xs:
        lx = len(x)
        for y in ys:
            if len(x & y) >= 0.6 * max(lx, len(y)):
                return True
    return False
