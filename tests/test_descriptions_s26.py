"""One party under many descriptions (s26-descriptions, ``extract/actors/descriptions.py``).

Each test is named after the rule id it checks; every sentence and name is invented for it
(Kestrel, Varsaf, Ola Brandt; real country names only where a state must be known as one).
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def named(actors: dict[str, Actor], name: str) -> Actor:
    return next(a for a in actors.values() if a.name == name)


def holders(actors: dict[str, Actor], form: str) -> list[str]:
    return [a.name for a in actors.values() if form in [a.name, *a.aliases]]


@pytest.mark.parametrize("text, party, form", [
    # plain: a name, then its head in the next sentence
    ("The Kestrel Alliance rejected the offer on Monday. The alliance said it would return to talks in Oslo.",
     "Kestrel Alliance", "alliance"),
    # passive voice, the description inside a prepositional phrase
    ("A truce was signed by the Varsaf Coalition in March. Talks with the coalition were later suspended by Chile.",
     "Varsaf Coalition", "coalition"),
    # a modifier that only says what kind of party it is
    ("Fighters of the Northern Liberation Front seized a town. Chile said the armed front had broken the truce.",
     "Northern Liberation Front", "armed front"),
    # nominal: the description as a possessor
    ("The Kestrel Alliance and Chile met in Oslo. The alliance's demands were rejected by Peru.",
     "Kestrel Alliance", "alliance"),
    # coordination
    ("Chile and the Kestrel Alliance signed the deal, but the alliance and Peru later disputed it.",
     "Kestrel Alliance", "alliance"),
    # a subordinate clause first, the description in reported speech, another head
    ("Although the Kestrel Council had refused, Ola Brandt said the council would attend the talks in Oslo.",
     "Kestrel Council", "council"),
])
def test_actors_descriptions_name_head(actors_of, text, party, form):
    a = actors_of(text)
    assert form in named(a, party).aliases
    assert holders(a, form) == [party]


@pytest.mark.parametrize("text, form", [
    # two named bodies with that head: the description fits both and joins neither
    ("The Kestrel Alliance and the Varsaf Alliance met in Oslo. The alliance said the talks had failed.", "alliance"),
    # a modifier that is no word of the name makes another alliance
    ("The Kestrel Alliance met Chile in Oslo. The western alliance said it would send observers.", "western alliance"),
    # a state's body word is left to the state's rules
    ("The Kestrel Army met Chilean officials in Oslo. The army said it would withdraw.", "army"),
    # the description before the name is not read back
    ("The alliance rejected the offer. A week later the Kestrel Alliance said it would return to talks.", "alliance"),
])
def test_actors_descriptions_name_head_not(actors_of, text, form):
    a = actors_of(text)
    assert not [n for n in holders(a, form) if n.endswith(("Alliance", "Army"))]


@pytest.mark.parametrize("text, party, form", [
    ("Representatives of the government and the opposition met in Oslo. The opposition coalition wants new elections.",
     "opposition", "opposition coalition"),
    ("The Kestrel Front said it would attend. Chile met the Kestrel Front movement on Monday.",
     "Kestrel Front", "Kestrel Front movement"),
])
def test_actors_descriptions_name_with_head(actors_of, text, party, form):
    a = actors_of(text)
    assert form in named(a, party).aliases


@pytest.mark.parametrize("text", [
    "Chile said it would attend the talks. The Chile coalition was formed later in Oslo.",  # a state's name
    "Ola Brandt said he would run again. The Brandt camp denied it.",  # a person's name
])
def test_actors_descriptions_name_with_head_not(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if any(al.endswith(("coalition", "camp")) for al in x.aliases)]


@pytest.mark.parametrize("text", [
    "Peru rejected the offer. The Peruvian envoy left Lima, and authorities expect to reply on Monday.",
    "Peru rejected the offer on Monday. Peru's envoy left Lima, but the authorities denied any deal with the rebels.",
])
def test_actors_government_salient_plural(actors_by_name, text):
    a = actors_by_name(text)
    assert "authorities" in a["Peru"].aliases
    assert "authorities" not in a


def test_actors_government_salient_plural_not(actors_by_name):
    # a nationality or a seat decides whose authorities they are
    a = actors_by_name("Peru rejected the offer. Peru's envoy left Lima, and Chilean authorities expect to reply.")
    assert "authorities" not in a["Peru"].aliases and "Chilean authorities" in a["Chile"].aliases
    a = actors_by_name("Peru rejected the offer. Peru's envoy left Lima, and authorities in Santiago expect a reply.")
    assert "authorities" not in a["Peru"].aliases


def test_actors_unnamed_another_and_ordinal(actors_of):
    """ "another official" is a new one; "the first official" is the first one introduced."""
    a = actors_of("A Chilean official said the talks would resume. Another Chilean official said the envoy "
                  "had left. The first official said the date was set.")
    first, second = named(a, "Chilean official"), named(a, "Another Chilean official")
    assert "first official" in first.aliases and not second.aliases


def test_actors_unnamed_second_is_new(actors_of):
    a = actors_of("Two Chilean officials met the envoy. A second official said the talks were over.")
    assert "second official" not in named(a, "Chilean officials").aliases


def test_actors_descriptions_source_is_speaker(actors_of):
    a = actors_of('A Chilean official told reporters the talks would resume. "We are close," the source said.')
    assert "source" in named(a, "Chilean official").aliases
    assert not [x for x in a.values() if x.name == "source"]


def test_actors_descriptions_source_two_speakers(actors_of):
    """Two unnamed people in the window: "the source" is neither, and no third one."""
    a = actors_of('A Chilean official and a Peruvian diplomat met in Oslo. "We are close," the source said.')
    assert holders(a, "source") == []


def test_actors_descriptions_nearest_or_neither(actors_of):
    a = actors_of("A Chilean official and a Peruvian official met in Oslo. The official said the talks went well.")
    assert holders(a, "official") == []
    a = actors_of("A Chilean official spoke on Monday. On Tuesday a Peruvian official arrived in Oslo. "
                  "The official said the talks went well.")
    assert holders(a, "official") == ["Peruvian official"]


def test_actors_descriptions_one_of(actors_of):
    a = actors_of('Sources close to the talks said a deal was near. "It is done," one of the sources said. '
                  "The source added that the text was signed.")
    member = named(a, "source")
    assert member.kind == "person" and "one of the sources" in member.aliases
    assert len([x for x in a.values() if x.name == "source"]) == 1


def test_actors_descriptions_one_of_not_captives(actors_of):
    a = actors_of("The rebels freed the hostages on Monday. One of the hostages said they were treated well.")
    assert not [x for x in a.values() if x.kind == "person" and "One of the hostages" in x.aliases]


@pytest.mark.parametrize("text, form", [
    # sentence-initial, and later in a coordinated clause in the perfect
    ("The Kestrel Front rebels seized a town on Monday. Insurgents later attacked a convoy near the border, "
     "and militants have said they will attack again.", "militants"),
    ("The Kestrel Front rebels seized a town on Monday. Insurgents later attacked a convoy near the border.",
     "Insurgents"),
    # object of a verb
    ("Peru blamed the Kestrel Front, an armed movement, for the raid. Government troops fought guerrillas near the "
     "border on Tuesday.", "guerrillas"),
])
def test_actors_descriptions_bare_armed_plural(actors_of, text, form):
    a = actors_of(text)
    assert form in named(a, "Kestrel Front").aliases


@pytest.mark.parametrize("text", [
    # two armed organisations: it fits neither
    "The Kestrel Front rebels and the Varsaf Movement guerrillas seized a town on Monday. Militants later attacked a convoy.",
    # held people are some members, not the party
    "The Kestrel Front rebels seized a town on Monday. Chile later freed militants held in its jails.",
    # no organisation shown to be armed
    "The Kestrel Front seized a town on Monday. Insurgents later attacked a convoy near the border.",
])
def test_actors_descriptions_bare_armed_plural_not(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.named and any(al.lower() in ("militants", "insurgents") for al in x.aliases)]
