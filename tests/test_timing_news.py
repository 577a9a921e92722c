"""Rule interactions.timing.perfect_news and the same-day reading of "<n> hours later"
(interactions.timing.day_after) (invented names and sentences only).

Why: a wire report's lead tells news in the present perfect and dates it by its announcement;
"hours later" stays on the day told before. The negative tests pin the near misses ("said", a
past perfect, an undated cue, "days later", "years later", nothing dated before).
"""

from __future__ import annotations

import pytest

from interaction_helpers import dated_to

PUB = "2026-06-05"  # a Friday
NEWS = "interactions.timing.perfect_news"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, target, value", [
    # passive, the cue verb closing the sentence
    ("The engineer Ola Brandt has been released after a month inside a Vesterland jail and is "
     "travelling home, the Norland ministry announced on Wednesday.", "release", "ola-brandt", "2026-06-03"),
    # active, "reported"
    ("Vesterland has freed the Norland engineer Ola Brandt, state media reported on Wednesday.",
     "release", "ola-brandt", "2026-06-03"),
    # a plural captive, "reported"
    ("Rebels have released twelve Norland fishermen, the Norland navy reported on Thursday.",
     "release", "norland-fishermen", "2026-06-04"),
    # plural subject, "have", "declared"
    ("Norland and Vesterland have signed a truce, the Ostmark foreign ministry declared on Tuesday.",
     "agree", "vesterland", "2026-06-02"),
    # a noun trigger, the object of a present perfect
    ("Vesterland has ordered the release of Ola Brandt, the Norland foreign ministry announced on Monday.",
     "release", "ola-brandt", "2026-06-01"),
    # a handover
    ("The Korvan militia has handed over the pilot Ola Brandt to Norland, the army announced on Monday.",
     "release", "ola-brandt", "2026-06-01"),
])
def test_interactions_timing_perfect_news(acts, text, kind, target, value):
    found = dated_to(acts(text), kind, target)
    assert any(v == value for v, _ in found), found


@pytest.mark.parametrize("text, kind, target", [
    ("Rebels have released twelve Norland fishermen, the Norland navy reported on Thursday.",
     "release", "norland-fishermen"),
    ("Vesterland has freed the Norland engineer Ola Brandt, state media reported on Wednesday.",
     "release", "ola-brandt"),
])
def test_interactions_timing_perfect_news_traced(acts, text, kind, target):
    assert any(r == NEWS for _, r in dated_to(acts(text), kind, target))


@pytest.mark.parametrize("text, kind, target", [
    # "said": no news cue
    ("Vesterland has freed the Norland engineer Ola Brandt, the minister said on Wednesday.",
     "release", "ola-brandt"),
    # a past perfect: before some other past time
    ("Vesterland had freed the Norland engineer Ola Brandt before the vote, the ministry announced on "
     "Wednesday.", "release", "ola-brandt"),
    # an undated cue
    ("Vesterland has freed the Norland engineer Ola Brandt, state media reported.",
     "release", "ola-brandt"),
    # "confirmed": it confirms earlier events (s34 review)
    ("Norway has held secret talks with Iran, the foreign ministry confirmed on Wednesday.", "negotiate", "iran"),
    ("Rebels have released twelve Norland fishermen, the Norland navy confirmed on Thursday.",
     "release", "norland-fishermen"),
    # a sum so far, a repeated act, an act over time: no news of the day
    ("So far, Vesterland has freed twelve Norland fishermen, the ministry confirmed on Wednesday.",
     "release", "norland-fishermen"),
    ("Norland has already released Ola Brandt twice, state media reported on Wednesday.", "release", "ola-brandt"),
    ("Vesterland has freed Norland fishermen several times, state media reported on Wednesday.",
     "release", "norland-fishermen"),
    ("Norland has held talks with Vesterland, state media reported on Wednesday.", "negotiate", "vesterland"),
])
def test_interactions_timing_perfect_news_near_misses(acts, text, kind, target):
    assert all(r != NEWS for _, r in dated_to(acts(text), kind, target))


