"""WordGate: a first test that never says no where its word pattern would match (backchannel.alternation)."""

from __future__ import annotations

import re
import string

from backchannel.alternation import ASCII_CASE_PAIRS, WordGate, word_pattern

ITEMS = frozenset({"ransom", "paid a ransom", "on condition that", "pay-off", "u.s. envoy", "talks"})
TEXTS = [
    "The family of Ola Brandt paid a ransom to the gunmen in Norland.",
    "Vesterland agreed to release him on condition that the talks resume.",
    "A PAY-OFF was arranged, a Norland official said.",
    "The U.S. envoy met them in Pell on Tuesday.",
    "No money changed hands, the ministry in Vesterland insisted.",
    "They spoke on the condition of anonymity.",  # "on condition that" needs all three words
    "A payoff was arranged.",  # one word: not "pay-off"
    "Talks\u2019 end came late; ranſom demands followed.",  # the long s matches "s" case-blind
    "The RANSOM, the \u212aidnappers said, was never PAID.",
    "",
]


def test_gate_never_misses_a_match() -> None:
    """Wherever the case-blind pattern matches, the gate says yes (the converse need not hold)."""
    pat, gate = word_pattern(ITEMS, re.IGNORECASE), WordGate(ITEMS)
    for text in TEXTS:
        if pat.search(text):
            assert gate.may_match(text), text


def test_gate_says_no_without_the_words() -> None:
    gate = WordGate(ITEMS)
    assert not gate.may_match("No money changed hands, the ministry in Vesterland insisted.")
    assert not gate.may_match("They spoke on the condition of anonymity.")
    assert not gate.may_match("A payoff was arranged.")
    assert gate.may_match("Ola Brandt said the ransom was large.")


def test_no_gate_for_items_outside_ascii() -> None:
    """Items with letters outside ASCII are folded by ``re`` in ways a set of words does not follow: no gate."""
    gate = WordGate({"caf\u00e9"})
    assert gate.phrases is None and gate.may_match("nothing here")


def test_case_pairs_are_every_non_ascii_match_of_an_ascii_letter() -> None:
    """``re.IGNORECASE`` matches these characters outside ASCII, and no others, to an ASCII letter."""
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {c: a for a in string.ascii_lowercase for c in re.findall(a, every, re.IGNORECASE)}
    assert {chr(k): v for k, v in ASCII_CASE_PAIRS.items()} == found
