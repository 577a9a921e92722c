"""The negotiate verb's parties in a between-phrase, and the story's sides when none is named
(session 38, frame ``interactions.frames.negotiate.negotiate`` of ``data/frames.toml``).

Why: "an agreement negotiated between A and B" named its parties only in a between-phrase the
frame did not read, and "a deal negotiated with help from Q" named none: both were dropped, so the
sides' talks (and Q's go-between role) were lost. Invented sentences; real state names stand in
for parties, as elsewhere.
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text


def acts(text: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    return sorted((i.type, i.source, i.target, tuple(i.via)) for i in analyze_text(text).interactions
                  if i.type in ("negotiate", "mediate"))


def test_between_phrase_names_the_parties() -> None:
    assert acts("The pilots were flown home under an agreement negotiated between Chile and Peru.") == [
        ("negotiate", "chile", "peru", ())]


def test_no_party_takes_the_story_sides() -> None:
    got = acts("Chile and Peru carried out a prisoner exchange on Monday, in a deal negotiated with help "
               "from Bolivia.")
    assert ("negotiate", "chile", "peru", ("bolivia",)) in got
    assert ("mediate", "bolivia", "chile", ()) in got and ("mediate", "bolivia", "peru", ()) in got


def test_no_story_sides_no_talks() -> None:
    assert acts("The deal was negotiated over several weeks.") == []


def test_a_negotiator_subject_is_kept() -> None:
    got = acts("Chile negotiated the release of its sailors with Peru.")
    assert got == [("negotiate", "chile", "peru", ())]
