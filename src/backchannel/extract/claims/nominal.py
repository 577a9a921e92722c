"""Non-verbal cues: "according to X", nominal cues with a clause ("the envoy's claim
that …", "a pledge by X to …") and the apposition ", a charge X denies".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.claims.cue_lexicon import Cue, Lexicon, lexicon, words
from backchannel.extract.claims.relative import end_before_own_relative
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import Cand, ClaimsDoc, Kind
from backchannel.extract.claims.syntax import content_span
from backchannel.syntax.tree import noun_phrase


#: the fewest words an "according to" sentence leaves its content before X is cut at its comma
MIN_ACCORDING_WORDS = 3


def according_to(tok: Token, sent: Span, text: str) -> tuple[Token, tuple[int, int], list[int]] | None:
    """"according to X": (the head of X, the clause it attributes, the cue's tokens).

    ``text`` is the document's text (``Doc.text`` would rebuild it from every token)."""
    doc = tok.doc
    according, to_word = words().according
    if tok.lower_ != according or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != to_word:
        return None
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:  # misparsed ("according to show insiders"): the words up to the punctuation
        j = to.i + 1
        while j < sent.end and not doc[j].is_punct:
            j += 1
        if j == to.i + 1:
            return None
        pobj = doc[to.i + 1: j].root
    ph_s, ph_e = tok.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
    before = (sent.start_char, ph_s)
    after = (ph_e, sent.end_char)
    nb = len(text[before[0]:before[1]].split())
    na = len(text[after[0]:after[1]].split())
    if max(nb, na) < MIN_ACCORDING_WORDS:  # the parse hung the sentence on X ("…, the move reeks" as an
        np = noun_phrase(pobj)              # apposition): X ends at its comma
        after = (np.end_char, sent.end_char)
        na = len(text[after[0]:after[1]].split())
    clause = before if nb >= na or nb >= MIN_ACCORDING_WORDS and participle_cue_after(pobj) else after
    if clause == after:  # "…, which Jo Lee confirmed": Jo Lee's, not X's
        clause = (after[0], end_before_own_relative(sent, after[0], after[1], lexicon()))
    return pobj, clause, [tok.i, to.i]


def participle_cue_after(pobj: Token) -> bool:
    """Whether X of "according to X" is followed by ", adding/noting that …": a reporting participle
    that goes on X's report is a cue of its own (``claims.attribution.according_participle``), not
    the content "according to" attributes, which is then the clause before."""
    doc, k = pobj.doc, pobj.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    nxt = doc[k + 1]
    return nxt.tag_ == "VBG" and nxt.lemma_ in lexicon().verbs


def per_source(tok: Token, sent: Span, text: str, lex: Lexicon) -> tuple[Token, tuple[int, int], list[int]] | None:
    """"…, per two officials familiar with the plan" / "Per the ministry, …": like "according
    to", X speaks the longer side of the sentence. Only a "per" set off by punctuation (or
    opening the sentence) whose object names a speaker: a name, a source noun or a document
    ("$5 per barrel", "per capita" are rates)."""
    doc = tok.doc
    if tok.lower_ not in lex.words.per_cues or not (tok.i == sent.start or doc[tok.i - 1].text in (",", "—", "–", "(")):
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or not names_speaker(pobj, lex):
        return None
    ph_s, ph_e = tok.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
    before, after = (sent.start_char, ph_s), (ph_e, sent.end_char)
    nb, na = len(text[before[0]:before[1]].split()), len(text[after[0]:after[1]].split())
    return pobj, (before if nb >= na else after), [tok.i]


def names_speaker(pobj: Token, lex: Lexicon) -> bool:
    """Whether the object of "per"/"as per" names a speaker: a name, a source noun or a document
    ("$5 per barrel", "per capita" are rates)."""
    low, lemma = pobj.lower_, pobj.lemma_.lower()
    return pobj.pos_ == "PROPN" or any(x in words for x in (low, lemma) for words in (
        lex.person_nouns, lex.group_nouns, lex.org_nouns, lex.documents))


def finding_source(tok: Token, sent: Span, text: str, lex: Lexicon) -> tuple[Token, tuple[int, int], str] | None:
    """"In the latest poll, Clinton led by five points" / "… rose a point in this survey": a
    finding document set off at an edge of the sentence speaks the rest of it, when no
    reporting verb of the sentence attributes it otherwise; so does the possessor of an opinion
    noun ("In the minister's words, …"). (The speaker, the clause, the rule id.)"""
    w = lex.words
    if tok.lower_ not in w.finding_preps or tok.head.dep_ != "ROOT" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    spk: Token | None = pobj if pobj.lemma_.lower() in w.finding_documents else None
    if spk is None and pobj.lower_ in w.opinion_nouns:  # "in the minister's words", "in the view of X"
        of = next((g for k in pobj.children if k.dep_ == "prep" and k.lower_ in w.opinion_preps
                   for g in k.children if g.dep_ == "pobj"), None)
        spk = next((k for k in pobj.children if k.dep_ == "poss"), of)
    if spk is None or any(t.lemma_ in lex.verbs for t in sent if t.pos_ == "VERB"):
        return None
    doc, end = tok.doc, pobj.right_edge.i + 1
    if tok.i == sent.start and end < sent.end and doc[end].text == ",":
        clause = clean(text, doc[end].idx + 1, sent.end_char)
    elif tok.i > sent.start and all(t.is_punct for t in doc[end: sent.end]):
        clause = clean(text, sent.start_char, tok.idx)
    else:
        return None
    rule = "claims.nominal.finding_source" if spk is pobj else "claims.nominal.opinion_source"
    return (spk, clause, rule) if clause else None


def noun_cue(n: Token, text: str) -> tuple[Token, tuple[int, int]] | None:
    """'charges from Lorvia that …', 'the envoy's claim that …', 'a pledge by X to …'."""
    w = words()
    spk = None
    for c in n.children:
        possessor = c.dep_ == "poss" or c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)
        if possessor and c.pos_ in ("PROPN", "NOUN", "PRON") or c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            spk = c
        elif c.dep_ == "prep" and c.lower_ in w.agent_preps:
            spk = next((g for g in c.children if g.dep_ == "pobj"), spk)
    if spk is None:
        return None
    for c in n.children:
        if c.i < n.i or c.dep_ not in ("acl", "ccomp", "relcl"):
            continue
        marks = [g for g in c.children if g.dep_ in ("mark", "aux")]
        if any(g.lower_ in w.content_marks and g.dep_ == "mark" for g in marks) \
                or any(g.lower_ in w.infinitive_markers for g in marks):
            cl = clean(text, *content_span(c))
            if cl:
                return spk, cl
    nxt = n.doc[n.right_edge.i + 1] if n.right_edge.i + 1 < len(n.doc) else None
    if nxt is not None and nxt.lower_ in w.content_marks and nxt.dep_ == "mark" and nxt.head.i > nxt.i:
        cl = clean(text, *content_span(nxt.head))  # the parser hung the clause on the verb
        if cl:
            return spk, cl
    if nxt is not None and nxt.dep_ in ("nsubj", "expl") and nxt.head.i > nxt.i and nxt.head.left_edge.i == nxt.i \
            and nxt.head.dep_ in ("ccomp", "acl", "advcl") and nxt.head.pos_ in ("VERB", "AUX"):
        # "the governor's threats there would be “a price to pay”": a clause without "that", parsed apart
        cl = clean(text, *content_span(nxt.head))
        if cl:
            return spk, cl
    return None


