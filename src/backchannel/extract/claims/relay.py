"""Relayed speech: a medium passing on someone else's words ("the paper reported an aide
saying …", "Radio X, citing two officials, reported that …", "quoted the envoy saying …").

Why: a quoted claim belongs to the innermost speaker, the one whose words they are; the medium
only carries them ("quoted an aide as saying"). A source an outlet only cites ("X reported,
citing two officials, that …") makes no claim of its own: the outlet vouches for the report (the
gold convention), and the cited source is an actor only. The parse hangs the words on the medium's verb in several shapes (an
"as saying" phrase, a bare "saying" participle on the object, a ", citing X," aside, a
complement "reported X saying"), so each shape is read here and named by one rule id.
Which verbs relay and which cite is language data (``claims_words.toml``: ``relay_cues``,
``citing_verbs``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Lexicon
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.quotes import Region
from backchannel.syntax.tree import noun_phrase
from backchannel.extract.claims.syntax import leading_citation

#: the rule ids recorded in ``trace["nesting"]`` of the second claim of a cited source
CITED_RULE = "claims.relay.cited_source"
OUTLET_RULE = "claims.relay.relaying_outlet"

SOURCE_ENTS = ("PERSON", "ORG", "NORP", "GPE")


def is_source(d: ClaimsDoc, tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` names someone who can speak (a person, group or organisation, named or
    described), not a thing cited as a reason ("citing security concerns")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if lemma in lex.documents or low in lex.documents:
        return False
    nouns = lex.person_nouns | lex.group_nouns | lex.org_nouns
    return (low in nouns or lemma in nouns or tok.ent_type_ in SOURCE_ENTS
            or d.ctx.actor_for_token(tok) is not None)


def _object(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)


def relayed_speaker(d: ClaimsDoc, v: Token, lex: Lexicon) -> Token | None:
    """The innermost speaker of cue ``v`` when a medium relays it, else None:
    "reported/quoted an aide (as) saying …" (the saying participle speaks for the relaying
    verb's object) and the misparse "said, citing X, that …" (the clause hung on "citing": the
    outlet that cites, or X when the outlet is no source). "…, citing X, reported that …" keeps
    the cue's own subject: the outlet speaks, X is only cited (:func:`without_cited_copies`)."""
    w = lex.words
    if v.lemma_ in w.saying_verbs and v.tag_ == "VBG":
        head = v.head
        if head.dep_ == "prep" and head.lower_ in w.speaker_object_preps:
            head = head.head
        if v.dep_ == "acl" and v.head.dep_ in ("dobj", "obj") and v.head.head.lemma_ in w.relay_cues:
            return v.head if is_source(d, v.head, lex) else None
        obj = _object(head) if head.lemma_ in w.relay_cues and head.i != v.i else None
        if obj is not None and obj.i < v.i and is_source(d, obj, lex):
            return obj
    if v.lemma_ in w.citing_verbs and v.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in v.children):
        # "X said, citing Y, that C": X, the outlet, when it can speak (as "X reported, citing Y, C")
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None) if v.head.i != v.i else None
        if subj is not None and v.head.lemma_ in lex.verbs and is_source(d, subj, lex):
            return subj
        obj = _object(v)
        if obj is not None and is_source(d, obj, lex):
            return obj
    return None


def cites_source_only(d: ClaimsDoc, v: Token, lex: Lexicon) -> bool:
    """A ", citing X" participle whose object is a source, on a cue of its own: it names who
    speaks in that cue's claim and makes no claim itself (its object is no content)."""
    if v.lemma_ not in lex.words.citing_verbs or v.tag_ != "VBG" or v.dep_ != "advcl":
        return False
    if any(c.dep_ == "ccomp" for c in v.children):
        return False
    obj = _object(v)
    on_cue = v.head.lemma_ in lex.verbs or (  # "reported, citing X, that …" hung on the reported clause
        v.head.dep_ == "ccomp" and v.head.head.lemma_ in lex.verbs and (leading_citation(v.head) == v
                                                                        or _trailing_citation(v)))
    return obj is not None and (is_source(d, obj, lex) or cited_document(obj, lex)) and on_cue


def _trailing_citation(v: Token) -> bool:
    """"reported that C, citing two diplomats": a ", citing X" participle the parse hung on the
    reported clause's verb, after that verb and after a comma: the report's source, as before it."""
    return v.i > v.head.i and v.i > 0 and v.doc[v.i - 1].text == ","


def cited_document(obj: Token, lex: Lexicon) -> bool:
    """Whether the object of a ", citing X" participle is a document or a medium ("reported, citing
    a statement from the ministry", "citing the joint statement", "citing state television"): like a
    cited person it names where the report comes from, no reason the speaker gave, so the participle
    makes no claim (s48-claims: its content was the document's name). A reason ("citing a lack of
    support", "citing security concerns") stays a claim."""
    low, lemma = obj.lower_, obj.lemma_.lower()
    return low in lex.documents or lemma in lex.documents or low in lex.words.media_words


