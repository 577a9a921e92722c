"""Joint speakers (claims.joint.joint_speakers, claims.joint.joint_group_again): one noun phrase
naming the people of two sides speaks as one unnamed group; a later "the two sides" or "the joint
statement" is that group again. Invented sentences, names and events.
"""

from __future__ import annotations

import pytest

from claim_helpers import first_by_content
from backchannel.model import Actor, Claim

OPEN = "The Norland government and the Lunde Front spent a week of talks in Ostmark. "


def speaker(c: Claim, actors: dict[str, Actor]) -> Actor:
    assert c.speaker in actors, c.speaker
    return actors[c.speaker]


@pytest.mark.parametrize("text, words, name", [
    # coordinated modifiers of one plural head: a bare "government" and a name
    (OPEN + "Government and Front delegates later declared that the two camps would gather again each spring.",
     "gather again each spring", "Government and Front delegates"),
    # two names as modifiers, past tense, time phrase between subject and verb
    (OPEN + "Norland and Front negotiators on Friday announced that the border would reopen.",
     "border would reopen", "Norland and Front negotiators"),
    # a coordinated "of" phrase
    (OPEN + "Representatives of the Norland government and the Lunde Front said the talks would resume in May.",
     "talks would resume", "Representatives of the Norland government and the Lunde Front"),
    # a coordinated "from" phrase, "told reporters"
    (OPEN + "Envoys from Norland and the Lunde Front told reporters that a truce would begin on Monday.",
     "truce would begin", "Envoys from Norland and the Lunde Front"),
    # demonyms, with a post-modifier that is no part of the group's name
    ("Greece and Turkey held talks in Vienna. Greek and Turkish officials familiar with the talks said a deal "
     "on the islands was close.", "deal on the islands was close", "Greek and Turkish officials"),
    # "according to", the speaker after the content
    ("Greece and Turkey held talks in Vienna. A truce will begin on Monday, according to Turkish and Greek "
     "diplomats.", "truce will begin", "Turkish and Greek diplomats"),
])
def test_claims_joint_joint_speakers(claims_of, text, words, name):
    claims, actors = claims_of(text)
    c = first_by_content(claims, words)
    a = speaker(c, actors)
    assert name in [a.name, *a.aliases] and not a.named and a.kind == "group"
    assert (c.trace or {}).get("speaker") == "claims.joint.joint_speakers"


def test_claims_joint_group_again_two_sides(claims_of):
    claims, actors = claims_of(OPEN + "Representatives of the Norland government and the Lunde Front said the talks "
                               "would resume in May. The two sides said in a joint statement that prisoners would be "
                               "freed.")
    first, later = first_by_content(claims, "talks would resume"), first_by_content(claims, "prisoners would be freed")
    assert first.speaker == later.speaker
    assert "two sides" in speaker(later, actors).aliases
    assert (later.trace or {}).get("speaker") == "claims.joint.joint_group_again"


def test_claims_joint_document_follows_the_group(claims_of):
    claims, actors = claims_of(OPEN + "Government and Front officials declared in a joint statement on Sunday that the "
                               "talks would resume. “Both parties will free their prisoners,” the joint statement "
                               "said.")
    first, later = first_by_content(claims, "talks would resume"), first_by_content(claims, "free their prisoners")
    assert speaker(first, actors).name == "Government and Front officials"
    assert later.speaker == first.speaker


def test_claims_joint_same_words_again(claims_of):
    claims, actors = claims_of("Greece and Turkey held talks in Vienna. Greek and Turkish officials said the talks "
                               "went well. Both sides will meet again in June, according to Turkish and Greek "
                               "officials.")
    a, b = first_by_content(claims, "talks went well"), first_by_content(claims, "meet again in June")
    assert a.speaker == b.speaker
    assert len([x for x in actors.values() if "officials" in x.name]) == 1


