"""One party under several descriptions within a report (extract/actors/parties.py).

Each test is named after the rule id it checks; every sentence is invented for it.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def holding(actors: dict[str, Actor], word: str) -> list[Actor]:
    return [a for a in actors.values() if word in [a.name, *a.aliases]]


def test_actors_parties_group_synonym(actors_of):
    for text in ["Kenyan officials met the mediator in Oslo on Monday. Later the Kenyan representatives "
                 "rejected the proposal.",
                 "The Chilean representatives arrived on Tuesday, and Chilean officials said they would stay."]:
        a = actors_of(text)
        groups = [x for x in a.values() if not x.named and x.kind == "group"]
        assert len(groups) == 1, [g.name for g in groups]
        assert [v for k, v in groups[0].trace.items() if k.startswith("merged:")] == ["actors.parties.group_synonym"]
    # two sides: two groups
    a = actors_of("Kenyan officials met Chilean representatives in Oslo on Monday.")
    assert len([x for x in a.values() if not x.named and x.kind == "group"]) == 2


def test_actors_parties_demonym_plural(actors_of):
    a = actors_of("A Peruvian delegation flew to Oslo. The mediator told the Peruvians that the talks would resume.")
    delegation = next(x for x in a.values() if "delegation" in x.name)
    assert "Peruvians" in delegation.aliases
    assert delegation.traced("aliases") == "actors.parties.demonym_plural"
    a = actors_of("Chile accused Peru of stalling, then said it had received a positive signal from the Peruvians.")
    peru = next(x for x in a.values() if x.name == "Peru")
    assert "Peruvians" in peru.aliases  # no group of Peru's: the state itself
    a = actors_of("As Peruvians, we want peace, the mayor of Lima said. Ordinary Peruvians agreed.")
    # people, not a party; "As Peruvians," is a role (actors.peoples.demonym_people leaves the object
    # of "as" alone), and the subject "Ordinary Peruvians agreed" is no noun use of the demonym
    assert not holding(a, "Peruvians")


def test_actors_parties_party_description(actors_of):
    for text in ["Chile accused the rebels. Chilean government officials ordered the army to withdraw.",
                 "Chilean government officials and rebel leaders began talks in Oslo on Thursday."]:
        a = actors_of(text)
        chile = next(x for x in a.values() if x.name == "Chile")
        assert any("government officials" in n for n in chile.aliases)
        assert not [x for x in a.values() if "officials" in x.name]
    for text in ["He was accused of bribing Chilean government officials in 2019.",
                 "Chilean government officials were bribed, the court in Lima said.",
                 # s47-speaker: a speech verb's subject is a source, the group the golds name, not the state
                 "Chile accused the rebels. Chilean government officials said the army would withdraw."]:
        a = actors_of(text)
        assert [x for x in a.values() if "officials" in x.name]  # spoken of or speaking: a group of people
    a = actors_of("The Southern Liberation Front said it would talk. Leaders of the Southern Liberation Front "
                  "met the envoy in Oslo.")
    front = next(x for x in a.values() if x.name == "Southern Liberation Front")
    assert not [x for x in a.values() if x.name.startswith(("Leaders", "leaders"))]
    assert any(v == "actors.parties.party_description" for k, v in front.trace.items() if k.startswith("merged:"))


def test_actors_parties_misspelt_surname(actors_of):
    a = actors_of("President Tomas Varganov of Lorvia met the envoy. Vargenov later said the talks were useful.")
    persons = [x for x in a.values() if x.kind == "person" and x.named]
    assert len(persons) == 1 and "Vargenov" in persons[0].aliases
    a = actors_of("Tomas Varganov met Ana Marganov. Varganov said the talks were useful.")
    assert len([x for x in a.values() if x.kind == "person" and x.named]) == 2


def test_actors_parties_party_description_keeps_a_partys_people(actors_of):
    a = actors_of("The Southern Liberation Front rejected the plan. Southern Liberation Front leaders met the envoy "
                  "in Oslo, and the envoy gave Southern Liberation Front leaders a proposal.")
    assert len([x for x in a.values() if not x.named]) >= 1
    assert any("leaders" in x.name for x in a.values() if not x.named)


def test_actors_parties_demonym_plural_never_makes_captives_a_state(actors_of):
    a = actors_of("Lorvia freed three Americans on Sunday. The United States thanked Lorvia.")
    us = next(x for x in a.values() if x.name == "United States")
    assert "Americans" not in us.aliases


@pytest.mark.parametrize("text", [
    "Chile's envoy will keep working for the release of all Peruvians, the foreign minister of Chile said. Peru agreed.",
    "Peru and Chile met in Quito. Five Britons and two Peruvians are still held by the rebels in the hills.",
    "Peru and Chile met in Quito. Chile demanded the release of Westerners and Peruvians held by the rebels.",
])
def test_actors_parties_demonym_plural_counted_or_held_people_are_no_party(actors_of, text):
    """Counted, quantified or held people of a state ("two Peruvians", "all Peruvians", "Peruvians
    held by ...") are neither the state nor a group of its agents."""
    a = actors_of(text)
    assert not any("Peruvians" in x.aliases for x in a.values() if x.name == "Peru" or "delegation" in x.name)


def test_actors_descriptors_apposition_before_not_after_according_to(actors_of):
    a = actors_of("Tomas Varga spoke on Sunday. According to a senior Lorvian official, Varga initiated the talks.")
    varga = next(x for x in a.values() if x.name == "Tomas Varga")
    assert not any("official" in d for d in varga.descriptors)
    assert [x for x in a.values() if not x.named and "official" in x.name]
    a = actors_of("The talks resumed. Lorvia's chief negotiator, Tomas Varga, said they would last a week.")
    varga = next(x for x in a.values() if x.name == "Tomas Varga")
    assert any("negotiator" in d for d in varga.descriptors)


def test_actors_parties_leader_title(actors_of):
    for text in ["President Ana Lopez of Chile met the envoy. Later the Chilean leader said talks were useful.",
                 "Chile's prime minister, Ana Lopez, flew to Oslo, and aides said the Chilean leader wanted a deal."]:
        a = actors_of(text)
        lopez = next(x for x in a.values() if x.name == "Ana Lopez")
        assert "Chilean leader" in lopez.aliases
        assert lopez.trace.get("merged:chilean-leader") == "actors.parties.leader_title"
    # two Chilean holders of a top title: no join
    a = actors_of("President Ana Lopez of Chile and Chile's prime minister, Tomas Ruiz, met the envoy. "
                  "Later the Chilean leader said talks were useful.")
    assert [x for x in a.values() if x.name == "Chilean leader"]


def test_actors_parties_owned_source(actors_of):
    a = actors_of("A government source in Kessel said talks would resume. A source in Varga's office had earlier "
                  "said the envoy was ready.")
    src = next(x for x in a.values() if x.name.startswith("source in"))
    assert src.name == "source in Varga's office" and src.traced("name") == "actors.parties.owned_source"
    assert [x for x in a.values() if x.name == "government source"]  # two sources (same_head_again guard)
    a = actors_of("A government source said talks would resume. A government source in Kessel later said the "
                  "envoy was ready.")
    assert len([x for x in a.values() if "source" in x.name]) == 1  # the same description again joins


def test_actors_parties_or_alias(actors_of):
    for text, name, short in [
            ("The government met the Southern Liberation Front, or FLS, in Oslo. The FLS said it wanted peace.",
             "Southern Liberation Front", "FLS"),
            ("Negotiators of the Lorvian Armed Front, or FARL, held secret talks for years.",
             "Lorvian Armed Front", "FARL")]:
        a = actors_of(text)
        org = next(x for x in a.values() if x.name == name)
        assert short in org.aliases and org.traced("aliases") == "actors.parties.or_alias"
        assert not [x for x in a.values() if x.name == short]
    a = actors_of("Talks with the Northern Alliance or the NAF continued, envoys said.")
    assert not any("NAF" in x.aliases for x in a.values() if x.name == "Northern Alliance")


def test_actors_parties_group_synonym_captives(actors_of):
    a = actors_of("Lorvia said it traded 150 Chilean soldiers in captivity for 150 of its own. Photos showed some "
                  "of the exchanged Chilean prisoners holding flags.")
    assert len([x for x in a.values() if not x.named and x.kind == "group"]) == 1
    a = actors_of("Chilean soldiers attacked on Monday. Later the released Chilean prisoners went home.")
    assert len([x for x in a.values() if not x.named and x.kind == "group"]) == 2  # fighters are no captives


def test_actors_parties_party_description_collective_head(actors_of):
    a = actors_of("The FLS threatened to boycott the talks but the FLS hierarchy met the envoy. Mediators pressed "
                  "the Southern Liberation Front's leadership.")
    assert "FLS hierarchy" in next(x for x in a.values() if x.name == "FLS").aliases
    front = next(x for x in a.values() if x.name == "Southern Liberation Front")
    assert front.traced("aliases") == "actors.parties.party_description"
    assert not [x for x in a.values() if "leadership" in x.name or "hierarchy" in x.name]
