"""A news lead's description named in the next sentences (actors.named_later.lead_named, s32-actors).

Why: a lead often introduces a person by a description ("A Norwegian peace envoy has held talks ...") and
names him a sentence or two later ("Ola Brandt held two hours of talks ..."): one person, whose
descriptor is the lead's description, not a second anonymous actor. Invented names only.
"""

from __future__ import annotations

import pytest

from backchannel.extract import STAGES
from backchannel.extract.context import Context
from backchannel.model import Document


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str) -> dict[str, object]:
        ctx = Context(document=Document(id="t", text=text, title="Talks"), doc=nlp(text))
        STAGES["actors"](ctx)
        return {a.name: a for a in ctx.actors.values()}
    return go


def _folded(acts: dict, name: str, desc: str) -> bool:
    a = acts.get(name)
    return a is not None and desc in a.descriptors and desc not in acts and \
        a.trace.get(next(k for k in a.trace if k.startswith("merged:"))) == "actors.named_later.lead_named"


def test_indefinite_lead_subject_named_next(run):
    acts = run("A Norwegian peace envoy who met leaders of the Tromso rebels in a surprise visit has "
               "said he thinks the rebels truly want peace.\n\nOla Brandt met leaders of the Tromso rebels "
               "for two hours on Monday.")
    assert _folded(acts, "Ola Brandt", "Norwegian peace envoy")


def test_definite_lead_after_dateline(run):
    acts = run("OSLO (OPA) - The former Norwegian diplomat who secured the release of two captives from "
               "Sweden said on Thursday that he had signed a pledge to pay the hospital bill.\n\nOla Brandt, "
               "the former Norwegian special envoy, confirmed the pledge on Thursday.")
    # (s43-actors) the past description is also the one holder of that past title (actors.role_anaphors.past_holder,
    # which runs first): one actor either way, the description its descriptor
    a = acts["Ola Brandt"]
    assert "former Norwegian diplomat" in a.descriptors and "former Norwegian diplomat" not in acts
    assert a.trace.get("merged:former-norwegian-diplomat") in ("actors.named_later.lead_named",
                                                               "actors.role_anaphors.past_holder")


def test_lead_source_after_according_to(run):
    acts = run("Rebel representatives have promised Norwegian negotiators that the captives will be freed "
               "next week, according to a Norwegian religious leader.\n\nPer Lundgren, head of an association "
               "of clerics in Norway, said on Tuesday the promise was made at talks in Tromso.")
    assert "Norwegian religious leader" not in acts
    assert any("Lundgren" in n for n in acts)


def test_near_miss_named_as_object_stays(run):
    acts = run("A Swedish envoy on a mission to end the deadlock went to the offices of the opposition party on "
               "Wednesday in Tromso.\n\nReporters saw Ola Brandt being driven into the compound.")
    assert "Swedish envoy" in acts and "Ola Brandt" in acts


def test_near_miss_own_other_title_stays(run):
    acts = run("Tromso--A Norwegian government official has denied that the country paid a ransom for the "
               "release of a Swedish journalist.\n\n\"No payment was made,\" Ola Brandt, spokeswoman for "
               "Norway's Foreign Ministry, said on Wednesday.")
    assert "Norwegian government official" in acts and "Ola Brandt" in acts


def test_near_miss_plural_stays(run):
    acts = run("Norwegian officials said on Monday that the talks with the rebels in Tromso had stalled again."
               "\n\nOla Brandt, the Swedish foreign minister, said the talks would resume.")
    assert any("officials" in n for n in acts)


def test_near_miss_other_side_stays(run):
    acts = run("A Sami Liberation Front official said on Monday that the talks in Tromso had stalled "
               "again.\n\nSweden's Prime Minister Ola Brandt said the talks would resume next week.")
    assert any(n.endswith("official") for n in acts)


def test_near_miss_named_too_late_stays(run):
    acts = run("A Norwegian envoy has held a surprise meeting with the rebels in Tromso on Monday.\n\nThe talks "
               "lasted two hours. The rebels asked for a ceasefire. They also asked for food aid.\n\nOla Brandt "
               "said the rebels were serious.")
    assert "Norwegian envoy" in acts


def test_near_miss_not_a_title_stays(run):
    acts = run("A Norwegian student held in Sweden for two years was freed on Monday in Tromso.\n\nOla Brandt,"
               " the Norwegian foreign minister, said the release followed months of talks.")
    assert "Ola Brandt" in acts
    assert not any("merged:" in k for k in acts["Ola Brandt"].trace)


def test_near_miss_tail_source_and_other_person_stays(run):
    acts = run("Relatives of two Norwegian journalists held in Sweden asked a former president to travel there "
               "and seek their release, a senior administration official said.\n\nFormer Vice President Ola "
               "Brandt also made the same appeal to the president.")
    assert any(n.endswith("official") for n in acts)


def test_tail_source_named_speaking_next(run):
    acts = run("The rebels will free the two captives held in Tromso next week, a Norwegian government "
               "official said on Monday.\n\nOla Brandt, a senior official at Norway's Foreign Ministry, said "
               "the captives were in good health.")
    assert not any(n.endswith("government official") for n in acts) and "Ola Brandt" in acts


def test_near_miss_description_without_a_side_stays(run):
    acts = run("A senior official said on Monday that the talks in Tromso were over for now.\n\n\"We will sign "
               "nothing yet,\" Norway's Foreign Minister Ola Brandt said.")
    assert any(n.endswith("senior official") for n in acts)


@pytest.mark.parametrize("text", [
    "A Norwegian diplomat has held secret talks with the rebels in the capital to discuss the hostages. Ola "
    "Brandt, a former diplomat who was once held by the rebels, criticised the talks.",
    "A Norwegian peace envoy has held talks with the rebels in Tromso on Monday.\n\nOla Brandt, the former "
    "Norwegian envoy, said the talks were a mistake.",
])
def test_near_miss_named_with_a_past_office_stays(run, text):
    """Review s32: the name's own apposition gives a past office the lead's description lacks."""
    acts = run(text)
    assert "Ola Brandt" in acts
    assert not any(v == "actors.named_later.lead_named" for v in acts["Ola Brandt"].trace.values())
