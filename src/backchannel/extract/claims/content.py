"""Content spans of a verb cue: which words a speaker is reported to have said.

Why its own step: the content comes from the cue's dependents in many shapes
(a clausal complement, an object and its frame prepositions, a
"to"-infinitive, an anaphoric object), and must be kept inside the cue's
paragraph and split around a parenthetical cue ("A, he said, B").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Cue, Lexicon, lexicon, words
from backchannel.quotes import QUOTE_CHARS
from backchannel.extract.claims.spans import clean, contrast_re
from backchannel.extract.claims.contrast import RULE as CONTRAST_RULE, contrast_continuation
from backchannel.extract.claims.state import ClaimsDoc, Kind
from backchannel.extract.claims.welcomed import weak_object_rule
from backchannel.extract.claims.object_complement import STATEMENT_OBJECT_RULE, object_complement, statement_object
from backchannel.extract.claims.syntax import content_span
from backchannel.extract.claims.topic import (QUESTION_RULE, TOPIC_ANAPHORA_RULE, TOPIC_RULE, question_clause,
                                              topic_only)
from backchannel.syntax.tree import noun_phrase


#: (clause span, kind, extra cue tokens, rule id of the reading; None for a bare cue)
Content = tuple[tuple[int, int] | None, Kind, list[int], str | None]


def content_clause(v: Token, cue: Cue, lex: Lexicon, text: str) -> Content:
    """(clause span, kind, extra cue tokens, rule id) for a cue verb from its dependents.

    The readings are tried in order; the first that applies wins."""
    kids = list(v.children)
    right = [c for c in kids if c.i > v.i]
    extra: list[int] = []
    bare = None
    if cue.speaker_object:  # "cited Brandt as saying (that) …": the content hangs on "saying"
        found = _as_saying(right, extra)
        if found is not None and found[0] is None:
            bare = found  # "A, X was quoted as saying": the content is the fronted clause, if any
        elif found is not None:
            return found
    for step in (_phrasal, _complement):
        found = step(v, cue, kids, right, extra)
        if found is not None and (bare is None or found[0] is not None and found[0][1] <= v.idx):
            return found
    if bare is not None:
        return bare
    return _object_content(v, cue, lex, right, extra)


#: entity labels of a date or time: "on Tuesday" after a phrasal cue says when, not what
TIME_LABELS = frozenset({"DATE", "TIME"})


def _as_saying(right: list[Token], extra: list[int]) -> Content | None:
    """"cited Brandt as saying (that) …": the content hangs on "saying"."""
    w = words()
    for c in right:
        if c.dep_ == "prep" and c.lower_ in w.speaker_object_preps:
            for g in c.children:
                if g.lemma_ in w.saying_verbs:
                    comp = next((k for k in g.children if k.dep_ == "ccomp"), None)
                    if comp is None:
                        return None, Kind.BARE, extra, None
                    return content_span(comp), Kind.CLAUSE, extra, "claims.content.as_saying"
    return None


def _phrasal(v: Token, cue: Cue, kids: list[Token], right: list[Token], extra: list[int]) -> Content | None:
    """Phrasal cue: "called for X", "pointed to X", "insisted on X" (the particle joins the cue)."""
    for c in right:
        if c.dep_ in ("prep", "prt") and c.lower_ in cue.prt:
            comp = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if comp and all(g.ent_type_ in TIME_LABELS for g in comp):
                continue  # "insisted on Tuesday that …": a date, not the particle of the cue
            extra.append(c.i)
            for k in kids:  # "pointed out that …"; "called on X to …"
                if k.dep_ == "ccomp":
                    return content_span(k), Kind.CLAUSE, extra, "claims.content.phrasal_clause"
                if k.dep_ == "xcomp" and k.i > c.i and any(g.lower_ in words().infinitive_markers for g in k.children):
                    # "called on the rebels to …": the addressee belongs to the directive's content
                    s = comp[0].left_edge.idx if comp and comp[0].i < k.i else content_span(k)[0]
                    return (s, content_span(k)[1]), Kind.INFINITIVE, extra, "claims.content.phrasal_infinitive"
            if comp:
                return content_span(comp[0], False), Kind.FRAME, extra, "claims.content.phrasal_frame"
    for c in right:  # "calling for the council not to ratify …": "for" parsed as the clause's marker
        mark = next((g for g in c.children if g.dep_ == "mark" and g.i < c.i and g.lower_ in cue.prt), None)
        if c.dep_ in ("advcl", "ccomp") and mark is not None and mark.i == v.i + 1:
            extra.append(mark.i)
            s, e = content_span(c)
            return (mark.idx + len(mark.text), e), Kind.INFINITIVE, extra, "claims.content.phrasal_for_clause"
    return None


def _anonymity_request(x: Token) -> bool:
    """Whether the infinitive ``x`` is a bare passive of naming ("asked not to be named",
    "declined to be identified"): the source's condition of anonymity, never a content. Anything
    more ("asked to be named as mediator") is a request with a content."""
    return x.lemma_ in words().anonymity_verbs and any(g.dep_ == "auxpass" for g in x.children) \
        and all(g.dep_ in ("aux", "auxpass", "neg") for g in x.children)


def _marked(k: Token) -> bool:
    """Whether clause ``k`` opens with a complementizer "that": a ``mark``, or the word tagged as a
    subordinating conjunction that the parse made the clause's object ("told reporters on
    condition of anonymity that the envoy had left", where "that" cannot be a relative pronoun)."""
    marks = words().content_marks
    return any(g.lower_ in marks and (g.dep_ == "mark" or g.tag_ == "IN" and g.i == k.left_edge.i)
               for g in k.children)


