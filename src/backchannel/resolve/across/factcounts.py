"""Counts of one fact across reports: how many of one side's people an act freed, whatever the words.

Why not the noun string: one report writes "189 Ukrainians", another "189 of Kyiv's
soldiers", a third "Kyiv received 189 people", while the other side's account gives "150
Ukrainian prisoners of war". The fact counted is one group of people (a people head of
``groups.people`` in data/across_counts.toml, or a demonym plural) of one side (the
demonym, state or capital inside the counted phrase, else the one state of a clause that
has it receive them). Its scope matters as much as its side: "each side freed 150" gives
every side's count, "more than 300 in all" is both sides together, and "3,956 since the
war began" is a running total of many acts. Counts of one side in claims of different
reports whose ranges cannot meet (:mod:`.quantities`) contradict, and the link's ends are
the claims that carry them: the claim is the account a reader weighs against the other.

A count is never compared with one of another scope (per side with a combined total:
150 each is 300), nor when its side is unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from backchannel.alternation import alternation
from backchannel.resolve.across.channelwords import channel_words
from backchannel.resolve.across.countparts import part_starts
from backchannel.resolve.across.countwords import count_words, has_phrase, running
from backchannel.resolve.across.names import names_state, state_named
from backchannel.resolve.across.quantities import particle, value_range
from backchannel.resolve.across.sums import sums
from backchannel.resolve.across.words import words
from backchannel.resolve.lexicon import lexicon

if TYPE_CHECKING:  # records reads this module's counts at digest
    from backchannel.resolve.across.records import ActorRec, ClaimRec

EACH = "each"  # scope: what each side gave
TOTAL = "total"  # scope: both sides together
LOOK = 5  # words after a number in which its counted head is sought
BEFORE = 30  # characters before a number where "each side ..." or "a total of" is sought
WINDOW_DAYS = 3  # reports further apart count different acts (:func:`fact_contradictions`)
MAX_COMPARED = 60  # reports each report's counts are compared with, in date order


@dataclass(frozen=True)
class FactCount:
    """A count of one side's people in a claim: side (a state's name), or None with scope ``each``/``total``."""

    doc: str
    claim: str
    side: str | None
    scope: str | None
    low: float
    high: float
    text: str
    rank: int  # 0: the side is written in the counted phrase ("150 Ukrainian prisoners"); 1: in its clause; 2: each side
    counts: int  # how many counts its claim holds (a claim with fewer states the fact more plainly)
    length: int  # its claim's length
    part: bool = False  # listed as a part of a group, or a partitive (countparts.py): never the group's count
    held: bool = False  # its claim tells the people as still held (count_words().still_held: sum_of_parts)

    def meets(self, other: FactCount) -> bool:
        return self.low <= other.high and other.low <= self.high

    def same_fact(self, other: FactCount) -> bool:
        """Counts of one group: one side's people (a per-side count counts every side's), or both sides' total."""
        if self.scope == TOTAL or other.scope == TOTAL:
            return self.scope == other.scope
        return self.side == other.side or (self.scope == EACH) != (other.scope == EACH)


@cache
def _number() -> re.Pattern[str]:
    w = words()
    quals = alternation([*w.over, *w.about, *w.under, *w.ceiling])  # "up to 300": at most 300 (count_ceiling)
    nums = "|".join(sorted(w.numbers, key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<q>{quals})\s+)?(?P<n>\d[\d,]*\d|\d|{nums})\b")


def _phrase(words_: list[str], states: frozenset[str]) -> tuple[bool, str | None]:
    """(a people head found, the side named) in the words after a number: "of kyiv's soldiers"."""
    cw = count_words()
    side = None
    for tok in words_[:LOOK]:
        bare = re.sub(r"'s$", "", tok)
        state = state_named(bare, states)
        if state is not None:
            side = state
            if bare.endswith("s") and tok == bare and bare.lower() not in cw.people and state_named(bare[:-1], states):
                return True, side  # "189 Ukrainians": a demonym plural is its own head
            continue
        if tok.lower() in cw.people:
            return True, side
        if not bare.replace("-", "").isalpha():
            break
    return False, side


