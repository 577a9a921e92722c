"""Rules of the s38-actors round, each test named after the rule it checks (invented sentences).

Why: the census of the freshest read reports found false actors of three kinds: names of places
written before a chain of common nouns ("the X steel plant"), organisations whose name the tagger
cut after its last preposition, and role nouns predicated of an actor named elsewhere ("the role of
a mediator"). Each test gives several shapes and near-misses on which the rule must not fire.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def _names(actors: dict[str, Actor]) -> set[str]:
    return {a.name for a in actors.values()}


def _holding(actors: dict[str, Actor], word: str) -> list[Actor]:
    """Actors with ``word`` in their name or an alias."""
    return [a for a in actors.values() if word in a.name or any(word in x for x in a.aliases)]


# actors.names.place_compound_chain: a name before common nouns ending in a place noun is a place.
@pytest.mark.parametrize("text, place", [
    ("Among those freed were soldiers who had defended the Brannock steel plant for weeks.", "Brannock"),
    ("Three deputies visited the Ostmark island prison on Friday. Later they visited Ostmark again.", "Ostmark"),
    ("He was flown to Timira, a town in Central Ravia's Mimora regency, where he was treated.", "Mimora"),
    ("The pilot landed his plane in the remote Nduva regency, the police said.", "Nduva"),
    ("Workers at the Kellan oil refinery were taken hostage by the gunmen on Monday.", "Kellan"),
])
def test_actors_names_place_compound_chain(actors_of, text, place):
    a = actors_of(text)
    assert not _holding(a, place), [(x.name, x.aliases) for x in a.values()]


# Near-misses: the organisation acts (a subject), or the noun after it is no place.
@pytest.mark.parametrize("text, org", [
    ("The Harbour Workers Guild said on Monday that the strike at the port would go on.", "Harbour Workers Guild"),
    ("Officials of the Vestari Liberation Front met the mediators in the capital on Friday.", "Vestari Liberation Front"),
])
def test_actors_names_place_compound_chain_near_misses(actors_of, text, org):
    assert org in _names(actors_of(text))


# actors.names.dangling_preposition_join: "the Office of the President of" + a state is one body.
@pytest.mark.parametrize("text, name", [
    ("A spokesman for the Office of the President of Moldova said on Monday that the swap went well.",
     "Office of the President of Moldova"),
    ("The Ministry of Defence of Russia confirmed that it had received the soldiers in the swap.",
     "Ministry of Defence of Russia"),
    ("A spokesman for the Commission for Missing Persons of Bosnia said the bodies were returned.",
     "Commission for Missing Persons of Bosnia"),
])
def test_actors_names_dangling_preposition_join(actors_of, text, name):
    a = actors_of(text)
    assert not [x for x in a.values() if x.name.endswith((" of", " for", " on"))], [x.name for x in a.values()]
    assert name in _names(a) or any(name in x.aliases for x in a.values()), [x.name for x in a.values()]


# actors.unnamed.attribute_conjunct / role_frame_predicate / object_complement: predicates, no actors.
@pytest.mark.parametrize("text, noun", [
    ('"The fighting has to stop," said Anton Varga, who is the European Union\'s and Arab League\'s special envoy.',
     "envoy"),
    ("The State of Ostland has taken on the role of an honest broker between the two sides.", "broker"),
    ("Sylvania acted in the capacity of a guarantor when the accord was signed.", "guarantor"),
    ("The release made the emirate a trusted partner of both governments, officials said.", "partner"),
    ("Critics called him a go-between for the militia, but he denied it.", "go-between"),
])
def test_actors_unnamed_predicates(actors_of, text, noun):
    a = actors_of(text)
    assert not [x for x in a.values() if not x.named and noun in x.name], [x.name for x in a.values()]


# Near-misses: a role noun that acts, or the object of a plain verb, stays an actor.
@pytest.mark.parametrize("text, noun", [
    ("The mediator said the role of the guarantors would be decided later.", "mediator"),
    ("The rebels made an offer to the mediators, who rejected it on Sunday.", "mediators"),
    ("Ostland named a new envoy on Monday, and the envoy flew to Kessel.", "envoy"),
])
def test_actors_unnamed_predicates_near_misses(actors_of, text, noun):
    a = actors_of(text)
    assert [x for x in a.values() if noun in x.name.lower()], [x.name for x in a.values()]


# actors.parties.demonym_plural (s38 extension): a demonym tagged as a singular proper noun but used as a
# plural noun names the state, when the state is an actor of the report.
@pytest.mark.parametrize("text, state, alias", [
    ("Qatar, Switzerland and Oman mediated the swap. The minister thanked the Qataris, Swiss, and Omanis "
     "for helping in the exchange.", "Switzerland", "Swiss"),
    ("Qatar, Switzerland and Oman mediated the swap. The minister thanked the Qataris, Swiss, and Omanis "
     "for helping in the exchange.", "Oman", "Omanis"),
    ("Britain said it was grateful. In June the bodies of two guards were given to the British.",
     "United Kingdom", "British"),
    ("France hosted the talks in May, and the rebels later accused the French of bias.", "France", "French"),
])
def test_actors_parties_proper_demonym_plural(actors_of, text, state, alias):
    a = actors_of(text)
    found = [x for x in a.values() if x.name == state]
    assert found and alias in found[0].aliases, [(x.name, x.aliases) for x in a.values()]


# Near-misses: one person of a nation ("an Israeli"), a demonym modifying a noun.
@pytest.mark.parametrize("text, state", [
    ("Israel closed the crossing after an Israeli was hurt near the fence on Monday.", "Israel"),
    ("Britain said the British envoy would return to the capital on Tuesday.", "United Kingdom"),
])
def test_actors_parties_proper_demonym_plural_near_misses(actors_of, text, state):
    a = actors_of(text)
    found = [x for x in a.values() if x.name == state]
    assert found and not [al for al in found[0].aliases if al in ("Israeli", "British")], \
        [(x.name, x.aliases) for x in a.values()]


# actors.unnamed.moved_own_group: one's own people rejoined or moved are no party.
@pytest.mark.parametrize("text, noun", [
    ("Ostland freed five prisoners; one of them will join his family abroad next week.", "family"),
    ("Friends said they were thankful to know Anton Varga will be rejoining his family soon.", "family"),
    ("The plan had no requirement for Colonel Varga to pull his troops out of the cities.", "troops"),
])
def test_actors_unnamed_moved_own_group(actors_of, text, noun):
    a = actors_of(text)
    assert not [x for x in a.values() if noun in x.name.lower()], [x.name for x in a.values()]


# Near-misses: the group acts, or the object has no possessive pronoun.
@pytest.mark.parametrize("text, noun", [
    ("The family of the hostage thanked Ostland for its help on Monday.", "family"),
    ("Ostland said it would withdraw the rebels' fighters only after the talks, and the fighters agreed.",
     "fighters"),
])
def test_actors_unnamed_moved_own_group_near_misses(actors_of, text, noun):
    a = actors_of(text)
    assert [x for x in a.values() if noun in x.name.lower()], [x.name for x in a.values()]


# Lead datelines and credits (extract/actors/lead_datelines.py; removals carry no id): the places and the outlet
# of the report's opening furniture are no actors.
@pytest.mark.parametrize("text, gone", [
    ("KANDER, Norway Swedish negotiators trying to end the standoff have agreed to free some prisoners.", "KANDER"),
    ("KANDER, Norway Swedish negotiators trying to end the standoff have agreed to free some prisoners.", "Norway"),
    ("Kessel/Ostrava, May 3, 2021 – Sweden and Finland have carried out their first prisoner exchange.",
     "Kessel/Ostrava"),
    ("Kessel, Norway | THE HARBOUR POST | Anton Varga has been pardoned in a deal brokered by Sweden.",
     "HARBOUR POST"),
    ("OSTRAVA – Harbour Daily News\n\nThe jailed leader of the Vell Front has called on the group to free its "
     "prisoners.", "Harbour Daily News"),
    ("The committee said Sweden and Finland carried out their largest swap so far….reports Harbour Lite News\n\n"
     "The ministry announced the swap.", "Harbour Lite News"),
    ("Managua (Harbour Radio) –\n\nPresident Anton Varga said the talks would go on, an aide told Harbour Radio.",
     "Harbour Radio"),
])
def test_lead_datelines_and_credits(actors_of, text, gone):
    a = actors_of(text)
    assert not _holding(a, gone), [(x.name, x.aliases) for x in a.values()]


# Near-misses: a sentence opening with a state and a name, and a slash inside a sentence, stay.
@pytest.mark.parametrize("text, kept", [
    ("NORWAY, Sweden and Finland signed the accord in Oslo on Monday, officials said.", "Sweden"),
    ("The Harbour Workers Guild said the talks – held in Kessel – would resume, and Finland agreed.", "Finland"),
])
def test_lead_datelines_near_misses(actors_of, text, kept):
    assert _holding(actors_of(text), kept)
