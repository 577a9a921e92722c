"""Battery of invented sentences for meetings, talks, calls and messages (round 10).

Each case is one invented sentence (invented names only) and the interactions of the area
(meet, negotiate, contact, message, inform, mediate) the gold conventions give it, written
``type:source>target`` with ``|via1,via2`` when a host or broker carries the act and a
leading ``!`` when negated. Symmetric acts go in order of first mention. Other types (agree,
propose, ...) are not compared: other batteries cover them.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from backchannel.model import Dossier
from backchannel.pipeline import analyze_text

AREA = {"meet", "negotiate", "contact", "message", "inform", "mediate"}

CASES: list[tuple[str, list[str]] | ParameterSet] = [
    # meetings
    ("Norland's foreign minister Ola Brandt met with Vesterland's prime minister Karl Dahl on Monday.",
     ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt met Karl Dahl in Geneva.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt and Karl Dahl met in Geneva on Monday.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt sat down with Karl Dahl for two hours.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Chile hosted Karl Dahl last week.", ["meet:Chile>Karl Dahl"]),
    ("Peruvian President Ana Ruiz received Karl Dahl in Lima on Sunday.", ["meet:Ana Ruiz>Karl Dahl"]),
    # (s42-symmetric) a reception is a meeting, symmetric: in order of first mention
    ("Karl Dahl was received by Ola Brandt in Lima.", ["meet:Karl Dahl>Ola Brandt"]),
    ("A meeting between Ola Brandt and Karl Dahl took place in Geneva.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt's meeting with Karl Dahl lasted three hours.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt travelled to Geneva to meet Karl Dahl.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt visited Karl Dahl in Lima.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt will meet Karl Dahl in Geneva next week.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt did not meet Karl Dahl during the visit.", ["!meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt met Karl Dahl and Mira Sorensen.",
     ["meet:Ola Brandt>Karl Dahl", "meet:Ola Brandt>Mira Sorensen"]),
    ("Ola Brandt flew to Lima on Monday. There he met Karl Dahl.", ["meet:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt and Karl Dahl agreed to meet again next month.", ["meet:Ola Brandt>Karl Dahl"]),
    # talks
    ("Norland and Vesterland held talks in Geneva on Tuesday.", ["negotiate:Norland>Vesterland"]),
    ("Ola Brandt held talks with Karl Dahl on Saturday.", ["negotiate:Ola Brandt>Karl Dahl"]),
    ("Secret talks between Norland and Vesterland began in March.", ["negotiate:Norland>Vesterland"]),
    ("Norland and Vesterland have held several rounds of talks.", ["negotiate:Norland>Vesterland"]),
    ("Talks between Norland and Vesterland are due to resume next week.", ["negotiate:Norland>Vesterland"]),
    ("Norland and Vesterland held indirect talks via Oman.",
     ["negotiate:Norland>Vesterland|Oman", "mediate:Oman>Norland", "mediate:Oman>Vesterland"]),
    ("Norland negotiated with Vesterland through Qatar.",
     ["negotiate:Norland>Vesterland|Qatar", "mediate:Qatar>Norland", "mediate:Qatar>Vesterland"]),
    ("Norland did not hold talks with Vesterland via Oman.", ["!negotiate:Norland>Vesterland|Oman"]),
    ("Oman hosted talks between Norland and Vesterland.",
     ["negotiate:Norland>Vesterland|Oman", "mediate:Oman>Norland", "mediate:Oman>Vesterland"]),
    ("Norland negotiated with Vesterland in Geneva.", ["negotiate:Norland>Vesterland"]),
    # calls and contact
    ("Ola Brandt and Karl Dahl held a phone call on Friday.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt spoke by phone with Karl Dahl on Friday.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt and Karl Dahl spoke by telephone on Friday.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt telephoned Karl Dahl on Wednesday.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt called Karl Dahl to discuss the ceasefire.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Karl Dahl received a call from Ola Brandt.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt has been in contact with Karl Dahl.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt reached out to Karl Dahl last month.", ["contact:Ola Brandt>Karl Dahl"]),
    ("In a call with Karl Dahl, Ola Brandt thanked Vesterland.", ["contact:Ola Brandt>Karl Dahl"]),
    # messages
    ("Ola Brandt passed messages from Peru to Chile.", ["message:Peru>Chile|Ola Brandt"]),
    ("Ola Brandt conveyed Norland's response to Vesterland.", ["message:Norland>Vesterland|Ola Brandt"]),
    ("Ola Brandt sent a message to Karl Dahl.", ["message:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt relayed messages between Norland and Vesterland.",
     ["message:Norland>Vesterland|Ola Brandt", "message:Vesterland>Norland|Ola Brandt"]),  # a carrier, in via only
    ("Ola Brandt shuttled between Norland and Vesterland.",
     ["mediate:Ola Brandt>Norland", "mediate:Ola Brandt>Vesterland"]),
    # informing
    ("Ola Brandt briefed Karl Dahl on the talks.", ["inform:Ola Brandt>Karl Dahl"]),
    ("Karl Dahl was informed by Ola Brandt of the outcome.", ["inform:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt informed Karl Dahl of the decision.", ["inform:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt told Karl Dahl about the proposal.", ["inform:Ola Brandt>Karl Dahl"]),
    ("Karl Dahl was not informed of the talks.", ["!inform:None>Karl Dahl"]),
    ("Karl Dahl met Ola Brandt, who briefed him on the talks.",
     ["meet:Karl Dahl>Ola Brandt", "inform:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt hosted Karl Dahl and Mira Sorensen at his residence.",
     ["meet:Ola Brandt>Karl Dahl", "meet:Ola Brandt>Mira Sorensen"]),
    ("Karl Dahl was hosted by Chile last week.", ["meet:Chile>Karl Dahl"]),
    pytest.param("Ola Brandt rang Karl Dahl on Tuesday.", ["contact:Ola Brandt>Karl Dahl"],
                 marks=pytest.mark.xfail(strict=True, reason="the parser lemmatises 'rang' as itself and "
                                         "the model misses the name after it")),
    ("Ola Brandt and Karl Dahl had a long telephone call.", ["contact:Ola Brandt>Karl Dahl"]),
    ("Ola Brandt will sit down with Karl Dahl next week.", ["meet:Ola Brandt>Karl Dahl"]),
    ("A letter from Peru to Chile was delivered by Ola Brandt.", ["message:Peru>Chile|Ola Brandt"]),
    # near-misses: no act of the area
    ("Ola Brandt sat down at the table.", []),
    ("The phone rang in the office of Ola Brandt.", []),
    ("Ola Brandt and Karl Dahl spoke at the conference.", []),
    ("Ola Brandt flew from Peru to Chile.", []),
    ("Peru sent troops to Chile.", []),
    ("The meeting room in Geneva was closed for repairs.", []),
    ("Ola Brandt met the deadline for filing the report.", []),
    ("Ola Brandt called the proposal unacceptable.", []),
    ("Ola Brandt received an award in Lima.", []),
    ("Ola Brandt hosted a dinner in Lima.", []),
    ("Ola Brandt's message was clear: no deal without guarantees.", []),
]


def area_items(dossier: Dossier) -> list[str]:
    """The dossier's interactions of the area as ``type:source>target|via`` strings, sorted."""
    names = {actor.id: actor.name for actor in dossier.actors}
    out = []
    for item in dossier.interactions:
        if item.type not in AREA:
            continue
        text = f"{item.type}:{names.get(item.source or '', 'None')}>{names.get(item.target or '', 'None')}"
        if item.via:
            text += "|" + ",".join(names.get(v, v) for v in item.via)
        out.append(("!" if item.negated else "") + text)
    return sorted(out)


def _case_id(case: tuple[str, list[str]] | ParameterSet) -> str:
    """A short id: the sentence's start."""
    sentence = case.values[0] if isinstance(case, ParameterSet) else case[0]
    return str(sentence)[:40]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[_case_id(c) for c in CASES])
def test_battery_talks(sentence: str, expected: list[str]) -> None:
    assert area_items(analyze_text(sentence, published="2025-05-13")) == sorted(expected)
