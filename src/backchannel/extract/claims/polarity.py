"""Polarity of a cue: a speech act the text says did not happen makes no claim.

Why: "Hamas did not say how many hostages it held", "the ministry declined to
confirm the figure", "Hamas' refusal to acknowledge who would be released" report
that nothing was said; the clause after the cue is the reporter's question, not
the speaker's words. The dossier's claims carry no polarity, so such a cue makes
no claim at all (``claims.polarity.negated_cue`` names the rule in the tests and
in docs/rules.md; it produces no item). A cue under "without" ("said in a statement without
naming the captives") did not happen either (``claims.polarity.absent_cue``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Lexicon


def negated_cue(v: Token, lex: Lexicon, quoted: Callable[[int], object] = lambda _: None) -> bool:
    """Whether cue verb ``v`` is negated ("did not say", "never confirmed"), is the
    infinitive of a refusal ("declined to say", "a refusal to acknowledge") or refuses a
    speech act ("declined to comment"). ``quoted``: the quotation region at a character offset,
    or None."""
    if not _speech(v.lemma_, lex):
        return False  # "did not expect", "may not want": a belief or wish, not a speech act
    if any(c.dep_ == "neg" and c.i < v.i and quoted(c.idx) is None for c in v.children):
        return True  # (a "not" in quoted words before the cue is the speaker's: "“Probably not,” X said")
    if negative_subject(v, lex) and quoted(v.idx) is None:
        return True  # "Neither side confirmed …", "No union has claimed …" (claims.polarity.negative_subject)
    if v.lemma_.lower() in lex.words.refusal_heads and any(
            c.dep_ == "xcomp" and _speech(c.lemma_, lex) for c in v.children):
        return True  # "declined to comment": the refusal of a speech act is no claim either
    head = v.head
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in lex.words.refusal_heads:
        return True  # "refrained from discussing the ferry deal"
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in lex.words.absence_preps:
        return True  # "said in a statement without naming the captives" (claims.polarity.absent_cue)
    if head is v or v.dep_ not in ("xcomp", "acl", "ccomp", "advcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lex.words.infinitive_markers for c in v.children):
        return False
    if head.lemma_.lower() in lex.words.refusal_heads or head.lower_ in lex.words.refusal_heads:
        return True
    return unrealised_cue(v, head, lex)


def negative_subject(v: Token, lex: Lexicon) -> bool:
    """Whether the subject of cue ``v`` says nobody spoke (``claims.polarity.negative_subject``; no
    item): "Neither A nor B confirmed …", "No union has claimed …", "None of the officials
    confirmed …", "Nobody commented" (``negative_subjects``: the subject word itself or its determiner
    or pre-conjunction). Why: the sentence reports that no one said it, like "did not say"."""
    neg = lex.words.negative_subjects
    for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.pos_ == "NUM":
            continue  # "No 10 said …": an office named by a number sign
        if subj.lower_ in neg or any(k.dep_ in ("det", "preconj") and k.lower_ in neg and _determiner(k)
                                     for k in subj.children):
            return True
    return False


def _determiner(k: Token) -> bool:
    """Whether negative word ``k`` is the determiner of its noun phrase, not part of a quantity or a
    number sign: not followed by a number ("Ostland's No 2 negotiator") or by a comparative ("No fewer
    than 30 officials said …", "no more than two": someone did speak). Why: only a determiner that
    means "not any" says nobody spoke."""
    nxt = k.doc[k.i + 1] if k.i + 1 < len(k.doc) else None
    return nxt is None or not (nxt.tag_ == "CD" or nxt.tag_ in COMPARATIVE_TAGS)  # ("no one": a noun)


#: tags of a comparative quantifier after "no" ("no fewer than", "no more than", "no less than")
COMPARATIVE_TAGS = ("JJR", "RBR")


def unrealised_cue(v: Token, head: Token, lex: Lexicon) -> bool:
    """A speech cue that is the "to"-infinitive of a plan, wish or expectation ("planned to
    announce the deal", "is expected to confirm", "was due to sign"): the speech act has not
    happened, so nothing was said (``claims.polarity.unrealised_cue``; no item). A quotation the
    cue introduces is still attributed by the quotation rules."""
    w = lex.words.unrealised_heads
    return v.dep_ == "xcomp" and (head.lemma_.lower() in w or head.lower_ in w)


def _speech(lemma: str, lex: Lexicon) -> bool:
    """A speech cue: a saying verb or a cue that is not weak ("say", "comment", "confirm"; not
    "expect", "want", "show up")."""
    cue = lex.verbs.get(lemma)
    return cue is not None and (not cue.weak or lemma in lex.words.saying_verbs)
