"""Spans, sides and number of unnamed actors (s26-unnamed, ``extract/actors/unnamed_spans.py``).

Each test is named after the rule id it checks; every sentence is invented for it (real country
names only where a state must be known as one).
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor


def _named(actors: dict[str, Actor], name: str) -> Actor:
    found = [a for a in actors.values() if a.name.casefold() == name.casefold()]
    assert len(found) == 1, [a.name for a in actors.values()]
    return found[0]


# actors.unnamed.venue_not_name: the place after the object of a meeting is its venue, not its name
@pytest.mark.parametrize("text, name", [
    ("The Peruvian envoy met the Chilean foreign minister in Oslo on Monday.", "Chilean foreign minister"),
    ("Chile's president received the Peruvian delegation in Santiago.", "Peruvian delegation"),
    ("Talks with the Bolivian negotiators in Lima ended without a deal.", "Bolivian negotiators"),
    ("The Peruvian foreign minister will meet Chilean officials in Geneva next week.", "Chilean officials"),
    ("Peruvian officials were met by the Chilean envoy in Lima.", "Chilean envoy"),
    ("Peru's envoy met the Chilean foreign minister and the Bolivian envoy in Oslo.", "Bolivian envoy"),
])
def test_actors_unnamed_venue_not_name(actors_of, text: str, name: str) -> None:
    a = _named(actors_of(text), name)
    assert not [x for x in a.aliases if " in " in x], a.aliases


@pytest.mark.parametrize("text, alias", [
    # near-misses: a subject keeps its place (a name, or a seat)
    ("Critics in Lima said the deal was a mistake.", "Critics in Lima"),
    ("Officials in Nairobi said the talks would go on.", "Officials in Nairobi"),
])
def test_actors_unnamed_venue_not_name_keeps_subject_place(actors_of, text: str, alias: str) -> None:
    assert any(alias in a.aliases for a in actors_of(text).values())


# actors.unnamed.coordinated_role: each coordinated role noun with its own post-modifier is an actor
@pytest.mark.parametrize("text, first, second, second_side", [
    ("Qatar arranged contacts between envoys of the Egyptian government and intermediaries of Hamas in March.",
     "envoys of the Egyptian government", "intermediaries of Hamas", "hamas"),
    ("Officials from Peru and negotiators for the FARC met in Havana.",
     "Officials from Peru", "negotiators for the FARC", "farc"),
    ("Representatives of the Colombian government and members of the ELN held talks in Caracas.",
     "Representatives of the Colombian government", "members of the ELN", "eln"),
    ("Meetings between aides of the Peruvian president and envoys from Bolivia continued.",
     "aides of the Peruvian president", "envoys from Bolivia", "bolivia"),
    ("There were contacts between representatives of the Peruvian government and intermediaries of Hamas.",
     "representatives of the Peruvian government", "intermediaries of Hamas", "hamas"),
    ("Norway brought together envoys of the Chilean government and intermediaries of the FARC.",
     "envoys of the Chilean government", "intermediaries of the FARC", "farc"),
])
def test_actors_unnamed_coordinated_role(actors_of, text: str, first: str, second: str, second_side: str) -> None:
    actors = actors_of(text)
    a, b = _named(actors, first), _named(actors, second)
    assert a.id != b.id and b.affiliation == second_side
    assert b.traced("name") == "actors.unnamed.coordinated_role"
    assert a.affiliation != second_side


@pytest.mark.parametrize("text, name", [
    # near-misses: a conjunct with no post-modifier of its own stays inside the first description
    ("The heads of the army and police met on Monday.", "heads of the army and police"),
    ("Representatives of the Peruvian government and the opposition met in Lima.",
     "Representatives of the Peruvian government"),
])
def test_actors_unnamed_coordinated_role_near_misses(actors_of, text: str, name: str) -> None:
    actors = actors_of(text)
    _named(actors, name)
    assert not [a for a in actors.values() if a.traced("name") == "actors.unnamed.coordinated_role"]


# actors.unnamed.person_noun: "his <demonym> counterpart" with no name is an actor of that side
@pytest.mark.parametrize("text, name, side", [
    ("Peru's envoy met his Chilean counterpart in Oslo on Monday.", "Chilean counterpart", "chile"),
    ("Her Bolivian counterpart is expected in Lima on Friday.", "Bolivian counterpart", "bolivia"),
    ("The Peruvian foreign minister spoke by phone with his Chilean counterpart.", "Chilean counterpart", "chile"),
    ("The Chilean counterparts of the Peruvian negotiators arrived in Lima.", "Chilean counterparts", "chile"),
    ("Talks between the Peruvian minister and her Ecuadorian counterpart were held in Quito.",
     "Ecuadorian counterpart", "ecuador"),
    ("Peru's envoy will be received by his Chilean counterpart.", "Chilean counterpart", "chile"),
])
def test_actors_unnamed_person_noun_counterpart(actors_of, text: str, name: str, side: str) -> None:
    assert _named(actors_of(text), name).affiliation == side


def test_actors_unnamed_person_noun_counterpart_near_misses(actors_of) -> None:
    # no side of its own: the other side, not an actor
    assert not [a for a in actors_of("Peru's foreign minister called her counterpart on Friday.").values()
                if "counterpart" in a.name]
    # a name follows: the named person, with the side
    actors = actors_of("Peru's foreign minister met her Chilean counterpart Carlos Ruiz Tagle in Lima.")
    assert _named(actors, "Carlos Ruiz Tagle").affiliation == "chile"
    assert not [a for a in actors.values() if "counterpart" in a.name]


# never_phrases: "good offices" is an idiom of mediation, not a body
@pytest.mark.parametrize("text", [
    "Through Norway's good offices, the two sides agreed to a truce.",
    "The truce was reached through the good offices of Norway.",
    "Peru thanked Qatar for its good offices.",
])
def test_actors_unnamed_good_offices_no_body(actors_of, text: str) -> None:
    assert not [a for a in actors_of(text).values() if "offices" in a.name]


def test_actors_unnamed_good_offices_near_miss(actors_of) -> None:
    assert any(a.affiliation == "norway" for a in actors_of("Norway's foreign office said the talks would resume.").values())


# actors.unnamed.joint_origin: an origin phrase that lists two or more parties is the group of all of
# them, of no one side, named by its head (and the same group as an earlier one with that head)
@pytest.mark.parametrize("text, name", [
    ("The plan was drafted by envoys from Peru, Chile and Bolivia.", "envoys"),
    ("Envoys from Peru, Chile and Bolivia said the talks would resume.", "Envoys"),
    ("Officials from Peru and Chile met in Lima.", "Officials"),
    ("Mediators said the talks would resume. The truce was promoted for months by mediators from Egypt, Qatar "
     "and the United States.", "Mediators"),
    ("Talks between mediators from Norway and Cuba and the rebels resumed.", "mediators"),
    ("Ministers from Peru and Chile have signed the accord, officials said.", "Ministers"),
])
def test_actors_unnamed_joint_origin_listed_parties(actors_of, text: str, name: str) -> None:
    actors = actors_of(text)
    group = _named(actors, name)
    assert group.affiliation is None and group.kind == "group"
    assert any(" from " in x and (" and " in x) for x in group.aliases), group.aliases
    assert not [a for a in actors.values() if not a.named and a.id != group.id and " from " in a.name]


@pytest.mark.parametrize("text, name, side", [
    # near-misses: one party, or a side the pre-modifier gives ("<demonym> officials from <city> and <city>")
    ("Officials from Peru said the talks would resume.", "Officials from Peru", "peru"),
    ("Chilean officials from Santiago and Valparaiso arrived on Monday.", "Chilean officials", "chile"),
])
def test_actors_unnamed_joint_origin_listed_near_misses(actors_of, text: str, name: str, side: str) -> None:
    assert _named(actors_of(text), name).affiliation == side


# actors.unnamed.named_modifier_side: a modifier spelling a named organisation's name is its side,
# also when the tagger read the name as an adjective
@pytest.mark.parametrize("text, name", [
    ("The Taleban said it had released two hostages. Taleban leaders said both captives were unwell.",
     "Taleban leaders"),
    ("The Taleban freed two hostages on Monday. Talks with Taleban negotiators resumed on Tuesday.",
     "Taleban negotiators"),
    ("The Taleban denied the report. A Taleban spokesman said no deal had been reached.", "Taleban spokesman"),
    ("The Taleban released the women. The release was confirmed by Taleban commanders in the province.",
     "Taleban commanders"),
    ("The Taleban kidnapped the aid workers in July, and Taleban fighters have held them since.",
     "Taleban fighters"),
    ("The Taleban would not say more. Later, Taleban negotiators said they would talk again.",
     "Taleban negotiators"),
])
def test_actors_unnamed_named_modifier_side(actors_of, text: str, name: str) -> None:
    assert _named(actors_of(text), name).affiliation == "taleban"


def test_actors_unnamed_named_modifier_side_traced(actors_of) -> None:
    a = _named(actors_of("The Taleban said it had released two hostages. Taleban leaders said both captives "
                         "were unwell."), "Taleban leaders")
    assert a.traced("affiliation") == "actors.unnamed.named_modifier_side"


def test_actors_unnamed_named_modifier_side_near_misses(actors_of) -> None:
    # a word of a longer name is no match
    a = _named(actors_of("The Kestrel Front said it would talk. Front leaders said otherwise."), "Front leaders")
    assert a.affiliation is None
    # no such organisation named before
    b = _named(actors_of("Taleban leaders said both captives were unwell."), "Taleban leaders")
    assert b.affiliation is None


# actors.unnamed.possessive_pronoun: an unnamed owner gives its own side, never itself as a side
@pytest.mark.parametrize("text, name, side", [
    ("Two sources said the rebels and the army agreed to a truce and that their troops would not advance.",
     "troops", None),
    ("Hamas negotiators said their delegation would return to Cairo.", "delegation", "hamas"),
    ("Peruvian officials said their team would stay in Quito.", "team", "peru"),
    # near-miss: a named owner is the side
    ("Hamas said its fighters would withdraw from the town.", "fighters", "hamas"),
])
def test_actors_unnamed_possessive_pronoun_unnamed_owner(actors_of, text: str, name: str, side: str | None) -> None:
    assert _named(actors_of(text), name).affiliation == side


# actors.unnamed.shared_conjunct_side: the first conjunct's own modifier reads over a bare second one
@pytest.mark.parametrize("text, name, side", [
    ("The prisoners were escorted by Peruvian police officers and soldiers.", "soldiers", "peru"),
    ("Peruvian officials and diplomats met in Lima.", "diplomats", "peru"),
    ("Hamas commanders and fighters left the town.", "fighters", "hamas"),
    ("The talks were attended by Chilean negotiators and advisers.", "advisers", "chile"),
    ("Bolivian envoys and mediators will travel to Lima on Friday.", "mediators", "bolivia"),
    ("The deal angered Peruvian lawmakers and critics.", "critics", "peru"),
])
def test_actors_unnamed_shared_conjunct_side(actors_of, text: str, name: str, side: str) -> None:
    a = _named(actors_of(text), name)
    assert a.affiliation == side
    assert a.traced("affiliation") == "actors.unnamed.shared_conjunct_side"


@pytest.mark.parametrize("text, name, side", [
    # near-misses: a side of its own, or held people
    ("Egyptian mediators and Qatari officials met in Cairo.", "Qatari officials", "qatar"),
    ("Hamas fighters and hostages were seen in the town.", "hostages", None),
])
def test_actors_unnamed_shared_conjunct_side_near_misses(actors_of, text: str, name: str, side: str | None) -> None:
    found = [a for a in actors_of(text).values() if a.name == name]
    assert all(a.affiliation == side for a in found)


# the venue also after verbs of release and arrest ("freed the <demonym> prisoners in <town>")
@pytest.mark.parametrize("text, name", [
    ("The rebels freed the Peruvian soldiers in Tumbes on Monday.", "Peruvian soldiers"),
    ("Police arrested Chilean officers in Arica.", "Chilean officers"),
])
def test_actors_unnamed_venue_not_name_release(actors_of, text: str, name: str) -> None:
    a = _named(actors_of(text), name)
    assert not [x for x in a.aliases if " in " in x], a.aliases
