"""Nationality words that name no state acting (s39-precision, rule ``actors.states.no_state_demonym``);
invented sentences. Why: a language ("French-speaking"), a birthplace ("Pakistani-born"), an ethnicity
("ethnic Albanian"), a past ruler ("the former British colony", "French Cameroon") or a private head ("a
British couple", "the French news agency") is no state party; the state must still be an actor where it acts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,state", [
    ("The rebels decry the neglect of the English-speaking minority by the French-speaking majority. Lorvia "
     "said it would talk.", "France"),
    ("Police in Kessel detained a Pakistani-born activist on Monday. Lorvia said it would talk.", "Pakistan"),
    ("Ethnic Albanian rebels met envoys of Lorvia at a lakeside hotel.", "Albania"),
    ("Fighting in the former French colony has killed hundreds since March. Lorvia said it would talk.", "France"),
    ("The district later chose to join French Cameroon after a vote held in 1961.", "France"),
    ("A British couple was freed by pirates near Kessel on Sunday, relatives said.", "United Kingdom"),
    ("Ola Brandt, an American lawyer and writer, chaired the Kessel meeting.", "United States"),
    ('"The funds have arrived," the French Lundpress news agency quoted an official in Kessel as saying.', "France"),
])
def test_no_state_from_these_uses(actors_by_name, text: str, state: str) -> None:
    assert state not in actors_by_name(text)


@pytest.mark.parametrize("text,state", [
    # near-misses: the nationality on a party's own noun, or the state acting elsewhere
    ("French troops shelled the Lorvian border post on Monday.", "France"),
    ("The Albanian government protested to Lorvia on Tuesday.", "Albania"),
    ("A Pakistani delegation arrived in Kessel for the talks.", "Pakistan"),
    ("An American diplomat brokered the Kessel deal on Friday.", "United States"),
    ("The French-speaking majority rules the north. France urged Lorvia to talk.", "France"),
    ("A Saudi-led coalition struck the port of Kessel.", "Saudi Arabia"),
    # another state's name compounded on a noun is no former territory: the demonym stays the acting state's
    ("The Saudi Yemen offensive stalled in May, officials said.", "Saudi Arabia"),
    ("Analysts blamed the Saudi Yemen campaign for the famine.", "Saudi Arabia"),
])
def test_state_kept_where_it_acts(actors_by_name, text: str, state: str) -> None:
    assert state in actors_by_name(text)


def test_formal_name_is_the_state(actors_by_name) -> None:
    """The formal name "Former Yugoslav Republic of Macedonia" is the state, not a Yugoslav modifier."""
    got = actors_by_name("Greece met envoys of the Former Yugoslav Republic of Macedonia in Kessel on Monday.")
    assert "North Macedonia" in got and "Yugoslavia" not in got
