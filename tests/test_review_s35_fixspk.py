"""Session 35 review fixes (s35-fixspk), every text invented.

Why: a bare "Police" (or "the police", "the army") took the state the report is about even when its
sentence names another state or a place of another state, where the body may as well be that state's
(``actors.unnamed.salient_state``); near misses: no other state or place, or the report's own capital.
"""

from __future__ import annotations

import pytest

LEAD = "Norway and Sweden held talks in Oslo. Norway hosted the talks. "


def _police(actors_of, text):
    (police,) = [a for a in actors_of(text).values() if a.name.lower() == "police"]
    return police


@pytest.mark.parametrize("tail", [
    "Police said a man was arrested in Sweden.",
    "The police said a man was arrested in Sweden.",
    "A man was arrested in Stockholm, police said.",
    "Police arrested two Swedish protesters in Stockholm on Monday.",
])
def test_police_beside_another_state_take_no_salient_state(actors_of, tail):
    assert _police(actors_of, LEAD + tail).affiliation is None


@pytest.mark.parametrize("tail", [
    "Police said a man was arrested near the venue.",
    "The police said a man was arrested near the venue.",
    "Police in Oslo said a man was arrested.",
])
def test_police_with_no_rival_take_the_salient_state(actors_of, tail):
    police = _police(actors_of, LEAD + tail)
    assert police.affiliation == "norway"
