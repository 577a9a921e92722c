"""The object noun's own complement that the parse hung on the cue ("announced a halt *to the
airstrikes*", "commended the work of X *in rebuilding* the school"): it belongs to the object
content (rule ``claims.content.object_complement``; moved out of content.py, s48-claims)."""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.claims.cue_lexicon import Cue, Lexicon
from backchannel.extract.claims.polarity import negative_subject

#: entity labels of an addressee or a place, which a verb's preposition names ("to the BBC", "in Lund")
ADDRESSEE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "DATE", "TIME"})


def object_complement(v: Token, dobj: Token, cue: Cue, lex: Lexicon) -> list[Token]:
    """"announced a halt *to the airstrikes*", "called for a ban *on imports from Norland*": the
    parse hung the object noun's own complement on the verb; a preposition right after the object
    (``object_complement_preps``) whose noun is no person, group, medium, named party, place or
    date (an addressee: "confirmed the news *to reporters*", "*to local media*") belongs to the
    object content."""
    nxt = dobj.right_edge.i + 1
    prep = next((c for c in v.children if c.i == nxt and c.dep_ == "prep"), None)
    if prep is not None and prep.lower_ in lex.words.object_gerund_preps and prep.lower_ not in cue.preps \
            and any(_gerund(g) for g in prep.children):
        return [prep]  # s48-claims: "commended the work of X *in rebuilding* …": the object's own complement
    if prep is None or prep.lower_ not in lex.words.object_complement_preps or prep.lower_ in cue.preps:
        return []
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if obj is None or obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in ADDRESSEE_LABELS:
        return []
    w = lex.words
    if {obj.lemma_.lower(), obj.lower_} & (lex.person_nouns | lex.group_nouns | lex.org_nouns | w.media_words
                                          | w.outlet_channels):
        return []  # "… to reporters", "… to local media"
    return [prep]


#: the suffix of an English gerund the tagger may have taken for a noun ("in rebuilding the school")
GERUND_SUFFIX = "ing"


def _gerund(g: Token) -> bool:
    """Whether a preposition's object ``g`` is a gerund: tagged so, or a bare "-ing" common noun the
    tagger took for a noun ("in rebuilding the school"; not "in the meeting", not a name)."""
    if g.dep_ == "pcomp" and g.tag_ == "VBG":
        return True
    return (g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lower_.endswith(GERUND_SUFFIX)
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in g.children))


#: rule id of a weak cue's object that is someone's statement with its clause
STATEMENT_OBJECT_RULE = "claims.content.statement_object"


def statement_object(dobj: Token, lex: Lexicon) -> bool:
    """Rule ``claims.content.statement_object``: whether the object of a weak cue is a statement told with
    its words ("rejected the government's claim that …", "rejected allegations that …"): a noun cue
    (``cues.toml`` ``nouns``) with a clause hung on it. Why: "reject" takes acts ("rejected the plan"),
    so its bare object makes no claim; rejecting a statement with its content is a statement of the
    speaker's own, as "denied X's claim that …" is. Not a noun of asking (``directive_nouns``: "rejected
    the demand that …") nor a clause in the subjunctive of a demand, nor a negated rejection (s48-fix2b)."""
    if dobj.lemma_.lower() not in lex.nouns and dobj.lower_ not in lex.nouns:
        return False
    if {dobj.lemma_.lower(), dobj.lower_} & lex.words.directive_nouns:
        return False  # "rejected Ostland's demand that talks be held": a demand tells nothing
    if any(c.dep_ == "neg" for c in dobj.head.children) or negative_subject(dobj.head, lex):
        return False  # "did not reject allegations that …", "never rejected …": nothing was rejected
    return any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and not _mandative(c) and any(
        m.dep_ == "mark" and m.lower_ in lex.words.content_marks for m in c.children) for c in dobj.children)


def _mandative(c: Token) -> bool:
    """Whether clause verb ``c`` is a bare subjunctive ("… that talks *be held*", "that it *leave*"): a
    base form with a subject and no modal or "to", the form of a demand, not of a statement."""
    group = [c] + [a for a in c.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "TO") for a in group):
        return False
    first = min(group, key=lambda a: a.i)
    return first.tag_ == "VB" and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
