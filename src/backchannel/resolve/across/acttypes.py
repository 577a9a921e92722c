"""How reports tell an act: under two types, or with a partner they do not name.

Rule ``across.events.told_as`` of the events (:mod:`.events`), each such grouping recorded
on its event with its reason (``joined``): one report writes "Lorvia's envoy called the
Front's leader", another "the envoy held talks with the Front's leader": one act, told as a
contact by one and as talks by the other. A type that may be told as another
(``events.told_as`` of ``data/across_links.toml``: contact -> negotiate, inform) is blocked and
compared under each such type, and the event takes the type that says more (the talks, else the telling;
a call told as a telling needs both ends to be one party each: rule ``across.events.call_told_as_inform``).
Only tellings of different reports, both told as done: one report that tells a call and
talks tells two acts, and a planned call is not past talks. Two tellings of different
types are never a near miss (a negation or time contradiction): a contradiction needs
one act told two ways, and the types already differ.

Rule ``across.events.guessed_partner``: an undirected act ("agree", "negotiate") whose
partner the report does not name there, the extractor having filled it in
(``inferred`` lists ``target``: "Iran agreed", its partner taken from the story's
other side or the nearest party), is told as an act of its named party with an
unknown partner: in the constraint slot ``ends`` the partner stands as ``?guessed``.
So "the Front agreed" told with a different guessed partner by three reports (the
envoy who asked, the mediator who carried the offer, the state that proposed) is one
act of the Front, and it never joins the act every report tells with both parties
named ("the Front and Lorvia agreed"), which is another act: the Front's acceptance
is not the mutual agreement. A guessed partner matches no other telling's end (two
tellings are compared on the ends they name), and is not counted for the event's
source and target, unless no telling names a partner and every guess is the same
party: then that party is the event's target (two reports' "Lorvia negotiated", both
guessed with the Front, is Lorvia's talks with the Front; guesses of three different
partners give none). The events that hold such tellings give the rule and the
partners set aside in ``reasons``.

Rule ``across.events.two_sided``: talks (``interactions.two_sided`` of
``data/across.toml``) have two sides however a report tells them. "Lorvia held talks" (its
partner guessed, or none) is one side's telling of the talks
another report tells as "Lorvia and the Front negotiated": such a telling holds no ``ends`` slot
(events.slots), so it joins the act of the telling it shares its named party with (the guess
still matches no other end), and the event says so in ``reasons``. Joined on one party, a
plan of talks is as often the next round as the last one: modality is part of that join, so
one side's plan never joins talks told as held, nor one side's held talks a plan, however the
plan names its sides (slots ``plan`` and ``held``, events.told_slot). An agreement is not such an act: "the Front
agreed" may be the Front's acceptance, apart from the mutual agreement (above).

Rule ``across.events.one_side_order``: the order of an undirected event's parties (the gold's
order of first mention, events.undirected_ends) is read from the tellings that put one party
first: not from a telling with an end the extractor filled in, nor from talks told by one side.

Directed acts are left as they are: their
``slots`` hold named ends only, and an inferred mediation target is the spec's one
party per record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from backchannel.resolve.across.cluster import RankedClusters
from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.records import InterRec
from backchannel.resolve.across.words import words

PLANNED = "planned"
GUESSED_PARTNER = "across.events.guessed_partner"
GUESSED = "?guessed"  # the ends slot's value for a partner the report did not name
HYPOTHETICAL = "hypothetical"  # neither planned nor done
TOLD_AS = "across.events.told_as"
TWO_SIDED = "across.events.two_sided"


def families(kind: str) -> tuple[str, ...]:
    """The types a telling is blocked and compared under: the types it may be told as (in the data's order),
    else its own. Why several: a call may be told as the talks held in it, or as the telling made in it."""
    told = link_words().told_as.get(kind)
    return tuple(told) if told else (kind,)


def family(kind: str) -> str:
    """The first type a telling may be told as, else its own."""
    return families(kind)[0]


def shared_family(a: str, b: str) -> str | None:
    """The first type two types are both compared under (None: never one act)."""
    return next((f for f in families(a) if f in families(b)), None)


def types_fit(a: InterRec, b: InterRec) -> bool:
    """Same type, or one the other may be told as: tellings of two reports, both told as done."""
    if a.type == b.type:
        return True
    return shared_family(a.type, b.type) is not None and a.doc != b.doc \
        and PLANNED not in (a.modality, b.modality) and HYPOTHETICAL not in (a.modality, b.modality)


def told_as_fit(a: InterRec, b: InterRec, ea: tuple[str | None, str | None], eb: tuple[str | None, str | None],
                named: frozenset[str], side: dict[str, str], kinds: dict[str, str] | None = None) -> bool:
    """Rule ``across.events.call_told_as_inform``: a call and a telling (``told_as_both_ends`` of across_links.toml)
    are one act only when both their ends are one party each: the same entity, or a named party and an unnamed
    one of its side ("X called Y" / "X informed his <demonym> counterpart"). Why: one envoy calls and tells many
    people; a shared caller alone (or a partner standing for the same state) does not make a call the telling
    another report gives. Other pairs of types (a call told as talks) keep the one shared end of every act.
    The unnamed end is of the named one's kind (``kinds``: entity id -> kind): a counterpart stands for a named person,
    never a group of that person's state ("the Ostland families of the captives" for an Ostland minister, review s46
    finding 14)."""
    if shared_family(a.type, b.type) not in link_words().told_as_both_ends:
        return True
    for x, y in zip(ea, eb):
        if x == y and x is not None:
            continue
        if x is None or y is None or (x in named) == (y in named):
            return False
        known, unnamed = (x, y) if x in named else (y, x)
        if not side.get(unnamed) or side.get(unnamed) != side.get(known) \
                or (kinds or {}).get(unnamed) != (kinds or {}).get(known):
            return False
    return True


def event_type(kinds: Iterable[str]) -> str:
    """An event's type from its tellings' types: a type told as another gives way to that other (to the first
    of them, in the data's order, when its tellings hold several)."""
    present = set(kinds)
    kept = sorted(k for k in present if families(k) == (k,) or not present.intersection(families(k)))
    order = [f for k in sorted(present) for f in families(k) if f != k]
    return min(kept, key=lambda k: (order.index(k) if k in order else len(order), k))


Key = tuple[str, str]


def join_told_as(uf: RankedClusters, pending: list[tuple[InterRec, InterRec]]) -> list[tuple[Key, Key, list[str]]]:
    """Join pairs of tellings of two types that compare as one act (``pending``, in the order they were
    compared) once the tellings of one type are grouped in ``uf``, when one side is told by one report
    alone; the joins made, each with its reasons. (No pair pending: nothing read, the reports of each event
    are not gathered.)"""
    if not pending:
        return []
    docs: dict = {}
    for i, key in enumerate(uf.keys):
        docs.setdefault(uf.find(i), set()).add(key[0])  # type: ignore[index]
    out: list[tuple[Key, Key, list[str]]] = []
    for a, b in pending:
        ka, kb = (a.doc, a.id), (b.doc, b.id)
        ia, ib = uf.id[ka], uf.id[kb]
        ra, rb = uf.find(ia), uf.find(ib)
        if ra == rb or min(len(docs[ra]), len(docs[rb])) > 1:
            continue
        lone = a if len(docs[ra]) == 1 else b
        if uf.union(ia, ib):
            small, big = sorted((docs.pop(ra), docs.pop(rb)), key=len)
            big |= small  # into the larger set: a copy of it per join would grow with the event's reports
            docs[uf.find(ia)] = big
            out.append((ka, kb, [TOLD_AS, f"'{a.type}' in {a.doc} and '{b.type}' in {b.doc}: one act told as "
                                          f"'{shared_family(a.type, b.type)}', the type that says more; {lone.doc} alone "
                                          f"tells it as '{lone.type}'"]))
    return out


def partner_guessed(r: InterRec) -> bool:
    """An undirected act whose partner (its target) the report did not name there: the extractor filled it in."""
    return "target" in r.inferred and r.type in words().symmetric


def end_filled(r: InterRec) -> bool:
    """Whether the extractor filled in an end of the act (its source or target, listed in ``inferred``)."""
    return "source" in r.inferred or "target" in r.inferred


def one_side(r: InterRec, ends: tuple[str | None, str | None]) -> bool:
    """Two-sided talks (``interactions.two_sided``) told by one side: one end only, or a partner the extractor
    filled in (:func:`partner_guessed`), not read in the telling's sentence (rule ``across.events.two_sided``).

    Why not a filled-in source too: "a second round will be negotiated" names no party; the extractor fills both
    ends from the story, and such a telling is then read as naming both (a plan joins the talks it plans)."""
    return r.type in words().two_sided and (partner_guessed(r) or not all(ends))


def told_ends(r: InterRec, ends: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """An act's entity ends as the report tells them: a guessed partner left out."""
    return (ends[0], None) if partner_guessed(r) else ends


def guessed_partner(members: list[InterRec], ends: Callable[[InterRec], tuple[str | None, str | None]],
                    sources: Counter[str]) -> Counter[str]:
    """The partner every guessing telling guessed, when they agree on one (not the event's own source)."""
    guessed = {t for m in members if partner_guessed(m) and (t := ends(m)[1])} - set(sources)
    return Counter(guessed) if len(guessed) == 1 else Counter()


def guessed_reason(members: list[InterRec], ends: Callable[[InterRec], tuple[str | None, str | None]]) -> list[str]:
    """The reasons an event records when some of its tellings' partners were guessed (empty: none), or when
    talks told by one side were joined with talks told with both sides named (rule ``across.events.two_sided``)."""
    guessed = sorted({t for m in members if partner_guessed(m) and (t := ends(m)[1])})
    told = sum(partner_guessed(m) for m in members)
    talks = [m for m in members if m.type in words().two_sided]
    both = sorted({m.doc for m in talks if not one_side(m, ends(m))})
    one = sorted({m.doc for m in talks if one_side(m, ends(m))})
    if both and one:
        return [TWO_SIDED, f"{len(one)} report(s) ({', '.join(one)}) tell '{talks[0].type}' naming one side "
                           f"(partner guessed: {', '.join(guessed) or 'none'}), {len(both)} ({', '.join(both)}) "
                           f"naming both: an act with two sides, one act"]
    if not guessed:
        return []
    return [GUESSED_PARTNER, f"{told} of {len(members)} tellings name no partner (guessed: {', '.join(guessed)}): "
                             f"one act of the party they name, apart from the act told with both parties named"]