@pytest.mark.parametrize("text, words", [
    # no party among the coordinated modifiers: an ordinary anonymous source
    ("Greece and Turkey held talks in Vienna. Current and former officials said the talks went well.",
     "talks went well"),
    # whole phrases coordinated: the first conjunct speaks (claims.speakers.first_conjunct)
    ("Greece and Turkey held talks in Vienna. Greece and Turkey said in a statement that the talks went well.",
     "talks went well"),
    ("Greece and Turkey held talks in Vienna. A Greek official and a Turkish envoy said the talks went well.",
     "talks went well"),
    # the coordination is inside one party's description
    ("Greece and Turkey held talks in Vienna. Officials from the Greek ministries of defence and finance said "
     "the talks went well.", "talks went well"),
])
def test_claims_joint_near_misses(claims_of, text, words):
    claims, _ = claims_of(text)
    c = first_by_content(claims, words)
    assert (c.trace or {}).get("speaker") not in ("claims.joint.joint_speakers", "claims.joint.joint_group_again")


# -- claims.candidates.relative_pronoun: a "who" clause hung on a thing (syntax.animate_antecedent) --

@pytest.mark.parametrize("text, words, name", [
    ("Norland halted its strikes after Vesterland-mediated talks with the Lunde Front, who said the truce was "
     "a victory.", "truce was a victory", "Lunde Front"),
    ("The border reopened after a meeting with Ola Brandt, who told reporters that the crossing was safe.",
     "crossing was safe", "Ola Brandt"),
    ("Prisoners were freed after months of negotiations with Vesterland, who insisted that no ransom was paid.",
     "no ransom was paid", "Vesterland"),
])
def test_claims_relative_who_on_a_thing(claims_of, text, words, name):
    claims, actors = claims_of(text)
    assert name in speaker(first_by_content(claims, words), actors).name


@pytest.mark.parametrize("text, words, name", [
    # the clause hangs on a noun of people: that noun speaks
    ("The truce held, said the envoy of Norland, who added that the border would reopen.",
     "border would reopen", "envoy"),
    ("Norland sent the spokesman of the Lunde Front, who said the truce was a victory.",
     "truce was a victory", "spokesman"),
])
def test_claims_relative_who_on_people_near_miss(claims_of, text, words, name):
    claims, actors = claims_of(text)
    assert name in speaker(first_by_content(claims, words), actors).name


def test_claims_animate_antecedent_on_a_misparse():
    # the parse that hangs "who said" on "talks" (as the tagger does on some headlines), built by hand
    import spacy
    from spacy.tokens import Doc

    from backchannel.extract.claims.syntax import animate_antecedent, subject_of
    words = ["Brandt", "halts", "raids", "after", "Oman", "-", "mediated", "talks", "with", "Kestrel", ",", "who",
             "said", "the", "truce", "holds", "."]
    heads = [1, 1, 1, 2, 6, 6, 7, 3, 7, 8, 9, 12, 7, 14, 15, 12, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "npadvmod", "punct", "amod", "pobj", "prep", "pobj", "punct", "nsubj",
            "relcl", "det", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB",
           "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    said = doc[12]
    assert animate_antecedent(said).text == "Kestrel"
    assert subject_of(said, None).text == "Kestrel"
    # a "which" clause, or a "who" on a noun of people, keeps the parse's noun
    doc2 = Doc(spacy.blank("en").vocab, words=["the", "envoy", "of", "Norland", ",", "who", "said", "it", "holds"],
               heads=[1, 6, 1, 2, 3, 6, 1, 8, 6], deps=["det", "nsubj", "prep", "pobj", "punct", "nsubj", "relcl",
                                                      "nsubj", "ccomp"],
               pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB"])
    assert animate_antecedent(doc2[6]) is None


# -- claims.descriptions.definite_description: an unnamed actor met before keeps its description --

@pytest.mark.parametrize("text, words", [
    ("The opposition walked out of the talks in Ostmark on Monday. Norland says the sanctions hurt the OPEC "
     "member's economy. The opposition coalition said the vote had been rigged.", "vote had been rigged"),
    ("Norland and the opposition met in Ostmark. Norland blames the sanctions on the OPEC cartel. The opposition "
     "coalition demands freedom for members whom it calls “political prisoners”.", "political prisoners"),
])
def test_claims_descriptions_unnamed_again(claims_of, text, words):
    claims, actors = claims_of(text)
    assert speaker(first_by_content(claims, words), actors).name == "opposition"


def test_claims_descriptions_definite_description_still_names(claims_of):
    # near miss: a description with no unnamed actor of its own still stands for the organisation
    claims, actors = claims_of("Kestrel Mining said its mines were closed on Monday. The company said the talks had "
                               "failed.")
    c = first_by_content(claims, "talks had failed")
    assert speaker(c, actors).name == "Kestrel Mining"
    assert (c.trace or {}).get("speaker") == "claims.descriptions.definite_description"


# -- claims.outlet_named_after.outlet_named_after -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norland and Vesterland held secret talks in Lunde in May, a Vesterland newspaper said on Thursday. The Lunde "
    "Post reported that the envoys met twice.",
    "Norland and Vesterland held secret talks in Lunde in May, a Vesterland news agency reported. Citing two aides, the Lunde "
    "Post reported that the envoys met twice.",
    "Norland and Vesterland hold secret talks in Lunde, a Vesterland newspaper says. The talks began in May. The "
    "Lunde Post reports that the envoys met twice.",
])
def test_claims_outlet_named_after(claims_of, text):
    claims, actors = claims_of(text)
    first, later = first_by_content(claims, "secret talks"), first_by_content(claims, "envoys met twice")
    assert first.speaker == later.speaker and speaker(later, actors).name == "Lunde Post"
    assert (first.trace or {}).get("speaker") == "claims.outlet_named_after.outlet_named_after"
    assert any(w in al for al in speaker(first, actors).aliases for w in ("newspaper", "agency"))


