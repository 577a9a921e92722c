"""Joint speakers: one noun phrase naming the people of two sides at once ("government and rebel
officials said", "Norland and Vesterland negotiators announced", "representatives of Norland and
the Front said") speaks as one group of its own.

Why a group and not the first party: the words are the joint statement of both sides' people, and
the annotation conventions give such a phrase one unnamed group speaker (as "the three parties" of
a tripartite statement); a later "the two sides said" or "the joint statement said" is that group
again. A coordination of whole phrases ("Norland and Vesterland said", "a Norland official and a
Vesterland envoy said") is no joint description and keeps its first conjunct
(``claims.speakers.first_conjunct``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.model import Actor
from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.syntax.tree import MODIFIER_OR_POSS_DEPS

JOINT_RULE = "claims.joint.joint_speakers"
AGAIN_RULE = "claims.joint.joint_group_again"


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the conjuncts coordinated with it ("Norland", "Vesterland" of "Norland and Vesterland")."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def _names_party(ctx: Context, tok: Token, lex: Lexicon) -> bool:
    """Whether a conjunct names a side: a named actor mentioned on its own words ("Norland",
    "Iranian", "the Front"), or a bare "government" (``state_body_heads``)."""
    if tok.lemma_.lower() in lex.words.state_body_heads or tok.lower_ in lex.words.state_body_heads:
        return True
    lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)
    for s, e, aid in ctx.mentions_in(lo, hi):
        a = ctx.actors.get(aid)
        if s >= lo and e <= hi and a is not None and a.named and a.kind != "person":
            return True
    return False


def _people(tok: Token, lex: Lexicon) -> bool:
    """Whether a noun names people or envoys ("officials", "representatives"): a head of its own."""
    lemma = tok.lemma_.lower()
    return lemma in lex.person_nouns or lemma in lex.words.represented_heads


def _own_phrase(conj: Token, owners: tuple[Token, ...], lex: Lexicon) -> bool:
    """Whether a conjunct of an "of"/"from" phrase is people with a phrase of its own after it ("officials
    from A and leaders from B", wherever the parse hung the second "from"): two whole descriptions, no
    joint one (the first conjunct speaks, ``claims.speakers.first_conjunct``; s47-speaker)."""
    heads = {conj.i, *(t.i for t in owners)}
    return _people(conj, lex) and any(g.dep_ == "prep" and g.i > conj.i and g.head.i in heads
                                      for g in conj.sent)


def _joint_part(ctx: Context, head: Token, lex: Lexicon) -> Token | None:
    """The last token of the joint description headed by ``head``: the head itself for
    coordinated modifiers ("government and rebel delegates"), the last conjunct's right edge for a
    coordinated "of"/"from" phrase ("envoys of Norland and the Front"); None when the phrase
    coordinates no two parties."""
    for k in head.children:
        if k.i < head.i and k.dep_ in MODIFIER_OR_POSS_DEPS:
            parts = _conjuncts(k)
            if len(parts) >= 2 and any(_names_party(ctx, p, lex) for p in parts):
                return head
    for k in head.children:
        if k.dep_ != "prep" or k.lower_ not in lex.words.joint_preps:
            continue
        obj = next((g for g in k.children if g.dep_ == "pobj"), None)
        parts = _conjuncts(obj) if obj is not None else []
        if obj is not None and any(_own_phrase(p, (head, obj), lex) for p in parts[1:]):
            return None  # "officials from A and leaders from B": two whole phrases, the first speaks (s47)
        # "representatives of A's government and the opposition": the parse may hang the second
        # party on the head; a conjunct that is no noun of people with no phrase of its own is the
        # of-phrase's ("representatives of A and envoys of B" are two groups)
        parts += [c for c in head.children if c.dep_ == "conj" and c.i > k.i and not _people(c, lex)
                  and not any(g.dep_ == "prep" for g in c.children)]
        if len(parts) >= 2 and any(_names_party(ctx, p, lex) for p in parts):
            return parts[-1].right_edge if not any(c.dep_ == "relcl" for c in parts[-1].children) else parts[-1]
    return None


def _same_words(a: str, b: str) -> bool:
    """Whether two descriptions use the same words in any order ("Iranian and U.S. officials",
    "U.S. and Iranian officials")."""
    def bag(s: str) -> list[str]:
        return sorted(w.lower().strip(".,") for w in s.split())
    return bag(a) == bag(b)


def joint_speaker(ctx: Context, span: Span, lex: Lexicon) -> str | None:
    """The unnamed group a joint description names ("government and MILF officials said"), an
    earlier one with the same words or a new one; None when the speaker phrase is no joint
    description (its head is no plural noun of people or parties, or no two parties are
    coordinated inside it)."""
    head = span.root
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    lemma = head.lemma_.lower()
    if not (lemma in lex.person_nouns or lemma in lex.group_nouns or lemma in lex.words.represented_heads
            or lemma in lex.words.joint_heads):
        return None
    last = _joint_part(ctx, head, lex)
    if last is None:
        return None
    first = next((t for t in span if t.i <= head.i and not (t.is_punct or t.dep_ in ("det", "predet", "nummod")
                                                             or t.lower_ in lex.words.description_determiners)), head)
    start, end = first.idx, last.idx + len(last.text)
    name = re.sub(r"\s+", " ", ctx.document.text[start:end]).strip()
    for a in ctx.actors.values():
        if not a.named and a.kind == "group" and a.mentions and a.mentions[0].start <= start \
                and any(_same_words(name, n) for n in [a.name, *a.aliases]):
            if name != a.name and name not in a.aliases:
                a.aliases.append(name)
            ctx.add_mention(a.id, start, end, rule=JOINT_RULE)
            return a.id
    aid = ctx.new_actor_id(name)
    ctx.add_actor(Actor(id=aid, name=name, kind="group", named=False), rule=JOINT_RULE)
    ctx.add_mention(aid, start, end, rule=JOINT_RULE)
    return aid


def joint_group_again(ctx: Context, span: Span, joint: str | None, lex: Lexicon) -> str | None:
    """"… the two sides said in a joint statement", "both parties said": a definite pair anaphor
    after a joint description spoke (``joint``: that group's id, None when none spoke) is that
    group again; the anaphor's words (without "the") become one of its aliases."""
    a = ctx.actors.get(joint) if joint else None
    if a is None:
        return None
    toks = [t for t in span if not t.is_punct and t.lower_ not in lex.words.definite_determiners]
    if toks:
        alias = ctx.document.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
        if alias != a.name and alias not in a.aliases:
            a.aliases.append(alias)
        ctx.add_mention(a.id, toks[0].idx, toks[-1].idx + len(toks[-1].text), rule=AGAIN_RULE)
    return a.id
