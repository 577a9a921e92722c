"""Token -> actor with the shared fallbacks (backchannel.mentions), on sentences of our own.

Why: the fallbacks were the interactions stage's own; now any stage asks the same object,
so what they answer is pinned here, outside any stage.
"""

from __future__ import annotations

from backchannel.extract.context import Context
from backchannel.mentions import TokenActors
from backchannel.resolve import token_actors


def fallback(ctx: Context, word: str) -> str | None:
    """The fallbacks' answer for the last token ``word`` (asked directly: the actors stage may
    have found it already)."""
    tok = [t for t in ctx.doc if t.text == word][-1]
    aid = token_actors(ctx).fallback_actor(tok)
    return ctx.actors[aid].name if aid else None


def test_a_demonym_stands_for_its_state_with_the_country_look_up(actors_context):
    ctx = actors_context("Qatar hosted the talks. A Qatari official said the talks went well.")
    assert token_actors(ctx).state_for("Qatari") == "qatar"
    assert TokenActors(ctx).state_for("Qatari") is None  # without the resolvers: names only
    assert TokenActors(ctx).state_for("Qatar") == "qatar"


def test_definite_descriptions_and_surnames(actors_context):
    assert fallback(actors_context("Armenian Foreign Minister Ararat Mirzoyan met the envoy. Later Mirzoyan left for Paris."),
                    "Mirzoyan") == "Ararat Mirzoyan"
    assert fallback(actors_context("The ELN, a guerrilla group, met the government of Colombia in Havana. "
                        "The rebels agreed to a ceasefire."), "rebels") == "ELN"
    assert fallback(actors_context("Egypt hosted the talks. The Egyptians said the talks went well."), "Egyptians") == "Egypt"
