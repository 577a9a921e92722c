"""The indexes of session 43's speed work give what the plain scans give (invented names and values)."""

from __future__ import annotations

import itertools

import pytest

from backchannel.resolve.across import decisions
from backchannel.resolve.across.entities import resolve_entities
from backchannel.resolve.across.records import actor_record
from backchannel.resolve.across.names import names_state, state_named, state_stems

PAD = 32  # states added to make a corpus-sized set
#: invented states in normal form
STATES = frozenset(["lorvia", "ostland", "westmark", "velmar", "kenor", "isra", "ola", "ay", "brandia", "brandiay"]
                   + [f"norland{k}" for k in range(PAD)])
WORDS = ["Lorvian", "Lorvians", "Lorvia", "Ostlanders", "Ostland", "Westmarker", "Westmarkian", "Velmari",
         "Velmarese", "Kenori", "Israeli", "Ola", "Olan", "Ay", "Ays", "Brandian", "Brandiays", "Norland3",
         "Norland31s", "Lorviaxxxxx", "Lor", "Freehill", "lorvian"]


def test_state_stems_name_what_names_state_names() -> None:
    index = state_stems(STATES)
    for word in [w.lower() for w in WORDS] + [w.lower().rstrip("s") for w in WORDS]:
        assert index.named(word) == {s for s in STATES if names_state(word, s)}, word


def test_state_named_small_and_large_sets_agree() -> None:
    small = frozenset(itertools.islice(sorted(STATES), PAD))
    padded = small | frozenset(f"zz{k}" for k in range(PAD))
    for word in WORDS:
        assert state_named(word, small) == state_named(word, padded), word


def test_state_named_is_the_first_state_a_plain_scan_finds() -> None:
    """The stem index answers what reading every state in alphabetical order answers (the scan it replaced)."""
    for states in (STATES, frozenset(itertools.islice(sorted(STATES), 5)), frozenset()):
        for word in WORDS:
            low = word.lower()
            scan = next((s for s in sorted(states) if names_state(low, s) or names_state(low.rstrip("s"), s)), None)
            known = state_named(word)  # the lexicon's own states answer first
            assert state_named(word, states) == (known or scan if word[:1].isupper() else None), word


def test_decide_in_chunks_of_one_is_decide_in_one_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The merge decisions do not depend on how many pairs a chunk holds (entities.decide)."""
    recs = [actor_record(f"r{k}", "a1", name, kind, named) for k, (name, kind, named) in enumerate([
        ("Anna Berg", "person", True), ("A. Berg", "person", True), ("Anna Berg", "person", True),
        ("the Ostland mediators", "group", False), ("the Ostland mediators", "group", False),
        ("Westmark", "state", True), ("Westmark", "state", True), ("the Free Hill Front", "organization", True)])]
    recs.append(actor_record("r0", "a2", "Anna Berg", "person", True))  # two of one report: a refusal
    whole = [j.to_dict() for j in resolve_entities(recs).judgements]
    monkeypatch.setattr(decisions, "DECIDE_CHUNK", 1)
    assert [j.to_dict() for j in resolve_entities(recs).judgements] == whole
    assert {j["decision"] for j in whole} >= {"merged", "refused"}
