"""Channels: for each pair of parties, the paths their communication took.

A path is direct or runs through intermediaries, in order from the first party
to the second. Paths come from communicative interactions (contact, message,
inform, negotiate, meet, propose, demand, persuade, agree) between two actors,
their ``via`` lists, and ``mediate`` records: a mediator with several parties
opens a path between each two of them through the mediator.

Each channel also lists who learned of it and how (``learn``; ``inform`` from
one of its parties or their side), and who was kept out (``inform`` negated).
An outsider's ``learn``/``inform`` is tied to a channel when its informant (or
the one learned from) is a member of the channel or on a party's side, when its
topic shares a word with the topics of the channel's interactions (their evidence
sentences when none has a topic), or when it
shares a word with the topic of a tied ``inform`` that kept the same actor out
("X was not told of the talks but learned of them"). Without a topic, its
evidence sentence stands in and must share two words.
"""

from __future__ import annotations

import re
from itertools import combinations

import msgspec

from backchannel.model import Dossier, Interaction, Time
from backchannel.views.base import Index, first, last

#: Interaction types that carry communication between two parties.
COMMUNICATIVE = frozenset({"contact", "message", "inform", "negotiate", "meet", "propose", "demand",
                           "persuade", "agree", "mediate"})
_WORD = re.compile(r"\w{5,}")


class Path(msgspec.Struct, kw_only=True):
    via: list[str]  # intermediaries in order from parties[0] to parties[1]; [] = direct
    interactions: list[str]
    types: list[str]
    directions: list[str]  # "forward" (parties[0] → parties[1]), "backward", or both
    messages: int = 0  # counted messages (message interactions; count.value, else 1 each)
    qualifier: str | None = None  # "over"/"about"/"under" when a count was approximate
    first: str | None = None
    last: str | None = None


class Awareness(msgspec.Struct, kw_only=True, omit_defaults=True):
    actor: str
    how: str  # learned | told | not_told | not_learned
    source: str | None = None
    means: str | None = None
    time: Time | None = None
    interaction: str


