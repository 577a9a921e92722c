"""Affiliations of s41-affil: a public body named as a state's or a larger body's by an "of" phrase
(actors.bodies_of.body_of_owner); invented texts.
Why: "the Ministry of Defence of <State>", "the Office of the President of <State>" and "the
Department of Trade of the Ministry of Finance" gave the body no side, where the golds give it the state or
the larger body its "of" phrase names. A cause's or a trade's name is never a state's body."""

from __future__ import annotations

import pytest

from actor_helpers import side_of
from backchannel.model import Actor

RULE = "actors.bodies_of.body_of_owner"


def starting(actors: dict[str, Actor], prefix: str) -> Actor:
    """The one actor whose name starts with ``prefix`` (names may keep or cut the "of <State>" tail)."""
    found = [a for a in actors.values() if a.name.startswith(prefix)]
    assert len(found) == 1, (prefix, [a.name for a in actors.values()])
    return found[0]


def side(actors: dict[str, Actor], prefix: str) -> str | None:
    aff = starting(actors, prefix).affiliation
    return actors[aff].name if aff in actors else aff


@pytest.mark.parametrize("text,body,owner", [
    # the state after the body's name, the whole one mention
    ("The Ministry of Defence of Mali rejected the offer on Monday.", "Ministry of Defence", "Mali"),
    # a post-modifier "of <State>" on a body held by a person's title
    ("Ola Brandt, secretary of the National Boundary Commission of Chad, met the envoy in the capital.",
     "National Boundary Commission", "Chad"),
    # a chain of "of" phrases: the last one names the state
    ("Talks were led by Ola Brandt, who runs the Office of the President of Niger and flew in on Friday.",
     "Office of the President", "Niger"),
    # a council named for its members, then the state
    ("The Council of Ministers of Mali approved the plan after a long session.", "Council of Ministers", "Mali"),
])
def test_body_of_owner(actors_of, text, body, owner):
    actors = actors_of(text)
    assert side(actors, body) == owner and starting(actors, body).traced("affiliation") == RULE, text


@pytest.mark.parametrize("text,body", [
    # a rebel army named for the state it fights: a cause word, no owner
    ("The Revolutionary Armed Forces of Mali signed the deal with the envoys.", "Revolutionary Armed Forces"),
    # a trade union named for its members and its country: no public body
    ("The Union of Fishing Workers of Chad called a strike at the port.", "Union of Fishing Workers"),
    # an "of" phrase that names no state and no body
    ("The Commission of Inquiry heard the witnesses on Tuesday.", "Commission of Inquiry"),
])
def test_body_of_near_misses(actors_of, text, body):
    actors = actors_of(text)
    assert starting(actors, body).traced("affiliation") != RULE, text


