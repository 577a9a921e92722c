"""Negated smallest units of money: where "not a penny" says that no ransom was paid (rule
``across.links.denial_minimizer``).

Kept apart from :mod:`.denial` (patterns, families, the scan) so that module stays within its size.

Why a construction, not a word: "not a single dollar" denies a payment only when the dollar is what was paid. The
minimizer must be the object of a verb of paying under the negation ("did not pay a penny", "never offered the
kidnappers one cent"), or the subject of a verb of payment ("not a cent was paid", "not one dollar changed hands",
"without a single dollar changing hands", "not a single cent went to the captors"). A verb of giving counts only
with its payee or "as ransom" after the unit ("has not given a single krona to the hostage takers"), a verb of
receiving only with a payee as its subject ("the captors did not receive one euro"): "the kidnappers did not ask
for a single dollar", "the captives were not given a single naira", "the family did not have a single euro left"
deny no payment (review, s33).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import loader

FILE = "across_denial.toml"
VERB_AFTER_NEGATION = 1  # words between a negation and the verb of paying ("did not even pay")
OBJECT_AFTER_VERB = 3  # words between the verb and the unit ("did not pay the kidnappers a cent")
PAYEE_BEFORE = 6  # a payee this many words before the negation of a verb of receiving is its subject


@dataclass(frozen=True)
class MinimizerWords:
    """Data ``denial.minimizer``: see data/across_denial.toml."""

    determiners: frozenset[str]
    openers: frozenset[str]
    pay_verbs: frozenset[str]
    give_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    payees: frozenset[str]
    payee_links: frozenset[str]
    subject_verbs: frozenset[str]
    payee_verbs: frozenset[str]


minimizer_words = loader(MinimizerWords, FILE, "denial.minimizer")


def negation_pattern(negators: frozenset[str]) -> str:
    """A negation over folded text: a negator as a word ("not", "never") or glued to its verb ("hasn't")."""
    words_neg = alt(frozenset(n for n in negators if "'" not in n))
    glued = alt(frozenset(n for n in negators if "'" in n))
    return rf"(?:\b(?:{words_neg})|(?:{glued}))"


@cache
def _patterns(units: frozenset[str], negators: frozenset[str], breaks: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """(object of a verb of paying, of giving, of receiving; subject of a verb of payment; the payee after a unit
    given) over folded text."""
    w = minimizer_words()
    unit = rf"(?:{alt(w.determiners)})\s+(?:{alt(units)})\b"
    skip = rf"(?:(?!(?:{alt(breaks)})\b)[\w'-]+\s+)"
    neg = negation_pattern(negators)

    def obj(verbs: frozenset[str]) -> re.Pattern[str]:
        return re.compile(rf"{neg}\s+(?:[\w'-]+\s+){{0,{VERB_AFTER_NEGATION}}}(?:{alt(verbs)})\s+"
                          rf"{skip}{{0,{OBJECT_AFTER_VERB}}}{unit}")
    payee = rf"(?:(?:the|their|any|his|her|its)\s+)?(?:{alt(w.payees)})\b"
    subject = re.compile(rf"\b(?:{alt(w.openers)})\s+(?:{alt(units)})(?:\s+of(?:\s+[\w'-]+){{1,2}})?\s+"
                         rf"(?:(?:{alt(w.subject_verbs)})\b|(?:{alt(w.payee_verbs)})\s+{payee})")
    tail = re.compile(rf"\s+(?:[\w'-]+\s+){{0,2}}?(?:{alt(w.payee_links)})\s+{payee}")
    return obj(w.pay_verbs), obj(w.give_verbs), obj(w.receive_verbs), subject, tail


def minimizer_starts(low: str, units: frozenset[str], negators: frozenset[str], breaks: frozenset[str]) -> list[int]:
    """Where a negated smallest unit of ``units`` tells that none was paid (the offset of its negation or opener)."""
    if not units:
        return []
    pay, give, receive, subject, tail = _patterns(units, negators, breaks)
    payees = minimizer_words().payees
    out = [m.start() for m in pay.finditer(low)] + [m.start() for m in subject.finditer(low)]
    out += [m.start() for m in give.finditer(low) if tail.match(low, m.end())]
    out += [m.start() for m in receive.finditer(low)
            if payees & set(" ".join(re.findall(r"[a-z'-]+", low[:m.start()])[-PAYEE_BEFORE:]).split())]
    return out
