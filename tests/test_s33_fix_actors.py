"""Review fixes of the s33 actors rules (invented sentences).

Why: an independent review found sentences where the s33 rules took the wrong man's "his
administration", ran a holder's name into a date or an honorific, merged a group into the body it
owns or a place into a body it names, dropped a body the tagger left untagged once, made one person
of a national phrase apposed to a name, and one person of two people of one nationality. Each test
gives the review's shape, one more, and a near-miss that must keep working.
"""

from __future__ import annotations

import pytest

from actor_helpers import shown
from backchannel.data_loader import read
from backchannel.model import Actor

UNIT = "actors.subnational.unit_government"
NATIONAL = "actors.nationals.national_person"


def _units(actors: dict[str, Actor]) -> list[Actor]:
    return [a for a in actors.values() if a.rule == UNIT]


def _gov_aliases(unit: Actor) -> list[str]:
    return [x for x in unit.aliases if x.split()[0].lower() in ("his", "her", "their")]


# actors.subnational.holders_government: another man between the holder and the pronoun, or the
# pronoun in the holder's own object or prepositional phrase: no alias.
@pytest.mark.parametrize("text", [
    "Kano State Governor Ola Brandt thanked President Kari Lund for his administration's help.",
    "Kano State Governor Ola Brandt met President Kari Lund and praised his government's role in the talks.",
    "Kano State Governor Ola Brandt said President Kari Lund's envoy told him his government would pay.",
])
def test_holders_government_other_man(actors_of, text):
    a = actors_of(text)
    units = _units(a)
    assert len(units) == 1 and not _gov_aliases(units[0]), shown(a)


# near-misses that keep working: the holder's own reported clause, the noun its subject
@pytest.mark.parametrize("text, phrase", [
    ("Kano State Governor Ola Brandt said his administration paid no ransom.", "his administration"),
    ("Kano State Governor Ola Brandt told reporters on Friday that his government had been asked to pay.",
     "his government"),
])
def test_holders_government_own_clause(actors_of, text, phrase):
    a = actors_of(text)
    units = _units(a)
    assert len(units) == 1 and phrase in units[0].aliases, shown(a)


# actors.subnational.holder_name_run: the run stops at a date and skips a leading honorific
@pytest.mark.parametrize("text, name", [
    ("Kano State Governor Varn Tessaly Monday said the boys were safe.", "Varn Tessaly"),
    ("Kano State Governor Varn Tessaly Friday told reporters the boys were safe.", "Varn Tessaly"),
    ("Kano State Governor Dr Kari Lund said the boys were safe.", "Kari Lund"),
    ("Kano State Governor Mallam Kari Lund said the boys were safe.", "Kari Lund"),
    ("The Governor of Kano State, Dr Kari Lund, said the boys were safe.", "Kari Lund"),
    ("Kano State Governor Kari Anne Lund said the boys were safe.", "Kari Anne Lund"),  # near-miss
])
def test_holder_name_run_stops(actors_of, text, name):
    a = actors_of(text)
    units = _units(a)
    holder = [x for x in a.values() if x.kind == "person" and units and x.affiliation == units[0].id]
    assert len(holder) == 1 and holder[0].name == name, shown(a)


# actors.aliases.shortened_name: a short form holding a plural of people, or read as a place, is apart
@pytest.mark.parametrize("text, short, long", [
    ("The Governing Council of the Varn Elders met the envoy on Monday. The Varn Elders said the talks "
     "went well.", "Varn Elders", "Governing Council of the Varn Elders"),
    ("The Executive Board of the Tessel Herders met the envoy. The Tessel Herders said they would wait.",
     "Tessel Herders", "Executive Board of the Tessel Herders"),
    ("The Kessel Alama Herders Association met the gunmen. The Kessel Alama said the talks went well.",
     "Kessel Alama", "Kessel Alama Herders Association"),
])
def test_shortened_name_kept_apart(actors_of, text, short, long):
    a = actors_of(text)
    assert [x for x in a.values() if x.name == short], shown(a)
    assert not [x for x in a.values() if x.name == long and short in x.aliases], shown(a)


# actors.origin_places.origin_of_taken: an untagged use of the name as a party keeps it
@pytest.mark.parametrize("text, name", [
    ("The Varnair passengers were released in Tarbi. Varnair later paid the ransom.", "Varnair"),
    ("The Tesselco workers were freed in Tarbi on Monday. Tesselco thanked the mediators.", "Tesselco"),
])
def test_origin_places_every_token(actors_of, text, name):
    a = actors_of(text)
    assert [x for x in a.values() if x.name == name], shown(a)


def test_origin_places_every_token_near_miss(actors_of):
    a = actors_of("The Tarbi schoolgirls were released in Tarbi, and Tarbi residents marched.")
    assert not [x for x in a.values() if x.name == "Tarbi"], shown(a)


# actors.nationals.national_person: an apposed name is the person; "the <demonym> <noun>" after the
# one named person is that person
@pytest.mark.parametrize("text", [
    "The Iranian engineer, Kari Lund, was freed on Sunday after talks.",
    "Kari Lund was freed on Sunday. The Iranian engineer thanked Qatar for its help.",
    "Ola Brandt met the envoy in Doha. The Norwegian engineer said he was well.",
])
def test_nationals_the_named_person(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.rule == NATIONAL], shown(a)


def test_nationals_the_named_person_near_miss(actors_of):
    a = actors_of("Kari Lund met Ola Brandt on Sunday. The Iranian engineer was freed by the gunmen.")
    assert [x for x in a.values() if x.rule == NATIONAL], shown(a)


# two people of one nationality: the other gender, or "another"
@pytest.mark.parametrize("text, n", [
    ("A Russian man met the envoy on Monday, and a Russian woman met the mediator on Tuesday.", 2),
    ("A Pakistani man met the envoy on Monday, and another Pakistani man met him on Tuesday.", 2),
    ("A Norwegian woman met the envoy on Monday, and a Norwegian businessman met him a day later.", 2),
    ("A Russian national was freed on Monday, and the Russian woman thanked the mediators.", 1),
    ("A Pakistani man was freed on Monday; the Pakistani man thanked the mediators.", 1),
])
def test_nationals_people_count(actors_of, text, n):
    a = actors_of(text)
    dem = text.split()[1]
    assert len([x for x in a.values() if x.kind == "person" and x.name.startswith(dem)]) == n, shown(a)


def test_private_heads_cover_national_nouns():
    """Every noun of a national person is a private head: the demonym alone makes no state actor."""
    nouns = set(read("nationals.toml")["person_nouns"])
    heads = set(read("actors_words.toml")["state_roles"]["private_heads"])
    assert nouns <= heads, sorted(nouns - heads)