def people_numbers(text: str, states: frozenset[str] = frozenset()) -> list[int]:
    """The offsets of the numbers of ``text`` that count people (:func:`_phrase`: a people head or a demonym plural
    within ``LOOK`` words after): the candidates of owncounts.told_counts, one scan of the report."""
    out = []
    for m in _number().finditer(text.lower()):
        rest = [t.strip(",.;:\"“”()") for t in text[m.end():m.end() + 80].split()]
        if _phrase(rest, states)[0]:
            out.append(m.start("n"))
    return out


def owner_state(text: str, start: int, after: list[str], states: frozenset[str]) -> str | None:
    """Rule ``across.links.count_owner``: a count written with a possessive before its head ("120 of its citizens")
    counts the people of the first state its clause names before it ("Lorvia got back 120 of its citizens from
    Norland"), where :func:`clause_state` finds two states and gives none."""
    if not {w.lower() for w in after[:LOOK]} & count_words().possessives:
        return None
    clause = re.split(r"[.;!?]\s", text[max(0, start - 2 * BEFORE - 40):start])[-1]
    return next((s for w in re.findall(r"[A-Z][\w'’]+", clause) if (s := state_named(w, states))), None)


RECEIVER_REACH = 8  # words after a count in which "to <state>" is sought


def receiver(after: list[str], states: frozenset[str]) -> str | None:
    """Rule ``across.links.count_receiver``: "to" and a state's name within ``RECEIVER_REACH`` words after a count of
    people, no other count between ("released 230 prisoners of war to Castelia"), names who received them."""
    for k, tok in enumerate(after[:RECEIVER_REACH - 1]):
        if tok.lower() in count_words().receivers:
            return state_named(re.sub(r"['’]s$", "", after[k + 1].strip(",.;:\"“”()")), states)
        if tok[:1].isdigit():
            return None
    return None


def clause_state(text: str, states: frozenset[str]) -> str | None:
    """The one state a clause names when it has the counted people received ("Kyiv received 189 people"); a state
    named as the go-between is none (:func:`unmediated`)."""
    if not has_phrase(text.lower(), count_words().receive):
        return None
    named = {s for t in re.findall(r"\b[A-Z][A-Za-z]+", unmediated(text)) if (s := state_named(t, states)) is not None}
    return named.pop() if len(named) == 1 else None


MEDIATOR_REACH = 5  # words after a word of mediation that name the go-between ("mediation by the United Arab Emirates")


@cache
def _mediated() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(channel_words().mediated)})\b(?:\W+\w+){{0,{MEDIATOR_REACH}}}", re.I)


def unmediated(text: str) -> str:
    """Rule ``across.links.count_mediator_side``: ``text`` without the words that name a go-between ("248 soldiers were
    brought back, following mediation by Velia": Velia received no one; was, the one state of the clause, so the
    count was Velia's people). Words of ``mediated`` (data/across_channels.toml) and the few after them."""
    return _mediated().sub(" ", text)


def speaker_side(text: str, speaker: str | None) -> str | None:
    """Rule ``across.links.count_speaker_side``: a count of people in a claim that has them received and names no
    receiving state ("the ministry said it received 248 soldiers"; "248 servicemen had been brought back") counts the
    speaker's people: ``speaker`` is the state of the claim's speaker (itself or its affiliation). Was: no side, so a
    count no other report's could dispute."""
    if speaker is None or not has_phrase(text.lower(), count_words().receive):
        return None
    return speaker


