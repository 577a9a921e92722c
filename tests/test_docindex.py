"""The shared per-document index: one definition of a paragraph for every stage.

Why a test: the interactions stage used to find paragraphs its own way (a blank line in the
whitespace between sentences); the index counts blank-line breaks before each sentence, the
way the claims stage already did. These cases are where the two definitions differed (the
development corpus has none of them): a blank line holding spaces or CRLF line ends is a
break, two single line breaks inside one sentence are not.
"""

from __future__ import annotations

import pytest

from backchannel.docindex import ClaimIndex, DocIndex
from backchannel.model import Claim, ClaimSpans, Evidence


@pytest.mark.parametrize("text, paras", [
    ("The envoys met on Monday.\n\nThen they met again on Tuesday.", [0, 1]),
    ("The envoys met on Monday.\n \nThen they met again on Tuesday.", [0, 1]),
    ("The envoys met on Monday.\r\n\r\nThen they met again on Tuesday.", [0, 1]),
    ("The envoys met on Monday. Then they met again on Tuesday.", [0, 0]),
    ("Talks began Monday\nin Doha\nafter a long pause. Then they met again on Tuesday.", [0, 0]),
])
def test_paragraph_of_each_sentence(nlp, text, paras):
    ix = DocIndex(nlp(text), text)
    assert ix.para_of_sent == paras


def test_time_expressions_attach_to_the_word_they_date(nlp):
    text = "The envoys met in Doha on Monday."
    ix = DocIndex(nlp(text), text)
    assert [tx.text for tx, _, _ in ix.timexes] == ["on Monday"]
    ((tx, span),) = [x for xs in ix.timex_at.values() for x in xs]
    assert ix.tokens[next(iter(ix.timex_at))].text == "met" and span.text == "on Monday"


def test_claim_index_finds_the_claim_at_a_position():
    ev = Evidence(doc="d", start=0, end=1, text="x")
    c = Claim(id="c1", speaker="a", spans=ClaimSpans(doc="d", content=[[10, 20]], speaker=[0, 5]), evidence=ev)
    ix = ClaimIndex([c])
    assert ix.claim_at(15) == "c1" and ix.claim_at(20) is None and ix.claim_at(5) is None
    assert ix.is_speaker(0) and not ix.is_speaker(1) and ix.claims == {"c1": c}
