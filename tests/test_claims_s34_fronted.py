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

from claim_helpers import by_content, name, trace


@pytest.mark.parametrize("text, content, speaker", [
    # a name after a description, the fronted phrase naming two parties
    ("After Monday's meetings with Vesterland's premier Jon Ruud and Norland President Kari Lund, the UN special "
     "envoy for the talks Ola Brandt said he was glad Norland had accepted the plan.", "he was glad", "Ola Brandt"),
    # a time expression ends the fronted phrase; the name has an apposition closed by a comma
    ("In a press conference held shortly after the truce went into effect at 9pm Kessel Time, Ola Brandt, the "
     "head of the rebels' political bureau, thanked Norland for mediating the agreement.", "Norland for mediating",
     "Ola Brandt"),
    # a participle opens the phrase, naming a titled minister
    ("Following two rounds of talks with Vesterland Foreign Minister Jon Ruud in Kessel on Monday, Norland's envoy "
     "Kari Lund said that a deal was close.", "a deal was close", "Kari Lund"),
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
    # a dateline before the fronted phrase; a verb coordinated with the cue speaks for the same person
    ("KESSEL - After Monday's meetings with Vesterland's premier Jon Ruud and Norland President Kari Lund, the UN "
     "special envoy for the talks Ola Brandt said he was glad Norland had \"accepted the plan in principle\", and "
     "announced a continuation of the talks at a high level.", "a continuation of the talks", "Ola Brandt"),
    # the apposition after the name not closed by a comma
    ("In a press conference held after the truce went into effect at 9pm Kessel Time, Ola Brandt, the head of "
     "the rebels' political bureau thanked Norland for mediating the agreement.", "Norland for mediating",
     "Ola Brandt"),
    # two fronted phrases
    ("Earlier on Monday, in a meeting with envoys from Vesterland and Norland, Ola Brandt said the talks had "
     "stalled.", "the talks had stalled", "Ola Brandt"),
])
def test_speaker_after_fronted_phrase(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # near misses: a person named as a preposition's object at the end of the speaker phrase
    ("After Monday's meetings with Vesterland's premier Jon Ruud and Norland President Kari Lund, an adviser to "
     "President Ola Brandt said the plan was accepted.", "the plan was accepted", "adviser to President Ola Brandt"),
    # the parse found the subject after the phrase, a party as subject
    ("In talks with Norland, Vesterland agreed that the prisoners would be freed.", "the prisoners would be freed",
     "Vesterland"),
    # a fronted clause with its own subject
    ("After Kari Lund met Jon Ruud in Kessel, the Vesterland envoy said the truce would hold.",
     "the truce would hold", "Vesterland envoy"),
    # no fronted phrase: a name and its apposition
    ("Kari Lund, the envoy, said the talks with Vesterland would resume.", "the talks with Vesterland would resume",
     "Kari Lund"),
    # a place and its state in the fronted phrase, the subject a description after them
    ("In Kessel, Norland, the envoy said the talks had stalled.", "the talks had stalled", "envoy"),
    # a plain fronted date
    ("In a speech on Monday, Ola Brandt said the talks would resume.", "the talks would resume", "Ola Brandt"),
])
def test_subject_outside_fronted_phrase_kept(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


# ---------------------------------------------------------------- "…, NAME, TITLE of BODY, told X."

@pytest.mark.parametrize("text, content, speaker", [
    ("The two delegations met at a hotel outside Kessel for talks on the ceasefire, Ola Brandt, head of "
     "information at the Norland Ministry of Foreign Affairs, told reporters.", "The two delegations met",
     "Ola Brandt"),
    ("The rebels freed the four hostages on Monday, Kari Lund, chief of the Vesterland mission in Kessel, said.",
     "The rebels freed the four hostages", "Kari Lund"),
    ("The rebels agreed to a ceasefire in the east, Jon Ruud, deputy head of the Norland delegation, told the "
     "agency.", "The rebels agreed to a ceasefire", "Jon Ruud"),
    ("The next round of talks will open in Kessel in May, Kari Lund, coordinator of the talks for the "
     "Vesterland government, said on Monday.", "The next round of talks", "Kari Lund"),
    ("The refugees were moved to a camp near the border, Ola Brandt, commissioner for refugees at the Norland "
     "Ministry of the Interior, told reporters.", "The refugees were moved", "Ola Brandt"),
    ("The prisoners were flown to Kessel on Sunday, Ola Brandt, director of the Norland Red Cross office, told "
     "the agency.", "The prisoners were flown", "Ola Brandt"),
])
def test_tail_name_before_title_apposition(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker and speaker not in (c.content or "")


@pytest.mark.parametrize("text, content, speaker", [
    # near misses: one segment, the title phrase itself speaks; a place apposition before an unnamed source
    ("The hostages were freed in Kalb, a town near the border, officials said.", "The hostages were freed",
     "officials"),
    ("The talks ended, the head of the Norland delegation said.", "The talks ended",
     "head of the Norland delegation"),
    # not a tail: the name is the subject before its content
    ("Kari Lund, head of the Norland delegation, said the talks had ended.", "the talks had ended", "Kari Lund"),
])
def test_tail_title_near_misses(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


# ---------------------------------------------------------------- a pronoun speaker after a claim about a party

@pytest.mark.parametrize("text, content, speaker", [
    # the previous claim's object; a parenthetical dash aside; a capitalised bare body
    ("THE Ministry on Monday admitted - after weeks of denials - that it had met envoys of the Front in May."
     "\n\nNo formal talks were held, it said, adding that it had only passed on a message to the Front.",
     "No formal talks were held", "Ministry"),
    # an unnamed body the coreference did not reach; the party in a prepositional phrase of the content
    ("The ministry confirmed talks with the Front in Kessel. It said a second round would follow in May.",
     "a second round would follow", "ministry"),
    # the object of an accusation
    ("Norland accused Vesterland of breaking the truce on Monday. It said the attack killed three soldiers.",
     "the attack killed three soldiers", "Norland"),
    # a quotation after a claim about another government
    ("Norland's foreign ministry said it had sent a letter to the Vesterland government on Friday. “We expect an "
     "answer soon,” it said.", "We expect an answer soon", "Norland's foreign ministry"),
    # a party in an adverbial phrase of the content
    ("The Front announced a truce after secret talks with the Norland army. It said the truce would last a month.",
     "the truce would last a month", "Front"),
    # a plural pronoun after a claim naming an organisation
    ("The rebels said they had handed the hostages to the Red Cross in Kessel. They said the handover took place "
     "at dawn.", "the handover took place", "rebels"),
])
def test_pronoun_after_claim_about_party(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content", [
    # near misses: the party is the subject of the previous content (it may answer); the pronoun inside content
    ("Norland said the Front fired first on Monday. It denied the charge.", "the charge"),
    ("Norland said on Monday that it would free the prisoners held by the Front.", "it would free the prisoners"),
])
def test_pronoun_after_claim_near_misses(claims_of, text, content):
    claims, _ = claims_of(text)
    assert trace(by_content(claims, content)).get("speaker") != "claims.speakers.previous_topic"


# ---------------------------------------------------------------- "state TV said": the state outlet the report names

@pytest.mark.parametrize("text, content, speaker", [
    # named before with a possessive state and "state broadcaster"; a capitalised "State TV"
    ("Norway has exchanged a jailed academic with three citizens held abroad, Norway's state broadcaster NBX "
     "reported on Wednesday. State TV said that a businessman and two citizens had been exchanged for the "
     "academic.", "a businessman and two citizens", "NBX"),
    # named after the description; "according to state media"
    ("Norway has traded a detained scholar for two men jailed in Sweden, according to state media. A video aired "
     "by state broadcaster NBX on Monday showed the scholar at the border.",
     "Norway has traded a detained scholar", "NBX"),
    # the place after the description; the outlet's name holds the country
    ("State media in neutral Oman said the two sides would free all detained citizens by the end of June. "
     "The prisoners arrived in Muscat on Saturday, the official Oman News Agency said.",
     "the two sides would free", "Oman News Agency"),
    # a demonym of the outlet's own state
    ("Norway's state broadcaster NBX reported the swap on Wednesday. Norwegian state media said the men were "
     "freed.", "the men were freed", "NBX"),
    # "official media", a state news agency
    ("The state news agency Nortel reported the truce on Monday. Official media later said the talks would resume "
     "in Oslo.", "the talks would resume", "Nortel"),
    # a state-run channel
    ("Sweden's state-run channel SVX broadcast the ceremony. State television said the prisoners were in good "
     "health.", "the prisoners were in good health", "SVX"),
])
def test_state_medium_is_named_state_outlet(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    c = by_content(claims, content)
    assert name(c, actors) == speaker


@pytest.mark.parametrize("text, content", [
    # near misses: another state's media; no state outlet named; two state outlets
    ("Norway's state broadcaster NBX reported the swap on Wednesday. State media in Sweden said the men were "
     "freed.", "the men were freed"),
    ("Norway's state broadcaster NBX reported the swap on Wednesday. Swedish state media said the men were "
     "freed.", "the men were freed"),
    ("Officials said the men were freed. State media said the talks would resume.", "the talks would resume"),
    ("Norway's state broadcaster NBX and the official Norway News Agency reported the swap. State media said the "
     "men were freed.", "the men were freed"),
])
def test_state_medium_near_misses(claims_of, text, content):
    claims, _ = claims_of(text)
    assert trace(by_content(claims, content)).get("speaker") != "claims.speakers.state_outlet"


# ---------------------------------------------------------------- "the footage showed …": a thing states nothing

@pytest.mark.parametrize("text, words", [
    ("The video showed two guards in uniform at the gate in Oslo.", "two guards in uniform"),
    ("The handover highlighted the growing role of the church in the dispute.", "the growing role of the church"),
    ("Her sharp remarks revealed a deep rift between the allies.", "a deep rift"),
    ("The neighbours agreed on Friday to reopen embassies after a long feud which had threatened trade in the "
     "region.", "trade in the region"),
    ("The prisoner was welcomed by officials at the airport in Oslo, state television footage showed.",
     "The prisoner was welcomed"),
    ("With him were two Norwegian envoys, highlighting the role Oslo has played in the talks.",
     "the role Oslo has played"),
    ("The scans indicated severe injuries to his head.", "severe injuries"),
])
def test_thing_as_evidential_subject_is_no_claim(claims_of, text, words):
    claims, _ = claims_of(text)
    assert not [c for c in claims if words in (c.content or "")], [(c.content, c.rule) for c in claims]


@pytest.mark.parametrize("text, content, speaker", [
    # near misses: a person, a party, a document, an unnamed source, a participle with a subject
    ("The minister revealed that the talks had resumed.", "the talks had resumed", "minister"),
    ("Norway threatened to leave the talks.", "to leave the talks", "Norway"),
    ("Officials revealed the plan on Monday.", "the plan", "Officials"),
    ("Ola Brandt met the envoy, highlighting the role of the church.", "the role of the church", "Ola Brandt"),
])
def test_evidential_cue_with_speaker_kept(claims_of, text, content, speaker):
    claims, actors = claims_of(text)
    assert name(by_content(claims, content), actors) == speaker


@pytest.mark.parametrize("text, content", [
    ("The statement indicated that the truce would hold.", "the truce would hold"),
    ("The report showed that the ransom was paid.", "the ransom was paid"),
    # a finding stated as a that-clause stays a claim
    ("Satellite images showed that the convoy had crossed the border.", "the convoy had crossed the border"),
])
def test_evidential_cue_of_document_kept(claims_of, text, content):
    claims, _ = claims_of(text)
    by_content(claims, content)
