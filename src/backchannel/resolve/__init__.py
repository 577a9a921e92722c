"""Actor resolution: language data, alias merging, pronouns and definite descriptions.

Helpers other stages may use:

- :func:`backchannel.resolve.coref.resolve_pronoun` ``(ctx, token)`` — the actor a pronoun,
  relative pronoun or definite description ("the official") stands for, or None.
- :func:`backchannel.resolve.phrases.actor_for_phrase` ``(ctx, span)`` — the actor a phrase
  refers to: a recorded mention, a resolved pronoun, a nationality adjective ("an Israeli
  airstrike" -> Israel) or an unnamed description already known.
- :func:`backchannel.resolve.phrases.state_for_word` ``(ctx, text)`` — the state actor id a
  country name, capital or demonym denotes in this document (None if it is not an actor).
- :func:`backchannel.resolve.phrases.token_actors` ``(ctx)`` — which actor a token stands for,
  with the fallbacks of :mod:`backchannel.mentions` ("the rebels", "the Emiratis", a surname).
"""

from backchannel.resolve.coref import resolve_pronoun
from backchannel.resolve.phrases import actor_for_phrase, state_for_word, token_actors

__all__ = ["resolve_pronoun", "actor_for_phrase", "state_for_word", "token_actors"]