def _complement(v: Token, cue: Cue, kids: list[Token], right: list[Token], extra: list[int]) -> Content | None:
    """A clausal complement: "said (that) …", "…, X said", "“A,” he said, “B”"."""
    ccomps = [c for c in kids if c.dep_ == "ccomp"]

    def quoted(c: Token) -> bool:
        le = c.left_edge
        return le.text in QUOTE_CHARS or le.i > 0 and v.doc[le.i - 1].text in QUOTE_CHARS

    if len(ccomps) > 1 and ccomps[0].i < v.i < ccomps[-1].i and quoted(ccomps[0]) and quoted(ccomps[-1]):
        # “A,” he said, “B”: split below
        return ((content_span(ccomps[0])[0], content_span(ccomps[-1])[1]), Kind.CLAUSE, extra,
                "claims.content.quotes_around_cue")
    if len(ccomps) > 1 and ccomps[0].i < v.i < ccomps[-1].i and quoted(ccomps[0]):
        # “A,” she said of …, in which B: the quote
        return content_span(ccomps[0]), Kind.REVERSE, extra, "claims.content.quote_before_cue"
    for c in kids:
        if c.dep_ == "ccomp" and c.i > v.i:
            span = content_span(c)
            if question_clause(v, c, lexicon()):  # "asked whether …": a question, no claim
                return span, Kind.CLAUSE, extra, QUESTION_RULE
            more = continuation(v, c)
            rule = "claims.content.listed_continuation" if more is not None and listed_after(c, more) else \
                "claims.content.reported_continuation"
            if more is None and (more := contrast_continuation(v, c)) is not None:
                rule = CONTRAST_RULE  # "said A, but B": B goes on with A
            if more is not None:
                return (span[0], max(span[1], content_span(more, False)[1])), Kind.CLAUSE, extra, rule
            return span, Kind.CLAUSE, extra, "claims.content.complement"
    for c in kids:
        if c.dep_ == "ccomp":  # "…, X said": the clause comes first
            return content_span(c), Kind.REVERSE, extra, "claims.content.complement_before"
    for c in right:  # "argued in a letter that …": the clause hung on the letter
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for k in p.children:
                    if k.dep_ in ("acl", "relcl", "ccomp") and _marked(k):
                        return content_span(k), Kind.CLAUSE, extra, "claims.content.clause_on_noun"
    if not cue.object:
        found = _clause_on_addressee(v, right)
        if found is not None:
            return found, Kind.CLAUSE, extra, "claims.content.clause_on_addressee"
    if not cue.object:
        # "said after the convention he would …" parsed as an adverbial clause without a marker
        for c in right:
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
            if c.dep_ == "advcl" and subj is not None and not any(g.dep_ == "mark" for g in c.children) \
                    and not _wh_opened(c, subj):
                e = content_span(c)[1]
                return (subj.left_edge.idx, e), Kind.CLAUSE, extra, "claims.content.unmarked_clause"
    return None


