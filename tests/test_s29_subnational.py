"""Sub-national governments, their heads and the districts below them (s29, invented sentences).

Why: a federated unit's government is a party of its own ("the Lorvia State Government denied
..."), its head is named by office ("the Governor of Lorvia State"), and a unit or district that
only places an event is no actor (extract/actors/subnational.py, unit_offices.py). Each test gives
several sentence shapes; the near-misses are uses of "state" that name no unit.
"""

from __future__ import annotations

import pytest

from actor_helpers import shown
from backchannel.model import Actor

UNIT = "actors.subnational.unit_government"


def _units(actors: dict[str, Actor]) -> list[Actor]:
    return [a for a in actors.values() if a.rule == UNIT]


# actors.subnational.unit_government: "<Name> State" with its government, its title, or as a subject.
@pytest.mark.parametrize("text, name", [
    ("The Lorvia State Government has denied paying a ransom to the kidnappers.", "Lorvia State"),
    ("Officials said the Lorvia State government would not negotiate with the gunmen.", "Lorvia State"),
    ("The kidnappers wrote to the Vesterland State Government on Friday, demanding money.", "Vesterland State"),
    ("Both Norland and the Lorvia State Government signed the accord on Monday.", "Lorvia State"),
    ("A ransom demand was refused by the Ostrava Province Government, officials said.", "Ostrava Province"),
    ("Ostrava Province has refused to release the prisoners, a spokesman said on Monday.", "Ostrava Province"),
    ("The Kessel County Government said it would not pay the kidnappers.", "Kessel County"),
])
def test_actors_subnational_unit_government(actors_of, text, name):
    a = actors_of(text)
    units = _units(a)
    assert [u.name for u in units] == [name], shown(a)
    assert units[0].kind == "state"


# actors.subnational.state_government: "the state government" after a unit is that unit.
@pytest.mark.parametrize("text", [
    "The Lorvia State Government denied the report. Later the state government said it hired no one.",
    "Gunmen seized 40 pupils in Lorvia State, and the Lorvia State Government has promised to free them. "
    "The state government has not paid any ransom, officials said.",
])
def test_actors_subnational_state_government(actors_of, text):
    a = actors_of(text)
    units = _units(a)
    assert len(units) == 1 and "state government" in [x.lower() for x in units[0].aliases], shown(a)


# actors.subnational.unit_place / district_place: a unit or a district that only places an event.
@pytest.mark.parametrize("text, word", [
    ("The pupils were taken from a school in Kessel Local Government Area on Monday.", "Kessel"),
    ("Gunmen attacked a village in Kessel LGA on Monday, the police said.", "Kessel"),
    ("The hostages were released in Lorvia State on Sunday, the army said.", "Lorvia"),
    ("The convoy reached Kessel County before dawn, a witness said.", "Kessel"),
    ("Fighting in Ostrava Province has displaced thousands, aid workers said.", "Ostrava"),
    ("Bandits abducted the pupils in Kessel local government area of Lorvia State.", "Lorvia"),
])
def test_actors_subnational_places(actors_of, text, word):
    a = actors_of(text)
    assert not [x for x in a.values() if word in x.name or any(word in al for al in x.aliases)], shown(a)


# a dateline "PLACE, Country:" is the page's, never an actor
def test_actors_furniture_dateline_colon(actors_of):
    a = actors_of("KORVALA, Kenya: The army said on Monday that 40 hostages had been freed near the border.")
    assert not [x for x in a.values() if "KORVALA" in x.name.upper()], shown(a)


# actors.subnational.unit_office_holder: the named holder of a unit's title takes the unit as its side.
@pytest.mark.parametrize("text", [
    "The Governor of Lorvia State, Ola Brandt, announced the release of the pupils on Sunday.",
    "Lorvia State governor Ola Brandt said the children were safe and well.",
    "Lorvia state governor Ola Brandt thanked the army for the rescue.",
    "The pupils were handed to the Governor of Lorvia State, Ola Brandt, on Monday.",
    "Lorvia State's governor, Ola Brandt, said no ransom had been paid.",
])
def test_actors_subnational_unit_office_holder(actors_of, text):
    a = actors_of(text)
    units = _units(a)
    holder = [x for x in a.values() if x.name == "Ola Brandt"]
    assert len(units) == 1 and len(holder) == 1 and holder[0].affiliation == units[0].id, shown(a)


