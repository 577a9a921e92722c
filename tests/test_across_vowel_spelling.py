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


def test_a_moved_h_is_no_vowel() -> None:
    """near misses (s41 review #3): an "h" moved or a doubled consonant is another word, not a vowel."""
    for a, b in [("Kelvani Mahdi Army", "Kelvani Madhi Army"), ("Tarhan Front", "Tahran Front"),
                 ("Kessanu Front", "Kesaanu Front")]:
        assert vowel_spelling(_rec(a), _rec(b)) is None, (a, b)


def test_two_english_words_are_two_names() -> None:
    """near misses (s41 review #3): real words with the same consonants are two bodies."""
    for a, b in [("Presidential Police", "Presidential Palace"), ("National Council", "Notional Council"),
                 ("Border Forces", "Border Farces")]:
        assert vowel_spelling(_rec(a), _rec(b)) is None, (a, b)


def test_two_reports_naming_two_real_word_bodies_keep_them_apart() -> None:
    a = Report("r1", "The National Police detained twelve protesters in Lorvane on Monday.", "2031-05-04")
    a.actor("p", "National Police", kind="organization")
    b = Report("r2", "The National Palace said on Monday the talks with the rebels would resume.", "2031-05-04")
    b.actor("p", "National Palace", kind="organization")
    res = resolve_dossiers([a.d, b.d])
    assert len(res.entities) == 2, res.entities
