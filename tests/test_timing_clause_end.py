"""interactions.timing.clause_final_time with a trailing adjunct (s44): a date that closes the act's own
words still dates the act when a comma and an adjunct of the act's verb follow it ("..., about two months
after arriving", "..., ending weeks of calm"); invented sentences of two eras."""

from __future__ import annotations

import pytest
from interaction_helpers import dated

RULE = "interactions.timing.clause_final_time"


@pytest.mark.parametrize("published,text,value", [
    ("2014-05-31", "Anna Berg was captured in northern Ostland by militants on July 12, 2010, about two months "
     "after arriving in the country.", "2010-07-12"),
    ("2022-01-31", "Two Ostland engineers were captured in the hills by militants on 12 January, ending weeks "
     "of calm.", "2022-01-12"),
])
def test_a_date_before_a_trailing_adjunct_closes_the_act(dated_acts, published, text, value):
    assert dated(dated_acts(published)(text), "attack") == [(value, RULE)]

