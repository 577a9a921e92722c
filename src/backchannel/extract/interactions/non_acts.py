"""Shapes of the parse where a frame's trigger word names no act (census s48, issue 12).

Why: the talk, telling and welcoming frames fire on every use of their word, and on unseen text
about half of what they made was no act the gold counts (docs/dev/precision-census-s48.md). The
commonest shapes are general to news English, not to one report:

- TALK_LABEL: a talk noun that only labels a person, a place or a body: "the participants in the
  talks", "a source close to the negotiations", "the talks venue", "the peace dialogue panel". The
  talks themselves are told where the text tells them (and the pair fallback gave the label the
  story's sides, often the wrong ones).
- DESCRIBED_TALKS: "the talks" as the subject of a verb that only describes them ("The talks were
  not easy", "The talks lasted all day"): a later mention of talks already told.
- AGENTLESS_TELLING: a passive of telling with no by-phrase ("they have been told they must...",
  "I was told"): no teller is named, and the telling is the report's sourcing, not an act.
- PRESS_AUDIENCE: telling someone titled as the press ("told reporter X"): statements to the press
  are claims, never ``inform`` (gold README).
- WELCOMED_EVENT: a verb of receiving a guest whose object is an event ("welcomed X's release"):
  the possessor made the object look like a person, but it is a reaction, no meeting.

Each check is one construction; the words are in data/non_acts.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.lexicon import Frame, FramePos, lexicon
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child

TALK_LABEL = "interactions.non_acts.talk_label"
DESCRIBED_TALKS = "interactions.non_acts.described_talks"
AGENTLESS_TELLING = "interactions.non_acts.agentless_telling"
PRESS_AUDIENCE = "interactions.non_acts.press_audience"
WELCOMED_EVENT = "interactions.non_acts.welcomed_event"
FILE = "non_acts.toml"


@dataclass(frozen=True)
class NonActWords:
    """The words of data/non_acts.toml."""

    label_heads: frozenset[str]
    label_preps: frozenset[str]
    near_adjectives: frozenset[str]
    label_participles: frozenset[str]
    label_participle_objects: frozenset[str]
    talk_compound_heads: frozenset[str]
    describing_verbs: frozenset[str]
    copulas: frozenset[str]
    definite_determiners: frozenset[str]
    telling_verbs: frozenset[str]
    earlier_talk_types: frozenset[str]
    side_preps: frozenset[str]
    press_titles: frozenset[str]
    welcoming_verbs: frozenset[str]
    welcomed_events: frozenset[str]


non_act_words = loader(NonActWords, FILE)


def _talk_noun(frame: Frame, tok: Token) -> bool:
    """A negotiate frame on a noun (talks, negotiations, dialogue)."""
    return frame.type == "negotiate" and frame.pos == FramePos.NOUN and tok.pos_ in NOUN_POS


def talk_label(frame: Frame, tok: Token, w: NonActWords) -> bool:
    """Rule TALK_LABEL: the talk noun modifies another noun ("the talks venue") or hangs by a
    preposition from a noun of who or where ("participants in the talks", "a source close to the
    talks", "aides briefed on the talks"): it labels that noun and tells no talks."""
    if tok.dep_ == "compound" and tok.head.pos_ in NOUN_POS:
        return tok.head.lemma_.lower() not in w.talk_compound_heads
    if tok.dep_ != "pobj" or _names_sides(tok, w):
        return False  # "a source close to the talks between A and B": the label also tells the talks
    h = tok.head.head
    if h.pos_ == "ADJ" and h.lemma_.lower() in w.near_adjectives and h.dep_ == "amod":
        return True  # "an official close to the talks": whoever it is, a description of a person
    if h.pos_ in VERB_POS and _labelling_participle(h, w):
        return True  # "aides briefed on the negotiations"
    return h.pos_ in NOUN_POS and h.lemma_.lower() in w.label_heads and tok.head.lower_ in w.label_preps


def _names_sides(tok: Token, w: NonActWords) -> bool:
    """The talk noun says who talks: a possessor or a "between"/"with" phrase of its own."""
    return child(tok, "poss") is not None or any(
        c.dep_ == "prep" and c.lower_ in w.side_preps for c in tok.children)


def _told_before(tok: Token, w: NonActWords) -> bool:
    """Were talks, a meeting or an accord told earlier in the document (a word of a negotiate or meet frame
    or an accord before ``tok``)? Only then is "the talks were difficult" a later mention of them."""
    frames = lexicon().frames
    return any(f.type in w.earlier_talk_types for t in tok.doc[:tok.i] for f in frames.get(t.lemma_.lower(), ()))


def _labelling_participle(v: Token, w: NonActWords) -> bool:
    """A participle on a noun (or a conjunct of one) that says who its people are by the talks:
    "aides briefed on the talks", "envoys involved in them", "taking part in"."""
    first = v.head if v.dep_ == "conj" else v
    if first.dep_ != "acl" or first.head.pos_ not in NOUN_POS:
        return False
    return v.lemma_.lower() in w.label_participles or any(
        c.dep_ == "dobj" and c.lemma_.lower() in w.label_participle_objects for c in v.children)


def described_talks(frame: Frame, tok: Token, w: NonActWords) -> bool:
    """Rule DESCRIBED_TALKS: "the talks" is the subject of a verb of being or lasting that says
    what they were like, names no side ("between", "with" and a possessor name one, and keep
    the act), and talks or a meeting were told before (a first mention is the only telling of them)."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in w.describing_verbs:
        return False
    det = child(tok, "det")
    if det is None or det.lower_ not in w.definite_determiners or child(tok, "poss") is not None:
        return False
    if any(c.dep_ == "prep" for c in tok.children) or any(c.dep_ == "relcl" for c in tok.children):
        return False  # "the talks between A and B were tense", "the talks that opened in Y"
    verb = tok.head
    said = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if any(c.dep_ == "prep" and c.lower_ in w.side_preps for s in said for c in s.children):
        return False  # "the talks were the first between A and B since 2019": the sides hang on "first"
    if verb.lemma_.lower() in w.copulas and not said:
        return False
    return _told_before(tok, w)


def agentless_telling(frame: Frame, tok: Token, w: NonActWords) -> bool:
    """Rule AGENTLESS_TELLING: a passive verb of telling with no by-phrase whose one told is a
    pronoun ("I was told", "they have been told they must"): the report's sourcing. A named or
    described party told ("Y was told that X would ...") is an inform with its teller unknown, which
    the golds write with source null (gold README: only source and target both null is never written)."""
    if frame.type != "inform" or tok.pos_ not in VERB_POS or tok.lemma_.lower() not in w.telling_verbs:
        return False
    # a negated telling ("Y was not told about the talks") stays: being kept out is an act the golds count
    told = child(tok, "nsubjpass")
    return child(tok, "auxpass") is not None and child(tok, "agent") is None and child(tok, "neg") is None \
        and (told is None or told.pos_ == "PRON")


def press_audience(frame: Frame, tok: Token, w: NonActWords) -> bool:
    """Rule PRESS_AUDIENCE: the one told carries a press title ("told reporter X of Y")."""
    if frame.type != "inform" or tok.pos_ not in VERB_POS:
        return False
    told = child(tok, "dobj", "dative")
    if told is None:
        return False
    return told.lemma_.lower() in w.press_titles or any(
        c.dep_ in ("compound", "appos", "amod") and c.lemma_.lower() in w.press_titles for c in told.children)


def welcomed_event(frame: Frame, tok: Token, w: NonActWords) -> bool:
    """Rule WELCOMED_EVENT: "welcomed the hostages' release": the object is an event noun."""
    if frame.type != "meet" or tok.pos_ not in VERB_POS or tok.lemma_.lower() not in w.welcoming_verbs:
        return False
    obj = child(tok, "dobj")
    if obj is None:
        return False
    # "welcomed A and B's release": the parser may make A the object and the event its conjunct
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in w.welcomed_events for o in (obj, *obj.conjuncts))


def no_act(frame: Frame, tok: Token) -> bool:
    """Does the trigger stand in a shape that names no act (any rule of this module)?"""
    w = non_act_words()
    if _talk_noun(frame, tok):
        return talk_label(frame, tok, w) or described_talks(frame, tok, w)
    return agentless_telling(frame, tok, w) or press_audience(frame, tok, w) or welcomed_event(frame, tok, w)
