"""The speaker right beside a cue that follows a quotation (rule ``claims.attribution.speaker_beside_cue``).

Why a module of its own: both the attribution readers and the asides (``asides.subject_past_aside``) need the
name beside the cue, and attribution imports the asides; here neither imports the other.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.state import ClaimsDoc
from backchannel.quotes import QUOTE_CHARS
from backchannel.syntax.phrases import has_own_finite


def between_quote_and_cue(d: ClaimsDoc, v: Token) -> tuple[int, int]:
    """(k, j): the words between a closing quotation (or a quoted region) and the cue ``v`` are
    ``doc[k + 1 : j + 1]``; commas and adverbs or auxiliaries right before the cue are skipped.
    ``k`` is before the sentence's start when no quotation closes before the cue."""
    doc, sent = v.doc, v.sent
    j = v.i - 1
    while j >= sent.start and (doc[j].text == "," or doc[j].dep_ in ("advmod", "aux", "neg")):
        j -= 1
    k = j
    while k >= sent.start and d.region_at(doc[k].idx) is None and doc[k].text not in QUOTE_CHARS:
        k -= 1
    return k, j


def speaker_beside_cue(d: ClaimsDoc, v: Token) -> Token | None:
    """The head of the noun phrase between a closing quotation and its cue ("“…,” Rep. Jo Lee
    (D-Md.) said"), else of the one right after the cue ("“…,” said Jo Lee")."""
    doc, sent = v.doc, v.sent
    k, j = between_quote_and_cue(d, v)
    left = [t for t in doc[k + 1: j + 1] if not t.is_punct or t.text in "()"]
    if left and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in left) and not has_own_finite(left):
        return doc[left[0].i: left[-1].i + 1].root
    right = []
    for t in doc[v.i + 1: sent.end]:
        if t.is_punct and t.text not in "().":
            break
        right.append(t)
    right = [t for t in right if t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") or t.text in "()."]
    if right and right[0].pos_ in ("PROPN", "NOUN", "DET"):
        return doc[right[0].i: right[-1].i + 1].root
    return None
