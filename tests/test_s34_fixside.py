"""Session 34 fixes after review (s34-fixside); every sentence invented.

Why: an independent review of the session's merges found sentences on which the new rules took a wrong
side or dropped a claim: a fronted "In <State>," that gave its side to outsiders (diplomats, "Western",
"visiting") and none when the state was named only there; a state outlet that took the state of what
someone else reported; "In <State>, state media said" read as another state's named outlet; "the regime
threatened to expel X" dropped as a thing's evidence; "the group's director" read as a farther named
organisation when a nearer collective or a rival fits.
"""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of
from claim_helpers import by_content, name, trace


def _side_of_head(actors, head: str) -> str | None:
    found = [a for a in actors.values() if a.name.lower().endswith(head)]
    assert len(found) == 1, (head, [a.name for a in actors.values()])
    aff = found[0].affiliation
    return actors[aff].name if aff in actors else aff


# ---------------------------------------------------------------- 1, 2: actors.side.fronted_state

@pytest.mark.parametrize("text,subject,state", [
    # the state named only in the opening phrase, a titled name
    ("Iran freed two sailors on Monday. In Qatar, Prime Minister Ola Brandt welcomed the move.", "Ola Brandt",
     "Qatar"),
    # unnamed officials, an adverb after the comma, the state named only there
    ("Iran freed two sailors on Monday. In Qatar, however, officials said they had known for weeks.", "officials",
     "Qatar"),
    # "foreign" naming the office, not an outsider
    ("Iran freed two sailors on Monday. In Qatar, the foreign minister said he had known for weeks.",
     "foreign minister", "Qatar"),
    # the state with "the", future tense
    ("Iran will free the sailors next week. In the Philippines, officials will meet them at the airport.",
     "officials", "Philippines"),
])
def test_fronted_state_named_only_there(actors_of, text, subject, state):
    a = actors_of(text)
    assert _side_of_head(a, subject.lower()) == state, text


@pytest.mark.parametrize("text,subject", [
    # diplomats serve elsewhere; "Western"
    ("Iran freed two Qatari sailors on Monday. In Qatar, Western diplomats said the release had been agreed "
     "weeks ago.", "diplomats"),
    # a visiting minister
    ("Iran freed two Qatari sailors on Monday. In Qatar, the visiting minister welcomed the move.", "minister"),
    # foreign officials
    ("Iran freed two sailors on Monday. In Qatar, foreign officials said they had known for weeks.", "officials"),
    # captives take no side from the place
    ("Iran freed two sailors on Monday. In Qatar, the sailors said they had been treated well.", "sailors"),
    # a posting serves its sender, though a governmental title elsewhere (review, s34)
    ("Iran freed two sailors on Monday. In Qatar, diplomats said the talks would go on.", "diplomats"),
    ("Iran freed two sailors on Monday. In Qatar, the ambassador said the talks would go on.", "ambassador"),
])
def test_fronted_state_outsiders_take_none(actors_of, text, subject):
    a = actors_of(text)
    assert _side_of_head(a, subject) != "Qatar", text


def test_fronted_state_other_demonym_keeps_its_own(actors_of):
    a = actors_of("Iran freed two sailors on Monday. In Qatar, Norwegian officials said they had known for weeks.")
    assert _side_of_head(a, "officials") == "Norway"


# ---------------------------------------------------------------- 3: actors.side.state_outlet

@pytest.mark.parametrize("text,outlet,not_state", [
    # the reviewer's shape: the state inside what the minister told parliament
    ("The Norwegian foreign minister, Kari Lund, told parliament that Iran had released Ola Brandt, the state "
     "broadcaster NRK reported.", "NRK", "Iran"),
    # the sentence before holds a state only inside someone's words
    ("Kari Lund said Iran had freed the sailors. The state news agency Vesterland News reported the release.",
     "Vesterland News", "Iran"),
])
def test_state_outlet_skips_reported_content(actors_of, text, outlet, not_state):
    assert side_of(actors_of(text), outlet) != not_state, text


@pytest.mark.parametrize("text,outlet,state", [
    # the speakers' side when only content names a state
    ("The Norwegian foreign minister, Kari Lund, told parliament that Iran had released Ola Brandt, the state "
     "broadcaster NRK reported.", "NRK", "Norway"),
    # a possessive state outside the content, "according to"
    ("Norway's foreign minister said on Monday that Iran had freed Ola Brandt, according to the state news agency "
     "NTB.", "NTB", "Norway"),
    # near miss: the outlet's own words name the state (content of the outlet itself)
    ("Iran freed the men on Monday, the state-run broadcaster Karsk TV said.", "Karsk TV", "Iran"),
])
def test_state_outlet_outside_content(actors_of, text, outlet, state):
    assert side_of(actors_of(text), outlet) == state, text


# ---------------------------------------------------------------- 4: claims.speakers.state_outlet

