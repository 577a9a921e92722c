"""The date of the event an act is told as part of (the search of rule
interactions.timing.part_of_event): "Under the swap on Monday, Lund returned ten soldiers", "The
guards were freed on Monday. ... As part of the deal, the pilots were released", "The ministry
said it received 40 men in the exchange".

Why: a report dates its main event once (the swap, the deal, the talks) and then tells the acts
that made it up with no date of their own, placing each inside the event with a phrase on the
event's noun ("in the swap", "under the deal", "as part of the exchange"). The phrase says the act
happened when the event did, so the event's date is the act's: the date the event noun's own words
give it ("the exchange on Wednesday"), else, when the noun refers back (a definite noun, not "a
deal"), the date of the nearest earlier mention of the event that dates itself, up to eight
sentences back across paragraphs: a noun or verb of the event's kind or of the act's own type
("were freed on Monday", "freeing the guards on June 2", "the swap, which was held on
..."). An undated mention is passed over (a report names its event many times and dates it once);
a mention that is planned, counted ("two swaps") or a "since" start point dates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.timing import is_future_clause
from backchannel.extract.interactions.timing_event_nouns import event_mention_time
from backchannel.model import Time
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child

if TYPE_CHECKING:
    from backchannel.extract.interactions.document import Doc_

WORDS_FILE = "timing_frame.toml"
LOOK_BACK = 8  # sentences back in which the event's dated mention may come
TYPES = ("release", "agree", "negotiate", "meet")


@dataclass(frozen=True)
class NounTypes:
    """Event nouns by the act types they name (by lemma)."""

    release: frozenset[str]
    agree: frozenset[str]
    negotiate: frozenset[str]
    meet: frozenset[str]


@dataclass(frozen=True)
class FrameWords:
    """Words of the search (``data/timing_frame.toml``)."""

    plural_nouns: frozenset[str]
    of_preps: frozenset[str]
    prior_types: frozenset[str]
    unhappened_verbs: frozenset[str]
    noun_types: NounTypes


# The search's words, parsed and checked once per process.
frame_words = loader(FrameWords, WORDS_FILE)


def noun_types(lemma: str) -> set[str]:
    """The act types an event noun names ("swap": release)."""
    nt = frame_words().noun_types
    return {k for k in TYPES if lemma in getattr(nt, k)}


def framing_nouns(d: Doc_, phrases: list[Token]) -> Iterator[Token]:
    """The event nouns of these part-of phrases ("as part of the deal", "under the swap", "in the
    exchange"), in text order."""
    st = d.lex.settings
    events = st.event_nouns | st.agreement_nouns | st.talk_nouns
    for p in phrases:
        for o in p.subtree:
            if o.dep_ == "pobj" and o.pos_ in NOUN_POS and o.lemma_.lower() in events and _framed_by(o, p):
                yield o


def _framed_by(o: Token, p: Token) -> bool:
    """Is ``o`` the object of the phrase ``p`` itself, or of its "of" ("under the terms of the deal"),
    not of a further preposition ("in response to the attack": a cause, not the act's event)?"""
    if o.head.i == p.i:
        return True
    of = o.head
    return of.lower_ in frame_words().of_preps and of.head.dep_ == "pobj" and of.head.head.i == p.i


def _definite(noun: Token) -> bool:
    """Does the event noun refer to an event told before ("the deal", "Monday's swap")? A bare or
    indefinite noun ("in exchange", "in a deal") names none."""
    dets = tc.timing_words().definite_dets
    return any((c.dep_ == "det" and c.lower_ in dets) or c.dep_ == "poss" for c in noun.children)


def _one_event(m: Token) -> bool:
    """Does the mention name one event ("the swap", "talks"), not several ("two swaps", "swaps")?"""
    if child(m, "nummod") is not None:
        return False
    return m.tag_ not in ("NNS", "NNPS") or m.lemma_.lower() in frame_words().plural_nouns


def _mention_types(d: Doc_, m: Token) -> set[str]:
    if m.pos_ in NOUN_POS:
        return noun_types(m.lemma_.lower())
    if m.pos_ in VERB_POS:
        return {f.type for f in d.lex.frames.get(m.lemma_.lower(), [])}
    return set()


def own_date(d: Doc_, m: Token) -> Time | None:
    """The date a mention's own words give it, unless it is a "since" start point or a plan."""
    if is_future_clause(m):
        return None
    t = event_mention_time(d, m)
    if t is None:
        return None
    bad = _unhappened(m)
    for tx, _, att in d.timexes:
        if tx.start == t.start and (tc.since_start(tx) or att is not None and any(tc.reaches(att, v) for v in bad)):
            return None
    return t


def _unhappened(m: Token) -> list[Token]:
    """The mention, or the verbs whose date it would take (its own relative or participle clause, the
    verb it is the subject or object of: ``timing_event_nouns.event_mention_time``'s), that are
    negated or verbs of putting off, proposing or weighing ("did not release the pilots on Monday", "the swap was postponed
    on Monday", "the exchange, which Lund proposed on Monday"): a date on them is not the event's; one on
    another of its verbs still is ("the swap, which Lund had long opposed, took place on Monday";
    s38 review)."""
    verbs = [m] + [c for c in m.children if c.dep_ in ("relcl", "acl")]
    if m.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verbs.append(m.head)
    unhappened = frame_words().unhappened_verbs
    return [v for v in verbs if v.pos_ in VERB_POS and (v.lemma_.lower() in unhappened or any(
        c.dep_ == "neg" for c in v.children))]


def _antecedent_date(d: Doc_, noun: Token, kinds: set[str], same_noun: bool) -> Time | None:
    """The date of the nearest earlier mention of an event of these kinds (or, ``same_noun``, of
    the noun's own word) that dates itself."""
    si = d.sent_index(noun)
    first = d.sents[max(si - LOOK_BACK, 0)].start
    lemma = noun.lemma_.lower()
    for m in reversed(d.ctx.doc[first:noun.i]):
        if m.pos_ not in NOUN_POS and m.pos_ not in VERB_POS:
            continue
        if not _one_event(m) or not ((same_noun and m.lemma_.lower() == lemma) or _mention_types(d, m) & kinds):
            continue
        t = own_date(d, m)
        if t is not None and t.value is not None:
            return t
    return None


def framed_event_time(d: Doc_, phrases: list[Token], act_type: str, trigger: Token) -> Time | None:
    """The date of the event these part-of phrases name: its noun's own, else (a definite noun)
    its nearest earlier dated mention's. An event that comes before the acts done under it (an
    agreement: "under the deal signed on Tuesday, X freed Y" says nothing of the day Y was freed)
    dates only an act of its own kind; the acts done under it are dated by the mentions of their own
    kind ("As part of the deal, the pilots were released": the release told before)."""
    prior = frame_words().prior_types - {act_type}
    for noun in framing_nouns(d, phrases):
        if noun.i == trigger.i:
            continue
        kinds = noun_types(noun.lemma_.lower())
        same_noun = not (kinds and kinds <= prior)
        t = own_date(d, noun) if same_noun else None
        if t is None and _definite(noun):
            t = _antecedent_date(d, noun, (kinds | {act_type}) - prior, same_noun)
        if t is not None and t.value is not None:
            return t
    return None
