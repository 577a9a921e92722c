"""One quote, two figures: a speaker's words carried by two reports with different numbers (rule
``across.links.quoted_figure``, s47).

Why: outlets quoting one statement (a minister's tweet, a ministry's release) often carry it in their own
translation or from memory, and the figure is what drifts: one report quotes "held for five years", another the
same sentence with "more than two years". The count rules weigh ranges ("more than two" allows five) because two
reports' own figures are often both true; but a speaker said one figure, and two reports quoting him with two
different numbers of one thing cannot both render him right. Before this rule the two quotes were joined as one
statement and corroborated each other.

Read: pairs of claims of different reports (blocked by shared words, :func:`.statements.claim_pairs`) that are
both direct quotes, whose speakers are one entity and whose words overlap as one statement's do
(:data:`.statements.SAME`). In each, every figure is a number (digits or words, an optional qualifier) followed
right after by its head noun (singular and plural folded: "one year" / "two years").
A head both quotes count once each, with different numbers, makes the pair contradict on ``count``; the
corroboration of the same two claims is dropped (:func:`misquoted`). A year ("in 2019") or a day of a month is
no figure (``[quoted_figure]`` of data/across_quoted.toml).
"""

from __future__ import annotations

import re
from functools import cache

from backchannel.data_loader import read
from backchannel.resolve.across.captivecounts import CORROBORATES
from backchannel.resolve.across.links import CONTRADICTS
from backchannel.resolve.across.quantities import number_value, number_words
from backchannel.resolve.across.recbase import ClaimRec
from backchannel.resolve.across.statements import SAME, claim_pairs, overlap
from backchannel.resolve.across.words import words

RULE = "across.links.quoted_figure"


@cache
def _data() -> tuple[re.Pattern[str], frozenset[str]]:
    raw = read("across_quoted.toml")["quoted_figure"]
    w = words()
    quals = "|".join(sorted(map(re.escape, (*w.over, *w.about, *w.under, *w.ceiling)), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:(?:{quals})\s+)?(?P<n>\d[\d,]*|{number_words()})[\s-]+(?P<h>[a-z]+)\b")
    return pattern, frozenset(raw["not_heads"])


def _head(word: str) -> str:
    """A head with its plural folded ("years" / "year")."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def figures(text: str) -> dict[str, set[int]]:
    """Each head noun of ``text`` and the numbers written with it (module doc)."""
    pattern, not_heads = _data()
    out: dict[str, set[int]] = {}
    for m in pattern.finditer(text.lower()):
        raw = m.group("n").replace(",", "")
        value = int(raw) if raw.isdigit() else number_value(raw)
        head = m.group("h")
        if value is None or head in not_heads or (raw.isdigit() and len(raw) == 4):  # "in 2019 talks": a year
            continue
        out.setdefault(_head(head), set()).add(value)
    return out


def quoted_figure_links(claims: list[ClaimRec], entity_of: dict[tuple[str, str], str]) -> list[dict]:
    """Rule ``across.links.quoted_figure`` (module doc): the claims are the corpus's, ``entity_of`` resolves
    speakers."""
    quoted = [c for c in claims if c.direct and c.speaker]
    out = []
    for i, j in sorted(claim_pairs(quoted)):
        a, b = quoted[i], quoted[j]
        sa, sb = entity_of.get((a.doc, a.speaker or "")), entity_of.get((b.doc, b.speaker or ""))
        if a.doc == b.doc or not sa or sa != sb or overlap(a.toks, b.toks) < SAME:
            continue
        fa, fb = figures(a.content), figures(b.content)
        apart = sorted(h for h in fa.keys() & fb.keys() if len(fa[h]) == len(fb[h]) == 1 and fa[h] != fb[h])
        if apart:
            h = apart[0]
            out.append({"kind": CONTRADICTS, "on": "count", "a": {"doc": a.doc, "claim": a.id},
                        "b": {"doc": b.doc, "claim": b.id},
                        "note": f"one quote, two figures of {h}: {min(fa[h])} / {min(fb[h])} [{RULE}]"})
    return out


def misquoted(links: list[dict], quoted: list[dict]) -> list[dict]:
    """``links`` without the corroborations of two claims ``quoted`` sets against each other, then ``quoted``."""
    def key(lk: dict) -> frozenset:
        return frozenset((lk["a"].get("doc"), lk["a"].get("claim"), lk["b"].get("doc"), lk["b"].get("claim")))
    apart = {key(lk) for lk in quoted}
    return [lk for lk in links if lk["kind"] != CORROBORATES or key(lk) not in apart] + quoted