@pytest.mark.parametrize("text", [
    # a fronted state other than the outlet's
    "Iran's state broadcaster IRIB showed footage of the two Norwegian sailors. In Norway, state media said the "
    "sailors appeared tired.",
    # a fronted capital of another state
    "Iran's state broadcaster IRIB showed footage of the two sailors. In Oslo, state television said the sailors "
    "appeared tired.",
])
def test_fronted_place_of_state_media(claims_of, text):
    claims, actors = claims_of(text)
    c = by_content(claims, "appeared tired")
    assert trace(c).get("speaker") != "claims.speakers.state_outlet" and name(c, actors) != "IRIB"


@pytest.mark.parametrize("text", [
    # the outlet's own state fronted
    "Iran's state broadcaster IRIB showed footage of the two Norwegian sailors. In Iran, state media said the "
    "sailors appeared tired.",
    # no fronted place
    "Iran's state broadcaster IRIB showed footage of the two Norwegian sailors. State media said the sailors "
    "appeared tired.",
])
def test_fronted_place_of_state_media_near_misses(claims_of, text):
    claims, actors = claims_of(text)
    assert name(by_content(claims, "appeared tired"), actors) == "IRIB"


# ---------------------------------------------------------------- 5: claims.content.thing_evidence

@pytest.mark.parametrize("text,content", [
    ("The regime threatened to expel the Norwegian ambassador over the affair.", "to expel the Norwegian"),
    ("The junta threatened to try Ola Brandt for espionage.", "to try Ola Brandt"),
    ("The authorities have threatened to close the border if the talks fail.", "to close the border"),
    ("The regime revealed that Ola Brandt had been moved.", "Ola Brandt had been moved"),
    ("The government revealed the plan on Monday.", "the plan"),
])
def test_government_and_infinitive_threats_kept(claims_of, text, content):
    claims, _ = claims_of(text)
    by_content(claims, content)


@pytest.mark.parametrize("text,words", [
    # near misses: a thing with a noun object
    ("The long feud had threatened trade between the two states.", "trade between"),
    ("The footage showed Ola Brandt walking to a plane.", "walking to a plane"),
    # a thing with a to-infinitive states nothing either (review, s34)
    ("The dispute over fishing rights threatened to derail the talks between Norland and Vesterland.", "to derail"),
    ("The storm threatened to delay the release of Ola Brandt.", "to delay"),
])
def test_thing_with_noun_object_still_no_claim(claims_of, text, words):
    claims, _ = claims_of(text)
    assert not [c for c in claims if words in (c.content or "")]


# ---------------------------------------------------------------- 6: actors.descriptors.described_possessor_side

def test_nearer_new_group_wins(actors_of):
    a = actors_of("The Front freed two Norwegian soldiers on Monday. A Swedish aid group negotiated the handover. "
                  "Kari Lund, the group's director, said the soldiers were well.")
    assert side_of(a, "Kari Lund") != "Front"


@pytest.mark.parametrize("text", [
    # a delegation in the named group's sentence
    "A Norwegian delegation met the Norland Liberation Front in Oslo on Monday. Kari Lund, the group's leader, said "
    "the talks were useful.",
    # two named organisations
    "The Kestrel Front and the Norland Liberation Front met in Oslo on Monday. Kari Lund, the group's leader, said "
    "the talks were useful.",
])
def test_competing_groups_leave_none(actors_of, text):
    a = actors_of(text)
    assert actor_named(a, "Kari Lund").traced("affiliation") != "actors.descriptors.described_possessor_side", text


@pytest.mark.parametrize("text", [
    # near misses: one organisation (captives are no rival); a collective before its sentence
    "The Norland Liberation Front freed two Norwegian soldiers on Monday. Kari Lund, the group's spokesman, said "
    "the soldiers were well.",
    "The Norland Liberation Front freed two soldiers on Monday. The group's leader, Kari Lund, said they were well.",
    "A local aid group met the captors on Sunday. The Norland Liberation Front freed the soldiers on Monday. "
    "Kari Lund, the group's leader, said they were well.",
])
def test_one_group_still_owns(actors_of, text):
    assert side_of(actors_of(text), "Kari Lund") == "Norland Liberation Front", text


def test_armed_word_ignores_delegation(actors_of):
    # "the rebels'": no delegation is the rebels, so the state's delegation is no rival
    a = actors_of("Norway sent a senior delegation for talks with the Kestrel Front. The rebels' spokesman Ola "
                  "Brandt said in Oslo that his side had no conditions.")
    assert side_of(a, "Ola Brandt") == "Kestrel Front"


def test_state_outlet_in_fronted_phrase_reads_on(actors_of):
    # the outlet's own sentence names a state only in the speaker's words: the speaker's side, else before
    a = actors_of("Ola Brandt, a senior official of Iran's ruling party, met the envoy in May. In a statement "
                  "carried by the official Karsk News Agency in June, Ola Brandt said Norway would one day "
                  "welcome talks.")
    assert side_of(a, "Karsk News Agency") == "Iran"
