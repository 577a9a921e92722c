"""Vetting of named-entity spans (extract/actors/vetting.py) and counted crowds as speakers.

Every sentence is invented for these tests, with invented names. The vetting tests give a span
a label by hand, as the tagger might, so they test the construction and not the tagger's guess.
"""

from __future__ import annotations

import pytest

from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.vetting import (COMMUNITY, COMPASS, DISEASE, DIVISION, DOCUMENT, DOCUMENT_OWNER, EVENT,
                                                GROUP_NAME, ORIGIN_GROUP, PLACE_OF, VENUE_BUILDING, _named_group,
                                                building_as_venue, untagged_origin_groups, vet_reason, vet_spans)
from backchannel.extract.context import Context
from backchannel.model import Document


@pytest.fixture(scope="module")
def state_of(nlp):
    def run(text: str) -> ActorState:
        ctx = Context(document=Document(id="t", text=text), doc=nlp(text))
        return ActorState.create(ctx)
    return run


def _span(st: ActorState, words: str, last: bool = False):
    s = st.text.rindex(words) if last else st.text.index(words)
    span = st.doc.char_span(s, s + len(words), alignment_mode="expand")
    assert span is not None
    return span


@pytest.mark.parametrize("text, words, label, why", [
    # a document: its head is a document noun, whatever comes before or after it
    ("The envoys said the terms lie within UN Resolution 2290.", "UN Resolution 2290", "ORG", DOCUMENT),
    ("Under the Kessel Accords, Ostland withdrew its troops.", "Kessel Accords", "ORG", DOCUMENT),
    ("Norland signed the Vesterland Declaration in May.", "Vesterland Declaration", "PERSON", DOCUMENT),
    # an event, also cut short by the tagger
    ("The truce ended the Ostland-Norland war of 1999.", "the Ostland-Norland war of", "ORG", EVENT),
    ("Tarvik fighters joined the Lunde Uprising in 2004.", "Lunde Uprising", "ORG", EVENT),
    # an illness, by name or as the modifier of an illness noun
    ("The rebels asked for vaccines against COVID-19 for the camps.", "COVID-19", "ORG", DISEASE),
    ("Aid workers fought the Tarvik outbreak all winter.", "Tarvik", "ORG", DISEASE),
    # a community's word modifying a common noun: the kind of those people
    ("Several Druze members of the council walked out.", "Druze", "ORG", COMMUNITY),
    # regions: a compass adjective, a division word after a venue preposition or before a place noun
    ("Fighting resumed in northern Kessel State on Monday.", "Kessel State", "PERSON", COMPASS),
    ("Clashes spread across eastern Brevik at dawn.", "Brevik", "PERSON", COMPASS),
    ("The two sides met in Vesland Province last week.", "Vesland Province", "ORG", DIVISION),
    ("Troops crossed the Vesland Province border overnight.", "Vesland Province", "ORG", DIVISION),
    # a settlement named in its "of" phrase
    ("The hostages were freed in the town of Lunde on Friday.", "Lunde", "PERSON", PLACE_OF),
    ("Talks resumed in the northern city of Tarvik.", "Tarvik", "ORG", PLACE_OF),
    # an owner named only as the modifier of a building that is a venue
    ("The talks began in a heavily guarded Lunde Aid office on Friday.", "Lunde Aid", "ORG", VENUE_BUILDING),
    ("The envoys met at the Vestbank headquarters on Sunday.", "Vestbank", "ORG", VENUE_BUILDING),
])
def test_vetting_rejects_by_construction(state_of, text, words, label, why):
    st = state_of(text)
    assert vet_reason(st, _span(st, words), label) == why


@pytest.mark.parametrize("text, words, label", [
    ("Islamic State fighters attacked the convoy.", "Islamic State", "ORG"),  # division word, no place use
    ("The Accord Party won the vote.", "Accord Party", "ORG"),  # the head is "party", not "accord"
    ("Norland said the war was over.", "Norland", "GPE"),  # a subject
    ("The Lunde Aid office said the talks had begun.", "Lunde Aid", "ORG"),  # a building that speaks
    ("Gunmen attacked the Vestbank headquarters.", "Vestbank", "ORG"),  # an object, not a venue
    ("The Druze said they would join the talks.", "Druze", "NORP"),  # a community as a noun: a group
    ("The talks were held in Norway.", "Norway", "GPE"),  # a state: states.py decides its role
])
def test_vetting_keeps_parties(state_of, text, words, label):
    st = state_of(text)
    assert vet_reason(st, _span(st, words), label) is None


def test_vetting_keeps_the_owner_of_a_document(state_of):
    st = state_of("The envoys said the terms lie within UN Resolution 2290.")
    span = _span(st, "UN Resolution 2290")
    out = vet_spans(st, [(span.start, span.end, "ORG", span, "actors.names.ner_org")])
    assert [(sp.text, rule) for _, _, _, sp, rule in out] == [("UN", DOCUMENT_OWNER)]
    assert st.vetoed and st.vetoed[0][2] == DOCUMENT


