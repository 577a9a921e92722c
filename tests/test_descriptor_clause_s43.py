"""A clause inside the of-phrase of a person's role noun names no body the person belongs to (a narrowing of
``actors.descriptors.head_of_org``, s43); invented sentences. Why: "X, the father of Z, one of the soldiers held
captive by the Front" says who holds Z; the Front is not X's side, and a "we" in X's quote is X's, not the Front's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Tom Hale, the father of Anna Hale, one of two Westmark soldiers held captive by the Red Hand, spoke on Monday.",
    "Tom Hale, the brother of Anna Hale, who is held by the Red Hand, said the talks had stalled.",
])
def test_clause_in_the_of_phrase_gives_no_side(actors_of, text):
    actors = actors_of(text)
    assert actors["tom-hale"].affiliation is None, {a.id: a.affiliation for a in actors.values()}


def test_head_of_a_named_body_keeps_its_side(actors_of):
    """Near-miss: the of-phrase itself names the body headed."""
    actors = actors_of("Karl Moen, the head of the Red Hand's political bureau, spoke on Monday.")
    assert actors["karl-moen"].affiliation == "red-hand", {a.id: a.affiliation for a in actors.values()}


@pytest.mark.parametrize("text", [
    '"We had a long meeting with the envoy Lars Dahl on Friday," said Tom Hale, the father of Anna Hale, one of '
    'two Westmark soldiers held captive by the Red Hand.',
    # the speaker named in the quote's next sentence only
    '"We had a long meeting with the envoy Lars Dahl on Friday. He told us little," said Tom Hale, the father of '
    'Anna Hale, one of two Westmark soldiers held captive by the Red Hand.',
])
def test_we_in_the_quote_is_the_speaker(acts_of, text):
    """The quoted "we" is the speaker, and counts as his mention for the order of the meeting's parties."""
    acts = acts_of(text)
    assert any(i.type == "meet" and (i.source, i.target) == ("tom-hale", "lars-dahl") for i in acts), \
        [(i.type, i.source, i.target) for i in acts]
