"""interactions.timing.offset_clause, reached through a prepositional object: an act named by a noun
in a phrase of the offset clause's verb ("two days after the crew was traded for the release of X") is
shifted like the verb (invented sentences only).

Why: the noun tells the same event as the verb of the measured phrase; without the climb it took
the date of the clause the phrase hangs on, a day off.
"""

from __future__ import annotations

import pytest
from interaction_helpers import dated

PUB = "2026-06-05"  # a Friday
RULE = "interactions.timing.offset_clause"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, value", [
    ("The Vesnian crew reached Lund on Tuesday, two days after the sailors were traded for the release "
     "of three Karelans held in Vesnia.", "release", "2026-05-31"),
    ("The Vesnian crew reached Lund on Tuesday. That happened two days after the sailors were traded "
     "for the release of three Karelans held in Vesnia.", "release", "2026-05-31"),
    ("The envoys signed the truce on Friday, a week after they met for talks with the Karelan minister "
     "Ivo Dran.", "negotiate", "2026-05-29"),
])
def test_offset_clause_through_prepositional_object(acts, text, kind, value):
    assert (value, RULE) in dated(acts(text), kind)


def test_offset_clause_not_without_a_measure(acts):
    # "after" with no measure says nothing of how far apart: no shift
    found = dated(acts("The envoys signed the truce on Friday, after they met for talks with the Karelan "
                       "minister Ivo Dran."), "negotiate")
    assert all(r != RULE for _, r in found), found
