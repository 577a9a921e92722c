"""Talks and contact under other names (session 37, frames of ``data/frames.toml``).

Why: reports call the sides' talks a "dialogue", "conversations" or a "backchannel", and their
contact "communications"; the census of session 37 found these missed in six reports of three
sets. The frames read only a party named at the noun (between, with, a taking-part verb's
subject, a possessive), never the story's pair alone, so "a solution through dialogue" or
"conversations with nine people involved" stay no act. Invented sentences, invented names.
"""

from __future__ import annotations

import pytest

from backchannel.model import Dossier
from backchannel.pipeline import analyze_text

AREA = {"negotiate", "contact"}


def area_items(dossier: Dossier) -> list[str]:
    """The dossier's negotiate and contact acts as ``type:source>target`` (``!`` when negated), sorted."""
    names = {actor.id: actor.name for actor in dossier.actors}
    out = []
    for item in dossier.interactions:
        if item.type in AREA:
            text = f"{item.type}:{names.get(item.source or '', 'None')}>{names.get(item.target or '', 'None')}"
            out.append(("!" if item.negated else "") + text)
    return sorted(out)


def rules_of(dossier: Dossier) -> set[str]:
    return {item.rule for item in dossier.interactions if item.type in AREA}


POSITIVE = [
    ("The thaw followed a quiet back-channel dialogue between Norland and Vesterland.",
     ["negotiate:Norland>Vesterland"], "interactions.frames.negotiate.dialogue"),
    ("Karl Dahl has kept up a dialogue with Ola Brandt for weeks.",
     ["negotiate:Karl Dahl>Ola Brandt"], "interactions.frames.negotiate.dialogue"),
    ("Oman's efforts facilitated conversations between Norland and Vesterland in 2023.",
     ["negotiate:Norland>Vesterland"], "interactions.frames.negotiate.conversation"),
    ("A retired banker operated a backchannel between Norland and the Red Brigade for months.",
     ["negotiate:Norland>Red Brigade"], "interactions.frames.negotiate.backchannel"),
    ("Communications between Norland and the Red Brigade resumed on Monday.",
     ["contact:Norland>Red Brigade"], "interactions.frames.contact.communication"),
    ("\"The pilot is home because of serious communications with Norland,\" the Red Brigade said.",
     ["contact:Norland>Red Brigade"], "interactions.frames.contact.communication"),
]

NEAR_MISSES = [
    "Norland called on everyone to seek a solution through dialogue.",
    "The account draws on conversations with six people close to the process.",
    "The backchannel was opened last month.",
    "The envoy stressed the importance of communication.",
    "\"We have lost communication with the unit assigned to guard the pilot,\" said Karl Dahl of the Red Brigade.",
    "\"The deal is good,\" said Communication Minister Karl Dahl.",
]


@pytest.mark.parametrize(("sentence", "expected", "rule"), POSITIVE, ids=[c[0][:40] for c in POSITIVE])
def test_talk_synonyms_positive(sentence: str, expected: list[str], rule: str) -> None:
    dossier = analyze_text(sentence, published="2025-05-13")
    assert area_items(dossier) == sorted(expected)
    assert rule in rules_of(dossier)


@pytest.mark.parametrize("sentence", NEAR_MISSES, ids=[s[:40] for s in NEAR_MISSES])
def test_talk_synonyms_near_misses(sentence: str) -> None:
    assert area_items(analyze_text(sentence, published="2025-05-13")) == []


def test_contacts_with_both_sides_are_one_contact_each() -> None:
    """"maintained contacts with both A and B": the subject keeps contact with each (``maintain``
    takes part in the contacts it governs), not A with B."""
    dossier = analyze_text("The Red Brigade maintained contacts with both Norland and Oman throughout the process.",
                           published="2025-05-13")
    assert area_items(dossier) == ["contact:Red Brigade>Norland", "contact:Red Brigade>Oman"]


# Rule interactions.expand.third_party_at_talks: the one named party of talks is a third party.
THIRD_PARTY = [
    "Norland and the Red Brigade held talks in May. The UN envoy, Karl Dahl, is working to bring both sides "
    "into negotiations.",
    "Norland and the Red Brigade held talks in May. Karl Dahl announced that both sides wanted him to "
    "take part in the talks.",
    "Norland and the Red Brigade resumed talks in Geneva on Monday. Karl Dahl, the Vatican envoy who "
    "participated in the talks, said the roadmap was approved.",
    "Norland and the Red Brigade held talks in May. A third session of talks involving the Joint Commission "
    "ended on Friday.",
]


def negotiations(dossier: Dossier) -> list[tuple[str, str, list[str]]]:
    names = {actor.id: actor.name for actor in dossier.actors}
    return [(names.get(i.source or "", "None"), names.get(i.target or "", "None"), [names.get(v, v) for v in i.via])
            for i in dossier.interactions if i.type == "negotiate"]


@pytest.mark.parametrize("text", THIRD_PARTY, ids=[t[50:90] for t in THIRD_PARTY])
def test_third_party_at_talks_stands_between_the_sides(text: str) -> None:
    found = negotiations(analyze_text(text, published="2025-05-13"))
    assert all(t != "None" for _, t, _ in found), found  # no negotiation of the third party with nobody
    assert any(s == "Norland" and t == "Red Brigade" and len(v) == 1 for s, t, v in found), found


def test_third_party_at_talks_leaves_a_side_s_own_person() -> None:
    """Norland's own minister at the talks is Norland's side, no third party: no via."""
    found = negotiations(analyze_text(
        "Norland and the Red Brigade resumed talks in Geneva on Monday. Norland's foreign minister Ola Brandt, "
        "who participated in the talks, said the roadmap was approved.", published="2025-05-13"))
    assert all(not v for _, _, v in found), found


def test_third_party_at_talks_needs_the_story_sides() -> None:
    """With no two sides in the story the one-sided act is left as it was (no sides to put in)."""
    found = negotiations(analyze_text("Karl Dahl, the Vatican envoy, participated in the talks on Monday.",
                                      published="2025-05-13"))
    assert all(v == [] for _, _, v in found), found
