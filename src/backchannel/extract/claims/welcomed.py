"""A welcomed act: "welcomed the release", "welcomed the coalition's move" is a claim.

Why: "welcome" is a weak cue (``cues.toml``: only a quotation or a clause makes it a claim), since
"welcomed the freed sailors at the airport" greets people and says nothing. Welcoming an act or a
decision is a statement about it, a judgement the way praise is, and news reports it as one ("X
welcomed the move and called for …"). The act nouns are data: ``claims_words.toml``
``welcoming_verbs`` and ``welcomed_acts``.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import words

#: the rule id of a welcomed act's claim
RULE = "claims.content.welcomed_act"

#: the rule id of a weak cue's object made a claim by a frame ("cited the shelling as evidence of …")
FRAME_RULE = "claims.content.object_frame"


#: dependencies of a modifier that says whose or which act is welcomed
SPECIFYING_DEPS = ("poss", "compound", "amod", "prep", "nmod", "acl")


def _specified(act: Token) -> bool:
    """Whether the act noun says whose or which act it is ("the coalition's move", "the release of
    the sailors"): a bare "welcomed the release" names the act the text already told (a topic)."""
    return any(c.dep_ in SPECIFYING_DEPS for c in act.children)


def weak_object_rule(v: Token, dobj: Token | None, parts: list[Token]) -> str | None:
    """The rule that makes the object of weak object cue ``v`` a claim: a frame preposition among the
    content ``parts`` (:data:`FRAME_RULE`), else an act that ``v`` welcomes (:data:`RULE`); None:
    the object alone says nothing ("welcomed the sailors")."""
    if any(c.dep_ == "prep" for c in parts):
        return FRAME_RULE
    w = words()
    if dobj is None or v.lemma_.lower() not in w.welcoming_verbs or _greeting(v, dobj):
        return None
    # "welcomed A and B's release": the parse may make the act a conjunct of the first possessor
    heads = [dobj, *(c for c in dobj.children if c.dep_ == "conj")]
    if any(h.lemma_.lower() in w.welcomed_acts and _specified(h) for h in heads):
        return RULE
    return None


PLACE_DEPS = ("prep", "advmod", "npadvmod")  # the arcs of a place phrase or adverb


def _greeting(v: Token, dobj: Token) -> bool:
    """Whether the welcome is a physical greeting: a ``greeting_places`` phrase or adverb on the verb or
    inside its object ("welcomed the return of the sailors at the airport", "welcomed them home")."""
    places = words().greeting_places
    return any(t.dep_ in PLACE_DEPS and t.lower_ in places for t in [*v.children, *dobj.subtree])
