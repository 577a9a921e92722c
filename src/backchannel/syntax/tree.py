"""Small dependency-parse helpers for every stage (passives, prepositions, phrases).

Why one layer below the stages: argument finding, timing, modality, speakers and
descriptions all walk the same parse; these helpers say once how to read a
preposition chain, a passive or a noun phrase.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from backchannel.syntax.inherit import fronted_participle, relative_prep_object, shared_passive, split_conjunct
from backchannel.syntax.words import words

W = words()


VERB_POS = {"VERB", "AUX"}


NOUN_POS = {"NOUN", "PROPN"}


# the plural noun tags (common and proper)
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}


# the nominal subjects only (no clausal subject): a noun phrase that acts or is acted on
NSUBJ_DEPS = {"nsubj", "nsubjpass"}


# a noun's argument places in its clause: subject, direct object, prepositional object, dative
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


# the argument places, and a later conjunct of a noun in one ("thanked A and B": B)
ARGUMENT_OR_CONJ_DEPS = ARGUMENT_DEPS | {"conj"}


# a noun's adjective and compound premodifiers ("the Lorvian mediator", "a prisoner swap")
MODIFIER_DEPS = frozenset({"amod", "compound"})


# the premodifiers with nominal modifiers besides
NOMINAL_MODIFIER_DEPS = MODIFIER_DEPS | {"nmod"}


# a noun that qualifies or restates another word (compound, apposition, predicate, adverbial
# noun) rather than standing as a mention of its own
QUALIFYING_DEPS = frozenset({"compound", "appos", "attr", "npadvmod"})


# the nominal premodifiers with a possessor besides ("the Lorvian army's envoys", "its mediation team")
MODIFIER_OR_POSS_DEPS = NOMINAL_MODIFIER_DEPS | {"poss"}


# the nominal premodifiers with an adverbial noun besides (a name or demonym the parser hangs as npadvmod)
MODIFIER_OR_NPADVMOD_DEPS = NOMINAL_MODIFIER_DEPS | {"npadvmod"}


# a noun's postmodifiers: a prepositional phrase, a clause, an apposition
POSTMODIFIER_DEPS = frozenset({"prep", "acl", "relcl", "appos"})


# a clause hung on a noun: a relative clause, or a participle or infinitive clause
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "ROOT", "csubj"}


def modal_aux(tok: Token, modals: frozenset[str]) -> bool:
    """Is ``tok`` a modal auxiliary from ``modals`` ("will", "would", "'d", "’ll", "may")?

    Why the tag: "'d" is "would" before a bare verb ("he'd travel") and "had" before a
    participle ("he'd travelled"); the tagger may still call the second MD ("she'd met"), so
    "'d" counts only before a bare verb (VB). A curly apostrophe ("’d", "’ll") is read as the
    straight one, whose form the word lists hold.
    """
    word = tok.lower_.replace("’", "'")
    if word == "'d" and tok.head.tag_ != "VB":
        return False
    return tok.dep_ == "aux" and tok.tag_ == "MD" and word in modals


RELATIVE_PRONOUNS = W.relative_pronouns


PRONOUNS = W.pronouns


MEASURE_NOUNS = W.measure_nouns


def reduced_relative(v: Token) -> bool:
    """A past participle hung on a noun with no subject or auxiliary of its own ("talks hosted by
    X"): passive, its object the noun. With one ("reports that it had met X") it is a finite
    clause the parser hung on the noun."""
    return v.dep_ == "acl" and v.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in v.children)


def trailing_participle(v: Token) -> bool:
    """A past participle hung on a clause's verb with its own by-agent and no subject or auxiliary
    ("talks began in May, mediated by Q"; "they signed the truce, brokered by Q"): passive, its
    doer the agent, never the clause's subject. Only for verbs of ``trailing_passives``: "followed by a
    summit", "accompanied by an aide" keep their old reading (the clause's subject acts)."""
    return v.dep_ == "advcl" and v.tag_ == "VBN" and v.lemma_.lower() in W.trailing_passives \
        and any(c.dep_ == "agent" for c in v.children) \
        and not any(c.dep_ in ("nsubj", "aux") for c in v.children)


def participle_agent(tok: Token) -> bool:
    """Is ``tok`` the agent inside a hyphenated participle modifier ("the <State>-backed rebels", "a
    <State>-brokered truce", "the <Bloc>-led coalition")? Such a backer, broker or leader qualifies another
    actor or act: it is neither the side of the people described (actors.unnamed) nor one of the two sides
    a story is about (interactions.sides.modifier_agent)."""
    head = tok.head
    return tok.dep_ == "npadvmod" and head.tag_ == "VBN" and head.dep_ == "amod" and head.i > tok.i and any(
        t.tag_ == "HYPH" for t in tok.doc[tok.i + 1:head.i])


def is_passive(v: Token, depth: int = 0) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or reduced_relative(v) \
            or trailing_participle(v) or shared_passive(v) or fronted_participle(v):
        return True
    # "talks that were hosted by X and brokered by Y": a bare participle conjoined to a passive
    return (v.dep_ == "conj" and v.tag_ == "VBN" and depth < 3 and v.head.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "aux") for c in v.children) and is_passive(v.head, depth + 1))


