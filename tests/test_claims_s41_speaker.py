"""Session 41 (s41-speaker): a description speaker stands for the person a definite apposition introduced
(every text invented).

Why: "Ola Brandt, the Lutheran bishop of Kessel, met …" followed (or preceded) by "the bishop said" is
one person, but the noun is no title the lexicons list and the parse may tag it a proper noun, so the
speaker became an unnamed "bishop" actor of its own (``claims.descriptions.apposed_description``). The
text defines the title, so no noun list is needed. Near misses: a possessed description ("their own
bishop"), two persons introduced with the same noun, a description with no apposed person.
"""

from __future__ import annotations

import pytest

from claim_helpers import by_content, name, trace

RULE = "claims.descriptions.apposed_description"


@pytest.mark.parametrize("text, words, who", [
    # the apposition first, the description speaks later (a quotation before the cue)
    ("The talks came after a meeting between Olaf Brenner, the Lutheran bishop of Marlow, and the police "
     "chief. \"I am full of hope it can end without force,\" the bishop said.", "full of hope", "Olaf Brenner"),
    # the description speaks first, the apposition comes later (a reported clause)
    ("The abbot said that both delegations had shown patience. On Monday the rebels met Teodor Vask, "
     "the abbot of the northern monastery, in Kessel.", "shown patience", "Teodor Vask"),
    # a compound title in both places
    ("Officials met Ilse Marrow, the harbour master of Tolvik, on Sunday. The harbour master told "
     "reporters that the ships would leave at dawn.", "ships would leave", "Ilse Marrow"),
])
def test_claims_descriptions_apposed_description(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == who, (c.speaker, trace(c))


@pytest.mark.parametrize("text, words", [
    # a possessed description: someone's own bishop, not the one introduced
    ("Olaf Brenner, the bishop of Marlow, joined the talks. Their own bishop said that the strike must end.",
     "strike must end"),
    # two persons introduced with the same noun: nobody
    ("Olaf Brenner, the bishop of Marlow, met Jo Lind, the bishop of Kessel. \"We pray for peace,\" the "
     "bishop said.", "pray for peace"),
    # no apposition at all: the description stays what it was
    ("Olaf Brenner joined the talks on Monday. \"We pray for peace,\" the bishop said.", "pray for peace"),
])
def test_claims_descriptions_apposed_description_near_misses(claims_of, text, words):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert trace(c).get("speaker") != RULE and name(c, actors) != "Olaf Brenner", (c.speaker, trace(c))


CONTRAST = "claims.content.contrast_continuation"


@pytest.mark.parametrize("text, last", [
    # a past reported clause, ", but" a clause with a subject of its own and a past act
    ("The Norland interior office stated that the ferry docked at Kessel with no clearance from the harbour, but "
     "the Vesterland coastguard agreed to send fuel and water.", "fuel and water"),
    # a modal reported clause and a past contrast
    ("Delegates from the union informed journalists that the session might have run for close to six hours, "
     "but the two teams spent barely twenty minutes in one room.", "twenty minutes in one room"),
    # "yet", a past perfect reported clause
    ("The mediator said the rebels had accepted the draft, yet the council lost the final text in transit.",
     "the final text in transit"),
])
def test_claims_content_contrast_continuation(claims_of, text, last):
    claims, _ = claims_of(text)
    c = by_content(claims, last)
    assert c.content.endswith(last) and c.rule == CONTRAST, (c.content, c.rule)


@pytest.mark.parametrize("text, kept", [
    # the contrast is a report of its own
    ("The ministry said the talks had ended, but officials insisted that a deal was near.", "the talks had ended"),
    # a pronoun subject: the speaker's own next act, or the reporter's
    ("The ministry said the talks had ended, but it gave no reason for the delay.", "the talks had ended"),
    # "and", not a contrast: stays as it was
    ("The ministry said the talks had ended, and the delegates flew home to Kessel.", "the talks had ended"),
    # the present tense is the reporter's remark
    ("The ministry said the talks had ended, but the border remains open to trucks.", "the talks had ended"),
])
def test_claims_content_contrast_continuation_near_misses(claims_of, text, kept):
    claims, _ = claims_of(text)
    c = by_content(claims, kept)
    assert c.content == kept and c.rule != CONTRAST, (c.content, c.rule)


INITIALS = "claims.descriptions.title_initials"


@pytest.mark.parametrize("text, words, who", [
    ("Speaking on Monday, Health Cabinet Secretary Anna Wekesa hinted that a deal was near. The CS further "
     "assured that the ministry was working around the clock.", "around the clock", "Anna Wekesa"),
    ("Director General Omar Pell met the unions. The DG told reporters that talks would resume on Friday.",
     "resume on Friday", "Omar Pell"),
    ("The unions met Attorney General Ruth Okafor on Tuesday. The AG said that the strike was unlawful.",
     "strike was unlawful", "Ruth Okafor"),
])
def test_claims_descriptions_title_initials(claims_of, text, words, who):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert name(c, actors) == who and trace(c).get("speaker") == INITIALS, (c.speaker, trace(c))


@pytest.mark.parametrize("text, words", [
    # two persons whose titles have the same initials: nobody
    ("Cabinet Secretary Anna Wekesa met Chief Secretary Omar Pell. The CS said that a deal was near.", "deal was near"),
    # an organisation's abbreviation with no titled person
    ("The talks went on in Kessel. The UN said that aid would reach the city.", "reach the city"),
    # no determiner: an abbreviation used as a name, not a description
    ("Director General Omar Pell met the unions. DG Holdings said that talks would resume on Friday.",
     "resume on Friday"),
])
def test_claims_descriptions_title_initials_near_misses(claims_of, text, words):
    claims, actors = claims_of(text)
    c = by_content(claims, words)
    assert trace(c).get("speaker") != INITIALS, (c.speaker, trace(c))
