"""Attribution structures the parse gets wrong, read from the surface:
"CONTENT, SPEAKER said." (the content before the cue), a leading speaker
phrase, a speaker next to a closing quotation, and what is not an attribution
at all (an adverbial before the cue, the outlet's own sourcing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from backchannel.extract.claims.asides import before_reduced_relative, of_phrase_head
from backchannel.extract.claims.beside_cue import between_quote_and_cue, speaker_beside_cue
from backchannel.extract.claims.cue_lexicon import Lexicon, lexicon, words
from backchannel.quotes import QUOTE_CHARS
from backchannel.extract.claims.spans import clean
from backchannel.extract.claims.state import ClaimsDoc
from backchannel.extract.claims.syntax import place_after_place, shares_infinitive, tense_break, titled_head
from backchannel.syntax.phrases import FINITE_TAGS, has_own_finite, is_nominal_segment
from backchannel.syntax.tree import noun_phrase


# the punctuation that separates the comma segments of an attribution ("…, X, a spokesman, said")
SEG_SEPS = {",", "—", "–", "--"}


def nonfinite_cue(v: Token) -> bool:
    """A cue that is an infinitive or a bare participle ("persuaded them to conclude the deal",
    "…, expecting to witness …"): it attributes nothing that precedes it; only a finite
    cue closes an attribution ("…, X said", "…, X has confirmed")."""
    if any(c.dep_ == "aux" and c.lower_ in words().infinitive_markers for c in v.children):
        return True
    return v.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def reporting_participle_speaker(v: Token, lex: Lexicon) -> Token | None:
    """The subject of the reporting verb whose content a ", adding …" / ", blaming …"
    participle was hung inside by the parse: "X said the accord would bring Y, adding …"
    (adding under "lead") and "X said her council would not convene, blaming the rebels" are X's
    acts, not the deal's or the cabinet's. None when the participle hangs on no content."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.i == 0 or v.doc[v.i - 1].text != ",":
        return None
    node, inside = v.head, False
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_ in lex.verbs and node.head.pos_ in ("VERB", "AUX"):
            inside = True
            node = node.head
            break
        if node.dep_ not in ("conj", "advcl", "xcomp", "ccomp"):
            return None
        node = node.head
    if not inside:
        return None
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.lower_ not in lex.words.relative_pronouns else None


def gerund_subject(v: Token, lex: Lexicon) -> tuple[Token, str] | None:
    """The subject of a speech gerund held by a preposition of ``report_prepositions``, with the
    rule id. "despite Norland saying that …", "after the envoy, a former judge, saying …": the
    parse hangs the gerund on the main verb and takes the noun phrase for the preposition's
    object, so the main clause's subject would speak; the object whose phrase ends right before
    the gerund (a comma after it only when it closes an apposition) speaks
    (``claims.attribution.gerund_subject``). "Despite saying that …, Jo stayed": a gerund with no
    noun phrase of its own is its main clause's subject's act (``claims.attribution.gerund_controller``).
    None when the gerund has a subject of its own or follows anything else ("He left after the
    meeting, saying …": the comma closes the main clause's phrase, and "he" speaks)."""
    if v.tag_ != "VBG" or v.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    preps = lex.words.report_prepositions
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in preps and v.head.i == v.i - 1:
        subj = next((k for k in v.head.head.children if k.dep_ == "nsubj"), None)
        return (subj, "claims.attribution.gerund_controller") if subj is not None else None
    doc = v.doc
    j = v.i - 1 if doc[v.i - 1].text != "," else v.i - 2
    node: Token | None = doc[j] if j >= 0 else None
    while node is not None and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):  # (spaCy makes a new Token each time: compare indices)
        if node.dep_ == "pobj" and node.head.lower_ in preps and node.i < v.i:
            closes = node.right_edge.i == v.i - 1 or node.right_edge.i == v.i - 2 and j == v.i - 2 and any(
                k.dep_ == "appos" for k in node.children)  # "…, a former judge, saying"
            ok = closes and node.pos_ in ("NOUN", "PROPN", "PRON") and node.head.i == node.left_edge.i - 1
            return (node, "claims.attribution.gerund_subject") if ok else None
        node = node.head
    return None


