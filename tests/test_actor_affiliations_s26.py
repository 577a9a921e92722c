"""Affiliations read from syntax (s26-affil), each test named after the rule id it checks; invented
sentences and names. Why: each rule covers a construction; the tests give several shapes of it and
near-misses on which it must not fire."""

from __future__ import annotations

import pytest

from actor_helpers import side_of


# actors.coalitions.member_of: members listed beside a coalition take the coalition
@pytest.mark.parametrize("text,members", [
    ("Representatives of the Lorvan Army, the Kessel Front and the Ostrak Liberation Army, collectively "
     "known as the Northern Alliance, met officials in Lima.", ["Lorvan Army", "Kessel Front", "Ostrak Liberation Army"]),
    ("The Northern Alliance of the Lorvan Army, the Kessel Front and the Ostrak Liberation Army rejected the offer.",
     ["Lorvan Army", "Kessel Front", "Ostrak Liberation Army"]),
    ("The Northern Alliance, made up of the Lorvan Army, the Kessel Front and the Ostrak Liberation Army, "
     "rejected the offer.", ["Lorvan Army", "Kessel Front", "Ostrak Liberation Army"]),
    ("The Northern Alliance, which comprises the Lorvan Army and the Kessel Front, has been fighting since October.",
     ["Lorvan Army", "Kessel Front"]),
    ("The Lorvan Army and the Kessel Front, both members of the Northern Alliance, signed the deal.",
     ["Lorvan Army", "Kessel Front"]),
    ("The Lorvan Army and the Kessel Front formed the Northern Alliance last year.", ["Lorvan Army", "Kessel Front"]),
    ("The Lorvan Army, a member of the Northern Alliance, signed the deal.", ["Lorvan Army"]),
    ("The Lorvan Army, the Kessel Front and the Ostrak Liberation Army, which make up the Northern Alliance, "
     "rejected the offer.", ["Lorvan Army", "Ostrak Liberation Army"]),
])
def test_actors_coalitions_member_of(actors_of, text, members):
    a = actors_of(text)
    for m in members:
        assert side_of(a, m) == "Northern Alliance", (m, text)
        assert next(x for x in a.values() if x.name == m).traced("affiliation") == "actors.coalitions.member_of"


@pytest.mark.parametrize("text,outsiders", [
    # meeting a coalition is no membership
    ("The Lorvan Army and the Kessel Front met the Northern Alliance in Lima.", ["Lorvan Army", "Kessel Front"]),
    # the subject fights the coalition; only the coalition's own member joins it
    ("The Lorvan Army fought the Northern Alliance, which comprises the Kessel Front.", ["Lorvan Army"]),
])
def test_actors_coalitions_member_of_near_misses(actors_of, text, outsiders):
    a = actors_of(text)
    for m in outsiders:
        assert side_of(a, m) != "Northern Alliance", (m, text)


# actors.body_titles.*: a body named in a person's title is the person's side (the body keeps the state)
@pytest.mark.parametrize("text,person,body,rule", [
    ("Chilean Interior Ministry spokesman Ola Brandt said the government was providing security.",
     "Ola Brandt", "Chilean Interior Ministry", "body_in_title"),
    ('"Peru mediated between the two sides," confirmed Chilean foreign ministry spokesman Ola Brandt.',
     "Ola Brandt", "Chilean foreign ministry", "organ_in_title"),
    ("Ola Brandt, a spokesman for the Chilean foreign ministry, said the talks would go on.",
     "Ola Brandt", "Chilean foreign ministry", "organ_in_title"),
    ("Peru's defence ministry spokeswoman Ana Torvik said the ceasefire held.",
     "Ana Torvik", "Peru's defence ministry", "organ_in_title"),
    ("The ceasefire held, said Ana Torvik, the spokeswoman of Peru's defence ministry.",
     "Ana Torvik", "Peru's defence ministry", "organ_in_title"),
    ("The offer came despite Ana Torvik, a senior official in Peru's ruling Popular Action party, saying she "
     "rejected any talks.", "Ana Torvik", "Popular Action", "body_in_title"),
])
def test_actors_body_titles(actors_of, text, person, body, rule):
    a = actors_of(text)
    assert side_of(a, person) == body, text
    p = next(x for x in a.values() if x.name == person)
    assert p.traced("affiliation") == f"actors.body_titles.{rule}"
    b = next(x for x in a.values() if x.name == body)
    if rule == "organ_in_title":
        assert a[b.affiliation].kind == "state"


def test_actors_body_titles_alias_in_title(actors_of):
    a = actors_of("The Kessel Liberation Front, also known as Tavor, agreed to a ceasefire on Friday. "
                  "Tavor spokesman Ola Brandt confirmed it on Saturday.")
    assert side_of(a, "Ola Brandt") == "Kessel Liberation Front"
    assert next(x for x in a.values() if x.name == "Ola Brandt").traced("affiliation") == \
        "actors.body_titles.alias_in_title"


