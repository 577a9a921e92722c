"""actors.unnamed.argument_noun (s40-groups): unnamed parties headed by a general noun of people or bodies
that is an argument of a clause (invented sentences, several shapes, and near-misses).

Why: the s40 census found such parties ("armed groups", "local elders", "talks between employers and
workers", "an international verification commission") the largest class of missed actors in every set.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def _rules(actors: dict[str, Actor]) -> dict[str, str]:
    return {a.name: a.kind for a in actors.values()}


def _names(actors: dict[str, Actor]) -> set[str]:
    return {n for a in actors.values() for n in [a.name, *a.aliases]}


@pytest.mark.parametrize("text, name", [
    ("Armed groups have proliferated across the Vellan highlands since the coup.", "Armed groups"),
    ("The two hostages were freed on Tuesday by local elders who had negotiated with the kidnappers.",
     "local elders"),
    ("The mediator held talks between landowners and farmers at the Brisk port on Monday.", "farmers"),
    ("The mediator held talks between employers and workers at the Brisk port on Monday.", "employers"),
    ("Separatists declared independence for the Doravia region in 2017.", "Separatists"),
    ("An international verification commission will monitor the ceasefire from next month.",
     "international verification commission"),
    ("The Ostrian government met farmer unions for an eleventh round of talks.", "farmer unions"),
    ("The Kessel pilot told the control tower that the gunmen wanted fuel.", "control tower"),
])
def test_actors_unnamed_argument_noun(actors_of, text, name):
    a = actors_of(text)
    assert name in _names(a), [(x.name, x.aliases) for x in a.values()]
    assert next(x for x in a.values() if name in [x.name, *x.aliases]).kind in ("group", "organization")


# Near-misses: a singular person noun, a modifier, an attribute, an appositive description, a bare
# anaphoric body noun, a singular body noun that describes a named one.
@pytest.mark.parametrize("text, word", [
    ("A farmer said the talks had gone nowhere.", "farmer"),
    ("The union leader Anna Bell said the talks had failed.", "union"),
    ("They are separatists, the minister said on Friday.", "separatists"),
    ("The Kestrel Front, the armed group that holds the town, freed the two men.", "armed group"),
    ("The Kestrel Front said on Monday that the group would free the two men.", "group"),
    ("The movement of troops along the border worried the mediators.", "movement"),
    ("Officials said the agency had confirmed the release.", "agency"),
])
def test_actors_unnamed_argument_noun_near_misses(actors_of, text, word):
    a = actors_of(text)
    assert not [x for x in a.values() if not x.named and x.name.lower().endswith(word)], \
        [(x.name, x.aliases) for x in a.values()]


# A later description with a head of the same class ("armed movements" after "armed groups") is the group again.
def test_actors_unnamed_argument_noun_same_class_joins(actors_of):
    a = actors_of("The deal was signed by the government and armed groups in Marel. "
                  "The armed movements had fought the army for years.")
    groups = [x for x in a.values() if "armed groups" in [x.name, *x.aliases]]
    assert len(groups) == 1 and "armed movements" in groups[0].aliases, [(x.name, x.aliases) for x in a.values()]


# A role noun listed after an institution is a party, not part of a generic list.
@pytest.mark.parametrize("text, name", [
    ("The talks between the government and top ethnic Vardan leaders ended on Sunday.", "top ethnic Vardan leaders"),
    ("The deal was signed by the government and armed groups in Marel.", "armed groups"),
    ("Envoys met the cabinet and opposition lawmakers in Kessel on Monday.", "opposition lawmakers"),
])
def test_actors_unnamed_listed_with_institution(actors_of, text, name):
    a = actors_of(text)
    assert name in _names(a), [(x.name, x.aliases) for x in a.values()]


# A party coordinated before the head as a modifier is no part of the description's name.
@pytest.mark.parametrize("text, name, wrong", [
    ("Talks between the government and Brisk port unions ended on Friday.", "Brisk port unions", "government and"),
    ("Envoys met the cabinet and opposition lawmakers in Kessel on Monday.", "opposition lawmakers", "cabinet and"),
    ("The mediator met the delegation and Vardan farmer unions on Monday.", "Vardan farmer unions", "delegation and"),
])
def test_actors_unnamed_cut_listed_modifier(actors_of, text, name, wrong):
    a = actors_of(text)
    assert name in _names(a) and not [n for n in _names(a) if wrong in n], [(x.name, x.aliases) for x in a.values()]


# review s40 finding 5: a demonym before the cut party is shared by both conjuncts; the head itself is never cut
@pytest.mark.parametrize("text, name, side", [
    ("Chilean army and police chiefs met the rebels on Monday.", "Chilean army", "Chile"),
    ("Peruvian cabinet and opposition lawmakers met on Monday.", "opposition lawmakers", "Peru"),
    ("Envoys met the Bolivian government and opposition lawmakers in La Paz.", "opposition lawmakers", "Bolivia"),
])
def test_actors_unnamed_cut_listed_modifier_keeps_shared_demonym(actors_of, text, name, side):
    from actor_helpers import side_of
    a = actors_of(text)
    assert side_of(a, name) == side and not [n for n in _names(a) if " and " in n], [
        (x.name, x.affiliation) for x in a.values()]


def test_actors_unnamed_cut_listed_modifier_no_shared_adjective(actors_of):
    # near miss: an adjective that is no demonym is the cut party's own ("former government"), no side
    a = actors_of("The former government and opposition lawmakers met on Monday.")
    assert "opposition lawmakers" in _names(a) and not [n for n in _names(a) if "former" in n], [
        (x.name, x.affiliation) for x in a.values()]


# Near-miss: modifiers coordinated with no party noun keep the whole description.
def test_actors_unnamed_cut_listed_modifier_near_miss(actors_of):
    a = actors_of("Talks between the port and rail unions ended on Friday.")
    assert any("port and rail unions" in n for n in _names(a)), [(x.name, x.aliases) for x in a.values()]


# The agent of a hyphenated participle modifier is a backer, not the side of the people described.
@pytest.mark.parametrize("text, name, backer", [
    ("Norway urged the Chile-backed rebels of Bolivia to talk.", "Chile-backed rebels", "chile"),
    ("The Kessel-backed separatists declared a truce on Monday.", "Kessel-backed separatists", "kessel"),
    ("Envoys met Lorvia-aligned tribal elders in the north.", "Lorvia-aligned tribal elders", "lorvia"),
])
def test_actors_unnamed_backer_is_no_side(actors_of, text, name, backer):
    a = actors_of(text)
    found = [x for x in a.values() if x.name == name]
    assert found and found[0].affiliation != backer, [(x.name, x.affiliation) for x in a.values()]


# actors.unnamed.split_state_modifiers (s40-groups): each state's share of "<A> and <B> delegations" is one
# body, named in the singular; a group of people keeps its plural.
@pytest.mark.parametrize("text, names", [
    ("Talks between the Peruvian and Chilean delegations ended on Monday.", {"Peruvian delegation", "Chilean delegation"}),
    ("Norway hosted the Peruvian and Chilean teams in Oslo.", {"Peruvian team", "Chilean team"}),
    ("Talks between Peruvian and Chilean officials ended on Monday.", {"Peruvian officials", "Chilean officials"}),
])
def test_actors_unnamed_split_body_singular(actors_of, text, names):
    a = actors_of(text)
    assert names <= {x.name for x in a.values()}, [x.name for x in a.values()]


# actors.merges.same_description (s40-groups): two unnamed actors of one description are one.
@pytest.mark.parametrize("text, name", [
    ("Ostland freed two Americans on Monday. Three Americans held in Ostland are still there. Americans welcomed "
     "the news.", "Americans"),
    ("The families of the Peruvians held in Ostland met the envoy. Peruvians held abroad deserve help, he said. "
     "Peruvians were angry.", "Peruvians"),
])
def test_actors_merges_same_description(actors_of, text, name):
    a = actors_of(text)
    assert len([x for x in a.values() if x.name == name]) == 1, [(x.name, x.rule) for x in a.values()]


# Near-miss: one description on two known sides stays two groups.
def test_actors_merges_same_description_two_sides(actors_of):
    a = actors_of("Russian soldiers and Ukrainian soldiers clashed near the river on Monday.")
    assert {"Russian soldiers", "Ukrainian soldiers"} <= {x.name for x in a.values()}, [x.name for x in a.values()]


# Backed groups: the backer is no second state of a mixed crowd ("<State>-backed <demonym> groups").
@pytest.mark.parametrize("text, name", [
    ("The army fought Chile-backed Peruvian groups near the border on Monday.", "Chile-backed Peruvian groups"),
    ("Envoys met Chile-backed Peruvian factions in Lima on Monday.", "Chile-backed Peruvian factions"),
    ("The truce was signed by Peru-aligned Bolivian militias and the government.", "Peru-aligned Bolivian militias"),
])
def test_actors_unnamed_argument_noun_armed(actors_of, text, name):
    a = actors_of(text)
    assert name in _names(a), [(x.name, x.aliases) for x in a.values()]


# Outlets named by a common noun with a word that says which are media actors, of no government's side.
@pytest.mark.parametrize("text, name", [
    ("Two Lorvian national dailies reported that the talks had resumed.", "Lorvian national dailies"),
    ("The envoy told a local newspaper that the deal was close.", "local newspaper"),
    ("An international portal said the backchannel had been active for months.", "international portal"),
])
def test_actors_unnamed_media_outlet_nouns(actors_of, text, name):
    a = actors_of(text)
    found = [x for x in a.values() if name in [x.name, *x.aliases] or x.name.endswith(name)]
    assert found and found[0].affiliation is None and found[0].rule == "actors.unnamed.media", \
        [(x.name, x.rule, x.affiliation) for x in a.values()]


# Near-misses: a bare outlet noun ("the newspaper": the publisher or one named before), an adjective.
@pytest.mark.parametrize("text, word", [
    ("The envoy told the newspaper that the deal was close.", "newspaper"),
    ("The two sides held daily talks in Kessel.", "daily"),
])
def test_actors_unnamed_media_outlet_nouns_near_misses(actors_of, text, word):
    a = actors_of(text)
    assert not [x for x in a.values() if word in x.name.lower()], [x.name for x in a.values()]
