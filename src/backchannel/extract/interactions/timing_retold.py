"""An undated act that retells a dated act told a few sentences before takes that act's date
(rule interactions.timing.retold_act and its told variant).

Why: news tells an act twice, first in a dated summary ("A and B met on Monday") and then in
detail with no date ("The delegation, led by X, met Y"): the second telling is the same act.
Split from :mod:`.timing_constructions`, whose shared readers (``sourced``, ``vague_own_time``) it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel import timex
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS
from backchannel.extract.interactions.timing_constructions import sourced, timing_words, vague_own_time

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Candidate
    from backchannel.extract.interactions.document import Doc_

RETOLD_ACT = "interactions.timing.retold_act"
RETOLD_TOLD_ACT = "interactions.timing.retold_told_act"  # a speaker's retelling of an act a speaker told
RETOLD_SENTS = 3  # sentences back that an undated act looks for the dated act it retells


# -- the same act told again (rule interactions.timing.retold_act) -------------------------
def retold_time(d: Doc_, tok: Token, raw: Candidate) -> Time | None:
    """"… when the hierarchy met the visiting delegation yesterday. ¶ The visiting delegation,
    led by X, met Y and Z in W.", "X met members of the group in April. ¶ The April session dealt
    with ... ¶ Sitting down with X were Y and Z": one of the last few sentences
    (even across paragraph breaks) told a dated act of the same type, polarity and telling
    (asserted or reported, not planned) with a party in common, and nothing told since names
    another time; the undated act is that act told again, in more detail, and takes its date.
    Never an act the text says came after ("X later met Y", "met again"). An act a speaker
    tells ("..., the ministry said") is a retelling only of an act that was itself told by a
    speaker (rule interactions.timing.retold_told_act: "A and B traded captives on Friday,
    a source said. ¶ A handed over six and B handed over two, an aide said")."""
    si = d.sent_index(tok)
    told_by = raw.claim is not None and not sourced(d, raw.claim)
    if si == 0 or tok.pos_ not in VERB_POS \
            or any(c.dep_ == "advmod" and c.lower_ in timing_words().later_words for c in tok.children) \
            or vague_own_time(tok) or _present(tok):
        return None
    told = timing_words().told_modalities
    parties = set(raw.sources) | set(raw.targets)
    first = d.sents[max(si - RETOLD_SENTS, 0)].start
    for r in reversed(d.built):
        if not first <= r.trig.i < d.sents[si].start or r.time is None or r.time.value is None \
                or (told_by and (r.claim is None or sourced(d, r.claim))):
            continue
        if r.type == raw.type and r.negated == raw.negated \
                and (r.modality == raw.modality or (r.modality in told and raw.modality in told)) \
                and parties & (set(r.sources) | set(r.targets)) and not _other_time_between(d, r.trig, tok, r.time):
            d.time_state.rule[tok.i] = RETOLD_TOLD_ACT if told_by else RETOLD_ACT
            return r.time
    return None


def _present(verb: Token) -> bool:
    """Is the verb told in the present or the present perfect ("has shelled", "are holding")?
    Such a telling speaks of a state up to now, not of the dated act told before it."""
    return verb.tag_ in ("VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP")
                                              for a in verb.children)


def _other_time_between(d: Doc_, a: Token, b: Token, t: Time) -> bool:
    """Does a time expression after the end of ``a``'s sentence and before ``b`` name a time
    other than ``t`` (then the run of events moved on)?"""
    start = d.sents[d.sent_index(a)].end
    return any(start <= span.start < b.i and timex.resolve(tx.text, d.ctx.anchor, False) not in (None, t.value)
               for tx, span, _ in d.timexes)
