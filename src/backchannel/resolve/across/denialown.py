"""Acts a report tells in its own voice, for the families no extracted act can carry (rule
``across.links.denial_own_voice``).

Why: rule ``across.links.denial`` sets a denial against the claims and the extracted acts of other reports that
tell its act. A family with no interaction type (a ransom paid, conditions set on a release) is told only by
claims then, and a report that tells it in its own voice ("it was reported that a large ransom was paid to the
gunmen", "the family paid a ransom of $2m") has no claim to carry it: the dispute that matters most in a release
(was a ransom paid?) was lost whenever the report that says yes is the one that says it itself. Such a sentence
is a passage end ``{doc, start, end}`` (the spec's own-voice end).

Which sentences: those holding no habit, open question, condition or modal (``told.own_voice_not_told``:
"captives are often released after ransoms are paid" tells what happens, not what happened here), no claim of the report (a sentence with a claim is that claim's: "the ministers
denied that a ransom was paid" is the ministers' denial, not the report's telling) and holding an asserting noun
or verb of such a family. Only these are kept by the digest, with their text; whether a sentence really tells
the act (not denied, not sought, not planned) is :func:`.denial.asserts`'s judgement, made in :mod:`.denialscan`.
This module reads the word lists itself (no import of :mod:`.denial`, which reads the digest's records).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import WordGate, word_pattern
from backchannel.data_loader import read
from backchannel.resolve.across.passages import sentences

FILE = "across_denial.toml"
MAX_SENTENCE = 600  # characters: a longer "sentence" is a run of text the splitter could not cut, not one telling
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Voiced:
    """A sentence of a report's own voice holding a word of a family that only claims and own voice tell."""

    doc: str
    start: int
    end: int
    text: str
    year: int | None = None  # the latest year the sentence names ("in 2015"): a telling after the denial is not its act
    deny_only: bool = False  # kept for a denial only (across.links.own_voice_mediation): it tells no act


@cache
def not_told() -> re.Pattern[str]:
    """A habit, an open question, a condition or a modal (data ``told.own_voice_not_told``)."""
    return word_pattern(read(FILE)["told"]["own_voice_not_told"], re.IGNORECASE)


@cache
def _own_items(told: bool = False) -> frozenset[str]:
    """The words :func:`_own_words` matches (see there); ``told``: those of the families with no act type only (a
    sentence holding none of them is kept for a denial only)."""
    fams = read(FILE)["denial"]["families"]
    found: set[str] = set()
    for f in fams.values():
        if not f.get("types"):
            found |= set(f["nouns"]) | set(f["verbs"]) | set(f.get("minimizers", [])) | set(f.get("base_verbs", []))
        elif f.get("own_voice_denials") and not told:  # across.links.own_voice_mediation: "There was no mediation."
            found |= set(f["nouns"])
    return frozenset(found)


@cache
def _told_words() -> re.Pattern[str] | None:
    """The words of the families with no act type: a sentence holding one may tell their act."""
    found = _own_items(told=True)
    return word_pattern(found, re.IGNORECASE) if found else None


@cache
def _own_gate() -> WordGate:
    """A first test of a whole report for :func:`_own_words` (most reports never name a ransom)."""
    return WordGate(_own_items())


@cache
def _own_words() -> re.Pattern[str] | None:
    """The nouns and verbs of the families with no interaction type (data ``denial.families``): the asserting ones,
    and those that deny (its nouns, smallest units and base forms: "not a penny was paid", rule
    ``across.links.own_voice_denial``)."""
    found = _own_items()
    return word_pattern(found, re.IGNORECASE) if found else None


def background(years: list[int], published: str | None) -> bool:
    """A sentence naming a year before the report's by more than one tells an earlier case, not this story's act
    ("In 2015 a ransom was paid for an engineer" in a report of 2031): the story's own acts are dated in its year or
    the one before (a captivity that began the winter before)."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    return year is not None and any(y < year - 1 for y in years)


def own_voice(doc: str, text: str, claim_spans: list[tuple[int, int]], published: str | None = None) -> list[Voiced]:
    """The sentences of ``text`` holding no claim (no claim's content span overlaps them) and a word of a family
    only claims tell: the candidates of the report's own tellings. Not one of background or hearsay
    (``told.own_voice_not_told``: "in a separate case", "rumours that") nor one naming a year before the report's
    (:func:`background`)."""
    pat = _own_words()
    if pat is None or not _own_gate().may_match(text) or not pat.search(text):
        return []  # most reports never name a ransom: one scan spares the sentence split
    out: list[Voiced] = []
    for s, e in sentences(text):
        if e - s > MAX_SENTENCE or not pat.search(text, s, e):
            continue
        if any(a < e and b > s for a, b in claim_spans) or not_told().search(text, s, e):
            continue  # a claim's sentence is the claim's; a habit or a guess tells no act of this story
        years = [int(y) for y in YEAR.findall(text, s, e)]
        if background(years, published):
            continue
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        told = _told_words()
        out.append(Voiced(doc, s + lead, e, text[s + lead:e], max(years) if years else None,
                          told is None or not told.search(text, s, e)))
    return out
