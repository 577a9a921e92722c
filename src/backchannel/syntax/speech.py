"""Reported speech in the parse: who is the subject of a speech cue, and where the clause
a cue reports stops.

Why here and not in :mod:`.roles`: a cue's speaker is read more narrowly than a logical
subject. A passive cue speaks through its "by" agent only (no parallel clause's agent),
a participle that was asked is not the one asking, and a verb under a reported clause
is the content, not the speaker's act. Which verbs are cues, and which verbs end a clause, is the claims stage's
lexicon; it hands those judgements in.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Token

from backchannel.syntax.tree import is_passive, prep_objects
from backchannel.syntax.words import words

# the dependencies a cue borrows its subject through: participles, coordinated and
# complement verbs take the subject of the verb they hang on
CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "parataxis")


def speech_subject(v: Token) -> Token | None:
    """The token naming who speaks through verb ``v``: the "by" agent of a passive (as
    :func:`backchannel.syntax.tree.is_passive` and :func:`backchannel.syntax.tree.prep_objects`
    read them), the subject (the antecedent of a relative "who"), the noun a misparsed root left before or
    after it, or the subject of the verb a participle or coordinated verb hangs on.

    None for a relative clause on a noun without a subject, for a subject-less past
    participle ("Asked whether …, the minister said": the subject was asked, not asking)
    and for a reported verb ("X said Y told him": Y's telling is the content, not X's)."""
    relative = words().relative_pronouns
    if is_passive(v):
        agents = prep_objects(v, "by")
        return agents[0] if agents else None
    # of two subjects the parse gave one verb ("ex-OSCE chief Orlan Vesk says" read as "ex" and
    # "Vesk"), the one nearest the verb heads the speaker phrase; a pronoun is a whole subject
    subjects = sorted((c for c in v.children if c.dep_ in ("nsubj", "csubj")),
                      key=lambda c: (c.pos_ != "PRON", abs(v.i - c.i)))
    for c in subjects[:1]:
        if c.lower_ in relative and v.dep_ == "relcl":
            return v.head
        return c
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        return None
    if v.dep_ == "ROOT":  # a misparse left no subject: the noun right before the verb
        return root_speaker(v)
    if v.tag_ == "VBN" and v.dep_ in ("advcl", "acl") and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None  # "Asked whether …, the minister said": the subject was asked, not asking
    # participles and coordinated verbs borrow the subject of the verb they hang on
    head, seen = v, 0
    while (head.dep_ in CLIMB or head.dep_ == "prep" and head.pos_ == "ADP" and seen > 0) \
            and head.head.i != head.i and seen < 3:  # "responded by saying …": by → responded
        if head.dep_ == "acl":
            return head.head if head.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        if head.dep_ == "ccomp" and head.i > head.head.i:
            return None  # "X said Y told him": Y's telling is the content, not X's
        head, seen = head.head, seen + 1
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in relative and head.dep_ == "relcl":
                    return head.head
                return c
    return None


#: entity labels of when something was said: never the name of an inverted speaker
WHEN_ENTS = frozenset({"DATE", "TIME"})


def root_speaker(v: Token) -> Token | None:
    """The speaker of a root cue the parse gave no subject: the noun or pronoun right before it
    (not an object), or for an inverted cue ("Said Ellis: “…”", "…, insisted the general.") the
    name after it. Unlike the root case of :func:`backchannel.syntax.roles.logical_subject`,
    it takes pronouns, skips a passive auxiliary and reads inverted cues."""
    doc, sent = v.doc, v.sent
    start, end = sent.start, sent.end
    j = v.i - 1
    while j >= start and doc[j].dep_ in ("advmod", "aux", "neg", "auxpass"):
        j -= 1
    if j >= start and doc[j].pos_ in ("PROPN", "NOUN", "PRON") and doc[j].dep_ not in ("pobj", "dobj"):
        return doc[j]
    if j < start or doc[j].is_punct:
        k = v.i + 1
        while k < end and doc[k].pos_ in ("DET", "ADJ"):
            k += 1
        while k + 1 < end and doc[k].pos_ in ("PROPN", "NOUN") and doc[k + 1].pos_ in ("PROPN", "NOUN"):
            k += 1
        if k < end and doc[k].ent_type_ in WHEN_ENTS:
            return None  # "…, said Saturday they …": the day it was said, no inverted speaker
        if k < end and (doc[k].pos_ == "PROPN" or doc[k].pos_ == "NOUN" and doc[k].dep_ == "dobj"
                        and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)):
            return doc[k]
    return None


def clause_cut(t: Token, concessive: Collection[str], continues_act: Callable[[Token], bool],
               new_act: Callable[[Token], bool], subtree: Iterable[Token] | None = None,
               participle_act: Callable[[Token], bool] = lambda c: True) -> int | None:
    """Token index where the clause of ``t`` stops (None: it runs to the end of its subtree).

    It stops before a concessive clause (an adverbial clause opened by a word of
    ``concessive``: "although …"), a ", citing …" participle for which ``participle_act``
    holds (", allowing people to …" may go on the content), a verb coordinated with ``t``
    for which ``continues_act`` holds ("… and warned X"), or a coordinated verb deeper in the
    clause with a noun subject of its own for which ``new_act`` holds ("… mishandled the case
    and Democrats accused X": a new speaker's act). ``subtree``: ``t.subtree`` when the caller
    has it already."""
    cut = None
    for c in t.children:
        if c.i <= t.i:
            continue
        first = c.left_edge
        stop = (c.dep_ == "advcl" and (first.lower_ in concessive or
                                       (c.tag_ == "VBG" and c.doc[first.i - 1].text == "," and participle_act(c))))
        stop = stop or (c.dep_ == "conj" and c.pos_ == "VERB" and continues_act(c))
        if stop and (cut is None or first.i < cut):
            cut = first.i
    for c in (t.subtree if subtree is None else subtree):
        if c.dep_ == "conj" and c.i > t.i and c.pos_ == "VERB" and c.head.i != t.i:
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")), None)
            if subj is not None and new_act(c) and (cut is None or c.left_edge.i < cut):
                cut = c.left_edge.i
    return cut
