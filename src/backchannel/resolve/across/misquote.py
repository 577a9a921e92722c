"""One quote, two figures: a speaker's words carried by two reports with different numbers (rule
``across.links.quoted_figure``, s47).

Why: outlets quoting one statement (a minister's tweet, a ministry's release) often carry it in their own
translation or from memory, and the figure is what drifts: one report quotes "held for five years", another the
same sentence with "more than two years". The count rules weigh ranges ("more than two" allows five) because two
reports' own figures are often both true; but a speaker said one figure, and two reports quoting him with two
different numbers of one thing cannot both render him right. Before this rule the two quotes were joined as one
statement and corroborated each other.

Read: pairs of claims of different reports (blocked by shared words, :func:`.statements.claim_pairs`) whose
speakers are one entity and whose words overlap as one statement's do (:data:`.statements.SAME`). In each,
every figure is a number (digits or words, an optional qualifier) followed right after by its head noun (singular
and plural folded: "one year" / "two years"). A head both claims count once each, with different numbers (two quotes), or with numbers whose ranges as written
cannot meet (a paraphrase on either side: "about 40" may be 45), makes the pair contradict on ``count``; the
corroboration of the same two claims is dropped (:func:`misquoted`). A year ("in 2019") or a day of a month is
no figure (``[quoted_figure]`` of data/across_quoted.toml).

Only one saying (s47 review 2): a speaker repeats a sentence of one shape (a toll updated the next day, a weekly
count, one appeal per captive), and two such sayings are two true statements. So the two claims must be said on
one day (:func:`one_saying`, :mod:`.saidday`), be one statement as :func:`.statements.same_statement` pairs them
with the figures left out, and the figure must be of one holder (:func:`holders`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from backchannel.data_loader import loader
from backchannel.resolve.across.captivecounts import CORROBORATES
from backchannel.resolve.across.links import CONTRADICTS
from backchannel.resolve.across.quantities import number_value, number_words, value_range
from backchannel.resolve.across.recbase import ClaimRec
from backchannel.resolve.across.statements import SAME, claim_pairs, overlap, same_statement
from backchannel.resolve.across.swapday import iso_day
from backchannel.resolve.across.words import words

RULE = "across.links.quoted_figure"


@dataclass(frozen=True)
class QuotedWords:
    """The words of data/across_quoted.toml [quoted_figure]."""

    not_heads: frozenset[str]


quoted_words = loader(QuotedWords, "across_quoted.toml", "quoted_figure")


@cache
def _data() -> tuple[re.Pattern[str], frozenset[str]]:
    w = words()
    quals = "|".join(sorted(map(re.escape, (*w.over, *w.about, *w.under, *w.ceiling)), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:(?P<q>{quals})\s+)?(?P<n>\d[\d,]*|{number_words()})[\s-]+(?P<h>[a-z]+)\b")
    return pattern, quoted_words().not_heads


def _head(word: str) -> str:
    """A head with its plural folded ("years" / "year")."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def figures(text: str) -> dict[str, set[int]]:
    """Each head noun of ``text`` and the numbers written with it (module doc)."""
    return {h: {v for v, _ in found} for h, found in written(text).items()}


def written(text: str) -> dict[str, set[tuple[int, str | None]]]:
    """Each head noun of ``text`` and the numbers written with it, each with its qualifier ("more than")."""
    pattern, not_heads = _data()
    out: dict[str, set[tuple[int, str | None]]] = {}
    for m in pattern.finditer(text.lower()):
        raw = m.group("n").replace(",", "")
        value = int(raw) if raw.isdigit() else number_value(raw)
        head = m.group("h")
        if value is None or head in not_heads or (raw.isdigit() and len(raw) == 4):  # "in 2019 talks": a year
            continue
        out.setdefault(_head(head), set()).add((value, m.group("q")))
    return out


def apart(x: tuple[int, str | None], y: tuple[int, str | None], quoted: bool) -> bool:
    """Two figures of one head that set two renderings of a statement apart: in two quotes, any two numbers; in
    a paraphrase, numbers whose ranges as written cannot meet (:func:`.quantities.value_range`)."""
    if x[0] == y[0]:
        return False
    (lx, hx), (ly, hy) = value_range(x[1], x[0]), value_range(y[1], y[0])
    return quoted or hx < ly or hy < lx


