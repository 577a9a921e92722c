"""Rules of actors/abductions.py (s29-captors): the unnamed takers and the people taken in an
abduction story, on invented sentences of several shapes, with near-misses."""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def _holding(actors: dict[str, Actor], name: str) -> list[Actor]:
    """The actors whose name or an alias is ``name`` (case-folded)."""
    n = name.lower()
    return [a for a in actors.values() if n == a.name.lower() or n in (x.lower() for x in a.aliases)]


def _rules(actors: dict[str, Actor]) -> list[str]:
    return [a.rule or "" for a in actors.values()]


# actors.abductions.taken_group / taker_group: active, passive, participle, relative, coordination
@pytest.mark.parametrize("text, taken, taker", [
    ("Armed bandits stormed a school in Lunde and kidnapped about 80 pupils and teachers on Monday.",
     "pupils and teachers", "Armed bandits"),
    ("The governor vowed to free over 100 primary school pupils abducted last week by bandits near Lunde.",
     "primary school pupils", "bandits"),
    ("Gunmen abducted 40 passengers from a train near Lunde on Friday.", "passengers", "Gunmen"),
    ("Over 50 Norlandic students and staff who were kidnapped by gunmen this month arrived home.",
     "Norlandic students and staff", "gunmen"),
    ("Lunde villagers taken by gunmen last week have been freed, officials said.", "Lunde villagers", "gunmen"),
    ("Parents said that the schoolchildren were snatched by bandits from their dormitory at night.",
     "schoolchildren", "bandits"),
])
def test_actors_abductions_taken_and_takers(actors_of, text, taken, taker):
    a = actors_of(text)
    got = _holding(a, taken)
    assert len(got) == 1 and got[0].kind == "group" and got[0].affiliation is None, \
        [(x.name, x.aliases, x.rule) for x in a.values()]
    got = _holding(a, taker)
    assert len(got) == 1 and got[0].kind == "group", [(x.name, x.aliases, x.rule) for x in a.values()]


# actors.abductions.taken_again / taker_again / captives_again / known_as: later mentions join
def test_actors_abductions_later_mentions_join(actors_of):
    a = actors_of("Over 100 pupils abducted by bandits in Lunde were freed on Sunday. The kidnappers had "
                  "demanded a ransom. Ola Brandt said the kidnapped children were safe and 98 hostages were "
                  "taken to hospital. Terrorists who abducted the children had met a negotiator.")
    pupils = _holding(a, "pupils")
    assert len(pupils) == 1 and {"kidnapped children", "hostages"} <= set(pupils[0].aliases), \
        [(x.name, x.aliases) for x in a.values()]
    bandits = _holding(a, "bandits")
    assert len(bandits) == 1 and {"kidnappers", "Terrorists"} <= set(bandits[0].aliases), \
        [(x.name, x.aliases) for x in a.values()]


def test_actors_abductions_known_as_and_separate_gangs(actors_of):
    a = actors_of("Norlandic pupils taken by gunmen in a raid have been freed. Kidnap gangs, known as bandits, "
                  "have seized hundreds of villagers across the region. The kidnappers had demanded a ransom.")
    gangs = _holding(a, "Kidnap gangs")
    assert len(gangs) == 1 and "bandits" in gangs[0].aliases, [(x.name, x.aliases) for x in a.values()]
    gunmen = _holding(a, "gunmen")
    assert len(gunmen) == 1 and "kidnappers" in gunmen[0].aliases and gunmen[0].id != gangs[0].id


@pytest.mark.parametrize("text, name", [
    ("Ola Brandt was kidnapped in Lunde in 2023. Weeks later, her captors published a recording.", "her captors"),
    ("Officials said no deal was made, saying his abductors had instead bowed to pressure.", "his abductors"),
    ("The parents said they were released by their abductors early on Sunday.", "their abductors"),
    ("A negotiator was hired to talk to the kidnappers about the release.", "kidnappers"),
    ("Elders said the criminals who abducted them had received concessions.", "criminals who abducted them"),
])
def test_actors_abductions_definite_captor_nouns(actors_of, text, name):
    a = actors_of(text)
    got = _holding(a, name)
    assert len(got) == 1 and got[0].kind == "group", [(x.name, x.aliases, x.rule) for x in a.values()]


