"""Arguments a verb takes over from the clause around it where the parser leaves its own slot
empty or fills it wrongly (rule ids ``interactions.inherit.<construction>``, docs/rules.md; the ids are
written in extract/interactions/inherited.py, these constants name the constructions).

Why: ``roles.logical_subject`` already follows control, coordination and purpose clauses; these
are the constructions it still lost on the reports: a controlled or raised verb whose
controller is a relative pronoun ("the officer who was assigned to mediate"), the purpose clause
of a participle of sending hung on its noun ("X, sent by Y to meet Z": X meets), a participle
that shares a passive's auxiliary but was tagged as a past tense ("Z was seized in May and freed
on Friday": Z is freed, nobody named frees), and a coordinated verb whose own subject the parser
hung on the first verb's object ("X met Y but Z rejected the plan": Z rejects, and Z is not met).

Each predicate says which construction applies, so the act can trace the id that filled its end.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.words import words

# (this module sits below tree.py, which asks it about passives and conjuncts: it uses no helper of tree)
NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}

RELATIVE_CONTROLLER = "relative_controller"
SENT_PARTICIPLE = "sent_participle"
SHARED_PASSIVE = "shared_passive"
LEFT_SUBJECT = "left_subject"
AUTHOR_PARTICIPLE = "author_participle"
PASSIVE_ADJUNCT = "passive_adjunct"
RELATIVE_PREP = "relative_prep"
INTENT_PHRASE = "intent_phrase"
PURPOSE_PARTICIPLE = "purpose_participle"

# what may stand between a coordinated verb and its own subject: adverbs, negation, auxiliaries
_BETWEEN = ("advmod", "neg", "aux", "auxpass", "npadvmod")


def antecedent_of(s: Token | None) -> Token | None:
    """Rule RELATIVE_CONTROLLER: a relative pronoun that controls or is raised into an infinitive
    ("the officer who was assigned to mediate", "X, who agreed to meet Y") stands for the noun
    its clause hangs on; any other token is itself."""
    if s is not None and s.lower_ in words().relative_pronouns and s.head.dep_ == "relcl" and s.head.head.i != s.head.i:
        return named_head(s.head.head)
    return s


def named_head(n: Token) -> Token:
    """Rule RELATIVE_CONTROLLER: a relative clause on an apposition of a name ("Karl Moen, a
    Norland diplomat who met Z", "X, the officer who was assigned to mediate") is said of the
    name: the common noun would stand for its modifier's state or for nobody. Not a person's
    title with a possessor of its own ("talks with Iran, Qatar's emir, who mediated": the emir is
    Qatar's, no title of Iran's; "Kari Lund, Norland's envoy, who met Z" still climbs to the person).
    Any other possessed noun says what the name is ("talks with Iran, Qatar's partner, which
    brokered the deal": Iran is the partner and brokered it)."""
    if any(c.dep_ == "poss" for c in n.children) and n.lemma_.lower() in words().person_titles \
            and n.head.ent_type_ != "PERSON":
        return n
    return n.head if n.dep_ == "appos" and n.pos_ == "NOUN" and n.head.pos_ == "PROPN" else n


def relative_prep_object(v: Token, o: Token) -> Token:
    """Rule RELATIVE_PREP: the object of a preposition on a relative clause's verb that is the relative
    pronoun ("X, with whom she met", "Y, to which Z handed over the prisoners") stands for the noun the
    clause hangs on (the name, past an apposition); any other object is itself."""
    if o.lower_ in words().relative_pronouns and v.dep_ == "relcl" and v.head.i != v.i:
        return named_head(v.head)
    return o


def intent_phrase_verb(n: Token) -> Token | None:
    """Rule INTENT_PHRASE: the verb whose subject holds the intent that the noun ``n`` names, when the noun
    (one of ``intent_nouns``) hangs on the verb by a preposition of ``intent_preps`` ("X flew to Z in a bid
    to free Y", "in an effort to persuade Y, X sent an envoy") or of a verb of searching
    (``intent_phrasal``: "X is looking for a way to convince Y"). Why: news tells an actor's aim in such a
    phrase; the noun is no actor, so the infinitive on it would have no doer."""
    w = words()
    p = n.head
    if n.dep_ != "pobj" or n.lemma_.lower() not in w.intent_nouns or p.dep_ != "prep":
        return None
    g = p.head
    if g.pos_ not in VERB_POS or g.i == p.i:
        return None
    if p.lower_ in w.intent_preps or f"{g.lemma_.lower()} {p.lower_}" in w.intent_phrasal:
        return g
    return None


def purpose_noun(v: Token) -> Token | None:
    """Rule PURPOSE_PARTICIPLE: for a gerund or infinitive ``v`` under a participle of purpose
    (``purpose_participles``) on a noun ("a campaign aimed at pressuring Y", "measures designed to pressure
    Y"), that noun: whoever owns it does the purpose. Why: the participle is a reduced passive with no
    agent, so the verb under it would have no doer."""
    p = v.head
    if v.dep_ == "pcomp" and p.dep_ == "prep":
        p = p.head
    elif v.dep_ != "xcomp":
        return None
    if p.lemma_.lower() not in words().purpose_participles or p.dep_ != "acl" or p.tag_ != "VBN" \
            or p.head.pos_ not in NOUN_POS or p.i == v.i:
        return None
    return p.head


def sent_participle_noun(h: Token) -> Token | None:
    """Rule SENT_PARTICIPLE: "X, sent by Y to meet Z", "an envoy dispatched to free the crew": the
    noun a participle of sending hangs on (a reduced relative) is the one sent, who does the
    purpose; ``h`` is the verb of sending."""
    bare = not any(c.dep_ in ("nsubj", "aux") for c in h.children)
    return h.head if h.dep_ == "acl" and h.tag_ == "VBN" and bare and h.head.pos_ in NOUN_POS else None


def shared_passive(v: Token) -> bool:
    """Rule SHARED_PASSIVE: a bare verb coordinated with a passive that the tagger made a past tense
    ("Z was seized by Y in May and freed on Friday"): it shares the passive's auxiliary, so it is a
    passive too, with the first verb's subject as its object. Not when it has a subject, an
    auxiliary or an object of its own ("X was elected in May and appointed Z": active)."""
    return v.dep_ == "conj" and v.tag_ == "VBD" and v.head.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in v.head.children) \
        and any(c.dep_ == "nsubjpass" for c in v.head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp")
                    for c in v.children)


def left_subject(v: Token) -> Token | None:
    """Rule LEFT_SUBJECT: a verb coordinated with no subject of its own, right after a noun with
    no "and", "but" or comma in between ("X met Y but Z rejected the plan", parsed as "met Y
    but Z" + "rejected"): a verb that shares its subject follows a conjunction or a comma ("X
    met Y and rejected the plan"), so the noun before it, hung as a conjunct of an object, is
    its own subject."""
    if v.dep_ != "conj" or v.pos_ not in VERB_POS or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    j = v.i - 1
    while j > v.sent.start and v.doc[j].dep_ in _BETWEEN and v.doc[j].head.i == v.i:
        j -= 1
    n = v.doc[j]
    if j <= v.sent.start or n.pos_ not in NOUN_POS or n.dep_ != "conj" or n.head.i == v.i:
        return None
    if n.head.dep_ == "conj":  # "..., and A and B were returned": the subject is a coordination, where it begins is open
        return None
    return n if v.head.i in {a.i for a in n.ancestors} else None


def split_conjunct(n: Token) -> bool:
    """Rule LEFT_SUBJECT, from the noun's side: a conjunct of an object that is really the subject of
    the verb right after it is no party of the first act ("X met Y but Z rejected ...": X met Y
    only)."""
    nxt = n.i + 1
    while nxt < n.sent.end and n.doc[nxt].dep_ in _BETWEEN:
        nxt += 1
    return nxt < n.sent.end and n.dep_ == "conj" and (v := n.doc[nxt]).dep_ == "conj" \
        and left_subject(v) is not None and left_subject(v) == n  # (a token compares by position)


def author_of(v: Token) -> Token | None:
    """Rule AUTHOR_PARTICIPLE: a present participle on a message noun (``author_nouns``) whose
    "from"/"by" phrase names its author ("a letter from X offering a meeting with Y", "a statement
    by X calling for talks"): the author does what the participle says; the message does nothing."""
    h = v.head
    if v.dep_ != "acl" or v.tag_ != "VBG" or h.lemma_.lower() not in words().author_nouns:
        return None
    for p in h.children:
        if p.dep_ in ("prep", "agent") and p.lower_ in words().author_preps and p.i < v.i:
            for o in p.children:
                if o.dep_ == "pobj" and o.pos_ in NOUN_POS:
                    return o
    return None


def fronted_participle(v: Token) -> bool:
    """Rule PASSIVE_ADJUNCT: a bare past participle opening its clause ("Freed by Y in May, X flew
    home", "Released in May, the crew returned") is a passive: its by-phrase does it, the clause's
    subject undergoes it. (A trailing one keeps the reading of ``tree.trailing_participle``: "X
    returned, accompanied by an aide".)"""
    return v.dep_ == "advcl" and v.tag_ == "VBN" and v.i < v.head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in v.children)