def one_saying(a: ClaimRec, b: ClaimRec, published: dict[str, str | None]) -> bool:
    """Whether two claims can be one saying by their days: the days their sentences write, when both write one,
    are one day; else (a claim undated stands at its report's date) at most a day apart, a report of the next
    day quoting the statement (review 2: an updated toll, a weekly formula are two sayings)."""
    if a.said and b.said:
        return a.said == b.said
    da, db = iso_day(a.said or published.get(a.doc)), iso_day(b.said or published.get(b.doc))
    return da is not None and db is not None and abs((da - db).days) <= 1


def _masked(c: ClaimRec) -> ClaimRec:
    """The claim with its figures' numbers left out: the older statement matcher then weighs the rest of it."""
    return replace(c, content=_data()[0].sub(lambda m: m.group("h"), c.content.lower()))


def holders(text: str, head: str) -> set[str]:
    """The capitalised words before the first figure of ``head`` in its sentence: whose figure it is ("Anna
    Berg has been held for five years")."""
    for m in _data()[0].finditer(text.lower()):
        if _head(m.group("h")) == head:
            stretch = re.split(r"[.!?]\s", text[:m.start()])[-1]
            return {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", stretch)}
    return set()


def one_statement(a: ClaimRec, b: ClaimRec, entity_of: dict[tuple[str, str], str],
                  published: dict[str, str | None]) -> bool:
    """One speaker, one day of saying (:func:`one_saying`), and one statement as :func:`.statements.same_statement`
    pairs them but for the figures."""
    sa, sb = entity_of.get((a.doc, a.speaker or "")), entity_of.get((b.doc, b.speaker or ""))
    if a.doc == b.doc or not sa or sa != sb or overlap(a.toks, b.toks) < SAME or not one_saying(a, b, published):
        return False
    return same_statement(_masked(a), _masked(b), entity_of)


def quoted_figure_links(claims: list[ClaimRec], entity_of: dict[tuple[str, str], str],
                        published: dict[str, str | None] | None = None) -> list[dict]:
    """Rule ``across.links.quoted_figure`` (module doc): the claims are the corpus's, ``entity_of`` resolves
    speakers, ``published`` dates the reports."""
    said = [c for c in claims if c.speaker]
    out = []
    for i, j in sorted(claim_pairs(said)):
        a, b = said[i], said[j]
        if not one_statement(a, b, entity_of, published or {}):
            continue
        fa, fb = written(a.content), written(b.content)
        heads = sorted(h for h in fa.keys() & fb.keys() if len(fa[h]) == len(fb[h]) == 1
                       and apart(min(fa[h]), min(fb[h]), a.direct and b.direct)
                       and not (holders(a.content, h) - holders(b.content, h)
                                and holders(b.content, h) - holders(a.content, h)))
        if heads:
            h = heads[0]
            out.append({"kind": CONTRADICTS, "on": "count", "a": {"doc": a.doc, "claim": a.id},
                        "b": {"doc": b.doc, "claim": b.id},
                        "note": f"one statement, two figures of {h}: {min(fa[h])[0]} / {min(fb[h])[0]} [{RULE}]"})
    return out


def misquoted(links: list[dict], quoted: list[dict]) -> list[dict]:
    """``links`` without the corroborations of two claims ``quoted`` sets against each other, then those of
    ``quoted`` whose two claims no link of ``links`` already contradicts (a count read by the older rules is
    one dispute, not two)."""
    def key(lk: dict) -> frozenset:
        return frozenset(((lk["a"].get("doc"), lk["a"].get("claim")), (lk["b"].get("doc"), lk["b"].get("claim"))))
    apart = {key(lk) for lk in quoted}
    told = {key(lk) for lk in links if lk["kind"] == CONTRADICTS}
    kept = [lk for lk in links if lk["kind"] != CORROBORATES or key(lk) not in apart]
    return kept + [lk for lk in quoted if key(lk) not in told]
