"""Two more shapes of a denied act (session 44): a verb of denial before a gerund, and an act noun whose achievement
is negated.

Kept apart from :mod:`.denial` (patterns, families, the scan) so that module stays within its size.

- Rule ``across.links.denial_gerund``: "Westmark denied negotiating with the Front", "Kessia denies having mediated",
  "denied ever brokering the deal": the verb of denial takes the act as a gerund (or "having" and its participle),
  and the act denied is the gerund's, not a noun after it ("denied brokering the deal" denies no deal:
  :func:`.denial.crossed_verb`). Before, "denied mediating the release" was read as *telling* a mediation.
- Rule ``across.links.denial_not_done``: "the two sides did not reach an agreement", "have not signed any deal",
  "an agreement was never reached", "the talks were not held": the verb that would tell the act achieved is negated.
  Not a pending act ("have not yet reached a deal", "did not sign it until Friday": ``pending`` after the
  negation or within a few words after the noun), not under a modal ("will not reach a deal": the caller's
  ``modal_noun``), not "yet to" (a negator of the other shapes, here a plan still open), and only a negation told
  in a past or perfect tense (``tensed``: "did not sign", "has not signed"; not "do not sign any truce with the
  Front", "asked him to not sign", "we never sign deals": an order, a wish, a habit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import WordGate, alternation as alt
from backchannel.data_loader import loader
from backchannel.resolve.across.denialmin import negation_pattern
from backchannel.resolve.across.denialonly import exclusive

FILE = "across_denial.toml"
GERUND_RULE = "across.links.denial_gerund"
NOT_DONE_RULE = "across.links.denial_not_done"
EXCLUSIVE_RULE = "across.links.denial_exclusive"
NOUN_WORDS = 2  # words between the negated verb and the act noun ("did not reach a final deal")
PENDING_AFTER = 4  # words after the noun where a word of ``pending`` makes the act only late ("until Friday")


@dataclass(frozen=True)
class DoneWords:
    """Data ``denial.done`` of data/across_denial.toml."""

    gerund_openers: frozenset[str]
    verbs: frozenset[str]
    participles: frozenset[str]
    auxiliaries: frozenset[str]
    been: frozenset[str]
    pending: frozenset[str]
    negators: frozenset[str]
    tensed: frozenset[str]
    past_only: frozenset[str]
    perfect: frozenset[str]
    perfect_pending: frozenset[str]
    contrast: frozenset[str]
    contrast_after: frozenset[str]
    agent: frozenset[str]
    manner: frozenset[str]
    other_acts: frozenset[str]
    deny_cancellers: frozenset[str]
    deny_clitics: frozenset[str]


done_words = loader(DoneWords, FILE, "denial.done")


def gerund_pattern(deny_verbs: frozenset[str], verbs: frozenset[str]) -> str:
    """``across.links.denial_gerund`` as an alternative of a family's denied verb (over folded text): a verb of denial,
    an opener or none ("having", "ever"), then a gerund of the family (its verbs ending in -ing) or, after
    "having", any of its verbs."""
    w = done_words()
    gerunds = frozenset(v for v in verbs if v.endswith("ing"))
    if not gerunds:
        return ""
    return (rf"|\b(?:{alt(deny_verbs)})\s+(?:(?:{alt(w.gerund_openers)})\s+)?"
            rf"(?:{alt(gerunds)}|(?:{alt(w.gerund_openers)})\s+(?:{alt(verbs)}))\b")


@cache
def _not_done(nouns: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(negated verb before the noun, noun before its negated participle) for one family's nouns."""
    w = done_words()
    neg = negation_pattern(w.negators)
    pend = alt(w.pending)
    before = re.compile(rf"{neg}\s+(?:(?!(?:{pend})\b)[\w'-]+\s+)?(?:{alt(w.verbs)})\s+"
                        rf"(?:[\w'-]+\s+){{0,{NOUN_WORDS}}}(?P<noun>{alt(nouns)})\b")
    after = re.compile(rf"\b(?P<noun>{alt(nouns)})\s+(?:{alt(w.auxiliaries)})\s+(?:(?:{alt(w.been)})\s+)?{neg}\s+"
                       rf"(?:(?:{alt(w.been)})\s+)?(?:{alt(w.participles)})\b")
    return before, after


def not_done(low: str, nouns: frozenset[str]) -> list[tuple[int, int]]:
    """Where an act noun's achievement is negated (``across.links.denial_not_done``), as (start, end) of each match;
    none that a word of ``pending`` makes only late."""
    if not _gate().may_match(low):
        return []  # no verb of achievement: most claims (one pass over their words spares two patterns per family)
    out = []
    before, after = _not_done(nouns)
    for pat in (before, after):
        for m in pat.finditer(low):
            if _only_late(low, m, pat is after) or pat is before and not told_tense(low, m.start()):
                continue
            out.append((m.start(), m.end()))
    return out


