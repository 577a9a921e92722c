"""Entities: the actors of many reports resolved into real-world parties.

Splink-style, in three steps. **Blocking**: every actor record emits exact keys
(normal forms of its name and proper aliases, surname, consonant skeleton,
acronym, role + affiliation); only records sharing a key are compared, and a key
held by very many records is compared against a bounded number of them, so the
cost grows with the corpus, not with its square. **Scoring**: a pair earns
weights for each piece of evidence (same name, name containment, transliteration,
acronym, shared statement, unique role, same outlet) and loses weight for
conflicting kinds or affiliations; every weight is written as a reason.
**Clustering**: pairs above the threshold are merged best first by union-find
with cannot-links (two actors of one report, a user's "different" names); each
decision is a :class:`~backchannel.resolve.across.cluster.Judgement`.

The scoring is :mod:`entityscore` (:class:`Scorer`) and the merge decisions :mod:`decisions`; this module
blocks, groups identical names, and builds the entities.

Unnamed actors ("a US official", "sources") never join by their description
alone: they need a shared statement, a role that one named person alone holds,
or the same outlet. Unnamed *collectives* named the same way in the story
("mediators", "Palestinian prisoners") join by name, as definite groups do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Hashable
from dataclasses import dataclass, field, replace

import numpy as np

from backchannel.resolve.across.aliases import Aliases
from backchannel.resolve.across.blocking import (  # noqa: F401 (block_pairs, blocking_keys, MAX_BLOCK: re-exported)
    MAX_BLOCK, block_pairs, blocking_keys, candidate_array, candidate_pairs, is_source_like)
from backchannel.resolve.across.cluster import (  # noqa: F401 (refusal, refusal_tag, REFUSAL_NOTES: re-exported)
    REFUSAL_NOTES, Judgement, RankedClusters, refusal, refusal_tag)
from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.decisions import decide
from backchannel.resolve.across.entityscore import THRESHOLD, Scorer  # noqa: F401 (the pair scorer: re-exported)
from backchannel.resolve.across.memo import score_into, score_pairs
from backchannel.resolve.across.name_evidence import (  # noqa: F401 (PERSON, given_name: re-exported)
    PERSON, given_name, given_name_slot, office_title)
from backchannel.resolve.across.names import norm
from backchannel.resolve.across.pairkeys import PairKeys
from backchannel.resolve.across.pairlog import JudgementLog, ScoredPairs
from backchannel.resolve.across.records import ActorRec

IDENTICAL = 7.0  # the weight of identical forms, kind and affiliation (grouped before blocking)


@dataclass
class EntityResult:
    """Entity id of every actor key, the entities of the spec, and the judgements."""

    entity_of: dict[tuple[str, str], str] = field(default_factory=dict)
    entities: list[dict] = field(default_factory=list)
    judgements: JudgementLog = field(default_factory=JudgementLog)
    capped: Capped | None = None  # the oversize blocks (None when another engine did the blocking)



#: (-score, key a, key b, reasons) of a pair at or above the threshold.
Scored = tuple[float, tuple[str, str], tuple[str, str], list[str]]
ScorePairs = Callable[[list[ActorRec], "Scorer", bool], list[Scored]]


def scored_columns(reps: list[ActorRec], scorer: Scorer, one_event: bool, capped: Capped) -> ScoredPairs:
    """:func:`scored_candidates` in columns (positions in ``reps``), the pairs blocked as an array."""
    sink = ScoredPairs()
    ij = candidate_array(reps, capped, one_event, story_blocks(scorer))
    if scorer.story_keys:  # (a story key is read by record: nothing shared but the unnamed pairs' memo)
        score_into(reps, scorer.score, ij, THRESHOLD, fresh(scorer), sink)
    else:  # shared without the roles, whose term is added per pair (memo.Split)
        score_into(reps, scorer.score, ij, THRESHOLD, fresh(scorer), sink, PairKeys(reps, scorer.source_like, False),
                   scorer)
    return sink


def story_blocks(scorer: Scorer) -> Callable[[ActorRec], set[str]] | None:
    """The extra blocking keys of a record's story roles (``s:<key>``), when the corpus has stories."""
    story_keys = scorer.story_keys
    return (lambda r: {"s:" + k for k in story_keys.get(r.key, ())}) if story_keys else None


def scored_candidates(reps: list[ActorRec], scorer: Scorer, one_event: bool = False,
                      pairs: Iterable[tuple[int, int]] | None = None) -> list[Scored]:
    """Every candidate pair of ``reps`` (blocking, or ``pairs``) that scores at least THRESHOLD, with its reasons.

    A function of its own so that another engine (``backchannel.scale.resolve``,
    on Ray) can compute the same list on many workers, each given a share of
    the pairs; its order does not matter, :func:`resolve_entities` sorts it
    before clustering.
    """
    if pairs is None:
        pairs = candidate_pairs(reps, one_event, story_blocks(scorer))
    return score_pairs(reps, scorer.score, pairs, THRESHOLD, fresh(scorer))  # memo.py: scores shared in bulk


def fresh(scorer: Scorer) -> Callable[[ActorRec], bool]:
    """The records whose score reads more than ``pairkeys.signature``: named ones, sources, all when stories count."""
    if scorer.story_keys:  # a record's story keys are read by its key
        return lambda r: True
    return lambda r: r.named or scorer.source_like(r)


