"""Attribution inside a relative clause: "…his hands, which she said were at his side",
"what the senators said was gerrymandering", "the stadium, which, Rasko said, is full".

Why: the speaker of such a cue vouches only for the relative clause (the relative pronoun and
what is said of it), not for the sentence around it. Read alone, the cue either takes the whole
sentence ("The park is near the stadium, which is full") or hides inside another speaker's
content; here its content is the two pieces around the cue (the pronoun, then the predicate),
and a content that ends in such a clause stops before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Lexicon, words
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import Cand
from backchannel.extract.context import Context

def _wh() -> frozenset[str]:
    """The relative pronouns of a free or non-restrictive relative (``claims_words.toml``)."""
    return words().wh_relatives


def _wh_subject(verb: Token, before: int) -> Token | None:
    """The relative pronoun subject of ``verb`` written before token index ``before``."""
    wh = _wh()
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in wh
                 and c.i < before), None)


def relative_attribution(v: Token, lex: Lexicon, text: str) -> list[list[int]] | None:
    """The content pieces of a cue that attributes a relative clause: [the relative pronoun, the
    predicate after the cue], or None. Two shapes: the predicate is the cue's complement with the
    pronoun as its subject ("which she said were at his side"), or the cue is a parenthetical
    inside the relative clause ("which, Rasko said, is usually full")."""
    if v.lemma_ not in lex.verbs or not any(c.dep_ == "nsubj" and c.lower_ not in lex.words.wh_relatives
                                            for c in v.children):
        return None
    pred, wh = None, None
    for c in v.children:
        if c.dep_ == "ccomp" and c.i > v.i:
            wh = _wh_subject(c, v.i)
            if wh is not None:
                pred = c
                break
    if pred is None and v.dep_ == "parataxis" and v.head.dep_ == "relcl":
        wh = _wh_subject(v.head, v.i)
        pred = v.head if wh is not None else None
    if pred is None or wh is None:
        return None
    edge = v.i if pred.head.i == v.i else v.right_edge.i  # the complement, or past the parenthetical
    after = [t for t in pred.subtree if t.i > edge]
    if not after:
        return None
    rest = clean(text, after[0].idx, after[-1].idx + len(after[-1].text))
    if rest is None:
        return None
    return [[wh.idx, wh.idx + len(wh.text)], list(rest)]


def attributed_relative(t: Token, lex: Lexicon) -> bool:
    """Whether relative clause ``t`` holds a speech act of its own ("…, which she said were …",
    "…, which, Rasko said, is …"): a content ends before it."""
    if t.dep_ != "relcl":
        return False
    if object_relative(t, lex, t.doc.text) is not None:
        return True  # "…, which Jo Lee confirmed": Jo Lee's claim (OBJECT_RELATIVE), not the outer one's
    for k in [t, *t.children]:
        if k.lemma_ in lex.verbs and (k is t or k.dep_ == "parataxis") and \
                any(c.dep_ == "nsubj" and c.lower_ not in lex.words.wh_relatives for c in k.children) and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lex.words.wh_relatives for g in [k, *k.children]
                    for c in g.children):
            return True
    return False


#: the rule of a reporting verb whose object is a relative pronoun ("…, which he denies")
OBJECT_RELATIVE = "claims.relative.object_relative"
#: arcs that carry a predication up to the verb its speaker vouches for ("promised to halt and ease it")
_CHAIN_ARCS = ("xcomp", "conj")


def _antecedent_predicate(noun: Token) -> Token:
    """What a sentence relative on ``noun`` stands for: the verb whose object the noun is, or the
    gerund whose prepositional phrase it ends ("spying for the agency, which he denies"), carried up
    its chain of infinitives and conjuncts; else the noun itself ("on spying charges, which he
    rejects": the charges, a topic and no claim). Why: a comma "which" after a predicate points back at the whole
    predicate, not at its last noun."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "two sailors from Ostland, which …": the whole noun phrase
    head = noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.tag_ == "VBG":
        head = noun.head.head
    elif noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        head = noun.head.head  # "kidnapped two sailors from Ostland, which X denied": a name is never denied
    elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        head = noun.head
    if head is noun:
        return noun
    while head.dep_ in _CHAIN_ARCS and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
        head = head.head
    return head


def _own_complement(c: Token, lex: Lexicon) -> bool:
    """Whether the cue's child ``c`` says something of its own about the pronoun's antecedent (a
    clause, a predicate, "as X", "on X"), so the antecedent is no content the speaker vouches for."""
    if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "dative"):
        return True
    if c.dep_ != "prep" or any(k.ent_type_ in ("DATE", "TIME") for k in c.children):
        return False  # "which X denied on Monday": a time says nothing of the antecedent
    return c.lower_ in lex.words.object_relative_preps or c.lower_ in lex.words.object_complement_preps


