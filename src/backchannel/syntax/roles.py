"""Logical subject and object of a trigger through passives, control, coordination and
relative clauses.

Why: the parser's nsubj/dobj are the surface roles; who does what to whom needs the
logical ones ("X was freed by Y", "contacted X to influence", "Varga, who admitted").
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.inherit import (
    adjunct_object, adjunct_object_named, antecedent_of, author_of, intent_phrase_verb, left_subject, named_head,
    purpose_noun, sent_participle_noun,
)
from backchannel.syntax.words import words
from backchannel.syntax.tree import (
    NOUN_POS, RELATIVE_PRONOUNS, VERB_POS, left_of_aux, past_dateline, possessed_in_name,
    antecedent, child, in_dateline, is_passive, measured, prep_objects, reduced_relative,
)


def _aux_subject(v: Token) -> Token | None:
    """"X has been mediating": the subject the parser hung on an auxiliary of ``v``."""
    for a in v.children:
        if a.dep_ == "aux" and a.i < v.i and (s := child(a, "nsubj")) is not None:
            return s
    return None


def _noun_gerund(v: Token) -> bool:
    """A gerund the tagger made an unlemmatised noun ("grateful to X for mediating")."""
    return v.tag_ == "NN" and v.lower_.endswith("ing") and v.lemma_ == v.lower_


def _thanked(g: Token) -> Token | None:
    """Who is thanked for the act a for-phrase on ``g`` names, and so does it: "are grateful to X
    for facilitating" (an ``object_control`` adjective), "expressed gratitude to X for mediating"
    (a noun of thanks the verb takes)."""
    for a in g.children:
        if a.dep_ == "acomp" and a.lemma_ in words().object_control:
            for t in prep_objects(a, "to"):
                return t
    thanks = child(g, "dobj")
    if thanks is None or thanks.pos_ not in NOUN_POS or thanks.lemma_ not in words().object_control:
        return None
    return next(iter(prep_objects(g, "to") + prep_objects(thanks, "to")), None)


def credited_one(noun: Token) -> Token | None:
    """Who is thanked or credited for the noun a for- or with-phrase on a verb of object control
    names ("thanked X for its efforts", "praised X for their role", "expressed gratitude to X for
    its role", "credited X with a key part"): the verb's object, or the to-phrase of thanks."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    g = noun.head.head
    if g.pos_ not in VERB_POS and g.pos_ != "ADJ":
        return None
    if (th := _thanked(g)) is not None:
        return th
    if g.lemma_ not in words().object_control:
        return None
    o = child(g, "dobj")
    return o if o is not None else next(iter(prep_objects(g, "to")), None)


def _sent_one(v: Token) -> Token | None:
    """"X was sending a junior delegation to meet Y", "an envoy was dispatched to free Z": the
    purpose infinitive of a verb of sending (``purpose_control``) is done by the one sent, its
    object or its passive subject (a name or one of ``sent_agents``), not by the sender ("sent a
    letter to Y to demand X": the sender demands)."""
    h = v.head
    if v.dep_ not in ("advcl", "xcomp") or h.lemma_.lower() not in words().purpose_control or is_passive(v) \
            or child(v, "nsubj") is not None or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children):
        return None
    o = sent_participle_noun(h) or (child(h, "nsubjpass") if is_passive(h) else child(h, "dobj"))
    o = antecedent_of(o)  # "the officer who was assigned to mediate"
    return o if o is not None and (o.pos_ == "PROPN" or o.lower_ in words().sent_agents) else None


def _shared_agent(v: Token) -> list[Token]:
    """"a meeting brokered and attended by X": two participles joined right before one by-phrase
    share its agent (right-node raising); only when the second follows the first at once
    ("brokered in May and signed by A" is not shared)."""
    for c in v.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and c.i == v.i + 2 and v.doc[v.i + 1].dep_ == "cc":
            return prep_objects(c, "by")
    return []


def _left_noun(v: Token) -> Token | None:
    """A finite root verb with no subject: the subject was misparsed, hung as an apposition before the
    verb; the nearest noun to its left (past adverbs, negation, auxiliaries) is it."""
    j = v.i - 1
    while j >= v.sent.start and (v.doc[j].dep_ in ("advmod", "neg", "aux") or v.doc[j].is_space):
        j -= 1
    return v.doc[j] if j >= v.sent.start and v.doc[j].pos_ in NOUN_POS else None


