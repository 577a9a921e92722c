"""Rule interactions.timing.one_release_day: an undated release, in a report that dates every
release it dates to one recent day, is dated by that day.

Why: a report about a release tells one release and tells it several times: in its lead with a
day ("Rebels freed two pilots on Monday"), then again in detail with no day of its own ("The two
men were released to Red Cross officials in Lund"), or as one side of the swap whose other side
it dates ("exchanging X for Y"; "Lund received X on Thursday after Norland released her, and Y,
who was freed by Westmark"). The reader dates the retelling by the release the report is about;
the date-search rules of :mod:`.timing` stop at the sentence and the paragraph, so they never
reach the day told three paragraphs away. The report must date its releases to exactly one day,
no more than a week before it (``data/timing_release_day.toml``): a report that dates two
releases to two days, or one long ago ("released on 12 March 2019" in a report of 2024), tells
more than one release and leaves an undated one undated. Only an act told as done (not planned,
denied, vague or a sum: "have freed 300 so far") takes the day, and only an act no other rule
dated. This runs once all of a report's acts are built and merged, as it reads the whole report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.candidate import TIME
from backchannel.extract.interactions.swap_context import swap_words
from backchannel.extract.interactions.timing_captive import journey_day
from backchannel.extract.interactions.timing_cumulative import cumulative
from backchannel.extract.interactions.timing_run import is_day
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS

if TYPE_CHECKING:
    from backchannel.extract.interactions.candidate import Record
    from backchannel.extract.interactions.document import Doc_

ONE_RELEASE_DAY = "interactions.timing.one_release_day"
WORDS_FILE = "timing_release_day.toml"


@dataclass(frozen=True)
class ReleaseDayWords:
    """Words of the rule (``data/timing_release_day.toml``)."""

    act_types: frozenset[str]
    done_modalities: frozenset[str]
    recent_days: dict[str, int]
    measure_units: frozenset[str]
    other_time_words: frozenset[str]
    swap_preps: frozenset[str]
    swap_prep_heads: frozenset[str]
    swap_prep_objects: frozenset[str]
    swap_denied: frozenset[str]
    non_swap_objects: frozenset[str]
    swap_sought: frozenset[str]


release_day_words = loader(ReleaseDayWords, WORDS_FILE)


def _the_one_day(d: Doc_, dated: list[Time], journeys: list[Time]) -> Time | None:
    """The report's one release day: every dated release (and dated journey of its captives) has the
    same value, a day no more than ``recent_days`` before the report (and not after it, but for a
    day of slack). A journey the day before the one dated release day is the way to it ("was flown
    to Z on Thursday night ... was freed on Friday": s47), no second release."""
    anchor = d.ctx.anchor
    released = {t.value for t in dated}
    if len(released) == 1 and is_day(next(iter(released))):
        day_before = (date.fromisoformat(str(next(iter(released)))) - timedelta(days=1)).isoformat()
        journeys = [t for t in journeys if t.value != day_before]
    dated = dated + journeys
    values = {t.value for t in dated}
    if anchor is None or len(values) != 1:
        return None
    value = next(iter(values))
    if not is_day(value):
        return None
    day = date.fromisoformat(str(value))
    window = release_day_words().recent_days
    if not anchor - timedelta(days=window["before"]) <= day <= anchor + timedelta(days=window["after"]):
        return None
    return dated[0]


def _journey_days(d: Doc_, recs: list[Record]) -> list[Time]:
    """The days of the freed captives' own dated journeys out of captivity anywhere in the report
    ("The five men arrived in Lund on Monday"; the verbs of rule interactions.timing.captive_transfer):
    the release seen from the captives' side tells the same day. The journey's subject is one of
    the captives, or a group noun phrase with no actor of its own and the same head noun."""
    w = release_day_words()
    captives = {r.target for r in recs if r.type in w.act_types and r.target is not None and not r.negated}
    if not captives:
        return []
    heads = frozenset(_head_word(d, a) for a in captives) - {""}
    return [t for s in d.sents for v in s if (t := journey_day(d, v, captives, heads)) is not None]


def _head_word(d: Doc_, actor: str) -> str:
    """The last word of a group captive's name ("the five sailors" -> "sailors"): a plural noun
    phrase with the same head names the same captives ("Five Norland sailors arrived ...").
    A named person's name gives none (another person's surname is no retelling)."""
    a = d.ctx.actors.get(actor)
    if a is None or a.kind == "person" and a.named:
        return ""
    words = a.name.lower().split()
    return words[-1] if words else ""


def told_as_done_plainly(d: Doc_, r: Record) -> bool:
    """Is the release told as a done deed, with no vague time or sum on it? A release in a clause
    with no tense of its own ("were handed over after being pardoned by X") is told in the tense
    of the verb its clause hangs on."""
    tok = r.trig
    verb = tok if tok.pos_ in VERB_POS else next((a for a in tok.ancestors if a.pos_ in VERB_POS), None)
    if verb is None or tc.vague_own_time(tok) or cumulative(verb) or _past_perfect(verb):
        return False
    planned = d.lex.settings.planned_aux
    if tc.told_as_done(tok, planned):
        return True
    host = _tensed_host(verb)
    return host is not None and tc.told_as_done(host, planned) and not cumulative(host)


def _past_perfect(verb: Token) -> bool:
    """Is the verb told in the past perfect ("had freed", "had been released")? It tells a release
    before the story's time (an earlier round, a background release), not the release of the news."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_.lower() in
                                      tc.timing_words().perfect_aux for c in verb.children)


def _tensed_host(verb: Token) -> Token | None:
    """The verb a clause with no tense of its own hangs on ("after being pardoned", "in exchange for
    X freeing Y"): the first verb above a gerund or participle through prepositions and clause links."""
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED
                                               for c in verb.children):
        return None
    cur = verb
    for _ in range(_HOST_STEPS):
        if cur.dep_ not in _HOST_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in VERB_POS:
            return cur
    return None


_TENSED = ("VBD", "VBZ", "VBP", "MD")  # tags of an auxiliary that gives a clause its own tense
_HOST_LINKS = ("pcomp", "pobj", "prep", "advcl", "xcomp", "acl")  # links from a tenseless clause up to its verb
_HOST_STEPS = 5  # "In exchange for X freeing Y, ...": gerund, preposition, noun, preposition, verb


def one_release_day(d: Doc_, recs: list[Record]) -> list[Record]:
    """The records, an undated release told as done dated by the report's one release day (see the
    module's docstring)."""
    w = release_day_words()
    done = [r for r in recs if r.type in w.act_types and not r.negated and r.modality in w.done_modalities]
    dated = [r for r in done if r.time is not None]  # a denied or planned release tells no day of release
    day = _the_one_day(d, [r.time for r in dated if r.time is not None], _journey_days(d, recs))
    if day is None:
        return recs
    sides = {s for r in dated for s in _side(d, r.source)}
    swap = _swap_sentences(d)
    parties = sides | {s for r in dated for s in _side(d, r.target)}
    for r in done:
        if r.time is None and told_as_done_plainly(d, r) and not own_measure(r.trig) \
                and (swap and _swap_party(d, r.source, parties, swap) or r.source is None or not sides
                     or set(_side(d, r.source)) & sides):
            r.time = Time(text=day.text, value=day.value, start=day.start, end=day.end)
            r.trace[TIME] = ONE_RELEASE_DAY
    return recs


def _side(d: Doc_, actor: str | None) -> list[str]:
    """The actor and what it belongs to ("Iraq" for its president): a release by either is the same side's."""
    a = d.ctx.actors.get(actor) if actor else None
    return [x for x in (actor, a.affiliation if a is not None else None) if x]


def _swap_sentences(d: Doc_) -> list[str]:
    """The sentences (lower case) that tell a swap as done ("exchanged prisoners", "the prisoner swap took place",
    "in exchange for"): then each side's release is one event, the other side's day is its day; else a release
    by another party that names no day of its own ("Y freed a pilot at the port") may be another story's, and takes
    none. Not "exchanged fire", "demanded a prisoner exchange", "will swap", "did not exchange" (s44 review)."""
    nouns = swap_words().swap_nouns
    return [s.text.lower() for s in d.sents if any(t.lemma_.lower() in nouns and _swap_done(t) for t in s)]


def _swap_done(t: Token) -> bool:
    """Does the word of exchange ``t`` tell a swap as done (see :func:`_swap_sentences`)?"""
    w = release_day_words()
    if t.lower_ in w.swap_preps and t.head.lower_ in w.swap_prep_heads \
            and any(c.lower_ in w.swap_prep_objects for c in t.children):
        return True  # "in exchange for", "in return for"
    if t.pos_ in VERB_POS:
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        return not any(c.dep_ == "neg" or c.tag_ == "MD" for c in t.children) \
            and not any(o.lemma_.lower() in w.non_swap_objects for o in objs)
    verb = next((a for a in t.ancestors if a.pos_ in VERB_POS), None)
    return not any(c.lower_ in w.swap_denied for c in t.children) and (verb is None or (
        verb.lemma_.lower() not in w.swap_sought and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)))


