"""Whom a request or demand noun asks, and requests the press makes, on invented sentences.

Why: "X had a firm request of Y" names the asker as the subject of the verb that takes the noun
and the one asked in its "of" phrase, where "the request of X" names the asker there
(rule interactions.arguments.request_addressee); "each side had a request of the other" asks
both ways. An outlet's "requests for comment" demand nothing of the talks' parties
(rule interactions.stage.press_party).
"""

from __future__ import annotations

import pytest

TALKS = "Chad and Sudan held talks in Muscat. "


@pytest.fixture(scope="module")
def demands(analyze):
    def run(text: str) -> set[tuple[str | None, str | None]]:
        return {(i.source, i.target) for i in analyze(text).interactions if i.type == "demand"}
    return run


@pytest.mark.parametrize("text,expected", [
    (TALKS + "Chad had one request of Sudan: free the reporters.", {("chad", "sudan")}),
    (TALKS + "Each side had one firm request of the other.", {("chad", "sudan"), ("sudan", "chad")}),
    ("Chad made several demands of Sudan during the talks.", {("chad", "sudan")}),
    ("Chad has a single request of Sudan, its minister said.", {("chad", "sudan")}),
    # the shapes read before stay as they were
    ("At the request of Chad, Ghana hosted the talks.", {("chad", "ghana")}),
    ("Chad made a request to Sudan for the release of the reporters.", {("chad", "sudan")}),
    ("Sudan's request for a ceasefire was rejected by Chad.", {("sudan", "chad")}),
])
def test_interactions_arguments_request_addressee(demands, text, expected):
    assert expected <= demands(text)


@pytest.mark.parametrize("text", [
    "The ministers never answered a request for comment from Harbour News.",
    "Chad declined a request for comment from The Valley Post.",
])
def test_interactions_stage_press_party(analyze, text):
    """Near-miss of a demand: the press asking for comment."""
    d = analyze(text)
    names = {a.id: a.name for a in d.actors}
    assert not [i for i in d.interactions if i.type == "demand" and any(
        x and any(w in names.get(x, "") for w in ("News", "Post")) for x in (i.source, i.target))]


def test_press_may_still_be_attacked(analyze):
    """Near-miss of the press filter: an attack on an outlet's office stays."""
    d = analyze("Sudan bombed the offices of Harbour News in May.")
    assert any(i.type == "attack" and i.source == "sudan" for i in d.interactions)
