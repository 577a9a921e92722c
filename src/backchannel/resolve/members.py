"""One anonymous source group speaking through a singular member's mention.

Why: the actors stage lets an unnamed plural group ("Sources close to the ministry") take a later
indefinite singular with the same words ("a source close to the ministry",
``actors.unnamed.member_of_group`` in extract/actors/descriptions.py); coreference ("he added")
and the claims stage's pronoun fallback must both know that such a group also spoke as one
person. The rule id and the test live here, below both layers, so that ``resolve`` need not import
``extract`` (tests/test_layers.py).
"""

from __future__ import annotations

from backchannel.model import Actor

MEMBER_OF_GROUP = "actors.unnamed.member_of_group"


def spoke_as_member(a: Actor) -> bool:
    """Whether an unnamed group took a singular member's mention (``MEMBER_OF_GROUP``), so that
    "he"/"she" after it can be that source group speaking again."""
    return a.kind == "group" and not a.named and isinstance(a.trace, dict) and MEMBER_OF_GROUP in a.trace.values()
