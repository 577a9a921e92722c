"""Speakers of claims: datelines are no transcript labels, and a surname names the person whose
last word it is (invented sentences; round 8)."""

from __future__ import annotations

import pytest

from backchannel.resolve.merge import link_partial_names


@pytest.mark.parametrize("text", [
    "OSLO: The Tarvian rebels will not return to the table until their fighters are freed, their envoy said.",
    "NAIROBI: The Velmar council has agreed to a second round of talks, a spokesman said on Friday.",
    "Geneva: Delegates from Ostrava and Lindmark met for six hours, officials said.",
    "BEIRUT: Talks on the detainees broke down late on Monday, according to a mediator.",
    "Kenya: The ministry said the convoy of aid trucks had crossed the border.",
    "WASHINGTON: The envoy told reporters that the exchange would take place next week.",
])
def test_claims_signed_transcript_line_not_a_dateline(claims_of, text):
    claims, _ = claims_of(text)
    assert not [c for c in claims if c.rule.startswith("claims.signed.")], [(c.rule, c.speaker) for c in claims]


@pytest.mark.parametrize("text, speaker", [
    ("MODERATOR: Will the prisoners come home?\n\nKARIMOVA: They will, before the winter.", "karimova"),
])
def test_claims_signed_transcript_line_person_label_kept(claims_of, text, speaker):
    """A person's label is no place: the guard leaves real transcripts alone."""
    claims, _ = claims_of(text)
    assert [c.rule for c in claims] == ["claims.signed.transcript_line"] * 2
    assert claims[1].speaker == speaker


def test_surname_prefers_the_name_it_ends():
    names = ["Karim Haddad", "Sheikh Samir Haddad Rustami"]
    assert link_partial_names(names, "Haddad") == "Karim Haddad"
    assert link_partial_names(["Dana Okafor", "Chief Emeka Okafor Nwosu"], "Okafor") == "Dana Okafor"


@pytest.mark.parametrize("names, name", [
    (["Karim Haddad", "Layla Haddad"], "Haddad"),                    # two people end in it
    (["Tomas Orlen Varga", "Ilse Varga"], "Varga"),
    (["Sheikh Samir Haddad Rustami", "Omar Haddad Belkacem"], "Haddad"),  # a middle word of both
])
def test_surname_prefers_the_name_it_ends_not(names, name):
    assert link_partial_names(names, name) is None


@pytest.mark.parametrize("text, speaker", [
    ("A Norwegian diplomat based in Nairobi, Lars Eide Holm, a trade counsellor at the embassy, arrived in Gulu "
     "and told the rebels that a larger team was coming.", "lars-eide-holm"),
    ("A Kenyan official familiar with the talks, Peter Ouma, said the prisoners would be freed on Monday.",
     "peter-ouma"),
    ("An aide to the Velmar president, Jo Ruiz, told reporters that the ceasefire was holding.", "jo-ruiz"),
    ("The negotiator sent by the Tarvian council, Ali Hamad, said the exchange would go ahead.", "ali-hamad"),
    ("A spokesman for the rebels in the north, Omar Diallo, said the hostages were unharmed.", "omar-diallo"),
])
def test_actors_descriptors_apposition_postmodified(claims_of, text, speaker):
    """A description with a postmodifier before the apposed name is the named person's own."""
    claims, _ = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize("text", [
    "Lars Holm met the rebels on Monday. A diplomat based in Nairobi said the talks had failed.",
    "Jo Ruiz arrived in Gulu. An official familiar with the talks said the prisoners were safe.",
])
def test_actors_descriptors_apposition_postmodified_not(claims_of, text):
    """Without an apposed name, an indefinite description is someone new, not the person named before."""
    claims, actors = claims_of(text)
    assert len(claims) == 1 and not actors[claims[0].speaker].named


@pytest.mark.parametrize("text, content", [
    ("Velmar President Jo Ruiz insists that his cabinet never promised to release the fighters, as stated in an "
     "accord the council signed with the militia.", "his cabinet never promised to release the fighters"),
    ("The minister said the prisoners would be freed within ten days, as demanded by the rebels.",
     "the prisoners would be freed within ten days"),
    ("Officials said the convoy had crossed the border, as required under the truce.",
     "the convoy had crossed the border"),
    ("Jo Ruiz told reporters the envoy had not met the delegation, as claimed by the opposition.",
     "the envoy had not met the delegation"),
])
def test_claims_content_trailing_gloss_as_participle(claims_of, text, content):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [content]
    assert dict(claims[0].trace or {}).get("content") == "claims.content.trailing_gloss"


@pytest.mark.parametrize("text, content", [
    ("The envoy said that the deal, as drafted by the mediators, would free 200 detainees.",
     "the deal, as drafted by the mediators, would free 200 detainees"),  # inside the clause
    ("The envoy said that he would act as instructed.", "he would act as instructed"),  # no comma
    ("The minister said the prisoners would be freed, as the rebels had demanded.",
     "the prisoners would be freed, as the rebels had demanded"),  # a clause with its own subject
])
def test_claims_content_trailing_gloss_as_participle_not(claims_of, text, content):
    claims, _ = claims_of(text)
    assert content in [c.content for c in claims]


