"""An agentless passive of a verb of making (or making known) a deal, its subject an agreement noun
("the declaration was signed", "a deal was reached", "the truce that was announced", "the draft
will be initialled"), is an agreement whose parties the clause does not name: they are inferred, the
story's two sides (frame "(s41 sides)" in data/frames.toml; the fill traced to
``interactions.expand.story_sides``). No sides, no act; a by-agent, a "with" or a "between" party
leaves the sentence to the frames that read them.

Invented sentences with invented parties (Ostland, the Westland Liberation Front, Norway as host).
"""

from __future__ import annotations

from backchannel.pipeline import analyze_text

TALKS = "Ostland and the Westland Liberation Front held talks in Bergen on Monday. "
PAIR = ("ostland", "westland-liberation-front")


def agreements(text: str) -> list[tuple[str | None, str | None, str, list[str], str | None]]:
    return [(i.source, i.target, i.rule, list(i.inferred), (i.trace or {}).get("source") if isinstance(i.trace, dict)
             else None) for i in analyze_text(text).interactions if i.type == "agree"]


def test_declaration_signed() -> None:
    got = agreements(TALKS + "The declaration was signed on Tuesday.")
    assert [(s, t) for s, t, *_ in got] == [PAIR]
    assert got[0][3] and got[0][4] == "interactions.expand.story_sides"  # the parties are inferred


def test_deal_reached_and_struck() -> None:
    assert [(s, t) for s, t, *_ in agreements(TALKS + "A deal was reached late on Tuesday.")] == [PAIR]
    assert [(s, t) for s, t, *_ in agreements(TALKS + "A compromise was finally struck on Friday.")] == [PAIR]


def test_relative_clause_signed() -> None:
    got = agreements(TALKS + "The truce that was signed on Friday collapsed within hours.")
    assert [(s, t) for s, t, *_ in got] == [PAIR]


def test_announced_deal_is_a_retelling() -> None:
    assert agreements(TALKS + "Norway said it backed the agreement that was announced on Friday.") == []


def test_future_initialled() -> None:
    got = agreements(TALKS + "The draft agreement will be initialled in Oslo on Sunday.")
    assert [(s, t) for s, t, *_ in got] == [PAIR]


def test_no_sides_no_act() -> None:
    assert agreements("The parliament of Ostland met on Monday. A deal was reached on Tuesday.") == []
    assert agreements("A deal was reached on Tuesday, the radio said.") == []


def test_broker_agent_is_no_party() -> None:
    got = agreements(TALKS + "The truce was signed in Oslo on Friday, the mediators said.")
    assert [(s, t) for s, t, *_ in got] == [PAIR]


def test_named_agent_is_read_as_before() -> None:
    got = agreements(TALKS + "The agreement was signed by Ostland and the Front on Tuesday.")
    assert [(s, t) for s, t, *_ in got] == [PAIR]
    assert all(r != "interactions.frames.agree.sign_verb_subj_accord" for _, _, r, *_ in got)


def test_not_an_agreement_noun() -> None:
    assert agreements(TALKS + "The letter was signed on Tuesday.") == []
    assert agreements(TALKS + "The summit was concluded on Friday.") == []


def test_participle_without_clause_is_no_act() -> None:
    # "the agreement signed on Tuesday" describes the agreement (no passive clause)
    assert agreements(TALKS + "The agreement signed on Tuesday collapsed.") == []
