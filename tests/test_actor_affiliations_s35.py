"""Affiliations of s35-affil, each test named after the rule id it checks; invented sentences and names.
Why: each rule covers a construction; the tests give several shapes of it and near-misses on which it must
not fire (captives and families named in a list, a lawyer "for" a person, a state of someone else's)."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named, side_of


# actors.inclusions.included_member: "<whole of a side>, including X (and Y)"
@pytest.mark.parametrize("text,people,side", [
    # a named movement's officials, two names in the list, the whole a subject
    ("Hamas officials, including Tom Vell and Sam Reed, arrived in Cairo on Monday.",
     ("Tom Vell", "Sam Reed"), "Hamas"),
    # a demonym on a collective noun, the whole an object
    ("The host country welcomed the Chilean delegation, including Ola Brandt and Tom Vell, to Lima.",
     ("Ola Brandt", "Tom Vell"), "Chile"),
    # no comma before "including", the whole a prepositional object
    ("Talks resumed on Sunday with Qatari mediators including Ali Hamdan.", ("Ali Hamdan",), "Qatar"),
    # a partitive whole coordinated after another name, titles inside the list, dashes around it
    ("Goodell and other members of the Kestrel League's negotiating team -- including the league's lead "
     "negotiator, Jeff Pask, and league counsel Bob Batt -- avoided reporters.", ("Jeff Pask", "Bob Batt"),
     "Kestrel League"),
    # a title with no side of its own inside the list
    ("Several Hamas leaders, including political chief Ola Brandt, attended the funeral.", ("Ola Brandt",),
     "Hamas"),
])
def test_actors_inclusions_included_member(actors_of, text, people, side):
    a = actors_of(text)
    for person in people:
        assert side_of(a, person) == side, (text, person)
        # "the league's lead negotiator, X" is read first off the title since s41-affil (same side)
        assert actor_named(a, person).traced("affiliation") in (
            "actors.inclusions.included_member", "actors.descriptors.described_possessor_side")


@pytest.mark.parametrize("text,person,not_side", [
    # captives named in a list: their nationality is no side
    ("Ten Norwegian hostages, including Ola Brandt, were freed on Monday.", "Ola Brandt", "Norway"),
    # families of captives are no side's people
    ("The Israeli families, including Ola Brandt, met the mediators.", "Ola Brandt", "Israel"),
    # a list of states, not of people: the person after it is no member
    ("Several countries, including Norway and Chile, backed Ola Brandt for the post.", "Ola Brandt", "Norway"),
])
def test_actors_inclusions_included_member_near_misses(actors_of, text, person, not_side):
    assert side_of(actors_of(text), person) != not_side, text


# actors.descriptors.title_for_region: "<demonym> <title> for/to <Region> X"
@pytest.mark.parametrize("text,person,side", [
    # a list of thanked people: the title after the first name's comma is the next name's
    ("Armenia thanked US Secretary of State Tom Vell, top US diplomat for Europe Sam Reed, and the others.",
     "Sam Reed", "United States"),
    # the title and name a prepositional object
    ("The talks were attended by the Canadian special representative for Africa Sam Reed and others.",
     "Sam Reed", "Canada"),
    # a subject, "to" and a region of two words
    ("Norwegian special envoy to West Asia Ola Brandt met the foreign minister on Monday.", "Ola Brandt",
     "Norway"),
])
def test_actors_descriptors_title_for_region(actors_of, text, person, side):
    a = actors_of(text)
    assert side_of(a, person) == side, text
    assert not any(person in d for x in a.values() for d in x.descriptors), text


@pytest.mark.parametrize("text,person,descriptor", [
    # a lawyer for a person: the anchor's own description, the person served after it
    ("Norway welcomed Ola Brandt, a lawyer for Sam Reed, to the talks.", "Ola Brandt", "lawyer for Sam Reed"),
    # an envoy for a region with no name after it
    ("The minister met Tom Vell, the French envoy for Asia, on Monday.", "Tom Vell", "French envoy for Asia"),
])
def test_actors_descriptors_title_for_region_near_misses(actors_of, text, person, descriptor):
    assert descriptor in actor_named(actors_of(text), person).descriptors, text


# actors.side.co_mentioned_side / nearest_state: a person the actor meets in another clause is the other side
def test_actors_side_faced_in_another_clause(actors_of):
    text = ("Honduran President Karl Mott welcomed the plan. The talks, announced Tuesday by Secretary of State "
            "Ola Brandt, could start soon, as Brandt met with Mott in Washington.")
    assert side_of(actors_of(text), "Ola Brandt") != "Honduras"


def test_actors_side_faced_in_another_clause_near_miss(actors_of):
    # no meeting: the one other office-holder of the sentence still gives the side
    text = ("Honduran President Karl Mott welcomed the plan. The talks, announced Tuesday by Foreign Minister "
            "Ola Brandt, could start soon, Mott said.")
    assert side_of(actors_of(text), "Ola Brandt") == "Honduras"


# actors.inclusions.listed_member: "<whole of a side>: X; the <title>, Y; and Z"
@pytest.mark.parametrize("text,people,side", [
    # a named commission's members, items cut at semicolons, one with a title of its own
    ("Peru thanked the members of the Lima Negotiation Commission: Dr. Ola Brandt; a lawyer, Tom Vell; and "
     "Sam Reed.", ("Ola Brandt", "Sam Reed"), "Lima Negotiation Commission"),
    # a named movement's delegation, items cut at commas and "and"
    ("The Hamas delegation: Ola Brandt, Tom Vell and Sam Reed.", ("Tom Vell", "Sam Reed"), "Hamas"),
    # a state's negotiators, with an apposition inside the list
    ("Chile named its negotiators: Ola Brandt, a former judge, and Tom Vell.", ("Ola Brandt", "Tom Vell"),
     "Chile"),
])
def test_actors_inclusions_listed_member(actors_of, text, people, side):
    a = actors_of(text)
    for person in people:
        assert side_of(a, person) == side, (text, person)


@pytest.mark.parametrize("text,person,not_side", [
    # a list of places after the colon: the person in the next sentence is no member
    ("Chile named three venues: Lima, Oslo and Quito. Ola Brandt attended.", "Ola Brandt", "Chile"),
    # a person with a body in their own title keeps it
    ("Peru thanked the members of the Lima Negotiation Commission: Dr. Ola Brandt; the President of the "
     "Senate, Tom Vell.", "Tom Vell", "Lima Negotiation Commission"),
    # hostages listed are no side's people
    ("Norway named the hostages: Ola Brandt and Tom Vell.", "Ola Brandt", "Norway"),
    # an item with a title of its own is left to its title
    ("Peru thanked the members of the Lima Negotiation Commission: Dr. Ola Brandt; Deputy Minister Tom Vell; "
     "and Sam Reed.", "Tom Vell", "Lima Negotiation Commission"),
])
def test_actors_inclusions_listed_member_near_misses(actors_of, text, person, not_side):
    assert side_of(actors_of(text), person) != not_side, text


# actors.portfolios: a minister's capitalised portfolio is no body
@pytest.mark.parametrize("text,person", [
    ('Chile welcomed the release. "He is home," said Communication and Information Minister Ola Brandt.',
     "Ola Brandt"),
    ("Chile welcomed the release. Labour and Social Affairs Minister Ola Brandt met the press later.",
     "Ola Brandt"),
    ("Chile welcomed the release on Monday, and Culture and Tourism Secretary Ola Brandt thanked the mediators.",
     "Ola Brandt"),
])
def test_actors_portfolios_is_portfolio(actors_of, text, person):
    a = actors_of(text)
    side = actor_named(a, person).affiliation
    assert side is None or a[side].kind == "state", (text, side)


def test_actors_portfolios_near_miss(actors_of):
    # a body's name ends in a body word: the body is the side
    text = "Hamas officials said so. Hamas Political Bureau Secretary Ola Brandt will attend. Hamas denied it."
    assert side_of(actors_of(text), "Ola Brandt") == "Hamas Political Bureau"


# actors.unnamed.salient_state: a bare or definite collective governmental noun is the report's state's
@pytest.mark.parametrize("text,noun", [
    ("Indonesia welcomed the release. The pilot was flown to Jakarta, Indonesia, on Monday. Police said the "
     "talks had paid off.", "Police"),
    ("Indonesia welcomed the release. The pilot was flown to Jakarta, Indonesia, on Monday. The police said "
     "the talks had paid off.", "police"),
    ("Talks between Peru and the rebels began in Lima. Peru said they went well. Later, police in the capital "
     "reported calm.", "police"),
])
def test_actors_unnamed_salient_state_collective(actors_of, text, noun):
    a = actors_of(text)
    found = [x for x in a.values() if x.name.lower().endswith(noun.lower())]
    assert found and found[0].affiliation in a and a[found[0].affiliation].kind == "state", text


def test_actors_unnamed_salient_state_plural_near_miss(actors_of):
    # a plural of individuals written bare is no body of the report's state
    text = ("Indonesia welcomed the release. The pilot was flown to Jakarta, Indonesia, on Monday. Forces said "
            "the talks had paid off.")
    assert actor_named(actors_of(text), "Forces").affiliation is None


# actors.aliases.acronym_initials: an acronym inside a name gives all its letters
@pytest.mark.parametrize("acronym,name,ok", [
    ("NHLPA", "NHL Players Association", True),
    ("UNDPA", "UN Department of Political Affairs", True),
    ("EUNAVFOR", "EU Naval Force", False),  # (the letters of a word's start are no acronym word)
    ("NHLA", "NHL Players Association", False),
    ("NHLPAX", "NHL Players Association", False),
])
def test_initials_match_acronym_word(acronym, name, ok):
    from backchannel.extract.actors.spans import initials_match
    assert initials_match(acronym, name) is ok


def test_actors_aliases_acronym_word_merge(actors_of):
    text = "The NHL Players Association met the league on Monday. NHLPA lawyer Ola Brandt said talks went well."
    a = actors_of(text)
    assert side_of(a, "Ola Brandt") == "NHL Players Association"


# actors.there.there_side: "<body> there" is the body of the state just named as a place
@pytest.mark.parametrize("text,body,side", [
    ("Chile and Peru held talks. Another sign of compromise emerged in Chile, as the Supreme Court there said "
     "the deal was legal.", "Supreme Court", "Chile"),
    ("Peru said it would talk. Tom Vell flew to Lima on Monday. Officials there said he met the president.",
     "Officials", "Peru"),
    ("Norway hosted the talks. In Oslo, the police there closed two streets.", "police", "Norway"),
])
def test_actors_there_there_side(actors_of, text, body, side):
    a = actors_of(text)
    assert side_of(a, body) == side, text


@pytest.mark.parametrize("text,body", [
    # an expletive "there" is no place
    ("Peru said it would talk. The envoy arrived in Lima. There were officials of the Kestrel Front at the "
     "airport.", "Tom Vell"),
    # "there" on a verb, not on the body's noun
    ("Peru said it would talk. Tom Vell flew to Lima, and the Kestrel Front met him there.", "Kestrel Front"),
])
def test_actors_there_there_side_near_misses(actors_of, text, body):
    a = actors_of(text)
    found = [x for x in a.values() if x.name == body]
    assert not found or found[0].traced("affiliation") != "actors.there.there_side", text


# actors.members.represents: "X, who represents <State>", "<Body> was represented by X"
@pytest.mark.parametrize("text,person,side", [
    ("Ola Brandt, who represents Peru at the talks, said no.", "Ola Brandt", "Peru"),
    ("Peru and Chile met. Ola Brandt, who will represent Chile in the talks, spoke first.", "Ola Brandt", "Chile"),
    ("The Kestrel Front was represented by Ola Brandt, who met Tom Vell. Peru said no.", "Ola Brandt",
     "Kestrel Front"),
])
def test_actors_members_represents(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text


def test_actors_members_represents_near_miss(actors_of):
    # a lawyer who represents a person takes no side from the client
    text = "Karl Mott, a lawyer who represents Ola Brandt, said no. Peru agreed."
    assert side_of(actors_of(text), "Karl Mott") is None


# actors.members.leads: an unnamed part of a named body is the body's
@pytest.mark.parametrize("text,person,side", [
    ("Sam Reed, who heads the Kestrel Front's political bureau, said the group would attend. The Kestrel Front "
     "agreed.", "Sam Reed", "Kestrel Front"),
    ("The Kestrel Front met Peru. Talks were led by Sam Reed, who chairs the Kestrel Front's negotiating "
     "committee.", "Sam Reed", "Kestrel Front"),
    ("Sam Reed leads the Kestrel Front's armed wing. The Kestrel Front denied it.", "Sam Reed", "Kestrel Front"),
])
def test_actors_members_leads_owned_part(actors_of, text, person, side):
    assert side_of(actors_of(text), person) == side, text
