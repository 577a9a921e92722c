"""Affiliations of office-holders whose state no nearby sentence gives (s47-actors), each test named after
the rule id it checks; invented sentences and names. Why: each rule covers a construction; the tests give
several shapes of it and near-misses on which it must not fire."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, shown, side_of

SALIENT = "actors.colleagues.salient_state_official"


# actors.colleagues.salient_state_official: a bare governmental title far from any state
@pytest.mark.parametrize("text,person,state", [
    # the title in a later paragraph, two states in the report, the salient one named last
    ("Sweden and Norway signed a truce on Monday after a year of fighting. Sweden had demanded the "
     "return of its soldiers. The talks in Norway lasted a week and Norway hosted them.\n\n"
     "Crowds gathered in the streets of the capital to celebrate.\n\n"
     "President Anna Berg praised the deal in a speech on Tuesday evening.", "Anna Berg", "Norway"),
    # a cabinet title, the holder the object of a verb
    ("Norway has freed the six sailors it held. Sweden thanked Norway for the gesture on Friday.\n\n"
     "The sailors flew home in the evening and were met by their families at the airport.\n\n"
     "Reporters later questioned Interior Minister Tom Vell about the border.", "Tom Vell", "Norway"),
    # a sole office after a comma
    ("Norway agreed to the exchange after weeks of talks with Sweden. In the end Sweden gave way.\n\n"
     "The prisoners crossed the bridge at dawn and were examined by doctors.\n\n"
     "Kari Lund, the prime minister, called it a good day for families.", "Kari Lund", "Sweden"),
])
def test_actors_colleagues_salient_state_official(actors_of, text, person, state):
    a = actors_of(text)
    assert side_of(a, person) == state, shown(a)


@pytest.mark.parametrize("text,person", [
    # a past title is no office held now
    ("Sweden and Norway signed a truce on Monday after a year of fighting. Sweden had demanded the "
     "return of its soldiers. The talks in Norway lasted a week and Norway hosted them.\n\n"
     "Crowds gathered in the streets of the capital to celebrate.\n\n"
     "Former president Anna Berg praised the deal in a speech on Tuesday evening.", "Anna Berg"),
    # the holder goes to the salient state: a visitor
    ("Sweden and Norway signed a truce on Monday after a year of fighting. Sweden had demanded the "
     "return of its soldiers. The talks in Norway lasted a week and Norway hosted them.\n\n"
     "Crowds gathered in the streets of the capital to celebrate.\n\n"
     "Foreign Minister Anna Berg will visit Norway on Tuesday.", "Anna Berg"),
    # a past title beside a one-word office: a private person, no guessed state
    ("Sweden and Norway signed a truce on Monday after a year of fighting. Sweden had demanded the "
     "return of its soldiers. The talks in Norway lasted a week and Norway hosted them.\n\n"
     "Crowds gathered in the streets of the capital to celebrate.\n\n"
     "President Anna Berg, a former Kestrel Navy pilot held since 2011, thanked the crowd.", "Anna Berg"),
    # no title of office: a private person
    ("Sweden and Norway signed a truce on Monday after a year of fighting. Sweden had demanded the "
     "return of its soldiers. The talks in Norway lasted a week and Norway hosted them.\n\n"
     "Crowds gathered in the streets of the capital to celebrate.\n\n"
     "The singer Anna Berg praised the deal in a concert on Tuesday evening.", "Anna Berg"),
])
def test_actors_colleagues_salient_state_official_near_misses(actors_of, text, person):
    a = actors_of(text)
    assert actor_named(a, person).traced("affiliation") != SALIENT, shown(a)
    assert side_of(a, person) != "Norway", shown(a)


PREFIXED = "actors.institutions.prefixed_salient_state"


# actors.institutions.prefixed_salient_state: "the National Assembly", "the Supreme ... Council" named bare
@pytest.mark.parametrize("text,body", [
    ("Norway and Sweden have been at odds for years. Norway wants the border open. The National Assembly "
     "voted on Monday to approve the deal.", "National Assembly"),
    ("Norway and Sweden have been at odds for years. Norway wants the border open.\n\nA statement from the "
     "Supreme National Security Council said the deal had been approved.", "Supreme National Security Council"),
    ("Sweden accused Norway of bad faith. Norway denied it, and the Independent Electoral Commission later "
     "set a date for the vote.", "Independent Electoral Commission"),
])
def test_actors_institutions_prefixed_salient_state(actors_of, text, body):
    a = actors_of(text)
    assert side_of(a, body) == "Norway", shown(a)
    assert actor_named(a, body).traced("affiliation") == PREFIXED, shown(a)


@pytest.mark.parametrize("text,body", [
    # a bloc's body: another word before the institution
    ("Norway and Sweden have been at odds for years. Norway wants the border open. The General Assembly "
     "voted on Monday to approve the deal.", "General Assembly"),
    # no salient state: two states, each named once
    ("The National Assembly voted on Monday to approve the border deal with Sweden and Norway.",
     "National Assembly"),
])
def test_actors_institutions_prefixed_salient_state_near_misses(actors_of, text, body):
    a = actors_of(text)
    found = [x for x in a.values() if x.name == body]
    assert not found or found[0].traced("affiliation") != PREFIXED, shown(a)


# actors.vetting.background_body: a body named once for who a person is or was is no actor
@pytest.mark.parametrize("text,body", [
    ("Anna Berg, a Kestrel Navy veteran who vanished in 2020, was freed on Monday.", "Kestrel Navy"),
    ("Tom Vell, a former Harbour Intelligence Agency agent, was handed over at the border.",
     "Harbour Intelligence Agency"),
    ("The rebels accused the Kestrel University student of spying and held her for a year.", "Kestrel University"),
])
def test_actors_vetting_background_body(actors_of, text, body):
    a = actors_of(text)
    assert body not in {x.name for x in a.values()}, shown(a)


@pytest.mark.parametrize("text,body", [
    # a member acting now: the body is a party
    ("Kestrel Front commander Tom Vell said the truce would hold.", "Kestrel Front"),
    # the body named again
    ("Anna Berg, a Kestrel Navy veteran, was freed on Monday. The Kestrel Navy flew her home.", "Kestrel Navy"),
])
def test_actors_vetting_background_body_near_misses(actors_of, text, body):
    a = actors_of(text)
    assert body in {x.name for x in a.values()}, shown(a)


# actors.surnames.honorific_surname: "Mr <Surname>" the tagger made an actor of its own is the full name's person
@pytest.mark.parametrize("text,person,alias", [
    ("Norway's Prime Minister Pieter De Vries said the talks had ended. The deal was signed on Monday, "
     "according to Mr De Vries. Later, Mr De Vries said in a video statement that he was relieved.",
     "Pieter De Vries", "Mr De Vries"),
    ("The Kestrel Front leader Tomas Varga agreed to go into exile. The Norwegian president called Mr Varga, "
     "and warned him. The deal includes amnesty for Mr Varga in Norway.", "Tomas Varga", "Mr Varga"),
    ("Anna Berg, the chief negotiator, left the talks early. Ms Berg later told reporters she was hopeful.",
     "Anna Berg", None),
])
def test_actors_surnames_honorific_surname(actors_of, text, person, alias):
    a = actors_of(text)
    persons = [x for x in a.values() if x.kind in ("person", "organization") and x.named]
    assert [x.name for x in persons if x.name != "Kestrel Front"] == [person], shown(a)
    if alias:
        assert alias in actor_named(a, person).aliases, shown(a)


def test_actors_surnames_honorific_surname_two_holders(actors_of):
    """Two full names end with the surname: "Mr Varga" could be either, and stays apart from both."""
    text = "Tomas Varga, a teacher, and Peter Varga, a doctor, were freed on Monday. Mr Varga said he was tired."
    a = actors_of(text)
    for name in ("Tomas Varga", "Peter Varga"):
        assert "Mr Varga" not in actor_named(a, name).aliases, shown(a)


SPOKES = "actors.staff.spokesperson_of_subject"


# actors.staff.spokesperson_of_subject: a bare spokesperson title after a body's act in the sentence before
@pytest.mark.parametrize("text,person,body", [
    # a quotation of two sentences: the sentence before the whole quotation
    ("Norway and Sweden agreed to a truce on Monday. The Harbour Party condemned the deal. \"The government "
     "is talking to killers. We condemn it,\" spokeswoman Anna Berg said.", "Anna Berg", "Harbour Party"),
    # a rank after the title; a state body, its state not the spokesman's side
    ("The talks resumed in Oslo. The Norwegian Foreign Ministry said the deal was close. \"We are hopeful,\" "
     "spokesman Colonel Tom Vell told reporters.", "Tom Vell", "Norwegian Foreign Ministry"),
    # "press secretary" and the name after a speech verb
    ("Sweden freed the sailors on Friday. The Kestrel Institute denied that it had mediated. \"Only the "
     "two states negotiated,\" said press secretary Kari Lund.", "Kari Lund", "Kestrel Institute"),
])
def test_actors_staff_spokesperson_of_subject(actors_of, text, person, body):
    a = actors_of(text)
    assert side_of(a, person) == body, shown(a)


@pytest.mark.parametrize("text,person", [
    # the sentence before is about a state
    ("The talks resumed in Oslo. Norway said the deal was close. \"We are hopeful,\" spokesman Tom Vell "
     "told reporters.", "Tom Vell"),
    # an unnamed group of sources is no body with a spokesperson
    ("Sweden freed the sailors on Friday. Sources said the deal was close. \"We are hopeful,\" spokesman "
     "Tom Vell told reporters.", "Tom Vell"),
    # the title names its owner
    ("The talks resumed in Oslo. The Harbour Party said the deal was close. \"We are hopeful,\" Swedish "
     "government spokesman Tom Vell told reporters.", "Tom Vell"),
])
def test_actors_staff_spokesperson_of_subject_near_misses(actors_of, text, person):
    a = actors_of(text)
    assert actor_named(a, person).traced("affiliation") != SPOKES, shown(a)
