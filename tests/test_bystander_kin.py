"""Kin named only in passing (``actors.relatives.bystander_kin``, session 27).

Why: quotations of officials and mediators speak of "his family", "the families" and "their
relatives" as the good or the grief of a release ("… reunited with his family", "three years of
suffering for the families"), and a report sends prayers or thanks "for their relatives". The golds
of the newer sets make none of these an actor; a family that acts (a sit-in, a campaign, a welcome)
or is reunited in the report's own words stays one. Every sentence is invented.
"""

from __future__ import annotations

import pytest

PRE = "Ola Brandt was freed in Lunde on Tuesday after two years in a Norland prison. "


@pytest.mark.parametrize("text", [
    "“By tonight, Ola Brandt will be home and reunited with his family,” the Norland envoy said.",
    "The bishop said he would pray for the dead and for their relatives.",
    "“We share the grief of those families,” the mediator Jo Lee said.",
    "“This ends two years of pain for the families,” Kari Dahl told reporters.",
    "“Tonight the prisoners and their families are reunited,” Jo Lee said in Lunde.",
    "“The prisoners will return to their relatives within days,” said Kari Dahl.",
])
def test_kin_in_passing_is_no_actor(actors_by_name, text):
    names = actors_by_name(PRE + text)
    assert not any(n.split()[-1].lower() in ("family", "families", "relatives") for n in names), list(names)


@pytest.mark.parametrize("text, kin", [
    ("Their families staged a sit-in outside the ministry in Lunde.", "families"),
    ("The freed men were reunited with their families in Lunde.", "families"),
    ("“Our families are waiting for news,” the fishermen said.", "families"),
    ("“This was won by a campaign by the client's family,” the lawyer said.", "family"),
])
def test_kin_that_act_stay(actors_by_name, text, kin):
    names = actors_by_name(PRE + text)
    assert any(n.split()[-1].lower() == kin for n in names), list(names)
