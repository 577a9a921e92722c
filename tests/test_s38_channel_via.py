"""A go-between named by a channel noun (session 38, ``participants.default_via`` and
``mediation_sides.talks_go_betweens``).

Why: reports credit a third party through a noun of its service rather than its name: "negotiated
through the good offices of X", "a deal negotiated with help from X". The via rule read only a
possessor ("X's good offices"), and a with-phrase made X a party of the talks ("negotiated ...
with help from X" -> talks with X). Now the channel noun's of- or from-phrase names the
go-between, a channel noun in a with-phrase names no party, and the talks' go-between mediates
for each side. Invented sentences; real state names stand in for parties, as elsewhere.
"""

from __future__ import annotations

import pytest

from backchannel.pipeline import analyze_text

GO_BETWEEN = "interactions.expand.talks_go_between"

CHANNELS = [
    "Chile and Peru held talks in May. The border accord was negotiated over months through the good offices of Bolivia.",
    "Chile and Peru negotiated the border deal with help from Bolivia.",
    "Chile and Peru negotiated the border deal with the help of Bolivia over several months.",
]


def items(text: str) -> list[tuple[str, str | None, str | None, tuple[str, ...], str]]:
    d = analyze_text(text)
    return sorted((i.type, i.source, i.target, tuple(i.via), i.rule) for i in d.interactions)


@pytest.mark.parametrize("text", CHANNELS, ids=[t[:40] for t in CHANNELS])
def test_channel_holder_is_the_go_between(text: str) -> None:
    got = items(text)
    talks = [g for g in got if g[0] == "negotiate"]
    assert [(t[1], t[2], t[3]) for t in talks] == [("chile", "peru", ("bolivia",))]
    assert [(g[1], g[2], g[4]) for g in got if g[0] == "mediate"] == [
        ("bolivia", "chile", GO_BETWEEN), ("bolivia", "peru", GO_BETWEEN)]


NOT_CHANNELS = [
    ("Chile negotiated with officials from Bolivia over the border.", [("chile", "officials-from-bolivia")]),
    ("Chile and Peru negotiated the deal with Bolivia.", [("chile", "bolivia"), ("peru", "bolivia")]),
]


@pytest.mark.parametrize(("text", "talks"), NOT_CHANNELS, ids=[t[0][:40] for t in NOT_CHANNELS])
def test_a_with_party_stays_a_party(text: str, talks: list[tuple[str, str]]) -> None:
    got = items(text)
    assert [(g[1], g[2]) for g in got if g[0] == "negotiate"] == talks
    assert [g for g in got if g[0] == "mediate"] == []
