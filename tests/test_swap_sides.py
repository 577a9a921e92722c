"""Who frees each captive of a swap that names no side ("A was exchanged for B"), on invented
sentences (rule interactions.swaps.member_side), and the kind a name's organisation noun gives it.

Why: each side frees the captive it held. A captive phrase often names its own side ("four Sarvan
Liberation Front fighters", "two Chadian soldiers"): that side held the other captive and frees it,
and the story's other side frees these. With no side named for either captive, nothing is guessed.
"""

from __future__ import annotations

import pytest

TALKS = "Talks between Chad and the Sarvan Liberation Front were brokered by Ghana. "


@pytest.fixture(scope="module")
def releases(analyze):
    def run(text: str) -> set[tuple[str | None, str | None]]:
        d = analyze(text)
        names = {a.id: a.name for a in d.actors}
        return {(names.get(i.source) if i.source else None, names.get(i.target) if i.target else None)
                for i in d.interactions if i.type == "release"}
    return run


@pytest.mark.parametrize("text,expected", [
    (TALKS + "The students were exchanged for four Sarvan Liberation Front fighters in May.",
     {("Sarvan Liberation Front", "students"), ("Chad", "Sarvan Liberation Front fighters")}),
    (TALKS + "Four Sarvan Liberation Front fighters were exchanged for the students in May.",
     {("Chad", "Sarvan Liberation Front fighters"), ("Sarvan Liberation Front", "students")}),
    (TALKS + "Two Chadian soldiers were exchanged for four Sarvan Liberation Front fighters in May.",
     {("Sarvan Liberation Front", "Chadian soldiers"), ("Chad", "Sarvan Liberation Front fighters")}),
    (TALKS + "Two Chadian soldiers were exchanged for four militants in May.",
     {("Sarvan Liberation Front", "Chadian soldiers"), ("Chad", "militants")}),
    ("The rebel movement Ostara Front said on Monday it would talk to Chad. Ostara Front fighters were later "
     "exchanged for two Chadian soldiers.",
     {("Chad", "Ostara Front fighters"), ("Ostara Front", "Chadian soldiers")}),
])
def test_interactions_swaps_member_side(releases, text, expected):
    assert expected <= releases(text)


def test_swap_with_no_side_named_guesses_nothing(releases):
    """Near-miss: neither captive phrase names a side: both releases keep no source."""
    found = releases(TALKS + "The students were exchanged for four militants in May.")
    assert found == {(None, "students"), (None, "militants")}


@pytest.mark.parametrize("text,name,kind", [
    ("Armed group Kessel Brigade has freed 21 students. Kessel Brigade said the students were well. "
     "Kessel Brigade later met Chad.", "Kessel Brigade", "organization"),
    ("The broadcaster Harbour Voice said Chad had met the rebels.", "Harbour Voice", "organization"),
    # near-miss: a role before the name ("group leader") names a person
    ("The group leader Ola Brandt met Chad on Monday. Ola Brandt said the talks went well.", "Ola Brandt", "person"),
    # near-miss: a named body's noun before a person's name ("the Ostmark council Jo Ruiz")
    ("Spokesman for the Ostmark council Jo Ruiz said the delegation had met Chad.", "Jo Ruiz", "person"),
])
def test_organisation_noun_before_a_name_gives_its_kind(analyze, text, name, kind):
    d = analyze(text)
    assert {a.name: a.kind for a in d.actors}[name] == kind


# -- interactions.releasers.known_releaser -----------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The Sarvan Liberation Front agreed to free three hostages on Monday. The cabinet approved a deal that "
     "would release dozens of hostages.", ("Sarvan Liberation Front", "hostages")),
    ("The Sarvan Liberation Front freed two captives in May. The remaining hostages were released on Friday.",
     ("Sarvan Liberation Front", "remaining hostages")),
    ("Chad released 40 prisoners on Monday. The accord would see more detainees released in June.",
     ("Chad", "more detainees")),
])
def test_interactions_releasers_known_releaser(releases, text, expected):
    """An agentless release of a class of captives the report frees elsewhere by one releaser."""
    assert expected in releases(text)


@pytest.mark.parametrize("text,unsourced", [
    # another class of captive: the prisoners' releaser frees no hostages
    ("Chad freed 40 prisoners on Monday. The deal would release dozens of hostages.", "hostages"),
    # two releasers of the class: nothing is guessed
    ("Chad freed two hostages and Sudan freed three hostages in May. The remaining hostages were released on "
     "Friday.", "remaining hostages"),
])
def test_known_releaser_near_misses(releases, text, unsourced):
    assert (None, unsourced) in releases(text)


# -- a partitive object of a release verb ("freed three of the hostages") -----------------------
@pytest.mark.parametrize("text", [
    "The Sarvan Liberation Front has freed three of the hostages it seized in May.",
    "The Sarvan Liberation Front released two of the captives on Friday.",
    "Three of the hostages were freed by the Sarvan Liberation Front on Monday.",
    "The Sarvan Liberation Front has freed 21 of the 200 schoolgirls.",
])
def test_partitive_object_of_a_release(releases, text):
    """The captives of "N of the hostages" make the verb a release, by its subject or agent."""
    assert any(s == "Sarvan Liberation Front" for s, _ in releases(text)), releases(text)


def test_partitive_of_no_captives_is_no_release(releases):
    """Near-miss: "released one of its statements" frees nobody."""
    assert not releases("The Sarvan Liberation Front released one of its statements on Friday.")
