"""A count of the people who speak is no count of the fact they tell (rule ``across.links.count_speakers``,
session 32; every text here is invented)."""

from __future__ import annotations

from backchannel.resolve.across.passages import count_passages


def counted(text: str) -> list[str]:
    return [c.quantity.text.lower() for c in count_passages("d", text) if "girl was" not in c.quantity.text]


def test_a_count_whose_people_say_something_counts_the_speakers():
    for text in ["Several girls said some friends had died in the forest.",
                 "Two witnesses told the agency the trucks left at dawn.",
                 "Three pupils later said the guards had fed them.",
                 "Four students also told reporters that one girl was still held.",
                 "Five mothers recalled the night the school was raided.",
                 "Dozens of villagers said the convoy came back at night."]:
        assert counted(text) == [], (text, counted(text))


def test_a_count_of_the_fact_stays_a_count():
    assert counted("Forty girls were freed on Sunday, officials said.") == ["forty girls"]
    assert counted("Five girls said to be ill were flown to Pell.") == ["five girls"]  # hearsay of a fact
    assert counted("The rebels freed 76 pupils, the minister said.") == ["76 pupils"]