@pytest.mark.parametrize("text, value", [
    # a whole number of days' hours: that many days later (rule interactions.timing.day_after)
    ("On Monday, Vesterland released ten Norland fishermen. 48 hours later, Norland freed three "
     "Vesterland guards.", "2026-06-03"),
    ("On Monday, Vesterland released ten Norland fishermen. 72 hours later, Norland freed three "
     "Vesterland guards.", "2026-06-04"),
    # under a day: the same day, traced to day_after (not to the rule that read the day)
    ("On Monday, Vesterland released ten Norland fishermen. Six hours later, Norland freed three "
     "Vesterland guards.", "2026-06-01"),
    ("On Monday, Vesterland released ten Norland fishermen. Several hours later, Norland freed three "
     "Vesterland guards.", "2026-06-01"),
])
def test_interactions_timing_day_after_hours(acts, text, value):
    found = dated_to(acts(text), "release", "vesterland-guards")
    assert found and all(v == value and r == "interactions.timing.day_after" for v, r in found), found


@pytest.mark.parametrize("text", [
    # a count of hours that names no day, or one read as no count of this module: undated
    "On Monday, Vesterland released ten Norland fishermen. Forty-eight hours later, Norland freed three "
    "Vesterland guards.",
    "On Monday, Vesterland released ten Norland fishermen. Some 36 hours later, Norland freed three "
    "Vesterland guards.",
    "On Monday, Vesterland released ten Norland fishermen. Norland freed three Vesterland guards 30 hours later.",
])
def test_interactions_timing_day_after_hours_undated(acts, text):
    found = dated_to(acts(text), "release", "vesterland-guards")
    assert found and all(v in (None, "2026-06-03") for v, _ in found), found


# -- s35 review: a count of hours or days in any number words (numbers.py), not only up to ten --------
@pytest.mark.parametrize("text, value", [
    ("On Monday, Vesterland released ten Norland fishermen. Twenty hours later, Norland freed three "
     "Vesterland guards.", "2026-06-01"),
    ("On Monday, Vesterland released ten Norland fishermen. Twenty-one hours later, Norland freed three "
     "Vesterland guards.", "2026-06-01"),
    ("On Monday, Vesterland released ten Norland fishermen. Seventy-two hours later, Norland freed three "
     "Vesterland guards.", "2026-06-04"),
    ("On Monday, Vesterland released ten Norland fishermen. Eleven days later, Norland freed three "
     "Vesterland guards.", "2026-06-12"),
])
def test_interactions_timing_day_after_number_words(acts, text, value):
    found = dated_to(acts(text), "release", "vesterland-guards")
    assert found and all(v == value and r == "interactions.timing.day_after" for v, r in found), found


def test_interactions_timing_day_after_number_words_undated(acts):
    # near misses: a hundred hours is no whole day; two counts joined by "or" are no one count
    for text in ("On Monday, Vesterland released ten Norland fishermen. A hundred hours later, Norland freed "
                 "three Vesterland guards.",
                 "On Monday, Vesterland released ten Norland fishermen. Twenty or thirty hours later, Norland "
                 "freed three Vesterland guards."):
        found = dated_to(acts(text), "release", "vesterland-guards")
        assert found and all(v is None for v, _ in found), (text, found)


@pytest.mark.parametrize("text, kind, target, value", [
    ("Norland troops on Wednesday crossed into the valley by Lund. A shootout ensued. A few hours "
     "later, armed clashes between Norland and Vesterland also took place near Dalby.",
     "attack", "vesterland", "2026-06-03"),
    ("On Monday, Vesterland released ten Norland fishermen. Two hours later, Norland freed three "
     "Vesterland guards.", "release", "vesterland-guards", "2026-06-01"),
    ("On Monday, Vesterland released ten Norland fishermen. Hours later, Norland freed three "
     "Vesterland guards.", "release", "vesterland-guards", "2026-06-01"),
    ("On Monday, Vesterland released ten Norland fishermen. Minutes later, Norland freed three "
     "Vesterland guards.", "release", "vesterland-guards", "2026-06-01"),
    ("On Monday, Vesterland released ten Norland fishermen. Norland freed Ola Brandt a few hours later.",
     "release", "ola-brandt", "2026-06-01"),
    ("On Monday, Vesterland released ten Norland fishermen. Moments later, Norland freed three "
     "Vesterland guards.", "release", "vesterland-guards", "2026-06-01"),
])
def test_interactions_timing_hours_later(acts, text, kind, target, value):
    found = dated_to(acts(text), kind, target)
    assert any(v == value for v, _ in found), found


