"""How many people were taken, or freed, as each report counts them (rule ``across.links.captive_count``).

Why a rule of its own: in a kidnapping or hostage story the count of captives is the fact reports most often
disagree on ("about 300 pupils were kidnapped" / "137 were abducted, not 287 as reported"), and the counts are
told with different nouns ("pupils", "children", "students") or as the value of a noun ("put the number of
pupils abducted at 287", "the figure at over 200"), so the count rule of :mod:`.links`, which compares counts
of one noun, misses them. Here a count of people is read with the act beside it: an act word of taking
("kidnapped about 287 pupils", "40 workers were seized") or of freeing ("the release of 12 hostages", "it
rescued 12 hostages") at most ``BEFORE_REACH`` words before the count or ``AFTER_REACH`` words after its noun
(data/across_captives.toml); for a value ("the number ... at 287") the last act word before it in its sentence.
A count the report rejects ("not 287 as widely reported") is no count of its own.

Links (between reports, never within one): two counts of people **taken** whose ranges cannot meet
contradict (``on: count``), unless the second report itself gives a count that meets the first (it then
counts another group: "one of the 138 people abducted" beside "287 were taken", as ``count_told_too``).
Counts that meet corroborate (``on: count``), as a star: the count that meets the most other reports (an
exact number first, then the first published) is linked to the closest count of each other report. Counts
of people freed only corroborate (releases come in rounds: "33 hostages freed in the first phase" and "3
freed on Sunday" are both true). An end is the claim holding the count, else the act of its type (an attack
for taking, a release for freeing) whose sentence holds it, else its sentence; a claim the outlet makes in
its own name ("LEADERSHIP reports that ...") yields to the act, as the report's own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from backchannel.alternation import alternation as alt
from backchannel.data_loader import loader
from backchannel.model import Dossier
from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.countwords import count_words
from backchannel.resolve.across.names import fold
from backchannel.resolve.across.quantities import Quantity, quantities, value_range
from backchannel.resolve.across.words import words

RULE = "across.links.captive_count"
CAP = 50  # counts of one act each count is weighed against (caps.py): the pairs grow with the square
FILE = "across_captives.toml"
TAKEN = "taken"  # the two acts a count counts (the names of the act words' groups)
FREED = "freed"
ACT_TYPES = {TAKEN: "attack", FREED: "release"}  # the interaction type that tells each act
CORROBORATES = "corroborates"  # a link's kind
ON_COUNT = "count"  # what a count link is on
BEFORE_REACH = 4  # words between an act word and the count after it: "kidnapped about 287 pupils"
AFTER_REACH = 4  # words between a count's noun and the act word after it: "137 pupils had been abducted"
SOUGHT_BEFORE = 3  # words between a word of ``sought`` and the act word it makes sought ("seeking the release of")
APPOSITION_REACH = 6  # words of an apposition right after a count that the search for its act steps over
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’']?|$)")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_AS_COUNT = re.compile(r"(?:19|20)\d\d,\s")  # a year closing a clause, read as a count by the comma


@dataclass(frozen=True)
class CaptiveWords:
    taken: frozenset[str]
    freed: frozenset[str]
    people: frozenset[str]
    irregular: frozenset[str]
    relatives: frozenset[str]
    plans: frozenset[str]
    value_heads: frozenset[str]
    value_links: frozenset[str]
    rejected: frozenset[str]
    count_lead: frozenset[str]
    coordinators: frozenset[str]
    auxiliaries: frozenset[str]
    participle_endings: frozenset[str]
    sought: frozenset[str]


captive_words = loader(CaptiveWords, FILE, "captives")


@dataclass(frozen=True)
class CaptiveCount:
    """A report's count of people taken or freed: its act, its range and the end a link takes."""

    doc: str
    act: str  # "taken" or "freed"
    quantity: Quantity
    end: tuple[tuple[str, str | int], ...]  # the link end's items: (("doc", d), ("claim", id)) ...
    published: str = ""
    span: tuple[int, int] = (0, 0)  # the count's offsets in its report

    def end_dict(self) -> dict:
        return dict(self.end)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w, cw = captive_words(), words()
    acts = re.compile(rf"\b(?:(?P<taken>{alt(w.taken)})|(?P<freed>{alt(w.freed)}))\b")
    quals = alt(frozenset([*cw.over, *cw.about, *cw.under]))
    value = re.compile(rf"\b(?:{alt(w.value_heads)})\b[^.;]{{0,160}}?\b(?:{alt(w.value_links)})\s+"
                       rf"(?:(?P<q>{quals})\s+)?(?P<n>\d[\d,]*)\b(?!\s*(?:%|percent|per cent))")
    rejected = re.compile(rf"\b(?:{alt(w.rejected)})\s*$")
    irregular = re.compile(rf"\b(?:(?P<q>{quals})\s+)?(?P<n>\d[\d,]*)\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>{alt(w.irregular)})\b")
    return acts, value, rejected, irregular


