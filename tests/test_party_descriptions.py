"""Descriptions of a named party (s25-parties): member nouns, the staff a party sends, a state's
bodies described by their kind, and spans that name no party (a sign-off, a rank, a reporter's place).

Each test is named after the rule id it checks; every sentence is invented for it.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def named(actors: dict[str, Actor], name: str) -> Actor:
    return next(a for a in actors.values() if a.name == name)


def holding(actors: dict[str, Actor], text: str) -> list[Actor]:
    return [a for a in actors.values() if text in [a.name, *a.aliases]]


@pytest.mark.parametrize("text, form", [
    ("The Kestrel Front said on Monday that Kestrel Front separatists would join the talks.", "Kestrel Front separatists"),
    ("Government troops clashed with Kestrel Front insurgents, and the Kestrel Front later agreed to a truce.",
     "Kestrel Front insurgents"),
    ("The convoy was attacked by Kestrel Front rebels on Tuesday. The Kestrel Front denied it.", "Kestrel Front rebels"),
    ("Talks with the Kestrel Front militants resumed in Oslo, a week after the Kestrel Front walked out.",
     "Kestrel Front militants"),
])
def test_actors_aliases_name_with_group_noun_member_heads(actors_of, text, form):
    a = actors_of(text)
    front = named(a, "Kestrel Front")
    assert form in front.aliases
    assert not [x for x in a.values() if x.name == form]


@pytest.mark.parametrize("text", [
    "Two Kestrel Front militants were freed on Monday. The Kestrel Front said it would join the talks.",
    "The mediator said the release of Kestrel Front rebels was close. The Kestrel Front welcomed the news.",
    "Kestrel Front gunmen fired on the convoy, and the Kestrel Front later apologised.",
])
def test_actors_aliases_name_with_group_noun_not_some_members(actors_of, text):
    """Counted or held members, and nouns for armed individuals, are people of the movement."""
    front = named(actors_of(text), "Kestrel Front")
    assert not [x for x in front.aliases if x.endswith(("militants", "rebels", "gunmen"))]


def test_actors_aliases_modifier_names_group(actors_of):
    a = actors_of("Chile says it has paid a fee to Abu Varsaf. Days later the Abu Varsaf rebels set free "
                  "a Danish engineer they had kept in the hills.")
    group = named(a, "Abu Varsaf")
    assert group.kind == "group" and "Abu Varsaf rebels" in group.aliases
    # a person named by a surname alone, or with a title, is a person: the noun stays a group apart
    a = actors_of("Joseph Kestov met the envoy in Oslo. Kestov rebels attacked a village, and Kestov said he wanted talks.")
    assert named(a, "Joseph Kestov").kind == "person"
    assert "Kestov rebels" not in named(a, "Joseph Kestov").aliases


@pytest.mark.parametrize("text, party, form", [
    ("The Nordic Relief Council said on Monday that the camp was calm. Officials from the Nordic Relief Council "
     "visited it twice.", "Nordic Relief Council", "Officials from the Nordic Relief Council"),
    ("Peruvian mediators met UN officials in Lima on Monday, and the United Nations said the talks went well.",
     "United Nations", "UN officials"),
    ("The Kestrel Front said on Friday that its prisoners were well, and Kestrel Front officials later visited them.",
     "Kestrel Front", "Kestrel Front officials"),
])
def test_actors_parties_party_staff(actors_of, text, party, form):
    a = actors_of(text)
    assert form in named(a, party).aliases
    assert named(a, party).traced("aliases") == "actors.parties.party_staff"


@pytest.mark.parametrize("text, group", [
    ("In Quito, officials from Chile and Peru discussed the border on Monday.", "officials"),
    ("At the close of the round, government and Kestrel Front officials told the press that a text was ready. "
     "The Kestrel Front said it was pleased.", "officials"),
    ("Chilean officials met the mediator, and Chile said it would reply.", "Chilean officials"),
    ("Representatives of Chile met the rebels in Oslo. Chile later confirmed the meeting.", "Representatives"),
    ("Officials from the Kestrel Front and the United Nations met in Oslo.", "Officials"),
    # an invented place the model labels an organisation, with no word that makes it one
    ("Norland and Vesterland swapped eleven sailors at the quay on Sunday, the first swap since the flood "
     "last March, Norland officials said.", "officials"),
    ("Kestrel Front negotiators arrived in Oslo, where the Kestrel Front had asked for talks.", "negotiators"),
])
def test_actors_parties_party_staff_not_two_parties_nor_a_states_people(actors_of, text, group):
    a = actors_of(text)
    assert [x for x in a.values() if not x.named and group in x.name]
    assert not any(x.traced("aliases") == "actors.parties.party_staff" for x in a.values())


@pytest.mark.parametrize("text, body, form", [
    ("Rwandan troops crossed the border on Monday, the Rwanda Defence Force said.", "Rwanda Defence Force",
     "Rwandan troops"),
    ("Turkish intelligence arranged the swap. The National Intelligence Organization of Turkey said it was complete.",
     "National Intelligence Organization of Turkey", "Turkish intelligence"),
    ("The Armed Forces of Ukraine said they held the line, and Ukraine's army later withdrew.",
     "Armed Forces of Ukraine", "Ukraine's army"),
])
def test_actors_bodies_described_body(actors_of, text, body, form):
    a = actors_of(text)
    b = named(a, body)
    assert form in b.aliases
    assert b.affiliation is not None and a[b.affiliation].kind == "state"
    assert not [x for x in a.values() if x.name == form]


@pytest.mark.parametrize("text, group", [
    ("Turkish intelligence officials met the envoy. The National Intelligence Organization of Turkey said nothing.",
     "intelligence officials"),
    ("Kyiv exchanged 150 prisoners for 150 Russian troops, the Armed Forces of Russia said.", "Russian troops"),
    ("Russian troops were exchanged for prisoners, according to Russia's Ministry of Defence.", "Russian troops"),
])
def test_actors_bodies_described_body_not_people_nor_captives(actors_of, text, group):
    a = actors_of(text)
    assert not any(x.traced("aliases") == "actors.bodies.described_body" for x in a.values())
    assert [x for x in a.values() if group in x.name]


def test_actors_furniture_signoff(actors_of):
    a = actors_of("The Kestrel Front has promised to let the aid convoy pass. From Kessel, Harbour Radio "
                  "correspondent Jo Amsel reports. The Kestrel Front said it was pleased.")
    assert not holding(a, "Jo Amsel") and not holding(a, "Harbour Radio")
    # a reporter who says something in the story is no sign-off
    a = actors_of("The Kestrel Front freed two hostages. Reporter Jo Amsel said the Kestrel Front was pleased.")
    assert holding(a, "Jo Amsel")


def test_actors_states_capital_venue_of_a_reporter(actors_of):
    a = actors_of("The Kestrel Front freed two hostages on Monday. From Ankara, our correspondent reports that "
                  "the talks will resume.")
    assert not holding(a, "Turkey")
    a = actors_of("The Kestrel Front freed two hostages on Monday. Ankara rejected the offer the next day.")
    assert holding(a, "Turkey")


def test_actors_names_rank_alone(actors_of):
    a = actors_of("The deal would return Sgt. Dov Amsel to his family. Chile said Sgt. Amsel was alive.")
    assert not holding(a, "Sgt") and not holding(a, "Sgt.")
    assert holding(a, "Dov Amsel")


@pytest.mark.parametrize("text, name, kind", [
    ("Chile freed the engineer, who then embraced his father on the tarmac.", "his father", "person"),
    ("His mother told reporters she had not slept since March.", "His mother", "person"),
    ("Chile said the freed sailors had hugged their families at the port.", "their families", "group"),
    ("The boy, whose mother is held in Varna, will be handed to his relatives on Monday.", "whose mother", "person"),
    ("The captive was welcomed by his wife and his brother at the border.", "his wife", "person"),
])
def test_actors_relatives_possessed_kin(actors_of, text, name, kind):
    a = actors_of(text)
    hits = [x for x in a.values() if name in [x.name, *x.aliases] or x.name == name.split()[-1]]
    assert len(hits) == 1 and hits[0].kind == kind and not hits[0].named and hits[0].affiliation is None


@pytest.mark.parametrize("text", [
    "Today the pilot returns home to his family after a year in Varna.",
    "His father, Jo Amsel, told reporters the release was a relief.",
    "As a father, I understand their pain, the minister said.",
    "It was a relief for his family, the lawyer said.",
])
def test_actors_relatives_possessed_kin_not_a_place_a_named_person_or_a_role(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.rule == "actors.relatives.possessed_kin"]
