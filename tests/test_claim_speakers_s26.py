"""Attribution structure of session 26: who speaks in a gerund or participle of speech, a joint
speaker, a speech act an "according to" only relays, a medium named again after it cited sources,
and an inverted tail. (A bare plural of a named party, "the source" and "one of the sources" are
the actors stage's: ``actors.descriptions``, tests/test_descriptions_s26.py.)

Why: the speaker of a claim was missing or wrong in these constructions (the parse climbs from a
gerund to the main clause's subject, "the two sides" made no speaker, a medium that carried a
quotation spoke it). Each test is named after the rule id it checks; every sentence is invented,
and each rule has near-miss sentences on which it must not fire.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


# -- claims.attribution.gerund_subject / gerund_controller --------------------------------------

@pytest.mark.parametrize("text, words, speaker, rule", [
    ("The talks resumed despite Norland saying that it would boycott them.", "boycott", "Norland",
     "claims.attribution.gerund_subject"),
    ("The summit went ahead despite Ola Brandt, the Vesterland foreign minister, saying in a statement "
     "that he opposed it.", "opposed", "Ola Brandt", "claims.attribution.gerund_subject"),
    ("The vote was delayed following Jo Lee claiming that the count had been rigged.", "rigged", "Jo Lee",
     "claims.attribution.gerund_subject"),
    ("The truce held for a week after Kari Dahl, a senior Lunde negotiator, insisting that no troops would "
     "move, flew home.", "no troops", "Kari Dahl", "claims.attribution.gerund_subject"),
    ("Despite saying that he would attend, Ola Brandt stayed home in Lunde.", "attend", "Ola Brandt",
     "claims.attribution.gerund_controller"),
    ("After insisting for weeks that the border would stay shut, Norland reopened it on Monday.", "border",
     "Norland", "claims.attribution.gerund_controller"),
])
def test_claims_attribution_gerund_subject(claims_of, text, words, speaker, rule):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == speaker and trace(c).get("speaker") == rule


@pytest.mark.parametrize("text, words, speaker", [
    # the comma closes the main clause's phrase, not an apposition: the subject speaks
    ("Ola Brandt left after the meeting, saying that nothing had been agreed.", "nothing", "Ola Brandt"),
    ("Kari Dahl signed the text despite the objections, saying she had no choice.", "no choice", "Kari Dahl"),
])
def test_claims_attribution_gerund_subject_near_misses(claims_of, text, words, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == speaker and "gerund" not in trace(c).get("speaker", "")


# -- claims.attribution.according_participle -----------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("The plan sets a deadline of June, according to a Norland official, adding that the talks could "
     "collapse.", "could collapse", "Norland official"),
    ("Two prisoners were freed on Monday, according to Ola Brandt, adding that more releases would follow.",
     "more releases", "Ola Brandt"),
    ("The envoy's trip to Lunde will last three days, according to Kari Dahl, noting that it was planned "
     "months ago.", "planned months", "Kari Dahl"),
])
def test_claims_attribution_according_participle(claims_of, text, words, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") == "claims.attribution.according_participle"
    acc = [x for x in claims if x.rule == "claims.nominal.according_to"]
    assert len(acc) == 1 and words not in acc[0].content  # "according to" keeps the clause before


@pytest.mark.parametrize("text, words, speaker", [
    # the main clause's subject acts: the participle is its act
    ("Norland rejected the offer, according to the envoy, saying it was unfair.", "unfair", "Norland"),
    # the participle comes before the "according to"
    ("The Lunde ministry confirmed the visit, adding that the envoy would stay two days, according to a "
     "diplomat.", "two days", "Lunde ministry"),
])
def test_claims_attribution_according_participle_near_misses(claims_of, text, words, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert trace(c).get("speaker") != "claims.attribution.according_participle"
    assert name(c, actors) == speaker


# -- claims.attribution.quoted_object ------------------------------------------------------------

def test_claims_attribution_quoted_object(claims_of):
    claims, actors = claims_of("The radio reported that the talks had been postponed but quoted a Vesterland aide as "
                               "saying that a date was near.")
    c = by_content(claims, "date was near")
    assert name(c, actors) == "Vesterland aide"
    assert trace(c).get("speaker") == "claims.attribution.quoted_object"


def test_claims_attribution_quoted_object_near_miss(claims_of):
    claims, _ = claims_of("Ola Brandt said the talks had stalled but accused Vesterland of lying about the deal.")
    c = by_content(claims, "lying")
    assert c.speaker == "ola-brandt" and trace(c).get("speaker") == "claims.attribution.coordinated_act"


# -- claims.speakers.joint_parties ---------------------------------------------------------------

OPENING = "Norland and Vesterland held talks in Oslo last week. "


@pytest.mark.parametrize("text, words, head", [
    ("The two sides said in a joint statement that they would meet again in May.", "meet again", "sides"),
    ("Both sides said the talks had been constructive.", "constructive", "sides"),
    ("The two delegations said they had agreed on a prisoner exchange.", "prisoner exchange", "delegations"),
    ("The two countries announced in a joint communique that the border would reopen.", "border", "countries"),
    ("Both parties told reporters that a deal was near.", "deal was near", "parties"),
    ("A deal is near, the two sides said on Friday.", "deal is near", "sides"),
])
def test_claims_speakers_joint_parties(claims_of, text, words, head):
    claims, actors = claims_of(OPENING + text)
    c = by_content(claims, words)
    a = actors[c.speaker]
    assert a.kind == "group" and not a.named and a.name.endswith(head)
    assert trace(c).get("speaker") == "claims.speakers.joint_parties"


def test_claims_speakers_joint_parties_they_go_on(claims_of):
    claims, _ = claims_of(OPENING + "The two sides said in a joint statement that they would meet again in May. "
                          "“We have agreed on a framework,” they said in the statement.")
    first, second = by_content(claims, "meet again"), by_content(claims, "framework")
    assert first.speaker is not None and second.speaker == first.speaker


@pytest.mark.parametrize("text", [
    # two people: each speaks (claims.speakers.each_party)
    "Ola Brandt met Kari Dahl in Oslo on Monday. The two leaders said they were satisfied with the talks.",
    # a modifier names whose they are: not the pair
    OPENING + "The two Norland delegations said they were leaving.",
    # one party named before: nobody to point back at
    "Norland held talks in Oslo last week. The two sides said they would meet again.",
])
def test_claims_speakers_joint_parties_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert not any(trace(c).get("speaker") == "claims.speakers.joint_parties" for c in claims)


# -- claims.nesting.according_relay --------------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Ola Brandt said on Sunday he had been released unharmed, according to footage from a Norland "
     "broadcaster.", "released unharmed", "Ola Brandt"),
    ("Kari Dahl warned that the deal could collapse, according to two people present at the meeting.",
     "could collapse", "Kari Dahl"),
    ("According to a transcript released on Friday, Jo Lee said the offer was final.", "offer was final",
     "Jo Lee"),
    ("But Jo Lee told reporters the crossing would stay closed, according to a recording aired in Lunde.",
     "crossing", "Jo Lee"),
])
def test_claims_nesting_according_relay(claims_of, text, words, speaker):
    claims, actors = claims_of(text)
    assert len(claims) == 1, [(c.rule, c.content) for c in claims]
    c = by_content(claims, words)
    assert name(c, actors) == speaker and "according" not in (c.content or "")
    assert trace(c).get("speaker") == "claims.nesting.according_relay" and "nesting" not in trace(c)


@pytest.mark.parametrize("text, source", [
    ("The offer was rejected on Monday, according to Ola Brandt.", "Ola Brandt"),
    # the inner speaker does not open the content: the "according to" source reports the whole
    ("The talks collapsed after Ola Brandt said he would leave, according to Kari Dahl.", "Kari Dahl"),
])
def test_claims_nesting_according_relay_near_misses(claims_of, text, source):
    claims, actors = claims_of(text)
    acc = [c for c in claims if c.rule == "claims.nominal.according_to"]
    assert len(acc) == 1 and name(acc[0], actors) == source


# -- claims.speakers.reporting_medium after a cited source ---------------------------------------

def test_claims_speakers_reporting_medium_not_the_cited_source(claims_of):
    claims, actors = claims_of("Norland and Vesterland held secret talks in Lunde in May, the Lunde Post reported, "
                               "citing two officials. The newspaper also reported that a new round was planned "
                               "for July.")
    c = by_content(claims, "new round")
    assert name(c, actors) == "Lunde Post" and trace(c).get("speaker") == "claims.speakers.reporting_medium"


# -- claims.attribution.inverted_tail ------------------------------------------------------------

def test_claims_attribution_inverted_tail(claims_of):
    claims, actors = claims_of("The prisoners were exchanged at the crossing near Lunde, a town in northern "
                               "Norland, said local sources.")
    c = by_content(claims, "exchanged")
    assert c.rule == "claims.attribution.inverted_tail" and name(c, actors) == "local sources"


def test_claims_attribution_inverted_tail_near_miss(claims_of):
    claims, actors = claims_of("The prisoners were exchanged at the crossing near Lunde, a town in northern "
                               "Norland, the town's mayor said.")
    c = by_content(claims, "exchanged")
    assert c.rule == "claims.attribution.tail_said"


def test_gerund_subject_stops_at_a_verbless_root(nlp):
    """A fragment whose root is a noun ("The new chief of staff, saying nothing ...") ends the climb
    at the root: spaCy makes a new Token on every ``.head``, so the root is found by index (an
    identity test never ended, and hung the PolNeAR benchmark)."""
    from backchannel.extract.claims.attribution import gerund_subject
    from backchannel.extract.claims.cue_lexicon import lexicon as claims_lexicon

    for text in ("The new chief of staff, saying nothing about the talks.",
                 "A quiet week in Lima, saying little, waiting for news."):
        doc = nlp(text)
        for t in doc:
            if t.tag_ == "VBG":
                gerund_subject(t, claims_lexicon())  # returns (the old loop never did)
