"""Joint documents: a statement several parties issue together speaks for them as one group.

Why: "A and B said in a joint statement", "A and B released a joint statement saying …",
"according to a trilateral joint communique of the three states" are the words of the parties
together; the annotation conventions give such words one group speaker ("the three parties",
"both parties" of the dev and readable golds), not the first party (which a plain "A and B
said" keeps: ``claims.speakers.first_conjunct``). The group is the one the report itself names
with a pair anaphor ("both parties", "the three parties", "the two sides") in the statement's
sentence or the two after it; without one, the coordinated issuers ("A and B") make a group of
their own. A document that is no joint one ("a statement"), or a joint one whose issuers are
neither named together nor referred to as a pair, is left to the document rules
(``claims.speakers.document_author``). Which words make a document joint is language data
(``claims_words.toml``: ``joint_document_words``; the document nouns are ``cues.toml [documents]``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon, words
from backchannel.extract.claims.speaker_actors import unnamed_actor
from backchannel.extract.claims.state import Cand
from backchannel.model import Actor
from backchannel.syntax.tree import noun_phrase

RULE = "claims.joint_document.joint_document"

#: how many sentences after the statement's own a pair anaphor may name its group
AFTER = 2


def pair_anaphor(ctx: Context, span: Span, head: Token, numbers: frozenset[str] | None = None) -> bool:
    """A definite plural with a number pointing back at two parties already named ("the two sides");
    ``numbers``: the counts allowed instead of the pair numbers ("the three parties")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    w = words()
    lead = {t.lower_ for t in ctx.doc[span.start: head.i]}
    if not (lead & w.pair_all or lead & w.pair_determiners and lead & (numbers or w.pair_numbers)):
        return False
    own = ctx.actor_for_token(head)  # the phrase's own mention may hold its count ("three parties")
    if any(ctx.actor_for_token(t) not in (None, own) for t in ctx.doc[span.start: head.i]):
        return False  # "the two Qatari mediators": specified, not a back-reference
    before = {m[2] for m in ctx.mentions_in(0, span.start_char)}
    return len(before) >= 2