def according_participle(d: ClaimsDoc, v: Token, lex: Lexicon) -> Token | None:
    """The speaker of a reporting participle that goes on an "according to X" attribution: "The
    plan sets a deadline, according to the official, adding that …" (the parse hangs "adding" on
    the main verb): X, when the "according to X" phrase on the same verb ends right before the
    participle's comma and the main clause's subject names no actor or undergoes a passive ("Norland
    rejected the offer, according to the envoy, saying …" is Norland's act). None when the participle has a subject."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    according, to_word = lex.words.according
    doc = v.doc
    for c in v.head.children:
        if c.lower_ != according or c.i > v.i:
            continue
        to = next((g for g in c.children if g.lower_ == to_word), None)
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if obj is None or obj.right_edge.i != v.i - 2 or doc[v.i - 1].text != ",":
            return None
        subj = next((k for k in v.head.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        return obj if subj is None or subj.dep_ == "nsubjpass" or d.ctx.actor_for_token(subj) is None else None
    return None


def coordinated_act_speaker(v: Token, lex: Lexicon) -> Token | None:
    """The subject of the reporting verb whose content a coordinated cue was hung inside by the
    parse: "X said the movement was reading the text but accused Y of …" (accused under
    "reading") is X's act, not the movement's. Only a strong cue without a subject of its own,
    coordinated with the head of a clausal complement of a reporting verb: the same verbs the
    content's clause cut stops before (:func:`backchannel.extract.claims.syntax.clause_cut`), or any
    cue after a :func:`~backchannel.extract.claims.syntax.tense_break`."""
    cue = lex.verbs.get(v.lemma_)
    if v.dep_ != "conj" or cue is None or v.pos_ != "VERB" or (cue.weak or cue.infinitive) and not tense_break(v):
        return None
    if shares_infinitive(v):  # "… use raids to frighten villagers and highlight …": the same "to"
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    head = v.head
    if head.dep_ != "ccomp" or head.head.lemma_ not in lex.verbs or head.head.pos_ not in ("VERB", "AUX") \
            or head.i < head.head.i:
        return None
    if not any(c.dep_ == "cc" and head.i < c.i < v.i for c in head.children):
        return None
    subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.lower_ not in lex.words.relative_pronouns else None


def adjective_controller(v: Token, lex: Lexicon) -> Token | None:
    """The speaker of a cue in the "to"-infinitive of an implicative adjective
    (``implicative_adjectives``): "Orlov was careful to reiterate that …", "the ministry was
    quick to deny …" (the subject of the copula; the list holds no adjective of an extraposed
    "it was wise to say", whose "it" speaks for nobody).
    None for any other cue, and for "was unable / reluctant to confirm" (nothing was said)."""
    head = v.head
    if v.dep_ != "xcomp" or head.pos_ != "ADJ" or head.dep_ != "acomp" or head.lower_ not in lex.words.implicative_adjectives:
        return None
    if not any(k.dep_ == "aux" and k.tag_ == "TO" for k in v.children):
        return None
    subj = next((k for k in head.head.children if k.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.dep_ != "expl" else None


def as_parenthetical(d: ClaimsDoc, v: Token, sent: Span, lex: Lexicon) -> tuple[list[tuple[int, int]], Span] | None:
    """"Hawaii, as one of his advisers pointed out, rarely gets two hurricanes", "As the minister
    noted, the border is closed", "The talks failed, as Reuters reported": the rest of the
    sentence, around the "as X said" words, is what X said (read from the surface: the parse
    often takes the cue for the root). The content pieces and the speaker phrase (the words
    between "as" and the cue), or None."""
    doc = v.doc
    mark = next((c for c in v.children if c.lower_ in lex.words.as_marks and c.dep_ in ("mark", "prep")
                 and c.i < v.i and not any(g.dep_ == "pobj" for g in c.children)), None)
    if mark is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") for t in doc[mark.i + 1: v.i]):
        return None
    if mark.i > sent.start and doc[mark.i - 1].text not in (",", "—", "–", "("):
        return None  # "… the same as X said": not set off
    end = v.i
    while end + 1 < sent.end and not doc[end + 1].is_punct and doc[end + 1].dep_ in ("prt", "advmod", "prep", "pobj", "npadvmod", "det", "compound", "amod") \
            and doc[end + 1].head.i in (v.i, end) or end + 1 < sent.end and doc[end + 1].head.i == end and not doc[end + 1].is_punct:
        end += 1
    if end + 1 < sent.end and not doc[end + 1].is_punct:
        return None  # the "as" clause goes on: not a parenthetical attribution
    text = d.text
    found = (clean(text, sent.start_char, mark.idx), clean(text, doc[end].idx + len(doc[end].text), sent.end_char))
    pieces = [p for p in found if p is not None and not adverbial_piece(d, p)]
    if not pieces or sum(len(text[a:b].split()) for a, b in pieces) < 3:
        return None
    j = v.i
    while j > mark.i + 1 and doc[j - 1].dep_ in ("advmod", "aux", "neg"):
        j -= 1
    if j <= mark.i + 1:
        return None
    return pieces, doc[mark.i + 1: j]


def mid_parenthetical(d: ClaimsDoc, v: Token, sent: Span) -> tuple[list[tuple[int, int]], Span] | None:
    """"A, SPEAKER said, B." read from the surface when the parse hung the cue elsewhere
    ("To understand the case, Judge Lee said, one should visit the museum"; "If this fails,
    Mr. Ruiz argues, there are other tools"): the comma segment of the cue is a noun phrase
    and the cue with adjuncts only; A and B are the content pieces. With the speaker phrase."""
    doc = v.doc
    a = v.i - 1
    while a > sent.start and doc[a].text not in SEG_SEPS:
        a -= 1
    b = v.i + 1
    while b < sent.end and doc[b].text not in SEG_SEPS and not doc[b].is_sent_end:
        b += 1
    if a <= sent.start or b >= sent.end - 1 or doc[a].text not in SEG_SEPS or doc[b].text not in SEG_SEPS:
        return None
    spk = [t for t in doc[a + 1: v.i] if t.dep_ not in ("advmod", "aux", "neg")]
    adjuncts = list(doc[v.i + 1: b])
    if not spk or not is_nominal_segment(spk) or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS for t in adjuncts):
        return None
    if any(d.region_at(t.idx) is not None for t in doc[a: b + 1]):
        return None
    text = d.text
    found = (clean(text, sent.start_char, doc[a].idx), clean(text, doc[b].idx + 1, sent.end_char))
    if found[1] is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[b: sent.end]):
        return None
    pieces = [p for p in found if p is not None and not adverbial_piece(d, p)]
    return pieces, doc[spk[0].i: spk[-1].i + 1]


def adverbial_piece(d: ClaimsDoc, piece: tuple[int, int]) -> bool:
    """A piece before a parenthetical cue that is only an adverbial or a connective ("Still,",
    "In 2000,", "At her school,"): the reporter's frame, not the speaker's words."""
    span = d.ctx.doc.char_span(*piece, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in span) and (
        len(span) == 1 and span[0].pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or span[0].pos_ in ("ADV", "ADP", "SCONJ", "CCONJ", "DET") and span.root.pos_ not in ("NOUN", "PROPN", "PRON")
        or span.root.dep_ in ("prep", "advmod", "npadvmod"))


def reverse_clause(v: Token, sent: Span, text: str) -> tuple[int, int] | None:
    """'Y, X said.' parsed with 'said' under Y's verb: the clause is what precedes the cue clause."""
    doc = v.doc
    if nonfinite_cue(v):
        return None
    acl = v.dep_ == "acl" and v.head.i == v.i - 1 and v.head.pos_ in ("NOUN", "PROPN")  # "…, a US official confirmed"
    if not acl and (v.dep_ not in ("parataxis", "ccomp", "conj", "advcl") or (v.dep_ != "parataxis" and v.head.i > v.i)):
        return None
    if any(c.dep_ == "mark" for c in v.children) or v.left_edge.tag_ in ("WRB", "IN") and v.left_edge.i < v.i:
        return None  # "…, while 73 percent said the same": a clause of its own, not an attribution of what precedes
    if inside_report(v):
        return None  # "X said that Y speaks Dari, knows the valley …": "knows" is inside X's words
    left, right = (v.head.left_edge.i if acl else v.left_edge.i), v.right_edge.i
    while left < v.i and doc[left].is_punct:
        left += 1
    while right > v.i and doc[right].is_punct:
        right -= 1
    after = [t for t in doc[right + 1: sent.end] if not (t.is_punct or t.is_space)]
    if after:
        if right + 1 < sent.end and doc[right + 1].text in (",", "—", "–") \
                and left > sent.start and doc[left - 1].text in (",", "—", "–"):
            return sent.start_char, sent.end_char  # parenthetical: split around the cue below
        return None
    if left <= sent.start:
        return None
    prev = doc[left - 1]
    if not (prev.text in (",", "—", "–") or prev.text in QUOTE_CHARS):
        return None
    s, e = sent.start_char, prev.idx
    semi = [t for t in doc[sent.start: left - 1] if t.text in (";", ":")]
    if semi:  # "A; B, X said": the attribution covers B only
        s = semi[-1].idx + 1
    if prev.text not in QUOTE_CHARS and not any(t.pos_ in ("VERB", "AUX") for t in doc[semi[-1].i if semi else sent.start: left - 1]):
        return None  # "Obama, others vow": no clause before the comma
    return (s, e) if e > s else None


def inside_report(v: Token) -> bool:
    """Whether cue ``v`` lies inside the clausal complement of a reporting verb before it: what
    precedes it is then that verb's speaker and cue, never a clause ``v`` attributes."""
    verbs = lexicon().verbs
    return any(a.dep_ == "ccomp" and a.head.i < v.i and a.head.lemma_ in verbs for a in [v, *v.ancestors])


def tail_attribution(d: ClaimsDoc, v: Token, sent: Span, lex: Lexicon) -> tuple[Span, tuple[int, int]] | None:
    """'CONTENT, SPEAKER CUE [adjuncts].' read from the surface when the parse is off:
    'He had urged X to …, Y's spokeswoman, Maria Hendry, told reporters.' The speaker is the
    comma segment before the cue (with an apposition segment before it when one of the two
    is a name and the other a person's description); the content is everything before it."""
    doc = v.doc
    if v.dep_ == "relcl" or nonfinite_cue(v):
        return None  # "…, a charge the UAE rejected": the cue describes a noun
    if inside_report(v) and any(k.dep_ in ("dobj", "obj") for k in v.children):
        return None  # "X said that when …, Y expressed thanks": Y's act inside X's words (s46-claims)
    toks = d.tokens
    after = toks[v.i + 1: sent.end]
    if any(t.tag_ in FINITE_TAGS or t.text in QUOTE_CHARS or t.dep_ == "ccomp" for t in after):
        return None
    j = v.i - 1
    while j >= sent.start and (toks[j].pos_ in ("ADV", "AUX", "PART") and toks[j].dep_ in ("advmod", "aux", "neg")
                               or toks[j].text == ","):
        j -= 1
    # comma segments of the sentence up to the speaker's end (commas inside quotations do not count)
    segs: list[list[Token]] = [[]]
    depth = 0
    for t in toks[sent.start: j + 1]:
        if t.text in QUOTE_CHARS or d.region_at(t.idx) is not None:
            return None  # quotations: left to the quote rules
        depth += t.text == "("
        depth -= t.text == ")"
        if t.text in (";", ":") and depth <= 0:
            segs = [[]]  # the content starts after a semicolon or a colon
        elif t.text in SEG_SEPS and depth <= 0:
            segs.append([])
        else:
            segs[-1].append(t)
    if len(segs) < 2 or not is_nominal_segment(segs[-1]):
        return None

    def is_name(seg: list[Token]) -> bool:
        # a name's segment is headed by the name ("Maria Hendry"), not a noun phrase that ends
        # in one ("the first swap since the clashes last September")
        ids = {t.i for t in seg}
        heads = [t for t in seg if t.head.i not in ids or t.head.i == t.i]
        if heads and heads[0].pos_ != "PROPN" and not heads[0].is_punct:
            return False
        return seg[-1].pos_ == "PROPN" or seg[-1].text == ")" and any(t.pos_ == "PROPN" for t in seg)

    def is_description(seg: list[Token]) -> bool:  # a speaker noun in it, or a title heading it ("head of X")
        return (any(t.lemma_.lower() in lex.person_nouns or t.lower_ in lex.person_nouns for t in seg)
                or titled_head(seg)) and not is_name(seg)

    spk = segs[-1]
    n = len(segs) - 1
    if len(segs) >= 3 and is_nominal_segment(segs[-2]) and (is_name(segs[-1]) and is_description(segs[-2]) or
                                                   is_name(segs[-2]) and is_description(segs[-1])
                                                   and not place_after_place(d, segs[-3], segs[-2])):
        if any(t.tag_ in FINITE_TAGS for seg in segs[:-2] for t in seg):
            spk = segs[-2] if is_name(segs[-2]) else segs[-1]
            n = len(segs) - 2
    content = [t for seg in segs[:n] for t in seg]
    if len(content) < 3 or not any(t.tag_ in FINITE_TAGS for t in content):
        return None
    return doc[spk[0].i: spk[-1].i + 1], (content[0].idx, content[-1].idx + len(content[-1].text))


def leading_speaker(d: ClaimsDoc, v: Token, sent: Span) -> Token | None:
    """The speaker of a cue whose sentence opens with one or two noun-phrase segments and
    nothing else ("The rebels' negotiator, Getachew Woldu, said …"): the name, else the phrase."""
    doc = v.doc
    toks = [t for t in doc[sent.start: v.i] if not (t.dep_ in ("advmod", "aux", "neg") and t.i == v.i - 1)]
    if not toks or any(t.text in QUOTE_CHARS for t in toks):
        return None
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.text in SEG_SEPS:
            segs.append([])
        else:
            segs[-1].append(t)
    segs = [g for g in segs if g]
    while len(segs) > 1 and segs[0][0].pos_ in ("ADP", "ADV") and not has_own_finite(segs[0]):
        segs.pop(0)  # "Late on Monday, Norland's trade envoy Jo Lee, said": the adverbial opens
    if len(segs) > 1 and is_nominal_segment(segs[0]):  # "X, considered the main group, said" (s33)
        segs = [segs[0], *(before_reduced_relative(g) for g in segs[1:] if not _participle_aside(g))]
    if not 1 <= len(segs) <= 2 or not all(is_nominal_segment(g) for g in segs):
        return None
    seg = next((g for g in segs if g[-1].pos_ == "PROPN" or g[-1].ent_type_ == "PERSON"), segs[-1])
    return doc[seg[0].i: seg[-1].i + 1].root


def _participle_aside(seg: list[Token]) -> bool:
    """A comma segment that is a reduced relative clause on the phrase before it: a participle
    ("considered the main cartel", "backed by Norland", "speaking in Oslo"), an adverb at most before it."""
    lead = next((t for t in seg if t.pos_ != "ADV"), None)
    return lead is not None and lead.tag_ in ("VBN", "VBG", "VBD") and lead.pos_ in ("VERB", "AUX")


def inverted_speaker(v: Token, sent: Span) -> Token | None:
    """"Said Ellis: “…”", "Added the minister, “…”": a cue opening its sentence, the speaker
    right after it (the parse often takes the cue for a modifier of the name)."""
    doc = v.doc
    if v.i != sent.start or v.tag_ not in ("VBD", "VBZ"):
        return None
    k = v.i + 1
    while k < sent.end and doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PART") and doc[k].text not in QUOTE_CHARS:
        k += 1
    if k == v.i + 1 or k >= sent.end or doc[k].text not in (":", ","):
        return None
    phrase = doc[v.i + 1: k]
    return phrase.root if any(t.pos_ in ("PROPN", "NOUN") for t in phrase) else None


def speaker_before_aside(d: ClaimsDoc, v: Token, sent: Span) -> Token | None:
    """The speaker of a subjectless root cue that follows a comma-set aside: "… once several
    envoys, among them two governors, said …" (the parse took "said" for the root
    and the ministers for an object): the noun ending the text before the aside."""
    doc = v.doc
    j = v.i - 1
    while j > sent.start and doc[j].dep_ in ("advmod", "aux", "neg"):
        j -= 1
    if doc[j].text != ",":
        return None
    k = j - 1
    while k > sent.start and doc[k].text not in SEG_SEPS and doc[k].text not in QUOTE_CHARS:
        k -= 1
    aside = list(doc[k + 1: j])
    if k <= sent.start or doc[k].text != "," or not aside or has_own_finite(aside):
        return None
    noun = doc[k - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or d.region_at(noun.idx) is not None:
        return None
    return of_phrase_head(noun)  # "the family of X, <aside>, said": the family


def described_before_cue(d: ClaimsDoc, v: Token) -> Token | None:
    """"“…,” the co-founder of Norland firm Kettle, Jo Lee, told Reuters": the speaker is the
    description and name between the closing quotation and the cue, which the parse hung on the
    quoted clause, not the addressee after the cue. Only one or two nominal comma segments and
    nothing else qualify; the name segment wins over its description. None without a quotation
    closing before them or when a segment has a clause of its own."""
    doc, sent = v.doc, v.sent
    k, j = between_quote_and_cue(d, v)
    if k < sent.start or k == j:
        return None
    segs: list[list[Token]] = [[]]
    for t in doc[k + 1: j + 1]:
        if t.text in SEG_SEPS:
            segs.append([])
        else:
            segs[-1].append(t)
    segs = [g for g in segs if g]
    if not 1 <= len(segs) <= 2 or not all(is_nominal_segment(g) for g in segs):
        return None
    seg = next((g for g in segs if all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in g)), segs[-1])
    return doc[seg[0].i: seg[-1].i + 1].root


def is_adverbial(d: ClaimsDoc, clause: tuple[int, int]) -> bool:
    """A clause before its cue that is only an adverbial ("In his 2002 book, X suggested …",
    "But when the funds ran out, Y said …"): not what the cue attributes."""
    if d.regions_in(*clause):
        return False
    span = d.ctx.doc.char_span(*clause, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.pos_ in ("ADP", "SCONJ") or root.dep_ in ("prep", "advcl", "pobj", "pcomp", "npadvmod", "mark")


def is_outlet(d: ClaimsDoc, subj: Token) -> bool:
    """The publishing outlet or the byline author speaking for the report itself."""
    names = {n.casefold() for n in (d.ctx.document.source, d.ctx.document.author) if n}
    if not names:
        return False
    phrase = noun_phrase(subj).text.casefold()
    phrase = _article_re().sub("", phrase)
    return phrase in names


@lru_cache(maxsize=1)
def _article_re() -> re.Pattern[str]:
    """An article opening a phrase ("the Times" names the outlet "Times")."""
    alts = "|".join(map(re.escape, words().outlet_articles))
    return re.compile(rf"^(?:{alts})\s+")


#: the dash that closes a dateline ("MUSCAT, Oman — …")
DASHES = ("—", "–", "--", "-")


def dateline_speaker(subj: Token) -> Token | None:
    """The speaker after a dateline the parse took for the subject ("MUSCAT, Oman — Oman's
    foreign minister said …": the phrase after the dash, in apposition to the capitalised place
    that opens the sentence), else None."""
    if subj.i != subj.sent.start or not subj.text.isupper() or len(subj.text) < 3:
        return None
    dash = next((t for t in subj.subtree if t.is_punct and t.text in DASHES), None)
    if dash is None:
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > dash.i), None)
