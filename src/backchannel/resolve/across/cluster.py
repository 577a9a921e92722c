"""Clustering with constraints, and every decision kept as a reviewable judgement.

Why union-find with cannot-links: pairwise matches are scored one pair at a time,
but a merge joins whole clusters; a chain of plausible pairs must not join two
actors of one report (a dossier already tells them apart) or two names a user said
are different. Pairs are merged best first, and a merge that would break a
constraint is refused and recorded, so an analyst sees both what was joined and
what was held apart, and why (the judgement model of FollowTheMoney / Aleph).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Set
from typing import Hashable, Iterable


@dataclass
class Judgement:
    """One decision about a pair: merged, refused (and by what), forced or forbidden by the user."""

    a: tuple[str, str]
    b: tuple[str, str]
    score: float
    decision: str  # "merged" | "refused" | "forced" | "forbidden"
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"a": {"doc": self.a[0], "id": self.a[1]}, "b": {"doc": self.b[0], "id": self.b[1]},
                "score": round(self.score, 2), "decision": self.decision, "reasons": self.reasons}


SHORT = "*"  # a slot value ending so is a short form ("Mo", "M."): it fits every value it begins
SPELT = "\x1f"  # in a full given-name value, what follows is its spelling (see :func:`compatible`)
MIDDLE = "\x1e"  # in a given name's spelling, what follows each is a middle name's spelling (:func:`middle_fits`)


def compatible(values: set[str]) -> bool:
    """Slot values that may share a cluster: at most one full value, and every short form a prefix of it.

    Why: a given name written short ("Mo", "M.") is the same person as the full
    one it begins ("Morris"), while two full given names ("Mark", "Miles") are not.
    A full value may carry its spelling after :data:`SPELT` (given names): two full
    values are one when their consonants are ("Mohammed" / "Muhammad") or one's
    spelling of four letters or more begins the other's ("Steve" / "Steven").
    """
    full = {v for v in values if not v.endswith(SHORT)}
    if len(full) > 1 and not one_full(full):
        return False
    keys = sorted((v.split(SPELT)[0] for v in full), key=len)
    shorts = sorted((v[:-1] for v in values if v.endswith(SHORT)), key=len)
    longest = keys[-1] if keys else (shorts[-1] if shorts else "")
    return all(longest.startswith(p) for p in shorts)


def fits(va: set[str], vb: set[str]) -> bool:
    """:func:`compatible` of ``va | vb`` for two different value sets, the common case decided without the union.

    Why: a merge check meets two clusters' single values in a slot (two reports' actor ids, two days, two
    parties) millions of times on a large corpus: two full values that are not both given names with their
    spelling never fit (:func:`one_full`), so nothing needs sorting.
    """
    if len(va) == 1 == len(vb):
        x, y = next(iter(va)), next(iter(vb))
        if not x.endswith(SHORT) and not y.endswith(SHORT) and (SPELT not in x or SPELT not in y):
            return False
    return compatible(va | vb)


def one_full(full: set[str]) -> bool:
    """Full values that are one given name: equal consonants, or one spelling the start of another."""
    if not all(SPELT in v for v in full):  # a value with no spelling (not a given name) is one value alone
        return False
    parts = [v.split(SPELT) for v in full]
    if any(len(p) != 2 for p in parts):
        return False
    if len({p[0] for p in parts}) == 1:
        return True
    spelt = sorted((p[1].split(MIDDLE)[0] for p in parts), key=len)
    return all(begins_given(y, x) or slipped_given(y, x) for y, x in zip(spelt, spelt[1:])) or middle_fits(parts)


def middle_fits(parts: list[list[str]]) -> bool:
    """Given names that are one person's first and middle names (rule ``across.entities.middle_name``):
    one value with middle names, and every other value either its given name or, with no middle names
    of its own, one of its middle names ("Ana Maria Varga" / "Maria Varga"; never "Tomas Varga" too). Spelt, not
    by consonants: a middle name is a second given name only when written the same ("Maria", never "Mario")."""
    for anchor in parts:
        _, *mids = anchor[1].split(MIDDLE)
        if not mids:
            continue
        if all(p[0] == anchor[0] and p[1].split(MIDDLE)[1:] in ([], mids) or MIDDLE not in p[1] and p[1] in mids
               for p in parts):
            return True
    return False


#: the shortest given name that may stand for a longer one it begins ("Steve" for "Steven");
#: shorter ones ("Al", "Mo") begin too many names to join on (across.entities.given_short_form)
MIN_SHORT_GIVEN = 4


def begins_given(short: str, full: str) -> bool:
    """Is ``short`` a short form of the given name ``full`` (it begins it, and is long enough)?"""
    return len(short) >= MIN_SHORT_GIVEN and full.startswith(short)


def slipped_given(short: str, full: str) -> bool:
    """Is ``short`` the given name ``full`` with one letter dropped after its first ("Caro" / "Carlo")?

    Why: a report drops a letter of a foreign given name; one dropped letter, in a name
    of four letters or more that keeps its first letter, is a slip, not another person
    (across.entities.given_slip). A changed letter is not taken: "Mark" / "Mary" are two
    people, and so are names of three letters or fewer ("Jon" / "Jo").
    """
    if len(short) < MIN_SHORT_GIVEN or len(full) != len(short) + 1 or short[0] != full[0]:
        return False
    return any(full[:i] + full[i + 1:] == short for i in range(1, len(full)))


class Clusters:
    """Union-find over item keys with cannot-link constraints.

    ``exclusive`` gives each item constraint slots ``{slot: value}``: two clusters
    that hold different values in one slot never merge. The slot of a document
    (value: the item id) keeps the distinct actors of one report apart; the slot of
    a user's "different" group (value: which of its names) keeps those names apart.
    """

    def __init__(self, items: Iterable[Hashable], exclusive: dict[Hashable, dict[str, str]] | None = None) -> None:
        self.parent: dict[Hashable, Hashable] = {}
        self.labels: dict[Hashable, dict[str, set[str]]] = {}
        for it in items:
            self.parent[it] = it
            self.labels[it] = {k: {v} for k, v in (exclusive or {}).get(it, {}).items()}

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        root = parent[x]
        if root == x:  # most items asked after are roots (or one step from one): no walk
            return root
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def conflict(self, a: Hashable, b: Hashable) -> set[str]:
        """The labels that forbid joining the clusters of ``a`` and ``b`` (empty: they may join)."""
        ra, rb = self.find(a), self.find(b)
        return set() if ra == rb else self.clash(ra, rb)

    def clash(self, ra: Hashable, rb: Hashable) -> set[str]:
        """:meth:`conflict` of two distinct roots (found already: not looked up again)."""
        la, lb = self.labels[ra], self.labels[rb]
        if len(lb) < len(la):  # the smaller label map is walked, each slot looked up in the other
            la, lb = lb, la  # (no set of the shared slots built: most pairs share few and clash on none)
        out: set[str] = set()
        for k, va in la.items():
            vb = lb.get(k)
            if vb is not None and va != vb and not fits(va, vb):
                out.add(k)
        return out

    def union(self, a: Hashable, b: Hashable, force: bool = False) -> bool:
        """Join the clusters of ``a`` and ``b`` unless a constraint forbids it (``force`` overrides)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and self.clash(ra, rb):
            return False
        self.link(ra, rb)
        return True

    def join(self, a: Hashable, b: Hashable) -> set[str]:
        """Join the clusters of ``a`` and ``b`` unless a constraint forbids it; the labels that forbade it.

        The same as :meth:`conflict` then a forced :meth:`union`, with each root found once.
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return set()
        blocked = self.clash(ra, rb)
        if not blocked:
            self.link(ra, rb)
        return blocked

    def link(self, ra: Hashable, rb: Hashable) -> None:
        """Join two distinct roots: the one first in order stays the root; the label maps are merged."""
        if str(rb) < str(ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.labels[ra] = merged_labels(self.labels[ra], self.labels.pop(rb))

    def groups(self) -> list[list[Hashable]]:
        """The clusters, each sorted, in order of their first item."""
        out: dict[Hashable, list[Hashable]] = {}
        for it in self.parent:
            out.setdefault(self.find(it), []).append(it)
        return sorted((sorted(g, key=str) for g in out.values()), key=lambda g: str(g[0]))


def merged_labels(a: dict[str, set[str]], b: dict[str, set[str]]) -> dict[str, set[str]]:
    """Two clusters' label maps as one: the smaller map goes into the larger, so a big cluster is not
    copied at every merge (the caller keeps the root; the map it gets back may be either argument)."""
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    for k, vals in small.items():
        if k in big:
            big[k].update(vals)
        else:
            big[k] = vals
    return big


class RankedClusters(Clusters):
    """:class:`Clusters` over items numbered by their place in ``str`` order: the same clusters, roots and groups.

    Why: merging the scored pairs of a large corpus asks for tens of millions of roots (28.5 million
    judgements at 100,000 reports); with (doc, id) tuple keys each ask hashes a tuple, and each join built
    two ``str`` of keys to choose the root. Here an item is its rank (:attr:`id`), the parents and label
    maps are lists, and the root kept at a join (the key first in ``str`` order, as :meth:`Clusters.link`
    keeps) is the smaller number. Callers pass ranks to :meth:`find`, :meth:`join` and :meth:`union`;
    :meth:`groups` gives back the keys.
    """

    def __init__(self, items: Iterable[Hashable], exclusive: dict[Hashable, dict[str, str]] | None = None) -> None:
        self.keys: list[Hashable] = sorted(set(items), key=str)
        self.id: dict[Hashable, int] = {k: i for i, k in enumerate(self.keys)}
        self.parent = list(range(len(self.keys)))  # type: ignore[assignment]
        self.labels = [{k: {v} for k, v in (exclusive or {}).get(it, {}).items()}  # type: ignore[assignment]
                       for it in self.keys]

    def link(self, ra: Hashable, rb: Hashable) -> None:
        """Join two distinct roots: the smaller number (the key first in ``str`` order) stays the root."""
        if rb < ra:  # type: ignore[operator]
            ra, rb = rb, ra
        self.parent[rb] = ra
        labels = self.labels
        labels[ra] = merged_labels(labels[ra], labels[rb])  # type: ignore[index]
        labels[rb] = {}  # type: ignore[index]  # (a root no more: its map is never read)

    def groups(self) -> list[list[Hashable]]:
        """The clusters as keys, each in ``str`` order, in order of their first key (as :meth:`Clusters.groups`)."""
        out: dict[int, list[Hashable]] = {}
        find, keys = self.find, self.keys
        for i in range(len(keys)):  # a root is its cluster's smallest number: met first, groups come in order
            out.setdefault(find(i), []).append(keys[i])  # type: ignore[arg-type]
        return list(out.values())


#: what each kind of constraint slot says when it refuses a merge (the slot's name up to its first colon)
REFUSAL_NOTES = {"doc": "would join two actors of one report", "given": "two given names with one surname",
                 "story": "a description stands for one party per story", "affiliation": "would join two sides"}


def refusal_tag(blocked: Set[str]) -> frozenset[str]:
    """What :func:`refusal` reads of the clashing slots: each slot's kind when it has a note, else the slot
    (two refusals with one tag give one text: "doc:r1" and "doc:r2" both "would join two actors of one report")."""
    return frozenset(k if (k := slot.split(":", 1)[0]) in REFUSAL_NOTES else slot for slot in blocked)


def refusal(blocked: Set[str]) -> str:
    """Why a cannot-link refused a merge, from the constraint slots that clash (reviewable, so named)."""
    said = sorted({REFUSAL_NOTES.get(b.split(":")[0], b) for b in blocked})
    return "; ".join(said) or REFUSAL_NOTES["doc"]
