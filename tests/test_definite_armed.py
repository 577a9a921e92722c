"""An armed description ("the rebels", "the militant group") takes up the nearest organisation the report
shows armed, not a nearer monitor, charity or council (extract/actors/definite.py with
descriptions.armed_party), on invented sentences."""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.resolve import resolve_pronoun

LEAGUE = "The Ostby Human Rights League condemned the violence on Tuesday. "


def taken(ctx: Context, word: str, nth: int = 0) -> str | None:
    toks = [t for t in ctx.doc if t.text == word]
    aid = resolve_pronoun(ctx, toks[nth])
    return ctx.actors[aid].name if aid else None


def test_armed_by_its_name(actors_context):
    ctx = actors_context("The Kestrel Liberation Army seized the town in May. " + LEAGUE
                         + "The rebels said they would hold it.")
    assert taken(ctx, "rebels") == "Kestrel Liberation Army"


def test_armed_by_an_attack_it_made(actors_context):
    ctx = actors_context("The Kestrel Movement attacked a police post in Ostby. " + LEAGUE
                         + "The insurgents later freed two officers.")
    assert taken(ctx, "insurgents") == "Kestrel Movement"


def test_armed_as_the_agent_of_a_passive(actors_context):
    ctx = actors_context("Two engineers were kidnapped by the Kestrel Movement in March. " + LEAGUE
                         + "The militants demanded a ransom.")
    assert taken(ctx, "militants") == "Kestrel Movement"


def test_armed_by_its_fighters(actors_context):
    ctx = actors_context("Kestrel Movement fighters entered Ostby on Monday. " + LEAGUE
                         + "The militant group denied any killings.")
    assert taken(ctx, "group") == "Kestrel Movement"


def test_armed_by_its_offensive(actors_context):
    ctx = actors_context("The Kestrel Movement's offensive reached Ostby in June. " + LEAGUE
                         + "The guerrillas offered a truce.")
    assert taken(ctx, "guerrillas") == "Kestrel Movement"


def test_armed_modifier_on_a_plain_head(actors_context):
    ctx = actors_context("The Kestrel Movement attacked a police post in Ostby. " + LEAGUE
                         + "The armed group released a statement.")
    assert taken(ctx, "group") == "Kestrel Movement"


def test_near_miss_a_plain_description_keeps_the_nearest(actors_context):
    ctx = actors_context("The Kestrel Movement attacked a police post in Ostby. " + LEAGUE
                         + "The group called for an inquiry.")
    assert taken(ctx, "group") == "Ostby Human Rights League"


def test_near_miss_with_no_armed_party_the_nearest_stays(actors_context):
    ctx = actors_context(LEAGUE + "The rebels were not named.")
    assert taken(ctx, "rebels") == "Ostby Human Rights League"
