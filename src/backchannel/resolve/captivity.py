"""Captives and captors in pronoun resolution: the two roles of a captivity verb never corefer.

Why: "Gunmen seized twelve pupils in March. They were freed in June": the nearest subject before
"they" is the gunmen, but "they" is freed, a captive, and the gunmen are captors; "Twelve pupils were
seized by gunmen. They freed them in June": "they" frees, the pupils were seized. A pronoun in one role
of a verb of ``captivity_verbs`` (``actors_words.toml`` ``[coref]``) is never resolved to a mention in
the other role of such a verb; the nearest compatible mention of the right role (or of none) wins.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from spacy.tokens import Token

from backchannel.resolve.lexicon import lexicon

AGENT, PATIENT = "agent", "patient"
#: how many tokens before the pronoun a mention may stand to be looked at (the resolver's reach is
#: two sentences; this bounds the scan without a sentence index)
WINDOW = 160


def role(tok: Token) -> str | None:
    """AGENT, PATIENT or None: the role of a noun phrase (a pronoun or a mention's root) in a captivity
    verb: its active subject or by-agent does it; its object or passive subject undergoes it."""
    t = tok
    while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
        t = t.head
    verbs = lexicon().words.captivity_verbs
    h = t.head
    if t.dep_ == "pobj" and h.dep_ == "agent" and h.head.lemma_.lower() in verbs:
        return AGENT
    if h.pos_ not in ("VERB", "AUX") or h.lemma_.lower() not in verbs:
        return None
    if t.dep_ == "nsubj":
        return AGENT
    return PATIENT if t.dep_ in ("dobj", "nsubjpass") else None


def other_role(tok: Token, cands: Sequence[tuple[int, str, bool | None]]) -> set[int]:
    """The mentions (candidate token indices before ``tok``, within ``WINDOW``) in the other captivity
    role than the pronoun ``tok``'s; empty when the pronoun has none."""
    mine = role(tok)
    if mine is None:
        return set()
    doc = tok.doc
    lo = bisect.bisect_left(cands, (tok.i - WINDOW,))
    hi = bisect.bisect_left(cands, (tok.i,))
    return {c[0] for c in cands[lo:hi] if (r := role(doc[c[0]])) is not None and r != mine}