@pytest.mark.parametrize("text, words, label, name, rule", [
    ("Airstrikes hit camps of the Ola Brandt group near the border.", "Ola Brandt", "ORG",
     "Ola Brandt group", GROUP_NAME),
    ("The army said the Tarvik network had moved its money.", "Tarvik", "PERSON", "Tarvik network", GROUP_NAME),
    ("The militants freed 21 Lunde schoolgirls on Sunday.", "Lunde", "ORG", "Lunde schoolgirls", ORIGIN_GROUP),
])
def test_name_that_only_modifies_a_group_noun_names_the_group(state_of, text, words, label, name, rule):
    st = state_of(text)
    grown = _named_group(st, _span(st, words), label)
    assert grown is not None and grown[3].text == name and grown[4] == rule


def test_name_used_alone_is_not_widened(state_of):
    text = "Ola Brandt said the Ola Brandt group would join the talks."
    st = state_of(text)
    span = _span(st, "Ola Brandt", last=True)
    assert span.root.dep_ == "compound" and span.root.head.text == "group"
    assert _named_group(st, span, "PERSON") is None


def test_untagged_origin_group(state_of):
    st = state_of("The militants freed 21 of the 200 Lunde schoolgirls held since May.")
    found = untagged_origin_groups(st, [])
    assert [(sp.text, rule) for *_, sp, rule in found] == [("Lunde schoolgirls", ORIGIN_GROUP)]


def test_origin_group_end_to_end(analyze):
    text = ("Gunmen freed the Tarvik schoolgirls on Sunday. The families of the Tarvik schoolgirls thanked Norland. "
            "Norland said the schoolgirls were driven home.")
    names = {a.name: a for a in analyze(text).actors}
    assert "Tarvik schoolgirls" in names and "Tarvik" not in names
    group = names["Tarvik schoolgirls"]
    assert group.kind == "group" and "the schoolgirls" in [a.lower() for a in group.aliases] + ["the " + a.lower()
                                                                                                for a in group.aliases]
    assert any(m.rule == "actors.vetting.origin_group_description" for m in group.mentions)


def test_pipeline_drops_places_documents_and_keeps_parties(analyze):
    text = ("Norland and the Vestfront rebels met in northern Kessel State on Monday. "
            "Vestfront said the deal lies within UN Resolution 2290. "
            "The captives were later driven to Tarvik in Red Cross vehicles, Norland said.")
    names = {a.name for a in analyze(text).actors}
    assert "Norland" in names
    assert not names & {"Kessel State", "UN Resolution 2290", "Tarvik"}


@pytest.mark.parametrize("text, kept", [
    ("Ola Brandt said the talks would resume. The minister later sent the proposal to Brandt.", "Ola Brandt"),
    ("Vestfront said it wanted talks. The captives were handed to Vestfront a day later.", "Vestfront"),
])
def test_sending_and_handing_reach_a_party(analyze, text, kept):
    assert kept in {a.name for a in analyze(text).actors}


def test_carried_to_a_place_is_no_actor(analyze):
    text = "The captives were flown to Lunde and then driven to Tarvik, the Red Cross said."
    names = {a.name for a in analyze(text).actors}
    assert not names & {"Lunde", "Tarvik"}


@pytest.mark.parametrize("text, crowd", [
    ("Within the cabinet, only two people knew that the envoy had gone to Lunde.", True),
    ("Just three people were told that the talks had begun, the minister said.", True),
    ("Two people familiar with the talks said that the deal was close.", False),
])
def test_counted_crowd_is_no_source(analyze, text, crowd):
    d = analyze(text)
    crowds = [a for a in d.actors if a.rule == "claims.speaker_actors.unnamed_source" and "people" in a.name]
    assert (not crowds) == crowd


def test_community_members_stay_an_unnamed_group(analyze):
    d = analyze("Several Druze members of the council said the vote should wait.")
    names = {a.name for a in d.actors}
    assert "Druze" not in names
    assert any("members" in n for n in names)


@pytest.mark.parametrize("text, venue", [
    ("Hours later the negotiators left the prime minister's office.", True),  # object of a verb of travel
    ("The talks were held at the ministry's headquarters on Monday.", True),  # after a venue preposition
    ("Talks started in a heavily guarded aid office.", True),
    ("The prime minister's office said the talks had ended.", False),  # the office speaks
    ("A statement from the office denied the report.", False),  # a source, not a venue
    ("A source in the minister's office said the envoy was ready.", False),  # the source belongs to it
])
def test_building_as_venue(state_of, text, venue):
    st = state_of(text)
    tok = next(t for t in st.doc if t.lower_ in ("office", "headquarters"))
    assert building_as_venue(st, tok) == venue


def test_office_used_as_a_venue_is_no_actor(analyze):
    names = [a.name.lower() for a in analyze("The talks started in a heavily guarded Norland Aid office on Friday.").actors]
    assert not [n for n in names if "office" in n], names
