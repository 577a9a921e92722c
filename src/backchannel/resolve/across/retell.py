"""Whether two claims of different reports can be one fact retold, beyond sharing words.

Why a veto after the word measures: "his cabinet will not meet to approve the deal" and
"the cabinet voted to approve the deal" share their rare words, and "the truce frees 30
captives" and "the truce frees the first three captives" share all but the number. Words
shared say the claims are about one thing; a denial on one side only, or counts of the
same thing whose ranges cannot meet, say they do not state the same fact about it.
"""

from __future__ import annotations

import re

from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.quantities import quantities
from backchannel.resolve.across.records import ClaimRec


def denies(text: str) -> bool:
    """Whether a claim holds a negation word ("not", "never", "n't")."""
    low = text.lower().replace("’", "'")
    neg = link_words().negation
    return any(w in neg for w in re.findall(r"n't|[a-z]+", low))


def at_odds(a: ClaimRec, b: ClaimRec) -> str | None:
    """Why two claims cannot retell one fact: one denies and the other not, or their counts of
    one thing (same head noun) cannot meet; ``None`` when nothing sets them apart."""
    if denies(a.content) != denies(b.content):
        return "one denies, the other not"
    qa, qb = quantities(a.content), quantities(b.content)
    for x in qa:
        for y in qb:
            if x.noun.split()[-1:] == y.noun.split()[-1:] and not x.meets(y):
                return f"counts differ ('{x.text}' / '{y.text}')"
    return None
