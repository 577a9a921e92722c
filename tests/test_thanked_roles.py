"""Thanks for a part in a negotiated act, told with a noun or an adjective of thanks, on invented
sentences: the one thanked mediates between the act's sides (rules
interactions.thanked_roles.thanked_holder / thanked_sides, interactions.specs.credited_possessor),
and a refusal to comment turns nothing down (frames.toml, refuse: blocked_words).

Why: the verb shape ("thanked X for coordinating the swap") was read by the gerund's frame; the
noun shapes ("expressed its thanks to X for its efforts to secure the release", "grateful to X
for its role in the swap") gave no mediator, or gave the thanker for "its".
"""

from __future__ import annotations

import pytest
from interaction_helpers import pairs_of_type


@pytest.mark.parametrize("text, pairs", [
    ("Norland expressed its thanks to Ghana for its sustained efforts to secure the release of the "
     "engineers held by Vesterland.", {("ghana", "norland"), ("ghana", "vesterland")}),
    ("Norland extended its thanks to Ghana for its role in the prisoner swap with Vesterland.",
     {("ghana", "norland"), ("ghana", "vesterland")}),
    ("The envoy voiced gratitude to Ghana and Peru for their efforts in the talks between Chad and Sudan.",
     {("ghana", "chad"), ("ghana", "sudan"), ("peru", "chad"), ("peru", "sudan")}),
    ("Norland is grateful to Ghana for its part in freeing the sailors held by Vesterland.",
     {("ghana", "norland"), ("ghana", "vesterland")}),
])
def test_thanked_role_mediates(act_tuples, text, pairs):
    """The one thanked for a role in a release, a swap or talks mediates; one record per side,
    the act's own sides or, when it names one, the thanker and that side."""
    assert pairs <= pairs_of_type(act_tuples(text), "mediate")


@pytest.mark.parametrize("text", [
    "Norland is grateful to Ghana for its mediation with Vesterland.",
    "Norland expressed gratitude to Ghana for its mediation with Vesterland.",
    "Norland thanked Ghana for its mediation with Vesterland.",
])
def test_credited_possessor(act_tuples, text):
    """"its" in the for-phrase of thanks is the one thanked, never the thanker."""
    assert pairs_of_type(act_tuples(text), "mediate") == {("ghana", "norland"), ("ghana", "vesterland")}


@pytest.mark.parametrize("text", [
    "Thanks to the rain, Norland and Vesterland met indoors.",
    "Rostan was grateful for the support of his family.",
    "Thanks to Ghana, the talks between Norland and Vesterland failed.",
    "Norland blamed Ghana for its role in the attack on Vesterland.",
    "Norland thanked Ghana for its efforts to feed the refugees.",
    "Norland is grateful to Ghana for its help with the floods.",
])
def test_thanks_near_misses(act_tuples, text):
    """No thanks for a role in a negotiated act: nobody mediates."""
    assert not pairs_of_type(act_tuples(text), "mediate")


@pytest.mark.parametrize("text", [
    "Vesterland refused to comment on reports that Norland had released the pilot.",
    "The spokesman refused to elaborate on reports that Norland freed two sailors.",
    "Officials in Vesterland refused to speculate about claims that Norland released the pilot.",
])
def test_refused_to_comment(act_tuples, text):
    """A refusal to comment turns nothing down and leaves the reported release standing, as
    "declined to comment" does."""
    acts = act_tuples(text)
    assert not pairs_of_type(acts, "reject")
    assert [s for k, s, _, i in acts if k == "release" and not i.negated] == ["norland"]


def test_refused_still_rejects(act_tuples):
    """Refusing an act or an offer is still a rejection."""
    assert pairs_of_type(act_tuples("Vesterland refused Norland's offer."), "reject") == {("vesterland", "norland")}
    assert pairs_of_type(act_tuples("Vesterland refused to release the pilot."), "reject") == {("vesterland", None)}


@pytest.mark.parametrize("text", [
    "Norland's thanks to Ghana for its role in the prisoner swap with Vesterland were warm.",
    "The minister expressed Norland's gratitude to Ghana for its efforts in the talks with Vesterland.",
    "Norland said it was thankful to Ghana for its contribution to the truce with Vesterland.",
])
def test_thanks_noun_shapes(act_tuples, text):
    """The possessor of the thanks is the thanker; the to-phrase of the thanks noun is the one thanked."""
    assert {("ghana", "norland"), ("ghana", "vesterland")} <= pairs_of_type(act_tuples(text), "mediate")


CREDITED = "interactions.role_nouns.credited_holder"


@pytest.mark.parametrize("text", [
    "Norland thanked Ghana for its efforts in mediating the truce between Chad and Sudan.",
    "Norland praised Ghana for its role in brokering the swap between Chad and Sudan.",
    "Norland credited Ghana with a key part in facilitating the talks between Chad and Sudan.",
    "Norland expressed gratitude to Ghana for its efforts in mediating the release talks between Chad "
    "and Sudan.",
    "Norland is grateful to Ghana for its role in helping broker the deal between Chad and Sudan.",
])
def test_credited_holder_shapes_make_one_act(acts_of, text):
    """Verb shapes of thanks or praise, and a part in a mediation verb's act, are read by
    interactions.role_nouns.credited_holder alone: one act per side, none from thanked_roles."""
    med = [i for i in acts_of(text) if i.type == "mediate"]
    assert sorted((i.source, i.target) for i in med) == [("ghana", "chad"), ("ghana", "sudan")], med
    assert {i.traced("source") for i in med} == {CREDITED}