@pytest.mark.parametrize("text, outer, inner, speaker", [
    ("Velmar's government said it had not asked anyone to mediate, despite Norway saying it had received "
     "a request to help.", "it had not asked anyone to mediate", "it had received a request to help", "norway"),
    ("The officials said the gunmen were still in Tarvia, despite a statement on Monday by Jo Ruiz, the "
     "council's envoy, that they had left the country.", "the gunmen were still in Tarvia",
     "they had left the country", "jo-ruiz"),
    ("The envoy said the talks would resume, after the council insisting that its terms had been met.",
     "the talks would resume", "its terms had been met", None),
])
def test_claims_coordinated_prepositional_report(claims_of, text, outer, inner, speaker):
    claims, _ = claims_of(text)
    assert [c.content for c in claims] == [outer, inner]
    if speaker is not None:  # (the parse may already end the first clause before "after")
        assert dict(claims[0].trace or {}).get("content") == "claims.coordinated.prepositional_report"
        assert claims[1].speaker == speaker


@pytest.mark.parametrize("text, content", [
    ("The minister said the border would stay shut, despite saying last week that it would reopen.",
     "the border would stay shut, despite saying last week that it would reopen"),  # no subject of its own
    ("The envoy said the talks had failed despite the council saying otherwise.",
     "the talks had failed despite the council saying otherwise"),  # no comma: inside the report
])
def test_claims_coordinated_prepositional_report_not(claims_of, text, content):
    claims, _ = claims_of(text)
    assert claims[0].content == content


def test_actors_names_spanish_y_joins_two_surnames(claims_of):
    """'Oquendo y Vidal' is one surname run: the speaker is the person with the whole name."""
    claims, actors = claims_of("President Luis Ferro on Friday asked Tomas Oquendo y Vidal to mediate. "
                               "Oquendo y Vidal said he would consult the bishops first.")
    assert claims[-1].speaker == "tomas-oquendo-y-vidal"
    assert "tomas-oquendo" not in actors


@pytest.mark.parametrize("text, speaker", [
    ("Spokesman for the Velmar council Jo Ruiz has confirmed that the delegation did not meet the envoy.", "jo-ruiz"),
    ("Spokesperson of the rebel political office Ali Hamad said on Sunday that the talks would resume.",
     "ali-hamad"),
    ("Senior adviser to the council Jo Ruiz said the prisoners would be freed.", "jo-ruiz"),
])
def test_claims_speakers_title_phrase_name(claims_of, text, speaker):
    claims, _ = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize("text, name", [
    ("Spokesman for Jo Ruiz said the talks would resume.", "jo-ruiz"),        # whom he speaks for
    ("An adviser to President Jo Ruiz said the talks would resume.", "jo-ruiz"),  # a title before the name
    ("Spokesman for the Velmar council said the talks would resume.", None),   # no name at all
])
def test_claims_speakers_title_phrase_name_not(claims_of, text, name):
    claims, actors = claims_of(text)
    assert len(claims) == 1 and claims[0].speaker != name and not actors[claims[0].speaker].named


@pytest.mark.parametrize("text, speaker", [
    ("Oman hosted the talks. “We are proud of our role,” the Gulf Arab state said on Thursday.", "oman"),
    ("Austria rejected the plan. The landlocked nation said it would not accept the new border.", "austria"),
    ("The Philippine government sent a team to Jolo on Monday. The island nation said on Tuesday that the "
     "hostages were safe.", "philippines"),
])
def test_claims_descriptions_definite_state(claims_of, text, speaker):
    claims, actors = claims_of(text)
    assert [c.speaker for c in claims] == [speaker]
    # (s35) the actors stage makes the description a mention of the state (actors.definite_states), which
    # the speaker phrase then reads directly; the claims rule remains for what that stage leaves
    assert dict(claims[0].trace or {}).get("speaker") == "claims.descriptions.definite_state" or any(
        m.rule == "actors.definite_states.state_description" for m in actors[speaker].mentions)


@pytest.mark.parametrize("text", [
    "Austria and Hungary met in Vienna. The two countries said the talks had been useful.",
    "Austria rejected the plan. A country that hosted the talks said it was disappointed.",
    "Austria rejected the plan. The country's foreign ministry said the talks had failed.",
])
def test_claims_descriptions_definite_state_not(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1 and claims[0].speaker != "austria"


@pytest.mark.parametrize("text, speakers", [
    ("Both Mr Varga and Mr Holm told the radio on Monday that they hoped for an early deal in Geneva.",
     ["varga", "holm"]),
    ("Jo Ruiz met Ali Hamad in Oslo on Friday. The changes had been approved by the council, the two men said.",
     ["jo-ruiz", "ali-hamad"]),
    ("Jo Ruiz met Ali Hamad in Oslo. Both men told reporters the talks had been useful.", ["jo-ruiz", "ali-hamad"]),
])
def test_claims_speakers_each_party(claims_of, text, speakers):
    claims, _ = claims_of(text)
    assert [c.speaker for c in claims] == speakers
    assert len({c.content for c in claims}) == 1


@pytest.mark.parametrize("text", [
    "Jo Ruiz and Ali Hamad said the talks had been useful.",                    # plain coordination: the first
    "Jo Ruiz met Ali Hamad in Oslo. The two sides said the talks had been useful.",  # sides, not people
    "Jo Ruiz met Ali Hamad and Lars Holm in Oslo. The two men said the talks had been useful.",  # three named
])
def test_claims_speakers_each_party_not(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1


def test_claims_speakers_each_party_not_the_people_in_the_content(claims_of):
    claims, _ = claims_of("Jo Ruiz met Ali Hamad in Oslo on Friday. The changes had been approved by President Lars "
                          "Holm, the two men said.")
    assert [c.speaker for c in claims] == ["jo-ruiz", "ali-hamad"]
