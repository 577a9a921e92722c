"""interactions.timing.fronted_scope: a day that opens the sentence, in a framing present
participle or before the first of coordinated clauses, dates the main clause and the clauses
coordinated with it (invented sentences only).

Why: "Concluding two days of talks on Sunday, A and B signed a truce" and "On Monday, A freed X and B
released Y" date every event told by the day set once at the start; the parser hangs the day on
the participle or on the first clause only.
"""

from __future__ import annotations

import pytest
from interaction_helpers import dated

PUB = "2026-06-05"  # a Friday
RULE = "interactions.timing.fronted_scope"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, value", [
    ("Concluding their talks in Lund on Tuesday, Ostland and the Free Hill Front signed a truce.",
     "agree", "2026-06-02"),
    ("Addressing reporters in Lund on Wednesday, Anna Berg accused the Free Hill Front of stalling.",
     "accuse", "2026-06-03"),
    ("Leaving the lakeside retreat on Thursday, the Ostland cabinet declared that its envoys had "
     "reached an agreement with the Free Hill Front.", "agree", "2026-06-04"),
    ("On Monday, Ostland released ten prisoners and the Free Hill Front freed the nurse Anna Berg.",
     "release", "2026-06-01"),
    ("Just before dawn today, the Free Hill Front let two engineers go, and the pair crossed the "
     "river and met Ostland officials.", "meet", "2026-06-05"),
    # a clause of simultaneity that opens the sentence
    ("When they met in Lund on Monday, Ostland and the Free Hill Front agreed to a truce.", "agree",
     "2026-06-01"),
    ("As the talks opened on Wednesday, the Free Hill Front freed the nurse Anna Berg.", "release",
     "2026-06-03"),
    ("While visiting Lund on Thursday, Anna Berg met the Free Hill Front leader Karl Dahl.", "meet",
     "2026-06-04"),
    # near-misses of the s43-fix refusals: a simple past main clause, active or passive, keeps the day
    ("When Ostland freed the hostages on Monday, Westmark released its prisoners.", "release", "2026-06-01"),
    ("On Monday, Ostland freed two hostages and ten prisoners were freed by the Free Hill Front.", "release",
     "2026-06-01"),
    # a present perfect takes a day that reaches now
    ("Earlier today, the Free Hill Front freed three nurses, and they have reached Kessel and met Ostland "
     "officials.", "meet", "2026-06-05"),
])
def test_interactions_timing_fronted_scope(acts, text, kind, value):
    found = dated(acts(text), kind)
    assert (value, RULE) in found, found


@pytest.mark.parametrize("text, kind", [
    # a past participle opening the sentence tells an earlier event
    ("Kidnapped in May 2021, the nurse Anna Berg was released by the Free Hill Front.", "release"),
    # a perfect participle, too
    ("Having met the envoy Karl Dahl on Monday, the Free Hill Front released the nurse Anna Berg.",
     "release"),
    # a day inside the first clause is that clause's own
    ("Ostland released ten prisoners on Monday and the Free Hill Front freed the nurse Anna Berg.",
     "release"),
    # a clause told as later
    ("On Monday, Ostland released ten prisoners and the Free Hill Front later freed the nurse Anna Berg.",
     "release"),
    # "after" shifts the day
    ("After talks in Lund on Monday, the Free Hill Front freed the nurse Anna Berg.", "release"),
    ("After they met in Lund on Monday, the Free Hill Front freed the nurse Anna Berg.", "release"),
    # a day inside the participle's phrase names another event's day
    ("Reacting to the raid on Monday, Ostland accused the Free Hill Front of lying.", "accuse"),
    ("Preceding talks on Monday, the Free Hill Front freed the nurse Anna Berg.", "release"),
    ("Following talks in Lund on Monday, the Free Hill Front freed the nurse Anna Berg.", "release"),
    # a plan in a complement stays undated
    ("Concluding two days of talks on Tuesday, the Free Hill Front agreed to release the nurse Anna Berg.",
     "release"),
    # a habit is no dated event
    ("On Thursday, Ostland freed two pilots, and its envoys met the Free Hill Front regularly.", "meet"),
    # a past perfect or an adverb of anteriority tells an earlier event (s43-fix)
    ("When Kenya freed the hostages on Monday, Uganda had already released its prisoners.", "release"),
    ("When Ostland freed the hostages on Monday, Westmark had released its prisoners.", "release"),
    ("When Ostland freed the hostages on Monday, Westmark earlier released its prisoners.", "release"),
    ("On Monday, Kenya freed two hostages and Uganda had released three prisoners.", "release"),
    # not a simple past: a present perfect tells no event on the day
    ("While Kenya freed two hostages on Monday, Uganda has refused to release any.", "reject"),
    ("On Monday, the Free Hill Front freed three nurses, and they have reached Kessel and met Ostland officials.",
     "meet"),
    # an act nested under the main verb is another event
    ("Visiting Kampala on Monday, Anna Berg thanked Uganda for freeing ten prisoners.", "release"),
    ("Touring Kessel on Monday, Anna Berg praised the Free Hill Front for releasing ten prisoners.", "release"),
])
def test_interactions_timing_fronted_scope_not(acts, text, kind):
    found = dated(acts(text), kind)
    assert all(r != RULE for _, r in found), found