def _joint(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a document noun with a joint modifier ("a joint statement")."""
    if not (tok.lemma_.lower() in lex.documents or tok.lower_ in lex.documents):
        return False
    return any(k.lower_ in lex.words.joint_document_words and k.dep_ in ("amod", "compound", "nmod")
               for k in tok.children)


def joint_document(c: Cand, lex: Lexicon) -> Token | None:
    """The joint document claim ``c`` is spoken through: its speaker phrase ("according to a joint
    statement …"), the noun a "saying" participle cue hangs on ("released a joint statement
    saying …"), or the object of an "in" phrase on the cue ("said in a joint statement")."""
    if c.speaker is not None and _joint(c.speaker.root, lex):
        return c.speaker.root
    v = c.cue_tok
    if v is None:
        return None
    if v.dep_ == "acl" and _joint(v.head, lex):
        return v.head
    for k in v.children:
        if k.dep_ == "prep" and k.lower_ in lex.words.document_in_preps:
            doc = next((g for g in k.children if g.dep_ == "pobj" and _joint(g, lex)), None)
            if doc is not None:
                return doc
    return None


def _pair_group(ctx: Context, doc: Token, lex: Lexicon, spoke: frozenset[str]) -> str | None:
    """The group a pair anaphor of ``joint_heads`` names in the document's sentence or the two
    after it ("both parties agreed …", "In the statement, the three parties pledged …")."""
    sents = list(ctx.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= doc.i < s.end)
    for s in sents[at: at + AFTER + 1]:
        for t in s:
            if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in lex.words.joint_heads:
                span = noun_phrase(t)
                if pair_anaphor(ctx, span, t, lex.words.joint_group_numbers):
                    aid = ctx.actor_for_token(t)
                    return aid if aid is not None else unnamed_actor(ctx, span, t, lex, spoke)[0]
    return None


def _issuers(c: Cand, doc: Token) -> Span | None:
    """The coordinated parties that issued the document: the speaker phrase ("A and B said in a
    joint statement"), the subject of the verb whose object the document is ("A and B released a
    joint statement"), its "of"/"by"/"from" object ("a joint statement by A and B"), or the agent of a
    participle on it ("a joint statement issued by A and B")."""
    cands: list[Token] = []
    if c.speaker is not None and c.speaker.root.i != doc.i:
        cands.append(c.speaker.root)
    if doc.dep_ in ("dobj", "obj"):
        cands += [k for k in doc.head.children if k.dep_ == "nsubj"]
    cands += [g for k in doc.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
    # "a joint statement issued by A and B": the agent of a participle on the document
    cands += [g for v in doc.children if v.dep_ == "acl" for k in v.children if k.dep_ == "agent"
              for g in k.children if g.dep_ == "pobj"]
    for t in cands:
        if any(k.dep_ == "conj" for k in t.children):
            return _coordination(t)
    return None


def _coordination(t: Token) -> Span:
    """The whole coordination headed by ``t`` ("A, B and C"): from its first conjunct's phrase to its
    last one's. Why not :func:`noun_phrase` alone: that stops at the first comma ("A")."""
    members, todo = [t], [t]
    while todo:
        for k in todo.pop().children:
            if k.dep_ in ("conj", "appos") and k.i > t.i:
                members.append(k)
                todo.append(k)
    end = max(noun_phrase(m).end for m in members)
    return t.doc[noun_phrase(t).start: end]


def joint_document_speaker(ctx: Context, c: Cand, lex: Lexicon, spoke: frozenset[str]) -> str | None:
    """The group speaking through a joint document (module doc), or None: the report's pair anaphor
    for the parties, else their coordination as a group of its own. Only when the speaker phrase is
    the document or a coordination of issuers: a phrase of one head ("the two sides", "government
    and rebel officials") is read by the pair and joint rules (``claims.joint.*``), and a definite
    document ("the joint statement said") by the document rules, which find who issued it before."""
    doc = joint_document(c, lex)
    if doc is None or c.speaker is None:
        return None
    root = c.speaker.root
    if root.i != doc.i and not any(k.dep_ == "conj" for k in root.children):
        return None  # "the two sides said in a joint statement": the pair and joint rules read that phrase
    if root.i == doc.i and any(k.dep_ == "poss" or k.lower_ in lex.words.definite_determiners for k in root.children):
        return None  # "the joint statement said": issued before, its issuer found by the document rules
    aid = _pair_group(ctx, doc, lex, spoke)
    if aid is not None:
        return aid
    issuers = _issuers(c, doc)
    if issuers is None:
        return None
    return coordination_group(ctx, issuers, lex)


#: the rule id of the group a coordination of issuers makes (s36-fixper)
COORDINATION_RULE = "claims.joint_document.coordination_group"


def coordination_group(ctx: Context, issuers: Span, lex: Lexicon) -> str:
    """The unnamed group of the coordinated issuers, named by their whole coordination as written
    ("Norway, the Front and Sweden": every conjunct, not the first one cut at its comma), of kind group
    and of no one party's side. Why not the speaker-description reader (``unnamed_actor``): it reads a
    description of one head, so it cut "A, B and C" to "A" (a second actor of A's name) and made the
    pair a person affiliated to its first member. An earlier group of the same words is reused."""
    toks = list(issuers)
    while toks and (toks[0].lower_ in lex.words.definite_determiners or toks[0].is_punct):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET")):
        toks.pop()
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    name = " ".join(ctx.document.text[start:end].split())
    same = next((a.id for a in ctx.actors.values() if not a.named and a.kind == "group"
                 and a.name.lower() == name.lower()), None)
    if same is None:
        same = ctx.new_actor_id(name)
        ctx.add_actor(Actor(id=same, name=name, kind="group", named=False), rule=COORDINATION_RULE)
    ctx.add_mention(same, start, end, rule=COORDINATION_RULE)
    return same
