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


def test_near_miss_an_event_or_thing_is_the_reported_subject() -> None:
    """An event or a thing that acts ("the storm hit ... and killed") keeps the act: the speaker only said
    so. Only an act done by speaking (a demand, a charge, an offer) is the speaker's second act."""
    for text in ("Ana Varga said the storm hit the coast and killed ten Pell soldiers on Monday.",
                 "Tomas Brel said the explosion destroyed the bridge and killed three Norland officers.",
                 "Ola Brandt said the virus spread quickly and freed two Chilean prisoners.",
                 "Ola Brandt said the bomb went off and wounded four Andean Front fighters."):
        got = analyze_text(text).interactions
        assert not any(i.source in ("ana-varga", "tomas-brel", "ola-brandt") for i in got), text
        assert not any(i.trace and i.trace.get("source") == RULE for i in got), text
