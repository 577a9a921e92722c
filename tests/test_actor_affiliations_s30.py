"""Affiliations read from syntax (s30-affil), each test named after the rule id it checks; invented
sentences and names. Why: each rule covers a construction; the tests give several shapes of it and
near-misses on which it must not fire."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of


# actors.staff.staff_of_person: an aide, spokesman, assistant or lawyer acts for the person they serve
@pytest.mark.parametrize("text,staff,boss", [
    # a person's name as premodifier of the staff title, title before the name
    ('Ola Brandt left Lima on Monday. "They are on their way home," said Brandt spokesman Kari Lund in a statement.', "Kari Lund", "Ola Brandt"),
    ("Ola Brandt flew to Lima on Monday. Two envoys later briefed Brandt aide Kari Lund on the talks.",
     "Kari Lund", "Ola Brandt"),
    # an apposition with a "to" phrase, capitalised title
    ("Ola Brandt met the rebels. Kari Lund, Special Assistant on Media to President Ola Brandt, told "
     "reporters that no ransom was paid.", "Kari Lund", "Ola Brandt"),
    # a lower-case apposition with "to", after a passive clause
    ("The offer was rejected by Kari Lund, an aide to Ola Brandt, on Friday.", "Kari Lund", "Ola Brandt"),
    # a possessive staff title in apposition before the name
    ("Ola Brandt's lawyer, Kari Lund, has asked the court in Lima for his release.", "Kari Lund", "Ola Brandt"),
])
def test_actors_staff_staff_of_person(actors_of, text, staff, boss):
    a = actors_of(text)
    assert side_of(a, staff) == boss, text
    assert actor_named(a, staff).traced("affiliation") in ("actors.staff.staff_of_person",
                                                          "actors.descriptors.personal_staff")


def test_actors_staff_staff_of_person_unnamed_group(actors_of):
    # an unnamed group of aides with an "of" phrase naming the person
    a = actors_of("Ola Brandt stayed home. Two senior aides of President Ola Brandt attended the meeting in Oslo.")
    aides = [x for x in a.values() if not x.named and "aides" in x.name]
    assert aides and a[aides[0].affiliation].name == "Ola Brandt"


@pytest.mark.parametrize("text,person,not_side", [
    # a sole office held under a leader is the state's office, not the leader's staff
    ("Ola Brandt's national security adviser, Kari Lund, met the Peruvian foreign minister.", "Kari Lund", "Ola Brandt"),
    ("Leading the delegation was Kari Lund, a close Brandt aide who is now a deputy national security adviser, "
     "and Ola Brandt met him later.", "Kari Lund", "Ola Brandt"),
    # a body, not a person, before the staff title
    ("Kremlin spokesman Kari Lund said Ola Brandt would not attend.", "Kari Lund", "Ola Brandt"),
    # a relative is no staff
    ("Kari Lund, the son of Ola Brandt, said the family was waiting.", "Kari Lund", "Ola Brandt"),
    # not a staff title: an envoy of a person is left to the owner rules
    ("Ola Brandt and Kari Lund met in Lima. The spokesman said nothing.", "Kari Lund", "Ola Brandt"),
])
def test_actors_staff_staff_of_person_near_misses(actors_of, text, person, not_side):
    a = actors_of(text)
    assert side_of(a, person) != not_side, text


# actors.side.nearest_state / co_mentioned_side (s30-affil): no state in context is guessed for a person whose
# title names a party of its own
@pytest.mark.parametrize("text,person,state", [
    ("Opposition leader Ola Brandt met Kenyan officials in Nairobi on Monday.", "Ola Brandt", "Kenya"),
    ("Kenya's government said on Monday that it would talk to opposition leader Ola Brandt.", "Ola Brandt", "Kenya"),
    ("The United States struck Yemen again. Karva party leader Ola Brandt said the strikes would fail.",
     "Ola Brandt", "United States"),
    ("Chile agreed to the talks, said Kari Lund, the head of the Karva Front's political bureau.",
     "Kari Lund", "Chile"),
])
def test_actors_side_no_guess_for_party_titles(actors_of, text, person, state):
    a = actors_of(text)
    assert side_of(a, person) != state, text


@pytest.mark.parametrize("text,person,state", [
    # a current governmental title still takes the state in context
    ("Chile will sign the deal next week, Trade Minister Ola Brandt said.", "Ola Brandt", "Chile"),
    ("Peru and Chile agreed on a truce, Defence Minister Ola Brandt said on Friday.", "Ola Brandt", "Peru"),
])
def test_actors_side_guess_for_current_titles(actors_of, text, person, state):
    a = actors_of(text)
    assert side_of(a, person) == state, text


# actors.organs.state_organ_title: an organ's title written before its name gives the state in it
@pytest.mark.parametrize("text,org,state", [
    ("The prisoners were freed in a swap, according to sources quoted by the Iranian official news agency Kestrel.",
     "Kestrel", "Iran"),
    # (s30-fixaff) each word of state ownership, hyphenated or not
    ("Turkish state-run broadcaster Vardo said the talks had failed.", "Vardo", "Turkey"),
    ("The Chilean government-owned news agency Sorvan reported the swap on Monday.", "Sorvan", "Chile"),
    ("Talks have begun in Istanbul, Russian state-affiliated news agency Parvax has reported.", "Parvax", "Russia"),
    ("The Peruvian intelligence agency Vardo declined to comment on the swap.", "Vardo", "Peru"),
    ("Chile's state broadcaster Lomnet said the deal was close.", "Lomnet", "Chile"),
])
def test_actors_organs_state_organ_title(actors_of, text, org, state):
    a = actors_of(text)
    assert side_of(a, org) == state, text


@pytest.mark.xfail(reason="s39-precision: a demonym on a news agency with no word of state ownership makes no "
                   "state actor (read and held-aside actor precision rose: 'the <demonym> news agency X' in reports "
                   "whose gold has no such state); the side when the state is an actor elsewhere is not built",
                   strict=True)
@pytest.mark.parametrize("text,org,state", [
    # a country's news agency: its state's wire service (national_agency_nouns)
    ("The talks resumed in Lima, the Peruvian news agency Kestrel reported.", "Kestrel", "Peru"),
    ("The prisoners were freed in a swap, according to sources quoted by the Iranian news agency Kestrel.",
     "Kestrel", "Iran"),
])
def test_actors_organs_national_news_agency(actors_of, text, org, state):
    a = actors_of(text)
    assert side_of(a, org) == state, text


@pytest.mark.parametrize("text,org,state", [
    # a rebel outlet in a state is not the state's organ
    ("The rebels told the Chilean rebel radio agency Sorvan that they would fight on.", "Sorvan", "Chile"),
    # a state in another clause, cut off by a comma, is not in the title
    ("The talks moved to Chile, news agency Kestrel said on Monday.", "Kestrel", "Chile"),
])
def test_actors_organs_state_organ_title_near_misses(actors_of, text, org, state):
    a = actors_of(text)
    assert side_of(a, org) != state, text


# (s30-fixaff) a title that does not say the organ is the state's gives no side: a country's streaming
# service or broadcaster is not its state's, and a word of private ownership rules it out
@pytest.mark.parametrize("text,org", [
    ("The Chilean streaming service Lomnet said it would air the summit.", "Lomnet"),
    ("The Peruvian private broadcaster Vardo said Ola Brandt would attend.", "Vardo"),
    ("Talks have begun in Istanbul, the Russian independent news agency Parvax has reported.", "Parvax"),
    ("A Chilean privately-owned broadcaster, Sorvan, aired the speech. The Chilean privately owned broadcaster "
     "Sorvan said the talks had failed.", "Sorvan"),
    ("According to the United States streaming service Kestrel, the envoys met twice.", "Kestrel"),
])
def test_actors_organs_title_not_the_state(actors_of, text, org):
    a = actors_of(text)
    assert side_of(a, org) is None, text


# actors.led_bodies.led_by_modifier: a body "<X>-led" is X's
@pytest.mark.parametrize("text,body,leader", [
    ("The Saudi-led coalition struck the port of Hodeidah on Monday.", "Saudi-led coalition", "Saudi Arabia"),
    ("The Karva Front said the Front-led Lorvan Armed Forces had taken the town.", "Lorvan Armed Forces", "Karva Front"),
    ("A Chilean-led mission arrived in Lima on Friday.", "Chilean-led mission", "Chile"),
    ("Officials said the Peruvian-led force had withdrawn from the border.", "Peruvian-led force", "Peru"),
])
def test_actors_led_bodies_led_by_modifier(actors_of, text, body, leader):
    a = actors_of(text)
    assert side_of(a, body) == leader, text


def test_actors_led_bodies_led_by_modifier_near_miss(actors_of):
    # "led" as a verb is no "<X>-led" modifier
    a = actors_of("Chile led the talks, and the Karva Front signed the deal in Lima.")
    assert side_of(a, "Karva Front") != "Chile"


# actors.body_titles.organ_in_title (s30-affil): "the <demonym> government" in a title is the state itself
@pytest.mark.parametrize("text,person,state", [
    ("Chief Peruvian government negotiator Ola Brandt met the rebels in Oslo.", "Ola Brandt", "Peru"),
    ("Kari Lund, special envoy of the Norwegian government, hosted the talks.", "Kari Lund", "Norway"),
])
def test_actors_body_titles_government_is_the_state(actors_of, text, person, state):
    a = actors_of(text)
    assert side_of(a, person) == state, text


# actors.government.leader_of_government / leader_government (s30-affil): "the <Leader> administration" is the
# leader's own stated state before the word's default state
@pytest.mark.parametrize("text,desc,state", [
    ("Chilean President Ola Brandt ended the talks on Monday. A Brandt administration spokesman said the rebels "
     "had broken the deal.", "Brandt administration spokesman", "Chile"),
    ("Peru's President Ola Brandt flew to Lima. Officials of the Brandt administration said the talks would resume.",
     None, "Peru"),
])
def test_actors_government_leader_own_state(actors_of, text, desc, state):
    a = actors_of(text)
    if desc is not None:
        assert side_of(a, desc) == state, text
    states = [x for x in a.values() if x.kind == "state" and any("administration" in al for al in x.aliases)]
    assert [x.name for x in states] == [state], text


# actors.implied.government_word_side (s30-affil): a bare "administration official" in a report that names no
# administration is the word's default state's, when that state is an actor of the report
def test_actors_implied_government_word_default_state(actors_of):
    a = actors_of("The United States welcomed the release of the two journalists, a senior administration "
                  "official said.")
    assert side_of(a, "senior administration official") == "United States"


def test_actors_implied_government_word_default_state_near_miss(actors_of):
    # the default state is no actor of the report: no side
    a = actors_of("Chile welcomed the release of the two journalists, a senior administration official said.")
    assert side_of(a, "senior administration official") != "United States"


# actors.side.co_mentioned_side (s30-affil): a meet verb faces only the people of its own clause
def test_actors_side_co_mentioned_outside_meet_clause(actors_of):
    a = actors_of("Chilean President Ola Brandt announced that the hostage had been freed and thanked Peru, while "
                  "Defence Secretary Kari Lund informed the Senate about the transfer.")
    assert side_of(a, "Kari Lund") == "Chile"


def test_actors_side_co_mentioned_not_the_met(actors_of):
    # the person met is the other side
    a = actors_of("Defence Secretary Kari Lund met Chilean President Ola Brandt in Lima on Monday.")
    assert side_of(a, "Kari Lund") != "Chile"


def test_actors_side_co_mentioned_not_an_object_elsewhere(actors_of):
    # outside the meet clause, the object of another verb is still the one approached, not a colleague
    a = actors_of("When Trade Minister Ola Brandt visited Lima, he was not told of the talks and instead raised "
                  "the subject with Chilean envoy Kari Lund.")
    assert side_of(a, "Ola Brandt") != "Chile"


# actors.names.state_name_government (s30-affil): "force" is a governmental word
@pytest.mark.parametrize("text,org,state", [
    ("All fourteen were flown home on a Chile Royal Air Force plane on Sunday.", "Chile Royal Air Force", "Chile"),
    ("The Kenya Defence Force said its troops had reached the border.", "Kenya Defence Force", "Kenya"),
])
def test_actors_names_state_name_force(actors_of, text, org, state):
    a = actors_of(text)
    assert side_of(a, org) == state, text


def test_actors_organs_state_organ_title_private_paper(actors_of):
    # a country's newspaper is not its state's organ; a state newspaper is
    a = actors_of("Chile and Peru met in Lima. The Chilean center-left newspaper Lomnet reported the talks. "
                  "The Peruvian state newspaper Vardo "
                  "denied the report.")
    assert side_of(a, "Lomnet") != "Chile"
    assert side_of(a, "Vardo") == "Peru"


# actors.side_groups.armed_modifier_side (s30-affil): "regional", "political", "opposition" name no armed movement
@pytest.mark.parametrize("text,desc", [
    ("Karva Holdings built the mine. A regional official close to the talks said the hostages were well.",
     "regional official"),
    ("The Lomnet Post reported the talks. The mediators will meet the opposition representatives tomorrow.",
     "opposition representatives"),
])
def test_actors_side_groups_unarmed_modifiers(actors_of, text, desc):
    a = actors_of(text)
    found = [x for x in a.values() if not x.named and x.name == desc]
    assert found and found[0].affiliation is None, [(x.name, x.affiliation) for x in a.values()]


def test_actors_side_groups_armed_modifier_still(actors_of):
    a = actors_of("The Karva Liberation Front attacked the town. Rebel negotiators later met the mediators in Oslo.")
    found = [x for x in a.values() if not x.named and "negotiators" in x.name]
    assert found and a[found[0].affiliation].name == "Karva Liberation Front"


# actors.descriptors.possessor_side (s30-fixaff): a title owned by a person with no known side gives no side
# and traces none; a person whose side is known still gives it
def test_actors_descriptors_possessor_side_without_side(actors_of):
    a = actors_of("Ola Brandt flew to Lima. Brandt's defence secretary, Kari Lund, said the talks had failed.")
    lund = actor_named(a, "Kari Lund")
    assert lund.affiliation is None and lund.traced("affiliation") != "actors.descriptors.possessor_side"


@pytest.mark.parametrize("text,state", [
    ("Chilean President Ola Brandt flew to Lima. Brandt's defence secretary, Kari Lund, said the talks had failed.",
     "Chile"),
    ("Peru's President Ola Brandt spoke on Monday. Brandt's foreign minister, Kari Lund, met the rebels in Oslo.",
     "Peru"),
])
def test_actors_descriptors_possessor_side(actors_of, text, state):
    a = actors_of(text)
    assert side_of(a, "Kari Lund") == state, text
    assert actor_named(a, "Kari Lund").traced("affiliation") == "actors.descriptors.possessor_side"


# actors.side.nearest_state (s30-fixaff): a relative clause on an apposed title is no part of the title; the
# party it names does not stop the state guess
@pytest.mark.parametrize("text,person,state", [
    ("Norway and the Karva Front met in Oslo. Ola Brandt, the minister who met Front leaders, said the talks "
     "had failed.", "Ola Brandt", "Norway"),
    ("Norway hosted the talks on Monday. Ola Brandt, the trade minister who met Karva Front leaders, said the "
     "talks had failed.", "Ola Brandt", "Norway"),
])
def test_actors_side_title_relative_clause(actors_of, text, person, state):
    a = actors_of(text)
    assert side_of(a, person) == state, text