def _wh_opened(clause: Token, subj: Token) -> bool:
    """An adverbial clause opened by a wh-adverb before its subject ("said so again when she met
    the mediators", "speaking where the talks were held"): the occasion of the speech, not what was
    said, which the parse marks "advmod", not "mark" (``claims.content.unmarked_clause`` skips it)."""
    return any(g.tag_ == "WRB" and g.i < subj.i for g in clause.children)


def continuation(v: Token, comp: Token) -> Token | None:
    """A verb the parse coordinated with the cue ``v`` that goes on with the reported clause
    ``comp`` instead: "X said they had doubts, but could not bear to …" (a modal or present
    verb cannot be the past cue's second act) and "X said it would cut the rate, and the bank
    would …" (a subject of its own under the reported clause's modal: the sequence of tenses
    is the reported one). A reporting verb is the speaker's next act, never a continuation."""
    if v.tag_ != "VBD" or comp.dep_ != "ccomp":
        return None
    modal = any(k.dep_ == "aux" and k.tag_ == "MD" for k in comp.children)
    verbs = lexicon().verbs
    for k in v.children:
        # a second subjectless "ccomp" after a comma is the same misparse of a list ("said that A
        # reads X, knows Y, and has Z" with "knows" hung on the cue)
        second = k.dep_ == "ccomp" and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in k.children)
        if k.dep_ != "conj" and not second or k.i <= comp.right_edge.i:
            continue
        # a weak cue in the present ("…, knows the region well") is no past speaker's next act
        if k.lemma_ in verbs and not (verbs[k.lemma_].weak and k.tag_ in ("VBZ", "VBP")):
            continue
        if (second or not any(g.dep_ == "cc" and comp.right_edge.i < g.i < k.i for g in v.children)) \
                and not listed_after(comp, k):
            continue
        own = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in k.children)
        k_modal = any(g.dep_ == "aux" and g.tag_ == "MD" for g in k.children)
        if not own and (k_modal or k.tag_ in ("VBZ", "VBP")) or own and modal and k_modal:
            return k
    return None


def listed_after(comp: Token, k: Token) -> bool:
    """"said (that) X speaks Dari, knows the valley and has friends there": a comma after the
    reported clause and a list the verb ``k`` opens ("B, and C" under ``k``) coordinate ``k``
    with that clause; the parse hung it on the cue for want of an "and" before it (rule
    ``claims.content.listed_continuation``)."""
    # the comma may close the reported clause's own subtree
    comma = any(g.text == "," for g in k.doc[comp.right_edge.i: k.i])
    return comma and any(g.dep_ == "cc" for g in k.children) and any(g.dep_ == "conj" for g in k.children)


def _clause_on_addressee(v: Token, right: list[Token]) -> tuple[int, int] | None:
    """"told a meeting of regional leaders that the truce would hold": the "that"-clause parsed
    as a relative clause on the addressee (its "that" taken for a pronoun, the clause with a
    subject of its own). A cue taking no object ("told", "said") has no addressee to describe."""
    marks = words().content_marks
    for o in right:
        if o.dep_ not in ("dobj", "dative", "obj"):
            continue
        for r in o.subtree:
            first = r.left_edge
            if r.dep_ == "relcl" and first.lower_ in marks and first.i > o.i and any(
                    k.dep_ in ("nsubj", "nsubjpass") and k.i != first.i for k in r.children):
                s, e = content_span(r)
                nxt = v.doc[first.i + 1]
                return nxt.idx, e
    return None


