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
from functools import partial

import numpy as np
from itertools import combinations

from backchannel.resolve.across.aliases import Aliases
from backchannel.resolve.across.blocking import (  # noqa: F401 (block_pairs, blocking_keys, MAX_BLOCK: re-exported)
    MAX_BLOCK, block_pairs, blocking_keys, candidate_array, candidate_pairs, is_source_like, role_keys)
from backchannel.resolve.across.countgroups import (BARE_RULE, BARE_WEIGHT, bare_nationality, count_match,
                                                     count_sides)
from backchannel.resolve.across.cluster import (  # noqa: F401 (refusal, REFUSAL_NOTES: re-exported)
    REFUSAL_NOTES, SHORT, Judgement, RankedClusters, refusal, refusal_tag)
from backchannel.resolve.across.names import (acronym, of_inverted, core_tokens, head, is_initialism, norm, side_free,
                                               skeleton, spelled_alike, strip_titles, surname)
from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.memo import Parts, PerRecord, score_into, score_pairs
from backchannel.resolve.across.name_evidence import (PERSON, extended_name, given_name, given_name_slot, given_slip,
                                                       misspelt, office_title, office_keys, same_body,
                                                       short_given, side_group, silent_group, vowel_spelling,
                                                       description_match, members_kind, said_alike, shared_side)
from backchannel.resolve.across.pairkeys import PairKeys
from backchannel.resolve.across.pairlog import JudgementLog, ScoredPairs
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.samepassage import shared_run
from backchannel.resolve.across.stories import story_role_keys
from backchannel.resolve.across.storyroles import (StoryRole, institution_form, lone_sides, role_conflict,
                                                   role_evidence)

THRESHOLD = 4.5
IDENTICAL = 7.0  # the weight of identical forms, kind and affiliation (grouped before blocking)
FORBIDDEN = "forbidden"  # a judgement's decision: the user's alias file keeps the pair apart
REFUSED = "refused"  # a judgement's decision: a cannot-link keeps the pair apart


@dataclass
class EntityResult:
    """Entity id of every actor key, the entities of the spec, and the judgements."""

    entity_of: dict[tuple[str, str], str] = field(default_factory=dict)
    entities: list[dict] = field(default_factory=list)
    judgements: JudgementLog = field(default_factory=JudgementLog)
    capped: Capped | None = None  # the oversize blocks (None when another engine did the blocking)