# actors.subnational.unit_office / unit_office_again: an unnamed holder, and "the governor" after it.
@pytest.mark.parametrize("text", [
    "The Governor of Lorvia State said the children were freed. The governor thanked the army.",
    "The kidnappers demanded to speak to the Governor of Lorvia State. The governor refused to meet them.",
])
def test_actors_subnational_unit_office(actors_of, text):
    a = actors_of(text)
    units = _units(a)
    gov = [x for x in a.values() if x.name == "Governor of Lorvia State"]
    assert len(units) == 1 and len(gov) == 1, shown(a)
    assert gov[0].kind == "person" and gov[0].affiliation == units[0].id and "governor" in gov[0].aliases


# actors.subnational.staff_of_holder: "the spokesman to the Governor of X, Name": Name is the spokesman, not the
# governor, and (actors.staff.served_person_side, s41: the golds give no person another person as side, 0 of
# 344 person sides in read107+dev) takes the governor's own side, the unit.
def test_actors_subnational_staff_of_holder(actors_of):
    a = actors_of("A statement by the spokesman to the Governor of Lorvia State, Jo Amsel, denied the report.")
    gov = [x for x in a.values() if x.name == "Governor of Lorvia State"]
    jo = [x for x in a.values() if x.name == "Jo Amsel"]
    assert len(gov) == 1 and len(jo) == 1 and gov[0].affiliation is not None, shown(a)
    assert jo[0].affiliation == gov[0].affiliation and jo[0].trace["affiliation"] == "actors.staff.served_person_side"


@pytest.mark.parametrize("text", [
    "The State Department said the talks with Norland would resume in May.",
    "Islamic State fighters released the hostages near the border on Monday.",
    "Norland state media reported the release of the prisoners.",
    "Norland declared a state of emergency on Monday after the attack.",
    "The Gulf state has mediated between the two sides since March.",
    "Ola Brandt arrived in Vesterland for a state visit on Tuesday.",
    "The Secretary of State met the Norland delegation in Oslo.",
])
def test_actors_subnational_near_misses(actors_of, text):
    a = actors_of(text)
    assert not _units(a), shown(a)
    assert not [x for x in a.values() if (x.rule or "").startswith("actors.subnational.")], shown(a)


# actors.unnamed.salient_state / actors.government.salient_state (s29): before the report names its
# country twice, a bare "the army" / "the government" is the one state the whole report has.
@pytest.mark.parametrize("text, noun", [
    ("The army said 30 hostages had been freed on Sunday. Officials in Kenya said no ransom was paid, "
     "and Kenya thanked the soldiers.", "army"),
    ("Gunmen seized 40 pupils in Lorvia State. The army rescued them days later, and the president of Kenya "
     "praised the troops. Kenya has refused to pay ransoms.", "army"),
    ("The government has insisted it would never pay a ransom. Kenya has long refused to negotiate with "
     "kidnappers, and Kenya said so again on Monday.", "government"),
])
def test_actors_salient_state_sole_state(actors_of, text, noun):
    a = actors_of(text)
    kenya = [x for x in a.values() if x.name == "Kenya"]
    assert len(kenya) == 1, shown(a)
    if noun == "government":
        assert "government" in kenya[0].aliases, shown(a)
    else:
        army = [x for x in a.values() if x.name == noun or noun in x.aliases]
        assert len(army) == 1 and army[0].affiliation == kenya[0].id, shown(a)


def test_actors_salient_state_sole_state_near_miss(actors_of):
    a = actors_of("The army said 30 hostages had been freed. Kenya and Uganda said no ransom was paid, "
                  "and Kenya and Uganda thanked the soldiers.")
    army = [x for x in a.values() if x.name == "army"]
    assert not army or army[0].affiliation is None, shown(a)


# actors.subnational.staff_again: "the governor's spokesman" is the one person who speaks for the governor.
def test_actors_subnational_staff_again(actors_of):
    a = actors_of("A statement by the spokesman to the Governor of Lorvia State, Jo Amsel, denied the report. "
                  "The governor's spokesman said the report was false.")
    jo = [x for x in a.values() if x.name == "Jo Amsel"]
    assert len(jo) == 1 and any(m.text.endswith("governor's spokesman") for m in jo[0].mentions), shown(a)
    assert not [x for x in a.values() if x.name.endswith("spokesman")], shown(a)


