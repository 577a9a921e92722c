"""The speaker of a cue after a fronted adverbial phrase that names other parties.

"After talks with A and B, the envoy C said …", "In a press conference after the truce took
effect at 9pm Kessel Time, C, the head of the bureau, thanked …", "Later in an interview at the
palace, Kessel, C said …": the parser often hangs the real subject on a noun inside the fronted
phrase (as its apposition, conjunct or prepositional object) and gives the verb a subject from
inside the phrase ("meetings", "Time", "Villa"). The speaker resolved from that subject is then
one of the parties the phrase names. Why a surface reading: a fronted phrase opened by a
preposition (or an adverb and a preposition) ends at a comma; the speaker is the noun phrase
between the phrase's last comma and the cue, never a word of the fronted phrase.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.state import ClaimsDoc
from backchannel.quotes import QUOTE_CHARS
from backchannel.resolve.lexicon import lexicon as actor_lexicon
from backchannel.syntax.phrases import is_nominal_segment

RULE = "claims.attribution.fronted_phrase_subject"

#: the separators of comma segments (as ``tail_attribution`` reads them)
_SEPS = {",", "—", "–", "--"}
#: the dashes that end a dateline, and how many tokens a dateline may have
_DASHES = {"-", "—", "–", "--"}
_DATELINE_MAX = 8
#: parts of speech of a speaker phrase's head
_HEADS = ("PROPN", "NOUN", "PRON")


def _segments(d: ClaimsDoc, start: int, end: int) -> list[list[Token]] | None:
    """The comma segments of the tokens from ``start`` to ``end``; None when a quotation, a
    parenthesis or a quoted region is in that stretch (left to the quotation rules)."""
    segs: list[list[Token]] = [[]]
    for t in d.tokens[start: end]:
        if t.text in QUOTE_CHARS or t.text in ("(", ")", ";", ":") or d.region_at(t.idx) is not None:
            return None
        if t.text in _SEPS:
            segs.append([])
        else:
            segs[-1].append(t)
    return segs


def _opens_fronted(seg: list[Token]) -> bool:
    """A segment that is an adverbial phrase opened by a preposition: "After talks with A",
    "Later in an interview at B" (an adverb then a preposition), with no finite verb of its
    own heading the sentence from inside it (a clause "After A met B" keeps its subject)."""
    if len(seg) < 2:
        return False
    first = seg[0]
    if first.pos_ == "ADV" and seg[1].pos_ == "ADP":
        first = seg[1]
    return first.dep_ == "prep" and first.pos_ in ("ADP", "VERB")  # "Following talks with A"


def _name_of(seg: list[Token]) -> Token | None:
    """The last word of a segment that is a name ("Ola Brandt", "Norland") or ends in a person's name
    apposed to a description ("the UN envoy for the talks Ola Brandt", "Norland's envoy Kari Lund");
    not a body that ends a description ("the head of the Norland Ministry") nor a person named as a
    preposition's object ("an adviser to President Ola Brandt", "the envoy of Norland's President
    Kari Lund": the adviser and the envoy speak)."""
    if not seg or seg[-1].pos_ != "PROPN":
        return None
    if all(t.pos_ == "PROPN" for t in seg):
        return seg[-1]
    if seg[-1].ent_type_ != "PERSON":
        return None
    k = len(seg) - 1
    while k >= 0 and (seg[k].ent_type_ == "PERSON" or seg[k].pos_ == "PROPN" or seg[k].dep_ == "case"
                      or actor_lexicon().is_title(seg[k].lemma_)):
        k -= 1  # back over the name, its titles and their possessors
    return None if k >= 0 and seg[k].pos_ == "ADP" else seg[-1]


def _after_dateline(d: ClaimsDoc, sent: Span) -> int:
    """The first token after a dateline that opens the sentence ("KESSEL - After …", "OSLO (OPA) —"):
    capitalised words, numbers and brackets up to a dash; else the sentence's first token."""
    for t in d.tokens[sent.start: min(sent.end, sent.start + _DATELINE_MAX)]:
        if t.text in _DASHES and t.i > sent.start:
            return t.i + 1
        if not (t.is_upper or t.is_punct or t.like_num or t.pos_ == "PROPN"):
            break
    return sent.start


def _root_of(seg: list[Token]) -> Token | None:
    """The head of a segment: its one word whose head lies outside it, when a noun or pronoun."""
    ids = {t.i for t in seg}
    heads = [t for t in seg if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in _HEADS else None


def _own_subject(v: Token) -> bool:
    """Whether a verb has a subject of its own (a conjunct that has one is a new clause)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children)


def fronted_phrase_speaker(d: ClaimsDoc, v: Token, subj: Token | None, sent: Span) -> Token | None:
    """The speaker of cue ``v`` when the parse took its subject ``subj`` from a fronted
    adverbial phrase: the name (or head) of the last comma segment before the cue, or the name
    of the segment before it when the last is a description apposed to it ("…, C, the head of
    the bureau, thanked"), also for a verb coordinated with that cue and no subject of its own
    ("…, C said A and announced B"). None when the subject lies outside the fronted phrase, and
    when the parse gave the cue no subject at all: other fallbacks read those, and taking the last
    segment there was wrong on a held-out set (s34)."""
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not _own_subject(v):
        v = v.head  # "…, C said A and announced B": the first verb's speaker
    if v.dep_ != "ROOT" or subj is None or subj.i >= v.i or subj.pos_ == "PRON":
        return None  # a participle, a clause inside another or a subjectless cue keeps its reading
    j = v.i
    while j - 1 > sent.start and d.tokens[j - 1].dep_ in ("advmod", "aux", "neg"):
        j -= 1  # "C also said", "C has said"
    segs = _segments(d, _after_dateline(d, sent), j)
    if segs is None or len(segs) < 2 or not _opens_fronted(segs[0]) or subj.i > segs[0][-1].i:
        return None
    body = [s for s in segs[1:] if s]
    if not body or not is_nominal_segment(body[-1]):
        return None
    root = _root_of(body[-1])
    closed = not segs[-1] or root is not None and root.dep_ == "appos"  # a comma ends it, or the parse apposes it
    apposed = _name_of(body[-2]) if len(body) >= 2 and body[-1][0].pos_ == "DET" and closed else None
    if apposed is not None:  # "…, C, the head of the bureau[,] thanked": C, before its apposition
        return apposed
    name = _name_of(body[-1])
    if name is not None:
        return name
    return root if root is not None and root.i != subj.i else None
