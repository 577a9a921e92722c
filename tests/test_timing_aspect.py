"""interactions.timing.progressive_relative: a past-progressive relative clause is dated by the
clause it hangs in (invented sentences only).

Why: "X spoke on Tuesday with Y, who was meeting Z during a visit" tells what was going on while the
dated act happened; a simple past or a clause with its own date keeps its own time.
"""

from __future__ import annotations

import pytest
from interaction_helpers import dated

PUB = "2026-06-05"  # a Friday
RULE = "interactions.timing.progressive_relative"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


@pytest.mark.parametrize("text, kind, value", [
    ("Premier Olan Vesk on Tuesday spoke by phone with envoy Mira Tallis, who was meeting the freed "
     "sailor in hospital during a visit to Norland.", "meet", "2026-06-02"),
    ("On Wednesday the council thanked mediator Ana Rook, who was holding talks with the rebel "
     "commander Ivo Dran in Portavel.", "negotiate", "2026-06-03"),
    ("The Vesnian minister Tomas Reyk praised the Karelan envoys, who were negotiating with Norland "
     "over the water treaty, on Thursday.", "negotiate", "2026-06-04"),
])
def test_interactions_timing_progressive_relative(acts, text, kind, value):
    found = dated(acts(text), kind)
    assert (value, RULE) in found, found


@pytest.mark.parametrize("text, kind", [
    # a simple past tells an event of its own
    ("Premier Olan Vesk on Tuesday spoke by phone with envoy Mira Tallis, who met the freed sailor "
     "in hospital during a visit to Norland.", "meet"),
    # a passive with "was" is no progressive
    ("On Wednesday the council thanked the pilot Ivo Dran, who was released by the Karelan army "
     "after long talks.", "release"),
])
def test_progressive_relative_not_for_simple_past(acts, text, kind):
    found = dated(acts(text), kind)
    assert all(r != RULE for _, r in found), found


def test_progressive_relative_keeps_its_own_date(acts):
    found = dated(acts("Premier Olan Vesk on Tuesday spoke by phone with envoy Mira Tallis, who was "
                       "meeting the freed sailor in hospital during a visit to Norland on Monday."), "meet")
    assert found and all(v == "2026-06-01" for v, _ in found), found


# -- interactions.timing.participle_elaboration ------------------------------------------
PART_RULE = "interactions.timing.participle_elaboration"


@pytest.mark.parametrize("text, kind, value", [
    ("Vesnia mediated between Norland and Karelo, hosting their envoys in Portavel on Friday.",
     "mediate", "2026-06-05"),
    ("Karelo freed the Vesnian pilot, handing him to the Norland envoy Ana Rook at the border on Wednesday.",
     "release", "2026-06-03"),
    ("The envoy Ana Rook negotiated with the rebel commander Ivo Dran, meeting him in Portavel on Tuesday.",
     "negotiate", "2026-06-02"),
    # the parser hangs the participle on a noun of the trigger's own phrase
    ("Norland acted as an intermediary between the warring countries gathering the two ministers in a "
     "meeting in Lund on Monday.", "mediate", "2026-06-01"),
])
def test_interactions_timing_participle_elaboration(acts, text, kind, value):
    found = dated(acts(text), kind)
    assert (value, PART_RULE) in found, found


@pytest.mark.parametrize("text, kind", [
    # a perfect participle tells what came before the act
    ("Vesnia mediated between Norland and Karelo, having hosted their envoys in Portavel on Friday.", "mediate"),
    # a marked participle has a time of its own
    ("Vesnia mediated between Norland and Karelo after hosting their envoys in Portavel on Friday.", "mediate"),
    # the date belongs to a clause inside the participle's object
    ("Karelo freed the Vesnian pilot, ending a standoff that began on Monday.", "release"),
    # a start point dates a state, not the act
    ("Vesnia mediated between Norland and Karelo, hosting their envoys in Portavel since 2024.", "mediate"),
])
def test_participle_elaboration_near_misses(acts, text, kind):
    found = dated(acts(text), kind)
    assert found and all(v is None for v, _ in found), found
