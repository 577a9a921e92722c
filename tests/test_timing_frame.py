"""Rule interactions.timing.part_of_event (its event search, timing_frame.py): an undated act told as
done inside a phrase naming the event it is part of ("under the swap on Wednesday", "as part of the
deal", "in the swap", "during the talks") takes the event noun's own date, else (a definite noun)
the date of the nearest earlier mention of the event that dates itself, also in reported words; and
rule interactions.timing.counterpart_act is read after a part phrase that finds no date (invented
names, places and sentences only).

Why: a report dates its main event once and tells the acts that made it up undated; the near
misses pin what must stay undated (a new event "in a deal", an undated antecedent, a plan, a
present, a counted or "since" mention, a place or time preposition that frames nothing).
"""

from __future__ import annotations

import pytest

PUB = "2026-06-05"  # a Friday
RULE = "interactions.timing.part_of_event"


@pytest.fixture(scope="module")
def acts(dated_acts):
    return dated_acts(PUB)


def rows(found, kind: str) -> list[tuple[str | None, str | None]]:
    return [(v, r) for t, _, _, v, r in found if t == kind]


@pytest.mark.parametrize("text, kind, value", [
    # the event noun's own date, in a fronted phrase, the act in reported words
    ("Under the swap on Wednesday, thirty Norland soldiers had been returned by Vesterland, the agency "
     "was quoted as saying.", "release", "2026-06-03"),
    # "as part of the deal": an earlier release that dates itself, two sentences back
    ("The guards were freed on Tuesday and flown to Lund. Officials praised the mediators. "
     "As part of the deal, six Norland pilots were released by Vesterland.", "release", "2026-06-02"),
    # "in the swap": the event told by a verb of the act's kind with its date, a paragraph back
    ("Both sides released captives on June 2.\n\nThe Norland ministry confirmed that Lund received forty "
     "soldiers in the swap.", "meet", "2026-06-02"),
    # "under the terms of": the event noun through "of", dated by its own participle clause
    ("Under the terms of the exchange carried out on Tuesday, Vesterland released six Norland pilots.",
     "release", "2026-06-02"),
    # the event noun's relative clause, the act after it
    ("In the swap, which took place on Tuesday, Vesterland released six Norland pilots.", "release",
     "2026-06-02"),
    # "during the talks": the talks dated by their own verb
    ("Talks between Norland and Vesterland opened in Lund on Monday.\n\nDuring the talks, Norland freed "
     "four Vesterian fishermen.", "release", "2026-06-01"),
])
def test_interactions_timing_part_of_event_search(acts, text, kind, value):
    assert (value, RULE) in rows(acts(text), kind)


def test_counterpart_act_after_an_undated_part_phrase(acts):
    """"in exchange for the release of X": the part-of phrase finds no dated event of its own, so the
    counterpart cue ("in exchange") is read next (it used to stop at the phrase): the exchange dated
    by a relative clause in the sentence before."""
    text = ("The exchange, which took place on June 2, saw hundreds of soldiers return home. Lund handed "
            "over twenty Vesterian soldiers in exchange for the release of nineteen Norlanders.")
    assert ("2026-06-02", "interactions.timing.counterpart_act") in rows(acts(text), "release")


@pytest.mark.parametrize("text, kind", [
    # a new event ("in a deal") with no date of its own
    ("The guards were freed by Vesterland on Tuesday. In a deal brokered by Ostmark, six Norland pilots "
     "were released by Vesterland.", "release"),
    # the only earlier mention gives itself no date
    ("Vesterland and Norland agreed a swap of prisoners. As part of the swap, six Norland pilots were "
     "released by Vesterland.", "release"),
    # a plan, and a present
    ("The guards were freed by Vesterland on Tuesday. As part of the deal, Vesterland will release six "
     "Norland pilots.", "release"),
    ("The guards were freed by Vesterland on Tuesday. As part of the deal, Vesterland is releasing six "
     "Norland pilots.", "release"),
    # the earlier mention is a "since" start point, not the event's date
    ("It was the first swap of prisoners since March. Lund handed over twenty Vesterian soldiers in the "
     "swap.", "release"),
    # a counted mention names several events
    ("Two swaps of prisoners took place on June 2. Lund handed over twenty Vesterian soldiers in the swap.",
     "release"),
    # the event noun is the object of a further preposition: a cause, not the act's event
    ("Norland freed four Vesterian fishermen in response to the attack on Monday.", "release"),
    # an agreement comes before the acts done under it: its date is not theirs
    ("Under the terms of the agreement signed on Tuesday, Vesterland released six Norland pilots.",
     "release"),
    ("Norland and Vesterland agreed a deal in March.\n\nAs part of the deal, Vesterland freed ten "
     "fishermen.", "release"),
    # "after the swap" places the act next to the event, not in it
    ("The guards were freed by Vesterland on Tuesday. After the swap, Norland freed four Vesterian "
     "fishermen.", "release"),
])
def test_interactions_timing_part_of_event_search_near_misses(acts, text, kind):
    assert not any(r == RULE for v, r in rows(acts(text), kind))
