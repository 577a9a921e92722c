"""Noun-phrase extents and comma segments: how far a phrase reaches to the left and the
right of its head, the text of its tokens, and whether a run of tokens is a noun phrase
or a clause.

Why here: the actors stage cuts descriptions and the claims stage cuts speaker
segments out of the same parse; the edges of a phrase are a question of syntax,
the words that decide what a phrase means are the stages' own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from backchannel.syntax.words import words

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def np_left(head: Token) -> list[Token]:
    """The head's pre-modifiers (contiguous, in its subtree) and the head itself.

    Stops at a bracket, a dash, a relative clause, an apposition or a comma that does not
    separate coordinated pre-modifiers ("Israeli, Palestinian, and American sources")."""
    toks = [head]
    i = head.i - 1
    doc = head.doc
    # walk left while the token is in the head's subtree (asked per token: most walks stop
    # after a word or two, and building the whole subtree was the stage's hottest line)
    while i >= 0:
        t = doc[i]
        if not head.is_ancestor(t):
            break
        if t.is_space or t.text in ("(", ")", "[", "]", "—", "–") or t.dep_ in ("relcl", "acl", "appos"):
            break
        if t.text == "," and not inside_coordination(t, head):
            break
        toks.insert(0, t)
        i -= 1
    return toks


def inside_coordination(comma: Token, head: Token) -> bool:
    """A comma between coordinated pre-modifiers ("Israeli, Palestinian, and American sources")."""
    return comma.head.i != head.i and comma.head.dep_ in ("amod", "compound", "conj") and comma.head.i < head.i


def np_postmodifiers(head: Token, preps: Sequence[str] | frozenset[str],
                     origin_preps: Sequence[str] | frozenset[str]) -> list[Token]:
    """The head's post-modifiers: phrases of the prepositions ``preps`` and past participles
    ("the envoy of the king", "the prisoners held in X"), each cut at a comma, a bracket,
    a dash or a relative clause; the first one that is neither ends them.

    A prepositional phrase of ``origin_preps`` right after the head with a name in it that the
    parser hung elsewhere ("the handover of northern officers from the fortress") is taken
    alone instead."""
    out: list[Token] = []
    doc = head.doc
    # narrow: written for one phrase of one article (02-azovstal-commanders-kalin.txt, see
    # actors merges.drop_places_inside_descriptions)
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in origin_preps and doc[head.i + 1].head.i != head.i \
            and doc[head.i + 2].pos_ == "PROPN":
        j = head.i + 2
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return list(doc[head.i + 1: j + 1])
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in preps or (
                c.dep_ == "acl" and c.tag_ == "VBN"):
            sub = [t for t in c.subtree if not t.is_space]
            # stop at a comma, a relative clause or a parenthesis
            cut = []
            for t in sub:
                if t.text in (",", "(", ";", "—", "–") or t.dep_ == "relcl":
                    break
                cut.append(t)
            if cut:
                out.extend(cut)
                continue
        break
    return out


def span_text(doc: Doc, toks: list[Token]) -> str:
    """The text covered by ``toks`` (the whole range if they are not contiguous)."""
    if not toks:
        return ""
    # Doc.text rebuilds the whole string on every access: slice the tokens' own text instead
    out = []
    for t in toks[:-1]:
        out.append(t.text_with_ws)
    out.append(toks[-1].text)
    first, n = toks[0].i, len(toks)
    if toks[-1].i - first + 1 != n:  # non-contiguous: take the full range between them
        return "".join(t.text_with_ws for t in doc[first: toks[-1].i]) + toks[-1].text
    return "".join(out)


def pronoun_owned_title(root: Token) -> bool:
    """A name whose title has a possessive pronoun: "its spokesman X", "their envoy, X"
    (the title as the name's head, compound or apposition, or the noun right before it)."""
    doc = root.doc
    heads = [root.head] if root.dep_ == "appos" else []
    heads += [c for c in root.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
    left = root.left_edge.i
    if left > 0 and doc[left - 1].pos_ == "NOUN":
        heads.append(doc[left - 1])
    return any(h.pos_ == "NOUN" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in h.children)
               for h in heads)


def has_own_finite(toks: Sequence[Token]) -> bool:
    """Whether a run of tokens holds a finite verb of its own (not one inside a relative clause)."""
    return any(t.tag_ in FINITE_TAGS and t.dep_ not in ("relcl", "acl") and not
               any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i >= toks[0].i) for t in toks)


def is_nominal_segment(seg: Sequence[Token]) -> bool:
    """A comma segment that can name someone: a short noun phrase (at most 14 tokens), no clause
    of its own, not opened by a conjunction, preposition, verb or relative pronoun."""
    if not seg or len(seg) > 14 or seg[0].is_punct or (
            seg[0].pos_ in ("CCONJ", "SCONJ", "ADP", "VERB", "AUX") and seg[0].ent_type_ != "PERSON"):
        return False  # (a name the tagger took for a verb still names)
    if seg[0].lower_ in words().relative_pronouns or has_own_finite(seg):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and len(seg) == 1 for t in seg)
