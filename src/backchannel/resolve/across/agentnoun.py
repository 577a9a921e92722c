"""An act noun told with its agent and what the agent took on: "an agreement by Lorvia to withdraw".

Why: a nominalised act with a ``by`` phrase naming who did it and an infinitive naming what was
undertaken tells the act as given, as its verb would ("Lorvia agreed to withdraw"): "the accord
includes an agreement by Norland to hold no drills near Pell" says Norland agreed. Without such a
reading, a report that gives a party's undertaking only as a noun asserts nothing, and a denial
of that undertaking by another report ("we gave no promise about Pell") finds nothing to dispute.

Rule ``across.links.denial_agent_noun``: an act noun of a family, then a marker of its agent
(``denial.agent.markers``, "by"), one to ``AGENT_WORDS`` words with no clause break between
(``denial.npi_breaks``) and none a time (a weekday, a month, ``denial.agent.not_agents``: "a deal
by Friday to free them", "by the close of May" give a deadline, not an agent), then a marker of
its complement (``denial.agent.complements``, "to") and a word. The noun must not be negated nor
governed ("sought an agreement by Norland to withdraw", "no agreement by Norland to withdraw"
assert nothing): :func:`.denial.took_place`'s checks. Not a noun that only modifies another ("a
truce proposal by Norland to ..."), nor a passive agent of another verb ("the deal signed by
Norland to end ..." has a word between noun and marker).
"""

from __future__ import annotations

from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.timex import MONTHS, WEEKDAYS

FILE = "across_denial.toml"
AGENT_WORDS = 4  # words of the agent ("Norland", "the Lorvian government", "the two sides' envoys")
RULE = "across.links.denial_agent_noun"


@cache
def agent_pattern(nouns: str, breaks: frozenset[str]) -> str:
    """A regular expression (no group) of an act noun (``nouns``, an alternation) with its agent and complement;
    the agent's words are none of ``breaks``. Empty when the data lists no marker."""
    raw = read(FILE)["denial"]["agent"]
    markers, complements = frozenset(raw["markers"]), frozenset(raw["complements"])
    times = frozenset(raw["not_agents"]) | frozenset(WEEKDAYS) | frozenset(MONTHS)  # "a deal by Friday to ..."
    if not markers or not complements:
        return ""
    word = rf"(?!(?:{alt(breaks | complements | times)})\b)[\w'-]+"
    return (rf"(?:{nouns})\s+(?:{alt(markers)})\s+(?:{word}\s+){{1,{AGENT_WORDS}}}?"
            rf"(?:{alt(complements)})\s+[a-z]+")