def fact_counts(claim: ClaimRec, states: frozenset[str] = frozenset(), speaker: str | None = None) -> list[FactCount]:
    """Every count of people in a claim, with its side and scope (see the module's docstring); ``speaker``: the state
    of the claim's speaker (:func:`speaker_side`)."""
    cw, w = count_words(), words()
    text = claim.content.replace("’", "'")
    low = text.lower()
    found: list[tuple[str | None, str | None, float, float, str, int, bool]] = []
    last = 0  # where the last count found ends
    parts = part_starts(text, states)  # across.links.count_parts
    money = [(q.start, q.end) for q, _, _ in sums(text)]  # across.links.count_sum_apart
    for m in _number().finditer(low):
        if any(lo <= m.start("n") < hi for lo, hi in money):
            continue  # "$6 billion to free Castelians": a sum of money, not six Castelians
        raw = m.group("n").replace(",", "")  # offsets of ``low`` are those of ``text``: lower() keeps lengths here
        value = int(raw) if raw.isdigit() else w.numbers.get(raw)
        rest = text[m.end():m.end() + 80].split()
        if value is not None and found and rest and rest[0].lower().strip(",.;:") in cw.other_pronouns \
                and joined(low, last, m.start(), m.end()):
            found[-1] = _more(found[-1], value_range(m.group("q"), value))  # across.links.count_other_pronoun
            continue
        is_people, side = _phrase([t.strip(",.;:\"“”()") for t in rest], states)
        phrase_side = side is not None
        if value is None or value < 2 or not is_people:  # one person is not a group's count
            continue
        before = low[max(0, m.start() - BEFORE):m.start()]
        after = " ".join(rest[:LOOK + 3]).lower()
        if running(low[max(0, m.start() - 2 * BEFORE):m.end() + 60]) or running(_clause_after(low, m.end())):
            continue  # a running total of many acts
        scope = None
        if side is None:
            if has_phrase(before, cw.total) or has_phrase(after, cw.total):
                scope = TOTAL
            elif has_phrase(before, cw.each) or has_phrase(" ".join(rest[1:LOOK]).lower(), cw.each_after):
                scope = EACH
            else:
                side = owner_state(text, m.start(), rest, states) or receiver(rest, states) or \
                    clause_state(text, states) or speaker_side(text, speaker)
        if side is None and scope is None:
            continue
        rank = 0 if phrase_side else 1 if side is not None else 2
        q = m.group("q")
        if q in w.verb_particles and particle(low, m.start()):
            q = None  # across.links.count_particle: "handed over 225 prisoners" is 225, not more than 225
        lo, hi = value_range(q, value)
        if rest and rest[0].lower() in w.others:  # across.links.count_others: "six Lorvians ... four other Lorvians"
            k = next((k for k in range(len(found) - 1, -1, -1) if found[k][:2] == (side, scope)), None)
            if k is not None:
                f = found[k]
                found[k] = (f[0], f[1], f[2] + lo, f[3] + hi, f[4], f[5], f[6])
            continue  # a count of others adds to the group's count before it, and is none alone
        found.append((side, scope, lo, hi, text[m.start():m.end()] + " " + " ".join(rest[:3]), rank,
                      m.start("n") in parts))
        last = m.end()
    held = has_phrase(low, cw.still_held)
    return [FactCount(claim.doc, claim.id, s, sc, lo, hi, t, r, len(found), len(claim.content), p, held)
            for s, sc, lo, hi, t, r, p in found]


Found = tuple[str | None, str | None, float, float, str, int, bool]


_YEAR = re.compile(r"\b\d{4}\b")


def joined(low: str, last: int, start: int, end: int) -> bool:
    """Rule ``across.links.count_other_pronoun``: are the others (their number at ``start``) joined to the count
    ending at ``last`` by a coordinator alone ("30 Westmarkers and four others")? Not across a clause break or a
    verb ("freed 20 Westmarkers on Friday, but two others died": other people, another act), nor when each is
    dated apart ("20 Westmarkers in 2019 and 12 others in 2023")."""
    cw = count_words()
    between = low[last:start].rstrip(" ,")
    if not any(between.endswith(" " + j) for j in cw.other_joins) or has_phrase(between, cw.other_finite):
        return False
    if any(b in between for b in cw.other_breaks if not b[0].isalpha()) or has_phrase(
            between, tuple(b for b in cw.other_breaks if b[0].isalpha())):
        return False
    after = re.split(r"[,;.]", low[end:end + CLAUSE_AFTER])[0]
    dates = set(_YEAR.findall(between)) | {w for w in re.findall(r"[a-z]+", between) if w in cw.other_times}
    later = set(_YEAR.findall(after)) | {w for w in re.findall(r"[a-z]+", after) if w in cw.other_times}
    return not (dates and later and dates != later)


def _more(f: Found, more: tuple[float, float]) -> Found:
    """Rule ``across.links.count_other_pronoun``: the count before a bare "others" ("20 Lorvians held for years, as
    well as four others arrested this month") with the others added: they are more of that group, told without its
    noun (was: "others" named no people, so the report's count of the group was its first part alone)."""
    return (f[0], f[1], f[2] + more[0], f[3] + more[1], f[4], f[5], f[6])


CLAUSE_AFTER = 160  # characters after a count within which its clause's running word is sought


