"""Definite descriptions of a state as mentions of it (s35-desccoref, rule
``actors.definite_states.state_description``); invented sentences. Why: "the kingdom accused Y" after a
state was named is that state's act; the description must fit the state (its kind, its region, its
nationality word), be the nearest such state, and never a co-argument or an ambiguous pair."""

from __future__ import annotations

import pytest

RULE = "actors.definite_states.state_description"


def _acts(analyze, text: str) -> set[tuple[str, str | None, str | None]]:
    d = analyze(text)
    names = {a.id: a.name for a in d.actors}
    return {(i.type, names.get(i.source or ""), names.get(i.target or "")) for i in d.interactions}


def _resolved(actors_of, text: str) -> dict[str, str]:
    """description text (lower case, no article) -> the state it became a mention of, for this rule's mentions."""
    return {m.text.lower().removeprefix("the "): a.name for a in actors_of(text).values() for m in a.mentions if m.rule == RULE}


@pytest.mark.parametrize("text,desc,state", [
    # a kind head: the one state whose official name holds "kingdom", a subject in the sentence before
    ("Saudi Arabia hosted envoys from Peru and Chile in Riyadh on Monday. The kingdom later accused Chile of "
     "stalling the talks.", "The kingdom", "Saudi Arabia"),
    # a region modifier rules out the nearer state of another region ("Israel"), leaving Qatar
    ("Israel rejected a plan that Qatar had drafted over the winter. The Gulf state then urged Hamas to accept "
     "a shorter truce.", "The Gulf state", "Qatar"),
    # an object description; the subject of its own clause is a co-argument, so the state before wins
    ("Jordan closed its border crossings on Monday. Syria accused the kingdom of stalling the talks.",
     "the kingdom", "Jordan"),
    # two kingdoms in the sentence before: the one that is its subject
    ("Saudi Arabia received a delegation from Jordan on Sunday. The kingdom then accused Syria of stalling.",
     "The kingdom", "Saudi Arabia"),
    # a generic head and a possessive description
    ("Norway hosted the first round in Oslo in May. Colombia thanked the country for its patience.",
     "the country", "Norway"),
])
def test_state_description(actors_of, text, desc, state):
    assert _resolved(actors_of, text).get(desc.lower().removeprefix("the ")) == state, (text, _resolved(actors_of, text))


def test_state_description_gives_the_act_its_end(analyze):
    acts = _acts(analyze, "Saudi Arabia hosted envoys from Peru and Chile in Riyadh on Monday. The kingdom "
                          "later accused Chile of stalling the talks.")
    assert ("accuse", "Saudi Arabia", "Chile") in acts, acts
    acts = _acts(analyze, "Israel rejected a plan that Qatar had drafted over the winter. The Gulf state then "
                          "pressed Hamas to accept a shorter truce.")
    assert ("pressure", "Qatar", "Hamas") in acts, acts


@pytest.mark.parametrize("text", [
    # two kingdoms in play, neither the one subject: unresolved
    "Saudi Arabia and Jordan held talks with Syria in Amman on Monday. The kingdom later accused Syria of stalling.",
    # a co-argument is never the antecedent
    "Egypt accused the country of stalling the talks with Hamas.",
    # the head does not fit: Qatar's official name is no kingdom
    "Qatar hosted the talks on Monday. The kingdom later accused Hamas of stalling.",
    # a region that rules the only state out
    "Israel hosted the talks on Monday. The Gulf state accused Hamas of stalling.",
    # another state than the one named
    "Qatar hosted the talks on Monday. The other country accused Hamas of stalling.",
    # a compound ("state media"), a complement ("the state of emergency"), a plural ("the two countries")
    "Iran said on Monday it would not talk to France. The state media accused Britain of sabotage.",
    "Peru declared a curfew on Monday. The state of emergency angered Chile.",
    "Peru and Chile met in Lima on Monday. The two countries agreed to a truce.",
])
def test_state_description_near_misses(actors_of, text):
    assert _resolved(actors_of, text) == {}, (text, _resolved(actors_of, text))