def object_relative(v: Token, lex: Lexicon, text: str) -> list[list[int]] | None:
    """The content of a reporting verb whose direct object is the relative pronoun of a clause on
    the words before ("…accused of spying, which he denies", "…to halt the march, which Jo Lee
    confirmed"): the predicate or noun phrase the clause hangs on, without its subject and without
    the relative clause. Why: the cue's own object is only "which", so no content was read and the
    speaker's denial or confirmation was lost; the speaker vouches for (or against) the antecedent."""
    if v.dep_ != "relcl" or v.lemma_ not in lex.verbs or v.head.i >= v.i:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in lex.words.object_relatives and c.i < v.i for c in v.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in lex.words.wh_relatives for c in v.children):
        return None
    if any(_own_complement(c, lex) for c in v.children):
        return None  # "which she described as crowded", "which he blamed on X": says something else of it
    top = _antecedent_predicate(v.head)
    if top.pos_ not in ("VERB", "AUX"):
        return None  # a noun denied is a topic, no claim (``claims.nominal`` reads ", a charge X denies")
    rel = set(t.i for t in v.subtree)
    subj_end = max((c.right_edge.i for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), default=-1)
    toks = [t for t in top.subtree if t.i not in rel and t.i > subj_end and t.i < v.left_edge.i]
    while toks and toks[-1].is_punct:
        toks.pop()
    if len(toks) < 2:
        return None
    span = clean(text, toks[0].idx, toks[-1].idx + len(toks[-1].text))
    return [list(span)] if span is not None else None


def end_before_own_relative(sent: Span, start: int, end: int, lex: Lexicon) -> int:
    """The end of the characters ``[start, end)`` of ``sent`` without a closing relative clause that
    has a speaker of its own ("According to X, the Front freed them, which Jo Lee confirmed": Jo
    Lee's words, not X's; the clause-content path cuts it in ``syntax``)."""
    for t in sent:
        if t.idx > start and t.right_edge.idx + len(t.right_edge.text) >= end - 1 and attributed_relative(t, lex):
            kept = [x for x in sent if start <= x.idx and x.i < t.left_edge.i]
            while kept and kept[-1].is_punct:
                kept.pop()
            if kept:
                return kept[-1].idx + len(kept[-1].text)
    return end


#: the rule of a pronoun speaker of such a clause read as the subject the predicate is said of
OBJECT_RELATIVE_SUBJECT = "claims.relative.pronoun_is_subject"
#: arcs climbed from the predicate to the clause whose subject it is said of
_UP_ARCS = ("acl", "relcl", "attr", "xcomp", "conj", "pcomp", "prep", "pobj", "advcl", "ccomp")


def object_relative_subject(v: Token, ctx: Context) -> Token | None:
    """The named person a personal pronoun speaker of an object relative stands for (a person of
    ``ctx``'s actors, whatever the tagger's label): the subject of
    the nearest clause above the antecedent predicate ("Jo Lee is a sailor accused of spying, which
    he denies": Jo Lee, the one accused). Why: the one who denies or confirms a predicate said of
    someone is, in news prose, that someone; coreference alone often took the nearest name inside the
    predicate (a state, an agency) instead. None unless the subject is a named person."""
    pron = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if pron is None or pron.lower_ not in words().person_pronouns:
        return None
    t = _antecedent_predicate(v.head)
    for _ in range(12):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            a = ctx.actors.get(ctx.actor_for_token(subj) or "")
            return subj if subj.pos_ == "PROPN" and a is not None and a.kind == "person" and a.named else None
        if t.dep_ not in _UP_ARCS or t.head.i == t.i:
            return None
        t = t.head
    return None


def over_speakerless(cands: list[Cand]) -> list[Cand]:
    """The candidates without a speakerless one whose content is an object relative's ("X is
    accused of spying, which he denies": the agentless "accused" would keep the content and the
    denial, the one claim with a speaker, would be dropped as its copy)."""
    held = {c.clause for c in cands if c.rule == OBJECT_RELATIVE}
    return [c for c in cands if c.rule == OBJECT_RELATIVE or c.clause not in held or not _agentless(c)]


def _agentless(c: Cand) -> bool:
    """Whether a candidate names no one who speaks: no speaker phrase, or a participle on a noun
    ("a sailor accused of spying": the noun is the one accused, not the accuser)."""
    return c.speaker is None or c.cue_tok is not None and c.cue_tok.dep_ == "acl"
