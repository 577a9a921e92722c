"""Arguments a verb takes over from the clause around it (src/backchannel/syntax/inherit.py, rule ids
``interactions.inherit.*``) and the older inheritance of roles.logical_subject they complete
(control, coordination, participial and purpose adjuncts).

Every sentence is invented for these tests; each test is named after the construction it checks,
with its near-misses next to it.
"""

from __future__ import annotations

import pytest

from backchannel.nlp import load_pipeline
from backchannel.syntax.inherit import left_subject, shared_passive
from interaction_helpers import find


def _acts(acts_of, text: str) -> set[tuple[str, str | None, str | None, bool]]:
    return {(i.type, i.source, i.target, bool(i.negated)) for i in acts_of(text)}


# -- interactions.inherit.relative_controller --------------------------------------------------
@pytest.mark.parametrize("text, type_, source, target", [
    ("Karl Moen, a Vesterland diplomat who agreed to meet Ola Brandt, arrived.", "meet", "karl-moen", "ola-brandt"),
    ("Karl Moen, the officer who was assigned to mediate between Norland and Vesterland, arrived.",
     "mediate", "karl-moen", "norland"),
    ("Ivar Dahl, the Vesterland minister who met Ola Brandt in May, resigned.", "meet", "ivar-dahl", "ola-brandt"),
    ("The Norland envoy who was sent to meet Karl Moen arrived in Oslo.", "meet", "norland-envoy", "karl-moen"),
])
def test_interactions_inherit_relative_controller(acts_of, text, type_, source, target):
    i = find(acts_of(text), type_, source, target)
    assert i.traced("source") == "interactions.inherit.relative_controller"


def test_interactions_inherit_relative_controller_near_misses(acts_of):
    # refusing to meet is no meeting
    acts = _acts(acts_of, "Karl Moen, a Vesterland diplomat who refused to meet Ola Brandt, arrived.")
    assert ("meet", "karl-moen", "ola-brandt", False) not in acts
    # a relative clause on an object noun (no apposition of a name): the name is not the doer
    acts = _acts(acts_of, "Karl Moen met the Vesterland diplomat who had freed Ola Brandt.")
    assert not [a for a in acts if a[0] == "release" and a[1] == "karl-moen"]


# -- interactions.inherit.sent_participle -------------------------------------------------------
def test_interactions_inherit_sent_participle(acts_of):
    i = find(acts_of("Ola Brandt, sent by Norland to meet Karl Moen, arrived on Monday."), "meet", "ola-brandt", "karl-moen")
    assert i.traced("source") == "interactions.inherit.sent_participle"
    find(acts_of("A Norland delegation dispatched to meet Karl Moen reached Vesterland on Monday."),
         "meet", "norland-delegation", "karl-moen")


def test_interactions_inherit_sent_participle_near_misses(acts_of):
    # the sender does not meet
    acts = _acts(acts_of, "Ola Brandt, sent by Norland to meet Karl Moen, arrived on Monday.")
    assert ("meet", "norland", "karl-moen", False) not in acts
    # a letter sent is no one who demands: the sender does
    acts = _acts(acts_of, "The letter, sent by Norland to Karl Moen to demand the release of the crew, arrived.")
    assert ("demand", "norland", None, False) in acts


# -- interactions.inherit.shared_passive --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ola Brandt was seized by Norland in May and freed on Friday.",
    "Ola Brandt was arrested in March and released in June.",
    "Ola Brandt was kidnapped by Norland rebels in 2019 and released on Friday.",
    "Ola Brandt, who was kidnapped in May and freed on Friday, met Karl Moen.",
])
def test_interactions_inherit_shared_passive(acts_of, text):
    rel = [i for i in acts_of(text) if i.type == "release"]
    assert rel and all(i.target == "ola-brandt" and i.source != "ola-brandt" for i in rel), rel


def test_interactions_inherit_shared_passive_traced(acts_of):
    rel = [i for i in acts_of("Ola Brandt was seized by Norland in May and freed on Friday.") if i.type == "release"]
    assert [i.traced("target") for i in rel] == ["interactions.inherit.shared_passive"]


