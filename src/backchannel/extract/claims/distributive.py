"""Distributive joint speakers: "Both A and B said …", "A and B each said …".

Why: one claim has one speaker, and a coordinated speaker phrase speaks through its first
conjunct (:func:`.anonymous.first_conjunct`: "the government side and the Front's chiefs
confirmed"). A distributive marker (``distributive_words``: "both", "each", "separately") says
instead that every conjunct made the statement, so each further conjunct that names an actor
gets a claim of its own with the same content (rule ``claims.speakers.distributive_conjunct``,
trace key ``nesting``, which keeps the twin apart from its first claim).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand

RULE = "claims.speakers.distributive_conjunct"


def distributive_twins(c: Cand, lex: Lexicon, resolve: Callable[[Cand], None]) -> list[Cand]:
    """The claims of the further conjuncts of ``c``'s speaker phrase when a distributive marker
    stands on its first conjunct or its cue ("Both A and B said", "A and B both said"); each
    twin is resolved with ``resolve`` and kept only when it names an actor other than ``c``'s."""
    if c.speaker is None or c.cue_tok is None or c.speaker_actor is None:
        return []
    head = c.speaker.root
    conjs = [k for k in head.children if k.dep_ == "conj" and c.speaker.start <= k.i < c.speaker.end]
    if not conjs or not _distributive(head, c, lex):
        return []
    twins = []
    seen = {c.speaker_actor}
    for k in conjs:
        own: Span = k.doc[k.left_edge.i: k.i + 1]
        twin = replace(c, speaker=own, speaker_actor=None, inferred=[], trace=dict(c.trace))
        twin.trace.pop("speaker", None)
        resolve(twin)
        if twin.speaker_actor is None or twin.speaker_actor in seen:
            continue
        seen.add(twin.speaker_actor)
        twin.trace["nesting"] = RULE
        twins.append(twin)
    return twins


def _distributive(head, c: Cand, lex: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """A distributive word on the first conjunct ("Both A and B") or on the cue ("A and B each
    said", "said separately")."""
    marks = lex.words.distributive_words
    assert c.cue_tok is not None
    return any(k.lower_ in marks for k in head.children) or any(
        k.lower_ in marks and k.dep_ in ("advmod", "npadvmod", "nsubj", "appos") for k in c.cue_tok.children)