def drop_relaying(cands: list[Cand], lex: Lexicon,
                  region_at: Callable[[int], Region | None] = lambda i: None) -> list[Cand]:
    """Without the relaying candidate whose content is another speaker's speech act: "the
    paper reported an aide saying C", "Radio X reported that the minister said C" (the
    innermost speaker keeps the claim, with ``trace["speaker"]`` =
    ``claims.relay.innermost_speaker``). Only a relaying verb (``relay_cues``) or a bare
    "saying" participle hands its claim down: "X said Y told him C" stays X's. Never a cue inside
    quoted words (``region_at``: the quotation at a character, s36): "“Officials were notified by Y
    that …,” the agency quoted a source as saying" is the source's quotation; the inner cue stays
    inside it (:func:`.nesting.quoted_inner`) and hands nothing down."""
    w = lex.words
    by_cue = {c.cue_tok.i: c for c in cands if c.cue_tok is not None}
    drop: set[int] = set()
    for c in cands:
        tok = c.cue_tok
        if tok is None or c.clause is None or c.speaker is None or tok.dep_ not in ("ccomp", "xcomp"):
            continue
        if region_at(tok.idx) is not None:
            continue
        outer = by_cue.get(tok.head.i)
        if outer is None or outer is c or outer.clause is None or outer.cue_tok is None:
            continue
        relaying = outer.cue_tok.lemma_ in w.relay_cues or tok.lemma_ in w.saying_verbs and tok.tag_ == "VBG"
        inside = outer.clause[0] <= c.speaker.start_char and c.cue_span[1] <= outer.clause[1]
        if relaying and inside:
            drop.add(id(outer))
            c.trace["speaker"] = "claims.relay.innermost_speaker"
    return [c for c in cands if id(c) not in drop]


def cited_source(d: ClaimsDoc, v: Token, lex: Lexicon) -> Token | None:
    """The source a medium cites for cue ``v``: the object of a "citing" participle on the cue
    ("X reported on Sunday, citing a government source, that …") or on its subject ("The
    outlet X, citing sources in Y, reported …"); None when it cites a reason, not a source."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    heads = [v] + ([subj] if subj is not None else [])
    cites = [c for h in heads for c in h.children
             if c.dep_ in ("advcl", "acl") and c.lemma_ in lex.words.citing_verbs and c.tag_ == "VBG"]
    # "reported, citing X, that …" with "citing" hung on the reported clause (syntax.leading_citation)
    cites += [k for k in (leading_citation(c) for c in v.children if c.dep_ == "ccomp") if k is not None]
    for c in cites:
        obj = _object(c)
        if obj is not None and is_source(d, obj, lex):
            return obj
    return None


def relay_pair(d: ClaimsDoc, cand: Cand, lex: Lexicon) -> Cand | None:
    """The second claim of a medium that cites a source: the medium reported C and the source
    said C (two speakers, one content; the development sets' convention for "X, citing Y,
    reported"). The candidate keeps the speaker it has; the copy takes the other one and is
    traced ``nesting`` (:data:`CITED_RULE` or :data:`OUTLET_RULE`)."""
    v = cand.cue_tok
    if v is None or cand.speaker is None or cand.clause is None or cand.kind not in (Kind.CLAUSE, Kind.REVERSE):
        return None
    cited = cited_source(d, v, lex)
    if cited is None:
        return None
    src = noun_phrase(cited)
    if cand.speaker.start <= cited.i < cand.speaker.end:  # the cited source already speaks: add the medium
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or not is_source(d, subj, lex):
            return None
        extra = replace(cand, speaker=noun_phrase(subj), trace=dict(cand.trace), inferred=list(cand.inferred))
        extra.trace.pop("speaker", None)
        extra.trace["nesting"] = OUTLET_RULE
        return extra
    extra = replace(cand, speaker=src, trace=dict(cand.trace), inferred=list(cand.inferred))
    extra.trace.pop("speaker", None)
    extra.trace["nesting"] = CITED_RULE
    return extra


def without_cited_copies(claims: list[Cand]) -> list[Cand]:
    """The claims without the cited source's copy of an outlet's claim (:data:`CITED_RULE`): "X
    reported, citing Y, C" is X's claim; Y, cited by the outlet, makes no claim of its own (the gold
    convention), but the copy was resolved first, so Y is an actor of the dossier."""
    return [c for c in claims if c.trace.get("nesting") != CITED_RULE]


#: the rule id recorded in ``trace["speaker"]`` of a document speaker that cites its own source
DOCUMENT_CITED_RULE = "claims.relay.document_cited_source"


def document_cited_source(d: ClaimsDoc, head: Token, lex: Lexicon) -> Token | None:
    """The source a speaking document cites: "according to a report by X citing a Y official",
    "a Norpress report citing two diplomats said": the object of a "citing" participle
    (``citing_verbs``) hung on the document noun or on its "by"/"from" issuer. Why: the report only
    carries the cited person's words, so the innermost speaker is the claim's (the readable
    cluster golds give such a claim to the cited official, not the outlet). None when the
    participle cites a reason ("a report citing security concerns") or the head is no document."""
    lemma, low = head.lemma_.lower(), head.lower_
    if not (lemma in lex.documents or low in lex.documents):
        return None
    hosts = [head] + [g for k in head.children if k.dep_ == "prep" and k.lower_ in lex.words.agent_preps
                      for g in k.children if g.dep_ == "pobj"]
    for h in hosts:
        for k in h.children:
            if k.dep_ in ("acl", "amod") and k.lemma_ in lex.words.citing_verbs and k.tag_ == "VBG":
                obj = _object(k)
                if obj is not None and is_source(d, obj, lex):
                    return obj
    return None