def verb_cue(lex: Lexicon, tok: Token) -> Cue | None:
    """The verb cue of a token, even when the parse took the verb for a noun ("a charge X rejects")."""
    low = tok.lower_
    forms = (tok.lemma_.lower(), low, low[:-1], low[:-2], low[:-3] + "y", low[:-1] + "e" if low.endswith("d") else "")
    if low.endswith("s") or low.endswith("d") or tok.pos_ in ("VERB", "AUX"):
        for f in forms:
            if f and f in lex.verbs:
                return lex.verbs[f]
    return None


def charge_appositions(d: ClaimsDoc, lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """", a charge X denies": the apposition is X's own claim, and it ends the main clause.

    The content of the new claim is the noun phrase ("a charge"); any clause running over the
    comma stops before it, and a candidate that took the denial's verb as its cue is replaced.
    """
    doc, text, w = d.ctx.doc, d.text, lex.words
    added: list[Cand] = []
    cut_at: list[int] = []
    drop: set[int] = set()
    for sent in d.sents:
        toks = d.sent_tokens(sent)
        for k, comma in enumerate(toks[:-3]):
            if comma.text != "," or toks[k + 1].lower_ not in w.apposition_articles:
                continue
            noun = toks[k + 2]
            if noun.lemma_.lower() not in lex.nouns and noun.lower_ not in lex.nouns or noun.lower_ == w.according[0]:
                continue
            j = k + 3
            if j < len(toks) and toks[j].lower_ in w.apposition_relatives:
                j += 1
            v = None
            for m in range(j + 1, min(j + 7, len(toks))):
                t = toks[m]
                if t.is_punct:
                    break
                cue = verb_cue(lex, t)
                if cue is not None and cue.stance == "distancing":
                    v = t
                    break
            if v is None or v.i <= j:
                continue
            after = [t for t in toks if t.i > v.i]
            if after and not (after[0].is_punct or after[0].lower_ in w.apposition_followers):
                continue  # "a charge X denies" ends the sentence or a clause
            end = v.i
            while end > toks[j].i and doc[end - 1].pos_ in ("AUX", "PART", "ADV"):
                end -= 1  # "the Kremlin has (flatly) rejected"
            speaker = doc[toks[j].i: end]
            if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
                continue
            cue = verb_cue(lex, v)
            assert cue is not None
            clause = (toks[k + 1].idx, noun.idx + len(noun.text))
            added.append(Cand(v, [v.idx, v.idx + len(v.text)], v.text, cue.stance, speaker, clause, Kind.CLAUSE, sent,
                              rule="claims.nominal.charge_apposition"))
            cut_at.append(comma.idx)
            drop.add(v.i)
            drop.update(t.i for t in speaker)
    if not added:
        return cands
    out: list[Cand] = []
    for c in cands:
        if c.cue_tok is not None and c.cue_tok.i in drop:
            continue
        for cut in cut_at:
            if c.clause is not None and c.clause[0] < cut < c.clause[1] and c.cue_span is not None \
                    and c.cue_span[0] < cut:
                cl = clean(text, c.clause[0], cut)
                if cl is None:
                    break
                c.clause = cl
                if c.split is not None:
                    c.split = [[a, min(b, cut)] for a, b in c.split if a < cut] or None
        else:
            out.append(c)
    return out + added