def adjunct_object(v: Token) -> Token | None:
    """Rule PASSIVE_ADJUNCT: a passive participle with no subject of its own, fronted or trailing
    as an adjunct of a clause ("Freed by Y in May, X flew home", "Having been released by Y, X said",
    "after being freed by Y, X returned"): what it is said of is the clause's subject (which one may
    stand: ``adjunct_object_named``). Never with a subordinator ("when pressed by reporters", "if
    freed": a circumstance or a condition), a preposition that says it did not happen ("instead
    of being freed by Y": ``counterfactual_preps``), nor a questioning by the press ("Pressed by
    reporters, X denied": ``questioning_verbs``, ``press_agents``)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ == "WRB" for c in v.children) or _questioned(v):
        return None
    g = v.head
    if v.dep_ == "pcomp" and g.dep_ == "prep":
        if counterfactual_prep(g):
            return None
        g = g.head
    elif v.dep_ != "advcl" or v.tag_ != "VBN":
        return None
    if g.pos_ not in VERB_POS or g.i == v.i:
        return None
    return next((c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def counterfactual_prep(p: Token) -> bool:
    """Does the preposition ``p``, with the adverb right before it ("instead of", "rather than",
    "far from", wherever the parser hung the adverb) or alone ("without"), say what it takes did
    not happen (``counterfactual_preps``)?"""
    prev = p.doc[p.i - 1] if p.i > p.sent.start else None
    lead = [prev] if prev is not None and prev.dep_ == "advmod" else []
    return " ".join(t.lower_ for t in [*lead, p]) in words().counterfactual_preps


def _questioned(v: Token) -> bool:
    """Is ``v`` a participle of questioning whose by-agent is the press ("Pressed by reporters",
    "Asked by journalists")? It tells how a statement came, no act on the clause's subject."""
    w = words()
    return v.lemma_.lower() in w.questioning_verbs and any(
        o.dep_ == "pobj" and o.lemma_.lower() in w.press_agents
        for a in v.children if a.dep_ == "agent" for o in a.children)


