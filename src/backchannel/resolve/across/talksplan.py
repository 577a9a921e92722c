"""Talks agreed in one report, no decision on talks in another (rule ``across.links.talks_undecided``, s48).

Why: after a truce, one side's statement (or a mediator's) tells that the parties agreed to hold talks ("both
sides agreed to begin negotiations at a neutral venue"), while the other side's officials answer that no such
decision was made ("there has been no decision to hold talks elsewhere"). The act of the first is a plan of
talks and the second a denial of the plan, but neither is a denial the denial readers take (no verb of denying,
no negated act of the dossier): the dispute is in the claims' words only.

Read per claim (its content, folded): *undecided* when a phrase of ``undecided`` ("no decision", "not agreed")
has a talks noun (``talks``) at most ``UNDECIDED_REACH`` words after it, or a talks noun has a phrase of
``undecided_after`` ("were not agreed") starting at most ``UNDECIDED_AFTER`` words after it, or "no" + a talks
noun has a word of ``settled`` ("no talks are planned") in those words; *decided* when a verb of ``decided``
("agreed", "decided") has a talks noun at most ``DECIDED_REACH`` words after it and no word of ``negations``
("not", "if", "urged") in the ``NEGATION_REACH`` words before it, and the claim is not undecided itself.

Two reports contradict on ``negation`` when one has an undecided claim and the other a decided one (their
first in text order: one link per pair of reports), when the two share an event (:mod:`.storytie`). Cost: one pass per claim, then one pair per two reports.
"""

from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from backchannel.alternation import word_pattern
from backchannel.data_loader import loader
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.textspans import WORD

if TYPE_CHECKING:
    from backchannel.resolve.across.recbase import ClaimRec
    from backchannel.resolve.across.storytie import StoryTie

FILE = "across_talks.toml"
RULE = "across.links.talks_undecided"
UNDECIDED_AFTER = 4  # words after a talks noun in which a phrase of ``undecided_after`` is sought
UNDECIDED_REACH = 5  # words after "no decision" in which the talks noun is sought
DECIDED_REACH = 8  # words after "agreed" in which the talks noun is sought ("agreed to a truce and to begin talks")
PARTNER_REACH = 4  # words after "with" of a talks noun that name the talks' partner ("talks with the Free Hill Front")
NEGATION_REACH = 3  # words before "agreed" in which a negation or a request is sought


@dataclass(frozen=True)
class TalksWords:
    """The words of data/across_talks.toml [talks_undecided]."""

    talks: frozenset[str]
    undecided: tuple[str, ...]
    undecided_after: tuple[str, ...]
    settled: frozenset[str]
    none: frozenset[str]
    decided: frozenset[str]
    negations: tuple[str, ...]
    partner_preps: frozenset[str]
    partner_skip: frozenset[str]


talks_words = loader(TalksWords, FILE, "talks_undecided")


@cache
def _undecided() -> re.Pattern[str]:
    return word_pattern(talks_words().undecided)


@cache
def _talks() -> re.Pattern[str]:
    return word_pattern(talks_words().talks)


@cache
def _undecided_after() -> re.Pattern[str]:
    return word_pattern(talks_words().undecided_after)


@cache
def _negations() -> re.Pattern[str]:
    return word_pattern(talks_words().negations)


def _talks_within(text: str, at: int, reach: int) -> bool:
    """Whether a talks noun stands among the ``reach`` words after offset ``at`` of ``text``."""
    nouns = talks_words().talks
    return any(m.group(0) in nouns for m in islice(WORD.finditer(text, at), reach))


def undecided(text: str) -> bool:
    """A folded claim that says no decision was made on talks ("there has been no decision to hold talks", "no
    talks have been scheduled", "further negotiations were not agreed")."""
    if not _talks().search(text):
        return False  # most claims name no talks: nothing to read
    if any(_talks_within(text, m.end(), UNDECIDED_REACH) for m in _undecided().finditer(text)):
        return True
    w = talks_words()
    tokens = list(WORD.finditer(text))
    for k, tok in enumerate(tokens):
        if tok.group(0) not in w.talks:
            continue
        after = tokens[k + 1:k + 1 + UNDECIDED_AFTER]
        if not after:
            continue
        hit = _undecided_after().search(text, tok.end(), after[-1].end() + 20)  # a phrase starting in reach
        if hit and hit.start() <= after[-1].start():
            return True
        if k and tokens[k - 1].group(0) in w.none and any(a.group(0) in w.settled for a in after):
            return True  # "no talks are planned"
    return False


def decided(text: str) -> bool:
    """A folded claim that tells talks agreed or decided, not negated nor only asked for (module docstring)."""
    w = talks_words()
    if not _talks().search(text) or undecided(text):
        return False
    tokens = list(WORD.finditer(text))
    for k, tok in enumerate(tokens):
        if tok.group(0) not in w.decided or not _talks_within(text, tok.end(), DECIDED_REACH):
            continue
        before = text[tokens[max(0, k - NEGATION_REACH)].start():tok.start()]
        if not _negations().search(before):
            return True
    return False


def partner(text: str) -> frozenset[str]:
    """The words naming the partner of the talks in a folded claim ("no decision on talks with the free hill front":
    free, hill, front), empty when no talks noun has a "with" right after it."""
    w = talks_words()
    tokens = [m.group(0) for m in WORD.finditer(text)]
    for k, tok in enumerate(tokens[:-1]):
        if tok in w.talks and tokens[k + 1] in w.partner_preps:
            return frozenset(t for t in tokens[k + 2:k + 2 + PARTNER_REACH] if t not in w.partner_skip)
    return frozenset()


def same_talks(no: str, yes: str) -> bool:
    """Can the undecided claim ``no`` deny the talks of the decided claim ``yes`` (both folded)? Not when it names a
    partner of its talks that the decided claim never names: other talks ("no decision on talks with the Front" /
    "Ostland agreed to begin talks with Norland")."""
    names = partner(no)
    return not names or bool(names & {m.group(0) for m in WORD.finditer(yes)})


def talks_links(claims: list[ClaimRec], order: dict[str, tuple[str, str]], tie: StoryTie | None = None) -> list[dict]:
    """Contradictions between a report that tells talks agreed and one that says none were decided (module doc).

    ``tie``: only reports of one story (:mod:`.storytie`, rule ``across.links.one_story``) are compared.
    """
    no: dict[str, ClaimRec] = {}
    yes: dict[str, ClaimRec] = {}
    for c in sorted(claims, key=lambda c: (c.doc, c.span)):
        low = fold(c.content)
        if c.doc not in no and undecided(low):
            no[c.doc] = c
        elif c.doc not in yes and decided(low):
            yes[c.doc] = c
    out = []
    for da in sorted(no, key=lambda d: order.get(d, ("", d))):
        for db in sorted(yes, key=lambda d: order.get(d, ("", d))):
            if da == db or (tie is not None and not tie.same(da, db)):
                continue
            a, b = no[da], yes[db]
            if not same_talks(fold(a.content), fold(b.content)):
                continue
            out.append({"kind": "contradicts", "on": "negation", "a": {"doc": a.doc, "claim": a.id},
                        "b": {"doc": b.doc, "claim": b.id},
                        "note": f"one report says talks were agreed, the other that no decision was made [{RULE}]"})
    return out
