"""A unit's head named however the tagger read the name, the head's own government, and an
organisation's short name by its leading or owner words (s33, invented sentences).

Why: reports from federations name the head of a federated unit by a title run ("Lorvia State
Governor Ola Brandt", "Governor Ola Bello Brandt of Lorvia State", "the governor of Lorvia state,
Ola Brandt"), and the tagger often reads a name it does not know as a place or a body, or drops its
first word; the holder's side must be the unit all the same (extract/actors/unit_offices.py,
subnational.py). "his administration" in the holder's own clause is the unit. A body named in full
once is then called by its leading words or by the name after "of the" (extract/actors/aliases.py).
Each test gives several shapes; the near-misses are titles of other bodies, other people's
governments and short forms that name an organisation of their own.
"""

from __future__ import annotations

import pytest

from actor_helpers import shown
from backchannel.model import Actor

UNIT = "actors.subnational.unit_government"


def _units(actors: dict[str, Actor]) -> list[Actor]:
    return [a for a in actors.values() if a.rule == UNIT]


def _person(actors: dict[str, Actor], last: str) -> list[Actor]:
    return [a for a in actors.values() if a.kind == "person" and a.name.split()[-1] == last]


# actors.subnational.holder_name_run: the holder is the run after the title, whatever its label.
@pytest.mark.parametrize("text, name", [
    ("Lorvia State Governor Ola Brandt told reporters the kidnappers had received nothing.", "Ola Brandt"),
    ("Lorvia State Governor Kari Lund said on Friday that the boys were safe.", "Kari Lund"),
    ("Governor Ola Vester Brandt of Lorvia State denied on Monday that money changed hands.", "Ola Vester Brandt"),
    ("Governor Kari Anne Lund of Lorvia State thanked the herders for their help with the pupils.",
     "Kari Anne Lund"),
    ("The governor of Lorvia state, Ola Brandt has repeated that the state gave the gunmen nothing.", "Ola Brandt"),
    ("The governor of Lorvia state, Ola Vester Brandt, received the freed pupils on Friday.",
     "Ola Vester Brandt"),
    ("The pupils were handed over to Lorvia State Governor Kari Lund in the capital on Monday.",
     "Kari Lund"),
])
def test_actors_subnational_holder_name_run(actors_of, text, name):
    a = actors_of(text)
    units = _units(a)
    holder = [x for x in a.values() if x.name == name]
    assert len(units) == 1 and len(holder) == 1, shown(a)
    assert holder[0].kind == "person" and holder[0].affiliation == units[0].id, shown(a)
    assert "Lorvia State Government" in units[0].aliases, shown(a)


# the surname said later joins the whole name the run gave
def test_actors_subnational_holder_name_run_surname(actors_of):
    a = actors_of("The governor of Lorvia state, Ola Vester Brandt met the freed pupils on Friday. "
                  "“We paid nothing,” Brandt said.")
    holder = _person(a, "Brandt")
    assert len(holder) == 1 and holder[0].name == "Ola Vester Brandt", shown(a)


@pytest.mark.parametrize("text", [
    "Governor Ola Brandt of the central bank said the rates would stay where they are.",
    "The president of Norland, Ola Brandt, said the talks would go on in May.",
    "Central Bank Governor Ola Brandt met the Lorvia State Government on Monday.",
])
def test_actors_subnational_holder_name_run_near_misses(actors_of, text):
    a = actors_of(text)
    units = {u.id for u in _units(a)}
    brandt = _person(a, "Brandt")
    assert len(brandt) == 1 and brandt[0].affiliation not in units or not brandt[0].affiliation, shown(a)


# the unit's full government name is an alias; no "government official" is its by that alias
def test_actors_subnational_government_alias_not_a_side(actors_of):
    a = actors_of("Lorvia State Governor Ola Brandt said the pupils were freed. "
                  "A senior government official said the army had surrounded the forest.")
    units = _units(a)
    assert len(units) == 1 and "Lorvia State Government" in units[0].aliases, shown(a)
    official = [x for x in a.values() if "official" in x.name]
    assert all(x.affiliation != units[0].id for x in official), shown(a)