def test_interactions_inherit_shared_passive_near_misses(acts_of):
    nlp = load_pipeline()
    # a conjunct with its own object is active: "was elected ... and met Y"
    doc = nlp("Ola Brandt was elected in May and met Karl Moen in June.")
    assert not any(shared_passive(t) for t in doc)
    find(acts_of("Ola Brandt was elected in May and met Karl Moen in June."), "meet", "ola-brandt", "karl-moen")
    # an active first verb lends no passive: "seized X and released him"
    acts = _acts(acts_of, "The Norland army seized Ola Brandt in May and released him on Friday.")
    assert ("release", "norland-army", "ola-brandt", False) in acts


# -- interactions.inherit.left_subject ----------------------------------------------------------
def test_interactions_inherit_left_subject(acts_of):
    acts = _acts(acts_of, "Ola Brandt met Karl Moen but Norland rejected the proposal.")
    assert ("meet", "ola-brandt", "karl-moen", False) in acts
    assert ("reject", "norland", None, False) in acts
    assert not [a for a in acts if a[1] == "ola-brandt" and (a[0] == "reject" or a[2] == "norland")]
    i = find(acts_of("Ola Brandt met Karl Moen but Norland rejected the proposal."), "reject", "norland", None)
    assert i.traced("source") == "interactions.inherit.left_subject"


def test_interactions_inherit_left_subject_near_misses(acts_of):
    nlp = load_pipeline()
    # a verb after "and" shares the first verb's subject
    doc = nlp("Ola Brandt met Karl Moen and rejected the proposal.")
    assert all(left_subject(t) is None for t in doc)
    assert ("reject", "ola-brandt", None, False) in _acts(acts_of, "Ola Brandt met Karl Moen and rejected the proposal.")
    # coordinated objects stay objects
    acts = _acts(acts_of, "Ola Brandt met Karl Moen and Ivar Dahl.")
    assert {("meet", "ola-brandt", "karl-moen", False), ("meet", "ola-brandt", "ivar-dahl", False)} <= acts


# -- the inheritance roles.logical_subject already did (kept by these constructions) -------------
@pytest.mark.parametrize("text, type_, source, target", [
    ("Ola Brandt sought to meet Karl Moen in Oslo.", "meet", "ola-brandt", "karl-moen"),  # subject control
    ("Ola Brandt is expected to meet Karl Moen next week.", "meet", "ola-brandt", "karl-moen"),  # raising
    ("Norland persuaded Vesterland to free the aid workers.", "release", "vesterland", "aid-workers"),  # object control
    ("Ola Brandt flew to Oslo on Monday and met Karl Moen on Tuesday.", "meet", "ola-brandt", "karl-moen"),
    ("Ola Brandt arrived in Oslo, met Karl Moen and left.", "meet", "ola-brandt", "karl-moen"),
    ("Ola Brandt left Oslo after meeting Karl Moen.", "meet", "ola-brandt", "karl-moen"),  # participial adjunct
    ("Ola Brandt flew to Oslo to meet Karl Moen.", "meet", "ola-brandt", "karl-moen"),  # purpose
])
def test_inheritance_kept(acts_of, text, type_, source, target):
    find(acts_of(text), type_, source, target)


def test_inheritance_kept_near_misses(acts_of):
    # "refused to meet": no meeting asserted
    assert not [a for a in _acts(acts_of, "Ola Brandt refused to meet Karl Moen.") if a[0] == "meet" and not a[3]]
    # the controller of "urged Y to ..." is the object: the urger demands, Y is the one asked
    acts = _acts(acts_of, "Ola Brandt urged Norland to release the Vesterland prisoners.")
    assert not [a for a in acts if a[0] == "release" and a[1] == "ola-brandt"]
    # a subject does not cross "while" to another clause with a subject of its own
    acts = _acts(acts_of, "Ola Brandt met Karl Moen while Norland quietly rejected the proposal.")
    assert ("reject", "norland", None, False) in acts and ("reject", "ola-brandt", None, False) not in acts


# -- interactions.inherit.author_participle -----------------------------------------------------
@pytest.mark.parametrize("text, type_, source", [
    ("A message from Vesterland demanding the release of the crew reached Norland on Monday.", "demand", "vesterland"),
    ("A statement by Karl Moen rejecting the proposal was read out in Oslo.", "reject", "karl-moen"),
])
def test_interactions_inherit_author_participle(acts_of, text, type_, source):
    i = find(acts_of(text), type_, source, None)
    assert i.traced("source") == "interactions.inherit.author_participle"


