"""A time that opens its sentence scopes over the whole sentence (rule
interactions.timing.fronted_scope).

Why: news text sets the day of a sentence once, before its subject, and then tells one or
more events: "Concluding two days of talks on Sunday, A and B signed a truce" (the day sits in a
present participle that frames the main clause), "On Monday, A freed X and B released Y" (the
day sits on the first clause only, in the parse). The parser hangs the day on the participle
or on the first conjunct, so the main verb or the second clause got no date of its own, while
the reader dates both by that day.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.interactions import timing_constructions as tc
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.modality import clause_path
from backchannel.model import Time
from backchannel.syntax.tree import VERB_POS, child, modal_aux

FRONTED_SCOPE = "interactions.timing.fronted_scope"
FILE = "timing_fronted.toml"


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of ``data/timing_fronted.toml``."""
    return frozenset(word_list(FILE, key, read(FILE)[key]))


def _subject_start(verb: Token) -> int:
    """Where the verb's clause proper begins: its subject's first word, else the verb."""
    s = child(verb, "nsubj", "nsubjpass")
    return s.left_edge.i if s is not None else verb.i


def _framing_clauses(verb: Token) -> list[Token]:
    """The clauses that frame ``verb``'s clause from before its subject and tell what went on
    at the same time: a present participle with no subject and no subordinating word of its own
    ("Speaking on Monday, X ..."), or a clause opened by a word of simultaneity ("When they met
    on Monday, X ...", `simultaneous_marks`). A past participle ("Kidnapped in May, X was freed
    on Tuesday") or a perfect one ("Having met X on Monday, ...") tells an earlier event, and
    "after"/"before"/"since" shift the day."""
    start = _subject_start(verb)
    marks = tc.timing_words().simultaneous_marks
    out = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.i >= start:
            continue
        m = c.left_edge  # "as" is the parser's mark, "when" its adverb
        if m.head.i == c.i and m.dep_ in ("mark", "advmod") and m.lower_ in marks:
            out.append(c)
        elif c.tag_ == "VBG" and child(c, "nsubj", "nsubjpass", "mark", "aux", "auxpass") is None:
            out.append(c)
    return out


def participle_scope(d: Doc_, verb: Token) -> Time | None:
    """The day of a clause that opens ``verb``'s sentence and frames it dates ``verb``
    ("Concluding a week of talks on Friday, A and B signed a truce": Friday; "When they
    met on Monday, A and B agreed ...": Monday)."""
    for p in _framing_clauses(verb):
        # the day on the clause's own verb: one inside a phrase names another event's day
        # ("Reacting to the attack on Monday", "Preceding talks on Monday")
        found = [(tx, span) for tx, span in d.timex_at.get(p.i, []) if not tc.since_start(tx)]
        t = tc.resolved(d, found, False)  # a fronted day dates past acts only (plans are refused before)
        if t is not None:
            return t
    return None


def _to_come(verb: Token) -> bool:
    """Is the verb's clause told as to come ("will release")?"""
    planned = lexicon().settings.planned_aux
    return any(modal_aux(c, planned) for t in clause_path(verb) for c in t.children)


def first_conjunct(verb: Token) -> Token:
    """The first clause of a run of coordinated clauses."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.pos_ in VERB_POS and cur.head.i != cur.i:
        cur = cur.head
    return cur


def conjunct_scope(d: Doc_, conj: Token) -> Time | None:
    """A clause coordinated with its own subject ("On Monday, A freed X and B released Y")
    takes the day that opens the first clause, before that clause's subject (on its verb or in
    a framing participle), when the two are told alike (both past, or both to come). A day
    inside the first clause ("A freed X on Monday and B released Y") is that clause's own."""
    first = first_conjunct(conj)
    if first.i == conj.i or _to_come(first) != _to_come(conj):
        return None
    start = _subject_start(first)
    found = [(tx, span) for tx, span in d.timex_at.get(first.i, [])
             if span.end <= start and span.end <= first.i and not tc.since_start(tx)]
    return tc.resolved(d, found, False) or participle_scope(d, first)


def fronted_refused(verb: Token, tok: Token, speech: frozenset[str]) -> bool:
    """Whether the day that opens the sentence may not date the act ``tok`` told under ``verb``: the verb's
    clause is not a simple past or a present perfect (a past perfect, "had released", tells a time before the
    day; a present perfect is checked against the day, ``perfect_before_today``), an adverb puts it earlier
    ("already", "earlier"), or
    the act is nested under the verb ("thanked B for freeing Y", "agreed to free Y": another event, or a plan).
    """
    if not (_simple_past(verb) or _present_perfect(verb)) or any(c.dep_ == "advmod" and c.lower_ in _words('anteriority_adverbs')
                                     for c in verb.children):
        return True
    return _nested(tok, verb, speech)


def _simple_past(verb: Token) -> bool:
    """A simple past clause: "freed", "was freed"; not "had freed", "has refused", "were to free"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"


def _present_perfect(verb: Token) -> bool:
    """ "have arrived", "has been freed": a present-tense "have" and the past participle."""
    have = [c for c in verb.children if c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ")
            and c.lemma_.lower() in tc.timing_words().perfect_aux]
    return verb.tag_ == "VBN" and len(have) == 1


def perfect_before_today(verb: Token, t: Time) -> bool:
    """A present perfect clause and a day that does not include the moment of writing ("While A freed X on
    Monday, B has refused"): English dates a present perfect only by a period that reaches now ("Earlier
    today, A freed X, and they have arrived and met Y"), so the opening day is not that clause's."""
    if not _present_perfect(verb):
        return False
    words = set(t.text.lower().split())
    return not any(set(w.split()) <= words for w in _words('present_periods'))


def _nested(tok: Token, verb: Token, speech: frozenset[str]) -> bool:
    """Does the path from the act up to ``verb`` pass a link that makes it another event (``nested_deps``),
    other than a clause reported by a verb of saying ("declared that its envoys had reached a deal")?"""
    nested = _words('nested_deps')
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ in nested and not (cur.dep_ == "ccomp" and cur.head.lemma_ in speech):
            return True
        cur = cur.head
    return False