def _clause_after(low: str, at: int) -> str:
    """Rule ``across.links.count_running_clause``: the rest of a count's clause, up to its next comma, semicolon or
    stop ("900 Lorvians held in the war came home through trades carried out to date": a running total whose running
    word stands far after the number; was: 60 characters only)."""
    tail = low[at:at + CLAUSE_AFTER]
    return re.split(r"[,;.]\s", tail, maxsplit=1)[0]


def _best(facts: list[FactCount]) -> dict[tuple[str, float, float], FactCount]:
    """Per report and value, the claim that states it most plainly: the side written in the counted
    phrase first, then the claim with the fewest counts, then the shortest (one account, one end)."""
    out: dict[tuple[str, float, float], FactCount] = {}
    for f in sorted(facts, key=lambda f: (f.rank, f.counts, f.length, f.claim)):
        out.setdefault((f.doc, f.low, f.high), f)
    return out


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two publication dates (ISO, 0 when either is unknown or unreadable)."""
    try:
        return abs((date.fromisoformat((a or "")[:10]) - date.fromisoformat((b or "")[:10])).days)
    except ValueError:
        return 0


class CountLinks(NamedTuple):
    """The two answers of one pass over the counts: the pairs that cannot meet and the pairs that agree."""

    contradicts: list[dict]
    agrees: list[dict]


def fact_contradictions(claims: list[ClaimRec], states: frozenset[str] = frozenset(),
                        published: dict[str, str | None] | None = None,
                        speakers: dict[tuple[str, str], str] | None = None) -> CountLinks:
    """Claims of different reports whose counts of one side's people (or of both sides together) cannot meet,
    and, beside them, the pairs that give one figure in other words (:func:`same_figure`).

    Per report, each value of a fact is carried by one claim (:func:`_best`); every pair of
    reports whose values for that fact differ is linked, both ways round: a report that
    gives both accounts ("150, said the ministry; 189, said the president") is on each side.
    A count a report tells as a part of a group is not compared, and a figure one report lists as a part
    agrees with the other's (:func:`listed_too`). Only reports published within ``WINDOW_DAYS`` of each other: a side's people counted
    a week apart are likely counted in two acts (a corpus that spans a war holds many
    releases). Each report is compared with the next ``MAX_COMPARED`` in date order at
    most, so the cost stays linear in a large corpus.
    """
    pub = published or {}
    voice = speakers or {}
    every = [f for c in claims for f in fact_counts(c, states, voice.get((c.doc, c.speaker or "")))]
    facts = [f for f in every if not f.part]  # a part is no count of its group (across.links.count_parts)
    parts: dict[str, list[FactCount]] = {}
    for f in every:
        if f.part:
            parts.setdefault(f.doc, []).append(f)
    groups: dict[str, list[FactCount]] = {}
    for side in sorted({f.side for f in facts if f.side}):
        groups[f"{side}'s people"] = [f for f in facts if f.side == side or f.scope == EACH]
    groups["both sides together"] = [f for f in facts if f.scope == TOTAL]
    out: list[dict] = []
    agreed: list[dict] = []
    seen: set[tuple] = set()
    for what, items in groups.items():
        best = sorted(_best(items).values(), key=lambda f: (pub.get(f.doc) or "", f.doc, f.low, f.claim))
        values: dict[str, list[FactCount]] = {}
        for f in best:
            values.setdefault(f.doc, []).append(f)
        for i, a in enumerate(best):
            for b in best[i + 1:i + 1 + MAX_COMPARED]:
                if days_apart(pub.get(a.doc), pub.get(b.doc)) > WINDOW_DAYS:
                    continue
                key = tuple(sorted(((a.doc, a.claim), (b.doc, b.claim))))
                if a.doc != b.doc and same_figure(a, b) and (a.doc, b.doc, what) not in seen:
                    seen.add((a.doc, b.doc, what))
                    agreed.append({"kind": "corroborates", "on": "count", "a": fact_end(a), "b": fact_end(b),
                                   "note": f"counts of {what} agree: '{a.text}' / '{b.text}' [across.links.count_agree]"})
                if a.doc == b.doc or a.meets(b) or key in seen or listed_too(a, b, parts) \
                        or sum_of_parts(a, b, values):  # across.links.count_sum_of_parts
                    continue
                seen.add(key)
                out.append({"kind": "contradicts", "on": "count", "a": fact_end(a), "b": fact_end(b),
                            "note": f"counts of {what} differ: '{a.text}' / '{b.text}'"})
    return CountLinks(out, agreed)


def sum_of_parts(a: FactCount, b: FactCount, values: dict[str, list[FactCount]]) -> bool:
    """Rule ``across.links.count_sum_of_parts``: one count is the whole of which the other report's two counts of the
    same people are the parts ("12 Lorvians went home" and "18 Lorvians no longer face trial" beside "30
    Lorvians were set free or cleared"): the two figures of one report, added, meet the other's figure, so
    neither of them disputes it. Why: reports add up what the other side got in two acts, or split one total into its
    acts; a whole and its part are not rival accounts of one figure. Two parts only (a sum of three of a
    report's figures meets too many wholes by chance). Both parts are exact figures ("more than 10", "at least 15"
    meet almost any whole) and tell their people as the whole does, set free or still held (``still_held``: "18
    Lorvians remain in jail" is no part of 30 set free): review s46 finding 6."""
    for whole, part in ((a, b), (b, a)):
        if part.low != part.high:
            continue
        for other in values.get(part.doc, ()):
            if other is not part and other.low == other.high and other.low != part.low \
                    and whole.held == part.held == other.held \
                    and part.low + other.low <= whole.high and whole.low <= part.high + other.high:
                return True
    return False


def same_figure(a: FactCount, b: FactCount) -> bool:
    """Rule ``across.links.count_agree``: two counts of one side that give one figure in other words: the same range
    with another people word ("248 Lorvians" / "248 servicemen"), or an exact figure inside a narrow range ("roughly
    ten" / "10"); never a per-side count ("each"), a loose bound ("over 200" / "230"), nor the same figure with the
    same word (a retelling, which the statement and event links join)."""
    if EACH in (a.scope, b.scope) or (_head(a.text) == _head(b.text) and a.low == b.low and a.high == b.high):
        return False  # told in the same words: a retelling the statement and event links join
    if (a.low, a.high) == (b.low, b.high):
        return True
    exact, wide = (a, b) if a.low == a.high else (b, a)
    return exact.low == exact.high and wide.low <= exact.low <= wide.high and wide.high <= 1.5 * wide.low


def _head(text: str) -> str | None:
    """The people word a fact count's text counts ("five innocent Americans who": americans)."""
    cw = count_words()
    for tok in text.lower().split()[1:LOOK + 1]:
        tok = tok.strip(",.;:\"“”()")
        if tok in cw.people or (tok.endswith("s") and lexicon().demonym(tok) is not None):
            return tok
    return None


def fact_end(f: FactCount) -> dict:
    """A link end of a fact count: its claim, and (``range``, read and dropped by owncounts.own_ends) the count's range,
    which picks the act an act's sentence stands for when it tells two (own_voice)."""
    return {"doc": f.doc, "claim": f.claim, "range": (f.low, f.high)}


def listed_too(a: FactCount, b: FactCount, parts: dict[str, list[FactCount]]) -> bool:
    """Rule ``across.links.count_parts``: one report lists as a part of the group a figure the other gives for it
    ("the five freed Lorvians and two relatives" beside "five Lorvians were freed"), so they agree on it and the
    first report's other count ("seven Lorvians flew home") counts another whole, with the relatives."""
    return any(p.same_fact(a) and p.meets(a) for p in parts.get(b.doc, ())) or \
        any(p.same_fact(b) and p.meets(b) for p in parts.get(a.doc, ()))


def speaker_states(actors: list[ActorRec], states: frozenset[str]) -> dict[tuple[str, str], str]:
    """The state of each actor that is one or is affiliated with one, by (report, actor id): a speaker's side
    (:func:`speaker_side`). Each form is looked up once (``seen``): a corpus names its parties in report
    after report, and every actor record asked it again."""
    out = {}
    seen: dict[str, str | None] = {}
    for a in actors:
        form = a.forms[0] if a.kind == "state" and a.forms else a.affiliation
        if form and form not in seen:
            seen[form] = state_named(form.title(), states)
        side = seen[form] if form else None
        if side is not None:
            out[(a.doc, a.id)] = side
    return out


def state_forms(actors: list[ActorRec]) -> frozenset[str]:
    """The normal names of the corpus's state actors: a side a count may name by its demonym."""
    return frozenset(a.forms[0] for a in actors if a.kind == "state" and a.named and a.forms)