def test_interactions_inherit_author_participle_near_misses(acts_of):
    # the addressee of a letter does not offer what it offers
    acts = _acts(acts_of, "A letter to Karl Moen offering a ceasefire was signed by Ola Brandt.")
    assert not [a for a in acts if a[1] == "karl-moen"]
    # a participle on a noun that is no message: not its "from" phrase's act
    acts = _acts(acts_of, "Soldiers from Norland guarding the border rejected the plan.")
    assert not [a for a in acts if a[0] == "reject" and a[1] == "norland" and a[2] is not None]


# -- interactions.inherit.passive_adjunct -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Freed by Norland in May, Ola Brandt flew home.",
    "After being released by Norland, Ola Brandt met Karl Moen.",
    "Having been freed by Norland, Ola Brandt flew home.",
])
def test_interactions_inherit_passive_adjunct(acts_of, text):
    i = find(acts_of(text), "release", "norland", "ola-brandt")
    assert i.traced("target") == "interactions.inherit.passive_adjunct"


def test_interactions_inherit_passive_adjunct_near_misses(acts_of):
    # the one freed is never the freer
    acts = _acts(acts_of, "Freed by Norland in May, Ola Brandt flew home.")
    assert not [a for a in acts if a[0] == "release" and a[1] == "ola-brandt"]
    # an active participle ("Having freed ...") keeps the clause's subject as the doer
    find(acts_of("Having freed Ola Brandt, Norland recalled its envoy."), "release", "norland", "ola-brandt")
    # a trailing participle of company keeps its old reading: nobody is released or met by the aide
    acts = _acts(acts_of, "Ola Brandt returned to Oslo, accompanied by Karl Moen.")
    assert not [a for a in acts if a[0] == "release"]


def test_interactions_inherit_passive_adjunct_needs_agent_no_subordinator(acts_of):
    # an old capture by nobody named, told in passing, is no act of its own
    acts = _acts(acts_of, "The six Norland police had spent years in prison after being captured in combat.")
    assert not [a for a in acts if a[0] == "attack"]
    # "when pressed by reporters": a circumstance, not pressure on the speaker
    acts = _acts(acts_of, "When pressed by journalists about the deal, Ola Brandt said Norland had agreed.")
    assert not [a for a in acts if a[0] == "pressure" and a[2] == "ola-brandt"]


# -- interactions.inherit.relative_prep ---------------------------------------------------------
@pytest.mark.parametrize("text, type_, pair, field", [
    ("Ola Brandt was taken to the office of Karl Moen, with whom she met for an hour.", "meet",
     ("ola-brandt", "karl-moen"), "target"),
    ("Karl Moen, with whom Ola Brandt met in May, resigned.", "meet", ("karl-moen", "ola-brandt"), "source"),
    ("Karl Moen, to whom Ola Brandt spoke by phone, resigned.", "contact", ("karl-moen", "ola-brandt"), "source"),
])
def test_interactions_inherit_relative_prep(acts_of, text, type_, pair, field):
    i = find(acts_of(text), type_, *pair)
    assert "interactions.inherit.relative_prep" in (i.traced("source"), i.traced("target")), i.trace


def test_interactions_inherit_relative_prep_from(acts_of):
    # the captor a "from which" names (traced to interactions.implicit.released_from, which reads it)
    find(acts_of("Norland, from which Ola Brandt was released on Friday, said nothing."), "release", "norland", "ola-brandt")


def test_interactions_inherit_relative_prep_near_misses(acts_of):
    # refusing to meet with someone is no meeting
    acts = _acts(acts_of, "Karl Moen, with whom Ola Brandt refused to meet, resigned.")
    assert not [a for a in acts if a[0] == "meet" and not a[3]]
    # "in which": a place, no party
    acts = _acts(acts_of, "The hotel in which Ola Brandt met Karl Moen was closed.")
    assert ("meet", "ola-brandt", "karl-moen", False) in acts and not [a for a in acts if "hotel" in str(a)]


def test_interactions_inherit_passive_adjunct_agentless_fronted(acts_of):
    # a fronted participle with no agent: said of the named subject
    i = find(acts_of("Kidnapped in Vesterland in May, Ola Brandt was freed on Friday."), "attack", None, "ola-brandt")
    assert i.traced("target") == "interactions.inherit.passive_adjunct"