# actors.descriptors.apposition_after with a capitalised title: the tagger makes "Special Envoy" a proper noun
@pytest.mark.parametrize("text,person,side", [
    ("The deal was welcomed by Ola Brandt, the UN Special Representative for Chad.", "Ola Brandt",
     "United Nations"),
    ("Ola Brandt, the EU Special Envoy, said the talks had failed.", "Ola Brandt", "European Union"),
    ("Ola Brandt, the NATO Secretary General, said the talks had failed.", "Ola Brandt", "NATO"),
])
def test_capitalised_title_after_name(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


def test_semicolon_list_is_no_apposition(actors_of):
    """near miss: the next item of a list after a semicolon is another person's title, not the name's."""
    text = ("On Monday the minister praised everyone on the Kestrel Commission: Dr Ola Brandt; the President of "
            "the Lorvia Assembly, Jon Holm; and his wife.")
    assert side_of(actors_of(text), "Ola Brandt") != "Lorvia Assembly", text


# actors.descriptors.described_possessor_side: "the <noun>'s" in a title, the noun the head of a named body
@pytest.mark.parametrize("text,person,side", [
    ("The Kestrel Union struck for a week. The union's leader, Jon Peck, rejected the offer.", "Jon Peck",
     "Kestrel Union"),
    ("The Kestrel Union rejected the deal on Monday. Jon Peck, the union's leader, said the offer was poor.",
     "Jon Peck", "Kestrel Union"),
    ("The Lorvia Council met on Monday. The council's chairman, Jon Peck, said the offer was poor.", "Jon Peck",
     "Lorvia Council"),
    ("The Kestrel Union met the envoy. The union said it would sign. The union's leader, Jon Peck, said the talks "
     "went well.", "Jon Peck", "Kestrel Union"),
])
def test_name_head_possessor(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


@pytest.mark.parametrize("text,person,other", [
    # near miss: the named body's head is another noun
    ("The Kestrel Front met on Monday. The union's leader, Jon Peck, said the offer was poor.", "Jon Peck",
     "Kestrel Front"),
    # near miss: "the union" with no union named before
    ("The union's leader, Jon Peck, said the offer was poor. The Kestrel Union met later.", "Jon Peck",
     "Kestrel Union"),
    # near misses (s41 review #8): a nearer phrase of the same head that is no named body is the antecedent
    ("The Pell Liberation Army clashed with Norland's army on Monday. The army's spokesman, Tomas Brel, said ten "
     "soldiers died.", "Tomas Brel", "Pell Liberation Army"),
    ("The Kestrel Union met the envoy. Workers formed a new union in May. The union's leader, Jon Peck, said the "
     "offer was poor.", "Jon Peck", "Kestrel Union"),
    ("The Lorvia Council met on Monday. Each city elected its council. Jon Peck, the council's chairman, said "
     "the vote was fair.", "Jon Peck", "Lorvia Council"),
])
def test_name_head_possessor_near_misses(actors_of, text, person, other):
    assert side_of(actors_of(text), person) != other, text


# actors.led_bodies.led_by_modifier: "affiliated" joins "run", "owned", "controlled" as an owner's participle
@pytest.mark.parametrize("text,body,side", [
    ("The crew was freed, which Hamas-affiliated Harbour TV said was a gesture.", "Harbour TV", "Hamas"),
    ("Hezbollah-affiliated Harbour TV reported the deal on Monday.", "Harbour TV", "Hezbollah"),
    ("The rebels spoke to Hamas-affiliated Harbour Radio after the swap.", "Harbour Radio", "Hamas"),
])
def test_affiliated_participle(actors_of, text, body, side):
    assert side_of(actors_of(text), body) == side, text


def test_backed_participle_is_no_owner(actors_of):
    """near miss: a backer is no owner ("backed" stays out of the owner words)."""
    text = "A Hamas-backed channel, Harbour TV, reported the deal."
    assert side_of(actors_of(text), "Harbour TV") != "Hamas", text


# actors.implied.government_word_salient_state: "government" as a modifier with no state so described
@pytest.mark.parametrize("text,name,side", [
    ("Mali and the Kestrel Front met in Bamako. Mali wants peace. The Government delegation thanked the rebels "
     "for the gesture.", "Government delegation", "Mali"),
    ("Chad hosted the talks. Chad said government negotiators would stay.", "government negotiators", "Chad"),
    ("Niger freed the prisoners on Monday. Niger called it a gesture, and a government spokesman said more "
     "would follow.", "government spokesman", "Niger"),
])
def test_government_word_salient_state(actors_of, text, name, side):
    assert side_of(actors_of(text), name) == side, text


def test_government_word_without_state(actors_of):
    """near miss: a report that names no state gives the government word no side."""
    text = "The Kestrel Front met the mediators. Government negotiators stayed away."
    assert side_of(actors_of(text), "Government negotiators") is None, text


# near misses (s41 review #2): a negated government word, or a head naming the government's opponents
@pytest.mark.parametrize("text,name", [
    ("Peru held talks with Chile in Lima. Peru said the talks went well. Anti-government rebels attacked an army "
     "base on Tuesday.", "Anti-government rebels"),
    ("Peru held talks with Chile in Lima. Peru said the talks went well. Government critics rejected the plan on "
     "Tuesday.", "Government critics"),
    ("Chad hosted the talks. Chad said the army would stay. Anti-government militias shelled the town.",
     "Anti-government militias"),
    ("Niger freed the prisoners. Government opponents marched in the capital on Monday.", "Government opponents"),
])
def test_government_word_against_government(actors_of, text, name):
    assert side_of(actors_of(text), name) is None, text


# actors.staff.served_person_side: a person's side is never another person with a side of its own
@pytest.mark.parametrize("text,person,side", [
    ("Ola Brandt, an adviser to Malian President Jon Holm, met the envoy on Monday.", "Ola Brandt", "Mali"),
    ("Chadian President Jon Holm's spokeswoman, Ola Brandt, said the trip was routine.", "Ola Brandt", "Chad"),
    ("Malian President Jon Holm sent his aide. Holm aide Ola Brandt met the envoy on Monday.", "Ola Brandt",
     "Mali"),
])
def test_served_person_side(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


def test_served_person_without_side(actors_of):
    """near miss: a boss with no side of its own stays the side."""
    text = "Ola Brandt, an aide to Jon Holm, met the envoy on Monday."
    assert side_of(actors_of(text), "Ola Brandt") in ("Jon Holm", None), text


# actors.organs.state_organ_apposition: the apposition after "according to X," that the parser hung elsewhere
@pytest.mark.parametrize("text,body,side", [
    ("The deal was signed, according to Harbour News, the Russian state news agency.", "Harbour News", "Russia"),
    ("The envoy would meet the adviser on Friday, according to Harbour News, the Iranian state news agency.",
     "Harbour News", "Iran"),
    ("The talks ended late, said Harbour TV, the Iranian state broadcaster.", "Harbour TV", "Iran"),
])
def test_organ_apposition_hung_elsewhere(actors_of, text, body, side):
    assert side_of(actors_of(text), body) == side, text


@pytest.mark.parametrize("text,body", [
    # near miss: the phrase after the comma is the subject of a clause of its own
    ("According to Harbour News, the Russian army attacked the town.", "Harbour News"),
    # near miss: a private agency is no state's
    ("The talks ended, according to Harbour News, a Russian private news agency.", "Harbour News"),
])
def test_organ_apposition_hung_elsewhere_near_misses(actors_of, text, body):
    assert side_of(actors_of(text), body) is None, text
