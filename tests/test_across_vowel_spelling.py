"""A body's name in two spellings of an inner vowel is one body (session 41; every name here is invented).

Rule ``across.entities.vowel_spelling`` (resolve/across/name_evidence.vowel_spelling, blocking key ``k:`` for named
non-persons): "the Tarvesh Front" / "the Tarvash Front", each outlet's transliteration.
"""

from __future__ import annotations

from across_helpers import Report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.name_evidence import vowel_spelling
from backchannel.resolve.across.records import ActorRec


def _rec(name: str, kind: str = "organization", named: bool = True) -> ActorRec:
    return ActorRec("r", name.lower(), name, kind, named, [name.lower()], [], None)


def test_a_body_spelt_with_another_inner_vowel_is_one_name() -> None:
    for a, b in [("Taruban", "Tariban"), ("Fetah Movement", "Fatah Movement"), ("Ondaro Front", "Ondoro Front"),
                 ("Kelvani", "Kelvoni")]:
        assert vowel_spelling(_rec(a), _rec(b)) is not None, (a, b)
    assert vowel_spelling(_rec("Tarubans", "group"), _rec("Taribans", "group")) is not None


def test_near_misses_of_a_vowel_spelling_are_other_names() -> None:
    for a, b in [("Mali", "Mole"),  # short words: too many names meet
                 ("Tarubana", "Taribane"),  # the last letter differs
                 ("Taruban", "Tarubin Front"),  # another number of words
                 ("Kelvani", "Kelvanis"),  # a letter added
                 ("Taruban", "Tarudan")]:  # a consonant changed
        assert vowel_spelling(_rec(a), _rec(b)) is None, (a, b)
    assert vowel_spelling(_rec("Marika Olsen", "person"), _rec("Mariko Olsen", "person")) is None  # persons: own rules
    assert vowel_spelling(_rec("Lorvania", "state"), _rec("Lorvenia", "state")) is None  # states: a gazetteer's
    assert vowel_spelling(_rec("Taruban"), _rec("Taruban")) is None  # one spelling: the same-name rule's


def test_two_reports_spelling_a_body_two_ways_resolve_to_one_entity() -> None:
    a = Report("r1", "The Taruban agreed to free the captives on Monday.", "2031-05-04")
    a.actor("t", "Taruban", kind="organization")
    b = Report("r2", "The Tariban said on Monday it would free the captives.", "2031-05-04")
    b.actor("t", "Tariban", kind="organization")
    c = Report("r3", "The Tarudan fired on the convoy.", "2031-05-04")
    c.actor("t", "Tarudan", kind="organization")
    res = resolve_dossiers([a.d, b.d, c.d])
    docs = sorted(sorted(m["doc"] for m in e["members"]) for e in res.entities)
    assert ["r1", "r2"] in docs and ["r3"] in docs
