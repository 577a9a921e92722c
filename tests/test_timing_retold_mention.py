"""Rule interactions.timing.retold_mention: an undated act told as done whose verb repeats a word
that told one dated event in one of the two sentences before, across a paragraph break ("was freed
Wednesday. ¶ X was freed as ...", "after the June 2 visit of the deputies. ¶ The deputies visited
X"), takes that date (invented names, places and sentences only).

Why: a lead dates the event; the next paragraph tells it again with the names and no date. The near
misses pin a run that moved on to another time, an act told as later, and a plan.
"""

from __future__ import annotations

import pytest

PUB = "2026-06-05"  # a Friday
RULE = "interactions.timing.retold_mention"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


def rows(found, kind: str) -> list[tuple[str | None, str | None]]:
    return [(v, r) for t, _, _, v, r in found if t == kind]


@pytest.mark.parametrize("text, kind, value", [
    # the lead's passive verb told again in the next paragraph
    ("A Norland engineer held for two years was freed Wednesday in a move his family hailed.\n\nThe "
     "engineer Ola Brandt was freed as Vesterland handed over the militia leader Jon Hale.", "release",
     "2026-06-03"),
    # the event noun with its date, then its verb
    ("The jailed leader Ivo Dran called for calm after the June 2 visit of three Norland deputies.\n\nThe "
     "deputies Ana Vos, Per Lind and Eva Holm visited Ivo Dran as part of a peace effort.", "meet",
     "2026-06-02"),
    # two sentences back, an undated sentence between
    ("A Norland engineer held for two years was released on Tuesday. His family thanked the mediators."
     "\n\nThe engineer Ola Brandt was released by Vesterland after months of talks.", "release",
     "2026-06-02"),
])
def test_interactions_timing_retold_mention(acts, text, kind, value):
    assert (value, RULE) in rows(acts(text), kind)


@pytest.mark.parametrize("text, kind", [
    # the run moved on to another time
    ("A Norland engineer held for two years was freed Wednesday.\n\nOn Friday, the army shelled Lund. The "
     "engineer Ola Brandt was freed by Vesterland.", "release"),
    # told as later
    ("A Norland engineer held for two years was freed Wednesday.\n\nVesterland later freed the engineer "
     "Ola Brandt.", "release"),
    # a plan
    ("A Norland engineer held for two years was freed Wednesday.\n\nVesterland will free the engineer "
     "Ola Brandt.", "release"),
    # three sentences back
    ("A Norland engineer held for two years was freed Wednesday. His family thanked the mediators. The "
     "talks had lasted a year.\n\nThe engineer Ola Brandt was freed by Vesterland.", "release"),
])
def test_interactions_timing_retold_mention_near_misses(acts, text, kind):
    assert not any(r == RULE for v, r in rows(acts(text), kind))
