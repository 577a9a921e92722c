"""Rules of the s27-actors round, each test named after the rule it checks (invented sentences).

Why: each rule covers a class of constructions (one party under a longer or plural name, a place
by its own name's head, the publisher naming itself); the tests give several shapes of each class
and near-misses on which the rule must not fire.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def _holding(actors: dict[str, Actor], name: str) -> list[Actor]:
    """The actors whose name or an alias is ``name``."""
    return [a for a in actors.values() if name == a.name or name in a.aliases]


# actors.aliases.name_with_kind_noun: "<Name> movement/militia/party" beside "<Name>" is that party.
@pytest.mark.parametrize("text, short, long_", [
    ("The Vestari attacked a convoy on Monday. Later the Vestari movement said it wanted a truce.",
     "Vestari", "Vestari movement"),
    ("Norland signed a truce with the Kolvar militia in May. Kolvar has since released 20 soldiers.",
     "Kolvar", "Kolvar militia"),
    ("The Sandar party walked out of the talks, and Sandar said it would not return.", "Sandar", "Sandar party"),
    ("Ola Brandt met leaders of the Tovik group. Tovik denied that it had received any money.",
     "Tovik", "Tovik group"),
    ("The Halvari have accepted the offer, a spokesman for the Halvari movement said on Tuesday.",
     "Halvari", "Halvari movement"),
    ("Envoys of the Dranik organisation flew to Oslo, where Dranik signed the accord with Norland.",
     "Dranik", "Dranik organisation"),
])
def test_actors_aliases_name_with_kind_noun(actors_of, text, short, long_):
    a = actors_of(text)
    holders = _holding(a, short)
    assert len(holders) == 1, [(x.name, x.aliases) for x in a.values()]
    others = [x for x in a.values() if x.name == long_ and x.id != holders[0].id]
    assert not others, [(x.name, x.aliases) for x in a.values()]


@pytest.mark.parametrize("text, one, other", [
    # a state's word before the kind noun is no party's name: the state is not the group
    ("Ola Brandt met the Norwegian group on Monday, and Norway said the meeting went well.", "Norway",
     "Norwegian group"),
    # a different word: "Vesta" is not "Vestari"
    ("The Vestari attacked a convoy. The Vesta movement condemned the attack on Monday.", "Vestari",
     "Vesta movement"),
])
def test_actors_aliases_name_with_kind_noun_near_misses(actors_of, text, one, other):
    a = actors_of(text)
    assert not [x for x in a.values() if {one, other} <= {x.name, *x.aliases}], \
        [(x.name, x.aliases) for x in a.values()]


# actors.aliases.untagged_name_in_brackets: "the <Name> movement (<Other>)" gives the movement its other name.
@pytest.mark.parametrize("text, name, other", [
    ("Norland's talks with the Halvar movement (Halvarin) ended on Monday. Halvar said it would return.",
     "Halvar", "Halvarin"),
    ("The Kolvar Front (Kolvarin) said on Monday that it would attend the talks in Oslo.", "Kolvar Front", "Kolvarin"),
    ("Fighters of the Tovik militia (Tovikat) freed two hostages on Sunday.", "Tovik", "Tovikat"),
])
def test_actors_aliases_untagged_name_in_brackets(actors_of, text, name, other):
    a = actors_of(text)
    holders = [x for x in a.values() if other in (x.name, *x.aliases)]
    assert len(holders) == 1 and name in holders[0].name, [(x.name, x.aliases) for x in a.values()]


@pytest.mark.parametrize("text, word", [
    ("The Kolvar Front (Monday) said it would attend the talks in Oslo.", "Monday"),
    ("The Kolvar Front (Norway) said it would attend the talks in Oslo.", "Norway"),
    ("The Kolvar Front (Reuters) said it would attend the talks in Oslo.", "Reuters"),
])
def test_actors_aliases_untagged_name_in_brackets_near_misses(actors_of, text, word):
    a = actors_of(text)
    front = [x for x in a.values() if x.name.startswith("Kolvar")]
    assert all(word not in x.aliases for x in front), [(x.name, x.aliases) for x in a.values()]


# actors.aliases.plural_name: "Vestari" and "the Vestaris" are one party
@pytest.mark.parametrize("text, name", [
    ("Vestari and Ola Brandt signed. The Vestaris said so on Monday.", "Vestari"),
    ("Ola Brandt said the Kolvari movement had agreed. The Kolvaris said so on Monday.", "Kolvari"),
])
def test_actors_aliases_plural_name(actors_of, text, name):
    a = actors_of(text)
    assert len([x for x in a.values() if x.name.startswith(name)]) == 1, [x.name for x in a.values()]


# actors.vetting.feature_name: a name ending in a feature's head is a place wherever it stands
@pytest.mark.parametrize("text, place", [
    ("Neither side will target ships in the Red Sea and Kessel Strait, Norland said.", "Kessel Strait"),
    ("Vestari fighters fired a missile at Lunde International Airport on Sunday.", "Lunde International Airport"),
    ("The Kolvar Crossing was closed after Norland troops shelled it.", "Kolvar Crossing"),
    ("Norland and Vesterland disputed the Tovik Islands for decades before the accord.", "Tovik Islands"),
    ("Ships leaving the Halvar Canal were stopped by the Vestari movement.", "Halvar Canal"),
    ("Ola Brandt said Brandvik Bay would be demilitarised under the deal.", "Brandvik Bay"),
])
def test_actors_vetting_feature_name(actors_of, text, place):
    a = actors_of(text)
    assert not _holding(a, place), [x.name for x in a.values()]


@pytest.mark.parametrize("text, name", [
    # a feature word inside a body's name, not at its end
    ("The Gulf Cooperation Council said on Monday that it backed the truce.", "Gulf Cooperation Council"),
    # a lower-case feature noun after a body's name is no part of the name
    ("The Kolvar Front said the river was mined, Ola Brandt told reporters.", "Kolvar Front"),
])
def test_actors_vetting_feature_name_near_misses(actors_of, text, name):
    a = actors_of(text)
    assert _holding(a, name), [x.name for x in a.values()]


# actors.names.place_named_once: "Lunde airport ... especially Lunde": the bare name is that place too
@pytest.mark.parametrize("text, name", [
    ("A missile struck the fortified Ben Tovar airport. The rebels vowed a blockade, especially of Ben Tovar.",
     "Ben Tovar"),
    ("Fighting closed the Kessik crossing on Monday, and aid could not pass through Kessik for days.", "Kessik"),
    ("Drones hit the Vardo port. Norland said ships would avoid Vardo until the truce held.", "Vardo"),
])
def test_actors_names_place_named_once(actors_of, text, name):
    a = actors_of(text)
    assert not _holding(a, name), [x.name for x in a.values()]


# the publisher: a wire's credit line, a label with a slash, "requests for comment from <outlet>"
@pytest.mark.parametrize("text, outlet", [
    ("Associated Press\n\nNorland's envoy left for Oslo on Monday to meet the Vestari movement again.",
     "Associated Press"),
    ("Harbour News/ Claims by Ola Brandt that the Vestari movement surrendered are wrong, an official "
     "told Harbour News.", "Harbour News"),
    ("Norland's envoy met the Vestari movement. Officials never answered requests for comment from "
     "Valley Herald on Monday. Valley Herald has learned the talks will resume.", "Valley Herald"),
    ("Norland's envoy met the Vestari movement. The ministry declined requests for comment from the Kessel "
     "Times.", "Kessel Times"),
])
def test_actors_furniture_publisher(actors_of, text, outlet):
    a = actors_of(text)
    assert not _holding(a, outlet), [x.name for x in a.values()]


@pytest.mark.parametrize("text, outlet", [
    # another outlet that is told something stays an actor
    ("Ola Brandt told Harbour News on Monday that the Vestari movement had surrendered.", "Harbour News"),
    # a place and a slash is no outlet's label
    ("Norland/ Vesterland talks resumed, and Harbour News reported that Ola Brandt attended.", "Harbour News"),
])
def test_actors_furniture_publisher_near_misses(actors_of, text, outlet):
    a = actors_of(text)
    assert _holding(a, outlet), [x.name for x in a.values()]


# actors.state_kinds.state_by_kind: "the Sultanate" is the one state whose official name starts so
@pytest.mark.parametrize("text, state, word", [
    ("Oman mediated. The Norwegian Foreign Ministry said the Sultanate's contacts with Ola Brandt had succeeded.",
     "Oman", "Sultanate"),
    ("Saudi Arabia hosted the talks. The Kingdom said it would keep mediating.", "Saudi Arabia", "Kingdom"),
    ("Talks in Doha ended. Qatar's envoy said the State would host a second round with Norland.", "Qatar", "State"),
    ("The Kingdom has offered to host the talks, Jordan's foreign minister told Ola Brandt.", "Jordan", "Kingdom"),
])
def test_actors_state_kinds_state_by_kind(actors_of, text, state, word):
    a = actors_of(text)
    assert not [x for x in a.values() if x.name == word], [(x.name, x.aliases) for x in a.values()]
    assert [x for x in a.values() if x.name == state], [(x.name, x.aliases) for x in a.values()]


@pytest.mark.parametrize("text, word", [
    # two kingdoms: "the Kingdom" is neither
    ("Saudi Arabia and Jordan hosted the talks. The Kingdom said it would keep mediating.", "Kingdom"),
    # no state of that kind in the report
    ("Norland hosted the talks. The Kingdom said it would keep mediating.", "Kingdom"),
])
def test_actors_state_kinds_state_by_kind_near_misses(actors_of, text, word):
    a = actors_of(text)
    assert not [x for x in a.values() if x.kind == "state" and word in x.aliases], \
        [(x.name, x.aliases) for x in a.values()]


# actors.institutions.named_body_again: "the ministry" after the one named ministry is that ministry
@pytest.mark.parametrize("text, body", [
    ("The Norwegian Foreign Ministry confirmed the contacts with Ola Brandt. The ministry explained that no "
     "party would attack.", "Norwegian Foreign Ministry"),
    ("Ola Brandt met officials of the Vesterland Defence Ministry, and the ministry later denied that he had.",
     "Vesterland Defence Ministry"),
    ("A statement from the Ostland Interior Ministry was read out; the ministry said the prisoners were safe.",
     "Ostland Interior Ministry"),
])
def test_actors_institutions_named_body_again(actors_of, text, body):
    a = actors_of(text)
    bodies = [x for x in a.values() if x.kind == "organization" and "inistry" in x.name]
    assert len(bodies) == 1 and bodies[0].name.endswith(body.split()[-1]), [(x.name, x.aliases) for x in a.values()]


def test_actors_institutions_named_body_again_two_ministries(actors_of):
    a = actors_of("The Norwegian Foreign Ministry and the Danish Foreign Ministry met. The ministry said it was "
                  "pleased.")
    assert not [x for x in a.values() if "ministry" in x.aliases], [(x.name, x.aliases) for x in a.values()]


# actors.colleagues.cabinet_colleague: a minister with no state takes the state of the report's other ministers
@pytest.mark.parametrize("text, person, state", [
    ("Pleased with the news, Foreign Minister Jon Tovik called the accord a good first move. "
     "Defence Minister Ola Brandt, who met Norway's envoy in Kessel, said the truce would hold.",
     "Jon Tovik", "Norway"),
    ("The cabinet met in Kessel. Finance Minister Jon Tovik had not told Norwegian Prime Minister Ola Brandt "
     "whether he would vote for the truce.", "Jon Tovik", "Norway"),
    ("Norwegian Prime Minister Ola Brandt backed the deal. Finance Minister Jon Tovik and Security Minister "
     "Karl Amsel voted against it.", "Karl Amsel", "Norway"),
    ("Jon Tovik, the deputy foreign minister, called a friend. The friend told Norway's foreign minister, "
     "Ola Brandt, about the offer.", "Jon Tovik", "Norway"),
])
def test_actors_colleagues_cabinet_colleague(actors_of, text, person, state):
    a = actors_of(text)
    p = [x for x in a.values() if x.name == person]
    assert p and p[0].affiliation and a[p[0].affiliation].name == state, [(x.name, x.affiliation) for x in a.values()]


@pytest.mark.parametrize("text, person", [
    # two governments' ministers: no colleague's state is the one
    ("Norwegian Prime Minister Ola Brandt met Danish Foreign Minister Per Holm. Later Finance Minister Jon Tovik "
     "spoke.", "Jon Tovik"),
    # a second prime minister is another state's
    ("Norwegian Foreign Minister Ola Brandt flew to Kessel, where Prime Minister Jon Tovik received him.",
     "Jon Tovik"),
    # a movement's spokesman is no cabinet member
    ("Norwegian Foreign Minister Ola Brandt met the rebels. Spokesman Jon Tovik said they would talk.",
     "Jon Tovik"),
])
def test_actors_colleagues_cabinet_colleague_near_misses(actors_of, text, person):
    a = actors_of(text)
    p = [x for x in a.values() if x.name == person]
    assert p and p[0].traced("affiliation") != "actors.colleagues.cabinet_colleague", \
        [(x.name, x.affiliation) for x in a.values()]


# actors.particle_names.particle_joined / name_part: names linked by "-e-", "-ut-" are one organisation
@pytest.mark.parametrize("text, name", [
    ("Ola Brandt, who heads Jamiat Ulema-e-Vestar, spoke in Kessel on Monday.", "Jamiat Ulema-e-Vestar"),
    ("A spokesman of the outlawed Tehrik-e-Kolvar Pakistan (TKP) rejected the claim on Sunday.",
     "Tehrik-e-Kolvar Pakistan"),
    ("Lashkar-e-Tovik later said it regretted nothing, Ola Brandt told reporters.", "Lashkar-e-Tovik"),
])
def test_actors_particle_names_particle_joined(actors_of, text, name):
    a = actors_of(text)
    names = [(x.name, x.aliases) for x in a.values()]
    assert any(x.name.startswith(name) or name in x.aliases for x in a.values()), names
    # no fragment ends or starts at the hyphen
    assert not [x for x in a.values() if x.name.endswith("-") or x.name.startswith("-")], names


def test_actors_particle_names_country_only_with_acronym(actors_of):
    a = actors_of("Shahid, the spokesman for Tehrik-e-Kolvar, met officials of Pakistan in Kessel on Monday.")
    assert [x for x in a.values() if x.name == "Pakistan"], [x.name for x in a.values()]


def test_actors_particle_names_name_part(actors_of):
    a = actors_of("The Kolvar rejected the claim on Saturday. A spokesman of the outlawed Tehrik-e-Kolvar "
                  "Pakistan (TKP) repeated it on Sunday.")
    assert not [x for x in a.values() if x.name == "Kolvar"], [(x.name, x.aliases) for x in a.values()]
    assert [x for x in a.values() if x.name.startswith("Tehrik") and "Kolvar" in x.aliases]


@pytest.mark.parametrize("text", [
    # spaces around the hyphens: a dash between words, no linked name
    "Ola Brandt met Kolvar - e - Vestar officials in Kessel.",
    # a hyphenated word that is no particle
    "The Kolvar-Vestar talks resumed in Kessel on Monday.",
])
def test_actors_particle_names_near_misses(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.rule == "actors.particle_names.particle_joined"], \
        [(x.name, x.rule) for x in a.values()]


# actors.title_regions.region_then_name / title_of_region_holder: "<title> to <region> <Name>"
@pytest.mark.parametrize("text, person, side", [
    ("According to the report, the American special envoy to West Asia Ola Brandt arranged the truce.",
     "Ola Brandt", "United States"),
    ("Norwegian special envoy for the Middle East Ola Brandt met the rebels in Kessel.", "Ola Brandt", "Norway"),
    ("A statement from the Swedish envoy for Central Asia Jon Tovik said the talks had failed.", "Jon Tovik",
     "Sweden"),
])
def test_actors_title_regions_region_then_name(actors_of, text, person, side):
    a = actors_of(text)
    p = [x for x in a.values() if x.name == person]
    assert p and p[0].affiliation and a[p[0].affiliation].name == side, \
        [(x.name, x.descriptors, x.affiliation) for x in a.values()]
    assert not [x for x in a.values() if x.kind == "person" and not x.named], [x.name for x in a.values()]


@pytest.mark.parametrize("text", [
    # no title before the preposition: a trip, not an envoy's region
    "Norland sent Ola Brandt to West Asia on Monday.",
    # a region alone after the title
    "The Norwegian envoy to the Middle East met the rebels on Monday.",
])
def test_actors_title_regions_near_misses(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.rule == "actors.title_regions.region_then_name"], \
        [(x.name, x.rule) for x in a.values()]


# actors.peoples.demonym_people: a plural demonym used as a noun is a people, a group actor
@pytest.mark.parametrize("text, name", [
    ("The movement started attacking ships, saying it acts in support of Palestinians.", "Palestinians"),
    ("Former envoys met in secret with prominent Russians said to be close to Moscow.", "prominent Russians"),
    ("Ola Brandt said the accord had eased tensions among Colombians.", "Colombians"),
    ("Norland's envoy said Kurds would not accept the plan that Ola Brandt drafted.", "Kurds"),
    ("The truce was welcomed by ordinary Norwegians, Ola Brandt told the assembly.", "ordinary Norwegians"),
    ("Vesterland promised that Ukrainians living abroad would be consulted on the accord.", "Ukrainians"),
])
def test_actors_peoples_demonym_people(actors_of, text, name):
    a = actors_of(text)
    assert [x for x in a.values() if x.name == name and x.kind == "group"], [(x.name, x.rule) for x in a.values()]


@pytest.mark.parametrize("text", [
    # counted people: captives or victims, not the people
    "Norland will free hundreds of Palestinians held in its jails, Ola Brandt said.",
    "Three Americans were freed on Monday, Ola Brandt said.",
    # the state's side ("the Americans pressed")
    "The Americans pressed Norland to accept the truce, Ola Brandt said.",
])
def test_actors_peoples_demonym_people_near_misses(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.rule == "actors.peoples.demonym_people"], [(x.name, x.rule) for x in a.values()]


# furniture: a bare byline and dateline above the first sentence ("Jo Amsel" / "Kessel")
@pytest.mark.parametrize("text, name", [
    ("Norland hosts talks with the Vestari movement\n\nJo Amsel\nKessel\n\nNorland and the Vestari movement "
     "agreed on a plan to carry out the stalled accord after two days of talks.", "Jo Amsel"),
    ("Truce holds in the north\n\nKarl Dahl and Jo Amsel\n\nThe truce between Norland and the Vestari movement "
     "held for a third day on Monday, officials said.", "Karl Dahl"),
    ("Truce holds in the north\n\nMaria de Vries\nLunde\n\nThe truce between Norland and the Vestari movement "
     "held for a third day on Monday, officials said.", "Maria de Vries"),
])
def test_actors_furniture_bare_byline(actors_of, text, name):
    a = actors_of(text)
    assert not [x for x in a.values() if name in x.name], [x.name for x in a.values()]


def test_actors_furniture_bare_byline_only_above_the_story(actors_of):
    # the same short line after the first sentence is the story's, not a byline
    a = actors_of("Truce holds\n\nThe truce between Norland and the Vestari movement held for a third day on "
                  "Monday.\n\nJo Amsel\n\nJo Amsel, the Vestari negotiator, said the truce would hold.")
    assert [x for x in a.values() if x.name == "Jo Amsel"], [x.name for x in a.values()]


# actors.government.government_in_capital (s27): adjectives of office and the phrase with its seat
@pytest.mark.parametrize("text, state, alias", [
    ("Following contacts between Oman and Norland and relevant authorities in Kabul, a deal was made.",
     "Afghanistan", "relevant authorities in Kabul"),
    ("Ola Brandt called the release a success for the administration in Kabul.", "Afghanistan",
     "administration in Kabul"),
    ("Norland said it would hand the prisoners to the competent authorities in Tehran next week.", "Iran",
     "competent authorities in Tehran"),
])
def test_actors_government_government_in_capital_s27(actors_of, text, state, alias):
    a = actors_of(text)
    s = [x for x in a.values() if x.name == state]
    assert s and alias in s[0].aliases, [(x.name, x.aliases) for x in a.values()]


@pytest.mark.parametrize("text", [
    # a local body, not the state's government
    "Ola Brandt met the local authorities in Kabul on Monday.",
    # a city that is no state's capital
    "Ola Brandt met the relevant authorities in Lunde on Monday.",
])
def test_actors_government_government_in_capital_s27_near_misses(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if x.kind == "state" and any("authorities" in al for al in x.aliases)], \
        [(x.name, x.aliases) for x in a.values()]


# private_heads (s27): a nationality on a newspaper or a gang makes no state actor by itself
@pytest.mark.parametrize("text, state", [
    ("Ola Brandt met the envoy, a South Korean newspaper reported on Monday.", "South Korea"),
    ("The hostages were held by Lebanese kidnappers for two years, Ola Brandt said.", "Lebanon"),
])
def test_actors_states_private_heads_s27(actors_of, text, state):
    a = actors_of(text)
    assert not [x for x in a.values() if x.name == state], [x.name for x in a.values()]


def test_actors_states_private_heads_s27_state_acting_elsewhere(actors_of):
    a = actors_of("South Korea protested on Monday, a South Korean newspaper reported.")
    assert [x for x in a.values() if x.name == "South Korea"], [x.name for x in a.values()]


# actors.media_anaphora.outlet_by_kind: "the network reported" after "CNN quoted ..."
@pytest.mark.parametrize("text, outlet, noun", [
    ("On Monday, CNN quoted a Norland official as saying the army had stopped. The network reported that the "
     "truce came after talks.", "CNN", "network"),
    ("The BBC said Ola Brandt had met the rebels. The broadcaster added that a second round was planned.",
     "BBC", "broadcaster"),
    ("Al Kessel TV reported that the truce held. The channel said later that shots were fired overnight.",
     "Al Kessel TV", "channel"),
])
def test_actors_media_anaphora_outlet_by_kind(actors_of, text, outlet, noun):
    a = actors_of(text)
    assert [x for x in a.values() if noun in x.aliases], [(x.name, x.aliases) for x in a.values()]


@pytest.mark.parametrize("text", [
    # no named organisation speaking before: nothing to take up
    "Ola Brandt met the envoy. The newspaper reported that talks had failed.",
    # the noun is no subject of a speech verb
    "CNN said the talks failed. Ola Brandt owns the network.",
])
def test_actors_media_anaphora_near_misses(actors_of, text):
    a = actors_of(text)
    assert not [x for x in a.values() if any(n in x.aliases for n in ("network", "newspaper"))], \
        [(x.name, x.aliases) for x in a.values()]


# actors.names.state_name_government / demonym_government (s27): a state's news agency is the state's
@pytest.mark.parametrize("text, agency, state", [
    ("The Oman News Agency posted a statement after the talks with Norland ended.", "Oman News Agency", "Oman"),
    ("The Qatar News Agency said on Monday that the envoys had met in Doha.", "Qatar News Agency", "Qatar"),
    ("The Saudi Press Agency reported that the truce would be extended.", "Saudi Press Agency", "Saudi Arabia"),
])
def test_actors_names_state_news_agency(actors_of, text, agency, state):
    a = actors_of(text)
    ag = [x for x in a.values() if x.name == agency]
    assert ag and ag[0].affiliation and a[ag[0].affiliation].name == state, \
        [(x.name, x.affiliation) for x in a.values()]


def test_actors_names_state_news_agency_near_miss(actors_of):
    # an agency named after no state stays unowned
    a = actors_of("The Kessel Shipping Agency said the port would reopen, Ola Brandt told reporters.")
    assert not [x for x in a.values() if x.kind == "state"], [(x.name, x.affiliation) for x in a.values()]