def _extent(parts: list[Token]) -> tuple[int, int]:
    """Character span from the first to the last token of the subtrees of ``parts``."""
    s = min(p.left_edge.idx for p in parts)
    e = max(p.right_edge.idx + len(p.right_edge.text) for p in parts)
    return s, e


OCCASION_RULE = "claims.content.object_occasion"
COMPLEMENT_RULE = "claims.content.object_complement"

#: entity labels of a party's name: a content that is only such names says nothing (s30-fixaff)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: parts of speech a list of names may hold besides the names: "the", "and", commas, "'s"
NAME_GLUE = frozenset({"DET", "PUNCT", "CCONJ", "PART"})


def only_names(parts: list[Token]) -> bool:
    """Is the content only names of parties or personal pronouns ("Ola Brandt was praised by Jo Amsel", "Amsel
    praised Ola Brandt and Norway", "thanked him")? The name of who is judged is no statement: no claim is
    made of it, unlike "praised the Lomnet Accord" or "praised Brandt for his patience" (s30-fixaff)."""
    toks = [t for p in parts for t in p.subtree]
    heads = [t for t in toks if t.pos_ not in NAME_GLUE]
    return bool(heads) and all(t.pos_ == "PROPN" and t.ent_type_ in NAME_LABELS or t.tag_ == "PRP" for t in heads)


def without_occasion(parts: list[Token]) -> tuple[tuple[int, int], str | None]:
    """The span of an object content without a closing phrase that says where or when the speaker
    spoke ("announced her release *on state television*", "announced a truce *at a press conference
    in Cairo*", "*on Sunday*"), which the parse hung on the object: it is the occasion of speaking,
    not what was said. Only a phrase that closes the content is cut; (span, rule id if cut)."""
    w = words()
    s, e = _extent(parts)
    last = max(parts, key=lambda p: p.right_edge.i)
    for t in last.subtree:
        if t.i <= last.i or t.dep_ != "prep" or t.lower_ not in w.occasion_preps or t.right_edge.i != last.right_edge.i:
            continue
        obj = next((g for g in t.children if g.dep_ == "pobj"), None)
        if obj is None or not (obj.lemma_.lower() in w.occasion_nouns or t.lower_ in w.date_occasion_preps and obj.ent_type_ == "DATE"):
            continue
        cut = clean(t.doc.text, s, t.idx)
        if cut is not None:
            return cut, OCCASION_RULE
    return (s, e), None


def _anaphoric(right: list[Token], lex: Lexicon) -> bool:
    """An anaphoric object: "told CNN about this", "said so"; not the named thing of a naming
    ("called it a farce": a predicate follows, so "it" is what is named, not the last sentence)."""
    named = any(c.dep_ in ("oprd", "attr") for c in right) or sum(c.dep_ in ("dobj", "obj") for c in right) > 1
    for c in right:
        if c.lower_ in lex.anaphora and c.dep_ in ("dobj", "advmod", "obj") and c.i == c.right_edge.i and not named:
            return True
        if c.dep_ == "prep" and c.lower_ in lex.words.anaphora_preps:
            p = [g for g in c.children if g.dep_ == "pobj"]
            if p and p[0].lower_ in lex.anaphora and not list(p[0].children):
                return True
    return False