def people_count(q: Quantity) -> bool:
    head = q.noun.split()[-1] if q.noun.split() else ""
    return head in captive_words().people or head in count_words().people


def act_near(low: str, start: int, end: int, value: bool) -> str | None:
    """The act a count at ``low[start:end]`` counts: the act word closest before it within reach, else after it;
    for a value ("the number of pupils taken ... at 287"), the last act word before its number in its sentence.

    An act word after the count is not its act when a coordinator stands right before it ("killed 12 villagers
    and kidnapped pupils": the act's object is another), nor, when the count is the object of another verb
    ("killed 12 villagers, kidnapped ..."), unless an auxiliary makes the count its subject ("confirmed 30
    pupils were kidnapped")."""
    w = captive_words()
    acts = _patterns()[0]
    if value:
        told = list(acts.finditer(low, 0, end))
        return told[-1].lastgroup if told else None
    before = list(acts.finditer(low, 0, start))
    if before and len(low[before[-1].end():start].split()) <= BEFORE_REACH and not sought(low, before[-1].start()):
        return before[-1].lastgroup
    past = _past_apposition(low, end)
    after = acts.search(low, past)
    between = re.findall(r"[a-z']+", low[past:after.start()]) if after else []
    if not after or len(between) > AFTER_REACH or w.relatives & set(between):
        return None
    last = between[-1] if between else ""
    if last in w.coordinators or (object_of_other(low, start) and last not in w.auxiliaries):
        return None
    return after.lastgroup


def sought(low: str, at: int) -> bool:
    """The act word at ``at`` is sought, not done: a word of ``sought`` up to ``SOUGHT_BEFORE`` words before it
    ("seeking the release of 110 girls")."""
    before = " " + " ".join(re.findall(r"[a-z']+", low[:at])[-SOUGHT_BEFORE:]) + " "
    return any(f" {x} " in before for x in captive_words().sought)


def _past_apposition(low: str, end: int) -> int:
    """Where the act after a count is sought: past an apposition set off by commas right after the count ("95
    girls, abducted in March, were freed": the verb of the count's own clause, not the participle of the
    apposition, is its act; review, s34), when an act word follows it; else right after the count."""
    opened = re.match(r"\s*,", low[end:])
    close = low.find(",", end + opened.end()) if opened else -1
    if close < 0 or len(low[end:close].split()) > APPOSITION_REACH or not _patterns()[0].search(low, close):
        return end
    return close + 1


def object_of_other(low: str, start: int) -> bool:
    """The count at ``start`` is the object of a verb that is no act word: the word before it (past the words of
    ``count_lead``: "about", "at least") is a past or present participle ("killed 12", "injuring about 40")."""
    w = captive_words()
    prior = [t for t in re.findall(r"[a-z']+", low[:start])[-6:]]
    while prior and prior[-1] in w.count_lead:
        prior.pop()
    verb = prior[-1] if prior else ""
    return verb.endswith(tuple(w.participle_endings)) and not _patterns()[0].fullmatch(verb)


def other_year(low: str, start: int, end: int, year: str) -> bool:
    """The count's clause is dated in another year than the story's ("In 2014, militants abducted 276
    schoolgirls", "276 were taken in 2014"): the last year before the count in its sentence, else a year after it
    in its clause (to the next comma), differs from the year the report was published."""
    if not year:
        return False
    told = YEAR.findall(low, 0, start)
    stop = min([i for i in (low.find(",", end), low.find(";", end)) if i >= 0] or [len(low)])
    told = told[-1:] or YEAR.findall(low, end, stop)[:1]
    return bool(told) and told[0] != year


