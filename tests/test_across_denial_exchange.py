"""An exchange of captives denied in one report and told in another (session 28; every text here is invented).

Rule ``across.links.denial_exchange`` (resolve/across/denial.py, the ``exchange`` family of
data/across_denial.toml): "there was no swap" or "there was no deal" in one report contradicts, on negation,
a report that tells the captive was exchanged ("freed in exchange for", "swapped for", "in a prisoner swap").
An exchange is a deal, so the agreement family's denial covers it; a release is an exchange only when its
sentence says so.
"""

from __future__ import annotations

import pytest
from across_helpers import Report  # noqa: F401 (the reports' type)
from test_across_denial_s27 import report  # the same three states in every invented report
from backchannel.resolve.across import resolve_dossiers
from backchannel.resolve.across.denial import asserts, denies


def denial_links(res) -> dict[tuple[str, str, str], str]:
    return {(lk["a"]["doc"], lk["b"]["doc"], lk["b"].get("claim") or lk["b"].get("interaction")): lk["note"]
            for lk in res.links if "across.links.denial" in lk["note"]}


def test_an_exchange_is_denied_in_several_shapes():
    for text in ["There was no swap, the ministry said",
                 "Lorvia denied any prisoner exchange had taken place",
                 "She was not released in exchange for anyone",
                 "The reporter was not part of any prisoner exchange",
                 "Ostrava never swapped prisoners with Lorvia",
                 "no exchange of captives was involved"]:
        assert denies(text, "exchange"), text
    for text in ["Lorvia will not agree to any exchange until the talks resume",  # a condition, not a denial
                 "Lorvia did not say whether any exchange took place"]:  # a question left open
        assert not denies(text, "exchange"), text


def test_an_exchange_is_told_in_several_shapes():
    for text in ["Ola Brandt was freed in exchange for a jailed commander",
                 "The captive was swapped for two prisoners held in Pell",
                 "He was released in a prisoner swap brokered by Pell",
                 "the prisoner exchange was carried out at the border on Monday",
                 "Lorvia handed over the journalist in return for three fighters",
                 "Brandt came home as part of a prisoner exchange"]:
        assert asserts(text, "exchange"), text
    for text in ["Pell wants to swap the captives",  # sought
                 "Lorvia proposed to exchange the captives for fighters",  # proposed
                 "talks on a prisoner exchange stalled",  # the noun modifies nothing done
                 "Lorvia urged Ostrava to agree to an exchange",  # governed
                 "The journalist was released on Monday"]:  # a release, not an exchange
        assert not asserts(text, "exchange"), text


def _swap_reports() -> list[Report]:
    swap = report("r2", "Ola Brandt was freed in exchange for a Lorvia commander held by Ostrava, a source said.",
                  published="2031-05-05")
    swap.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    swap.say("c1", None, "Ola Brandt was freed in exchange for a Lorvia commander held by Ostrava")
    act = report("r3", "Lorvia released Ola Brandt in a prisoner swap with Ostrava on Sunday.")
    act.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    act.act("i1", "release", "lorvia", "brandt", "Lorvia released Ola Brandt in a prisoner swap with Ostrava")
    plain = report("r4", "Lorvia released Ola Brandt on Sunday.")
    plain.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    plain.act("i1", "release", "lorvia", "brandt", "Lorvia released Ola Brandt")
    return [swap, act, plain]


def test_no_deal_contradicts_a_swap_told_elsewhere_but_not_a_plain_release():
    deny = report("r1", "A Lorvia minister, Ilse Marren, said there was no deal with Ostrava.")
    deny.actor("marren", "Ilse Marren", affiliation="lorvia")
    deny.say("c1", "marren", "there was no deal with Ostrava")
    res = resolve_dossiers([deny.d, *(r.d for r in _swap_reports())])
    links = denial_links(res)
    assert set(links) == {("r1", "r2", "c1"), ("r1", "r3", "i1")}
    assert all("across.links.denial_exchange" in note for note in links.values())


def test_no_swap_contradicts_the_swap_under_the_plain_denial_rule():
    deny = report("r1", "Ilse Marren of Lorvia said: \"There was no swap. Ola Brandt was simply released.\"")
    deny.actor("marren", "Ilse Marren", affiliation="lorvia")
    deny.say("c1", "marren", "There was no swap. Ola Brandt was simply released.", direct=True)
    res = resolve_dossiers([deny.d, *(r.d for r in _swap_reports())])
    links = denial_links(res)
    assert set(links) == {("r1", "r2", "c1"), ("r1", "r3", "i1")}
    assert all("[across.links.denial]" in note for note in links.values())


def test_a_denied_deal_between_other_parties_leaves_the_swap_alone():
    deny = report("r1", "Pell said there was no deal with Vesterland on grain.")
    deny.actor("vest", "Vesterland", kind="state", mention="Vesterland")
    deny.say("c1", "pell", "there was no deal with Vesterland on grain")
    res = resolve_dossiers([deny.d, *(r.d for r in _swap_reports())])
    assert denial_links(res) == {}


def test_each_assertion_is_answered_by_each_denial_of_a_report():
    # rule across.links.denial_each (session 30; was across.links.denial_closest, one link per assertion and
    # denying report): up to three denials of a report answer each assertion, the closest first
    deny = report("r1", "Ilse Marren of Lorvia said no deal was made with Ostrava to secure the release. "
                        "\"Ola Brandt was freed without anything in exchange,\" she said. "
                        "She added that there was never any prisoner swap.")
    deny.actor("marren", "Ilse Marren", affiliation="lorvia")
    deny.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    deny.say("c1", "marren", "no deal was made with Ostrava to secure the release")
    deny.say("c2", "marren", "Ola Brandt was freed without anything in exchange,", direct=True)
    deny.say("c3", "marren", "there was never any prisoner swap")
    swap = report("r2", "Ola Brandt was freed in exchange for two fighters held by Ostrava, a source said. "
                        "Ostrava said the prisoner swap with Lorvia was carried out on Monday.", published="2031-05-05")
    swap.actor("brandt", "Ola Brandt", mention="Ola Brandt")
    swap.say("c1", None, "Ola Brandt was freed in exchange for two fighters held by Ostrava")
    swap.say("c2", "ostrava", "the prisoner swap with Lorvia was carried out on Monday")
    res = resolve_dossiers([deny.d, swap.d])
    pairs = {(lk["a"]["claim"], lk["b"]["claim"]) for lk in res.links if "across.links.denial" in lk["note"]
             and lk["a"]["doc"] == "r1"}
    assert pairs == {("c1", "c1"), ("c2", "c1"), ("c3", "c1"), ("c3", "c2")}


def test_released_without_anything_in_exchange_denies_the_exchange():
    assert denies("He was released without anything in exchange", "exchange")
    assert denies("The two men were handed over without anything in exchange", "exchange")
    assert not denies("He was released without delay after the exchange was completed", "exchange")


@pytest.mark.parametrize("text", [
    "The two sides exchanged messages through Pell",
    "Troops and rebels exchanged fire near the border",
    "The envoys exchanged views on the truce",
    "There was no exchange of fire overnight",
    "Lorvia and Ostrava agreed an exchange of letters",
])
def test_other_exchanges_are_no_swap(text: str) -> None:
    assert not asserts(text, "exchange") and not denies(text, "exchange"), text
