"""interactions.timing.lead_day and interactions.timing.lead_act_retold on invented reports of several
shapes: the lead's one recent day dates the acts the lead tells as done with no day of their own (a
news perfect dated by its statement, a day the next lead sentence gives, a lead after a byline), and a
dated lead act told again paragraphs later takes its date; a plan, two days, an old date, a background
clause or a retelling set at its own time take none."""

from __future__ import annotations

import pytest
from interaction_helpers import dated_to

LEAD = "interactions.timing.lead_day"
RETOLD = "interactions.timing.lead_act_retold"


@pytest.mark.parametrize("published,text,target,value", [
    # a news perfect in the lead, dated by the statement that tells it
    ("2024-03-12", "Rebels of the Free Hill Front have freed two Westmark engineers, the Ostland ministry said on "
     "Monday.\n\nThe engineers were in good health.", "westmark-engineers", "2024-03-11"),
    # the same after a byline and an agency dateline (lines with no verb are no part of the lead)
    ("2011-09-22", "By Anna Berg\n\nLUND (Agency) - Ostland has freed two Westmark engineers, a spokesman said on "
     "Wednesday.\n\nThe men were seized in May.", "westmark-engineers", "2011-09-21"),
    # the lead's release has no day; the next sentence of the lead gives one
    ("2009-08-05", "Ostland freed two Westmark sailors after the Westmark envoy Anna Berg met Ostland President "
     "Karl Sten in Lund on Tuesday.\n\nThe two sailors were flown home.", "westmark-sailors", "2009-08-04"),
    # a passive lead whose day is the statement's, in an older report
    ("1983-05-10", "Two Westmark nurses held for weeks by the Free Hill Front were released, officials in Lund said "
     "Monday.\n\nThe nurses were well.", "westmark-nurses", "1983-05-09"),
    # a news perfect; the lead's second sentence names the day (the first names none)
    ("1983-05-10", "Rebels of the Free Hill Front have released two Westmark nurses who were seized in the hills. The "
     "Westmark embassy in Lund confirmed the news on Monday.\n\nThe nurses were well.", "westmark-nurses",
     "1983-05-09"),
    # a headline line (no stop) before the lead is no part of it
    ("2009-08-05", "Ostland Frees Two Sailors After Envoy Visit\n\nOstland freed two Westmark sailors after the "
     "Westmark envoy Anna Berg met Ostland President Karl Sten in Lund on Tuesday.\n\nThe two sailors were flown "
     "home.", "westmark-sailors", "2009-08-04"),
])
def test_the_lead_s_undated_act_takes_the_news_day(dated_acts, published, text, target, value):
    assert dated_to(dated_acts(published)(text), "release", target) == [(value, LEAD)]


@pytest.mark.parametrize("text", [
    # the lead names only a plan's day
    "Ostland and Westmark will meet on Friday, officials said.\n\nOstland freed two sailors.",
    # the lead names two days
    "Ostland freed two sailors, officials said on Monday, after talks that ended on Thursday.",
    # the lead names an old date
    "Ostland freed two sailors, officials said in a report published on March 2, 2019.",
])
def test_no_one_recent_day_dates_nothing(dated_acts, text):
    found = [v for t, _, _, v, _ in dated_acts("2024-03-12")(text) if t == "release"]
    assert found and all(v is None for v in found)


def test_a_dated_lead_act_told_again_later_takes_its_date(dated_acts):
    text = ("The Westmark envoy Anna Berg met the leaders of the Free Hill Front on Wednesday in the hills.\n\n"
            "The group holds the north. Its fighters have clashed with the army for years.\n\nAid groups say food "
            "is short. The roads are closed.\n\nAnna Berg, who met the rebel chief Karl Sten in a tent, said the "
            "talks were frank.")
    assert dated_to(dated_acts("2011-09-22")(text), "meet", "karl-sten") == [("2011-09-21", RETOLD)]


def test_a_retelling_set_at_its_own_time_keeps_it(dated_acts):
    text = ("The Westmark envoy Anna Berg met the leaders of the Free Hill Front on Wednesday in the hills.\n\n"
            "The group holds the north. Its fighters have clashed with the army for years.\n\nAid groups say food "
            "is short. The roads are closed.\n\nIn May, Anna Berg met the rebel chief Karl Sten in a tent.")
    assert [v for v, r in dated_to(dated_acts("2011-09-22")(text), "meet", "karl-sten")] == ["2011-05"]


def test_a_background_clause_in_the_lead_takes_no_news_day(dated_acts):
    """The guard _background: the lead's day (the statement's) dates the release, not the meeting told in a
    relative clause on the freed woman."""
    text = ("Westmark has freed Anna Berg, a nurse who met Karl Sten in Lund, its ministry said on Monday.\n\n"
            "She was well.")
    found = dated_acts("2031-05-06")(text)
    assert dated_to(found, "release") == [("2031-05-05", LEAD)]
    assert [v for v, _ in dated_to(found, "meet")] == [None]