@pytest.mark.parametrize("text", [
    "Governor of Lorvia said the talks would go on.",
    "Governor of Ostrava Sven Holm said the pupils were safe.",
    "Governor of Lorvia State, Sven Holm, said the talks would go on.",
])
def test_actors_subnational_title_opening_a_sentence(actors_of, text):
    """A title that opens a sentence has no words to its left: the unit is still found, nothing fails."""
    actors_of(text)  # (a title with no left dependents once made min() of one int)


# ---- fixes after the s29 review (invented sentences; the review's inputs and near-misses) ----

def _sub(actors: dict[str, Actor]) -> list[Actor]:
    return [x for x in actors.values() if (x.rule or "").startswith("actors.subnational.")]


# actors.furniture.dateline_colon: a Title-case dateline "Ostrava Province, Kenya:" is furniture, and a
# unit before a dateline's colon or a heading's dash is no subject.
@pytest.mark.parametrize("text", [
    "Ostrava Province, Kenya: Gunmen abducted 30 pupils.",
    "Lorvia State, Kenya: The army said 40 hostages were freed on Monday.",
    "Kessel Region, Uganda: Bandits have released the traders, the police said.",
    "Lorvia State — Gunmen seized the pupils on Sunday, witnesses said.",
])
def test_actors_subnational_dateline_is_no_unit(actors_of, text):
    a = actors_of(text)
    assert not _units(a), shown(a)


@pytest.mark.parametrize("text", [
    "Ostrava Province said on Monday that it would pay no ransom.",
    "Ostrava Province, which borders Kenya, has refused to pay the kidnappers.",
])
def test_actors_subnational_dateline_near_misses(actors_of, text):
    a = actors_of(text)
    assert len(_units(a)) == 1, shown(a)


# a district or unit word followed by an institution's noun opens that body's name
@pytest.mark.parametrize("text, body", [
    ("The Kessel District Court ordered the release of the hostages.", "Court"),
    ("The Orange County Sheriff's Office said the suspects had been arrested.", "Office"),
    ("A judge of the Kessel County Court freed the two men on bail.", "Court"),
    ("The Kessel District Council voted on Monday to pay the ransom.", "Council"),
])
def test_actors_subnational_institution_name(actors_of, text, body):
    a = actors_of(text)
    assert not _sub(a), shown(a)
    assert [x for x in a.values() if body in x.name], shown(a)


@pytest.mark.parametrize("text, word", [
    ("The pupils were taken from a school in Kessel District on Monday.", "Kessel"),
    ("The court in Kessel County freed the men on Monday.", "Kessel"),
])
def test_actors_subnational_institution_near_misses(actors_of, text, word):
    a = actors_of(text)
    assert not [x for x in a.values() if word in x.name or any(word in al for al in x.aliases)], shown(a)


# a proper-name run cut by a word that cannot open a unit's name makes no unit of its tail
@pytest.mark.parametrize("text", [
    "The Hong Kong Special Administrative Region Government said it would cooperate.",
    "Officials of the Kessel Special Economic Region Government met the envoys on Monday.",
    "The Norland Autonomous Lorvia Region Government denied the report.",
])
def test_actors_subnational_cut_name_makes_no_unit(actors_of, text):
    a = actors_of(text)
    assert not _units(a), shown(a)
    assert not [x for x in a.values() if "Administrative" in x.aliases or "Economic" in x.aliases], shown(a)


# "the governor of <city>": no unit unless the report writes the name with a unit's head word
@pytest.mark.parametrize("text", [
    "The Taliban governor of Kandahar, Ola Brandt, met the envoys.",
    "The governor of Gaza said the crossing would open on Monday.",
    "Talks with the governor of Kessel resumed on Friday, officials said.",
])
def test_actors_subnational_governor_of_city(actors_of, text):
    a = actors_of(text)
    assert not _units(a), shown(a)


@pytest.mark.parametrize("text", [
    "The Governor of Ostrava said the pupils were freed. The Ostrava Province Government has paid nothing.",
    "The Ostrava Province Government has refused to pay. The Governor of Ostrava, Ola Brandt, said so.",
])
def test_actors_subnational_governor_of_unit_named_elsewhere(actors_of, text):
    a = actors_of(text)
    assert [u.name for u in _units(a)] == ["Ostrava Province"], shown(a)