def profiles(recs: list[ActorRec]) -> list[list[int]]:
    """Named records with identical forms, kind and affiliation, grouped (unnamed ones stay alone).

    Why: a corpus names its main parties in nearly every report; comparing
    "Israel" with "Israel" 100,000 times tells nothing new. One representative of
    each group is blocked and scored; the others join it as identical.
    """
    groups: dict[tuple, list[int]] = {}
    for i, r in enumerate(recs):
        key = (tuple(r.forms), r.kind, r.affiliation) if r.named and r.forms else ("#", i)
        groups.setdefault(key, []).append(i)
    return list(groups.values())


def resolve_entities(recs: list[ActorRec], aliases: Aliases | None = None,
                     distinct_within_doc: bool = True, one_event: bool = False,
                     same: list[tuple[tuple[str, str], tuple[str, str]]] | None = None,
                     same_why: dict[tuple[tuple[str, str], tuple[str, str]], str] | None = None,
                     story_of: dict[str, str] | None = None,
                     score_pairs: ScorePairs | None = None) -> EntityResult:
    """Cluster actor records into entities; every merge, refusal and user decision is a judgement.

    ``distinct_within_doc``: the actors of one dossier are already resolved, so two
    of them never join (off for mention-level input such as ECB+). ``one_event``:
    see :func:`is_source_like`. ``same``: pairs a report names as one (a name and
    another in brackets, :func:`records.bracketed`; one body in two word orders,
    :func:`records.one_body`), joined whatever the constraints; ``same_why``: their reasons.
    ``score_pairs``: computes :func:`scored_candidates` (default: here, in one process).
    """
    aliases = aliases or Aliases()
    keys = [r.key for r in recs]
    slots: dict[Hashable, dict[str, str]] = {}
    for r in recs:
        slot = {f"doc:{r.doc}": r.id} if distinct_within_doc else {}
        if r.kind != PERSON and r.affiliation:  # an office or a team acts for one side only
            slot["affiliation"] = r.affiliation
        slot.update(given_name_slot(r))
        if story_of and not r.named and r.doc in story_of and not office_title(r.name):
            slot["story"] = story_of[r.doc]
        for g, j in aliases.index(r.forms, aliases.different):
            slot[f"different:{g}"] = str(j)
        slots[r.key] = slot
    uf = RankedClusters(keys, slots)
    uid = uf.id
    out = EntityResult()
    forced: dict[int, list[ActorRec]] = {}
    for r in recs:
        for g, _ in aliases.index(r.forms, aliases.same):
            forced.setdefault(g, []).append(r)
    for g, members in forced.items():
        for m in members[1:]:
            uf.union(uid[members[0].key], uid[m.key], force=True)
            out.judgements.append(Judgement(members[0].key, m.key, 99.0, "forced",
                                            [f"alias file: same ({aliases.same[g][1] or 'no reason given'})"]))
    known = set(keys)
    for ka, kb in same or []:
        if ka in known and kb in known and uf.union(uid[ka], uid[kb], force=True):
            reason = (same_why or {}).get((ka, kb), "one report names both, the second in brackets")
            out.judgements.append(Judgement(ka, kb, 99.0, "forced", [reason]))
    scorer = Scorer(recs, one_event, story_of)
    scored, reps, rep_of = ScoredPairs(), [], []
    for group in profiles(recs):
        first = recs[group[0]]
        if scorer.story_keys:  # a name's descriptors in every story it is told in
            scorer.story_keys[first.key] = set().union(*(scorer.story_keys.get(recs[i].key, set()) for i in group))
        for i in group[1:]:
            scored.add(-IDENTICAL, group[0], i, [f"identical name, kind and affiliation "
                                                 f"('{first.forms[0]}') +{IDENTICAL:g}"])
        descriptors = sorted({d for i in group for d in recs[i].descriptors})
        reps.append(replace(first, descriptors=descriptors) if len(group) > 1 else first)
        rep_of.append(group[0])
    if score_pairs is None:
        out.capped = Capped()
        found = scored_columns(reps, scorer, one_event, out.capped)
        scorer.source_like.got.clear()  # (scored: the records' flags are not held through the merges)
    else:
        found = ScoredPairs.of(score_pairs(reps, scorer, one_event), {r.key: k for k, r in enumerate(reps)})
    scored.extend(found, np.array(rep_of or [0], dtype=np.int64))
    del found
    decide(recs, scored, uf, out.judgements)
    build_entities(recs, uf, out)
    return out


def build_entities(recs: list[ActorRec], uf: RankedClusters, out: EntityResult) -> None:
    """The entity of each cluster: its most common named name, kind, aliases, descriptors, affiliation."""
    by_key = {r.key: r for r in recs}
    taken: Counter[str] = Counter()
    groups = uf.groups()
    for g in groups:
        members = [by_key[k] for k in g]  # type: ignore[index]
        named = [m for m in members if m.named] or members
        names = Counter(m.name for m in named)
        name = max(names, key=lambda n: (names[n], len(n)))
        base = "-".join(norm(name).split()) or "entity"
        taken[base] += 1
        eid = base if taken[base] == 1 else f"{base}-{taken[base]}"
        for m in members:
            out.entity_of[m.key] = eid
        kinds = Counter(m.kind for m in members)
        out.entities.append({
            "id": eid, "name": name, "kind": kinds.most_common(1)[0][0],
            "aliases": sorted({m.name for m in members} - {name}),
            "descriptors": sorted({d for m in members for d in m.descriptors}),
            "affiliation": None, "named": any(m.named for m in members),
            "members": [{"doc": m.doc, "actor": m.id} for m in members]})
    for e, g in zip(out.entities, groups):
        affs = Counter(out.entity_of.get((by_key[k].doc, by_key[k].affil_id or ""))  # type: ignore[index]
                       for k in g)
        affs.pop(None, None)
        affs.pop(e["id"], None)
        if affs:
            e["affiliation"] = affs.most_common(1)[0][0]
