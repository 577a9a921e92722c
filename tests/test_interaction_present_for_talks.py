"""Rule PRESENT_FOR_TALKS (participants.gov_subj_part with frames.toml ``presence_verbs``): who is
somewhere "for talks", gathers for them or sends someone for them takes part in the talks.
Invented sentences only."""

from __future__ import annotations

import pytest

from interaction_helpers import find

SHAPES = [
    # copula with a place and a day, a with-phrase on the noun
    ("Norland officials were in Oslo on Sunday for talks with the Vesterland rebels.", "norland-officials", "vesterland"),
    # sending verb with an object and a destination
    ("Vesterland sent its foreign minister to Oslo for talks with Norland.", "vesterland", "norland"),
    # the sender inside a relative clause with a gap ("the most senior X has sent")
    ("The delegation is the most senior Norland has sent for talks with Vesterland.", "norland", "vesterland"),
    # a person present, a titled counterpart
    ("Ola Brandt was in Oslo on Thursday for talks with Vesterland President Karl Berg.", "ola-brandt",
     "vesterland-president-karl-berg"),
    # staying, future tense (planned)
    ("Karl Berg will stay in Oslo for talks with Norland next week.", "karl-berg", "norland"),
    # dispatching, passive-free past
    ("Norland dispatched two envoys to Oslo for talks with Vesterland.", "norland", "vesterland"),
    # remaining somewhere, a group as subject
    ("Norland officials remained in Oslo for talks with Vesterland.", "norland-officials", "vesterland"),
    # a person sent, no destination
    ("Norland sent its envoy for talks with Vesterland.", "norland", "vesterland"),
]


@pytest.mark.parametrize("text,source,target", SHAPES)
def test_present_for_talks_is_a_party(acts_of, text, source, target):
    find(acts_of(text), "negotiate", source, target)


@pytest.mark.parametrize("text", [
    "Norland was ready for talks with Vesterland.",  # an adjective, not being somewhere for them
    "Lawmakers in Lorvia are for talks with the Front.",  # in favour of talks: no place on the verb
    "Norland officials were for talks with Vesterland.",  # the same, a group as subject
    "The foreign minister sent a note for talks to the Lorvian embassy.",  # a thing sent, no one
    "Norland sent a letter for talks to Vesterland.",  # the same, a named sender
])
def test_no_presence_no_party(acts_of, text):
    assert not [i for i in acts_of(text) if i.type == "negotiate" and i.source]
