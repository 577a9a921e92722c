"""A ceasing inside a plan whose planning frame built no act stands as an act (triggers._build_all).

Why: "X agreed to halt its strikes on Y" is a commitment (no act), but since s41 "decide"/"resolve" are
agreement frames only with two parties (interactions.frames.agree.decide, needs_two); one party deciding
to halt its strikes agrees with no one, and the halt it decided is the negated attack it was before s41
(tests/test_cessation.py). Invented sentences; near misses: two parties deciding, an agreement verb.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rows(analyze):
    def run(text: str) -> set[tuple[str, str | None, str | None, bool]]:
        d = analyze(text)
        return {(i.type, i.source, i.target, i.negated) for i in d.interactions}
    return run


@pytest.mark.parametrize("text,act", [
    ("Sudan said Ghana had decided to halt its airstrikes on Chad.", ("attack", "ghana", "chad", True)),
    ("Ghana resolved to stop its shelling of Chad.", ("attack", "ghana", "chad", True)),
    ("Ghana decided on Monday to cease its strikes against Chad.", ("attack", "ghana", "chad", True)),
])
def test_one_party_deciding_to_cease_is_a_negated_act(rows, text, act):
    assert act in rows(text), text


@pytest.mark.parametrize("text", [
    "Ghana and Chad decided to halt their airstrikes on Sudan.",
    "Ghana agreed to halt its airstrikes on Chad.",
])
def test_a_built_plan_keeps_its_ceasing_a_commitment(rows, text):
    """near misses: a decision of two parties (an agreement) or an agreement verb: no attack act."""
    assert not [r for r in rows(text) if r[0] == "attack"], text
