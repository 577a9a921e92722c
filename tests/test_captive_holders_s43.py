"""Who holds, and so frees, a captive (session 43); invented sentences, real state names in invented events.

- rule interactions.implicit.predicative_agent: "X, who had been held hostage by Y": the parser may hang the
  "by" phrase on the predicative noun ("hostage") instead of the verb; it is still the holder. Tested on a
  hand-built parse, since the parser's choice varies from sentence to sentence.
- rule interactions.implicit.own_state_captives: "six Peruvian activists were freed" in a story of two states
  is by Peru (a government's own opponents), where the story's-sides guess gave the other side.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from backchannel.extract.interactions.implicit import held_by, predicative_agent


def _held_hostage_by(attach_to_noun: bool) -> Doc:
    """ "the release of Anna Berg , who was held hostage by Kestrel since May", with "by" on "hostage" or on "held"."""
    words = ["the", "release", "of", "Anna", "Berg", ",", "who", "was", "held", "hostage", "by", "Kestrel",
             "since", "May"]
    by_head = 9 if attach_to_noun else 8
    heads = [1, 1, 1, 4, 2, 4, 8, 8, 4, 8, by_head, 10, 8, 12]
    deps = ["det", "ROOT", "prep", "compound", "pobj", "punct", "nsubjpass", "auxpass", "relcl", "oprd",
            "agent" if not attach_to_noun else "prep", "pobj", "prep", "pobj"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PRON", "AUX", "VERB", "NOUN", "ADP", "PROPN", "ADP",
           "PROPN"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("on_noun", [True, False])
def test_held_by_reads_both_attachments(on_noun):
    doc = _held_hostage_by(on_noun)
    assert [t.text for t in held_by(doc[8])] == ["Kestrel"]


def test_predicative_agent_only_for_the_noun_attachment():
    assert predicative_agent(_held_hostage_by(True)[4])
    assert not predicative_agent(_held_hostage_by(False)[4])  # the verb's own agent: no new construction
    assert not predicative_agent(None)


@pytest.mark.parametrize("text, holder", [
    ("Peru and Chile agreed on a prisoner swap on Monday. Six Peruvian activists were freed from prison on "
     "Wednesday, their lawyer said.", "peru"),
    ("Peru and Chile agreed on a prisoner swap on Monday. The release of four Chilean dissidents followed on "
     "Friday.", "chile"),
    ("Chile and Peru held talks in Lima in May. Three Chilean political prisoners were released on Sunday.", "chile"),
])
def test_own_state_captives(acts_of, text, holder):
    rel = [i for i in acts_of(text) if i.type == "release"]
    assert rel and rel[0].source == holder and rel[0].trace.get("source") == "interactions.implicit.own_state_captives", \
        [(i.type, i.source, i.target, i.trace) for i in rel]


def test_soldiers_stay_with_the_other_side(acts_of):
    """Near-miss: captives of no opposing noun (soldiers) are still the other side's (captive_holder)."""
    rel = [i for i in acts_of("Peru and Chile agreed on a prisoner swap on Monday. Four Chilean soldiers were "
                              "freed on Wednesday.") if i.type == "release"]
    assert rel and rel[0].source == "peru", [(i.type, i.source, i.target, i.trace) for i in rel]


@pytest.mark.parametrize("text", [
    "Four Ostlandic protesters were released from a Westmark prison on Monday.",
    "Four Ostlandic protesters were released from a Westmarkian prison on Monday.",
    "Two Jordanian protesters detained in Egypt were released on Monday.",
    "Two Jordanian protesters who had been detained in Cairo were released on Monday.",
    "Egyptian activists kidnapped by gunmen in Libya were freed on Friday.",
])
def test_own_state_not_when_held_elsewhere(acts_of, text):
    """Near-miss (review s43): captives the text puts in another's hands (a "by" agent, an "in" place of another
    state on their holding clause, a "from" place of another state) are not freed by their home state."""
    rel = [i for i in acts_of(text) if i.type == "release"]
    assert not any(isinstance(i.trace, dict) and i.trace.get("source") == "interactions.implicit.own_state_captives"
                   for i in rel), \
        [(i.type, i.source, i.target, i.trace) for i in rel]


@pytest.mark.parametrize("text, holder", [
    ("Two Jordanian protesters detained in Amman were released on Monday.", "jordan"),
    ("Four Peruvian protesters were released from a Peruvian prison on Monday.", "peru"),
])
def test_own_state_when_held_at_home(acts_of, text, holder):
    """Positive: a holding place of the captives' own state keeps the own-state reading."""
    rel = [i for i in acts_of(text) if i.type == "release"]
    assert rel and rel[0].source == holder, [(i.type, i.source, i.target, i.trace) for i in rel]
