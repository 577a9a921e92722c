"""Phrase-level look-ups for later stages: which actor does this phrase (or word) mean?"""

from __future__ import annotations

from spacy.tokens import Span

from backchannel.context import Context
from backchannel.mentions import TokenActors
from backchannel.resolve.lexicon import lexicon

STATE_IDS = "state_ids"  # ctx.notes key: country canonical name -> actor id


def state_for_word(ctx: Context, text: str) -> str | None:
    """The state actor a country name, abbreviation, capital or demonym denotes, if it is an actor."""
    country = lexicon().country(text)
    if country is None:
        return None
    ids = ctx.notes.get(STATE_IDS)
    return ids.get(country.name) if isinstance(ids, dict) else None


def token_actors(ctx: Context) -> TokenActors:
    """Token -> actor look-ups with every fallback (:mod:`backchannel.mentions`), country words
    and demonyms included; a stage makes one when it starts."""
    return TokenActors(ctx, state_for_word)


def actor_for_phrase(ctx: Context, span: Span) -> str | None:
    """The actor a phrase refers to.

    Order: a mention (or resolved pronoun) on the phrase's head, any mention inside the
    phrase, then a nationality adjective or country word inside it ("an Israeli
    airstrike" -> Israel, "Omani partners" -> Oman).
    """
    if len(span) == 0:
        return None
    a = ctx.actor_for_span(span)
    if a:
        return a
    for tok in span:
        if tok.i in ctx.coref:
            return ctx.coref[tok.i]
    for tok in span:
        if tok.text[:1].isupper():
            a = state_for_word(ctx, tok.text)
            if a:
                return a
    return None
