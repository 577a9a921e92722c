"""Office-holders named by title, collectives in argument slots and executive seats: each test is
named after the rule id it checks, on invented sentences (invented states: Ostland, Valdoria)."""

from __future__ import annotations

import pytest

from backchannel.model import Actor


@pytest.fixture(scope="module")
def actors_of(actors_by_name):
    """This file reads actors by name."""
    return actors_by_name


def _holder(actors: dict[str, Actor], word: str) -> Actor:
    found = [a for a in actors.values() if a.kind == "person" and word in a.name.lower()]
    assert len(found) == 1, list(actors)
    return found[0]


def test_actors_offices_office_holder_of_phrase(actors_of):
    a = actors_of("Mayer assured the Emir of Qatar on Monday that Kenya would sign.")
    emir = _holder(a, "emir")
    assert emir.rule == "actors.offices.office_holder" and not emir.named
    assert a["Qatar"].id == emir.affiliation


def test_actors_offices_office_holder_possessive_and_demonym(actors_of):
    a = actors_of("The envoy reached out to Jordan's King on Monday. Later the Jordanian king spoke with the envoy.")
    king = _holder(a, "king")
    assert king.affiliation == a["Jordan"].id
    assert any("king" in x.lower() for x in king.aliases)  # the second title is the same holder


def test_actors_offices_office_holder_one_per_state(actors_of):
    a = actors_of("A deal was struck after the foreign ministers of Chile and Norway intervened with the negotiators.")
    assert a["foreign minister of Chile"].affiliation == a["Chile"].id
    assert a["foreign minister of Norway"].affiliation == a["Norway"].id
    assert a["foreign minister of Chile"].rule == "actors.offices.office_holder"


def test_actors_offices_office_holder_joins_named_holder(actors_of):
    a = actors_of("Chilean President Tomas Arvelo Brun met the envoy. Later the envoy thanked Chile's president.")
    assert not any(x.rule == "actors.offices.office_holder" for x in a.values())
    assert "Chile's president" in a["Tomas Arvelo Brun"].descriptors


def test_actors_offices_office_holder_not_indefinite_or_past(actors_of):
    a = actors_of("A Kenyan president would never accept it, and the former emir of Qatar said so too.")
    assert not any(x.rule == "actors.offices.office_holder" for x in a.values())


def test_actors_offices_bare_office(actors_of):
    a = actors_of("Mayer called the Emir of Qatar on Sunday. During the call, Mayer asked the emir for help.")
    emir = _holder(a, "emir")
    assert "emir" in emir.aliases
    assert emir.traced("aliases") == "actors.offices.bare_office"


def test_actors_offices_holder_named_next(actors_of):
    a = actors_of("For weeks Kenya's Prime Minister mediated between the two sides. "
                  "Tomas Arvelo Brun held a call with the rebels on Sunday.")
    pm = a["Tomas Arvelo Brun"]
    assert pm.affiliation == a["Kenya"].id
    assert pm.traced("affiliation") == "actors.offices.holder_named_next"
    assert not any(x.rule == "actors.offices.office_holder" for x in a.values())


def test_actors_names_demonym_title_cut(actors_of):
    a = actors_of("Mayer thanked Qatari Emir Faisal Al Noor for the help.")  # the model tags "Qatari Emir Faisal ..."
    p = next(x for x in a.values() if "Faisal" in x.name)
    assert p.name == "Faisal Al Noor" and p.rule == "actors.names.demonym_title_cut"
    assert p.affiliation == a["Qatar"].id


def test_actors_body_modifiers_state_of_body(actors_of):
    a = actors_of("The truce would hold, a senior White House official predicted.")
    assert "White House" not in a
    official = next(x for x in a.values() if "official" in x.name)
    assert official.affiliation == a["United States"].id
    assert official.traced("affiliation") == "actors.body_modifiers.state_of_body"


def test_actors_body_modifiers_department_stays(actors_of):
    a = actors_of("A State Department spokesperson said the truce would hold.")
    assert "State Department" in a


def test_furniture_lowercase_byline(actors_of):
    a = actors_of("Talks resume\n\nby Anja Velt and Rufo Marek\n\nThe Ostland delegation met Kenya's envoy on Monday.")
    assert "Anja Velt" not in a and "Rufo Marek" not in a


def test_furniture_dateline_outlet(actors_of):
    a = actors_of("Kessel, 3 May 2001 (Valdor Radio) -- Kenya and Chile signed a truce. "
                  "The Valdor Radio correspondent says the truce holds.")
    assert "Valdor Radio" not in a and "Kenya" in a