def logical_subject(v: Token, depth: int = 0) -> Token | None:
    """Who does ``v``: its subject, or the controller of a subject-less verb."""
    if depth > 6:
        return None
    passive = is_passive(v)
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[0].lemma_.lower() in words().event_nouns:
        # narrow: one sentence's misparse ("X, a charge Y rejected" with two subjects): the noun
        # that names the act is not its doer
        return subjects[1]
    for c in v.children:
        if c.dep_ == "nsubj" and len(subjects) > 1 and in_dateline(c):
            continue  # "CAIRO (AFP) — X handed ...": the dateline parsed as a second subject
        if c.dep_ == "nsubj":
            if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return named_head(v.head)
            return c
        if c.dep_ == "nsubjpass":
            if passive:
                break
            return c
    if (s := _aux_subject(v) or _sent_one(v)) is not None:  # (a token is never empty)
        return s
    if passive:
        ag = prep_objects(v, "by") or _shared_agent(v)
        if ag:
            return ag[0]
        if v.dep_ == "conj" and v.head.lemma_ == v.lemma_ and not is_passive(v.head):
            # "X returned A, and B were returned to Y": the parallel clause's agent
            return child(v.head, "nsubj")
        return None
    dep, h = v.dep_, v.head
    if dep == "ROOT" and v.tag_ in ("VBD", "VBZ", "VBP"):
        return _left_noun(v)
    if h.i == v.i:
        return None
    if (n := purpose_noun(v)) is not None:
        return _noun_owner(n, depth)
    if dep == "xcomp":
        if h.lemma_ in words().object_control:
            o = child(h, "dobj")
            if o is not None:
                return o
        return _raised_subject(h) or logical_subject(h, depth + 1)  # (a token is never empty)
    if dep in ("advcl", "conj"):
        return _clause_subject(v, depth)
    if dep == "pcomp" or (dep == "pobj" and _noun_gerund(v)):
        return _prep_clause_subject(v, depth)
    if dep == "acl" and v.tag_ != "VBN":
        return _intent_holder(v, depth) or author_of(v) or h
    if dep == "relcl":  # an infinitive the parser hung as a relative clause ("a visit to meet Y")
        return _intent_holder(v, depth)
    if dep in ("acomp", "attr"):
        return logical_subject(h, depth + 1)
    return None


def _clause_subject(v: Token, depth: int) -> Token | None:
    """Who does an adverbial clause or a coordinated verb ``v``: the subject it shares."""
    dep, h = v.dep_, v.head
    if dep == "conj" and h.pos_ not in VERB_POS:
        return None
    # a conjoined verb shares the subject even when the first one is passive
    if dep == "conj" and (n := left_subject(v)) is not None:
        return n  # "X met Y but Z rejected the plan": Z (rule LEFT_SUBJECT)
    if dep == "conj" and _speaker_conjunct(v):
        return logical_subject(h.head, depth + 1)
    if dep == "conj":
        s = child(h, "nsubj", "nsubjpass")
        if s is not None:
            return named_head(h.head) if s.lower_ in RELATIVE_PRONOUNS and h.dep_ == "relcl" else s
    return logical_subject(h, depth + 1)


def _prep_clause_subject(v: Token, depth: int) -> Token | None:
    """Who does a gerund under a preposition ("after meeting Y", "stopped short of criticizing Y"):
    the governing verb's subject, or its object under object control, or the one thanked."""
    g = v.head.head
    if g.pos_ == "ADV" and g.dep_ == "advmod" and g.head.pos_ in VERB_POS:
        g = g.head  # "X stopped short of criticizing Y", "came close to signing": the verb's subject
    if g.pos_ not in VERB_POS and g.pos_ != "ADJ":
        return None
    if (th := _thanked(g)) is not None:
        return th
    if g.lemma_ in words().object_control:
        o = child(g, "dobj")
        if o is not None:
            return o
        for t in prep_objects(g, "to"):
            return t
    if g.pos_ == "ADJ":
        return logical_subject(g.head, depth + 1) if g.dep_ == "acomp" else None
    return logical_subject(g, depth + 1)


def _intent_holder(v: Token, depth: int) -> Token | None:
    """Who does an infinitive on a noun of intent (rule s32-ends, traced by the act's own rules):
    the subject of the verb that takes the noun as its object ("X made a flying visit to meet Y",
    "X announced plans to offer Z", "X took steps to end the war", "X broke its promise to free Z")
    or as its predicate ("X called it an honour to meet Y"). Why: the noun itself is no actor, so
    the act would have no doer. Not when the noun has an owner of its own ("Norland's plan", "a
    plan by Z"), nor under other verbs ("welcomed the decision to meet Y": whose decision is open), nor
    under a verb of telling (``intent_announce_verbs``) when the act's object names its own holder ("announced
    a plan to free the prisoners held by Y": Y, who holds them, stays the doer)."""
    h = v.head
    w = words()
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children) or h.lemma_.lower() not in w.intent_nouns:
        return None
    if any(c.dep_ == "poss" and c.lower_ not in w.pronouns for c in h.children) or prep_objects(h, "by"):
        return None
    if (iv := intent_phrase_verb(h)) is not None:
        return logical_subject(iv, depth + 1)
    g = h.head
    if g.pos_ not in VERB_POS or g.i == h.i:
        return None
    if h.dep_ == "oprd" or (h.dep_ == "dobj" and g.lemma_.lower() in w.intent_verbs and not (
            g.lemma_.lower() in w.intent_announce_verbs and _object_has_agent(v))):
        return logical_subject(g, depth + 1)
    return None


