"""A release participle on its captives' noun with no agent and no auxiliary describes the
captives ("the third captive freed in the swap"): the frames' ``describing_participle``
flag tells no release there; the release is told where it happens. Invented sentences only."""

from __future__ import annotations

import pytest

DESCRIPTIONS = [
    # a reduced relative after a definite noun, with an in-phrase
    "Norland and Vesterland swapped prisoners in May. The identity of the third captive freed in the swap remains unknown.",
    # the other release verb, an under-phrase and a nationality modifier
    "The list of Norland detainees released under the 2019 amnesty was never published.",
    # inside a comparison adjunct, with an after-phrase
    "Karl Berg, like other Norland captives freed after talks, declined to speak.",
    # a from-phrase and a date
    "Ola Brandt was taken to the same hospital as the hostages freed from Vesterland last year.",
    # a plural object of a preposition
    "Ola Brandt spoke with relatives of the Vesterland sailors released in the spring.",
    # a subject noun, past participle with a time adverb
    "The two Norland engineers released last week returned to Oslo on Monday.",
]


@pytest.mark.parametrize("text", DESCRIPTIONS)
def test_describing_participle_tells_no_release(acts_of, text):
    assert not [(i.source, i.target) for i in acts_of(text) if i.type == "release"]


def test_participle_with_an_agent_is_a_release(acts_of):
    acts = acts_of("The hostages released by Vesterland arrived in Oslo on Monday.")
    assert [i for i in acts if i.type == "release" and i.source == "vesterland"]


def test_clause_hung_as_participle_with_auxiliaries_is_a_release(acts_of):
    # the parser may hang a that-clause's verb on "statement": its auxiliaries show a clause
    acts = acts_of("Lars Holm said in a short statement that the charity worker, Ola Brandt, had been freed.")
    assert [i for i in acts if i.type == "release" and i.target == "ola-brandt"]


def test_finite_release_is_kept(acts_of):
    acts = acts_of("Norland freed the second prisoner on Monday.")
    assert [i for i in acts if i.type == "release" and i.source == "norland"]


@pytest.mark.parametrize("text", [
    "The accord would see more Norland detainees released in June.",
    "Vesterland wants the Norland fishermen freed before the talks.",
])
def test_participle_of_a_small_clause_is_a_release(acts_of, text):
    # the object of "see / want / expect" with a participle: the participle tells the act itself
    assert [i for i in acts_of(text) if i.type == "release"], text
