"""Whether two reports tell one story: they share an event (rule ``across.links.one_story``, s48).

Why: the word-level link rules of session 48 (talksplan.py, causes.py, a call's later tellings in calls.py) read
one report's claim against another's by their words alone ("no decision on talks" / "agreed to talks"; a cause
denied / credited). In a corpus of many stories those words recur in unrelated reports, and a link between two
stories is always false. Two reports are of one story when some event of the corpus (an act told by both, as the
events' resolver grouped it) has members in both. Cost: one set of event ids per report; a pair is tested only
when a rule has a candidate link for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from backchannel.resolve.across.announceday import announce_links
from backchannel.resolve.across.causes import cause_links
from backchannel.resolve.across.talksplan import talks_links

if TYPE_CHECKING:
    from backchannel.resolve.across.records import Digest

RULE = "across.links.one_story"


class StoryTie:
    """The events of each report, read from the resolved events (their members' reports)."""

    def __init__(self, events: list[dict]) -> None:
        self.of: dict[str, set[str]] = {}
        for e in events:
            for m in e.get("members", []):
                self.of.setdefault(m["doc"], set()).add(e["id"])

    def same(self, a: str, b: str) -> bool:
        """Whether reports ``a`` and ``b`` share an event."""
        return bool(self.of.get(a, set()) & self.of.get(b, set()))


def word_links(dg: Digest, order: dict[str, tuple[str, str]], published: dict[str, str | None],
               tie: StoryTie) -> list[dict]:
    """The links of the word rules that need one story (talks agreed or undecided, a cause credited or denied, the
    day an agreement was announced): one call from the resolver for the three."""
    return talks_links(dg.claims, order, tie) + cause_links(dg.causes, order, tie) + \
        announce_links(dg.announced, published, order, tie)