@pytest.mark.parametrize("text, kind, target, value", [
    # days, not hours: shifted
    ("On Monday, Vesterland released ten Norland fishermen. Two days later, Norland freed three "
     "Vesterland guards.", "release", "vesterland-guards", "2026-06-03"),
    # years: not that day
    ("On Monday, Vesterland released ten Norland fishermen. Years later, Norland freed three "
     "Vesterland guards.", "release", "vesterland-guards", None),
    # nothing dated before
    ("Vesterland released ten Norland fishermen. A few hours later, Norland freed three Vesterland guards.",
     "release", "vesterland-guards", None),
])
def test_interactions_timing_hours_later_near_misses(acts, text, kind, target, value):
    found = dated_to(acts(text), kind, target)
    assert found and all(v == value for v, _ in found), found


# -- s35 review: a sum or a state ("so far", "repeatedly") is not dated by its announcement (announced_act) ----
@pytest.mark.parametrize("text, target", [
    ("So far, Vesterland has freed twelve Norland fishermen, the ministry announced on Wednesday.",
     "norland-fishermen"),
    ("Vesterland has so far freed twelve Norland fishermen, officials announced on Wednesday.", "norland-fishermen"),
    ("Vesterland has repeatedly freed Norland fishermen, the ministry announced on Wednesday.", "norland-fishermen"),
])
def test_interactions_timing_announced_act_not_cumulative(acts, text, target):
    found = dated_to(acts(text), "release", target)
    assert found and all(v != "2026-06-03" for v, _ in found), found


@pytest.mark.parametrize("text", [
    # near misses: one act announced as done keeps its announcement's day
    "Vesterland freed twelve Norland fishermen, the ministry announced on Wednesday.",
    "Vesterland has freed twelve Norland fishermen, the ministry announced on Wednesday.",
])
def test_interactions_timing_announced_act_kept(acts, text):
    found = dated_to(acts(text), "release", "norland-fishermen")
    assert found and all(v == "2026-06-03" for v, _ in found), found


# -- words given "in a statement" are announced news, whatever the cue verb --------------------
@pytest.mark.parametrize("text, kind, target, value", [
    ("Vesterland has freed the Norland engineer Ola Brandt, the Norland ministry said in a statement "
     "on Wednesday.", "release", "ola-brandt", "2026-06-03"),
    ("Norland has released twelve Vesterland fishermen, the two governments said on Tuesday in a joint "
     "statement.", "release", "vesterland-fishermen", "2026-06-02"),
    ("Norland and Vesterland have signed a truce, the Ostmark foreign ministry said in a communique on "
     "Thursday.", "agree", "vesterland", "2026-06-04"),
])
def test_perfect_news_in_a_statement(acts, text, kind, target, value):
    assert (value, NEWS) in dated_to(acts(text), kind, target)


@pytest.mark.parametrize("text, kind, target", [
    # "said" with no statement: not this rule (s46: interactions.timing.said_perfect_day dates the news
    # perfect under "said" by the saying, test_timing_s46.py; a retelling's own earlier day still wins)
    ("Vesterland has freed the Norland engineer Ola Brandt, the Norland ministry said on Wednesday.",
     "release", "ola-brandt"),
    # a past perfect: before some other past time
    ("Vesterland had freed the Norland engineer Ola Brandt, the Norland ministry said in a statement "
     "on Wednesday.", "release", "ola-brandt"),
    # an interview is no statement
    ("Vesterland has freed the Norland engineer Ola Brandt, the Norland minister said in an interview "
     "on Wednesday.", "release", "ola-brandt"),
])
def test_perfect_news_in_a_statement_near_misses(acts, text, kind, target):
    assert not any(r == NEWS for _, r in dated_to(acts(text), kind, target))
