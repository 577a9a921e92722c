"""How many ("over 20 messages") and how often ("met three times") an act happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.model import Count, Qualifier
from backchannel.extract.interactions.document import Doc_
from backchannel.syntax.tree import VERB_POS
from backchannel.extract.interactions.words import words

W = words()


def count_of(d: Doc_, tok: Token | None) -> Count | None:
    if tok is None:
        return None
    lex = d.lex
    for c in tok.children:
        if c.dep_ != "nummod":
            continue
        words = lex.settings.number_words
        txt = c.text.replace(",", "")
        try:
            value = int(float(txt)) if any(ch.isdigit() for ch in txt) else int(words[c.lower_])
        except (ValueError, KeyError):
            continue
        before = " ".join(t.lower_ for t in c.subtree if t.i < c.i)
        if tok.dep_ == "pobj" and tok.head.lower_ in W.count_preps and tok.head.i < c.i:
            before = (tok.head.lower_ + " " + before).strip()
        qual: Qualifier = "exactly"
        if c.lower_ in W.round_numbers and before in ("a", ""):
            qual = "about"  # "a dozen officials" is a round figure
        for q, qualifying in lex.settings.count_qualifiers.items():
            if any(before == w or before.endswith(" " + w) or before.startswith(w) for w in qualifying):
                qual = q
                break
        return Count(value=value, qualifier=qual)
    return None


def times_of(d: Doc_, tok: Token) -> Count | None:
    """How often a verb's act happened: "spoke twice", "met three times"."""
    if tok.pos_ not in VERB_POS:
        return None
    adv = d.lex.settings.times_adverbs
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in adv:
            return Count(value=int(adv[c.lower_]), qualifier="exactly")
        if c.lemma_ == W.times_noun and c.dep_ in ("npadvmod", "dobj", "advmod"):
            n = count_of(d, c)
            if n is not None:
                return n
    return None


def bare_number(tok: Token) -> Count | None:
    """"(swapped 40 prisoners) for 35": the number standing for the noun."""
    txt = tok.text.replace(",", "")
    return Count(value=int(txt)) if tok.like_num and txt.isdigit() else None
