"""Rules of the s26-actors round, each test named after the rule id it checks (invented sentences).

Why: each rule covers a class of constructions; the tests give several shapes of the class and
near-misses on which the rule must not fire.
"""

from __future__ import annotations

import pytest

from backchannel.model import Actor
from backchannel.resolve.merge import link_partial_names


def _person(actors: dict[str, Actor], surname: str) -> Actor:
    found = [a for a in actors.values() if a.kind == "person" and a.name.endswith(surname)]
    assert len(found) == 1, [a.name for a in actors.values()]
    return found[0]


# actors.descriptors.coordinated_title: the second title of a pair, whatever the parser hung it on,
# with the party that sends it ("<party> deputy leader B" after "A and").
@pytest.mark.parametrize("text", [
    "The accord was initialled by Norwegian envoy Lars Tovik and Hezbollah deputy leader Karim Ashfar on Monday.",
    "Lars Tovik and Hezbollah chief negotiator Karim Ashfar met in a hotel outside the capital.",
    "Talks between Lars Tovik, a Norwegian diplomat, and Hezbollah spokesman Karim Ashfar ended late.",
    "The envoy Lars Tovik and the Hezbollah political chief Karim Ashfar signed the paper.",
    "Present were the mediator Lars Tovik, Hezbollah senior commander Karim Ashfar and two aides.",
    "A letter signed by Lars Tovik and Hezbollah representative Karim Ashfar was read out.",
])
def test_actors_descriptors_coordinated_title_party_role(actors_of, text):
    a = actors_of(text)
    ashfar = _person(a, "Ashfar")
    assert ashfar.affiliation is not None and a[ashfar.affiliation].name == "Hezbollah", (ashfar, text)


@pytest.mark.parametrize("text", [
    # no role word before the name: a plain list of names gives no side
    "The accord was initialled by Lars Tovik and Hezbollah and Karim Ashfar on Monday.",
    # the words before the name end in a place, not a role
    "Lars Tovik and Hezbollah territory Karim Ashfar visited last year were discussed.",
])
def test_actors_descriptors_coordinated_title_near_misses(actors_of, text):
    a = actors_of(text)
    for p in a.values():
        if p.kind == "person" and p.name.endswith("Ashfar"):
            assert p.traced("descriptors") != "actors.descriptors.coordinated_title", text


def test_actors_descriptors_coordinated_title_capitalised_titles_kept(actors_of):
    a = actors_of("Trade Minister Ola Brandt and Health Minister Per Wendel met the strikers.")
    w = _person(a, "Wendel")
    assert w.descriptors == ["Health Minister"] and w.traced("descriptors") == "actors.descriptors.coordinated_title"


# actors.names.partial_name: the name a short form ends outranks one it sits inside
def test_actors_names_partial_name_last_word_outranks_inner_word():
    full = ["Karim Ostrak", "Mullah Abdul Ostrak Haidari"]
    assert link_partial_names(full, "Ostrak") == "Karim Ostrak"
    assert link_partial_names(["Abdul Ostrak Haidari", "Faisal Ostrak Nuri"], "Ostrak") is None  # inner in both
    assert link_partial_names(["Ann Ostrak", "Bob Ostrak"], "Ostrak") is None  # last in both: still ambiguous


def test_actors_names_partial_name_in_text(actors_of):
    a = actors_of("President Karim Ostrak met rebel leader Mullah Abdul Ostrak Haidari in Doha. "
                  "Ostrak said later that the prisoners would be freed.")
    k = a["karim-ostrak"]
    assert "Ostrak" in k.aliases and k.traced("merged:ostrak") == "actors.names.partial_name"
    assert not any(x.name == "Ostrak" for x in a.values())


# actors.aliases.regional_adjective: never a state's own name; actors.government.government_of: the
# "Government of <state>" an NER tagged as an organisation is the state
@pytest.mark.parametrize("text", [
    "The Government of Cameroon said it had not asked anyone to mediate.",
    "Talks included representatives of the Government of Cameroon, the envoy said.",
    "The Embassy in Cameroon's capital, Yaounde, welcomed the Government of Cameroon's statement.",
])
def test_actors_government_government_of_named(actors_of, text):
    a = actors_of(text)
    assert "cameroon" in a and a["cameroon"].kind == "state", text
    assert not any(x.kind != "state" and "Government of Cameroon" in [x.name, *x.aliases] for x in a.values()), text


def test_actors_aliases_regional_adjective_not_a_state(actors_of):
    # near-miss: the state's name is not a regional adjective of an organisation that contains it
    a = actors_of("Cameroon rejected the offer. The Cameroon Liberation Front said it would fight on.")
    assert a["cameroon"].kind == "state"
    assert all(x.traced("merged:cameroon") != "actors.aliases.regional_adjective" for x in a.values())


# actors.role_anaphors.sole_person: a "person" whose name is itself a title is titled
def test_actors_role_anaphors_sole_person_not_a_title_name(actors_of):
    a = actors_of("The accord was witnessed by Qatari Emir and envoys from ten states. "
                  "The Norwegian commander in charge of the mission welcomed it.")
    for x in a.values():
        if x.kind == "person" and "Emir" in x.name:
            assert not any("commander" in m.text for m in x.mentions), x.mentions


# actors.captives.armed_modifier_group: "rebel detainees" are the "<Movement> detainees" of the one movement
@pytest.mark.parametrize("text", [
    "The FLV demanded that the government free 300 FLV detainees. Officials said some rebel detainees "
    "would be freed next week.",
    "The minister said he had not agreed to free any insurgent prisoners. The ZRB wants the ZRB prisoners "
    "released before talks open.",
    "Militant captives were handed over on Friday, and the Hakkar Movement said the HMK captives were in "
    "good health.",
])
def test_actors_captives_armed_modifier_group(actors_of, text):
    a = actors_of(text)
    joined = [x for x in a.values() if x.trace and "actors.captives.armed_modifier_group" in x.trace.values()]
    assert len(joined) == 1, [(x.name, x.aliases) for x in a.values()]
    assert joined[0].name.split()[0] in ("FLV", "ZRB", "HMK")  # the movement's name stays


@pytest.mark.parametrize("text", [
    # two movements: the generic description could be either's
    "The FLV and the ZRB both hold men. FLV detainees and ZRB detainees were counted, and some rebel "
    "detainees were freed on Monday.",
    # a state's captives are not a movement's
    "Norway freed ten Norwegian prisoners. The minister said he would not free any insurgent prisoners.",
    # not captives: "rebel negotiators" beside "FLV negotiators"
    "The FLV said 4 FLV negotiators had crossed the river. The army said rebel negotiators were freed.",
])
def test_actors_captives_armed_modifier_group_near_misses(actors_of, text):
    a = actors_of(text)
    assert not any(x.trace and "actors.captives.armed_modifier_group" in x.trace.values() for x in a.values())


# names.particles "y": two Spanish surnames joined by "y" are one name (actors.names.ner_person extension)
def test_actors_names_ner_person_particle_y(actors_of):
    a = actors_of("The bishops asked Bishop Tomas Arenal y Vidal to mediate. Arenal y Vidal accepted on Friday.")
    p = _person(a, "Vidal")
    assert "Arenal y Vidal" in p.name and not any(x.name.endswith("Arenal") for x in a.values())
    # near-miss: a lower-case word after "y" is no surname
    b = actors_of("The envoy Tomas Arenal y otros delegados arrived in the capital on Monday.")
    assert not any("otros" in x.name for x in b.values())