# actors.subnational.holders_government: "his administration" in the holder's own clause is the unit.
@pytest.mark.parametrize("text, phrase", [
    ("Lorvia State Governor Ola Brandt met the boys on Friday. Later the governor told the press that his "
     "administration had given the gunmen nothing.", "his administration"),
    ("The Governor of Lorvia State, Ola Brandt, said his government would never pay a ransom.",
     "his government"),
    ("Lorvia State Governor Ola Brandt insisted that her administration had paid nothing.",
     "her administration"),
])
def test_actors_subnational_holders_government(actors_of, text, phrase):
    a = actors_of(text)
    units = _units(a)
    assert len(units) == 1 and phrase in units[0].aliases, shown(a)


@pytest.mark.parametrize("text", [
    "Lorvia State Governor Ola Brandt met Jo Amsel. Amsel said his government would pay nothing.",
    "Lorvia State Governor Ola Brandt thanked the president, whose administration had sent troops.",
])
def test_actors_subnational_holders_government_near_misses(actors_of, text):
    a = actors_of(text)
    units = _units(a)
    assert len(units) == 1, shown(a)
    assert not [x for x in units[0].aliases if x.split()[-1] in ("government", "administration")
                and x != "Lorvia State Government"], shown(a)


# actors.aliases.shortened_name (s33): leading words, or the words after "of the", as a short name.
@pytest.mark.parametrize("text, long, short", [
    ("The International Council of the Harbour Cross visited the prisoners. A Harbour Cross official "
     "said they were well.", "International Council of the Harbour Cross", "Harbour Cross"),
    ("Officials from the International Committee of the Silver Crescent met the captives. The Silver "
     "Crescent said it would return.", "International Committee of the Silver Crescent", "Silver Crescent"),
])
def test_actors_aliases_shortened_name_owner_words(actors_of, text, long, short):
    a = actors_of(text)
    org = [x for x in a.values() if x.name == long]
    assert len(org) == 1 and not [x for x in a.values() if x.name == short], shown(a)


@pytest.mark.parametrize("text, short", [
    ("The United Nations Development Programme funded the talks. The United Nations said it would help.",
     "United Nations"),
    ("The European Union Council met on Monday. The European Union said the talks would resume.",
     "European Union"),
])
def test_actors_aliases_shortened_name_near_misses(actors_of, text, short):
    a = actors_of(text)
    assert [x for x in a.values() if x.name == short], shown(a)


@pytest.mark.parametrize("text, long, short", [
    ("The Tarrow Haven Fishermen Association of Norland said on Monday it had met the rebels. A spokesman "
     "for Tarrow Haven said the talks went well.", "Tarrow Haven Fishermen Association of Norland",
     "Tarrow Haven"),
])
def test_actors_aliases_shortened_name_leading_words(actors_of, text, long, short):
    a = actors_of(text)
    org = [x for x in a.values() if x.name == long]
    assert len(org) == 1 and short in org[0].aliases and not [x for x in a.values() if x.name == short], shown(a)


def test_actors_aliases_shortened_name_leading_words_person(actors_of):
    a = actors_of("The Ola Brandt Peace Foundation paid for the flights. Ola Brandt said the talks went well.")
    assert [x for x in a.values() if x.name == "Ola Brandt" and x.kind == "person"], shown(a)


# actors.origin_places.origin_of_taken: a one-word town the tagger made a body, used only as a place
# or as the origin of people taken or living there, is no actor.
@pytest.mark.parametrize("text, town", [
    ("The girls were released in Varn on Wednesday and handed to Varn villagers.", "Varn"),
    ("Gunmen freed 40 Tessel schoolgirls, who were later released in Tessel.", "Tessel"),
    ("Kagadu residents said the Kagadu pupils had come home.", "Kagadu"),
    ("The Rimau pupils were driven back into Rimau in a line of trucks, the army said.", "Rimau"),
    ("The abduction of the Tarbi schoolboys shocked the country, and Tarbi residents marched.", "Tarbi"),
    ("Bandits took the Gidanku students from their school; they were freed in Gidanku a week later.",
     "Gidanku"),
])
def test_actors_origin_places(actors_of, text, town):
    a = actors_of(text)
    assert not [x for x in a.values() if x.name == town], shown(a)


@pytest.mark.parametrize("text, name", [
    ("Tessel fighters freed the Tarbi pupils in the forest. Tessel said the talks went well.", "Tessel"),
    ("Varn released 40 schoolgirls in Tarbi on Wednesday.", "Varn"),
    ("Gunmen freed 40 schoolgirls, said Rimau, a teacher in Tarbi.", "Rimau"),
    # named again as a speaker: no background body (actors.vetting.background_body, s47, drops a body named
    # once for a person's background, "a Yale student" alone)
    ("Ola Brandt, a Yale student, was freed by the gunmen on Monday. Yale said it was relieved.", "Yale"),
])
def test_actors_origin_places_near_misses(actors_of, text, name):
    a = actors_of(text)
    assert [x for x in a.values() if x.name == name], shown(a)