# actors.subnational.unit_country: only a country named beside the unit, or the report's only one
@pytest.mark.parametrize("text, country", [
    ("Gunmen seized 40 pupils in Ostrava Province, Kenya. The Ostrava Province Government said it would "
     "not pay. Kenya and Uganda have long refused ransoms.", "Kenya"),
    ("In northern Kenya's Ostrava Province, the Ostrava Province Government has refused to pay. Uganda "
     "offered help.", "Kenya"),
    ("The Lorvia State Government said it would not pay. Kenya has long refused ransoms.", "Kenya"),
    ("Ostrava Province in northern Kenya has refused to pay. Uganda and Kenya offered help.", "Kenya"),
])
def test_actors_subnational_unit_country(actors_of, text, country):
    a = actors_of(text)
    units = _units(a)
    want = [x.id for x in a.values() if x.name == country]
    assert len(units) == 1 and units[0].affiliation in want and want, shown(a)


@pytest.mark.parametrize("text", [
    "Lorvia State governor Ola Brandt met the American ambassador on Monday. The United States said it "
    "would help. Washington offered aid, and the US embassy confirmed the meeting.",
    "Gunmen abducted 30 pupils in Lorvia State. The Lorvia State Government said it would not pay. "
    "The Lorvia State Government later met the families.",
    "The Lorvia State Government said it would not pay. Kenya and Uganda have long refused ransoms.",
    "Officials in the Kenyan Ostrava Province said the Ostrava Province Government would pay. Uganda "
    "offered help.",
])
def test_actors_subnational_unit_country_near_misses(actors_of, text):
    a = actors_of(text)
    units = _units(a)
    assert len(units) == 1 and units[0].affiliation is None, shown(a)


# a unit coordinated with a subject unit is a subject too
@pytest.mark.parametrize("text", [
    "Ostrava Province and Kessel Region have signed a security pact.",
    "The Ostrava Province Government and Kessel Region have agreed to share the costs.",
    "Ostrava Province, Kessel Region and Norland signed the accord on Monday.",
])
def test_actors_subnational_coordinated_subjects(actors_of, text):
    a = actors_of(text)
    assert sorted(u.name for u in _units(a)) == ["Kessel Region", "Ostrava Province"], shown(a)


@pytest.mark.parametrize("text", [
    "Gunmen attacked villages in Ostrava Province and Kessel Region on Monday.",
    "Floods have hit Ostrava Province and Kessel Region since March.",
])
def test_actors_subnational_coordinated_places(actors_of, text):
    a = actors_of(text)
    assert not _units(a), shown(a)


# actors.subnational.unit_office_holder: "Governor <Name>" elsewhere is the unit's governor only when
# the title is not another body's ("Central Bank Governor X", "Governor X of the central bank")
@pytest.mark.parametrize("text", [
    "The Governor of Lorvia State said the pupils were freed. Central Bank Governor Ola Brandt said the "
    "economy was stable.",
    "The Governor of Ostrava Province said the pupils were freed. Later Governor Brandt of the central bank "
    "met Jo Amsel.",
])
def test_actors_subnational_other_bodys_governor(actors_of, text):
    a = actors_of(text)
    brandt = [x for x in a.values() if "Brandt" in x.name]
    office = [x for x in a.values() if x.name.startswith("Governor of ")]
    assert len(office) == 1 and len(brandt) == 1, shown(a)
    assert not [m for m in brandt[0].mentions if m.rule == "actors.subnational.unit_office_holder"], shown(a)


@pytest.mark.parametrize("text", [
    "The Governor of Ostrava Province said the pupils were freed. Governor Ola Brandt thanked the army.",
    "The Governor of Ostrava Province said the pupils were freed. Later Governor Brandt of Ostrava Province "
    "met Jo Amsel.",
])
def test_actors_subnational_same_units_governor(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.name.startswith("Governor of ")], shown(a)


# a district that is the subject of an active verb is a body that acts, left to the names (not vetoed)
def test_actors_subnational_district_subject(actors_of):
    a = actors_of("The Gaza Municipality said it welcomed the deal.")
    assert [x for x in a.values() if "Municipality" in x.name], shown(a)


@pytest.mark.parametrize("text", [
    "Kessel LGA is home to the school, officials said.",
    "Kessel County, Kenya: Gunmen abducted 30 pupils.",
])
def test_actors_subnational_district_subject_near_misses(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if "Kessel" in x.name], shown(a)