def planned(low: str, start: int, end: int) -> bool:
    """The count's clause tells its act as planned ("will release 33 hostages", "33 hostages are set to be
    released"): a word of ``plans`` in the clause, from its last comma or semicolon before the count to the next
    one after it."""
    left = max(low.rfind(",", 0, start), low.rfind(";", 0, start)) + 1
    stops = [i for i in (low.find(",", end), low.find(";", end)) if i >= 0]
    clause = " " + " ".join(re.findall(r"[a-z']+", low[left:min(stops) if stops else len(low)])) + " "
    return any(f" {p} " in clause for p in captive_words().plans)


def sentence_counts(low: str, year: str = "") -> list[tuple[str, Quantity]]:
    """Every count of people taken or freed in one sentence (folded, lower case), with its act; none dated in
    another year than ``year``, the story's (:func:`other_year`)."""
    _, value, rejected, irregular = _patterns()
    found: list[tuple[Quantity, bool]] = [(q, False) for q in quantities(low) if people_count(q)]
    for m in irregular.finditer(low):
        lo, hi = value_range(m.group("q"), int(m.group("n").replace(",", "")))
        found.append((Quantity(m.group("noun"), lo, hi, m.group(0), m.start(), m.end()), False))
    for m in value.finditer(low):
        if any(q.start <= m.start("n") < q.end for q, _ in found):
            continue  # "put the number at 287 pupils": the count of the noun is read already
        lo, hi = value_range(m.group("q"), int(m.group("n").replace(",", "")))
        found.append((Quantity("", lo, hi, m.group(0), m.start(), m.end()), True))
    out = []
    for q, is_value in found:
        if YEAR_AS_COUNT.match(low, q.start):
            continue  # "in 2014, militants abducted ...": a year, not a count of militants
        if rejected.search(low[max(0, q.start - 20):q.start]):
            continue  # "not 287 as widely reported": a count the report rejects
        if other_year(low, q.start, q.end, year):
            continue  # another incident, told as background: "in 2014, militants abducted 276 schoolgirls"
        act = act_near(low, q.start, q.end, is_value)
        if act and not planned(low, q.start, q.end):
            out.append((act, q))
    return out


def captive_counts(doc: str, text: str, d: Dossier, published: str | None, source: str | None) -> list[CaptiveCount]:
    """The report's counts of people taken or freed, each with its link end (see the module's docstring)."""
    out = []
    for s in SENTENCE.finditer(text):
        low = fold(s.group(0)).lower()
        if len(low) != len(s.group(0)) or not any(map(str.isdigit, low)):
            continue  # offsets must hold; a count in words is rare for captives
        for act, q in sentence_counts(low, (published or "")[:4]):
            at = s.start() + q.start
            claim = next((c for c in d.claims for p in c.spans.content if p[0] <= at < p[1]), None)
            inter = next((i for i in d.interactions if i.type == ACT_TYPES[act]
                          and i.evidence.start <= at < i.evidence.end), None)
            end: tuple[tuple[str, str | int], ...]
            if inter is not None:
                end = (("doc", doc), ("interaction", inter.id))
            elif claim is not None:
                end = (("doc", doc), ("claim", claim.id))
            else:  # the count's own words: "the figure at over 200", "more than 280 children were taken"
                end = (("doc", doc), ("start", s.start() + q.start - (4 if low[:q.start].endswith("the ") else 0)),
                       ("end", s.start() + q.end))
            out.append(CaptiveCount(doc, act, q, end, published or "", (at, s.start() + q.end)))
    return out


def captive_links(counts: list[CaptiveCount], capped: Capped | None = None) -> list[dict]:
    """Contradictions between counts of people taken, corroborations (a star) between counts that meet.

    One block per act, bounded as :mod:`.caps` bounds a block: each count is weighed against the first ``CAP``
    counts (in report order) only, and the pairs left out are counted in ``capped``."""
    out: list[dict] = []
    for act in (TAKEN, FREED):
        items = sorted((c for c in counts if c.act == act), key=lambda c: (c.published, c.doc))
        (capped or Capped()).note(len(items), CAP)
        if act == TAKEN:
            out += [_link("contradicts", a, b) for a, b in clashes(items)]
        out += [_link(CORROBORATES, a, b) for a, b in agreeing(items)]
    return out