# interactions.document person pairs: "the two counterparts" (frames.toml person_pair_nouns) are the two
# persons named last, as "the two ministers" are
@pytest.mark.parametrize("text,kind", [
    ("Peru's foreign minister, Ola Brandt, and his Chilean counterpart, Piet Hansen, traded accusations for "
     "weeks. The two counterparts met in Brasilia on Friday.", "meet"),
    ("Ola Brandt, Peru's trade minister, and Piet Hansen, Chile's trade minister, argued for weeks. Both "
     "counterparts signed the accord in Lima on Monday.", "agree"),
    ("Ola Brandt, Peru's envoy, and Piet Hansen, Chile's envoy, quarrelled in public in May. The two "
     "counterparts spoke by telephone on Tuesday.", "contact"),
])
def test_two_counterparts(analyze, text, kind):
    acts = _acts(analyze, text)
    assert any(k == kind and {s, t} == {"Ola Brandt", "Piet Hansen"} for k, s, t in acts), acts


@pytest.mark.parametrize("text", [
    # one counterpart, no number: no pair
    "Ola Brandt of Peru and Piet Hansen of Chile quarrelled in May. His counterpart met Kari Dahl in Quito.",
    # one person named: no pair of persons
    "Ola Brandt of Peru quarrelled with Chile in May. The two counterparts met in Quito on Tuesday.",
])
def test_two_counterparts_near_misses(analyze, text):
    acts = _acts(analyze, text)
    assert not any({s, t} == {"Ola Brandt", "Piet Hansen"} for _, s, t in acts), acts
    assert not any(k == "meet" and "Ola Brandt" in (s, t) and (s is None or t is None) for k, s, t in acts), acts


NAME_HEAD = "actors.descriptions.name_head"


def _name_heads(actors_of, text: str) -> dict[str, str]:
    return {m.text.lower(): a.name for a in actors_of(text).values() for m in a.mentions if m.rule == NAME_HEAD}


# actors.descriptions.name_head with a governmental head of no state's body (descriptions.toml
# stateless_body_heads): "the agency" after a named agency that belongs to no state
@pytest.mark.parametrize("text,body", [
    ("The International Atomic Energy Agency (IAEA) inspected the plant in May. The agency later accused Iran "
     "of hiding material.", "International Atomic Energy Agency"),
    ("Inspectors of the Kestrel Monitoring Agency visited Peru in May. The agency then accused Chile of "
     "blocking its work.", "Kestrel Monitoring Agency"),
    ("The Harbor Relief Agency said on Monday that it had met Peruvian officials. Officials said the agency "
     "had urged Chile to reopen the border.", "Harbor Relief Agency"),
])
def test_name_head_stateless_agency(actors_of, text, body):
    assert _name_heads(actors_of, text).get("agency") == body, (text, _name_heads(actors_of, text))


@pytest.mark.parametrize("text", [
    # two agencies named before: ambiguous
    "The International Atomic Energy Agency and the Kestrel Monitoring Agency inspected the plant in May. "
    "The agency later accused Iran of hiding material.",
    # an armed governmental head stays the state's ("the army")
    "The Kestrel Liberation Army seized the town in May. The army later accused Peru of shelling it.",
])
def test_name_head_stateless_agency_near_misses(actors_of, text):
    assert not {k for k in _name_heads(actors_of, text) if k.split()[-1] in ("agency", "army")}, \
        (text, _name_heads(actors_of, text))


# a state description that owns a title gives the title's holder that state's side
@pytest.mark.parametrize("text,person,state", [
    ("Saudi Arabia hosted envoys from Peru and Chile in Riyadh on Monday. The kingdom's foreign minister "
     "later accused Chile of stalling.", "kingdom's foreign minister", "Saudi Arabia"),
    ("Qatar hosted the talks. A senior official of the Gulf state said Hamas had accepted the draft.",
     "senior official", "Qatar"),
    ("Norway hosted the first round in Oslo in May. The country's special envoy met the rebels in June.",
     "country's special envoy", "Norway"),
])
def test_state_description_owner_side(actors_of, text, person, state):
    acts = actors_of(text)
    found = [a for a in acts.values() if a.name.lower() == person.lower()]
    assert found and found[0].affiliation in acts and acts[found[0].affiliation].name == state, \
        (text, [(a.name, a.affiliation) for a in acts.values()])
