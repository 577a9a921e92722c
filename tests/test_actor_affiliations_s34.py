"""Affiliations of s34-affil, each test named after the rule id it checks; invented sentences and names.
Why: each rule covers a construction; the tests give several shapes of it and near-misses on which it must
not fire (the host state of a posting title, an organisation apposed to a part of another, the subject of
a sentence opening "In <State>,")."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of


# actors.parts.part_of_apposition: "X, a <part noun> of Y" / "X, Y's <part noun>" / "X, a Y <part noun>"
@pytest.mark.parametrize("text,org,whole", [
    # an indefinite apposition with an adjective, "of" the whole, in a prepositional object
    ("Ola Brandt was thought to be held by the Karsk network, an extremist faction of the Taliban.",
     "Karsk network", "Taliban"),
    # the whole's possessive, the organisation a subject
    ("The Lunde Brigades, the Kestrel Front's armed wing, claimed the attack on Monday. The Kestrel Front said "
     "nothing.", "Lunde Brigades", "Kestrel Front"),
    # an affiliate in a passive agent phrase, the apposition closed before the rest of the clause
    ("Ola Brandt was held by the Lunde Brigades, an affiliate of Hezbollah, for two years.", "Lunde Brigades",
     "Hezbollah"),
    # a bracketed short name before the apposition, which the parser takes for the verb's object
    ("Ola Brandt belonged to the Commando Battalion for Alpine Action (CoBAA), an elite unit of the NDF. The "
     "NDF later confirmed it.", "Commando Battalion for Alpine Action", "NDF"),
    # a branch, in the present tense, the organisation an object
    ("Norway has designated the Lunde Brigades, a branch of Hezbollah, a terrorist group.", "Lunde Brigades",
     "Hezbollah"),
    # an offshoot, the whole named by a possessive of a group with two words
    ("The talks were joined by the Karsk Movement, the Kestrel Front's political offshoot, on Friday. The "
     "Kestrel Front welcomed the move.", "Karsk Movement", "Kestrel Front"),
])
def test_actors_parts_part_of_apposition(actors_of, text, org, whole):
    a = actors_of(text)
    assert side_of(a, org) == whole, text
    assert actor_named(a, org).traced("affiliation") in ("actors.parts.part_of_apposition",
                                                          "actors.descriptors.part_of_possessor")


@pytest.mark.parametrize("text,org,not_whole", [
    # a rival is no part
    ("Ola Brandt met the Lunde Brigades, a rival of Hezbollah, in Beirut.", "Lunde Brigades", "Hezbollah"),
    # a parenthetical speech clause, not an apposition
    ("The Lunde Brigades, a faction leader said, would talk to Hezbollah.", "Lunde Brigades", "Hezbollah"),
    # a list of organisations, not an apposition
    ("The Lunde Brigades, the Karsk network and Hezbollah signed the deal.", "Lunde Brigades", "Hezbollah"),
])
def test_actors_parts_part_of_apposition_near_misses(actors_of, text, org, not_whole):
    assert side_of(actors_of(text), org) != not_whole, text


# actors.side.nearest_state / actors.descriptors.gov_title_side (s34-affil guard): the host of a posting
# title is no side
@pytest.mark.parametrize("text,person,host", [
    # the envoy's apposition, the host in it; no other state
    ("Ola Brandt, then the special envoy to Iran, initialled the invoice.", "Ola Brandt", "Iran"),
    # an ambassador, the state that sent him written as a possessive of "the kingdom"
    ("A Qatari team, led by the emirate's ambassador to Oman, Ola Brandt, arrives on Monday.", "Ola Brandt",
     "Oman"),
    # a chargé d'affaires "in" the host, the title before the name
    ("The chargé d'affaires in Iraq, Ola Brandt, told reporters that the talks went well.", "Ola Brandt", "Iraq"),
    # the envoy's title before the name, in an object
    ("The minister thanked the ambassador to Lebanon, Ola Brandt, for his work.", "Ola Brandt", "Lebanon"),
    # a past title, the host written with "the"
    ("Ola Brandt, a former envoy to the Philippines, said the hostages were well.", "Ola Brandt", "Philippines"),
    # a representative posted to a state, in a passive clause
    ("The letter was carried by Ola Brandt, the representative to Sudan, on Tuesday.", "Ola Brandt", "Sudan"),
])
def test_posting_title_host_is_no_side(actors_of, text, person, host):
    assert side_of(actors_of(text), person) != host, text


@pytest.mark.parametrize("text,person,side", [
    # near-misses of the guard: the sending state before the title still gives the side
    ("The US ambassador to Lebanon, Ola Brandt, handed the draft to officials in Beirut on Friday.", "Ola Brandt",
     "United States"),
    # a state in a title that is no posting ("the minister to the Sudan talks" is not a host)
    ("Norway's Foreign Minister Ola Brandt flew to Sudan on Monday.", "Ola Brandt", "Norway"),
    # the posting's own state, the host in another sentence
    ("Iran's ambassador to Iraq, Ola Brandt, met the hostages. Iraq said nothing.", "Ola Brandt", "Iran"),
])
def test_posting_title_sender_still_gives_side(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


# actors.side.fronted_state: "In <State>, <office-holder or officials> <verb>"
@pytest.mark.parametrize("text,subject,state", [
    # a titled person, a guess from the sentence before replaced
    ("Australia and Iran agreed to the swap, Israel said. In Australia, Prime Minister Ola Brandt said he was "
     "thrilled.", "Ola Brandt", "Australia"),
    # unnamed officials, an adverb after the comma, present tense
    ("Norway informed Israel, Britain and France of the talks. In Israel, however, officials insist they had "
     "heard of the channel months earlier.", "officials", "Israel"),
    # a minister, past tense, the state with "the"
    ("The hostages flew home on Monday. In the Philippines, Interior Minister Ola Brandt told reporters the "
     "deal held. The Philippines paid nothing.", "Ola Brandt", "Philippines"),
    # a spokesman as subject of a passive-report verb
    ("Iraq and Kuwait met in Geneva. In Kuwait, a government spokesman denied that any ransom was paid.",
     "government spokesman", "Kuwait"),
    # future tense, unnamed officials with an adjective
    ("Sudan and Chad signed the accord. In Chad, senior officials will free the prisoners next week.",
     "senior officials", "Chad"),
    # a foreign minister, with "meanwhile"
    # (the state named again later; see test_s34_fixside.py for a state named only in the opening phrase)
    ("The hostages were freed in Mali on Sunday. In France, meanwhile, Foreign Minister Ola Brandt thanked "
     "Mali for its help. France paid nothing.", "Ola Brandt", "France"),
])
def test_actors_side_fronted_state(actors_of, text, subject, state):
    a = actors_of(text)
    assert side_of(a, subject) == state, text
    assert actor_named(a, subject).traced("affiliation") == "actors.side.fronted_state"


@pytest.mark.parametrize("text,subject,not_state", [
    # a capital, not the state's name
    ("Norway and Iraq agreed on the swap. In Baghdad, Prime Minister Ola Brandt of Norway said he was pleased.",
     "Ola Brandt", "Iraq"),
    # a time, not a place
    ("In January, Foreign Minister Ola Brandt of Norway visited Kuwait. Kuwait hosted the talks.", "Ola Brandt",
     "Kuwait"),
    # a private person (a captive) takes no side from the place
    ("Iraq released the men. In Kuwait, Ola Brandt, a freed hostage, hugged his wife.", "Ola Brandt", "Kuwait"),
    # a side the title states stays
    ("Iraq and Kuwait met. In Kuwait, the Iraqi Foreign Minister Ola Brandt said the talks went well.",
     "Ola Brandt", "Kuwait"),
])
def test_actors_side_fronted_state_near_misses(actors_of, text, subject, not_state):
    assert side_of(actors_of(text), subject) != not_state, text


# actors.descriptors.described_possessor_side: a title owned by "the group", "the rebels", "the movement"
@pytest.mark.parametrize("text,person,org", [
    # apposition after the name, "the group's"
    ("Norway and the Kestrel Front met in Oslo on Monday. Ola Brandt, the group's foreign minister, said the "
     "release was a gesture.", "Ola Brandt", "Kestrel Front"),
    # title before the name, a plural possessive
    ("Norway and the Kestrel Front met in Oslo. The rebels' spokesman Ola Brandt said in Stockholm that his side "
     "would stay.", "Ola Brandt", "Kestrel Front"),
    # the possessive inside the title's of-phrase, in a list of objects
    ("Norway and the Kestrel Front met in Oslo. They met Per Lund and the head of the rebels' armed wing, "
     "Ola Brandt.", "Ola Brandt", "Kestrel Front"),
    # apposition before the name, "the movement's"
    ("Norway and the Kestrel Front met in Oslo. The movement's chief negotiator, Ola Brandt, arrived on Monday.",
     "Ola Brandt", "Kestrel Front"),
    # an inverted speech verb after a quotation
    ('Norway said it would talk to the Kestrel Front. "We are ready," said the militants\' commander Ola Brandt.',
     "Ola Brandt", "Kestrel Front"),
    # a passive clause
    ("Norway shelled positions of the Kestrel Front on Monday. The guerrillas' top commander Ola Brandt was "
     "wounded, Norway said.", "Ola Brandt", "Kestrel Front"),
])
def test_actors_descriptors_described_possessor_side(actors_of, text, person, org):
    a = actors_of(text)
    assert side_of(a, person) == org, text
    assert actor_named(a, person).traced("affiliation") == "actors.descriptors.described_possessor_side"


@pytest.mark.parametrize("text,person", [
    # indefinite: "a rebel group's" is no description of the group named before
    ("Norway and the Kestrel Front met in Oslo. A rebel group's leader, Ola Brandt, said nothing.", "Ola Brandt"),
    # a pronoun before the noun ("his group's")
    ("Norway and the Kestrel Front met in Oslo. His group's leader Ola Brandt said nothing.", "Ola Brandt"),
    # "the bloc's" names a bloc, not the group
    ("Norway and the Kestrel Front met in Oslo, the African Union said. The bloc's envoy Ola Brandt said nothing.",
     "Ola Brandt"),
])
def test_actors_descriptors_described_possessor_side_near_misses(actors_of, text, person):
    a = actors_of(text)
    assert side_of(a, person) != "Kestrel Front", text
    assert actor_named(a, person).traced("affiliation") != "actors.descriptors.described_possessor_side"


# actors.side.state_outlet: an outlet its words call a state's, no state written in them: the nearest state
@pytest.mark.parametrize("text,outlet,state", [
    # "state broadcaster X" in the sentence after the state
    ("Iran has swapped the academic with three men held abroad. Footage released by state broadcaster IRIB "
     "showed her in a room.", "IRIB", "Iran"),
    # a nationality on a private person's noun nearer to it is no party ("a jailed Australian academic")
    ("Iran has traded three of its nationals for a jailed Australian academic. Pictures aired by state "
     "broadcaster IRIB showed a van.", "IRIB", "Iran"),
    # "the official X News Agency" in a prepositional phrase, the state in the sentence before
    ("Norway's ruling party rejected the plan. Ola Brandt said talks were over, in remarks the official "
     "Norland Central News Agency published.", "Norland Central News Agency", "Norway"),
    # a hyphenated ownership word, the outlet a subject after a comma
    ("Iran freed the men on Monday, the state-run broadcaster Karsk TV said.", "Karsk TV", "Iran"),
    # a nationality on someone else's title is not the outlet's state
    ("Russia and Ukraine met in Istanbul on Friday. With Turkish Foreign Minister Ola Brandt presiding, the "
     "two sides talked for an hour, state news agency TASS said, although Russia had asked for direct talks.",
     "TASS", "Russia"),
    # present tense, an object of "according to"
    ("Iraq says the hunters are safe, according to state television channel Karsk One.", "Karsk One", "Iraq"),
    # government-owned daily, future tense
    ("Cuba will free the men next week, the government-owned newspaper Granma Diario said.", "Granma Diario",
     "Cuba"),
])
def test_actors_side_state_outlet(actors_of, text, outlet, state):
    a = actors_of(text)
    assert side_of(a, outlet) == state, text
    assert actor_named(a, outlet).traced("affiliation") == "actors.side.state_outlet"


@pytest.mark.parametrize("text,outlet", [
    # a private broadcaster is no state's
    ("Iran freed the men, the private broadcaster Karsk TV reported.", "Karsk TV"),
    # no word of state ownership
    ("Iran freed the men, Norland TV reported.", "Norland TV"),
    # an independent outlet
    ("Iran freed the men, the independent news agency Karsk Press said.", "Karsk Press"),
])
def test_actors_side_state_outlet_near_misses(actors_of, text, outlet):
    a = actors_of(text)
    assert actor_named(a, outlet).traced("affiliation") != "actors.side.state_outlet", text


# actors.body_titles.organ_in_title (s34-affil guard): "<demonym> Chief Cabinet Secretary X" is one office's
# name; its holder is the state's, no "Cabinet" body is made
@pytest.mark.parametrize("text", [
    "But Japanese Chief Cabinet Secretary Ola Brandt said the government was checking the reports.",
    "Japan's Deputy Cabinet Secretary Ola Brandt told reporters the man was safe.",
])
def test_office_name_is_no_body(actors_of, text):
    a = actors_of(text)
    assert side_of(a, "Ola Brandt") == "Japan", text
    assert not any("Cabinet" in x.name for x in a.values()), text


def test_body_in_title_still_made(actors_of):
    # near-miss of the guard: a ministry with a non-title word before it is still the body
    a = actors_of("Norwegian Interior Ministry spokesman Ola Brandt said the talks went well.")
    assert actor_named(a, "Ola Brandt").traced("affiliation") == "actors.body_titles.body_in_title"