class Channel(msgspec.Struct, kw_only=True):
    parties: list[str]
    sides: list[str | None]
    paths: list[Path]
    messages: int
    qualifier: str | None
    first: str | None
    last: str | None
    interactions: list[str]
    aware: list[Awareness]  # who learned of the channel, who was told, who was kept out


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def channels(dossier: Dossier, index: Index | None = None) -> list[Channel]:
    ix = index or Index(dossier)
    # pair (a, b) in actor order -> path key (via tuple) -> [(interaction, forward?)]
    paths: dict[tuple[str, str], dict[tuple[str, ...], list[tuple[Interaction, bool]]]] = {}

    def add(a: str, b: str, via: list[str], i: Interaction, both: bool = False) -> None:
        if a == b:
            return
        fwd = ix.order.get(a, 1 << 30) <= ix.order.get(b, 1 << 30)
        pair = (a, b) if fwd else (b, a)
        key = tuple(via) if fwd else tuple(reversed(via))
        slot = paths.setdefault(pair, {}).setdefault(key, [])
        for d in ((True, False) if both else (fwd,)):
            if all(x is not i or f != d for x, f in slot):
                slot.append((i, d))

    mediated: dict[str, list[Interaction]] = {}
    for i in dossier.interactions:
        if i.negated or i.type not in COMMUNICATIVE or not i.source:
            continue
        if i.type == "mediate":
            if i.target:
                mediated.setdefault(i.source, []).append(i)
            continue
        if i.target:
            add(i.source, i.target, [v for v in i.via if v not in (i.source, i.target)], i)
        elif i.via:  # no recipient named: the messages reached at least the last intermediary
            via = [v for v in i.via if v != i.source]
            if via:
                add(i.source, via[-1], via[:-1], i)
    for mediator, recs in mediated.items():
        for x, y in combinations(recs, 2):
            # (every mediation in ``mediated`` has a target)
            if x.target and y.target and x.target != y.target and mediator not in (x.target, y.target):
                # a mediator carries both ways
                add(x.target, y.target, [mediator], x, both=True)
                add(x.target, y.target, [mediator], y, both=True)

    out: list[Channel] = []
    for (a, b), by_via in paths.items():
        plist = []
        for path_via, seen in by_via.items():
            msgs, quals = 0, set()
            unique = list({i.id: i for i, _ in seen}.values())
            for i in unique:
                if i.type == "message":
                    msgs += i.count.value if i.count else 1
                    if i.count and i.count.qualifier != "exactly":
                        quals.add(i.count.qualifier)
            times = [i.time.value for i in unique if i.time]
            dirs = sorted({"forward" if f else "backward" for _, f in seen})
            plist.append(Path(via=list(path_via), interactions=[i.id for i in unique],
                              types=sorted({i.type for i in unique}), directions=dirs, messages=msgs,
                              qualifier=quals.pop() if len(quals) == 1 else None,
                              first=first(times), last=last(times)))
        plist.sort(key=lambda p: (len(p.via), p.via))
        allq = {p.qualifier for p in plist if p.qualifier}
        out.append(Channel(
            parties=[a, b], sides=[ix.side(a), ix.side(b)], paths=plist,
            messages=sum(p.messages for p in plist), qualifier=allq.pop() if len(allq) == 1 else None,
            first=first(p.first for p in plist), last=last(p.last for p in plist),
            interactions=sorted({x for p in plist for x in p.interactions},  # ties by id: no set order
                                key=lambda x: (ix.interactions[x].evidence.start, len(x), x)),
            aware=[]))
    _awareness(dossier, ix, out)
    out.sort(key=lambda c: (-len(max((p.via for p in c.paths), key=len)), ix.order.get(c.parties[0], 0),
                            ix.order.get(c.parties[1], 0)))
    return out


def _awareness(dossier: Dossier, ix: Index, chans: list[Channel]) -> None:
    # the learn/inform acts, once: (interaction, knower, how, source, topic words, words needed)
    acts = []
    for i in sorted(dossier.interactions, key=lambda i: i.type != "inform"):  # "not told" before "learned"
        if i.type == "learn":
            knower, how, source = i.source, ("not_learned" if i.negated else "learned"), i.target
        elif i.type == "inform":
            knower, how, source = i.target, ("not_told" if i.negated else "told"), i.source
        else:
            continue
        if knower:
            # a whole sentence standing in for a missing topic shares words by chance more easily
            acts.append((i, knower, how, source, _words(i.topic or i.evidence.text), 1 if i.topic else 2))
    if not acts:
        return
    for c in chans:
        members = set(c.parties) | {v for p in c.paths for v in p.via}
        party_sides = {ix.side(p) for p in c.parties} | set(c.parties)
        # what the channel was about: its topics, or its evidence sentences when none has a topic
        topics = [ix.interactions[x].topic for x in c.interactions if ix.interactions[x].topic]
        texts = topics or [ix.interactions[x].evidence.text for x in c.interactions]
        words: set[str] = set().union(*(_words(t) for t in texts))
        kept_out: dict[str, set[str]] = {}  # knower -> topic words of the tied "not told"
        for i, knower, how, source, topic, need in acts:
            if knower in members or ix.side(knower) in party_sides:
                continue
            tied = (source is not None and (source in members or ix.side(source) in party_sides)
                    or len(topic & words) >= need or len(topic & kept_out.get(knower, set())) >= need)
            if tied:
                if how == "not_told":  # "X was not told of the talks but learned of them": same talks
                    kept_out.setdefault(knower, set()).update(topic)
                c.aware.append(Awareness(actor=knower, how=how, source=source, means=i.means, time=i.time,
                                         interaction=i.id))
        c.aware.sort(key=lambda w: ix.interactions[w.interaction].evidence.start)