def _noun_owner(n: Token, depth: int) -> Token | None:
    """Who owns the noun a participle of purpose hangs on (rule PURPOSE_PARTICIPLE): its possessor ("their
    campaign aimed at pressuring Y"), the subject of a verb of intent that takes it as object ("X launched a
    campaign aimed at ..."), or of the verb an intent phrase hangs on; else nobody ("a campaign aimed at
    pressuring Y was criticised": whose is open)."""
    p = child(n, "poss")
    if p is not None:
        return p
    g = n.head
    if n.dep_ == "dobj" and g.pos_ in VERB_POS and g.lemma_.lower() in words().intent_verbs:
        return logical_subject(g, depth + 1)
    iv = intent_phrase_verb(n)
    return logical_subject(iv, depth + 1) if iv is not None else None


def _object_has_agent(v: Token) -> bool:
    """"to free the prisoners held by Y": the infinitive's object carries a participle with its own by-agent,
    a party that has it in hand and that the report may make the doer; an announcer of the plan must not
    stand in for it."""
    o = child(v, "dobj")
    return o is not None and any(reduced_relative(c) and prep_objects(c, "by") for c in o.children)


def _speaker_conjunct(v: Token) -> bool:
    """A past-tense verb the parser coordinated with a reported clause that it does not match
    ("X said the group was studying the plan but accused the minister ...": X accused, not the
    group). Only when the reported verb has its own auxiliary and the coordinated one has none."""
    # narrow: a parser repair keyed to one sentence of one article
    h = v.head
    if v.tag_ != "VBD" or h.dep_ != "ccomp" or h.head.tag_ != "VBD":
        return False
    if h.head.lemma_ not in words().speech_verbs:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") for c in h.children)


def _raised_subject(h: Token) -> Token | None:
    """"The council was expected to vote", "X was asked to mediate": a passive with no by-agent whose
    infinitive complement its own subject does."""
    if is_passive(h) and not prep_objects(h, "by"):
        return antecedent_of(child(h, "nsubjpass"))  # rule RELATIVE_CONTROLLER
    return None


def _shared_subject(h: Token) -> Token | None:
    """Rule SHARED_SUBJECT: "X arrived in Y and was welcomed by Z": a passive verb coordinated after an
    active one, with no subject of its own, shares the first verb's subject, and that subject is what
    the passive is done to (not the first verb's object: "X freed Y and was thanked by Z" thanks X).
    Only a subject written out, no relative pronoun ("who arrived and was welcomed": the old reading)."""
    if is_passive(h):
        return None
    s = child(h, "nsubj")
    return None if s is None or s.lower_ in RELATIVE_PRONOUNS else s


def logical_object(v: Token) -> Token | None:
    if reduced_relative(v):  # "the talks hosted by X": the noun
        return v.head
    if is_passive(v):
        s = child(v, "nsubjpass")
        if s is not None:
            s = past_dateline(s)
            if s.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return measured(antecedent(v))
            return s
        left = left_of_aux(v)
        if left is not None:
            return left
        if v.dep_ == "conj":
            return _shared_subject(v.head) or logical_object(v.head)
        if v.dep_ == "xcomp" and is_passive(v.head) and child(v.head, "nsubjpass") is not None:
            return child(v.head, "nsubjpass")  # "40 detainees are due to be freed": the detainees
        o = adjunct_object(v)  # "Freed by Y in May, X flew home" (rule PASSIVE_ADJUNCT)
        o = past_dateline(o) if o is not None else None
        return o if o is not None and adjunct_object_named(v, o) else None
    o = child(v, "dobj")
    if o is not None:
        if o.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
            return v.head
        return possessed_in_name(o)
    for c in v.children:  # "coordinating and supervising the swap": the object is shared
        if c.dep_ == "conj" and c.pos_ in VERB_POS:
            o = child(c, "dobj")
            if o is not None:
                return o
    if v.dep_ == "relcl" and child(v, "mark") is not None:  # "points that they had refused"
        return v.head
    return None
