"""Session 36: an apposition or parenthetical set off by commas does not cut a passive's subject off (rule
across.links.agent_actor, resolve/across/parenthetical.py). Invented sentences and names only."""

from __future__ import annotations

import pytest

from backchannel.resolve.across.agents import acted_on, agent_passages
from backchannel.resolve.across.parenthetical import subject_end

PARTIES = {"Norland": "norland", "Pell": "pell", "Marrow": "marrow", "Courier": "courier", "Vesterland": "vesterland"}


def subject_of(text: str) -> str | None:
    p = agent_passages("d", text)[0]
    before = [(text.index(n), e) for n, e in PARTIES.items() if n in text and text.index(n) < p.at]
    return acted_on(p, sorted(before))


@pytest.mark.parametrize("text, party", [
    ("Norland said that Pell, 34, was arrested by Vesterland.", "pell"),
    ("Officials in Norland said Marrow, a former diplomat, had been detained by Vesterland.", "marrow"),
    ("Norland said Pell, a reporter for the Courier, who is 34, was arrested by Vesterland.", "pell"),
    ("After Pell left, Marrow, 34, was detained by Vesterland on Monday.", "marrow"),
    ("Pell, 34, was arrested by Vesterland, Norland said.", "pell"),
])
def test_an_apposition_does_not_cut_the_subject_off(text, party):
    assert subject_of(text) == party


@pytest.mark.parametrize("text, party", [
    # a phrase that starts with a name sets off a reporting clause or a subject, not an apposition
    ("Norland, Pell said, was seized by Vesterland.", "norland"),
    ("Norland said Pell was arrested by Vesterland.", "pell"),
])
def test_a_reporting_clause_or_no_comma_is_read_as_before(text, party):
    assert subject_of(text) == party


def test_subject_end_skips_only_short_phrases_set_off_before_the_verb():
    text = "Norland said that Pell, 34, was arrested."
    assert subject_end(text, 0, text.index("was")) == text.index(",")
    assert subject_end(text, 0, text.index("arrested")) == text.index(",")  # past the auxiliary
    long = "Pell, " + "a man of many words and many more deeds in the harbour town of Kessa" + ", was arrested."
    assert subject_end(long, 0, long.index("was")) == long.index("was")
    said = "In May, Marrow was arrested."
    assert subject_end(said, 0, said.index("was")) == said.index("was")
