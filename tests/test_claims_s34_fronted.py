"""Session 34 (s34-speaker): the speaker after a fronted adverbial phrase (every text invented).

Why: on several sets the parser hung the real subject of a cue on a noun inside a fronted
phrase that names other parties ("After meetings with A and B, the envoy C said …"), so the
claim went to A or to a time expression ("… at 9pm Kessel Time, C, the head of …, thanked").
Rule ``claims.attribution.fronted_phrase_subject`` reads the speaker from the last comma
segment before the cue. Near misses: a subject the parse found after the fronted phrase, a
fronted clause with its own subject, no fronted phrase at all.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


@pytest.mark.parametrize("text, content, speaker", [
    # a name after a description, the fronted phrase naming two parties
    ("After Monday's meetings with Vesterland's premier Jon Ruud and Norland President Kari Lund, the UN special "
     "envoy for the talks Ola Brandt said he was glad Norland had accepted the plan.", "he was glad", "Ola Brandt"),
    # a time expression ends the fronted phrase; the name has an apposition closed by a comma
    ("In a press conference held shortly after the truce went into effect at 9pm Kessel Time, Ola Brandt, the "
     "head of the rebels' political bureau, thanked Norland for mediating the agreement.", "Norland for mediating",
     "Ola Brandt"),
    # a participle opens the phrase; the parse leaves the verb without a subject
    ("Following two rounds of talks with Vesterland Foreign Minister Jon Ruud in Kessel, Norland's envoy Kari "
     "Lund told reporters that a deal was close.", "a deal was close", "Kari Lund"),
    # an adverb then a preposition; a place segment inside the fronted phrase
    ("Later in an interview with reporters at the Presidential Palace, Kessel, Ola Brandt said 91 prisoners were "
     "freed by the rebels.", "91 prisoners were freed", "Ola Brandt"),
    # a name with a closed apposition after a phone call with a titled party
    ("Shortly after a phone call with Vesterland Prime Minister Jon Ruud, Kari Lund, the Norland foreign "
     "minister, confirmed that the prisoners had been freed.", "the prisoners had been freed", "Kari Lund"),
    # a title and name, a date in the fronted phrase
    ("At a joint news conference with Jon Ruud of Vesterland on Friday, Norland President Kari Lund said the "
     "border would reopen.", "the border would reopen", "Kari Lund"),
    # a letter to two parties, a description and name as subject
    ("In a letter to Vesterland President Jon Ruud and the Norland parliament, the rebel commander Ola Brandt "
     "warned that the hostages were ill.", "the hostages were ill", "Ola Brandt"),
    # two fronted phrases
    ("Earlier on Monday, in a meeting with envoys from Vesterland and Norland, Ola Brandt said the talks had "
     "stalled.", "the talks had stalled", "Ola Brandt"),
])
def test_speaker_after_fronted_phrase(run, text, content, speaker):
    claims, actors = run(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # near misses: the parse found the subject after the phrase, a party as subject
    ("In talks with Norland, Vesterland agreed that the prisoners would be freed.", "the prisoners would be freed",
     "Vesterland"),
    # a fronted clause with its own subject
    ("After Kari Lund met Jon Ruud in Kessel, the Vesterland envoy said the truce would hold.",
     "the truce would hold", "Vesterland envoy"),
    # no fronted phrase: a name and its apposition
    ("Kari Lund, the envoy, said the talks with Vesterland would resume.", "the talks with Vesterland would resume",
     "Kari Lund"),
    # a plain fronted date
    ("In a speech on Monday, Ola Brandt said the talks would resume.", "the talks would resume", "Ola Brandt"),
])
def test_subject_outside_fronted_phrase_kept(run, text, content, speaker):
    claims, actors = run(text)
    assert name(by_content(claims, content), actors) == speaker
