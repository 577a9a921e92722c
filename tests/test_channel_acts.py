"""Channel acts (meet, negotiate) on invented sentences: the order of the two parties of a
symmetric act told inside a reported clause or with its counterpart fronted; the parties of
talks "involving A and B"; verbs of consulting in person ("conferred with").

Why: the gold puts symmetric acts in order of first mention, and the rule
``interactions.expand.sentence_order`` reads that order off the act's sentence. A speaker who
reports the act ("the Norland presidency said talks between A and Norland ...") names one party
before the act does, and a fronted "with" phrase ("ahead of a meeting with B, A said") puts the
counterpart first only by the order of the clauses; neither is the act's own order. Talks
"involving A and B" name their parties in no argument slot of the noun itself
(``interactions.arguments.involving_parties``).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def named_acts(analyze):
    """The acts of a text as (type, source name, target name)."""

    def run(text: str) -> set[tuple[str, str | None, str | None]]:
        d = analyze(text)
        names = {a.id: a.name for a in d.actors}
        return {(i.type, names.get(i.source), names.get(i.target)) for i in d.interactions}

    return run


# -- the reporting speaker's mention is no party's turn ------------------------------------
@pytest.mark.parametrize("text, act", [
    ("The Vesterland presidency said the hostages were freed after negotiations between the "
     "Norland Front and the Vesterland government.", ("negotiate", "Norland Front", "Vesterland")),
    ("Norland's government announced that the Vesterland Front and Norland would hold talks in Oslo "
     "next week.", ("negotiate", "Vesterland Front", "Norland")),
    ("The Vesterland foreign ministry says a meeting between the Norland Front and Vesterland took "
     "place in Oslo on Friday.", ("meet", "Norland Front", "Vesterland")),
    ("Norland's prime minister Ola Brandt told reporters that the Ostmark Party and Norland had "
     "agreed to meet again.", ("meet", "Ostmark Party", "Norland")),
    ("Vesterland officials believe that the Norland Front negotiated with Vesterland through Swiss "
     "intermediaries.", ("negotiate", "Norland Front", "Vesterland")),
])
def test_speaker_is_not_a_turn(named_acts, text, act):
    """A party named as the subject of the verb that reports the act (said, announced, says,
    told, believe) takes its turn where the act itself names it."""
    assert act in named_acts(text)


@pytest.mark.parametrize("text, act", [
    # near-misses: the act's own clause names the party first
    ("Vesterland held talks with the Norland Front, the ministry said.",
     ("negotiate", "Vesterland", "Norland Front")),
    ("Ola Brandt flew to Oslo on Monday. Karl Dahl met with Ola Brandt on Tuesday.",
     ("meet", "Karl Dahl", "Ola Brandt")),
    ("Ola Brandt flew to Oslo on Monday. Karl Dahl held talks with Brandt on Tuesday.",
     ("negotiate", "Karl Dahl", "Ola Brandt")),
])
def test_act_clause_order_kept(named_acts, text, act):
    """Where the act's clause itself names the parties in order, that order stands, even against
    the document's order."""
    assert act in named_acts(text)


# -- a fronted "with" counterpart: the document's order decides ----------------------------
@pytest.mark.parametrize("text, act", [
    ("Ola Brandt flew to Oslo on Monday. Ahead of a meeting with Karl Dahl, Brandt said the talks "
     "would continue.", ("meet", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt flew to Oslo on Monday. In talks with Karl Dahl on Tuesday, Brandt raised the fate "
     "of the prisoners.", ("negotiate", "Ola Brandt", "Karl Dahl")),
])
def test_fronted_with_counterpart(named_acts, text, act):
    """"Ahead of a meeting with B, A said": B comes first only by the order of the clauses."""
    assert act in named_acts(text)


# -- interactions.arguments.involving_parties ------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("The captive was freed after weeks of negotiations involving Ola Brandt and Karl Dahl.",
     ("negotiate", "Ola Brandt", "Karl Dahl")),
    ("Talks involving Norland and the Ostmark Front resumed in Geneva on Monday.",
     ("negotiate", "Norland", "Ostmark Front")),
    ("The talks, which involved Norland and the Ostmark Front, collapsed in May.",
     ("negotiate", "Norland", "Ostmark Front")),
    ("Norland confirmed discussions that included Vesterland and the Ostmark Front.",
     ("negotiate", "Vesterland", "Ostmark Front")),
    ("The deal came after secret negotiations involving the Ostmark Front and Norland in Oslo.",
     ("negotiate", "Ostmark Front", "Norland")),
    ("The truce came out of long negotiations involving Norland's envoy Ola Brandt and Karl Dahl.",
     ("negotiate", "Ola Brandt", "Karl Dahl")),
])
def test_involving_parties(named_acts, text, act):
    """The object of "involving" / "which involved" / "that included" on a talk noun names the
    talks' parties."""
    assert act in named_acts(text)