@pytest.mark.parametrize("text,person,side", [
    # a title with no body keeps its state
    ("Chilean Foreign Minister Ola Brandt said the talks would go on.", "Ola Brandt", "Chile"),
    # "to" names the other side, not the body served
    ("Ola Brandt, Peru's envoy to the Kessel Front, said the talks would go on.", "Ola Brandt", "Peru"),
    # a past title: the person no longer speaks for the body; the state gives the side where it is an actor
    # (s43-actors: "former <demonym> ..." alone makes no state, actors.states.person_demonym)
    ("Ola Brandt, a former Peruvian foreign ministry official, now advises the Kessel Front. Peru said nothing.",
     "Ola Brandt", "Peru"),
    # an unnamed party is no actor: the state stays
    ("Ola Brandt, a senior official in Peru's ruling party, said the talks would go on.", "Ola Brandt", "Peru"),
])
def test_actors_body_titles_near_misses(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side


# actors.organs.state_organ_apposition: "the <Name> Bureau, <State>'s intelligence agency"
@pytest.mark.parametrize("text,state", [
    ("The delegation included an official of the Lorvan Bureau, North Korea's intelligence agency, sources said.",
     "North Korea"),
    ("The Lorvan Bureau, Peru's state news agency, reported the talks on Friday.", "Peru"),
    ("The report was denied by the Lorvan Bureau, the North Korean spy agency.", "North Korea"),
    ("Officials from the Lorvan Bureau, Peru's intelligence agency, attended.", "Peru"),
    ("An individual related to the Lorvan Bureau, North Korea's intelligence agency, took part, a newspaper said.",
     "North Korea"),
])
def test_actors_organs_state_organ_apposition(actors_of, text, state):
    a = actors_of(text)
    assert side_of(a, "Lorvan Bureau") == state, text


@pytest.mark.parametrize("text", [
    "The Kessel Front, Peru's main rebel group, rejected the offer.",  # a group the state hosts, not its organ
    "Ola Brandt praised the Kessel Front, a partner of Peru's army, on Friday.",  # not the head noun
    "The talks involved the Kessel Front, Peru's army and Chile's police.",  # a list, not an apposition
    "The Kessel Front, Peru's largest rebel army, signed the deal.",  # a rebel army is no organ of the state
])
def test_actors_organs_state_organ_apposition_near_misses(actors_of, text):
    a = actors_of(text)
    front = next(x for x in a.values() if x.name == "Kessel Front")
    assert front.traced("affiliation") != "actors.organs.state_organ_apposition", text


# actors.side.nearest_state (s26-affil): a coordination of states is read at its first conjunct
@pytest.mark.parametrize("text", [
    "Peru and Chile have reached a ceasefire after talks in Doha, Defence Minister Ola Brandt announced on Sunday.",
    "Defence Minister Ola Brandt said Peru and Chile had agreed to meet again in May.",
    "The joint mediation efforts of Peru, Chile and Norway secured the deal, Prime Minister Ola Brandt announced.",
    "Peru and Chile will sign the accord next week, according to Foreign Minister Ola Brandt.",
])
def test_actors_side_nearest_state_first_conjunct(actors_of, text):
    a = actors_of(text)
    assert side_of(a, "Ola Brandt") == "Peru", text


# ... and the sentence before gives no side from another person's counterparts
@pytest.mark.parametrize("text", [
    "The minister thanked Peru and Chile for mediating between the two countries. Foreign Minister Ola Brandt "
    "welcomed the agreement.",
    "Trade Minister Ana Torvik thanked Peru and Chile for their help. Foreign Minister Ola Brandt welcomed the "
    "agreement.",
])
def test_actors_side_nearest_state_not_others_counterparts(actors_of, text):
    assert side_of(actors_of(text), "Ola Brandt") is None, text


# actors.body_titles.body_in_description: "<Movement> leaders say" where the movement's name went untagged
@pytest.mark.parametrize("text,group", [
    ("The Kessel Liberation Front, also known as Tavor, kidnapped the volunteers. Tavor leaders say the two "
     "women were sick.", "Tavor leaders"),
    ("The Kessel Liberation Front, also known as Tavor, kidnapped the volunteers. Two Tavor commanders were "
     "killed on Sunday.", "Tavor commanders"),
])
def test_actors_body_titles_body_in_description(actors_of, text, group):
    assert side_of(actors_of(text), group) == "Kessel Liberation Front", text


@pytest.mark.parametrize("text,group", [
    # captives have no side
    ("The Kessel Liberation Front, also known as Tavor, freed them. Six Tavor fishermen were handed back on "
     "Sunday.", "Tavor fishermen"),
])
def test_actors_body_titles_body_in_description_near_misses(actors_of, text, group):
    assert side_of(actors_of(text), group) is None, text


def test_actors_coalitions_member_of_one_founder_is_no_member(actors_of):
    a = actors_of("The Kessel Front founded the Lorvan Army in 2010 to guard the border.")
    assert side_of(a, "Kessel Front") != "Lorvan Army"


# actors.partitives.one_of_role: "X, one of the Front's leaders"
@pytest.mark.parametrize("text,side", [
    ("Ola Brandt, one of the Kessel Front's leaders, said the talks would resume.", "Kessel Front"),
    ("Ola Brandt, one of the leaders of the Kessel Front, said the talks would resume.", "Kessel Front"),
    ("Ola Brandt, among the Kessel Front's negotiators, said the talks would resume.", "Kessel Front"),
    ("Ola Brandt, one of Peru's negotiators, said the talks would resume.", "Peru"),
])
def test_actors_partitives_one_of_role(actors_of, text, side):
    a = actors_of(text)
    assert side_of(a, "Ola Brandt") == side, text


@pytest.mark.parametrize("text", [
    "Ola Brandt, one of the hostages held by the Kessel Front, was freed.",  # a captive has no side
    "Ola Brandt, one of Karim Ostrak's sons, said the talks would resume.",  # a relative is no member
])
def test_actors_partitives_one_of_role_near_misses(actors_of, text):
    brandt = next(x for x in actors_of(text).values() if x.name == "Ola Brandt")
    assert brandt.traced("affiliation") != "actors.partitives.one_of_role", text