class Scorer:
    """Pairwise match weights with reasons; holds the corpus-wide role counts (for "unique role")."""

    role_threshold = THRESHOLD  # (memo.Split) the story roles weigh below it, may conflict at or above it

    def __init__(self, recs: list[ActorRec], one_event: bool = False,
                 story_of: dict[str, str] | None = None) -> None:
        self.one_event = one_event
        self.source_like = PerRecord(partial(is_source_like, one_event=one_event))  # asked twice a pair: kept
        holders: dict[str, set[str]] = {}
        story_holders: dict[str, set[str]] = {}
        #: per record, its ``story|head`` keys (see :func:`stories.story_role_keys`); empty without stories
        self.story_keys: dict[tuple[str, str], set[str]] = {}
        givens: dict[str, set[str]] = {}  # surname -> given names: "Ana Varga" and "Tomas Varga" are two holders
        for r in recs if story_of else ():
            if g := given_name(r):
                givens.setdefault(g[0], set()).add(skeleton(g[1]))
        for r in recs:
            person = r.named and r.kind == PERSON and bool(r.forms)
            if person:
                for k in role_keys(r):
                    holders.setdefault(k, set()).add(surname(r.forms[0]) or r.forms[0])
            if story_of and (person or not r.named):
                heads = [head(t) or "" for t in (r.descriptors if r.named else r.forms[:1])]
                self.story_keys[r.key] = story_role_keys(heads, story_of.get(r.doc))
                last = surname(r.forms[0]) or r.forms[0] if person else ""
                holder = last if len(givens.get(last, ())) < 2 else r.forms[0]
                for k in self.story_keys[r.key] if person else ():
                    story_holders.setdefault(k, set()).add(holder)
        self.unique_roles = {k for k, v in holders.items() if len(v) == 1}
        offices: dict[str, set[str]] = {}  # a state's one-holder office -> the named persons holding it
        for r in recs:
            if r.named and r.forms:
                for k in office_keys(r):
                    offices.setdefault(k, set()).add(surname(r.forms[0]) or r.forms[0])
        self.unique_offices = {k for k, v in offices.items() if len(v) == 1}
        sides: dict[str, set[str]] = {}  # head of an unnamed description -> the sides it is given
        for r in recs:
            if not r.named and r.forms and r.affiliation and (h := head(r.forms[0])):
                sides.setdefault(h, set()).add(r.affiliation)
        #: heads the corpus gives to groups of two sides or more ("Lorvian soldiers", "Velmari soldiers"):
        #: a bare "soldiers" could be either, so it joins neither by its description
        self.two_sided = {h for h, v in sides.items() if len(v) >= 2}
        self.unique_story_roles = {k for k, v in story_holders.items() if len(v) == 1}
        self.count_sides = count_sides([r.counted for r in recs if r.counted])  # across.entities.same_count
        self.lone = lone_sides([r.role for r in recs if r.role])  # the one side of the story's captives, if one

    def score(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """The weight of evidence that ``a`` and ``b`` are one party, and its reasons."""
        return self.with_roles(self.unroled(a, b), a.role, b.role)

    def unroled(self, a: ActorRec, b: ActorRec) -> Parts:
        """:meth:`score` but for the records' story roles: (weight, reasons, affiliation term or None, final?).

        Why apart: a role (``pairkeys.signature``) is one report's, so pairs of two groups with roles shared no
        score (nine scored pairs in ten on the synthetic corpus); the rest of a pair's score is shared by
        :mod:`memo` and only :meth:`with_roles` is worked out per pair. The lists given back are never changed."""
        members = (a.kind_by_members or b.kind_by_members) and members_kind(a, b)  # (most have neither)
        if (a.kind == PERSON) != (b.kind == PERSON) and a.named and b.named \
                and not (a.kind_guessed or b.kind_guessed or members):  # an NER label alone is no proof of kind
            return -10.0, ["a person and a non-person"], None, True
        s, why = 0.0, []
        if a.kind != b.kind and not (self.one_event and a.named != b.named):
            if members:
                why.append(f"kinds differ ({a.kind}/{b.kind}), one a group by its armed members under the same "
                           "full name (across.entities.members_kind) 0")
            elif a.named and b.named and a.kind_guessed != b.kind_guessed:
                # across.entities.guessed_kind: one side's kind is an NER label alone, the other's is
                # evidence: the label is no proof against it, so it costs nothing
                why.append(f"kinds differ ({a.kind}/{b.kind}), one from the NER label alone "
                           "(across.entities.guessed_kind) 0")
            else:
                s -= 1.0
                why.append(f"kinds differ ({a.kind}/{b.kind}) -1")
        s2, why2 = self.evidence(a, b) if self.source_like(a) or self.source_like(b) else self.names(a, b)
        s += s2
        why += why2
        if not (a.affiliation and b.affiliation):
            return s, why, None, False
        if a.affiliation != b.affiliation:
            return s, why, (-2.0, f"affiliations differ ({a.affiliation}/{b.affiliation}) -2"), False
        return s, why, (0.5, f"same affiliation ({a.affiliation}) +0.5"), False

    def with_roles(self, parts: Parts, ra: StoryRole | None, rb: StoryRole | None) -> tuple[float, list[str]]:
        """The score of :meth:`unroled`'s ``parts`` with the two records' roles (across.entities.captives /
        takers: one part in the story, or told apart), in :meth:`score`'s order of terms and reasons."""
        s, why, aff, final = parts
        if final:
            return s, list(why)
        if ra and rb:
            s3, why3 = role_evidence(ra, rb, self.lone) if s < THRESHOLD else role_conflict(ra, rb)
            s, why = s + s3, why + why3
        else:
            why = list(why)
        if aff is not None:
            s += aff[0]
            why.append(aff[1])
        return s, why

    def names(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """Evidence from the names of two named actors (or named-like collectives)."""
        shared = [f for f in a.forms if f in b.forms]
        if shared and not a.named and not b.named and not self.one_event:
            if None in (a.affiliation, b.affiliation) and head(shared[0]) in self.two_sided:
                shared = []  # across.entities.bare_two_sided: a bare "soldiers" is either side's
            elif all(bare_nationality(f) for f in shared):
                return BARE_WEIGHT, [f"same nationality '{shared[0]}', a people, not yet a party ({BARE_RULE}) "
                                     f"+{BARE_WEIGHT:g}"]
        if shared:
            w = 6.0 if a.kind != PERSON else (5.0 if len(shared[0].split()) == 1 else 7.0)
            side = " (one side's agents, across.entities.side_group)" if side_group(a) and side_group(b) else ""
            if any(of_inverted(f) == shared[0] for f in a.forms + b.forms):
                side = " (owner first, across.entities.of_inverted)"
            side = " (one institution's officials, across.entities.institution)" if institution_form(shared[0]) else side
            side = " (a group in the story's acts, across.entities.silent_group)" if silent_group(a) and \
                silent_group(b) else side
            return w, [f"same name '{shared[0]}'{side} +{w:g}"]
        if a.kind == PERSON and a.named and b.named:
            for fa in a.forms:
                for fb in b.forms:
                    ta, tb = set(core_tokens(fa)), set(core_tokens(fb))
                    if ta and tb and surname(fa) == surname(fb) and (ta <= tb or tb <= ta):
                        return 5.0, [f"name '{fa}' within '{fb}' +5"]
                    if len(ta) >= 2 and skeleton(fa) == skeleton(fb):
                        return 4.5, [f"same consonants '{fa}'/'{fb}' (transliteration) +4.5"]
                    if misspelt(fa, fb):
                        return 4.5, [f"surname spelt alike '{fa}'/'{fb}' +4.5"]
                    if short_given(fa, fb):
                        return 4.5, [f"given name a short form '{fa}'/'{fb}' (across.entities.given_short_form) +4.5"]
                    if given_slip(fa, fb) and (shared_side(a, b) or role_keys(a) & role_keys(b)):
                        return 4.5, [f"given name one letter apart '{fa}'/'{fb}', one side or role "
                                     "(across.entities.given_slip) +4.5"]
                    if extended_name(fa, fb):
                        return 4.5, [f"one name run on '{fa}'/'{fb}' (across.entities.extended_name) +4.5"]
            return self.role(a, b)
        if not a.named and not b.named or (self.one_event and a.named != b.named):
            counted = count_match(a.counted, b.counted, self.count_sides) if a.counted and b.counted else (0.0, [])
            if None in (a.affiliation, b.affiliation) and head(a.forms[0] if a.forms else "") in self.two_sided:
                return max(counted, self.role(a, b))  # a bare description of a head two sides share: which side?
            return max(description_match(a, b, self.one_event), counted, self.role(a, b))
        body = same_body(a, b)
        if body:
            return 5.0, [f"same body of {a.affiliation}: '{body}' +5"]
        if (pair := vowel_spelling(a, b)) is not None:
            return 4.5, [f"name spelt with another vowel '{pair[0]}'/'{pair[1]}' (across.entities.vowel_spelling) +4.5"]
        for x, y in ((a, b), (b, a)):
            short = [f for f in x.forms if len(f.split()) == 1 and (is_initialism(x.name) or len(f) <= 4)]
            for f in short:
                if any(acronym(g) == f for g in y.forms):
                    return 4.5, [f"acronym '{f}' +4.5"]
        return 0.0, []

    def role(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """A role (descriptor) that one named person alone holds, in the corpus or in one story."""
        if PERSON not in (a.kind, b.kind):
            return 0.0, []
        # a's keys are met with the corpus's unique ones first: most hold none, and b's are then not read
        held = office_keys(a) & self.unique_offices if a.named != b.named else set()
        held = held & office_keys(b) if held else held
        if held:
            o, side = sorted(held)[0].split("|")
            return 5.0, [f"office '{o}' of {side} held by one named person (across.entities.office_holder) +5"]
        if not self.story_keys:  # with stories, a role is unique within its story only (its keys not read)
            shared = role_keys(a) & self.unique_roles
            shared = shared & role_keys(b) if shared else shared
            if shared:
                return 5.0, [f"role '{sorted(shared)[0]}' held by one named person only +5"]
            return 0.0, []
        if a.named == b.named:
            return 0.0, []
        in_story = self.story_keys.get(a.key, set()) & self.story_keys.get(b.key, set()) & self.unique_story_roles
        if in_story:
            return 5.0, [f"role '{sorted(in_story)[0].split('|')[-1]}' held by one named person in this story +5"]
        return 0.0, []

    def evidence(self, a: ActorRec, b: ActorRec) -> tuple[float, list[str]]:
        """Unnamed actors: a shared statement, a unique role, or the same outlet's follow-up."""
        s, why = 0.0, []
        if said_alike(a.claims, b.claims):
            s += 5.0
            why.append("the same statement +5")
        if (a.kind == PERSON) == (b.kind == PERSON):  # a group of sources is not the one person holding a role
            rs, rwhy = self.role(a, b)
            s, why = s + rs, why + rwhy
        if a.runs and b.runs and (run := shared_run(a.runs, b.runs)):
            s += 5.0
            why.append(f"mentioned inside one passage both quote ('{run}', across.entities.same_passage) +5")
        if a.forms[:1] == b.forms[:1]:
            if a.source and a.source == b.source and len(a.forms[0].split()) >= 2:
                s += 4.5  # the same outlet's follow-up on a specific description ("senior Lorvian official")
                why.append(f"same description in the same outlet ({a.source}) +4.5")
            else:
                s += 1.0
                why.append("same description (not evidence on its own) +1")
        return s, why


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


def decide(recs: list[ActorRec], scored: ScoredPairs, uf: RankedClusters, log: JudgementLog) -> None:
    """Merge the scored pairs best first (ties by keys, as ``sorted`` orders them); every decision into ``log``.

    Nine pairs in ten are refused (two actors of one report): a refusal's reasons are interned once per
    reason list and kind of clash (:func:`refusal_tag`), not rebuilt and hashed once per pair. The pairs are
    read in their order as plain lists (each end's union-find number and log id looked up in bulk), a chunk
    at a time, and the decisions written to the log as columns (:meth:`JudgementLog.put`): millions of pairs
    at 100,000 reports, each one indexing five arrays and one call to log it cost a fifth of the merging.
    """
    keys = [r.key for r in recs]
    rank = np.empty(len(keys), dtype=np.int64)
    rank[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    ids = np.array([log.keys.id(k) for k in keys] or [0], dtype=np.int64)  # each record's key interned once
    at = np.array([uf.id[k] for k in keys] or [0], dtype=np.int64)  # each record's number in the union-find
    order = scored.order(rank)
    a, b = np.frombuffer(scored.a, dtype=np.int64), np.frombuffer(scored.b, dtype=np.int64)
    whys, neg = np.frombuffer(scored.why, dtype=np.int64), np.frombuffer(scored.neg, dtype=np.float64)
    sink = Decisions(scored.reasons.values, uf, log)
    for lo in range(0, len(order), DECIDE_CHUNK):  # Python lists of a chunk only: millions of ints cost memory
        part = order[lo:lo + DECIDE_CHUNK]
        pa, pb = a[part], b[part]
        decision, why = sink.decide(at[pa].tolist(), at[pb].tolist(), whys[part].tolist())
        log.put(ids[pa], ids[pb], -neg[part], decision, why)


DECIDE_CHUNK = 1 << 16  # pairs decided at a time (:func:`decide`)
NO_CLASH: frozenset[str] = frozenset()  # two ends already in one cluster: nothing forbids it


class Decisions:
    """The merge decisions of :func:`decide`, with the reasons and refusals each interned in the log once."""

    def __init__(self, reasons: list[tuple[str, ...]], uf: RankedClusters, log: JudgementLog) -> None:
        self.reasons, self.uf, self.log = reasons, uf, log
        self.why_ids: dict[int, int] = {}  # a reason list's id in the scored pairs -> its id in the log
        self.refusals: dict[tuple[int, frozenset[str]], tuple[int, int]] = {}  # (reasons id, tag) -> (decision, id)

    def decide(self, ua: list[int], ub: list[int], whys: list[int]) -> tuple[list[int], list[int]]:
        """Join each pair of union-find numbers unless a constraint forbids it: the decisions' and reasons' ids."""
        log, reasons, why_ids, refusals = self.log, self.reasons, self.why_ids, self.refusals
        parent, find, clash, link = self.uf.parent, self.uf.find, self.uf.clash, self.uf.link
        decision: list[int] = []
        why_out: list[int] = []
        merged = log.decisions.ids.get("merged")  # (interned at the first merge, as one pair at a time did)
        for x, y, w in zip(ua, ub, whys):  # RankedClusters.join, a root or its child found without a call
            rx, ry = parent[x], parent[y]  # type: ignore[index]
            if parent[rx] != rx:  # type: ignore[index]
                rx = find(x)
            if parent[ry] != ry:  # type: ignore[index]
                ry = find(y)
            blocked = clash(rx, ry) if rx != ry else NO_CLASH
            if not blocked:
                if rx != ry:
                    link(rx, ry)
                if (wid := why_ids.get(w)) is None:
                    wid = why_ids[w] = log.reasons.id(reasons[w])
                if merged is None:
                    merged = log.decisions.id("merged")
                decision.append(merged)
                why_out.append(wid)
                continue
            tag = refusal_tag(blocked)
            if (got := refusals.get((w, tag))) is None:
                user = any(slot.startswith("different:") for slot in tag)
                got = refusals[(w, tag)] = (log.decisions.id(FORBIDDEN if user else REFUSED), log.reasons.id(
                    reasons[w] + ("alias file: different" if user else refusal(blocked),)))
            decision.append(got[0])
            why_out.append(got[1])
        return decision, why_out


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