@pytest.mark.parametrize("text", [
    "The negotiations involving the release of 40 prisoners stalled.",
    "Talks involved in the deal were kept secret.",
])
def test_involving_without_parties(named_acts, text):
    """An object that names no party, or a passive participle, gives the talks no parties."""
    assert not {a for a in named_acts(text) if a[0] == "negotiate" and a[1] and a[2]}


# -- meet frames confer / huddle ------------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("Ola Brandt conferred separately with Karl Dahl on Tuesday.", ("meet", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt huddled with Karl Dahl in Geneva before the vote.", ("meet", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt will confer with Karl Dahl next week.", ("meet", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt sat down with Karl Dahl for two hours.", ("meet", "Ola Brandt", "Karl Dahl")),
])
def test_consulting_verbs_meet(named_acts, text, act):
    """A verb of consulting in person with a party in its "with" phrase is a meeting."""
    assert act in named_acts(text)


@pytest.mark.parametrize("text", [
    "The prisoners sat with their families in the courtyard.",
    "Ola Brandt sat with his back to the window.",
    "Ola Brandt huddled in the corridor before the vote.",
])
def test_no_meeting_without_party(named_acts, text):
    """"sat with" alone, or no "with" party: no meeting."""
    assert not {a for a in named_acts(text) if a[0] == "meet"}


