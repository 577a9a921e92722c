""""They" inside a quotation: the other side the speaker has just named.

Why: a speaker quoted at length names the side it talks about once ("We do not believe B is
acting in good faith") and then says "they" ("They need to show intent"); the actors stage
resolves pronouns of the narrative, not of quoted speech, so the demand or charge loses its
addressee. In a quote, an unresolved third-person plural pronoun refers to the state, group or
organisation named last before it (in its sentence or the one before, same paragraph) that is
not the speaker's own side nor a party of the pronoun's own subject ("Norland said they had
accused them": never Vesterland of "Norland and Vesterland ... they") (rule
``interactions.quoted.they_other_side``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.resolve.coref import OBJECT_DEPS, coref_group, governing_verb

if TYPE_CHECKING:
    from backchannel.extract.interactions.document import Doc_

QUOTED_THEY = "interactions.quoted.they_other_side"
_KINDS = ("state", "group", "organization")


def quoted_they(d: Doc_, t: Token) -> str | None:
    """The side a quoted "they" refers to, or None (not in a quote, nothing fits)."""
    cid = d.claim_at(t.idx)
    if cid is None or cid not in d.claims:
        return None
    speaker = d.claims[cid].speaker
    own = {speaker, d.speaker_side(t)} - {None}
    if t.dep_ in OBJECT_DEPS:  # the subject of its own verb is never an object pronoun's referent
        for c in governing_verb(t).children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                own.update(coref_group(d.ctx, c) or [d.ctx.coref.get(c.i) or d.ctx.actor_for_token(c) or ""])
    si = d.sent_index(t)
    first = si - 1 if si > 0 and d.para_of_sent[si - 1] == d.para_of_sent[si] else si
    best = None
    for s, e, a in d.ctx.mentions_in(d.sents[first].start_char, t.idx):
        act = d.ctx.actors.get(a)
        if act is None or act.kind not in _KINDS or a in own or act.affiliation in own or d.is_speaker(s):
            continue
        best = a
    return best
