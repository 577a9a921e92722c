"""A request turned down in one report, an agreement to the same thing in another (rule ``across.links.refusal``).

Why: "the envoy rejected Norland's request for payment" and "the envoy signed an agreement to pay" cannot both be
true, yet neither denies an act by the words of :mod:`.denial` (a rejected request is no negated verb or noun of
agreement), and an agreement to something else ("agreed to a ceasefire") is no answer to it. So the refusal names
the thing asked for (the words after its noun of request), and the other report's claim must assert an agreement
(:func:`.denial.asserts`, family ``agreement``) and name the same thing (a word of the same stem: "payment" / "pay").
Not a refusal under a negation ("did not reject the request") nor one under a modal ("would reject any demand").
Data: ``refusal`` of data/across_denial.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.resolve.across.denial import asserts, denial_words
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.records import ClaimRec

FILE = "across_denial.toml"
RULE = "across.links.refusal"
AGREEMENT = "agreement"  # the family whose assertion answers a refusal
NAME_KEY = 5  # letters of a name's word compared (a state and its demonym: "Korea" / "Koreans")
MIN_STEM = 3  # a stem shorter than this matches too much ("go" / "going")


@dataclass(frozen=True)
class RefusalWords:
    """The words of a refusal (data ``refusal``): the active pattern ("rejected the request for"), the passive one
    ("the request for payment was rejected"), and how the thing asked for is read."""

    pattern: re.Pattern[str]
    passive: re.Pattern[str]
    later_days: int
    topic_reach: int
    skip: frozenset[str]
    stops: frozenset[str]
    endings: tuple[str, ...]
    act_preps: frozenset[str]


@cache
def refusal_words() -> RefusalWords:
    """The refusal words of data/across_denial.toml, read once."""
    raw = read(FILE)["refusal"]
    pattern = re.compile(rf"\b(?:{alt(frozenset(raw['verbs']))})\s+(?:[\w'-]+\s+){{0,{int(raw['reach'])}}}?"
                         rf"(?:{alt(frozenset(raw['nouns']))})\s+(?P<prep>{alt(frozenset(raw['preps']))})\s+(?P<topic>[^.;:,]*)")
    passive = re.compile(rf"\b(?:{alt(frozenset(raw['nouns']))})\s+(?P<prep>{alt(frozenset(raw['preps']))})\s+"
                         rf"(?P<topic>[^.;:,]*?)\s+(?:{alt(frozenset(raw['passive_aux']))})\s+"
                         rf"(?:{alt(frozenset(raw['verbs']))})\b")
    return RefusalWords(pattern, passive, int(raw["later_days"]), int(raw["topic_reach"]), frozenset(raw["skip"]), frozenset(raw["stops"]),
                        tuple(sorted(raw["endings"], key=len, reverse=True)), frozenset(raw["act_preps"]))


def stem(word: str) -> str:
    """The word without one ending of ``endings`` ("payment" -> "pay", "released" -> "releas"), kept when short."""
    for e in refusal_words().endings:
        if word.endswith(e) and len(word) - len(e) >= MIN_STEM:
            return word[: -len(e)]
    return word


def refused(text: str) -> frozenset[str]:
    """The stems of the things the text says were asked for and turned down (empty: no refusal). Not after a
    negation or a modal ("did not reject", "would reject"): that is no refusal told."""
    w, dw = refusal_words(), denial_words()
    low = fold(text)
    out: set[str] = set()
    for m in [*w.pattern.finditer(low), *w.passive.finditer(low)]:
        before = re.findall(r"[a-z']+", low[:m.start()])[-2:]
        inside = re.findall(r"[a-z']+", low[m.start():m.end()])
        if any(b in dw.modals or b in dw.negators or b.endswith("n't") for b in before + inside):
            continue
        words = []
        for x in re.findall(r"[a-z]+", m.group("topic"))[: w.topic_reach]:
            if x in w.stops:
                break
            words += [] if x in w.skip else [x]
        # the head of the thing asked for, its last word: "a request for prisoner visits" asks for visits, and an
        # agreement to free the prisoners answers it not (review, s34); an act asked for ("to pay the bill") keeps all
        out |= {stem(x) for x in (words if m.group("prep") in w.act_preps else words[-1:]) if len(x) >= MIN_STEM}
    return frozenset(out)


def _names(text: str) -> frozenset[str]:
    """The runs of capitalised words of a text, without a possessive ("Norland's" -> "Norland", "Ola Brandt"): its
    parties, roughly."""
    runs = re.findall(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text)
    return frozenset(re.sub(r"['’]s$", "", x) for x in runs) - {"The", "A", "An"}


def other_parties(refusal: str, agreement: str) -> bool:
    """The agreement is between parties the refusal does not name: it names two or more ("Ostrava and Lorvia agreed
    to a ceasefire") and none of them stands in the refusal ("Vesterland rejected Norland's request for a
    ceasefire"). One name alone ("the envoy Ola Brandt signed") may speak for either side: kept."""
    ra, aa = _names(refusal), _names(agreement)
    return len(aa) >= 2 and not any(same_party(x, y) for x in _keys(ra) for y in _keys(aa))


def _keys(names: frozenset[str]) -> frozenset[frozenset[str]]:
    """Each name as the set of its words cut to ``NAME_KEY`` letters: a state and its people ("North Korea" / "the
    North Koreans") share every word, a full name and a surname ("Otto Warmbier" / "Warmbier") one."""
    keys = (frozenset(w[:NAME_KEY] for w in n.split() if len(w) > 2) for n in names)
    return frozenset(k for k in keys if k)


def same_party(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names are one party when every word of one stands in the other: the whole name, not one word of it
    ("South Korea" and "South Africa" share "south" and are two states; review, s35)."""
    return a <= b or b <= a


def _later(published: dict[str, str | None], a: str, r: str, days: int) -> bool:
    """Report ``a`` was published more than ``days`` days after report ``r`` (both dates known)."""
    pa, pr = (published.get(a) or "")[:10], (published.get(r) or "")[:10]
    try:
        return (date.fromisoformat(pa) - date.fromisoformat(pr)).days > days
    except ValueError:
        return False


def refusal_links(claims: list[ClaimRec], published: dict[str, str | None] | None = None) -> list[dict]:
    """Each refusal against each claim of another report that asserts an agreement to the thing refused: with a
    party in common when both name one ("Vesterland rejected Norland's request for a ceasefire" is no answer to
    "Ostrava and Lorvia agreed to a ceasefire"), and not told by a report published more than ``later_days`` after
    the refusal's (a refusal, then an agreement, is how talks move)."""
    w, published = refusal_words(), published or {}
    refusals = [(c, refused(f"{c.cue} {c.content}")) for c in claims]
    refusals = [(c, s) for c, s in refusals if s]
    if not refusals:
        return []
    agreed = [c for c in claims if asserts(c.content, AGREEMENT) and not refused(c.content)]
    out = []
    for r, things in refusals:
        for a in agreed:
            shared = things & {stem(x) for x in re.findall(r"[a-z]+", fold(a.content))}
            if a.doc == r.doc or not shared or other_parties(f"{r.cue} {r.content}", a.content) or _later(
                    published, a.doc, r.doc, w.later_days):
                continue
            out.append({"kind": "contradicts", "on": "negation", "a": {"doc": r.doc, "claim": r.id},
                        "b": {"doc": a.doc, "claim": a.id},
                        "note": f"one report has the request turned down, the other an agreement to it "
                                f"({', '.join(sorted(shared))}) [{RULE}]"})
    return out
