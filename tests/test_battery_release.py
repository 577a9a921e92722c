"""Battery of invented release, swap and hostage sentences (round 10): each sentence's release,
attack, mediate and persuade-like acts, by actor name (cases in battery_release_cases.py).

Why: the shapes a newswire report uses for releases vary (agentless "walked free", arrivals after
captivity, handovers to a go-between, swaps); a battery keeps each shape's reading fixed. Shapes
the pipeline does not read yet are marked xfail with what goes wrong, so fixing one shows up."""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text
from battery_release_cases import CASES

CHECKED = {"release", "attack", "mediate", "persuade", "demand", "pressure"}

# sentence -> what goes wrong (not read yet)
KNOWN_GAPS = {
    "Chile released Ola Brandt in exchange for Mira Solberg, who had been jailed in Peru.":
        "a state named only as the place of jailing is no actor",
    "Peru and Chile carried out a prisoner exchange on Saturday.": "a swap noun with the sides as subject",
    "Gunmen from the Sarvan Liberation Front seized Mira Solberg in 2020.": "members named as the captor",
    "Peru refused to release Ola Brandt.": "refusal read as reject, not a negated release",
    "The Sarvan Liberation Front has refused to free Mira Solberg despite pressure from Chile.":
        "refusal read as reject, not a negated release",
    "Chile sent an envoy to Lima to free Mira Solberg, and Peru released her on Friday.":
        "a purpose clause read as an act of the sender",
}


def _rows(text: str) -> set[tuple[str, str | None, str | None, tuple[str, ...], bool]]:
    d = analyze_text(text)
    names = {a.id: a.name for a in d.actors}
    return {(i.type, names.get(i.source) if i.source else None, names.get(i.target) if i.target else None,
             tuple(sorted(names.get(v, v) for v in i.via)), i.negated) for i in d.interactions}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_battery_release(text: str, expected: list[tuple[str, str | None, str | None, list[str], bool]]) -> None:
    if text in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[text])
    got = _rows(text)
    want = {(t, s, g, tuple(sorted(v)), n) for t, s, g, v, n in expected}
    assert want <= got
    assert not {r for r in got - want if r[0] in CHECKED}
