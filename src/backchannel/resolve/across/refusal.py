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
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.resolve.across.denial import asserts, denial_words
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.records import ClaimRec

FILE = "across_denial.toml"
RULE = "across.links.refusal"
AGREEMENT = "agreement"  # the family whose assertion answers a refusal
MIN_STEM = 3  # a stem shorter than this matches too much ("go" / "going")


@dataclass(frozen=True)
class RefusalWords:
    pattern: re.Pattern[str]
    topic_reach: int
    skip: frozenset[str]
    stops: frozenset[str]
    endings: tuple[str, ...]


@cache
def refusal_words() -> RefusalWords:
    raw = read(FILE)["refusal"]
    pattern = re.compile(rf"\b(?:{alt(frozenset(raw['verbs']))})\s+(?:[\w'-]+\s+){{0,{int(raw['reach'])}}}?"
                         rf"(?:{alt(frozenset(raw['nouns']))})\s+(?:{alt(frozenset(raw['preps']))})\s+(?P<topic>[^.;:,]*)")
    return RefusalWords(pattern, int(raw["topic_reach"]), frozenset(raw["skip"]), frozenset(raw["stops"]),
                        tuple(sorted(raw["endings"], key=len, reverse=True)))


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
    for m in w.pattern.finditer(low):
        before = re.findall(r"[a-z']+", low[:m.start()])[-2:]
        if any(b in dw.modals or b in dw.negators or b.endswith("n't") for b in before):
            continue
        words = []
        for x in re.findall(r"[a-z]+", m.group("topic"))[: w.topic_reach]:
            if x in w.stops:
                break
            words += [] if x in w.skip else [x]
        out |= {stem(x) for x in words if len(x) >= MIN_STEM}
    return frozenset(out)


def refusal_links(claims: list[ClaimRec]) -> list[dict]:
    """Each refusal against each claim of another report that asserts an agreement to the thing refused."""
    refusals = [(c, refused(f"{c.cue} {c.content}")) for c in claims]
    refusals = [(c, s) for c, s in refusals if s]
    if not refusals:
        return []
    agreed = [c for c in claims if asserts(c.content, AGREEMENT) and not refused(c.content)]
    out = []
    for r, things in refusals:
        for a in agreed:
            shared = things & {stem(x) for x in re.findall(r"[a-z]+", fold(a.content))}
            if a.doc != r.doc and shared:
                out.append({"kind": "contradicts", "on": "negation", "a": {"doc": r.doc, "claim": r.id},
                            "b": {"doc": a.doc, "claim": a.id},
                            "note": f"one report has the request turned down, the other an agreement to it "
                                    f"({', '.join(sorted(shared))}) [{RULE}]"})
    return out
