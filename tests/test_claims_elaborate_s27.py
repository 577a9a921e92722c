"""The reporting verb "elaborate" (cues.toml, weak: a that-clause or a quotation only). Every sentence is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, words", [
    ("Ola Brandt elaborated that closer contact between the harbour offices had eased the swap.",
     "closer contact between the harbour offices had eased the swap"),
    ("The Norland spokesman, Tor Lind, elaborated that the talks would resume in May.",
     "the talks would resume in May"),
    ("Mira Holm later elaborated: \u201cThe ferry will sail only when both sides sign.\u201d",
     "The ferry will sail only when both sides sign."),
    ("Asked about the deal, Ola Brandt elaborates that no money changed hands.", "no money changed hands"),
    ("Tor Lind had elaborated that the prisoners were moved on Sunday.", "the prisoners were moved on Sunday"),
    ("\u201cThe corridor stays open,\u201d Mira Holm elaborated.", "The corridor stays open,"),
])
def test_elaborate_reports_a_claim(claims_of, text, words):
    claims, actors = claims_of(text)
    assert any(words in (c.content or "") for c in claims), [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text", [
    "Ola Brandt elaborated on the plan for an hour.",  # no clause, no quotation
    "The Norland envoy elaborated a new proposal for the port.",  # a thing made, not a statement
])
def test_elaborate_without_a_clause_is_no_claim(claims_of, text):
    claims, _ = claims_of(text)
    assert claims == [], [(c.content, c.rule) for c in claims]
