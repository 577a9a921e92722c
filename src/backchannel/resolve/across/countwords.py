"""The words of the count rules, read once from ``data/across_counts.toml`` (see :mod:`.factcounts`).

Why a module of its own: both the digest (:mod:`.passages`, which drops a count inside an
attribution phrase) and the fact rule read these words; keeping them apart from the
records avoids an import cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import alternation, word_pattern
from backchannel.data_loader import loader
from backchannel.resolve.lexicon import lexicon

FILE = "across_counts.toml"
ATTRIBUTION_AFTER = 90  # characters after the count in which a speech cue makes the phrase an attribution


@dataclass(frozen=True)
class CountWords:
    people: frozenset[str]
    each: tuple[str, ...]
    each_after: tuple[str, ...]
    total: tuple[str, ...]
    running: tuple[str, ...]
    superlatives: frozenset[str]
    swap: tuple[str, ...]
    pending: tuple[str, ...]
    possessives: frozenset[str]
    receivers: frozenset[str]
    receive: tuple[str, ...]
    attribution_heads: frozenset[str]
    attribution_preps: frozenset[str]
    attribution_cues: tuple[str, ...]
    speaker_verbs: frozenset[str]
    speaker_adverbs: frozenset[str]
    speaker_participles: frozenset[str]
    speaker_objects: frozenset[str]
    speaker_not_next: frozenset[str]
    clause_openers: tuple[str, ...]
    span_starts: frozenset[str]
    exchange_acts: tuple[str, ...]
    plan_words: frozenset[str]
    other_pronouns: frozenset[str]
    other_joins: tuple[str, ...]
    other_breaks: tuple[str, ...]
    other_finite: tuple[str, ...]
    other_times: frozenset[str]
    still_held: tuple[str, ...]  # "18 Lorvians remain in jail": people held now, no part of those freed


count_words = loader(CountWords, FILE, grouped=True)


def people_noun(noun: str) -> bool:
    """A counted noun phrase whose head counts people ("ukrainian prisoners", "ukrainians")."""
    head = noun.split()[-1] if noun.split() else ""
    return head in count_words().people or (head.endswith("s") and lexicon().demonym(head) is not None)


@cache
def _attribution() -> re.Pattern[str]:
    cw = count_words()
    heads, preps = alternation(cw.attribution_heads), alternation(cw.attribution_preps)
    return re.compile(rf"\b(?:{heads})\s+(?:{preps})\s+(?:(?:the|all|both|some)\s+)?$", re.I)


@cache
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return word_pattern(phrases)


def has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """One of ``phrases`` stands in ``text`` as whole words (one pattern per word list, compiled once:
    the digest asks this of every count in a corpus)."""
    return _phrases(phrases).search(text) is not None


SUPERLATIVE_REACH = 4  # words before a running word in which a superlative makes it date the act


def running(low: str) -> bool:
    """A running word in ``low`` (lower case) that counts many acts ("3,956 since the war began"), not one after a
    superlative that dates the act counted ("the largest exchange since the war began": rule
    ``across.links.count_superlative``; was: any "since" near a count set it aside)."""
    cw = count_words()
    for m in _phrases(cw.running).finditer(low):
        if not set(re.findall(r"[a-z]+", low[:m.start()])[-SUPERLATIVE_REACH:]) & cw.superlatives:
            return True
    return False


def scoped(text: str, start: int, end: int) -> bool:
    """A count whose scope its words leave open or set apart: per side, both sides together, a
    running total, the count of a swap (:mod:`.factcounts` reads those with their sides), or a
    count still owed or added ("40 detainees promised").

    Why: "14 detainees" against "12 detainees" is one release told two ways; "150 prisoners"
    against "more than 300 prisoners swapped" may be each side's against both sides'.
    """
    cw = count_words()
    near = text[max(0, start - 60):end + 60].lower()
    return has_phrase(near, cw.each + cw.total + cw.swap + cw.pending) or running(near)


def attributed(text: str, start: int) -> bool:
    """A count right after "officials from (all)" that speaks: the number of those who spoke, not a fact they told.

    Rule ``across.links.count_attribution``: the phrase is an attribution only when a speech
    cue (``attribution.attribution_cues``) follows it within a few words ("officials of all
    three states said", "diplomats from two countries, who asked not to be named, told") or
    "according to" stands before it. "Representatives from fifty countries attended the
    signing" counts a fact told (how many came), which reports may give differently.
    """
    if _attribution().search(text, max(0, start - 40), start) is None:
        return False
    head = text[max(0, start - 60):start].lower()
    tail = re.split(r"[.!?]\s|\n", text[start:start + ATTRIBUTION_AFTER].lower(), maxsplit=1)[0]  # its sentence
    return has_phrase(tail, count_words().attribution_cues) or "according to" in head


SPEAKER_AFTER = 40  # characters after a count read for the verb its people say with
QUOTES = frozenset(['"', "'", "\u201c", "\u2018", ":"])  # what was said, quoted or announced, follows the verb


def speaking(text: str, end: int) -> bool:
    """Rule ``across.links.count_speakers``: the counted noun phrase ending at ``end`` is the subject of a verb
    of saying right after it ("Several girls said some friends died", "two witnesses later told Reuters"): it
    counts who spoke, which no other report's count of the act contradicts. Not "five girls said to be ill"
    (hearsay of a fact, the count is the fact), nor "40 girls were freed, officials said" (the verb is not
    right after the count), nor a participle telling the people's state ("30 pupils reported missing", "five
    hostages confirmed dead", "12 girls described as ill": ``speaker_not_next``); a verb that is also a
    participle (``speaker_participles``) speaks only when what was said follows (``speaker_objects``, a quote,
    a colon, a capitalised name)."""
    cw = count_words()
    words = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", text[end:end + SPEAKER_AFTER])
    if words and words[0].lower() in cw.speaker_adverbs:
        words = words[1:]
    if not words or words[0].lower() not in cw.speaker_verbs:
        return False
    if len(words) < 2:
        return True
    nxt = words[1].lower()
    if nxt in cw.speaker_not_next:
        return False  # "said to be ill", "reported missing", "described as": the count is the fact
    if words[0].lower() not in cw.speaker_participles:
        return True
    return nxt in cw.speaker_objects or nxt in QUOTES or words[1][:1].isupper()
