"""Session 47 (s47-parties): rules that choose the parties of an act found with the right type.
Every text here is invented.

- interactions.counted_captives.named_set: "X freed two detained reporters ... A and B were handed over":
  the counted description is the named captives, one release each;
- interactions.sentence_sides.named_order: a symmetric act whose two ends were both guessed from the
  story's sides takes the order its own sentence mentions them in;
- interactions.participants.phase_of_act: "X arrived for the start of talks with Y": the phase of the
  talks stands for them, and the governing verb's subject is the party.
"""

from __future__ import annotations

import pytest

COUNTED = "interactions.counted_captives.named_set"
ORDER = "interactions.sentence_sides.named_order"
PHASE = "interactions.participants.phase_of_act"
TITLED = " date 2024-03-04 Sweden and Denmark swap prisoners\n\n"  # the title gives the story's sides


def _trace(i) -> dict:
    """The act's trace (unset when no field was inferred)."""
    return dict(i.trace) if isinstance(i.trace, dict) else {}


def _of(acts: list, type_: str) -> set[tuple[str | None, str | None]]:
    return {(i.source, i.target) for i in acts if i.type == type_}


@pytest.mark.parametrize("text", [
    # the counted object of an active release, the names in a release noun's of-phrase
    "Ostland pardoned and released two detained Westmark journalists on Monday. "
    "The release of Jan Holm and Eva Lind came after months of talks.",
    # a passive counted subject with the releaser in a by-phrase, the names handed over later
    "Two women hostages held for six years have been freed by the Free Hill Front, officials said. "
    "Jan Holm and Eva Lind were handed over to the Red Cross in Vesta.",
    # three named, three counted
    "The Free Hill Front freed three aid workers on Sunday. Jan Holm, Eva Lind and Tom Sand were "
    "released near the border.",
])
def test_a_counted_description_is_the_named_captives(acts_of, text):
    acts = acts_of(text)
    rel = [i for i in acts if i.type == "release" and _trace(i).get("target") == COUNTED]
    names = {i.target for i in rel}
    assert {"jan-holm", "eva-lind"} <= names, [(i.type, i.source, i.target) for i in acts]
    assert len({i.source for i in rel}) == 1 and None not in {i.source for i in rel}


@pytest.mark.parametrize("text", [
    # the count disagrees with the named captives
    "Ostland freed three detained journalists on Monday. The release of Jan Holm and Eva Lind came "
    "after months of talks.",
    # a swap: the named captives are freed by the other side
    "Ostland freed two Westmark agents on Monday. In return, Westmark freed Jan Holm and Eva Lind.",
    # the counted people are no captive noun
    "Ostland welcomed two senior diplomats on Monday. The release of Jan Holm and Eva Lind came later.",
])
def test_counted_descriptions_left_alone(acts_of, text):
    acts = acts_of(text)
    assert not any(_trace(i).get("target") == COUNTED for i in acts), [(i.type, i.source, i.target) for i in acts]


@pytest.mark.parametrize("tail", [
    "Norway praised the spirit of the talks in Oslo between the Danish and Swedish sides.",
    "Talks between the Danish and Swedish sides resumed in Oslo on Tuesday.",
    "Norway said it had hosted a meeting of the Danish and Swedish parties in Oslo.",
])
def test_guessed_sides_follow_their_sentence(acts_of, tail):
    acts = acts_of(TITLED + "Sweden freed Jan Holm on Monday. Denmark freed Eva Lind on the same day. " + tail)
    ordered = [i for i in acts if i.type in ("negotiate", "meet") and _trace(i).get("source") == ORDER]
    assert ordered and (ordered[0].source, ordered[0].target) == ("denmark", "sweden"), \
        [(i.type, i.source, i.target, _trace(i)) for i in acts]


@pytest.mark.parametrize("tail", [
    "Denmark held talks with Sweden in Oslo on Tuesday.",  # an end read off the sentence keeps its place
    "Norway praised the spirit of the talks in Oslo.",  # no party in the sentence
])
def test_order_kept_when_not_both_guessed_or_not_named(acts_of, tail):
    acts = acts_of(TITLED + "Sweden freed Jan Holm on Monday. Denmark freed Eva Lind on the same day. " + tail)
    assert not any(ORDER in _trace(i).values() for i in acts), [(i.type, i.source, i.target) for i in acts]


@pytest.mark.parametrize("text, source, target", [
    ("A Westmark delegation arrived in Vesta on Monday for the start of the peace talks with the Free Hill Front.",
     None, "free-hill-front"),
    ("Ostland took part in the resumption of negotiations with the Free Hill Front in Vesta.",
     "ostland", "free-hill-front"),
    ("Anna Berg walked out at the end of talks with Tam Vell on Friday.", "anna-berg", "tam-vell"),
])
def test_a_phase_of_the_talks_stands_for_them(acts_of, text, source, target):
    acts = acts_of(text)
    got = [i for i in acts if i.type == "negotiate" and _trace(i).get("source") == PHASE]
    assert got and got[0].target == target and (source is None or got[0].source == source), \
        [(i.type, i.source, i.target, _trace(i)) for i in acts]


@pytest.mark.parametrize("text", [
    "Westmark attended the opening of talks between Ostland and the Free Hill Front.",  # the parties are named
    "Ostland praised the start of talks with the Free Hill Front.",  # praising is no taking part
])
def test_a_phase_gives_no_party_of_its_own(acts_of, text):
    acts = acts_of(text)
    assert not any(PHASE in _trace(i).values() for i in acts), [(i.type, i.source, i.target) for i in acts]