def _only_late(low: str, m: re.Match[str], passive: bool) -> bool:
    """The negated achievement at ``m`` is pending, moved or of another act, not denied (s44 review): a word of
    ``pending`` after it ("so far", "until Friday"); a past perfect with a clause of time after it ("had not been
    signed when the prisoners were freed"); the doer or a manner right after it ("was not signed by the president",
    "was not reached easily"); a "but" moving it on ("did not sign on Sunday but did so on Monday"); another act
    before the noun ("the previous agreement"). ``passive``: ``m`` ends at a participle (its doer may follow)."""
    w = done_words()
    rest = re.split(r"[.;!?]", low[m.end():], maxsplit=1)[0]
    later = " ".join(re.findall(r"[a-z']+", rest)[:PENDING_AFTER])
    if _phrase_in(w.pending, later) or _phrase_in(w.manner | (w.agent if passive else frozenset()), later, start=True):
        return True
    told = set(re.findall(r"[a-z']+", m.group(0))) | set(re.findall(r"[a-z']+", low[:m.start()])[-1:])
    if w.perfect & told and _phrase_in(w.perfect_pending, later):
        return True
    noun_at = m.start("noun")
    if w.other_acts & set(re.findall(r"[a-z']+", low[:noun_at])[-NOUN_WORDS:]):
        return True
    return any(_phrase_in(w.contrast_after, " ".join(re.findall(r"[a-z']+", part)[:2]), start=True)
               for part in re.split(rf"\b(?:{alt(w.contrast)})\b", rest)[1:])


def _phrase_in(phrases: frozenset[str], words: str, start: bool = False) -> bool:
    """One of ``phrases`` is among the joined ``words`` as whole words (``start``: opens them)."""
    padded = f" {words} "
    return any((padded.startswith(f" {p} ") if start else f" {p} " in padded) for p in phrases)


def cancelled_denial(low: str, start: int, end: int, deny_verbs: frozenset[str]) -> bool:
    """A denial matched at ``low[start:end]`` whose verb of denial is itself negated or refused denies nothing (s44
    review): "Pell did not deny mediating", "refused to deny mediating", "has never denied", "neither confirm nor
    deny" (``deny_cancellers`` end the words before the verb; the verb may open the match or stand inside it, as
    the word a negation reaches across: "not deny mediating")."""
    first = {v.split()[0] for v in deny_verbs}
    for m in re.finditer(r"[a-z']+", low[start:end]):
        if m.group(0) in first:
            before = " ".join(re.findall(r"[a-z']+", low[:start + m.start()])[-3:])
            w = done_words()
            if any(f" {before}".endswith(f" {c}") for c in w.deny_cancellers) \
                    or any(before.endswith(c) for c in w.deny_clitics):
                return True
    return False


@cache
def _gate() -> WordGate:
    """Every shape of :func:`not_done` holds one of the verbs or participles of achievement as a word."""
    w = done_words()
    return WordGate(w.verbs | w.participles)


def told_tense(low: str, at: int) -> bool:
    """The negation at ``at`` is a told past or perfect ("did not", "hasn't", "had never", "never signed"), not a wish,
    an order or a habit ("to not sign", "do not sign any truce", "we never sign deals"): the word it leans on is one of
    ``tensed``, or "never" comes before a past form (``participles``)."""
    w = done_words()
    before = re.findall(r"[a-z']+", low[:at])
    here = re.findall(r"[a-z']+", low[at:])[:2]
    if before and before[-1] in w.tensed:
        return True
    return len(here) == 2 and here[0] in w.past_only and here[1] in w.participles


def shape_rules(low: str, family: str, nouns: frozenset[str], verbs: frozenset[str],
                deny_verbs: frozenset[str]) -> list[str]:
    """The rule ids of the s44 shapes a denial's folded text ``low`` matches (exclusive, negated achievement,
    gerund), for the note of a link it makes: "eval --by-rule" and a reader then see which construction made the
    dispute, not the family's rule alone (s44 review)."""
    out = [EXCLUSIVE_RULE] if exclusive(low, family) else []
    if not_done(low, nouns):
        out.append(NOT_DONE_RULE)
    gerund = gerund_pattern(deny_verbs, verbs)[1:]  # (the pattern opens with "|", an alternative of the caller's)
    if gerund and any(not cancelled_denial(low, m.start(), m.end(), deny_verbs) for m in re.finditer(gerund, low)):
        out.append(GERUND_RULE)
    return out
