"""A captive handed on to another holder (s45-fix2, review s45 #7).

Why: "X, held by Y since May, was handed over to Z in June. She was freed on Friday." tells two custodies;
the rules that give an agentless release to the captive's told holder (``release_aims.named_holder``,
``custody.held_by``) or to the report's one captor (``captors.document_captor``) gave it to Y, who no longer
held X. A handing-on by a verb other than the release's own stops them. Words in data/handed_on.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.document import Doc_
from backchannel.syntax.tree import prep_objects

FILE = "handed_on.toml"


@dataclass(frozen=True)
class HandedOnWords:
    """The words of data/handed_on.toml."""

    transfer_verbs: frozenset[str]
    transfer_preps: frozenset[str]


handed_on_words = loader(HandedOnWords, FILE)


def handed_on(d: Doc_, captive: str, tok: Token) -> bool:
    """Whether the report tells the captive handed on to someone (its subject in the passive, its object in
    the active) by a verb other than the release's own ``tok``."""
    w = handed_on_words()
    act = d.ctx.actors.get(captive)
    for m in act.mentions if act is not None else []:
        span = d.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        v = span.root.head
        if span.root.dep_ in ("nsubjpass", "dobj") and v != tok and v.lemma_.lower() in w.transfer_verbs \
                and any(prep_objects(v, p) for p in w.transfer_preps):
            return True
    return False