@pytest.mark.parametrize("text", [
    # a person reports next: no outlet named
    "Norland and Vesterland held secret talks in Lunde in May, a Vesterland newspaper said on Thursday. Ola "
    "Brandt reported that the envoys met twice.",
    # the named outlet comes too late
    "Norland and Vesterland held secret talks in Lunde in May, a Vesterland newspaper said on Thursday. The talks "
    "began in April. The envoys flew home. The weather was cold. The Lunde Post reported that the envoys met twice.",
])
def test_claims_outlet_named_after_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert (first_by_content(claims, "secret talks").trace or {}).get("speaker") != \
        "claims.outlet_named_after.outlet_named_after"


# -- claims.nesting.inner_speech: a named speaker's nominal claim inside another's words ----------

@pytest.mark.parametrize("text, name", [
    ("Claims by Ola Brandt that the rebels had surrendered are false, a rebel commander said.", "Ola Brandt"),
    ("A rebel commander said the statement by Ola Brandt that the rebels had surrendered was a lie.", "Ola Brandt"),
    ("Vesterland rejected the claim by Norland that its troops had crossed the border, the ministry said.",
     "Norland"),
    ("Ola Brandt's claim that the rebels had surrendered is false, a rebel commander said.", "Ola Brandt"),
    # a title before the name, the outer claim a partial quote
    ("Claims by Norland's president Ola Brandt that the rebels have surrendered are “completely false,” a senior "
     "rebel official said on Monday.", "Ola Brandt"),
])
def test_claims_nesting_inner_nominal_claim(claims_of, text, name):
    claims, actors = claims_of(text)
    inner = [c for c in claims if (c.trace or {}).get("nesting") == "claims.nesting.inner_speech"]
    assert [speaker(c, actors).name for c in inner] == [name]
    assert len(claims) == 2


@pytest.mark.parametrize("text", [
    "His claim that the rebels had surrendered is false, a rebel commander said.",
    "A rebel commander said the claim that the rebels had surrendered was false.",
])
def test_claims_nesting_inner_nominal_claim_near_misses(claims_of, text):
    claims, _ = claims_of(text)
    assert len(claims) == 1 and not any("nesting" in (c.trace or {}) for c in claims)