def _object_content(v: Token, cue: Cue, lex: Lexicon, right: list[Token], extra: list[int]) -> Content:
    """Content from the objects: anaphora, a "to"-infinitive, the object and its frame, a naming."""
    w = lex.words
    objs = [c for c in right if c.dep_ in ("dobj", "obj", "oprd", "attr", "dative")]
    dobj = next((c for c in objs if c.dep_ in ("dobj", "obj")), None)
    if _anaphoric(right, lex):
        return None, Kind.ANAPHORA, extra, "claims.content.anaphora"
    if dobj is not None and v.lemma_ in w.taking_verbs and dobj.lemma_.lower() in w.taking_objects:
        return None, Kind.BARE, extra, None  # "a war claiming 6,000 lives": a toll, not speech
    if cue.attitude and dobj is not None:
        return _attitude(dobj, [c for c in right if c.i > dobj.i], extra)
    xcomp = next((c for c in right if c.dep_ == "xcomp" and any(g.lower_ in w.infinitive_markers for g in c.children)),
                 None)
    if xcomp is not None and dobj is None and _anonymity_request(xcomp):
        return None, Kind.BARE, extra, "claims.content.anonymity_request"
    if xcomp is not None and (cue.infinitive or dobj is not None and cue.object):
        # "urged the rebels to …": the addressee belongs to the directive's content
        parts = [dobj, xcomp] if dobj is not None and dobj.i < xcomp.i and dobj.lower_ not in lex.anaphora else [xcomp]
        # s48-claims: "vowed to remain in power until a vote was held" with "until …" hung on the cue
        parts += [c for c in right if c.dep_ == "advcl" and c.left_edge.i == xcomp.right_edge.i + 1 and any(
            g.dep_ == "mark" and g.lower_ in w.infinitive_condition_marks for g in c.children)][:1]
        return _extent(parts), Kind.INFINITIVE, extra, "claims.content.infinitive"
    if cue.weak and not cue.object and dobj is not None and statement_object(dobj, lex):
        span, cut = without_occasion([dobj])  # "rejected X's claim that …": a statement about a statement
        return span, Kind.FRAME, extra, cut or STATEMENT_OBJECT_RULE
    if (cue.object or cue.preps) and (dobj is not None or any(c.dep_ == "prep" and c.lower_ in cue.preps for c in right)):
        parts = [c for c in right if c.dep_ in ("dobj", "obj", "oprd", "attr", "ccomp", "xcomp")
                 or (c.dep_ == "prep" and c.lower_ in cue.preps)
                 or (c.dep_ == "advcl" and any(g.lower_ in w.conditional_marks for g in c.children))]
        if dobj is None and not cue.preps:
            parts = []
        framed = dobj is not None and any(c.dep_ == "prep" and c.lower_ in cue.preps for c in dobj.children)
        if parts and (cue.object or dobj is None or len(parts) > 1 or framed) and not only_names(parts):
            if dobj is None and parts[0].dep_ == "prep":
                # passive "was accused of using …": the content starts after the preposition
                parts = [g for g in parts[0].children if g.dep_ in ("pobj", "pcomp")] + parts[1:] or parts
            more = object_complement(v, dobj, cue, lex) if dobj is not None and parts[-1] is dobj else []
            span, cut = without_occasion(parts + more)
            cut = cut or (COMPLEMENT_RULE if more else None)
            if cue.weak and cue.object and v.tag_ == "VBG" and v.dep_ == "advcl" and v.i > 0 \
                    and v.doc[v.i - 1].text == "," and dobj is not None:
                # "…, citing a threat to public safety": the participle states the reason
                return span, Kind.FRAME, extra, cut or "claims.content.object_participle"
            frame = weak_object_rule(v, dobj, parts) if cue.weak and cue.object else None
            if frame is not None:  # "cited the shelling as evidence of bad faith"; "welcomed the release"
                return span, Kind.FRAME, extra, cut or frame
            if dobj is not None and parts == [dobj] and not more and topic_only(dobj, cue, lex, span[1]):
                return span, Kind.OBJECT, extra, TOPIC_RULE  # "announced the agreement": a topic
            if cue.object or not cue.weak:
                return span, Kind.OBJECT, extra, cut or "claims.content.object"
            if any(c.dep_ == "aux" and c.lower_ in w.infinitive_markers for c in v.children):
                return None, Kind.BARE, extra, None  # "willing to view X as Y": nobody has yet
            return span, Kind.FRAME, extra, cut or "claims.content.frame"
    passive = _passive_subject(v, cue, lex, dobj)
    if passive is not None and not only_names([passive]):
        topic = topic_only(passive, cue, lex)  # "the breakthrough was announced by X": a topic
        if topic and passive.left_edge.is_sent_start:  # … the sentence before says what it was
            return None, Kind.ANAPHORA, extra, TOPIC_ANAPHORA_RULE
        return _extent([passive]), Kind.OBJECT, extra, TOPIC_RULE if topic else "claims.content.passive_subject"
    pred = next((c for c in objs if c.dep_ in ("oprd", "attr")), None)
    if cue.naming and pred is not None and dobj is None and any(
            c.dep_ in ("dobj", "obj") and c.i < v.i and c.tag_ == "WP" for c in v.children):
        # "what her office called hostile statements (made by …)": the name given, without the
        # reporter's description of the thing after it
        np = noun_phrase(pred)
        if not any(t.text in QUOTE_CHARS for t in np):  # a quoted name: claims.content.naming_quote
            return (np.start_char, np.end_char), Kind.OBJECT, extra, "claims.content.naming_what"
    if objs and any(c.dep_ in ("oprd", "attr") for c in objs) or (dobj is not None and cue.naming):
        parts = [c for c in right if c.dep_ in ("dobj", "obj", "oprd", "attr", "ccomp")]
        # "called his trial a farce" is a claim; "called the meeting" only with a quotation
        # "called this a provocation" parsed with two objects: the second is the predicate
        if dobj is not None and (any(c.dep_ in ("oprd", "attr") for c in objs) or cue.naming and len(objs) > 1):
            pronoun = dobj.lower_ in lex.anaphora and dobj.i == dobj.right_edge.i
            return _extent(parts), Kind.OBJECT, extra, ("claims.content.naming_pronoun" if pronoun
                                                        else "claims.content.naming")
        return _extent(parts), Kind.OBJECT_QUOTE, extra, "claims.content.naming_quote"
    return None, Kind.BARE, extra, None


