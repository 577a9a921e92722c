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


def test_a_participle_of_the_peoples_state_is_no_speaker_verb():
    """A verb of saying that is also a past participle, followed by the people's state, tells the fact: the count
    stays (the reviewer's sentences and more shapes)."""
    for text, count in [("Police said 30 pupils reported missing on Monday had been found.", "30 pupils"),
                        ("The army said five hostages confirmed dead were Norwegian.", "five hostages"),
                        ("Kari Lund said 12 girls described as ill were freed.", "12 girls"),
                        ("Norland said nine pupils reported killed in the raid were alive.", "nine pupils"),
                        ("Ola Brandt said 14 girls confirmed alive were flown to Pell.", "14 girls"),
                        ("Seven hostages reported abducted in Vesterland came home.", "seven hostages")]:
        assert counted(text) == [count], (text, counted(text))


def test_a_participle_verb_followed_by_what_was_said_still_counts_speakers():
    for text in ["Two witnesses described the raid on the school in detail.",
                 "Three pupils recounted how the guards fed them at night.",
                 "Four girls told Kari Lund the trucks left at dawn.",
                 "Five hostages confirmed that the guards had moved them twice.",
                 "Six villagers reported seeing the convoy near Pell.",
                 "Several girls said, through tears, that friends had died."]:
        assert counted(text) == [], (text, counted(text))
