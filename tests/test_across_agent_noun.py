"""An act noun with its agent and complement tells the act as given (session 41; every text here is invented).

Rule ``across.links.denial_agent_noun`` (resolve/across/agentnoun.py, data ``[denial.agent]`` of across_denial.toml):
"an agreement by Norland to hold no drills" says Norland agreed, so a denied promise on its topic disputes it.
"""

from __future__ import annotations

from across_helpers import Report, outlet_report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts


def test_an_act_noun_with_its_agent_and_complement_asserts_the_act() -> None:
    for text, family in [("The accord also includes an agreement by Norland to hold no drills near Pell,", "agreement"),
                         ("the deal holds a pledge by the Lorvian government to free the fishermen", "commitment"),
                         ("under the truce, a commitment by the rebels to stay out of Tarn", "commitment"),
                         ("It set out an agreement by both sides' envoys to meet again", "agreement")]:
        assert asserts(text, family), text


def test_near_misses_of_an_agent_noun_assert_nothing() -> None:
    for text in ["There was no agreement by Norland to withdraw",  # negated
                 "Vesterland sought an agreement by Norland to withdraw",  # governed: sought
                 "Pell urged an agreement by both sides to stop",  # governed: urged
                 "a truce proposal by Norland to end the fighting",  # the noun modifies another
                 "the agreement by Norland was a surprise",  # no complement
                 "an agreement by the close of the month to free them",  # a deadline, not an agent
                 "a deal by Friday to free the fishermen",
                 "a deal by next week to free the fishermen"]:
        assert not asserts(text, "agreement"), text


def _report(doc: str, text: str, said: str, published: str = "2031-05-04") -> Report:
    r = outlet_report(doc, text, ("Lorvia", "Ostrava"), published)
    r.actor("envoy", "Ilse Marren", affiliation="lorvia" if "Lorvia" in text else None)
    r.say("c1", "envoy", said, direct=True)
    return r


def test_a_denied_promise_disputes_an_agent_noun_on_its_topic() -> None:
    deny = _report("r1", "Ilse Marren of Lorvia said: \"Lorvia gave no promises to Ostrava regarding Port Vell.\"",
                   "Lorvia gave no promises to Ostrava regarding Port Vell")
    told = _report("r2", "Ilse Marren said the accord includes an agreement by Lorvia to spare Port Vell.",
                   "the accord includes an agreement by Lorvia to spare Port Vell", "2031-05-03")
    other = _report("r3", "Ilse Marren said the accord includes an agreement by Lorvia to reopen Tarn.",
                    "the accord includes an agreement by Lorvia to reopen Tarn", "2031-05-03")
    sought = _report("r4", "Ilse Marren said Ostrava sought an agreement by Lorvia to spare Port Vell.",
                     "Ostrava sought an agreement by Lorvia to spare Port Vell", "2031-05-03")
    res = resolve_dossiers([deny.d, told.d, other.d, sought.d])
    pairs = {frozenset((lk["a"]["doc"], lk["b"]["doc"])) for lk in res.links
             if lk["kind"] == "contradicts" and "across.links.denial" in lk["note"]}
    assert pairs == {frozenset(("r1", "r2"))}