def _passive_subject(v: Token, cue: Cue, lex: Lexicon, dobj: Token | None) -> Token | None:
    """"The release was confirmed by the ministry", "the plan has been denounced by Norland": the
    subject of a passive object cue with a "by" agent (the speaker) is what the agent said; not a
    pronoun or a relative word, whose content lies elsewhere ("it was confirmed by …", "which …"),
    nor an attitude ("satisfaction was expressed by X": the feeling is no content)."""
    if dobj is not None or not cue.object or cue.weak or cue.attitude or not any(c.dep_ == "agent" for c in v.children):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubjpass" and c.i < v.i), None)
    if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("WDT", "WP") or subj.lower_ in lex.anaphora:
        return None
    return subj


THANKS_RULE = "claims.content.thanks_object"  #: an attitude of thanks about the one thanked


def _about(obj: Token, prep: Token) -> bool:
    """Whether ``prep`` says what the attitude ``obj`` is about: "concern *over* X", and for a thanks
    noun whom it thanks ("gratitude *to* X": a statement about them; "concern to X" names an addressee)."""
    w = words()
    return prep.lower_ in w.attitude_preps or obj.lemma_.lower() in w.thanks_heads and prep.lower_ in w.thanks_preps


def _attitude(obj: Token, after: list[Token], extra: list[int]) -> Content:
    """"expressed concern that …" / "voiced outrage over X": a content only when the attitude is
    about something: the clause, or the attitude with its preposition (on the noun or, as
    parsed, on the verb after it: ``after``), without a closing phrase of the occasion ("… on
    Monday"); "expressed joy" alone is no claim."""
    for c in [*obj.children, *after]:
        if c.i < obj.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ in words().content_marks
                                                       for g in c.children):
            return content_span(c), Kind.CLAUSE, extra, "claims.content.attitude_object"
        if c.dep_ == "prep" and _about(obj, c) and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            s, _ = _extent([obj])
            thanks = c.lower_ not in words().attitude_preps
            return (s, without_occasion([c])[0][1]), Kind.FRAME, extra, (THANKS_RULE if thanks else
                                                                        "claims.content.attitude_object")
    return None, Kind.BARE, extra, None


