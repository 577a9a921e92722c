"""Documents that speak ("the statement said", "a letter signed by X said"): who issued them.

Why a module of its own: a document is resolved to its issuer by what the report said about it
before (a possessor, "from"/"by", "issued a statement", the same statement speaking earlier, an
announcement just before); the speaker resolution (:mod:`.speakers`) asks here first.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from spacy.tokens import Span, Token

from backchannel.data_loader import read

from backchannel.extract.context import Context
from backchannel.extract.claims.cue_lexicon import Lexicon, words
from backchannel.extract.claims.dateline import dateline_state
from backchannel.extract.claims.relay import CITED_RULE
from backchannel.extract.claims.speaker_actors import is_outlet
from backchannel.extract.claims.state import Cand, ClaimsDoc
from backchannel.syntax.tree import noun_phrase


def issuer_phrase(head: Token, lex: Lexicon) -> Span | None:
    """The phrase naming who issued a document or owns a medium that speaks: its possessor ("the
    ministry's statement", "its website") or the object of its "from"/"by" phrase ("a statement
    from the Front", "a letter signed by the envoy"); None when the document names no issuer."""
    lemma, low = head.lemma_.lower(), head.lower_
    media = lex.words.speaker_media
    if not (lemma in lex.documents or low in lex.documents or lemma in media or low in media):
        return None
    for k in head.children:
        if k.dep_ == "poss":
            return noun_phrase(k)
        if k.dep_ == "prep" and k.lower_ in lex.words.agent_preps:
            obj = next((g for g in k.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return noun_phrase(obj)
        if k.dep_ == "prep" and k.lower_ in lex.words.medium_preps:  # "a report in the daily X"
            obj = next((g for g in k.children if g.dep_ == "pobj"), None)
            if obj is not None and _medium(obj, lex):
                return noun_phrase(obj)
        if k.dep_ == "acl" and k.tag_ == "VBN":  # "a letter signed by the envoy"
            agent = next((g for g in k.children if g.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return noun_phrase(obj)
    return None


def _medium(obj: Token, lex: Lexicon) -> bool:
    """Whether the object of "in" names a medium: an outlet word in its phrase ("the daily X", "the
    Lunde Post"); not a date or a place ("a report in March", "in Norland")."""
    return any(t.lower_ in lex.words.media_words for t in obj.subtree if t.i <= obj.i)


def document_author(ctx: Context, d: ClaimsDoc, head: Token, claims_done: list[Cand] | None = None) -> str | None:
    """The actor who issued the document that speaks ("the statement said", "its letter said"):
    the possessor, else the subject of the verb whose object (or "in"-phrase) is the same
    document noun in this or the two sentences before ("Hamas issued a statement …",
    "X said in a statement …"), or is the speaking document itself ("X issued a statement
    confirming …": the participle's speaker is the statement). When that verb made a claim
    (``claims_done``), its resolved speaker is the author ("government and rebel officials said in a
    joint statement … the joint statement said": whoever that claim resolved them to)."""
    spoke = {p.cue_tok.i: p.speaker_actor for p in claims_done or [] if p.cue_tok is not None and p.speaker_actor}
    poss = next((t for t in head.children if t.dep_ == "poss"), None)
    if poss is not None:
        return ctx.actor_for_token(poss) or ctx.actor_for_span(ctx.doc[poss.left_edge.i: poss.i + 1])
    si = d.sent_index(head.idx)
    lemma = head.lemma_.lower()
    # "the statement" points back to the one met before, however far; "a statement", two sentences
    definite = head.i > 0 and head.doc[head.i - 1].lower_ in words().definite_determiners
    return _issued(ctx, d, head, {lemma}, d.sents[0 if definite else max(0, si - 2): si + 1], spoke, head.i + 1)


#: rule id of a definite document taken up from an earlier document of another word
ISSUED_RULE = "claims.documents.issued_before"


@cache
def _issued_kinds() -> tuple[frozenset[str], int]:
    t = read("issued_documents.toml")["issued_before"]
    return frozenset(t["words"]), int(t["reach"])


@cache
def _body_statements() -> frozenset[str]:
    """The documents a body's report implies (``issued_documents.toml`` ``body_statements``)."""
    return frozenset(read("issued_documents.toml")["body_statements"]["words"])


def issued_before(ctx: Context, d: ClaimsDoc, head: Token, claims_done: list[Cand]) -> str | None:
    """Rule ``claims.documents.issued_before``: "the Zorlan captors sent a message to the tower … The
    statement said": a definite document of the issued kinds (``issued_documents.toml``: statement,
    message, letter, communique …) that no earlier document of its own word introduced takes up the
    latest one of another issued word in this or the ``reach`` sentences before, and speaks for its
    issuer (the subject of the verb that put it out). Why: a report varies the word for the one text a
    party put out. Not an indefinite one ("a statement": a new text), not a possessed one (its possessor)."""
    kinds, reach = _issued_kinds()
    lemma = head.lemma_.lower()
    if lemma not in kinds or head.i == 0 or head.doc[head.i - 1].lower_ not in words().definite_determiners:
        return None
    spoke = {p.cue_tok.i: p.speaker_actor for p in claims_done if p.cue_tok is not None and p.speaker_actor}
    si = d.sent_index(head.idx)
    return _issued(ctx, d, head, kinds - {lemma}, d.sents[max(0, si - reach): si + 1], spoke, head.i)


def _issued(ctx: Context, d: ClaimsDoc, head: Token, lemmas: set[str] | frozenset[str], sents: list[Span],
            spoke: Mapping[int, str | None], before: int) -> str | None:
    """The issuer of the latest document noun of ``lemmas`` before ``head`` in ``sents``: the subject (or
    "by" agent) of the verb it is the object, "in"-phrase or passive subject of, or the speaker that verb's
    claim resolved to; ``before``: the first token not looked at (past ``head``: the speaking document
    itself, "X issued a statement confirming …")."""
    for sent in reversed(sents):
        for t in reversed(d.sent_tokens(sent)):
            if t.i >= before or t.lemma_.lower() not in lemmas or t.pos_ != "NOUN":
                continue
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if t.dep_ not in ("dobj", "pobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.i in spoke:
                return spoke[verb.i]
            subj = next((k for k in verb.children if k.dep_ in ("nsubj", "agent")), None)
            if subj is not None and subj.dep_ == "agent":
                subj = next((k for k in subj.children if k.dep_ == "pobj"), None)
            aid = ctx.actor_for_token(subj) if subj is not None else None
            if aid is None and subj is not None and subj.pos_ != "PRON":
                aid = ctx.actor_for_span(ctx.doc[subj.left_edge.i: subj.i + 1])
            if aid is not None:
                return aid
    return None


def issuing_subject(d: ClaimsDoc, head: Token) -> Token | None:
    """"A spokesman posted photos of the meeting on Monday. … the post said": the subject of the
    latest verb that issues this kind of document without naming it (``issuing_verbs``: "posted",
    "tweeted"), or of a verb of writing or answering done on a platform for a post ("responded on X"),
    in this or the two sentences before (any before for a definite "the post"), nearest first: the
    document's issuer (so a poster named after an embedded signed post wins over its signer), to be resolved as a speaker phrase (``claims.speakers.issuing_verb``)."""
    lemma = head.lemma_.lower()
    issuing = words().issuing_verbs
    definite = head.i > 0 and head.doc[head.i - 1].lower_ in words().definite_determiners
    post = lemma in words().post_documents or head.lower_ in words().post_documents
    si = d.sent_index(head.idx)
    for sent in reversed(d.sents[0 if definite else max(0, si - 2): si + 1]):
        for t in reversed(d.sent_tokens(sent)):
            if t.i >= head.i or t.pos_ != "VERB" or issuing.get(t.lemma_.lower()) != lemma \
                    and not (post and _on_platform(t)):
                continue
            subj = next((k for k in t.children if k.dep_ == "nsubj"), None)
            if subj is None and t.dep_ == "acl":  # "A spokesman posted on X …" parsed as a reduced relative
                subj = t.head
            if subj is not None and subj.pos_ != "PRON":
                return subj
    return None


def _on_platform(verb: Token) -> bool:
    """"responded on X", "wrote on his Telegram channel": a verb of writing or answering
    (``platform_verbs``) done on a platform (``post_platforms``) issues a post."""
    w = words()
    if verb.lemma_.lower() not in w.platform_verbs:
        return False
    return any(p.lower_ in w.platform_preps and any(o.dep_ == "pobj" and any(
        k.lower_ in w.post_platforms for k in o.subtree) for o in p.children) for p in verb.children)


def same_document(head: Token, claims_done: list[Cand]) -> str | None:
    """"…,” the communiqué, which X read out, said. … the communiqué added": a definite document that spoke
    before speaks for the same issuer (the latest earlier claim whose speaker phrase has the
    same head noun and was resolved)."""
    lemma = head.lemma_.lower()
    for p in reversed(claims_done):
        if p.speaker is None or p.speaker.root.i >= head.i or p.speaker_actor is None \
                or p.trace.get("nesting") == CITED_RULE:  # a cited source's copy speaks for no document
            continue
        # the phrase itself, or the document whose issuer it names ("the statement read by X": X)
        if any(t.lemma_.lower() == lemma for t in [p.speaker.root, *p.speaker.root.ancestors]):
            return p.speaker_actor
    return None


#: the rule id of a signed embedded post (``.signed``)
SIGNED_POST = "claims.signed.post"


def signed_post_author(d: ClaimsDoc, head: Token, claims_done: list[Cand], lex: Lexicon) -> str | None:
    """"— Name (@handle) date … The tweet reads, “…”": a definite post-like document
    (``post_documents``) that no verb introduced is the post signed last before it, in this or the
    three sentences before; its signer is the author. The reporter describes the post it embeds."""
    if head.lemma_.lower() not in lex.words.post_documents and head.lower_ not in lex.words.post_documents:
        return None
    si = d.sent_index(head.idx)
    best: Cand | None = None
    for p in claims_done:
        if p.rule != SIGNED_POST or p.speaker_actor is None or not p.cue_span or p.cue_span[0] >= head.idx:
            continue
        if d.sent_index(p.cue_span[0]) >= si - 3 and (best is None or p.cue_span[0] > best.cue_span[0]):
            best = p
    return best.speaker_actor if best is not None else None


def announced_before(d: ClaimsDoc, head: Token, claims_done: list[Cand], lex: Lexicon) -> str | None:
    """"X has announced A. … The statement said B": a definite document no verb introduced is
    what the speaker of the latest announcement (``announcing_cues``) in the three sentences
    before issued."""
    si = d.sent_index(head.idx)
    for p in reversed(claims_done):
        if p.cue_tok is None or p.cue_tok.i >= head.i or d.sent_index(p.cue_tok.idx) < si - 3:
            continue
        if p.cue_tok.lemma_ in lex.words.announcing_cues and p.speaker_actor is not None:
            return p.speaker_actor
    return None


#: rule id of a definite statement that a body's report just before it issued
BODY_RULE = "claims.documents.body_spoke_before"

#: actor kinds that speak through statements (a person's "said" implies none)
BODY_KINDS = ("organization", "group", "state")


def body_spoke_before(ctx: Context, d: ClaimsDoc, head: Token, claims_done: list[Cand]) -> str | None:
    """Rule ``claims.documents.body_spoke_before``: "Later, the Guild said A.¶“B,” the statement said":
    a definite statement-like document (``issued_documents.toml`` ``body_statements``; not a letter or
    message, which may be the other party's it spoke of, s48-fix2b) that nothing before introduced
    is the statement of the body whose claim comes right before it, in its sentence or the one before,
    when that speaker is an organisation, group or state (bodies speak through statements; a person's
    claim there gives none). Why: the report names the statement only after telling what the body said."""
    if head.lemma_.lower() not in _body_statements() or head.i == 0 \
            or head.doc[head.i - 1].lower_ not in words().definite_determiners:
        return None
    si = d.sent_index(head.idx)
    before = [p for p in claims_done if p.cue_tok is not None and p.cue_tok.i < head.i and p.cue_span[0] < head.idx]
    if not before:
        return None
    last = max(before, key=lambda p: p.cue_span[0])
    if d.sent_index(last.cue_span[0]) < si - 1 or last.speaker_actor is None or _others_text(head, last):
        return None
    actor = ctx.actors.get(last.speaker_actor)
    return last.speaker_actor if actor is not None and actor.kind in BODY_KINDS else None


def _others_text(head: Token, last: Cand) -> bool:
    """Whether the content of claim ``last`` names a text of another party (a document or a proposal
    with a possessor that is no pronoun: "studying *the Front's offer*", "rejected *Westmark's
    statement*"): the definite document after it may be that one, not the body's own (s48-fix2b)."""
    if last.clause is None:
        return False
    kinds = _issued_kinds()[0] | words().directive_nouns
    s, e = last.clause
    return any(s <= t.idx < e and t.lemma_.lower() in kinds and any(
        k.dep_ == "poss" and k.pos_ != "PRON" for k in t.children) for t in head.doc[:head.i])


def reporting_medium(ctx: Context, d: ClaimsDoc, head: Token, claims_done: list[Cand], lex: Lexicon) -> str | None:
    """"Israel Television said that … The report said that …", "the paper X reported that …
    Since then, the paper reported, …": a definite medium or piece of reporting
    (``media_anaphors``) that names no issuer is the outlet that spoke last, in this or the
    three sentences before: the speaker of the latest claim (not a cited source's copy of an outlet's
    claim, :data:`.relay.CITED_RULE`) whose cue is an outlet's
    (``medium_cues``: "reported") or whose speaker phrase names an outlet (``media_words``:
    "Television", "paper"). A person's claim in between is no outlet, and is skipped."""
    w = lex.words
    if head.lemma_.lower() not in w.media_anaphors and head.lower_ not in w.media_anaphors:
        return None
    if any(k.dep_ == "det" and k.lower_ in w.indefinite_articles for k in head.children):
        return reported_next(ctx, d, head, lex)  # "according to a new report. … Outlet X reported"
    if head.i == 0 or head.doc[head.i - 1].lower_ not in w.definite_determiners:
        return None
    if any(k.dep_ in ("poss", "compound", "appos") or k.pos_ == "PROPN" for k in head.children):
        return None  # "the ministry's report", "the Reuters report": an issuer or a name of its own
    si = d.sent_index(head.idx)
    for p in reversed(claims_done):
        if p.speaker is None or p.speaker_actor is None or p.speaker.root.i >= head.i:
            continue
        if d.sent_index(p.speaker.start_char) < si - 3:
            break
        if p.trace.get("nesting") == CITED_RULE:
            continue  # "X reported, citing sources, …": the cited sources' copy is no outlet's claim
        outlet = p.cue_tok is not None and p.cue_tok.lemma_ in w.medium_cues
        if outlet and p.cue_tok is not None and not (p.speaker.root.head.i == p.cue_tok.i
                                                     and p.speaker.root.dep_ == "nsubj"):
            # "X quoted an aide as saying …": the aide speaks, X is the outlet (the cue's subject)
            subj = next((k for k in p.cue_tok.children if k.dep_ == "nsubj"), None)
            relaying = ctx.actor_for_token(subj) if subj is not None and subj.pos_ != "PRON" else None
            if relaying is not None:
                return relaying
            continue
        if outlet or any(t.lower_ in w.media_words for t in p.speaker):
            return p.speaker_actor
    return None


#: how many sentences after an indefinite report the outlet that reported it may be named (s40)
REPORTED_NEXT = 2


def reported_next(ctx: Context, d: ClaimsDoc, head: Token, lex: Lexicon) -> str | None:
    """(s40-speaker, part of ``claims.speakers.reporting_medium``) "… was one of several secret talks,
    according to a new report. / The talks began in June, news outlet X reported, …": an indefinite
    report that names no issuer is the report of the outlet that is the subject of a reporting verb
    (``medium_cues``: "reported", "published") in the next two sentences, when that subject is an
    outlet (a known agency or a word of media in its phrase: "news outlet X", "the daily X"). Why: a
    news lead often gives the finding first and names the outlet that found it right after. Not a
    report with an issuer of its own ("a report by X", "X's report"), not a person who reported."""
    w = lex.words
    if any(k.dep_ in ("poss", "compound", "prep", "acl") or k.pos_ == "PROPN" for k in head.children):
        return None
    si = d.sent_index(head.idx)
    for sent in d.sents[si + 1: si + 1 + REPORTED_NEXT]:
        for t in d.sent_tokens(sent):
            if t.pos_ != "VERB" or t.lemma_ not in w.medium_cues:
                continue
            subj = next((k for k in t.children if k.dep_ == "nsubj" and k.pos_ in ("PROPN", "NOUN")), None)
            if subj is None:
                continue
            phrase = ctx.doc[subj.left_edge.i: subj.i + 1]
            aid = ctx.actor_for_token(subj) or ctx.actor_for_span(phrase)
            a = ctx.actors.get(aid) if aid is not None else None
            if a is not None and (is_outlet(a, w.media_words) or any(x.lower_ in w.media_words for x in phrase)):
                return aid
    return None


#: the rule id of an official document with no issuer, spoken for by the state that spoke last (s36)
OFFICIAL_RULE = "claims.speakers.official_document_state"

#: how many sentences before the document a claim of its state's speaker may stand
OFFICIAL_REACH = 2


def official_document_state(ctx: Context, d: ClaimsDoc, head: Token, claims_done: list[Cand],
                            lex: Lexicon) -> str | None:
    """The state that issued an official document naming no issuer ("according to an official
    communique", "a government statement said"): the state whose speaker made the latest claim in
    this or the two sentences before (a state itself, or a person or body affiliated to one), else
    the state of the report's dateline; None when speakers of two or more states spoke there (the
    last of them need not be the issuer: "A's minister said …; B's envoy agreed …; according to an
    official communique, …" names no issuer). Why: a document of government ("official",
    ``official_document_words``) is a state's words, and the report names the state by its speaker
    just before; the annotation conventions give the words to the state. None for a document with no
    such word ("according to a statement"), or when no state spoke nearby and no dateline names one."""
    if not any(k.lower_ in lex.words.official_document_words and k.dep_ in ("amod", "compound") for k in head.children):
        return None
    si = d.sent_index(head.idx)
    lo = d.sent_starts[max(0, si - OFFICIAL_REACH)]
    states = set()
    for p in claims_done:
        if not p.cue_span or not (lo <= p.cue_span[0] < head.idx) or p.speaker_actor is None:
            continue
        a = ctx.actors.get(p.speaker_actor)
        state = a if a is not None and a.kind == "state" else ctx.actors.get(a.affiliation or "") if a else None
        if state is not None and state.kind == "state":
            states.add(state.id)
    if len(states) > 1:
        return None  # the speakers of two states just before: which one issued it is not said
    return next(iter(states)) if states else dateline_state(ctx)