def adjunct_object_named(v: Token, o: Token) -> bool:
    """Rule PASSIVE_ADJUNCT: may ``o`` (the clause's subject, past a dateline) be what the passive
    adjunct ``v`` is said of: with a by-agent, always; with none, only after a fronted participle and
    when ``o`` is a name or a pronoun ("Kidnapped in May, X was freed on Friday"): "after being
    captured in combat" tells an old capture in passing, of a group the story need not hold as a
    party, whose act a place would then fill."""
    if any(c.dep_ == "agent" for c in v.children):
        return True
    return v.dep_ == "advcl" and o.pos_ in ("PROPN", "PRON")


def subject_rule(v: Token, s: Token | None) -> str | None:
    """The name of the construction above that gave ``v`` its logical subject ``s``, for the act's
    trace; None when ``s`` is the verb's own or came by the older inheritance of roles.py."""
    if s is None:
        return None
    n = left_subject(v)
    if n is not None and n.i == s.i:
        return LEFT_SUBJECT
    n = author_of(v)
    if n is not None and n.i == s.i:
        return AUTHOR_PARTICIPLE
    x = v
    for _ in range(4):  # up through the infinitives and conjuncts that pass the subject on
        if x.dep_ in ("advcl", "xcomp") and (n := sent_participle_noun(x.head)) is not None and n.i == s.i:
            return SENT_PARTICIPLE
        if x.dep_ == "relcl" and named_head(x.head).i == s.i and (x.i != v.i or s.i != x.head.i):
            return RELATIVE_CONTROLLER
        if x.dep_ in ("acl", "relcl") and intent_phrase_verb(x.head) is not None:
            return INTENT_PHRASE
        if purpose_noun(x) is not None:
            return PURPOSE_PARTICIPLE
        if x.dep_ not in ("xcomp", "conj", "advcl", "relcl") or x.head.i == x.i:
            return None
        x = x.head
    return None


def object_rule(v: Token, o: Token | None) -> str | None:
    """The name of the construction above that gave ``v`` its logical object ``o``, for the trace."""
    if o is None:
        return None
    if shared_passive(v):
        return SHARED_PASSIVE
    own = any(c.dep_ in ("nsubjpass", "dobj") for c in v.children)
    return PASSIVE_ADJUNCT if adjunct_object(v) is not None and not own and v.dep_ in ("advcl", "pcomp") else None