LINE_END = re.compile(r"(?<=[.!?\"”'’])[ \t]*\n\s*")  # a line that ends a sentence ends a paragraph


def bounded(d: ClaimsDoc, v: Token, clause: tuple[int, int], kind: Kind) -> tuple[int, int] | None:
    """A clause stays inside the cue's paragraph (a sentence split missed at a paragraph break,
    also one marked by a single newline after a full stop);
    a clause before its cue starts after the last semicolon ("A; B, X said": X said B) and
    must hold a verb."""
    s, e = clause
    for m in LINE_END.finditer(d.text, s, e):
        if m.end() <= v.idx:
            s = max(s, m.end())
        elif m.start() >= v.idx + len(v.text):
            e = min(e, m.start())
            break
    if kind == Kind.REVERSE and e <= v.idx:
        semi = d.text.rfind(";", s, v.idx)
        if semi >= 0 and d.region_at(semi) is None:
            s = semi + 1
            if s >= e:
                return None
            span = d.ctx.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
                return None
    return (s, e) if e > s else None


def split_around(v: Token, clause: tuple[int, int], text: str, kind: Kind) -> list[list[int]] | None:
    """Clause pieces left and right of the cue's own words ("A, Mr. X said on Friday, B")."""
    sub = {t.i for t in v.subtree}
    cs, ce = clause
    doc = v.doc

    # the cue's own words: its subtree minus the content dependents that lie inside the clause
    content_kids = [c for c in v.children if c.dep_ in ("ccomp", "dobj", "obj", "xcomp", "oprd", "attr")
                    and cs <= c.idx < ce and kind != Kind.REVERSE]
    content = {t.i for c in content_kids for t in c.subtree}
    sub_cue = sub - content
    a = v.i
    while a - 1 >= 0 and (a - 1) in sub_cue:
        a -= 1
    b = v.i
    while b + 1 < len(doc) and (b + 1) in sub_cue:
        b += 1
    lo, hi = doc[a].idx, doc[b].idx + len(doc[b].text)
    if not (cs < lo and hi < ce):
        return None
    right = clean(text, hi, ce)
    if right and contrast_re().match(text, right[0]) and clean(text, cs, lo):
        right = None  # "A, the army said, but B": the contrast is the reporter's
    pieces = [p for p in (clean(text, cs, lo), right) if p]
    return [list(p) for p in pieces] or None


def continued_clause(d: ClaimsDoc, head: Token, comma: int) -> tuple[int, int] | None:
    """"A, the ministry said in a report, and B" / "A, according to X, and B": the clause B
    coordinated right after the attribution (``comma``: the index of the comma closing it;
    ``head``: the word the conjunction hangs on) goes on with what is attributed, when it has
    a subject of its own and is no reporting act itself ("…, and Y denied it" is Y's)."""
    doc = head.doc
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in words().continuations:
        return None
    cc = doc[comma + 1]
    if cc.head.i != head.i:
        return None
    conj = next((k for k in head.children if k.dep_ == "conj" and k.i > cc.i and k.pos_ in ("VERB", "AUX")), None)
    if conj is None or conj.left_edge.i <= cc.i or conj.lemma_ in lexicon().verbs:
        return None
    if not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in conj.children):
        return None
    return clean(d.text, *content_span(conj))