# -- s34 review: counterfactual prepositions, questioning by the press, possessed appositions ----
@pytest.mark.parametrize("text", [
    "Instead of being freed by Vesterland, Ola Brandt was moved to another prison.",
    "Rather than being released by Iran, Ola Brandt was moved to another prison.",
    "Far from being freed by Vesterland, Ola Brandt was moved to another prison.",
    "Without being released by Norland, Ola Brandt was held for a year.",
])
def test_interactions_inherit_passive_adjunct_counterfactual(acts_of, text):
    # the preposition says the release did not happen: no asserted release, no one made its captive
    acts = _acts(acts_of, text)
    assert not [a for a in acts if a[0] == "release" and not a[3]], acts
    assert not [a for a in acts if a[0] == "release" and a[2] == "ola-brandt"], acts


def test_interactions_inherit_passive_adjunct_counterfactual_active(acts_of):
    # an active gerund under "instead of" is negated too
    acts = _acts(acts_of, "Instead of meeting Ola Brandt, Kari Lund flew to Vesterland.")
    assert not [a for a in acts if a[0] == "meet" and not a[3]], acts


@pytest.mark.parametrize("text", [
    "Pressed by reporters, Ola Brandt denied meeting Kari Lund.",
    "Asked by journalists on Monday, Kari Lund declined to comment on the talks.",
    "Questioned by reporters in Oslo, Ola Brandt said Norland had made no offer.",
])
def test_interactions_inherit_passive_adjunct_press_questioning(acts_of, text):
    # the press asking a speaker is no act on the speaker
    acts = _acts(acts_of, text)
    assert not [a for a in acts if a[0] in ("pressure", "request")], acts


def test_interactions_inherit_passive_adjunct_near_misses_s34(acts_of):
    # a state's pressure stays an act on the clause's subject; a plain "after" adjunct keeps its release
    find(acts_of("Pressed by Norland, Vesterland freed Ola Brandt."), "pressure", "norland", "vesterland")
    i = find(acts_of("After being freed by Vesterland, Ola Brandt flew home."), "release", "vesterland", "ola-brandt")
    assert i.traced("target") == "interactions.inherit.passive_adjunct" and not i.negated


def test_interactions_inherit_relative_controller_possessed_apposition(acts_of):
    # "Qatar's emir" apposed to Iran is Qatar's: the relative clause is not said of Iran
    acts = _acts(acts_of, "After talks with Iran, Qatar's emir, who mediated the deal, said the sailors would be freed.")
    assert not [a for a in acts if a[0] == "mediate" and a[1] == "iran"], acts
    acts = _acts(acts_of, "After a meeting with Vesterland, Norland's foreign minister, who brokered the truce, "
                          "flew home.")
    assert not [a for a in acts if a[0] == "mediate" and a[1] == "vesterland"], acts
    # near miss: a possessed apposition of a person's name still climbs to the person
    i = find(acts_of("Kari Lund, Norland's envoy, who met Ola Brandt on Monday, flew home."), "meet", "kari-lund", "ola-brandt")
    assert i.traced("source") == "interactions.inherit.relative_controller"


# -- s35 review: only a person's title keeps its possessor; any other possessed apposition is the name --
@pytest.mark.parametrize("text", [
    "After talks with Vesterland, Norland's partner, which brokered the deal, said the sailors would be freed.",
    "After talks with Vesterland, Norland's ally, which brokered the truce, said the sailors would be freed.",
    "Officials held talks with Vesterland, Norland's closest partner, which brokered the truce that freed the sailors.",
    "After talks with Vesterland, Norland's old ally, which brokered the truce, promised that the sailors would be freed.",
])
def test_interactions_inherit_relative_controller_possessed_non_title(acts_of, text):
    i = find(acts_of(text), "mediate", "vesterland", "norland")
    assert i.traced("source") == "interactions.inherit.relative_controller"
    assert not [a for a in _acts(acts_of, text) if a[0] == "mediate" and a[1] == "norland"]


def test_interactions_inherit_relative_controller_possessed_title_kept(acts_of):
    # near misses: a person's title stays its possessor's (the emir, the minister are Norland's people)
    for text in ("After talks with Vesterland, Norland's emir, who mediated the deal, said the sailors would be freed.",
                 "After a meeting with Vesterland, Norland's foreign minister, who brokered the truce, flew home."):
        assert not [a for a in _acts(acts_of, text) if a[0] == "mediate" and a[1] == "vesterland"], text
