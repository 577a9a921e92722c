"""Ages written of a person: "X, 67," "the 67-year-old X", "X, a 67-year-old engineer".

Why: reports name a person once with their age and go on with "the 67-year-old"; the age is the
evidence that links the description to the person (``actors.role_anaphors.same_age``). Language data:
the age pattern of ``data/role_anaphors.toml`` (``age.pattern``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.syntax.phrases import np_left

FILE = "role_anaphors.toml"
MAX_AGE = 120


@cache
def age_pattern() -> re.Pattern[str]:
    """ "67-year-old", "67 years old": the age written as a modifier or a head."""
    return re.compile(str(read(FILE)["age"]["pattern"]), re.IGNORECASE)


def age_in(text: str) -> int | None:
    """The age a phrase writes, or None."""
    m = age_pattern().search(text)
    return int(m.group(1)) if m else None


def age_head(tok: Token) -> int | None:
    """The age when ``tok`` ends an age phrase ("the 67-year-old said": "old"), else None."""
    start = max(tok.sent.start_char, tok.idx - 16)
    text = tok.doc.text[start: tok.idx + len(tok.text)]
    m = None
    for m in age_pattern().finditer(text):
        pass
    return int(m.group(1)) if m is not None and m.end() == len(text) else None


def ages(st: ActorState, a: Actor, roots: list[Token]) -> set[int]:
    """Every age written of a person: in a description, a bracketed number after a mention, an age phrase
    before it or in its apposition."""
    out = {x for d in a.descriptors if (x := age_in(d)) is not None}
    for root in roots:
        near = [root, *([root.head] if root.dep_ == "appos" else []), *[c for c in root.children if c.dep_ == "appos"]]
        for n in near:
            if n.like_num and n.text.isdigit() and 0 < int(n.text) < MAX_AGE:
                out.add(int(n.text))  # "X, 67,"
                continue
            left = np_left(n)
            x = age_in(st.text[left[0].idx: n.idx + len(n.text)]) if left else None
            if x is not None:
                out.add(x)
    return out
