"""Argument specs of act nouns that only the noun classes of ``data/nominal.toml`` use.

Why: the default argument structure of an act noun (:mod:`.nominal`) needs a few readings the
frame specs of :mod:`.specs` do not have: a possessor that is the agent unless a "by" phrase names
one ("X's invasion" vs "Y's invasion by X"), a premodifier that is a party only beside a "with"
partner ("a Xian deal with Y"), and the one who answers an offer (rule RESPONSE_ADDRESSEE: "Y
rejected X's overture" -> the overture was put to Y).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import NOMINAL_MODIFIER_DEPS, VERB_POS, child, conjuncts, prep_objects

FILE = "nominal.toml"
RESPONSE_ADDRESSEE = "interactions.nominal.response_addressee"


@dataclass(frozen=True)
class NounClass:
    """One class of act nouns: the frame types and lemmas it covers and its argument specs."""

    name: str
    types: frozenset[str]
    lemmas: frozenset[str]
    agent: tuple[str, ...]
    patient: tuple[str, ...]
    carriers: frozenset[str] = frozenset()  # verbs of a clause on the noun that lend it their agent (noun_carriers.py)


@dataclass(frozen=True)
class NominalWords:
    class_: tuple[NounClass, ...]
    response_verbs: frozenset[str]
    response_preps: frozenset[str]
    captor_nouns: frozenset[str]
    hostage_nouns: frozenset[str]
    taking_verbs: frozenset[str]
    captor_kinds: frozenset[str]
    partitive_heads: frozenset[str]
    partner_preps: frozenset[str]
    partner_verbs: frozenset[str]


nominal_words = loader(NominalWords, FILE)


def noun_class(lemma: str, type_: str) -> NounClass | None:
    """The class of an act noun: the one listing its lemma, else the one covering its frame's type."""
    classes = nominal_words().class_
    return next((c for c in classes if lemma in c.lemmas), None) or next(
        (c for c in classes if type_ in c.types), None)


def named_actor(d: Doc_, word: str) -> str | None:
    """The actor a word names: a state (by name or demonym), or an actor of that name or alias
    (one part of a hyphenated premodifier, "A-B talks"; a name the actors stage left unmarked in a
    modifier, "X insurgents")."""
    a = d.state_for(word)
    if a:
        return a
    w = word.casefold()
    return next((x.id for x in d.ctx.actors.values()
                 if x.name.casefold() == w or w in (y.casefold() for y in x.aliases)), None)


def _possessor(d: Doc_, tok: Token) -> list[str]:
    p = child(tok, "poss")
    return d.actors(p, deep=False) if p is not None else []


