"""Links: where two reports bear on the same fact, and whether they agree.

``corroborates``: the members of one statement, or of one event, in different
reports, each later report linked to the first that told it, in the order the reports
were published (n reports, n-1 links: each says "this report carries what the first
one told", :func:`star_pairs`). ``on`` says
what they share: ``modality`` when one tells as planned what the other tells as done,
``count`` or ``time`` when both give the same one, else ``actor`` (for acts) and
``content`` (for statements).

``contradicts``, by general rules only:
- ``negation``, ``time``: two acts that match on everything but that (events' near misses);
- ``modality``: a report still calls planned an act an earlier report told as done;
- ``count``: two counts of the same noun whose ranges cannot meet ("over 20" vs "a handful");
- ``actor``: two reports name different go-betweens for one party, none in common;
- ``content``: a statement that a party broke an agreement against a statement of another
  speaker that the party keeps it (polarity words of data/across.toml, a shared topic word).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import cache

from backchannel.data_loader import read

from backchannel.resolve.across.caps import Capped
from backchannel.resolve.across.captivecounts import people_count
from backchannel.resolve.across.countacts import count_acts, other_acts
from backchannel.resolve.across.countheads import head, listed_part, same_thing, summed
from backchannel.resolve.across.countwords import people_noun
from backchannel.resolve.across.denial import achieved_in
from backchannel.resolve.across.precondition import denies_condition
from backchannel.resolve.across.events import Ends
from backchannel.resolve.across.linkwords import link_words
from backchannel.resolve.across.mediators import ACTOR_CAP, actor_contradictions  # noqa: F401 (moved there, s36)
from backchannel.resolve.across.nearmiss import ON_TIME, later_round, one_end_shared
from backchannel.resolve.across.passages import Counted, Passage, time_links
from backchannel.resolve.across.records import ClaimRec, DocRec, InterRec
from backchannel.resolve.across.retell import at_odds
from backchannel.resolve.across.statements import claim_pairs, overlap
from backchannel.resolve.across.sums import is_sum
from backchannel.resolve.across.words import words

PLANNED = "planned"
CONTRADICTS = "contradicts"  # a link's kind
ON_COUNT = "count"  # what a count link is on
FACTUAL = frozenset({"asserted", "reported"})  # modalities that tell an act as done
SIMILAR = 0.24  # tf-idf cosine of two claims that retell one fact
COUNTED_TYPES = ("release", "attack")  # acts whose count of people is a count link's end (:func:`counted_acts`)
SHORT_CLAIM = 12  # words: a count's claim this short is its link's end (:func:`counted_end`)
HUB_MAX = 16  # reports of one fact among which the best-agreeing telling is sought (:func:`star_pairs`)


def end(rec: InterRec | ClaimRec) -> dict:
    key = "interaction" if isinstance(rec, InterRec) else "claim"
    return {"doc": rec.doc, key: rec.id}


def link(kind: str, on: str, a: InterRec | ClaimRec, b: InterRec | ClaimRec, note: str) -> dict:
    return {"kind": kind, "on": on, "a": end(a), "b": end(b), "note": note}


class Linker:
    """Builds the links of a resolved corpus (see the module's docstring).

    ``ends`` (optional): the entity ends of an act, to pick which telling of a report
    stands for it in a corroboration (:func:`agreement`).
    """

    def __init__(self, docs: dict[str, DocRec], copies: dict[str, str], ends: Ends | None = None) -> None:
        self.docs, self.copies, self.ends = docs, copies, ends
        self.told: set[tuple] = set()  # (pair of passages, the two acts' types) already linked (:func:`passage_key`)

    def order(self, doc: str) -> tuple[str, str]:
        d = self.docs.get(doc)
        return ((d.published or "") if d else "", doc)

    def chain(self, members: list, on_of, what: str) -> list[dict]:  # noqa: ANN001
        """Corroborations between consecutive reports of one statement or event (one link per pair of reports).

        Why the best pair of tellings, not each report's first: a report may tell one
        act twice ("the deal reached on Wednesday", "under this deal"); the link should
        join the tellings that agree on the most (:func:`agreement`). Why once per pair of
        passages and pair of act types (rule ``across.links.once_per_acts``, the key of
        :func:`.retell.once_per_passages` too): one sentence naming three mediators is three
        acts but one telling, so two such sentences corroborate each other once, not three
        times; but two sentences that each tell talks and their mediation state two facts,
        one link each. A statement's link keys on ``what``.
        """
        by_doc: dict[str, list] = {}
        for m in members:
            by_doc.setdefault(m.doc, []).append(m)
        reps = sorted(by_doc, key=self.order)
        out = []
        for da, db in star_pairs(reps, by_doc, self.ends):
            a, b = max(((x, y) for x in by_doc[da] for y in by_doc[db]), key=lambda p: agreement(p[0], p[1], self.ends))
            key = (*passage_key(a, b), act_types(a, b) or what)  # once per sentences and act types (once_per_acts)
            if key in self.told:
                continue
            self.told.add(key)
            same = self.copies.get(a.doc, a.doc) == self.copies.get(b.doc, b.doc)
            note = f"the same {what}" + (" (one wire copy, not independent)" if same else "")
            out.append(link("corroborates", on_of(a, b), a, b, note))
        return out

    def events(self, events: list[dict], inters: dict[tuple[str, str], InterRec]) -> list[dict]:
        out = []
        for e in events:
            members = [inters[(m["doc"], m["interaction"])] for m in e["members"]]
            if len({m.doc for m in members}) < 2:
                continue
            out += self.chain(members, event_aspect, f"act ({e['type']})")
            out += self.modality(members)
        return out

    def modality(self, members: list[InterRec]) -> list[dict]:
        """A report that still calls planned what an earlier report told as done.

        Not when the planning report itself tells the act as done elsewhere: its planned
        telling is then a part or a condition of the act ("under the deal, captives will
        go free"), not its view that the act is still to come; nor when its own sentence tells
        the act achieved ("a deal reached by the two", :func:`.denial.achieved_in`).
        """
        done = [m for m in members if m.modality in FACTUAL and m.time and not m.negated]
        told_done = {m.doc for m in members if m.modality in FACTUAL and not m.negated}
        for p in (m for m in members if m.modality == PLANNED and m.published and m.doc not in told_done
                  and not achieved_in(m.evidence, m.type) and not stops(m)):
            for d in done:
                if d.doc != p.doc and d.time < p.published:  # type: ignore[operator]
                    return [link("contradicts", "modality", d, p,
                                 f"told as done on {d.published}, still planned on {p.published}")]
        return []

    def near_misses(self, near: list[tuple[InterRec, InterRec, str]], event_of: dict, ends: Ends,
                    told: Counter | None = None) -> list[dict]:
        """Acts that match on everything but negation or time: both ends known and equal, or (``told``: each
        report's tellings per type and end, :func:`.nearmiss.tellings`) one end shared, the other named once."""
        seen: set[tuple] = set()
        out = []
        for a, b, aspect in near:
            if a.modality not in FACTUAL or b.modality not in FACTUAL:
                continue  # "will not release unless ..." is a condition, not a denial
            if not both_ends(a, b, ends) and not (told is not None and one_end_shared(a, b, aspect, ends, told)):
                continue  # a contradiction needs the same act beyond doubt (across.links.near_one_end)
            if aspect == ON_TIME and later_round(a, b):
                continue  # across.links.time_later_round: an act after the other report's date is a later round
            if aspect == ON_TIME and not (a.own_time and b.own_time):
                continue  # across.links.time_own_sentence: a time carried from a sentence before disputes no day
            if a.negated != b.negated and any(x.negated and denies_condition(x.evidence) for x in (a, b)):
                continue  # across.links.negation_condition: "cannot be a prerequisite for talks" negates the condition
            key = (event_of.get((a.doc, a.id)), event_of.get((b.doc, b.id)), aspect)
            if key in seen or (key[1], key[0], aspect) in seen:
                continue
            seen.add(key)
            what = "negated in one report only" if a.negated != b.negated else f"times {a.time} / {b.time}"
            out.append(link("contradicts", aspect, a, b, f"the same act ({a.type}): {what}"))
        return out

    def statements(self, statements: list[dict], claims: dict[tuple[str, str], ClaimRec]) -> list[dict]:
        out = []
        for s in statements:
            members = [claims[(m["doc"], m["claim"])] for m in s["members"]]
            if len({m.doc for m in members}) >= 2:
                out += self.chain(members, lambda a, b: "content", f"statement ({s.get('kind')})")
        return out


def stops(r: InterRec) -> bool:
    """Rule ``across.links.modality_cessation``: a planned ongoing act (an attack, pressure) whose sentence holds
    a word of cessation ("will halt strikes on Pell", "would stop bombing") tells a plan to stop the act, not the
    act still to come: no "still planned" against a report telling the act done."""
    lw = link_words()
    low = " " + " ".join(re.findall(r"[a-z]+", r.evidence.lower())) + " "
    return (r.type in lw.ongoing and any(f" {w} " in low for w in lw.cessation)) or told_before(low)


def told_before(low: str) -> bool:
    """Rule ``across.links.modality_earlier``: a plan told as it stood before ("earlier, officials had said
    Lorvia would free him") is no report that the act is still to come (``low``: the sentence's words, spaced)."""
    return any(f" {w} " in low for w in link_words().earlier) or agreed_before(low)


def agreed_before(low: str) -> bool:
    """Rule ``across.links.modality_agreed_before``: a plan told through an agreement or pledge in the past tense
    ("under the accord, Lorvia and Pell had agreed to trade three captives apiece", "Lorvia pledged to free the
    crew") tells what was agreed then, not the report's view that the act is still to come; the present perfect
    ("Lorvia has agreed to free the crew") still tells it ahead (``low``: the sentence's words, spaced)."""
    lw = link_words()
    for w in lw.agreed_past:
        for m in re.finditer(rf" {w} to ", low):
            before = low[:m.start()].split()[-1:]
            if not before or before[0] not in lw.agreed_present:
                return True
    return False


def star_pairs(reports: list[str], by_doc: dict[str, list], ends: Ends | None = None) -> list[tuple[str, str]]:
    """The pairs of reports a corroboration links: each report with the one whose telling agrees most with all.

    Why a star, not a chain: a corroboration says "this report carries that telling";
    the telling the others agree with most (ties: the first published) is the fact's
    reference, so every other report is weighed against it (n reports, n-1 links, as a
    chain), and a report that drops out of the middle does not break the others' links.
    """
    def best(da: str, db: str) -> float:
        return max(agreement(x, y, ends) for x in by_doc[da] for y in by_doc[db])
    rank = {d: k for k, d in enumerate(reports)}
    hub = reports[0]
    if len(reports) <= HUB_MAX:  # beyond, the first report: the pairs scored grow with the square
        hub = max(reports, key=lambda d: (sum(best(d, o) for o in reports if o != d), -rank[d]))
    return [(hub, b) if rank[hub] < rank[b] else (b, hub) for b in reports if b != hub]


def passage_key(a: InterRec | ClaimRec, b: InterRec | ClaimRec) -> tuple:
    """The two passages a link joins, either order: an act's evidence sentence, a claim's id."""
    def one(x: InterRec | ClaimRec) -> tuple[str, str]:
        return (x.doc, x.evidence if isinstance(x, InterRec) else "claim:" + x.id)
    return tuple(sorted((one(a), one(b))))


def act_types(a: InterRec | ClaimRec, b: InterRec | ClaimRec) -> tuple[str, ...]:
    """The two tellings' act types, sorted, when both are acts (empty otherwise): with :func:`passage_key`, what a
    corroboration is counted once on (``retell.two_acts`` reads the same from a link's ends)."""
    return tuple(sorted((a.type, b.type))) if isinstance(a, InterRec) and isinstance(b, InterRec) else ()


def agreement(a: InterRec | ClaimRec, b: InterRec | ClaimRec, ends: Ends | None = None) -> float:
    """How much two tellings agree: claims by shared words, acts by time, count, direction and modality."""
    if isinstance(a, ClaimRec) or isinstance(b, ClaimRec):
        return overlap(a.toks, b.toks) if isinstance(a, ClaimRec) and isinstance(b, ClaimRec) else 0.0
    score = 2.0 * bool(a.time and a.time == b.time) + 2.0 * bool(a.count and a.count == b.count)
    score += 0.5 * (a.modality == b.modality)
    if ends is not None:
        ea, eb = ends(a), ends(b)
        score += sum(x is not None and x == y for x, y in zip(ea, eb))
    return score


def both_ends(a: InterRec, b: InterRec, ends: Ends) -> bool:
    """Both ends known and the same entities (either way round for undirected acts)."""
    ea, eb = ends(a), ends(b)
    if None in ea or None in eb:
        return False
    return ea == eb or (a.type in words().symmetric and ea == (eb[1], eb[0]))


def event_aspect(a: InterRec, b: InterRec) -> str:
    """What two tellings of one act agree on, most specific first."""
    if (a.modality == PLANNED) != (b.modality == PLANNED):
        return "modality"
    if a.count and a.count == b.count:
        return "count"
    if a.time and a.time == b.time:
        return "time"
    return "actor"


def count_contradictions(counts: list[Counted], inters: list[InterRec] | None = None,
                         ends: Ends | None = None) -> list[dict]:
    """Counts of the same thing in different reports whose ranges cannot meet ("over 20" vs "a handful").

    Counts of people only when nothing near them sets their scope apart ("14 detainees" /
    "12 detainees" released); "150 prisoners" / "more than 300 prisoners swapped" may be
    each side's against both sides', and :mod:`.factcounts` compares those with their sides.
    """
    found: dict[str, list[Counted]] = {}
    act = count_acts(counts, inters or [])  # across.links.count_other_doer_day
    for c in summed(counts):  # across.links.count_others
        if (not people_noun(c.quantity.noun) or not c.scoped) and not is_sum(c.quantity):  # count_sum
            found.setdefault(head(c.quantity.noun), []).append(c)  # across.links.count_head
    out, seen = [], set()
    for noun, items in found.items():
        of_doc: dict[str, list[Counted]] = {}
        for c in items:
            of_doc.setdefault(c.doc, []).append(c)
        items = told_once(items)[:HEAD_CAP]
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                key = (*sorted((a.doc, b.doc)), noun)
                if a.doc == b.doc or key in seen or not same_thing(a, b):
                    continue
                if a.quantity.meets(b.quantity) or a.quantity.part != b.quantity.part or a.listed or b.listed:
                    continue  # (across.links.count_partitive: "one of the pupils" is a part, "334 pupils" the group)
                if told_too(a, of_doc[b.doc], b.doc) or told_too(b, of_doc[a.doc], a.doc):
                    continue
                people = people_noun(a.quantity.noun) and people_noun(b.quantity.noun)
                if a.act != b.act and (a.act and b.act or people):
                    continue  # across.links.count_other_act: "110 girls were abducted" / "91 girls were freed";
                    # a people count told with an act against one told with none ("40 soldiers were killed")
                if other_acts(act.get((a.doc, a.start, a.end)), act.get((b.doc, b.start, b.end)), ends):
                    continue  # across.links.count_other_doer_day: "Norland freed six" / "Vesterland freed four"
                seen.add(key)
                out.append({"kind": "contradicts", "on": "count", "a": counted_end(a), "b": counted_end(b),
                            "note": f"'{a.quantity.text}' vs '{b.quantity.text}'"})
    return out


#: reports kept for one count of one noun ("30 pupils"): the same figure told by more adds no dispute, and
#: comparing every pair of a corpus's tellings would grow with its square
SAME_COUNT_CAP = 16
#: counts of one head noun compared pairwise, in corpus order: heads join nouns worded apart (count_head), so a
#: large corpus's "prisoners" may be told with thousands of figures; the rest add no pair
HEAD_CAP = 400


def told_once(items: list[Counted]) -> list[Counted]:
    """The counts of one noun with at most :data:`SAME_COUNT_CAP` reports for each figure, in corpus order."""
    kept: dict[str, int] = {}
    out = []
    for c in items:
        k = c.quantity.text.lower()
        if kept.get(k, 0) < SAME_COUNT_CAP:
            kept[k] = kept.get(k, 0) + 1
            out.append(c)
    return out


def told_too(c: Counted, items: list[Counted], doc: str) -> bool:
    """Rule ``across.links.count_told_too``: report ``doc`` itself gives a count of the same noun that
    meets ``c`` ("5,000 prisoners" there too), so its other count ("up to 1,000 prisoners") counts
    another group (the other side's captives, another round), not the same one told differently.
    """
    return any(o.doc == doc and (same_thing(o, c) or listed_part(o, c)) and o.quantity.meets(c.quantity) for o in items)


def count_act_ends(links: list[dict], counts: list[Counted], inters: list[InterRec]) -> list[dict]:
    """The links with each count contradiction's passage end that is an act's count made that act
    (:func:`counted_acts`), or a short claim's count that claim (:func:`short_claim`, first); run after
    :func:`.captivecounts.covered` has read the passage ends."""
    act_of: dict[tuple[str, int, int], dict] = {(c.doc, c.start, c.end): e for c, e in counted_acts(counts, inters)}
    act_of.update({(c.doc, c.start, c.end): {"doc": c.doc, "claim": str(c.claim)} for c in counts if short_claim(c)})

    def swap(e: dict) -> dict:
        return act_of.get((str(e.get("doc")), int(e["start"]), int(e.get("end", -1))), e) if "start" in e else e
    return [{**lk, "a": swap(lk["a"]), "b": swap(lk["b"])} if lk.get("on") == ON_COUNT and lk["kind"] == CONTRADICTS
            else lk for lk in links]


def short_claim(c: Counted) -> bool:
    """Rule ``across.links.count_claim_end``: a count of people inside a claim of at most ``SHORT_CLAIM`` words ends
    at that claim, even when an act's sentence holds it (:func:`count_act_ends` puts the claim over the act: "104
    girls were part of the group" is the account a reader weighs, as :mod:`.factcounts` takes it); a count of things
    keeps its words ("over 20 messages")."""
    return bool(c.claim) and 0 < c.claim_words <= SHORT_CLAIM and (people_noun(c.quantity.noun) or people_count(c.quantity))


def counted_acts(counts: list[Counted], inters: list[InterRec]) -> list[tuple[Counted, dict]]:
    """Rule ``across.links.count_act_end``: a count of people told in the sentence of an act of taking or freeing
    ("334 pupils were freed on Thursday") is that act's count, so its end is the act (the first of ``COUNTED_TYPES``'
    order whose sentence holds the count's words), not the bare words: the dispute is over how many the act
    took or freed. Counts in no such act's sentence keep their words' passage."""
    by_doc: dict[str, list[InterRec]] = {}
    for r in inters:
        if r.type in COUNTED_TYPES and not r.negated:
            by_doc.setdefault(r.doc, []).append(r)
    out: list[tuple[Counted, dict]] = []
    for c in counts:
        if c.doc not in by_doc:
            continue
        low = c.quantity.text.lower()
        acts = [r for r in by_doc[c.doc] if low in r.evidence.lower()]
        if acts:
            r = min(acts, key=lambda r: COUNTED_TYPES.index(r.type))
            out.append((c, {"doc": r.doc, "interaction": r.id}))
    return out


def counted_end(c: Counted) -> dict:
    """The count's own words as a passage ("transferring over 20 messages"), even inside a claim.

    Why not the claim: the fact in dispute is the count; a long claim around it
    would say more than the two reports disagree on (but see :func:`count_act_ends`).
    """
    return {"doc": c.doc, "start": c.start, "end": c.end}


def polarity(c: ClaimRec) -> int:
    """+1: says a party keeps an agreement; -1: says a party broke one; 0: neither (or no topic word)."""
    w = words()
    stems = {t.rstrip("s") for t in c.toks}
    if not stems & {t.rstrip("s") for t in w.topic}:
        return 0
    text = " " + " ".join(sorted(c.toks)) + " "
    low = " " + c.content.lower() + " "
    neg = any(f" {x} " in low or f" {x} " in text for x in w.breach)
    pos = any(f" {x} " in low or f" {x} " in text for x in w.commit)
    return 0 if neg == pos else (1 if pos else -1)


def content_contradictions(claims: list[ClaimRec], entity_of: dict[tuple[str, str], str]) -> list[dict]:
    """Each "broke it" statement against the closest "keeps it" statement of another speaker, per report."""
    pol = {(c.doc, c.id): polarity(c) for c in claims}
    neg = [c for c in claims if pol[(c.doc, c.id)] < 0]
    pos = [c for c in claims if pol[(c.doc, c.id)] > 0]
    out = []
    for n in neg:
        sn = entity_of.get((n.doc, n.speaker or ""))
        for p in pos:
            sp = entity_of.get((p.doc, p.speaker or ""))
            if p.doc != n.doc and not (sn and sn == sp):
                out.append(link("contradicts", "content", n, p, "one says the agreement was broken, the other kept"))
    return out


def similar_claims(claims: list[ClaimRec], threshold: float = SIMILAR,
                   pairs: dict[tuple[int, int], int] | None = None) -> list[dict]:
    """Claims of different reports that say the same thing (see :func:`scored_similar_claims`)."""
    return [lk for _, lk in scored_similar_claims(claims, threshold, pairs)]


def scored_similar_claims(claims: list[ClaimRec], threshold: float = SIMILAR,
                          pairs: dict[tuple[int, int], int] | None = None) -> list[tuple[float, dict]]:
    """Claims of different reports that say the same thing, by tf-idf cosine over their content words.

    Why tf-idf: paraphrases across outlets share few words, but the rare ones
    ("retracting", "implementation"); weighting words by how few claims use them
    finds retellings that a plain overlap misses, whoever the report names as speaker.
    """
    df: Counter[str] = Counter(t for c in claims for t in c.toks)
    n = len(claims)
    idf = {t: math.log((n + 1) / k) for t, k in df.items()}
    norms = [math.sqrt(sum(idf[t] ** 2 for t in c.toks)) for c in claims]
    pairs = claim_pairs(claims) if pairs is None else pairs
    out = []
    for a, b in sorted(pairs):
        ca, cb = claims[a], claims[b]
        shared = sum(idf[t] ** 2 for t in ca.toks & cb.toks)
        cos = shared / (norms[a] * norms[b]) if norms[a] and norms[b] else 0.0
        if cos >= threshold and len(ca.toks & cb.toks) >= 2 and at_odds(ca, cb) is None:
            out.append((cos, link("corroborates", "content", ca, cb, f"the same fact retold (tf-idf cosine {cos:.2f})")))
    return out


@cache
def _retell_map() -> dict[str, str]:
    return {w: g[0] for g in read("across_retell.toml")["retell"]["groups"] for w in g}


def retell_claims(claims: list[ClaimRec]) -> list[ClaimRec]:
    """The claims with each word of a ``[retell]`` group read as the group's first (rule
    ``across.links.retell_words``): outlets retell "halt its strikes" as "stop bombing"."""
    m = _retell_map()
    return [replace(c, toks=frozenset(m.get(t, t) for t in c.toks)) for c in claims]


def dedupe(links: list[dict]) -> list[dict]:
    """One link per kind and pair of ends (either order), the first one made.

    Each distinct end (its :func:`json_key`) is numbered once, and a link is known by its kind and its two
    ends' numbers, the lower first: the set of links seen then holds three small values a link, not two
    tuples of strings (on 10,000 synthetic reports it held 420,000 links and was the run's peak of memory).
    """
    number: dict[tuple, int] = {}
    seen: set[tuple[str, int, int]] = set()
    out = []
    for lk in links:
        a = number.setdefault(json_key(lk["a"]), len(number))
        b = number.setdefault(json_key(lk["b"]), len(number))
        key = (lk["kind"], a, b) if a <= b else (lk["kind"], b, a)
        if key not in seen:
            seen.add(key)
            out.append(lk)
    return out


def json_key(e: dict) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in e.items()))


def passage_links(passages: list[Passage], order: dict[str, tuple[str, str]]) -> list[dict]:
    """Links between start-time passages (see :mod:`.passages`); an end is the claim holding it, or the span."""
    def end_of(p: Passage) -> dict:
        return {"doc": p.doc, "claim": p.claim} if p.claim else {"doc": p.doc, "start": p.start, "end": p.end}

    out = []
    for kind, a, b in time_links(passages, {d: "|".join(k) for d, k in order.items()}):
        differ = a.clock is not None and b.clock is not None and a.clock != b.clock
        fits = a.fits(b) or b.fits(a)
        note = (f"a late start fits the time first set ({fmt(a.clock)} / {fmt(b.clock)})" if differ and fits
                else f"start times differ ({fmt(a.clock)} / {fmt(b.clock)})" if differ
                else f"both say it starts on {a.weekday}")
        out.append({"kind": kind, "on": "time", "a": end_of(a), "b": end_of(b), "note": note})
    return out


def fmt(minutes: int | None) -> str:
    return "?" if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"
