"""Surnames shared with a relative and "the <demonyms>" as a state's voice (s31-actors), each test named
after the rule id it checks; invented sentences and names. Why: each rule covers a construction; the tests
give several shapes of it and near-misses on which it must not fire."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named
from claim_helpers import span_of, speaker_context


def _names(actor) -> set[str]:
    return {actor.name, *actor.aliases}


# actors.names.surname_not_kin: a surname shared with a relative names the one who is no relative
@pytest.mark.parametrize("text,person", [
    # the relative in an apposition after a possessive kin noun, the surname in a later sentence
    ("Ola Brandt, a Norland engineer, was freed on Monday. His father, Tomas Brandt, said the family was "
     "relieved. Brandt arrived in Oslo on Tuesday.", "Ola Brandt"),
    # the relative first, the kin noun in an apposition after the name
    ("Tomas Brandt, Ola's father, told reporters he had not been told. Ola Brandt was freed in June after "
     "talks with Peru. Brandt had been held for a year.", "Ola Brandt"),
    # a kin noun right before the name, no comma; the surname as a coordinated subject
    ("Ola Brandt's wife Kari Brandt said she was grateful. Chile freed Ola Brandt on Friday after talks, and "
     "Brandt flew home.", "Ola Brandt"),
    # an honorific and the surname, the relative introduced with a comma
    ("Chile released Ola Brandt on Monday. His wife, Kari Brandt, told a broadcaster that she was happy. "
     "Mr. Brandt, 44, was held in Syria.", "Ola Brandt"),
    # the surname as object, the relative a brother
    ("Peru freed Jonas Halvorsen in May. His brother, Erik Halvorsen, had pleaded for months. Officials "
     "met Halvorsen at the airport.", "Jonas Halvorsen"),
    # a possessive kin noun with the relative's name in apposition
    ("Jonas Halvorsen's sister, Ingrid Halvorsen, wrote to the minister. Chile freed Jonas Halvorsen "
     "on Friday and Halvorsen thanked Peru.", "Jonas Halvorsen"),
])
def test_actors_names_surname_not_kin(actors_of, text, person):
    a = actors_of(text)
    surname = person.split()[-1]
    assert surname in actor_named(a, person).aliases, text
    assert all(surname not in x.aliases for x in a.values() if x.name != person), text


@pytest.mark.parametrize("text,surname", [
    # two people of one surname, neither a relative: the surname stays unresolved
    ("Ola Brandt and Jon Brandt, two envoys from Norway, met Chilean officials. Brandt said the talks went well.",
     "Brandt"),
    # every candidate a relative: no one to prefer
    ("His father, Tomas Brandt, and his brother, Jon Brandt, met Chilean officials. Brandt said the talks "
     "went well.", "Brandt"),
])
def test_actors_names_surname_not_kin_near_misses(actors_of, text, surname):
    a = actors_of(text)
    holders = [x.name for x in a.values() if x.kind == "person" and surname in x.aliases]
    assert len(holders) <= 1 and not any(h == "Ola Brandt" for h in holders if "father" in text), (text, holders)
    if "father" not in text:
        assert holders == [], (text, holders)


# s31-fix-actors review: a descriptive kin noun ("a mother of three", "a father") introduces no one as a relative
@pytest.mark.parametrize("text,other", [
    ("Kari Lund, a mother of three, was detained by the Front in March. The Norlandic envoy, Ola Lund, met the "
     "Front in Doha. Lund was freed on Friday.", "Ola Lund"),
    ("Ola Lund, a father of two young sons, was seized in May. Jon Lund, an envoy of Norland, met the rebels in "
     "Lima. Lund was released on Friday.", "Jon Lund"),
    ("Kari Lund, 41, a mother of two, was detained in March. Ola Lund, a Norland diplomat, met the rebels. "
     "Lund was freed on Friday.", "Ola Lund"),
    ("Kari Lund, a mother, was held for a year. Ola Lund, a Norland diplomat, met the rebels. Lund was freed "
     "on Friday.", "Ola Lund"),
])
def test_actors_names_surname_not_kin_descriptive_kin(actors_of, text, other):
    a = actors_of(text)
    assert not any(x.name == other and "Lund" in x.aliases for x in a.values()), (text, [(x.name, x.aliases) for x in a.values()])


@pytest.mark.parametrize("text,person", [
    # a kin noun with an "of" phrase naming someone still introduces a relative
    ("Ola Lund was seized in May. A brother of Ola Lund, Jon Lund, spoke to reporters. Lund was released on "
     "Friday.", "Ola Lund"),
    # a definite kin noun
    ("Ola Lund was seized in May. The father, Tomas Lund, spoke to reporters. Lund was released on Friday.",
     "Ola Lund"),
])
def test_actors_names_surname_not_kin_pointing_kin(actors_of, text, person):
    a = actors_of(text)
    assert "Lund" in actor_named(a, person).aliases, text


# actors.parties.demonym_plural (s31-fix-actors: it took over s31's actors.peoples.demonym_side): "the <demonyms>"
# is the state's voice, its alias, a demonym of several words read whole
@pytest.mark.parametrize("text,state,alias", [
    # the subject of a clause of saying, after the state's name
    ("Talks with North Korea resumed on Monday. The North Koreans said they were open to an amnesty.",
     "North Korea", "North Koreans"),
    # a passive agent
    ("Medical records kept by the North Koreans went to the clinic, a North Korean official said.",
     "North Korea", "North Koreans"),
    # a subject inside a reported clause
    ("Chile thanked Oman for its help. American officials said the Omanis strongly recommended the meeting.",
     "Oman", "Omanis"),
    # an indirect object
    ("Peru signed a deal with Chile, and no payment was made to the Chileans, officials in Lima said.",
     "Chile", "Chileans"),
    # the subject of an embedded clause after a plural subject
    ("In a letter, both reporters wrote that the North Koreans might grant an amnesty to Ola Brandt.",
     "North Korea", "North Koreans"),
    # the sentence's subject before the state's name
    ("The Russians agreed to the swap after Peru offered to free a pilot, Russia said.", "Russia", "Russians"),
    # one group of the state's agents described before: the state still takes "the <demonyms>" as alias
    ("Omani officials hosted the envoys in Muscat. Chilean officials said the Omanis urged Peru to accept.",
     "Oman", "Omanis"),
])
def test_actors_parties_demonym_plural_voice(actors_of, text, state, alias):
    a = actors_of(text)
    assert alias in actor_named(a, state).aliases, text


@pytest.mark.parametrize("text,state,alias", [
    # counted: people, not the state
    ("The two Russians were freed on Monday after Chile and Russia agreed to a swap.", "Russia", "Russians"),
    # modified: people
    ("The freed Americans landed in Lima on Monday, the United States said.", "United States", "Americans"),
    # predicative "as"
    ("As Peruvians, we want peace, the Peruvian president said after talks with Chile.", "Peru", "Peruvians"),
])
def test_actors_parties_demonym_plural_voice_near_misses(actors_of, text, state, alias):
    a = actors_of(text)
    assert alias not in actor_named(a, state).aliases, text


# s31-fix-actors review: a plural described as held or detained names captives, never the state (no alias, no
# mention of the state), whatever the parser makes of the participle
@pytest.mark.parametrize("text,alias", [
    ("The Americans held in Lorvia were freed on Monday.", "Americans"),
    ("The North Koreans detained in Lorvia were sent home.", "North Koreans"),
    ("The Americans who were held in Lorvia were freed on Monday.", "Americans"),
    ("Talks with North Korea resumed. The North Koreans detained in Lorvia were sent home.", "North Koreans"),
    ("Peru thanked Chile. The Chileans who had been detained in Lima flew home on Friday.", "Chileans"),
])
def test_actors_parties_demonym_plural_held_near_misses(actors_of, text, alias):
    a = actors_of(text)
    for x in a.values():
        if x.kind == "state":
            assert alias not in x.aliases and all(alias not in text[m.start:m.end] for m in x.mentions), (text, x)


def test_actors_parties_demonym_plural_held_release_target(acts_of):
    acts = acts_of("The Americans held in Lorvia were freed on Monday.")
    assert all(i.target != "united-states" for i in acts), acts


# claims.speaker_actors.name_part: a one-word speaker name is the one full name it starts or ends
@pytest.mark.parametrize("text,speaker,full", [
    ("Dawit stressed that the two countries were neighbours.", "Dawit", "Dawit Haile Tesfaye"),
    ('"We are close," said Tesfaye on Monday.', "Tesfaye", "Dawit Haile Tesfaye"),
    ('"We will return in May," Brandt said on Monday.', "Brandt", "Ola Brandt"),
])
def test_claims_speaker_actors_name_part_short(nlp, text, speaker, full):
    from backchannel.extract.claims.speaker_actors import named_actor
    ctx = speaker_context(nlp, text, [(full, "person"), ("Kari Lund", "person")])
    span, head = span_of(ctx, speaker)
    aid, rule = named_actor(ctx, span, head)
    assert ctx.actors[aid].name == full and rule == "claims.speaker_actors.name_part"
    assert speaker in ctx.actors[aid].aliases


def test_claims_speaker_actors_name_part_short_near_misses(nlp):
    from backchannel.extract.claims.speaker_actors import named_actor
    # the tagger reads the word as a place ("According to Brandt" is GPE here): no person's name
    ctx = speaker_context(nlp, "According to Brandt, the talks will resume in May.", [("Ola Brandt", "person")])
    span, head = span_of(ctx, "Brandt")
    assert named_actor(ctx, span, head)[1] == "claims.speaker_actors.missed_name"
    # two full names end in the word: no one to choose
    ctx = speaker_context(nlp, "Brandt said the talks would resume.",
                          [("Ola Brandt", "person"), ("Jon Brandt", "person")])
    span, head = span_of(ctx, "Brandt")
    assert named_actor(ctx, span, head)[1] == "claims.speaker_actors.missed_name"
    # the full name is an organisation's, not a person's
    ctx = speaker_context(nlp, "Lunde said the talks would resume.", [("Lunde Holdings", "organization")])
    span, head = span_of(ctx, "Lunde")
    assert named_actor(ctx, span, head)[1] == "claims.speaker_actors.missed_name"


# claims.speaker_actors.name_part: a full speaker name takes over the one person named by its first or last word
@pytest.mark.parametrize("text,speaker,short", [
    ("Tomas Okello Brandt, head of the legal committee, said the talks would resume.", "Tomas Okello Brandt", "Brandt"),
    ("Later, Marit Deng told reporters that the gaps were narrowing.", "Marit Deng", "Deng"),
    ("Marit Deng, the rebels' negotiator, said the gaps were narrowing.", "Marit Deng", "Marit"),
])
def test_claims_speaker_actors_name_part_full(nlp, text, speaker, short):
    from backchannel.extract.claims.speaker_actors import named_actor
    ctx = speaker_context(nlp, text, [(short, "person"), ("Kari Lund", "person")])
    span, head = span_of(ctx, speaker)
    aid, rule = named_actor(ctx, span, head)
    assert rule == "claims.speaker_actors.name_part"
    assert ctx.actors[aid].name == speaker and short in ctx.actors[aid].aliases


def test_claims_speaker_actors_name_part_full_near_miss(nlp):
    from backchannel.extract.claims.speaker_actors import named_actor
    # the one-word actor is an organisation: no person to take over
    ctx = speaker_context(nlp, "Tomas Okello Brandt said the talks would resume.", [("Brandt", "organization")])
    span, head = span_of(ctx, "Tomas Okello Brandt")
    assert named_actor(ctx, span, head)[1] == "claims.speaker_actors.missed_name"


# actors.government.government_of / state_government (s31-actors): an alias is the state's own phrase
@pytest.mark.parametrize("text,state,alias", [
    # a relative clause after the state's name
    ("The accord was arranged with the government of Qatar, which will house the five detainees for a year.",
     "Qatar", "government of Qatar"),
    # a place phrase on the state's name
    ("The release followed talks with the government of Peru in Lima, officials said.", "Peru", "government of Peru"),
    # an "of" phrase that is part of the name stays
    ("The talks were held with the government of the Republic of Korea in Seoul.", "South Korea",
     "government of the Republic of Korea"),
    # an apposition after the state's name
    ("Envoys thanked the government of Oman, a discreet mediator, for its help.", "Oman", "government of Oman"),
    # a coordination that holds one state: only its own words
    ('"I deny any talks between the Front and Pakistani government," he said.', "Pakistan", "Pakistani government"),
    # a coordination inside a prepositional object
    ("Talks between the Sarvan Liberation Front and the Chilean government resumed in Lima.", "Chile",
     "Chilean government"),
])
def test_actors_government_alias_is_own_phrase(actors_of, text, state, alias):
    a = actors_of(text)
    got = actor_named(a, state).aliases
    assert alias in got and all(len(x) <= len(alias) or x.startswith("Republic") for x in got), (text, got)


@pytest.mark.parametrize("text,state,alias,absent", [
    # two states coordinated: each keeps its own alias (actors.government.coordinated_states), no trim to the noun
    ("The Russian and Ukrainian authorities agreed to a swap on Friday.", "Russia", "Russian authorities",
     "authorities"),
    # nothing after the state's name: the phrase is whole
    ("The government of Peru said on Monday that the talks would resume.", "Peru", "government of Peru", "Peru"),
    # s31-fix-actors review: a state's name holding "and" is not cut there
    ("The government of Bosnia and Herzegovina said it would host the talks.", "Bosnia and Herzegovina",
     "government of Bosnia and Herzegovina", "government of Bosnia"),
    ("The Trinidad and Tobago government said it would host the talks.", "Trinidad and Tobago",
     "Trinidad and Tobago government", "Tobago government"),
    ("Talks between the Front and the Bosnia and Herzegovina government resumed.", "Bosnia and Herzegovina",
     "Bosnia and Herzegovina government", "Herzegovina government"),
    ("Rebels met the government of Trinidad and Tobago in Lima on Monday.", "Trinidad and Tobago",
     "government of Trinidad and Tobago", "government of Trinidad"),
    # a coordination after the name still ends the phrase
    ("The government of Peru and Chile's envoys met in Lima.", "Peru", "government of Peru", "government of Peru and Chile"),
])
def test_actors_government_alias_near_misses(actors_of, text, state, alias, absent):
    a = actors_of(text)
    got = actor_named(a, state).aliases
    assert alias in got and absent not in got, (text, got)


# actors.states.name_venue (s31-actors): a state hyphened to a participle of location only places a body
@pytest.mark.parametrize("text,state", [
    ("The Britain-based Lunde Monitor said on Friday that the talks had failed.", "United Kingdom"),
    ("On Monday, the UK-based NGO Lunde Watch said that Ola Brandt was freed.", "United Kingdom"),
    ("A Qatar-headquartered charity, the Lunde Foundation, paid for the flight.", "Qatar"),
    ("Ola Brandt, who heads the Norway-based Sarvan Relief Fund, said so.", "Norway"),
    ("Troops of the Peru-stationed Lunde Brigade left the camp on Monday.", "Peru"),
    ("According to the France-based monitor, the hostages were freed on Friday.", "France"),
])
def test_actors_states_location_participle(actors_of, text, state):
    a = actors_of(text)
    assert all(x.name != state for x in a.values()), text


@pytest.mark.parametrize("text,state", [
    # "based" as a verb of the state's own clause
    ("Britain said it based its decision on the report.", "United Kingdom"),
    # "based on" after a noun the states act on
    ("The UK and France agreed to a deal based on the draft.", "United Kingdom"),
    # s31-fix-actors review: the state is the subject of "based" / "stationed", no hyphen
    ("Qatar based its proposal on an earlier framework.", "Qatar"),
    ("Russia stationed troops in Belarus, and Ukraine based its defence plan on that threat.", "Russia"),
    ("Russia stationed troops in Belarus, and Ukraine based its defence plan on that threat.", "Ukraine"),
    ("Qatar stationed its envoy in Lima, and Peru based the talks on a plan.", "Peru"),
    # a passive of the verb with the state as its subject
    ("Norway said its troops were stationed in Lima, and Chile based its reply on that.", "Chile"),
])
def test_actors_states_location_participle_near_misses(actors_of, text, state):
    a = actors_of(text)
    assert any(x.name == state for x in a.values()), text
