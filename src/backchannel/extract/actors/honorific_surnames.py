""""Mr De Vries" after "Prime Minister Pieter De Vries": the honorific and surname are the same person.

Why: British and Commonwealth news English names a person again as "Mr/Ms <Surname>" without a full
stop; the tagger often takes that span for a name of its own (a person, or an organisation when the
surname is unfamiliar), and the surname joins read a bare surname only, so the report gets two or three
actors for one person (s47 census: such splits in the read reports, each an actor gold holds as an
alias). A span that is an honorific and the last words of one person's full name is that person.
"""

from __future__ import annotations

from backchannel.extract.actors.parties import NER_KIND_ONLY
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

RULE = "actors.surnames.honorific_surname"


def honorific_surnames(st: ActorState) -> None:
    """Merge a named actor whose name (or one of its aliases: "De Vries" with "Mr De Vries") is an honorific (``honorifics`` of actors.toml) and the last word or
    words of exactly one named person's longer full name into that person; a person, or an organisation
    or group whose kind only the tagger's label gave (a trailing lower-case word the tagger ran over,
    "Mr X in", is left out). Two persons whose names end so, or none: nothing."""
    acts = st.ctx.actors
    for a in list(acts.values()):
        if a.id not in acts or not a.named or not _mergeable(a):
            continue
        words = next((w for n in (a.name, *a.aliases) if (w := _surname_words(st, n))), [])
        if not words or not (_surname_words(st, a.name) or [fold(w) for w in a.name.split()] == words):
            # an alias counts only on a bare surname ("De Vries"): a full name with the alias is the person
            continue
        hits = [p for p in acts.values() if p.id != a.id and p.kind == "person" and p.named
                and _ends_with(p.name, words)]
        if len(hits) == 1:
            st.merge(a.id, hits[0].id, RULE)


def _mergeable(a: Actor) -> bool:
    """A person, or an organisation or group typed by the tagger's label alone."""
    return a.kind == "person" or a.kind in ("organization", "group") and a.traced("kind") == NER_KIND_ONLY


def _surname_words(st: ActorState, name: str) -> list[str]:
    """The folded words after a leading honorific, the trailing lower-case words dropped; empty when the
    name opens with no honorific or nothing capitalised follows it."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in st.lx.honorifics:
        return []
    rest = words[1:]
    while rest and rest[-1][:1].islower():
        rest = rest[:-1]
    if not rest or not rest[-1][:1].isupper():
        return []
    return [fold(w) for w in rest]


def _ends_with(full: str, words: list[str]) -> bool:
    """The full name has more words than ``words`` and ends with them."""
    names = [fold(w) for w in full.split()]
    return len(names) > len(words) and names[-len(words):] == words
