"""One actor per party within a report (s42-identity), each test named after the rule it checks; invented
sentences and names.

Why: strict interaction scores need each party to be one actor; an act whose party is a split-off duplicate
("Karl Sten‘s" beside "Sten", "the opposition" beside "the Ostland opposition") never matches. Each test gives
several shapes and a near-miss on which the rule must not fire.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor
from backchannel.nlp import fold_apostrophes


def _names(actors: dict[str, Actor]) -> list[str]:
    return sorted(a.name for a in actors.values())


def _holding(actors: dict[str, Actor], word: str) -> list[Actor]:
    """Actors with ``word`` in their name or an alias."""
    return [a for a in actors.values() if word in a.name or any(word in x for x in a.aliases)]


# nlp.fold_apostrophes: a possessive typed with another glyph is read as one.
@pytest.mark.parametrize("raw, folded", [
    ("Karl Sten\u2018s government", "Karl Sten\u2019s government"),
    ("the rebels\u2018 leader", "the rebels\u2019 leader"),
    ("Anna Berg\u02bcs aides", "Anna Berg\u2019s aides"),
    ("Ola Brandt\u0060s office", "Ola Brandt\u2019s office"),
])
def test_fold_apostrophes(raw, folded):
    assert fold_apostrophes(raw) == folded
    assert len(fold_apostrophes(raw)) == len(raw)


@pytest.mark.parametrize("text", [
    "a \u2018quoted\u2018 word", "\u2018s at the start", "don\u2018t", "Brandt\u2018 said", "plain ascii's text",
])
def test_fold_apostrophes_near_misses(text):
    assert fold_apostrophes(text) == text


@pytest.mark.parametrize("text, person", [
    ("Anna Berg denied that talks were under way with President Karl Sten\u2018s government. Sten said "
     "nothing on Monday.", "Karl Sten"),
    ("The Free Hill Front rejected Prime Minister Ola Brandt\u2018s offer, and Brandt said he would wait.",
     "Ola Brandt"),
])
def test_possessive_variant_is_one_person(actors_of, text, person):
    a = actors_of(text)
    assert not [x for x in a.values() if "\u2018" in x.name or x.name.endswith("s") and person in x.name], _names(a)
    assert len(_holding(a, person.split()[-1])) == 1, _names(a)


# actors.furniture.slash_places_dateline: "CITY, Country/CITY2 (Agency) -" is furniture.
@pytest.mark.parametrize("text, city, agency", [
    ("KESSEL, Moldova/ORAVA (OPA) - The Moldovan government and the Free Hill Front agreed to meet in May.",
     "KESSEL", "OPA"),
    ("LUNDE, Peru/VARNA (Harbour Wire) - Peruvian officials and rebel negotiators agreed to meet again.",
     "LUNDE", "Harbour Wire"),
    ("KESSEL/ORAVA, Moldova (OPA) - The Moldovan government said it would free ten prisoners.", "KESSEL", "OPA"),
])
def test_actors_furniture_slash_places_dateline(actors_of, text, city, agency):
    a = actors_of(text)
    assert not _holding(a, city) and not _holding(a, agency), _names(a)
    assert not [x for x in a.values() if x.name.startswith("-") or any(y.startswith("-") for y in x.aliases)]


# actors.government.led_government_of: "the <Party> government of <State>" is the state.
@pytest.mark.parametrize("text, state", [
    ("Meanwhile, the Free Hill Front government of Peru reported the return of Anna Berg.", "Peru"),
    ("The Harbour Party government of Moldova released Ola Brandt on Monday.", "Moldova"),
])
def test_actors_government_led_government_of(actors_of, text, state):
    a = actors_of(text)
    st = [x for x in a.values() if x.name == state]
    assert st and any("government of " + state in x for x in st[0].aliases), _names(a)
    assert not [x for x in a.values() if x.name.endswith("government of " + state)], _names(a)


# Near-miss: the plain "government of <State>" stays the government_of rule's; a leader's name is not a party.
def test_actors_government_of_plain_unchanged(actors_of):
    a = actors_of("Meanwhile, the government of Peru reported the return of Anna Berg.")
    st = [x for x in a.values() if x.name == "Peru"]
    assert st and "government of Peru" in st[0].aliases, _names(a)


# actors.parties.misspelt_titled_surname: a short slip with the named person's very title.
@pytest.mark.parametrize("text, full", [
    ("Opposition leader Vagra confirmed the talks. Later, Opposition leader Juan Varga said he sent delegates.",
     "Juan Varga"),
    ("Foreign Minister Olaf Lindo met the envoys. \u201cWe are ready,\u201d Foreign Minister Lidno said.",
     "Olaf Lindo"),
])
def test_actors_parties_misspelt_titled_surname(actors_of, text, full):
    a = actors_of(text)
    persons = [x for x in a.values() if x.kind == "person"]
    assert [x.name for x in persons] == [full], _names(a)


# Near-miss: no shared title: a short name one slip away stays another person.
def test_actors_parties_misspelt_titled_surname_needs_title(actors_of):
    a = actors_of("Opposition leader Juan Varga met the envoys. Later, Finance Minister Vagra said no.")
    assert len([x for x in a.values() if x.kind == "person"]) == 2, _names(a)


# actors.merges.bare_head_alias: "the opposition" and "the Ostland opposition" that has it as alias.
@pytest.mark.parametrize("text, whole", [
    ("Envoys of the government and the opposition will meet in Kessel. The Peruvian opposition said the "
     "talks were a trap. Later the opposition said it would not attend.", "Peruvian opposition"),
    ("The rebels freed two aid workers on Monday. The Moldovan rebels said later that the rebels wanted talks.",
     "Moldovan rebels"),
])
def test_actors_merges_bare_head_alias(actors_of, text, whole):
    a = actors_of(text)
    head = whole.split()[-1]
    groups = [x for x in a.values() if x.name.split()[-1] == head]
    assert [x.name for x in groups] == [whole], _names(a)


# Near-miss: two groups end in the word: the bare one joins neither.
def test_actors_merges_bare_head_alias_two_groups(actors_of):
    a = actors_of("The officials met on Monday. Peruvian officials and Moldovan officials said the officials "
                  "would meet again.")
    assert not [x for x in a.values() if x.name in ("Peruvian officials", "Moldovan officials")
                and any(y == "officials" for y in x.aliases) and len(a) < 3]


# actors.unnamed.source_of_sources: "the source" after one group of "sources".
@pytest.mark.parametrize("text", [
    "Moldova plans to free 30 people in exchange for Anna Berg, two Moldovan sources say. The deal is near, "
    "the source said.",
    "Three sources close to the talks said the swap was set for Friday. The source added that Peru agreed.",
])
def test_actors_unnamed_source_of_sources(actors_of, text):
    a = actors_of(text)
    sources = [x for x in a.values() if "source" in x.name.lower()]
    assert len(sources) == 1 and "source" in sources[0].aliases, _names(a)


# Near-miss: a single source was named too: "the source" is not the group's.
def test_actors_unnamed_source_of_sources_single_present(actors_of):
    a = actors_of("A Peruvian source and two Moldovan sources say the deal is near. The source said more.")
    groups = [x for x in a.values() if x.name == "Moldovan sources"]
    assert groups and "source" not in groups[0].aliases, _names(a)


# countries.toml: bare "Congo" is the DRC; regional adjectives are no demonym.
def test_congo_and_regional_adjectives(actors_of):
    a = actors_of("Congo had long resisted talks with the Free Hill Front in the Central African country.")
    assert "Democratic Republic of the Congo" in _names(a), _names(a)
    b = actors_of("Moldova and the Free Hill Front will hold talks on the crisis in the South American country.")
    assert "United States" not in _names(b), _names(b)


# interactions.document.sender_of_pair: "envoys from A and B" with B hung on the envoys is A's and B's act.
@pytest.mark.parametrize("text, pair", [
    ("Envoys from the Peruvian government and the opposition will hold fresh talks in Kessel on ending the crisis in "
     "the country.", ("Peru", "opposition")),
    ("Delegates from the Moldovan government and the opposition will hold fresh talks in Kessel.", ("Moldova", "opposition")),
    ("Representatives of the Peruvian government and the opposition held talks in Kessel on Monday.",
     ("Peru", "opposition")),
])
def test_interactions_document_sender_of_pair(named_acts, text, pair):
    acts = named_acts(text)
    assert [(t, s, g) for t, s, g, _ in acts] == [("negotiate", *pair)], acts
    assert acts[0][3] == "interactions.document.sender_of_pair", acts


# Near-miss: two groups of agents coordinated ("officials from A and representatives of B") stay two groups.
def test_interactions_document_sender_of_pair_two_agent_groups(named_acts):
    acts = named_acts("Officials from Peru and representatives of the Free Hill Front met in Kessel.")
    assert not [a for a in acts if a[3] == "interactions.document.sender_of_pair"], acts


# same_heads "delegation team": a state's team after its delegation is the same group.
def test_delegation_then_team_is_one_group(actors_of):
    a = actors_of("A Peruvian delegation arrived in Kessel on Monday. The Peruvian team met the mediators there.")
    groups = [x for x in a.values() if "Peruvian" in x.name]
    assert len(groups) == 1 and any("team" in y for y in groups[0].aliases), _names(a)


# actors.aliases.acronym_glossed: an acronym glossed in brackets after it is the party the gloss names.
@pytest.mark.parametrize("text, party, acronym", [
    ("The parties vowed to carry out the GOP [Government of Peru]-FHF signed agreements in full.", "Peru", "GOP"),
    ("Officials said the GOM [Government of Moldova] delegation would return to Kessel on Friday.", "Moldova", "GOM"),
])
def test_actors_aliases_acronym_glossed(actors_of, text, party, acronym):
    a = actors_of(text)
    st = [x for x in a.values() if x.name == party]
    assert st and acronym in st[0].aliases and acronym not in _names(a), _names(a)


def test_acronym_gloss_must_spell_it():
    from backchannel.extract.actors.glossed import _spells
    assert _spells("GPH", "Government of the Philippines") and _spells("OFP", "Ostland Freedom Party")
    assert not _spells("FHF", "Ostland Freedom Party") and not _spells("UN", "Peru")
