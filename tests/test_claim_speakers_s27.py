"""Attribution structure of session 27: a description and a name between a closing quotation and
its cue ("“…,” the co-founder of X, Jo Lee, told Reuters").

Why: the parse hangs the description on the quoted clause, leaves the cue without a subject, and
the fallback for inverted cues ("“…,” said the general") then took the addressee after "told"
(a news agency, "reporters") as the speaker, or the description's head was resolved to another
person. Every sentence is invented; near misses keep the object that speaks ("cited X as saying")
and a name already in apposition to the subject.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace


PRE = "Ola Brandt left a Norland jail on Tuesday for Vesterland. "


@pytest.mark.parametrize("text, words, speaker", [
    ("\"Our biggest problem was that the old government never cared about our client,\" "
     "the co-founder of Norland law firm Kettle, Jon Arvik, told Reuters.", "biggest problem", "Jon Arvik"),
    ("\"The talks were slow,\" the vice-president of the Norland Red Cross, Mia Sund, told the Vesterland "
     "Times.", "talks were slow", "Mia Sund"),
    ("\"We were not consulted,\" a lawyer for the family, Pal Holm, told reporters.", "not consulted",
     "Pal Holm"),
    ("\"It was a long wait,\" the former head of the Norland Bar, Eva Lind, told Reuters on Monday.",
     "long wait", "Eva Lind"),
    ("“Nobody expected the release,” the spokesman of the Vesterland Workers Union, Kari Dahl, told "
     "the agency.", "Nobody expected", "Kari Dahl"),
    ("“The fee was never paid,” a partner at the Lunde firm Arvik and Holm, Jo Lee, told journalists "
     "late on Friday.", "fee was never paid", "Jo Lee"),
])
def test_claims_attribution_described_before_cue(claims_of, text, words, speaker):
    claims, actors = claims_of(PRE + text)
    c = by_content(claims, words)
    assert name(c, actors) == speaker, (trace(c), [a.name for a in actors.values()])


@pytest.mark.parametrize("text, words, speaker", [
    # the object of "cited … as saying" speaks, not the ministry before the cue
    ("“This is a good day for dialogue,” the Norland foreign ministry quoted Ola Brandt as saying on Friday.",
     "good day", "Ola Brandt"),
    # an inverted cue with nothing between the quotation and the cue: the name after it
    ("“We will not sign,” said Jo Lee, the Vesterland envoy.", "not sign", "Jo Lee"),
    # a pronoun before the cue: the addressee after "told" never speaks
    ("“Nothing is agreed,” he told reporters.", "Nothing is agreed", "Ola Brandt"),
])
def test_claims_attribution_described_before_cue_near_misses(claims_of, text, words, speaker):
    claims, actors = claims_of(PRE + text)
    c = by_content(claims, words)
    assert name(c, actors) == speaker
    assert trace(c).get("speaker") != "claims.attribution.described_before_cue"


# -- a cue the tagger made a noun: "“…,” Lee's statement read." -------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("“By tonight, Ola Brandt will be home,” Lee’s statement read.", "By tonight", "Jo Lee"),
    ("“We thank Vesterland for its help,” the envoy's note read.", "We thank Vesterland", "Jo Lee"),
    ("“Both sides will keep the truce,” a joint statement read.", "keep the truce", None),
    ("“We will not sign,” Kari Dahl's letter read.", "will not sign", "Kari Dahl"),
    ("“The border will reopen on Friday,” the ministry statement read.", "border will reopen", None),
    ("“Talks are over,” Norland's statement read on Monday.", "Talks are over", "Norland"),
])
def test_claims_cue_verb_tagged_noun(claims_of, text, words, speaker):
    claims, actors = claims_of("Jo Lee, the Norland envoy, flew to Lunde on Monday. " + text)
    c = by_content(claims, words)
    assert c.cue == "read"
    if speaker is not None:
        assert name(c, actors) == speaker


@pytest.mark.parametrize("text", [
    "The envoy's note was a quick read for the ministers.",
    "Jo Lee read the statement to the press in Lunde.",
    "The read of the text took an hour, and the ministers left.",
])
def test_claims_cue_verb_tagged_noun_near_misses(claims_of, text):
    claims, _ = claims_of("Jo Lee, the Norland envoy, flew to Lunde on Monday. " + text)
    assert not any(c.cue == "read" for c in claims)


# -- a tail speaker whose modifier names parties: "…, a source close to the talks between A and B told X" --

@pytest.mark.parametrize("text, words, speaker", [
    ("Two prisoners were freed on Friday, a source close to the talks between Norland and Vesterland "
     "told reporters.", "prisoners were freed", "source close to the talks"),
    ("The envoy had flown to Lunde twice, a source close to the talks between Norland and the Front told "
     "the agency.", "flown to Lunde", "source close to the talks"),
    ("The deal was signed on Monday, an official close to the negotiations over the release of the prisoners "
     "told reporters.", "deal was signed", None),
    ("The talks had stalled over the border, a source close to the negotiations in Lunde told reporters.",
     "talks had stalled", "source close to the negotiations"),
    ("The envoy met the rebels twice in May, a diplomat familiar with the contacts between Norland and "
     "Vesterland told the newspaper.", "envoy met the rebels", "diplomat familiar with the contacts"),
    ("Norland will free the crew next week, a person briefed on the talks between the two sides told "
     "reporters.", "free the crew", None),
])
def test_claims_tail_speaker_modifier_is_no_speaker(claims_of, text, words, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    got = name(c, actors)
    assert got not in ("Norland", "Vesterland", "Front", "Lunde")
    if speaker is not None:
        assert got == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a phrase of "of" stays in the name; a name that heads the tail segment speaks
    ("Two prisoners were freed, sources close to the head of the Norland army told reporters.",
     "prisoners were freed", "sources close to the head of the Norland army"),
    ("Two prisoners were freed on Friday, Jo Lee, the envoy of Norland, told reporters.",
     "prisoners were freed", "Jo Lee"),
])
def test_claims_tail_speaker_modifier_near_misses(claims_of, text, words, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert (name(c, actors) or "").lower() == speaker.lower()
