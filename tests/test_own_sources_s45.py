"""The publisher as the addressee of its own anonymous sources (s45-actors, extract/actors/own_sources.py) and
rulers' epithets as governmental titles (data/actors.toml); invented text only.

Why: an outlet names itself as the one an unnamed source told ("two officials told <Outlet>"); the golds never
keep the publisher as an actor. A named speaker's interview, or a party an anonymous source spoke to, stays.
"""

from __future__ import annotations

import pytest

from actor_helpers import side_of


@pytest.mark.parametrize("text,outlet", [
    # a tail attribution, the addressee the object of "told"
    ("Ostland will free ten prisoners next week, two senior officials familiar with the talks told The Harbour "
     "Times on Sunday. Westmark welcomed the step.", "Harbour Times"),
    # the verb hung on its subject by the parser, the addressee after "to"
    ("A source close to the mediators revealed to Ostland Daily News that the envoy had met the rebels. The Free "
     "Hill Front denied it.", "Ostland Daily News"),
    # coordinated anonymous subjects, present tense
    ("The talks are stalled, one official and three people briefed on the process tell Kestrel Wire.",
     "Kestrel Wire"),
    # a long content before the tail: whatever the parser makes the subject, the tail speaks
    ("The mediator flew to Kessel twice last month to carry letters from the prisoners and replies from Vell, "
     "one official and three people briefed on the process told Kestrel Wire.", "Kestrel Wire"),
    # a nationality on the source noun is still the outlet's veiled source (s45-fix2)
    ("A Westmark court freed the men, a Kenyan security source told Harbour Radio. Ostland welcomed it.",
     "Harbour Radio"),
    # a relative clause on the source
    ("The deal is close, according to an official who spoke to Harbour Radio. Ostland said the talks would go on.",
     "Harbour Radio"),
    # a fronted quotation, and the outlet named again by a named speaker later: no actor anywhere
    ("\u201cWe are close,\u201d one official told Vell Online. Anna Berg told Vell Online she was hopeful.",
     "Vell Online"),
])
def test_the_addressee_of_an_anonymous_source_is_no_actor(actors_by_name, text: str, outlet: str) -> None:
    assert outlet not in actors_by_name(text)


@pytest.mark.parametrize("text,name", [
    # a named speaker's interview with another outlet: a party of the story
    ("Ostland's President Ivo Marr told Harbour Radio that the deal was close.", "Harbour Radio"),
    # a party an anonymous source spoke to, acting elsewhere in the report
    ("A source told the Free Hill Front that the envoy had left. The Free Hill Front denied it.", "Free Hill Front"),
    # the report credits its own outlet elsewhere: the one a source told is the outlet it rewrites
    ("KESSEL (OPA) - Ostland and Westmark met on Monday, an Ostland official confirmed to Harbour Radio.",
     "Harbour Radio"),
    # the subject is a group of no source kind ("delegates")
    ("Delegates from both camps told Kestrel Wire that the talks would resume.", "Kestrel Wire"),
    # a side's negotiator telling a party the story names as an object elsewhere (s45-fix2)
    ("Ostland and the Free Hill Front met on Monday. A Westmark negotiator told the Free Hill Front that the "
     "prisoners would go home. Ostland urged the Free Hill Front to agree.", "Free Hill Front"),
    # a party's official telling a person: a person-tagged addressee with no outlet word is never the outlet
    ("Ostland and the Free Hill Front met on Monday. A Front official told Anna Berg that the Front would free "
     "the men. Ostland later thanked Anna Berg.", "Anna Berg"),
    # an unnamed source telling a person named nowhere else
    ("Two officials told Anna Berg that the plan had failed.", "Anna Berg"),
])
def test_other_addressees_stay(actors_by_name, text: str, name: str) -> None:
    assert name in actors_by_name(text)


@pytest.mark.parametrize("text,person,state", [
    ("Senior General Ola Brandt, Kenya's ruler, received the envoy. The men were freed.", "Ola Brandt", "Kenya"),
    ("Kenya freed the men. The country's ailing dictator, Ola Brandt, met the envoy.", "Ola Brandt", "Kenya"),
    ("Peru and Kenya agreed. Kenyan strongman Ola Brandt said the talks were over.", "Ola Brandt", "Kenya"),
    ("The deal freed the banker of Kenya's regime, close to dictator Ola Brandt.", "Ola Brandt", "Kenya"),
])
def test_a_rulers_epithet_is_a_governmental_title(actors_of, text: str, person: str, state: str) -> None:
    assert side_of(actors_of(text), person) == state


@pytest.mark.parametrize("text,person", [
    # (review s45 #11) an epithet with a word saying the holder does not rule the state gives no side by title
    ("Kenya and Peru held talks in Lima on Monday. Ola Brandt, a rebel strongman in Kenya, said the talks went "
     "well.", "Ola Brandt"),
    ("Kenya and Peru held talks in Lima on Monday. Ola Brandt, an exiled Kenyan ruler, said the talks went well.",
     "Ola Brandt"),
])
def test_an_unseated_rulers_epithet_gives_no_title_side(actors_of, text: str, person: str) -> None:
    acts = actors_of(text)
    who = next(a for a in acts.values() if a.name == person)
    assert acts[who.id].trace.get("affiliation") != "actors.descriptors.gov_title_side"
