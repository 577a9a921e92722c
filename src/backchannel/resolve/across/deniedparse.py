"""Which acts a report says their doer denies, read on the parse of the act's sentence at digest time (rule
``across.links.denied_allegation``, :mod:`.deniedacts`).

Why a parse, not a pattern over the sentence: "Norland released Ola Brandt, a week after Vesterland dismissed
claims that it was mediating" holds a verb of denial and a noun of allegation, yet the release is no act anyone
denies: the denial is Vesterland's, and the release lies outside what it denies. An act is denied only when (1)
a verb of denial (``deniedacts.verbs`` of data/across_denial.toml) takes a noun of allegation as its object
(``deniedacts.nouns``: "denied allegations", "rejected claims"), (2) the act's trigger lies inside that noun's
complement clause ("allegations [that it held the reporter]"), and (3) the denying verb's subject is the act's
doer (a mention of its source; a relative pronoun stands for the noun it hangs on; a personal pronoun is taken
as the doer, as the clause it opens cannot be resolved here). Read once per act, when its report is digested
(the records keep the answer, not the sentence); the parser runs only on sentences the word pattern admits.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from backchannel.alternation import alternation as alt
from backchannel.data_loader import read
from backchannel.model import Dossier, Interaction
from backchannel.nlp import load_pipeline
from backchannel.resolve.across.names import fold
from backchannel.syntax.tree import NSUBJ_DEPS

COMPLEMENTS = frozenset({"acl", "ccomp", "relcl", "appos"})  # a noun's clause: "claims [that it mediated]"
OBJECTS = frozenset({"dobj", "obj", "attr"})
CARRY = frozenset({"conj", "advcl", "xcomp", "acl"})  # a verb with no subject of its own takes its head's
RELATIVE = frozenset({"WDT", "WP"})  # "Norland, which denied ...": the pronoun stands for the noun


@cache
def _words() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    raw = read("across_denial.toml")["deniedacts"]
    verbs, nouns = frozenset(raw["verbs"]), frozenset(raw["nouns"])
    cue = re.compile(rf"\b(?:{alt(verbs)})\s+(?:the\s+|any\s+)?(?:{alt(nouns)})\b")
    return cue, verbs, frozenset(n.split()[0] for n in nouns)


@lru_cache(maxsize=64)
def _parse(text: str) -> Doc:
    return load_pipeline()(text)


def denied_act(i: Interaction, d: Dossier) -> bool:
    """The act's doer denies it (see the module's docstring): decided once, when its report is digested."""
    ev = i.evidence
    if i.negated or not i.trigger or not i.source or not _words()[0].search(fold(ev.text).lower()):
        return False
    at = i.trigger[0] - ev.start
    doer = [(m.start - ev.start, m.end - ev.start) for a in d.actors if a.id == i.source for m in a.mentions]
    _, verbs, nouns = _words()
    for tok in _parse(ev.text):
        if tok.lower_ not in verbs:
            continue
        for noun in (c for c in tok.children if c.dep_ in OBJECTS and c.lower_ in nouns):
            clauses = [c for c in noun.children if c.dep_ in COMPLEMENTS]
            clauses += [c for c in tok.children if c.dep_ == "ccomp" and c.i > noun.i]  # attached to the verb
            if any(_span(c)[0] <= at < _span(c)[1] for c in clauses) and _is_doer(_subject(tok), doer):
                return True
    return False


def _span(t: Token) -> tuple[int, int]:
    return t.left_edge.idx, t.right_edge.idx + len(t.right_edge)


def _subject(verb: Token) -> Token | None:
    """The denying verb's subject: its own, else (a conjunct, a participle) its head's; a relative pronoun
    gives way to the noun its clause hangs on."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in NSUBJ_DEPS), None)
        if subj is not None:
            return verb.head if subj.tag_ in RELATIVE and verb.dep_ == "relcl" else subj
        if verb.dep_ not in CARRY or verb.head is verb:
            return None
        verb = verb.head
    return None


def _is_doer(subj: Token | None, doer: list[tuple[int, int]]) -> bool:
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return True
    s, e = _span(subj)
    return any(a < e and s < b for a, b in doer)