# near-misses: generic plurals, other acts, victims, a named captor's own actor
@pytest.mark.parametrize("text", [
    "Hostages in earlier cases had managed to escape from their captors during long marches.",
    "Kidnappers often demand large ransoms from families in the region.",
    "Many kidnappers were arrested last year, the police said.",
    "Bandits attacked a farm near Lunde and stole cattle on Monday.",
    "The victims were abducted from a market in Lunde.",
    "Some pupils were absent when the school reopened in Lunde.",
    "The bandits seized weapons and fuel from a police station.",
    "Gunmen from the Sarvan Liberation Front seized Mira Solberg in 2020.",
])
def test_actors_abductions_near_misses(actors_of, text):
    a = actors_of(text)
    assert not [r for r in _rules(a) if r.startswith("actors.abductions.")], \
        [(x.name, x.aliases, x.rule) for x in a.values()]


def test_actors_abductions_named_captor_keeps_release(act_tuples):
    """A named captor is still the releaser of "freed by their captors" when no taker group is made."""
    acts = act_tuples("The Vestari Brigade abducted Ola Brandt in Lunde in 2023. She was freed by her captors "
                      "on Tuesday, officials said.")
    assert any(t == "release" and s and "vestari" in s for t, s, _, _ in acts), acts


def test_actors_abductions_untold_release_source_stays_open(act_tuples):
    """"pupils abducted by bandits ... have been freed": the release's source is not the bandits."""
    acts = act_tuples("Over 100 pupils abducted by bandits in Lunde have been freed, officials said.")
    assert not any(t == "release" and s == "bandits" for t, s, _, _ in acts), acts
    assert any(t == "attack" and s == "bandits" for t, s, _, _ in acts), acts


# actors.abductions.taker_group, any people noun as the agent of a strong taking verb
@pytest.mark.parametrize("text, name, side", [
    ('Ola Brandt was abducted by "outlaws" in Lunde, the government said.', "outlaws", None),
    ("Imad Sorel, a Lebanese sailor kidnapped by Israeli army commandos in Lunde last year, was freed.",
     "Israeli army commandos", "israel"),
    ("The two engineers, who were snatched by smugglers near the border, returned home.", "smugglers", None),
])
def test_actors_abductions_agent_of_strong_taking_verb(actors_of, text, name, side):
    a = actors_of(text)
    got = _holding(a, name)
    assert len(got) == 1 and got[0].kind == "group" and got[0].affiliation == side, \
        [(x.name, x.aliases, x.affiliation) for x in a.values()]


# actors.abductions.taken_again with a rejoin noun: "the kidnap victims" is the story's one group
def test_actors_abductions_victims_rejoin(actors_of):
    a = actors_of("The governor vowed to free over 100 pupils abducted by bandits in Lunde. He met the "
                  "families of the kidnap victims on Monday.")
    pupils = _holding(a, "pupils")
    assert len(pupils) == 1 and "kidnap victims" in pupils[0].aliases, [(x.name, x.aliases) for x in a.values()]


# actors.abductions.kin_of_taken: the kin of the group taken, under two descriptions, are one group
def test_actors_abductions_kin_of_taken(actors_of):
    a = actors_of("He said 80 passengers were abducted by gunmen in Lunde. The family of the bus victims met "
                  "him on Monday. He urged the families of the abducted passengers to wait.")
    kin = _holding(a, "family of the bus victims")
    assert len(kin) == 1 and "families of the abducted passengers" in kin[0].aliases, \
        [(x.name, x.aliases) for x in a.values()]
    assert kin[0].affiliation is None
    other = actors_of("He advised the families of the soldiers to wait for news from Lunde.")
    assert not [r for r in _rules(other) if r.startswith("actors.abductions.")]  # no group taken: no kin rule


# nominal shape: "the abduction of X by Y"
def test_actors_abductions_nominal_act(actors_of):
    a = actors_of("The abduction of 30 pupils by bandits in Lunde shocked Norland on Tuesday.")
    assert len(_holding(a, "pupils")) == 1 and len(_holding(a, "bandits")) == 1, \
        [(x.name, x.aliases) for x in a.values()]
    b = actors_of("The abduction of children is a crime that Norland punishes severely.")
    assert not [r for r in _rules(b) if r.startswith("actors.abductions.")]  # a bare plural: the kind
