"""The speaker as the subject of a verb the parser coordinated into the reported clause (s41-coord,
interactions.speech_conjunct.speaker_verb). Invented sentences and names."""

from __future__ import annotations

from backchannel.pipeline import analyze_text

RULE = "interactions.speech_conjunct.speaker_verb"


def acts(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(((i.type, i.source, i.target) for i in analyze_text(text).interactions), key=str)


def test_said_and_called_on() -> None:
    text = "Ola Brandt said the news was good and called on the Andean Front to end all attacks."
    assert ("demand", "ola-brandt", "andean-front") in acts(text)
    assert any(i.trace and i.trace.get("source") == RULE for i in analyze_text(text).interactions)


def test_with_an_apposition_and_other_verbs() -> None:
    assert ("demand", "ola-brandt", "andean-front") in acts(
        "Ola Brandt, the UN envoy to Peru, said the news was a step forward and called on the Andean Front to "
        "end all attacks.")
    assert ("accuse", "ola-brandt", "andean-front") in acts(
        "Ola Brandt said the talks were stalled and blamed the Andean Front for the delay.")
    assert ("demand", "ola-brandt", "chile") in acts("Ola Brandt said prices rose and asked Chile to act.")


def test_near_miss_the_reported_subject_is_a_party() -> None:
    got = acts("Ola Brandt said the Andean Front attacked the town and kidnapped two Peruvian soldiers.")
    assert ("attack", "andean-front", "peruvian-soldiers") in got
    assert not any(a[1] == "ola-brandt" for a in got)