def _swap_party(d: Doc_, source: str | None, parties: set[str], swap: list[str]) -> bool:
    """Is the undated release's doer a party of the report's swap: the side of a dated release's doer or captive
    (``parties``), or named in a sentence telling the swap (``swap``)? "In a separate case, the Red Brigade freed
    a pilot" in a report of a swap between two states is another story's release (s44 review)."""
    if source is None:
        return True
    if set(_side(d, source)) & parties:
        return True
    names = [a.name.lower() for x in _side(d, source) if (a := d.ctx.actors.get(x)) is not None and a.name]
    return any(n in s for n in names for s in swap)


def own_measure(tok: Token) -> bool:
    """Does the act measure its own distance in time ("36 hours later", "years later", "two weeks ago",
    "a month after the talks") or set itself at another time ("in an earlier round", "previously")?
    It tells its own time (rules interactions.timing.day_after, offset_clause), and the one day is not its."""
    w = release_day_words()
    heads = [tok] + ([tok.head] if tok.pos_ not in VERB_POS else [])
    return any((x.dep_ == "npadvmod" and x.lemma_.lower() in w.measure_units) or x.lower_ in w.other_time_words
               for h in heads for c in h.children if c.dep_ in _ADVERBIALS for x in c.subtree)


_ADVERBIALS = ("npadvmod", "advmod", "prep", "advcl")