# -- inform frames: verbs of making known with a "to" party ---------------------------------
@pytest.mark.parametrize("text, act", [
    ("Ola Brandt outlined the proposal to Karl Dahl on Friday.", ("inform", "Ola Brandt", "Karl Dahl")),
    ("The plan, which Ola Brandt outlined to Karl Dahl, was rejected on Monday.",
     ("inform", "Ola Brandt", "Karl Dahl")),
    ("The Ostmark Front announced to Ola Brandt that it would stop fighting.",
     ("inform", "Ostmark Front", "Ola Brandt")),
    ("Ola Brandt disclosed the terms to Karl Dahl last week.", ("inform", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt revealed the names of the captives to Karl Dahl.", ("inform", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt will describe the offer to Karl Dahl on Tuesday.", ("inform", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt explained the plan to Karl Dahl.", ("inform", "Ola Brandt", "Karl Dahl")),
])
def test_making_known_to_a_party(named_acts, text, act):
    """outline / announce / explain / describe / disclose / reveal ... to a party: inform."""
    assert act in named_acts(text)


@pytest.mark.parametrize("text", [
    "Ola Brandt explained the plan to reporters in Oslo.",
    "Ola Brandt described the talks to the press as difficult.",
    "Ola Brandt announced the deal to the nation on Sunday.",
    "Norland announced that the talks had failed.",
])
def test_making_known_to_no_party(named_acts, text):
    """Telling the press, or no "to" party at all: a claim or nothing, never inform."""
    assert not {a for a in named_acts(text) if a[0] == "inform"}


# -- meet frames summit / conference; "said during a meeting with Y" ------------------------
@pytest.mark.parametrize("text, act", [
    ("Ola Brandt held a summit with Karl Dahl in Oslo.", ("meet", "Ola Brandt", "Karl Dahl")),
    ("A summit between Ola Brandt and Karl Dahl took place in Oslo.", ("meet", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt vowed to realize a summit with Karl Dahl.", ("meet", "Ola Brandt", "Karl Dahl")),
    ("\"They have given up,\" Ola Brandt said at the palace, in a joint news conference with Karl Dahl.",
     ("meet", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt said during a meeting with Karl Dahl that the strikes would stop.",
     ("meet", "Ola Brandt", "Karl Dahl")),
    ("Ola Brandt said in talks with Karl Dahl that the border would reopen.",
     ("negotiate", "Ola Brandt", "Karl Dahl")),
])
def test_meeting_nouns_and_said_during(named_acts, text, act):
    """Nouns of meeting in person with a "with" or "between" party; a speech verb governing the
    meeting ("said during a meeting with Y") is its setting, not a topic head like the noun "say"."""
    assert act in named_acts(text)


@pytest.mark.parametrize("text", [
    "Ola Brandt told a press conference in Oslo that the talks had failed.",
    "Ola Brandt will attend a peace conference in Geneva next week.",
    "The summit ended without a deal.",
    "Norland denied any role in the talks.",
])
def test_meeting_nouns_without_two_parties(named_acts, text):
    """A conference or summit with no second party named is no meeting between two."""
    assert not {a for a in named_acts(text) if a[0] in ("meet", "negotiate") and a[1] and a[2]}


# -- interactions.arguments.setting_subject --------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("Ola Brandt halted Norland's strikes after Swiss-mediated talks with the Ostmark Front.",
     ("negotiate", "Ola Brandt", "Ostmark Front")),
    ("Ola Brandt said he was interested in talks with Karl Dahl.", ("negotiate", "Ola Brandt", "Karl Dahl")),
    ("Karl Dahl spoke during talks with Ola Brandt in Geneva.", ("negotiate", "Karl Dahl", "Ola Brandt")),
    ("Norland reopened the border following talks with Vesterland.", ("negotiate", "Norland", "Vesterland")),
    ("Norland lifted the curfew amid negotiations with the Ostmark Front.",
     ("negotiate", "Norland", "Ostmark Front")),
    ("Norland freed ten prisoners before discussions with Vesterland.", ("negotiate", "Norland", "Vesterland")),
])
def test_setting_subject(named_acts, text, act):
    """Talks with a named party as the setting of an active clause are its subject's."""
    assert act in named_acts(text)


@pytest.mark.parametrize("text", [
    "Ola Brandt was freed after talks with the Ostmark Front.",
    "Prices rose after talks with Vesterland.",
])
def test_setting_subject_not_a_party(named_acts, text):
    """A passive subject (the freed captive) or no actor: the talks keep no such source."""
    assert not {a for a in named_acts(text) if a[0] == "negotiate" and a[1] and a[2]}


# -- interactions.sides.named_first --------------------------------------------------------
_STORY = "The Ostmark Front and Norland held talks in Oslo on Monday. "


@pytest.mark.parametrize("text, act", [
    (_STORY + "Norland's envoy Ola Brandt was involved in those talks, officials said.",
     ("negotiate", "Ola Brandt", "Ostmark Front")),
    (_STORY + "Norland's envoy Ola Brandt took part in the talks.", ("negotiate", "Ola Brandt", "Ostmark Front")),
    (_STORY + "Ola Brandt of Norland was engaged in the negotiations for weeks.",
     ("negotiate", "Ola Brandt", "Ostmark Front")),
    (_STORY + "On Tuesday, Karl Dahl met with the warring parties in Geneva.", ("meet", "Karl Dahl", "Ostmark Front")),
    (_STORY + "On Tuesday, Karl Dahl met with the warring parties in Geneva.", ("meet", "Karl Dahl", "Norland")),
    (_STORY + "Ola Brandt, Norland's envoy, met both sides in Geneva.", ("meet", "Ola Brandt", "Ostmark Front")),
])
def test_named_party_first(named_acts, text, act):
    """One party named by name at the act, the other the story's side: the named one first."""
    assert act in named_acts(text)


@pytest.mark.parametrize("text, act", [
    # an unnamed group named at the act keeps the document's order
    (_STORY + "Swiss diplomats met with the warring parties in Geneva.", ("meet", "Ostmark Front", "Swiss diplomats")),
    # both named: the act's own order
    (_STORY + "Norland met the Ostmark Front again on Friday.", ("meet", "Norland", "Ostmark Front")),
])
def test_named_first_near_misses(named_acts, text, act):
    assert act in named_acts(text)