def poss_no_by(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"X's invasion (of Y)": the possessor does the act, unless a "by" phrase names who does."""
    return [] if prep_objects(tok, "by") else _possessor(d, tok)


def poss_if_by(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"Y's occupation by X": with a "by" agent, the possessor is the one the act is done to."""
    return _possessor(d, tok) if prep_objects(tok, "by") and not prep_objects(tok, "of") else []


def mod_with(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"A Xian deal with Y": a party premodifier is one side when "with" names the other."""
    partners = {a for x in prep_objects(tok, "with") for a in d.actors(x)}
    if not partners:
        return []
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < tok.i and (a := d.actor_tok(c)) and a not in partners \
                and a not in out:
            out.append(a)
    return out


def _responder(tok: Token) -> Token | None:
    """The verb of response that takes the noun as object ("rejected the offer") or through a
    preposition ("agreed to the demands", "deliberated over the offer")."""
    w = nominal_words()
    v: Token | None = None
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in VERB_POS:
        v = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in w.response_preps and tok.head.head.pos_ in VERB_POS:
        v = tok.head.head
    if v is None:
        return None
    prt = child(v, "prt")
    lemma = v.lemma_.lower()
    return v if lemma in w.response_verbs or (prt is not None and f"{lemma} {prt.lower_}" in w.response_verbs) else None


def response_subj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule RESPONSE_ADDRESSEE: "Y rejected X's overture", "Y agreed to certain X demands", "X's
    offer was weighed by Y": the one who answers the offer or demand is whom it was put to; only
    when its author is known (an authorless rejected proposal says nothing of a proposal)."""
    authors = [a for a in raw.sources if not is_marker(a)]
    v = _responder(tok)
    if v is None or not authors:
        return []
    s = logical_subject(v)
    if s is None or tok.left_edge.i <= s.i <= tok.right_edge.i:
        return []
    out = [a for a in d.actors(s) if a not in authors]
    if out:
        raw.trace[TARGET] = RESPONSE_ADDRESSEE
    return out


def partitive(o: Token | None) -> Token | None:
    """The noun of a partitive ("three of the captives", "some of the miners" -> the noun after "of")."""
    if o is None or not (o.pos_ == "NUM" or o.lemma_.lower() in nominal_words().partitive_heads):
        return None
    return next(iter(prep_objects(o, "of")), None)


def partitive_obj(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """"Three of the captives were killed": the victims are the captives (the object is a number or a
    quantifier with an of-phrase)."""
    return d.actors(partitive(logical_object(tok)))


OBJECT_AUTHOR = "interactions.nominal.object_author"


def obj_author(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule OBJECT_AUTHOR: "X delivered Y's offer / a Yian response to Z": the author of the message
    a relay verb carries is the one its possessor or party premodifier names (as for an offer noun
    of its own); never the carrier itself ("X delivered its reply": X is no relay)."""
    o = logical_object(tok)
    if o is None:
        return []
    p = child(o, "poss")
    found = d.actors(p, deep=False) if p is not None else [
        a for c in o.children if c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < o.i for a in [d.actor_tok(c)] if a][:1]
    carriers = set(d.actors(logical_subject(tok)))
    out = [a for a in found if a not in carriers]
    if out and len(out) == len(found):
        raw.trace[SOURCE] = OBJECT_AUTHOR
        return out
    return []


OBJECT_PARTNER = "interactions.verb_roles.object_partner"


def obj_partner(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule OBJECT_PARTNER: "X refused talks with Y", "X rejected any contacts or negotiations with
    Y", "X refused to negotiate with Y", "X declined to sign a deal with Y": a verb whose object is a
    symmetric act noun (or a coordination of them), or whose infinitive is a symmetric act verb,
    acts towards the other party of that act, named by its "with" or "between" phrase (or the
    infinitive's actor object: "refused to meet Y"); never the verb's own subject, and only when
    the object is an act, not an actor ("rejected the envoy from Y")."""
    doers = set(raw.sources) | set(d.actors(logical_subject(tok)))
    out = [a for a in _partners(d, tok) if a not in doers]
    x = child(tok, "xcomp")
    if not out and x is not None and x.pos_ in VERB_POS:
        w = nominal_words()
        direct = [o for o in [child(x, "dobj")] if o is not None and x.lemma_.lower() in w.partner_verbs]
        found = [a for o in direct for a in d.actors(o, deep=False)] + _partners(d, x) + [
            a for p in w.partner_preps if x.lemma_.lower() in w.partner_verbs
            for o in prep_objects(x, p) for a in d.actors(o)]
        out = [a for a in found if a not in doers]
    if out:
        raw.trace[TARGET] = OBJECT_PARTNER
    return list(dict.fromkeys(out))


def _partners(d: Doc_, tok: Token) -> list[str]:
    """The parties named by the "with"/"between" phrase of the symmetric act nouns that are the
    object of ``tok`` (a phrase the parser hung on the verb right after the object counts)."""
    o = logical_object(tok)
    if o is None or d.actors(o, deep=False):
        return []
    acts = [t for t in conjuncts(o) if t.lemma_.lower() in _symmetric_nouns()]
    if not acts:
        return []
    end = max(t.right_edge.i for t in acts)
    heads = acts + [tok] * any(c.dep_ == "prep" and c.i == end + 1 for c in tok.children)
    return [a for t in heads for p in nominal_words().partner_preps for x in prep_objects(t, p)
            if t is not tok or x.head.i == end + 1 for a in d.actors(x)]


def _symmetric_nouns() -> frozenset[str]:
    """The act nouns whose "with" phrase names the other party (the symmetric class)."""
    return next((c.lemmas for c in nominal_words().class_ if c.name == SYMMETRIC_CLASS), frozenset())


SYMMETRIC_CLASS = "symmetric"


NOMINAL_SPECS = {
    "obj_partner": obj_partner,
    "obj_author": obj_author,
    "partitive_obj": partitive_obj,
    "poss_no_by": poss_no_by,
    "poss_if_by": poss_if_by,
    "mod_with": mod_with,
    "response_subj": response_subj,
}