def measured(o: Token | None) -> Token | None:
    """The noun a measure phrase measures: "three days of talks" -> talks."""
    if o is not None and o.lemma_.lower() in MEASURE_NOUNS:
        for p in o.children:
            if p.dep_ == "prep" and p.lower_ == W.of_prep:
                for x in p.children:
                    if x.dep_ == "pobj":
                        return x
    return o


def child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of the preposition ``prep`` under ``tok`` ("by way of" as a chain of preps)."""
    words = prep.split()
    out = []
    for c in tok.children:
        if c.dep_ not in ("prep", "agent", "dative") or c.lower_ != words[0]:
            continue
        cur: Token | None = c
        for w in words[1:]:
            if cur is None:  # a word of the chain is missing
                break
            nxt = None
            for cc in cur.children:
                if cc.lower_ == w:
                    nxt = cc
            if nxt is None:
                nxt = cur.doc[cur.i + 1] if cur.i + 1 < len(cur.doc) and cur.doc[cur.i + 1].lower_ == w else None
            cur = nxt
        if cur is None:
            continue
        for o in cur.children:
            if o.dep_ in ("pobj", "pcomp"):
                out.append(relative_prep_object(tok, o))  # "X, with whom she met": X
        # coordinated prepositions ("through X, and not from Y") are separate preps
    if not out and len(words) == 1:
        # "passed messages from X to Y": the parser chains the second preposition to the first
        for c in tok.children:
            # only a plain preposition with its own object chains ("from X to Y"); "according
            # to X", "due to X", "thanks to X" are other clauses' words
            if c.dep_ == "prep" and c.pos_ == "ADP" and any(o.dep_ == "pobj" for o in c.children):
                for cc in c.children:
                    if cc.dep_ == "prep" and cc.lower_ == words[0]:
                        out.extend(o for o in cc.children if o.dep_ == "pobj")
    return out


def appos_head(tok: Token | None) -> Token | None:
    """The noun a chain of appositions hangs on ("X, an American teacher" -> X); by index, since
    spaCy makes a new Token on every ``.head`` and a root is its own head."""
    while tok is not None and tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def governor(tok: Token) -> Token | None:
    """The verb or adjective a noun hangs from (through prepositions, coordination, appositions)."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in VERB_POS or cur.pos_ == "ADJ" and cur.dep_ in ("acomp", "ROOT", "amod", "conj"):
            return cur
    return None


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a token is in: the token itself or its nearest verbal ancestor (None
    at the root of a verbless fragment). Two mentions with one clause verb are co-arguments."""
    t = tok
    while t.pos_ not in VERB_POS and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in VERB_POS else None


DASHES = ("—", "–", "-", "--")  # the dashes that close a dateline


def in_dateline(tok: Token) -> bool:
    """Is the token part of a dateline ("NAIROBI, Kenya —", "KHARTOUM (Reuters) -")? The place
    of filing is never an argument, however the parser hangs it on the first clause."""
    sent = tok.sent
    first = sent[0]
    if not (first.text.isupper() and len(first.text) > 2 and first.is_alpha) and not _title_dateline(first):
        return False
    for t in sent[:12]:
        if t.text in DASHES and t.i > tok.i:
            return True
        if t.i >= tok.i and not _dateline_word(t):
            return False
    return False


def _title_dateline(first: Token) -> bool:
    """(s41-coord) A dateline written in title case ("Juba — The government and the movements signed",
    "Kessel, May 3 – ..."): a proper noun opening a line of the text (the document's first word or one
    after a line break). The place then heads a run of capitalised words, commas and date numbers up to
    a dash, checked by :func:`in_dateline` as for one in capitals."""
    if not (first.text.istitle() and len(first.text) > 2 and first.is_alpha and first.pos_ == "PROPN"):
        return False
    if not (first.i == 0 or "\n" in first.doc[first.i - 1].text_with_ws or first.doc[first.i - 1].is_space):
        return False
    dashes = [t.i for t in first.sent if t.text in DASHES]
    # a clause opens after the dash ("— The", "– Ukraine"); not a parenthesis between two dashes ("Norway
    # — a mediator since May — hosted", "Norway — Y's mediator — hosted")
    nxt = first.doc[dashes[0] + 1] if dashes and dashes[0] + 1 < len(first.doc) else None
    if not (len(dashes) == 1 and dashes[0] - first.i < 12 and nxt is not None and nxt.text[:1].isupper()):
        return False
    # the whole run before the dash is a place and date, never a clause: "Norland signed a truce with
    # Pell –" or "Ostrava, Pell and Norland –" has lower-case words before the dash (review s41 #4)
    return all(_dateline_word(t) or t.is_space for t in first.doc[first.i:dashes[0]])


def _dateline_word(t: Token) -> bool:
    """Can the token stand in a dateline's place-and-date run: a capitalised word, a number or a
    comma, slash or parenthesis? (:func:`in_dateline` and :func:`_title_dateline`)"""
    return t.text[:1].isupper() or t.like_num or t.text in (",", "(", ")", "/")


def past_dateline(s: Token) -> Token:
    """The noun the parser hung on a dateline as its apposition ("NAIROBI, Kenya — 40 prisoners
    were freed": the subject is the prisoners)."""
    if not in_dateline(s):
        return s
    for c in list(s.children) + list(s.head.children):
        if c.dep_ in ("appos", "nsubjpass", "nsubj") and not in_dateline(c):
            return c
    return s


def antecedent(v: Token) -> Token:
    """What a relative clause describes; past a date the parser attached it to ("talks on May
    5-6 that were hosted by X": the talks)."""
    h = v.head
    for _ in range(3):
        if h.ent_type_ == "DATE" and h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in NOUN_POS:
            h = h.head.head
        else:
            break
    return h


def possessed_in_name(o: Token) -> Token:
    """The role noun a possessive name was misparsed over ("met the Economic Community of West
    African States' chief negotiator, NAME": the parser makes "Community" the object and hangs
    the negotiator under its "of"): the object is the possessed noun."""
    # narrow: a parser repair for one sentence of one article (a possessive organisation name)
    if o.pos_ != "PROPN":
        return o
    for p in o.children:
        if p.dep_ == "prep" and p.lower_ == W.of_prep:
            for n in p.children:
                if n.dep_ == "pobj" and n.pos_ == "NOUN" and any(
                        c.dep_ == "poss" and c.pos_ == "PROPN" and any(k.dep_ == "case" for k in c.children)
                        for c in n.children):
                    return n
    return o


def left_of_aux(v: Token) -> Token | None:
    """The passive subject the parser hung elsewhere: the noun right before "was/were" ("X and
    55 soldiers were returned"), taken with the noun it is coordinated with."""
    aux = child(v, "auxpass")
    if aux is None or aux.i == 0:
        return None
    t = v.doc[aux.i - 1]
    if t.pos_ not in NOUN_POS:
        return None
    if t.dep_ == "conj" and t.head.i < t.i and any(c.dep_ == "cc" for c in t.head.children):
        return t.head
    return t


def coordination_head(tok: Token, pos: Collection[str] | None = None) -> Token:
    """The first conjunct of the coordination ``tok`` stands in ("met A, B and C": A for B or C),
    ``tok`` itself (the same object) outside one. With ``pos``, the climb goes only to heads of those
    parts of speech ("the talks and the truce": nouns; "rejected the plan and demanded talks": verbs)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and (pos is None or tok.head.pos_ in pos):
        tok = tok.head
    return tok


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the conjuncts after it, short of a fronted phrase's misparsed subject."""
    out = [tok]
    cut = _fronted_subject_start(tok)
    for c in sorted(tok.conjuncts, key=lambda x: x.i):
        if split_conjunct(c):  # "met Y but Z rejected": Z is the next verb's subject (rule LEFT_SUBJECT)
            break
        if c.i > tok.i and (cut is None or c.i < cut):
            out.append(c)
    return out


def _fronted_subject_start(tok: Token) -> int | None:
    """"After X's attacks on A, B and C met in Z": the parser makes the fronted phrase's noun the
    main verb's subject and the real subject ("B and C") conjuncts of A. When the noun ``tok``
    hangs from is the subject of a verb whose sentence opens with a preposition or marker of that
    verb, the conjuncts from the first one after a comma on belong to the verb, not to ``tok``."""
    h, steps = tok, 0
    while h.dep_ in ("pobj", "prep", "conj", "compound") and h.head.i != h.i and steps < 4:
        h, steps = h.head, steps + 1
    if h.i == tok.i or h.dep_ != "nsubj":
        return None
    v = h.head
    start = tok.sent.start
    if not any(c.dep_ in ("prep", "mark") and c.i == start for c in v.children):
        return None
    return next((c.i for c in sorted(tok.conjuncts, key=lambda x: x.i) if c.i > tok.i
                 and c.i > 0 and tok.doc[c.i - 1].text == ","), None)


def phrase(tok: Token) -> Span:
    """The noun phrase of ``tok`` without relative clauses, appositions or trailing commas."""
    toks = [tok]
    for t in tok.lefts:
        if t.dep_ in ("det", "predet") and t.lower_ in W.articles:
            continue
        toks.extend(t.subtree)
    for t in tok.rights:
        if t.dep_ in ("relcl", "appos", "punct", "cc", "conj", "acl", "advcl"):
            break
        if t.dep_ == "prep" and t.lower_ not in ("of",):
            break
        toks.extend(t.subtree)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return tok.doc[lo:hi + 1]


def subtree_span(tok: Token) -> Span:
    lo, hi = tok.left_edge.i, tok.right_edge.i
    doc = tok.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo < hi and doc[lo].dep_ in ("mark", "aux", "punct") and doc[lo].lower_ in W.clause_lead_words:
        lo += 1
    return doc[lo:hi + 1]


def all_preps(tok: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` under ``tok`` including preps coordinated with another prep."""
    out = list(prep_objects(tok, prep))
    for c in tok.children:
        if c.dep_ == "prep":
            for cc in c.children:
                if cc.dep_ == "conj" and cc.lower_ == prep:
                    out.extend(o for o in cc.children if o.dep_ == "pobj")
    return out


def quantity_object(v: Token) -> Token | None:
    """An object the parser hung under a quantity preposition ("relaying [over 30] messages")."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in W.quantity_preps:
            for o in c.children:
                if o.dep_ == "pobj" and child(o, "nummod") is not None:
                    return o
    return None


def noun_phrase(tok: Token) -> Span:
    """The noun phrase of ``tok`` with its left edge, cut before an apposition, a relative clause or a
    comma (a speaker phrase); :func:`phrase` instead drops articles and keeps "of" phrases."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for t in doc[tok.i + 1: tok.right_edge.i + 1]:
        if t.is_punct and t.text in ",(—–;":
            break
        if t.dep_ in ("relcl", "acl"):
            break
        right = t.i
    while left < tok.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > tok.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left: right + 1]


def span_of(toks: list[Token]) -> tuple[int, int]:
    """Character span from the first to the last of ``toks``."""
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def clause_chain(tok: Token) -> list[Token]:
    """The clause heads (verbs, then the sentence root) that dominate ``tok``, innermost first: the order in
    which a pronoun's antecedent is searched, its own clause before the clauses around it."""
    out: list[Token] = []
    h = tok
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in VERB_POS or h.head.i == h.i:
            out.append(h)
    return out


def head_depth(t: Token, top: Token) -> int:
    """Head hops from ``t`` up to ``top`` (``t`` inside ``top``'s subtree)."""
    n = 0
    while t.i != top.i and t.head.i != t.i:
        t, n = t.head, n + 1
    return n