def test_furniture_dateline_with_a_bullet(actors_of):
    """ "KESSEL • ..." is a dateline like "KESSEL - ...": the place is no part of the first name."""
    a = actors_of("KESSEL • Army delegations of Russia, Ukraine and Turkey sat down with UN staff in Kessel on "
                  "Monday, a broadcaster said.")
    assert not any("KESSEL" in n for n in a) and "Ukraine" in a


def test_furniture_outlet_label(actors_of):
    a = actors_of("OPANEWS: Kenya's foreign minister rejected the plan.\n\nAccording to OPANEWS, the talks stalled.")
    assert "OPANEWS" not in a


def test_furniture_platform_never_actor(actors_of):
    a = actors_of("Truth Social carried the statement of the envoy.")
    assert "Truth Social" not in a


def test_actors_owners_led_by_passive_clause(actors_of):
    a = actors_of("Talks in Geneva closed on Friday. The Danish team was headed by Foreign Minister "
                  "Per Lindqvist, and the Swedish team was headed by acting army chief Nils Berglund.")
    assert a["Nils Berglund"].affiliation == a["Sweden"].id
    assert a["Nils Berglund"].traced("affiliation") == "actors.owners.led_by"


def test_actors_side_groups_group_in_title(actors_of):
    a = actors_of("Talks with the separatist militants resumed on Monday. "
                  "Militant spokesman Movan Ardek said the truce would hold.")
    p = a["Movan Ardek"]
    assert p.affiliation == a["separatist militants"].id
    assert p.traced("affiliation") == "actors.side_groups.group_in_title"


def test_actors_side_groups_armed_modifier_side(actors_of):
    a = actors_of("The Valdorian Liberation Front has fought the government since 1990. Talks stalled when rebel "
                  "negotiators walked out, and armed guerrillas blocked the road.")
    front = next(x for x in a.values() if "Liberation Front" in x.name)
    rebels = next(x for x in a.values() if x.name == "rebel negotiators")
    assert rebels.affiliation == front.id
    assert rebels.traced("affiliation") == "actors.side_groups.armed_modifier_side"


def test_actors_side_groups_armed_modifier_side_needs_a_movement(actors_of):
    a = actors_of("Talks stalled when rebel negotiators walked out of the meeting in Kessel.")
    rebels = next(x for x in a.values() if x.name == "rebel negotiators")
    assert rebels.affiliation is None


def test_actors_offices_holder_named_before(actors_of):
    a = actors_of("Tomas Arvelo Brun stunned the delegates on Sunday. On his channel, the Kenyan President announced "
                  "that both sides had agreed to a truce.")
    p = a["Tomas Arvelo Brun"]
    assert p.affiliation == a["Kenya"].id
    assert p.traced("affiliation") == "actors.offices.holder_named_before"
    assert not any(x.rule == "actors.offices.office_holder" for x in a.values())


def test_actors_offices_office_holder_apposed_to_named_person(actors_of):
    """ "X, the Foreign Minister of Chile": the title is X's, not a second person."""
    a = actors_of("A meeting hosted by Anna Lobo brought together Tomas Ardell and Elina Varga, "
                  "the Foreign Minister of Chile, in Quito.")
    assert not any(x.rule == "actors.offices.office_holder" for x in a.values())
    assert a["Elina Varga"].affiliation == a["Chile"].id
    assert a["Anna Lobo"].affiliation is None


def test_actors_offices_holder_named_next_prefers_the_titled_person(actors_of):
    """ "<State>'s President and its rebel leader ... President X said after meeting Y": the title
    is X's (who carries it), not the one untitled person named next."""
    a = actors_of("LISBON - The first direct talks between Peru's President and its rebel leader lifted hopes of "
                  "a deal on Tuesday. 'We had a frank exchange,' President Tomas Ardell said after his "
                  "meeting with Piet Rasmund, whose fighters have battled the state for decades. President Karl "
                  "Bremen of Bolivia brought Mr Ardell and Mr Rasmund together.")
    assert a["Tomas Ardell"].affiliation == a["Peru"].id
    assert "Peru's President" in a["Tomas Ardell"].descriptors
    # (s25: "its rebel leader" is now Rasmund's own description, actors.role_anaphors.sole_person; no office title)
    assert a["Piet Rasmund"].affiliation is None and a["Piet Rasmund"].descriptors == ["rebel leader"]
