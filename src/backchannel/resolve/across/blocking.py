"""Blocking of actor records: the exact keys a record emits, and the bounded pairs within blocks.

Why a module of its own: blocking is the step that keeps cross-report resolution near-linear (only records
sharing a key are compared, and a key held by very many records is compared against a bounded number of
them); the Ray engine (`scale/resolve.py`) and the benchmarks use it without the scorer. The keys are
described in :mod:`backchannel.resolve.across.entities`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from backchannel.resolve.across.caps import Capped, pair_array
from backchannel.resolve.across.name_evidence import (PERSON, STATE, lead_key, office_keys, side_group, silent_group)
from backchannel.resolve.across.names import acronym, body_key, head, skeleton, spelling_key, surname
from backchannel.resolve.across.records import ActorRec
from backchannel.resolve.across.storyroles import block_marks, institution_form
from backchannel.resolve.across.words import words

MAX_BLOCK = 60  # a larger block is compared against its first MAX_BLOCK records only


def is_source_like(r: ActorRec, one_event: bool = False) -> bool:
    """An unnamed actor that is an anonymous source or unspecified person: joins only with evidence.

    ``one_event``: the documents are known to report one event (an ECB+ subtopic);
    then "the driver" in two of them is the same driver, and descriptions join as
    collectives do.
    """
    if r.named or one_event or side_group(r) or (r.forms and institution_form(r.forms[0])):
        return False  # (across.entities.institution: "school officials" are a party, not a source)
    if silent_group(r):
        return False
    h = head(r.forms[0]) if r.forms else None
    return r.kind == PERSON or h in words().source_heads or h is None


def role_keys(r: ActorRec) -> set[str]:
    """``role|affiliation`` keys: the last two words of a descriptor (or of an unnamed person's name)."""
    texts = r.descriptors if r.named else r.forms[:1]
    return {" ".join(t.split()[-2:]) + "|" + (r.affiliation or "") for t in texts if t}


def blocking_keys(r: ActorRec, one_event: bool = False) -> set[str]:
    """The exact keys a record is blocked by (see the module's docstring)."""
    keys = {"r:" + k for k in role_keys(r) if r.kind == PERSON or not r.named} | {"o:" + k for k in office_keys(r)}
    keys |= {f"#:{c.count}" for c in r.counted}  # across.entities.same_count: one exact count of people
    if r.role:  # across.entities.captives / takers: one block per part in one story (a party or day it names)
        keys |= {f"c:{r.role.role}:{m}" for m in block_marks(r.role)}
    if is_source_like(r, one_event):
        return keys | {"u:" + f for f in r.forms[:1]}
    if not r.named or one_event:
        keys |= {"h:" + (head(f) or "") for f in r.forms}
    for f in r.forms:
        keys.add("f:" + f)
        if r.kind == PERSON and r.named:
            s = surname(f)
            if s:
                keys.add("l:" + s)
            keys.add("k:" + skeleton(f))
            if (lk := lead_key(f)) is not None:
                keys.add("n:" + lk)  # across.entities.extended_name
            if (m := spelling_key(f)) is not None:
                keys.add("m:" + m)
        elif r.named and r.kind != STATE:
            keys.add("k:" + skeleton(f))  # across.entities.vowel_spelling: "Fateh" / "Fatah"
        if r.kind != PERSON and r.named and (b := body_key(f, r.affiliation)) is not None:
            keys.add("b:" + b + "|" + str(r.affiliation))  # (a body key needs an affiliation)
        a = acronym(f)
        if a and len(a) >= 2:
            keys.add("a:" + a)
        if len(f.split()) == 1:
            keys.add("a:" + f)
    return keys


def candidate_pairs(recs: list[ActorRec], one_event: bool = False,
                    extra: Callable[[ActorRec], set[str]] | None = None) -> set[tuple[int, int]]:
    """Index pairs that share a blocking key (bounded per key); ``extra`` adds keys of the caller's."""
    blocks: dict[str, list[int]] = {}
    for i, r in enumerate(recs):
        for k in blocking_keys(r, one_event) | (extra(r) if extra else set()):
            blocks.setdefault(k, []).append(i)
    return block_pairs(blocks.values())


def candidate_array(recs: list[ActorRec], capped: Capped, one_event: bool = False,
                    extra: Callable[[ActorRec], set[str]] | None = None) -> np.ndarray:
    """:func:`candidate_pairs` as an (n, 2) array of positions (8 bytes a pair, no Python set); blocks over
    ``MAX_BLOCK`` are bounded as :func:`block_pairs` bounds them and counted in ``capped``."""
    blocks: dict[str, list[int]] = {}
    for i, r in enumerate(recs):
        for k in blocking_keys(r, one_event) | (extra(r) if extra else set()):
            blocks.setdefault(k, []).append(i)
    return pair_array(blocks.values(), len(recs), MAX_BLOCK, capped)


def block_pairs(blocks: Iterable[list[int]]) -> set[tuple[int, int]]:
    """The pairs compared within blocks (each a list of record indexes in order), bounded per block."""
    pairs: set[tuple[int, int]] = set()
    for members in blocks:
        heads = members[:MAX_BLOCK]
        for j, b in enumerate(members):
            for a in heads[:j] if j < MAX_BLOCK else heads:
                pairs.add((a, b) if a < b else (b, a))
    return pairs