def clashes(items: list[CaptiveCount]) -> list[tuple[CaptiveCount, CaptiveCount]]:
    """Pairs of counts of two reports whose ranges cannot meet, neither report giving one that meets the other."""
    by_doc: dict[str, list[CaptiveCount]] = {}
    for c in items:
        by_doc.setdefault(c.doc, []).append(c)
    out = []
    loose = [vague(c.quantity) for c in items]  # read once per count, not once per pair
    for i, a in enumerate(items[:CAP]):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.doc == b.doc or a.quantity.meets(b.quantity) or loose[i] or loose[j]:
                continue  # "several pupils" is no figure to dispute "30 pupils" with
            if any(o.quantity.meets(a.quantity) for o in by_doc[b.doc]) or \
                    any(o.quantity.meets(b.quantity) for o in by_doc[a.doc]):
                continue  # the report gives a count that agrees too: its other count counts another group
            out.append((a, b))
    return out


def vague(q: Quantity) -> bool:
    """A count told by a vague word ("several", "dozens"), not a figure: it corroborates but never contradicts."""
    low = q.text.lower()
    return any(re.search(rf"\b{re.escape(v)}\b", low) for v in words().vague)


def agreeing(items: list[CaptiveCount]) -> list[tuple[CaptiveCount, CaptiveCount]]:
    """A star over the counts that meet: the hub is an exact count if one meets another report's, else a range,
    meeting the most other reports (then the first published), among the first ``CAP``; each other report's
    count that meets it, the closest in value, is linked to it."""
    def meets_docs(c: CaptiveCount) -> set[str]:
        return {o.doc for o in items if o.doc != c.doc and o.quantity.meets(c.quantity)}
    met = {id(c): meets_docs(c) for c in items[:CAP]}
    ranked = sorted((c for c in items[:CAP] if met[id(c)]),
                    key=lambda c: (c.quantity.low != c.quantity.high, -len(met[id(c)]), c.published, c.doc))
    if not ranked:
        return []
    hub = ranked[0]
    by_doc: dict[str, list[CaptiveCount]] = {}
    for o in items:  # grouped once: each report's counts are scanned once, not every count per report
        by_doc.setdefault(o.doc, []).append(o)
    out = []
    for doc in sorted(met[id(hub)]):
        near = [o for o in by_doc[doc] if o.quantity.meets(hub.quantity)]
        out.append((hub, min(near, key=lambda o: abs(o.quantity.low + o.quantity.high - hub.quantity.low
                                                     - hub.quantity.high))))
    return out


def _link(kind: str, a: CaptiveCount, b: CaptiveCount) -> dict:
    verb = "agree" if kind == CORROBORATES else "differ"
    return {"kind": kind, "on": ON_COUNT, "a": a.end_dict(), "b": b.end_dict(),
            "note": f"counts of people {a.act} {verb}: '{a.quantity.text}' / '{b.quantity.text}' [{RULE}]"}


def covered(links: list[dict], counts: list[CaptiveCount]) -> list[dict]:
    """The links less the plain count links (:func:`.links.count_contradictions`) between two counts of people
    taken this rule reads: "about 300 pupils" / "120 pupils" kidnapped is one dispute, told once, by the ends this
    rule gives it. Counts of people freed keep the plain rule's links ("14 detainees" / "12 detainees" freed)."""
    spans: dict[str, set[tuple[int, int]]] = {}  # per report: a link end is checked against its own report's only
    for c in counts:
        if c.act == TAKEN:  # freed counts this rule only corroborates
            spans.setdefault(c.doc, set()).add(c.span)

    def mine(e: dict) -> bool:
        return "start" in e and any(s < e["end"] and e["start"] < t for s, t in spans.get(e["doc"], ()))
    return [lk for lk in links if not (lk.get("on") == ON_COUNT and RULE not in lk.get("note", "")
                                       and mine(lk["a"]) and mine(lk["b"]))]