# actors.nationals.national_person: "a <demonym> <noun>" is a private person of no side, no state.
@pytest.mark.parametrize("text, name", [
    ("The envoy later met a Pakistani man and a Qatari royal in the camp.", "Pakistani man"),
    ("The envoy later met a Pakistani man and a Qatari royal in the camp.", "Qatari royal"),
    ("The gunmen let their Haitian driver go on Tuesday, the police said.", "Haitian driver"),
    ("The court refused to hand an Iranian engineer to the United States.", "Iranian engineer"),
    ("Officials in Oslo said a Russian national would be swapped for Ola Brandt.", "Russian national"),
    ("Ola Brandt said she had met a Syrian man who filmed the hostages in the camp.", "Syrian man"),
])
def test_actors_nationals_national_person(actors_of, text, name):
    a = actors_of(text)
    person = [x for x in a.values() if x.name == name]
    assert len(person) == 1 and person[0].kind == "person" and person[0].affiliation is None, shown(a)


def test_actors_nationals_no_state_from_the_demonym(actors_of):
    a = actors_of("A Pakistani man was freed by the gunmen on Sunday, officials said.")
    assert not [x for x in a.values() if x.name == "Pakistan"], shown(a)


# the same nationality with a generic noun is the same person; "one of <State>'s citizens" too
def test_actors_nationals_same_person(actors_of):
    a = actors_of("Moscow said a Russian national would be freed in the swap. The talks led to the return "
                  "of one of Russia's citizens, officials said.")
    person = [x for x in a.values() if x.name == "Russian national"]
    assert len(person) == 1 and "one of Russia's citizens" in person[0].aliases, shown(a)


@pytest.mark.parametrize("text, absent", [
    ("Ola Brandt, an Israeli academic, thanked the mediators on Friday.", "Israeli academic"),
    ("The talks freed Ola Brandt, whose sister is an American citizen.", "American citizen"),
    ("The Israeli researcher Ola Brandt was freed in Baghdad on Tuesday.", "Israeli researcher"),
    ("A Russian-Israeli researcher was freed in Baghdad on Tuesday.", "Israeli researcher"),
    ("A Qatari official said the talks had gone well.", "Qatari official"),
    ("The ruling came before a hearing on the appeal of an Iranian engineer.", "Iranian engineer"),
])
def test_actors_nationals_near_misses(actors_of, text, absent):
    a = actors_of(text)
    assert not [x for x in a.values() if x.name == absent and x.rule == "actors.nationals.national_person"], \
        shown(a)


def test_actors_nationals_two_nouns_two_people(actors_of):
    a = actors_of("The court later freed an Iranian engineer and a jailed Iranian assassin.")
    assert {"Iranian engineer", "Iranian assassin"} <= {x.name for x in a.values()}, shown(a)


# actors.origin_places.school_scene: a school used only as where its pupils were taken from or belong.
@pytest.mark.parametrize("text, school", [
    ("Gunmen abducted the schoolboys from the Orvik Harbour Day Secondary School on Friday.",
     "Orvik Harbour Day Secondary School"),
    ("The students of Harbour Day Secondary School Orvik were freed after talks.",
     "Harbour Day Secondary School"),
    ("Pupils were abducted at the Orvik Model Secondary School, and the Orvik Model Secondary School "
     "pupils were freed later.", "Orvik Model Secondary School"),
])
def test_actors_origin_places_school_scene(actors_of, text, school):
    a = actors_of(text)
    assert not [x for x in a.values() if x.name == school], shown(a)


@pytest.mark.parametrize("text, school", [
    ("The Orvik Girls Academy said on Monday that it would reopen. Gunmen had raided the Orvik Girls "
     "Academy.", "Orvik Girls Academy"),
    ("Pupils were taken from the Orvik Model School, and the Orvik Model School later said it would "
     "close for a month.", "Orvik Model School"),
])
def test_actors_origin_places_school_scene_near_misses(actors_of, text, school):
    a = actors_of(text)
    assert [x for x in a.values() if x.name == school], shown(a)
