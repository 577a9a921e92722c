"""Rules timex.host_noun, interactions.triggers.quote_attribution,
interactions.timing.retold_told_act and interactions.timing.means_clause_object (invented names
and sentences only).

Why: each is a place where a date the text gives did not reach its act: a day hung on a clock or
a time-of-day noun; a quoted agreement whose speaker's clause the parser hangs under it, so that
the talks that "began" in it read as planned (the next year's date); a speaker's detailed
retelling of a swap another speaker dated; talks told by their first day and an end preposition.
(interactions.timing.means_clause_object
fires only where the parser hangs the main verb's date on its object, which invented sentences
did not reproduce: it is checked on the read data.)
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from interaction_helpers import dated_to
from backchannel.extract.interactions.triggers import quote_attribution

PUB = "2026-06-03"  # a Wednesday


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, target, value", [
    ("At around 9pm local time on Sunday, Norland agreed to free Ola Brandt.", "release", "ola-brandt", "2026-05-31"),
    ("At around 9pm local time on Sunday, Norland agreed to free Ola Brandt.", "agree", None, "2026-05-31"),
    ("Shortly after 8 p.m. on Monday, Sudovia handed over the two aid workers.", "release", None, "2026-06-01"),
])
def test_day_on_a_clock_dates_the_act(acts, text, kind, target, value):
    assert value in [v for v, _ in dated_to(acts(text), kind, target)]


@pytest.mark.parametrize("text, kind", [
    ("Westmark and Ostland exchanged eleven detained soldiers at a border post on Monday, officials "
     "said.\n\nWestmark freed six Ostland soldiers and Ostland freed five Westmark soldiers, the army said.",
     "release"),
    ("Westmark and Ostland exchanged eleven detained soldiers at a border post on Monday, officials said. "
     "Westmark freed six Ostland soldiers in return, the army said.", "release"),
])
def test_told_retelling_takes_the_told_date(acts, text, kind):
    found = dated_to(acts(text), kind, None)
    assert all(v is not None for v, _ in found)
    assert any(r == "interactions.timing.retold_told_act" for _, r in found)


def test_a_retelling_by_a_speaker_of_a_narrated_act_keeps_no_date(acts):
    found = dated_to(acts("Westmark and Ostland exchanged eleven detained soldiers on Monday.\n\n"
                          "Westmark freed six Ostland soldiers in return, the army said."), "release", None)
    assert not any(r == "interactions.timing.retold_told_act" for _, r in found)


def test_quote_attribution_is_not_the_agreed_content():
    from spacy.vocab import Vocab
    words = ['"', "Westmark", "agreed", "to", "a", "truce", ",", '"', "Anna", "Berg", "announced",
             "in", "Lund", "."]
    heads = [2, 2, 2, 2, 5, 3, 2, 2, 9, 10, 2, 10, 11, 10]
    deps = ["punct", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "punct", "compound", "nsubj",
            "ccomp", "prep", "pobj", "punct"]
    pos = ["PUNCT", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB",
           "ADP", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() if w != "announced" else "announce" for w in words])
    assert quote_attribution(doc[2], doc[10])


def test_a_complement_clause_without_a_quote_is_content():
    from spacy.vocab import Vocab
    words = ["Westmark", "agreed", "that", "Ostland", "would", "announce", "the", "truce", "."]
    heads = [1, 1, 5, 5, 5, 1, 7, 5, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
              lemmas=["westmark", "agree", "that", "ostland", "would", "announce", "the", "truce", "."])
    assert not quote_attribution(doc[1], doc[5])


@pytest.mark.parametrize("text, value", [
    ("Talks between Westmark and Ostland opened on Monday and went on until the small hours of Wednesday.",
     "2026-06-01/2026-06-03"),
    ("Westmark and Ostland held talks in Lund on Monday, continuing until Wednesday.", "2026-06-01/2026-06-03"),
    ("Westmark and Ostland negotiated in Lund on Sunday until Tuesday.", "2026-05-31/2026-06-02"),
])
def test_a_run_of_days_dates_the_talks_by_both_ends(acts, text, value):
    assert value in [v for v, _ in dated_to(acts(text), "negotiate", None)]


@pytest.mark.parametrize("text, value", [
    ("Westmark freed Anna Berg on Monday.", "2026-06-01"),
    ("Westmark and Ostland met on Monday and moved the next round to Thursday.", None),
])
def test_no_run_without_an_end_day(acts, text, value):
    found = acts(text)
    assert not any(r == "interactions.timing.run_through" for *_, r in found)
    if value is not None:
        assert value in [v for *_, v, _ in found]
