"""The document's captor: who the report says holds its captives, for acts that leave it unsaid.

Why: reports of hostage takings name the captor once ("a militia abducted nine miners in June",
"tourists kept by a smuggling ring") and then tell the releases and killings without an agent
("three of the captives were killed", "the miners were let go on Friday", "the freeing of the
tourists by their abductors"). When the report names
exactly one captor, that captor did these acts (rule DOCUMENT_CAPTOR, marked inferred); with
none or several, nothing is guessed.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Token

from backchannel.extract.interactions.candidate import SOURCE, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.handed_on import handed_on
from backchannel.extract.interactions.implicit import agentless_noun, inferable
from backchannel.extract.interactions.lexicon import Frame
from backchannel.extract.interactions.nominal_specs import named_actor, nominal_words, partitive
from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import VERB_POS, child, is_passive, measured, prep_objects

DOCUMENT_CAPTOR = "interactions.nominal.document_captor"

_found: WeakKeyDictionary[Doc_, tuple[list[str], set[str]]] = WeakKeyDictionary()


def captive_phrase(d: Doc_, o: Token | None) -> bool:
    """Does a noun phrase name captives: a captive noun ("nine miners", "three of the captives")
    or a person or group of people actor?"""
    if o is None:
        return False
    m = partitive(o) or measured(o) or o
    if m.lemma_.lower() in d.lex.settings.captive_nouns | nominal_words().hostage_nouns:
        return True
    return any(getattr(d.ctx.actors.get(a), "kind", None) in ("person", "group") for a in d.actors(m, deep=False))


def _kind_ok(d: Doc_, a: str) -> bool:
    """A captor of a captor's kind, and not a group described only as the takers ("bandits", "her
    captors", s29-captors): an agentless release is not told as theirs (the golds leave such a
    release's source open), and the frames find them where the text names them."""
    return getattr(d.ctx.actors.get(a), "kind", None) in nominal_words().captor_kinds and bool(inferable(d, [a]))


UNKNOWN = "@unknown"  # a captor phrase that names no actor of a captor's kind: the captors are not known


def _taking(t: Token) -> tuple[Token | None, Token | None]:
    """(who takes or keeps, whom) of a taking verb: "X abducted nine miners", "tourists kept by
    X" (a participle on the captives), "were kidnapped by X"."""
    if t.dep_ in ("acl", "relcl") and t.tag_ == "VBN" and child(t, "nsubj") is None:
        return next(iter(prep_objects(t, "by")), None), t.head
    if is_passive(t):
        return next(iter(prep_objects(t, "by")), None), logical_object(t)
    return logical_subject(t), logical_object(t)


def _modifier_names(d: Doc_, s: Token) -> list[str]:
    """"Xian insurgents seized ...": the actor a name among the subject's modifiers names, when the
    actors stage marked none there."""
    return [a for c in s.children if c.dep_ in ("compound", "amod") and c.i < s.i
            for a in [named_actor(d, c.text)] if a][:1]


def document_captors(d: Doc_) -> tuple[list[str], set[str]]:
    """The captors the report names (each once, in text order; UNKNOWN for a captor phrase that
    names no actor of a captor's kind) and the actors they hold: the subject of an active taking
    verb with a captive object ("X abducted nine miners") and the agent of a passive one or of a
    participle on the captives ("hostages held by X"). The place of detention is no captor
    ("held for a month in Y")."""
    if d in _found:
        return _found[d]
    w = nominal_words()
    captors: list[str] = []
    captives: set[str] = set()
    for t in d.ctx.doc:
        if t.pos_ not in VERB_POS or t.lemma_.lower() not in w.taking_verbs:
            continue
        s, held = _taking(t)
        if s is None or held is None or not captive_phrase(d, held):
            continue
        who = [a for a in d.actors(s) or _modifier_names(d, s) if not is_marker(a) and _kind_ok(d, a)] or [UNKNOWN]
        captors.extend(a for a in who if a not in captors)
        captives.update(a for a in d.actors(measured(held) or held, deep=False) if a not in who)
    _found[d] = (captors, captives)
    return captors, captives


def _agent_phrase(tok: Token) -> Token | None:
    """The "by" phrase of a passive verb or of an act noun."""
    return next(iter(prep_objects(tok, "by")), None)


def _no_agent(d: Doc_, tok: Token) -> bool:
    """Is the act agentless (a passive or a noun with no doer), or its agent a captor noun
    ("freed by their kidnappers"), which names no party by itself?"""
    by = _agent_phrase(tok)
    if by is not None:
        return by.lemma_.lower() in nominal_words().captor_nouns
    if tok.pos_ in VERB_POS:  # ("one was killed, another freed": the gapped passive)
        gapped = tok.dep_ == "conj" and tok.tag_ == "VBN" and is_passive(tok.head) and child(tok, "aux") is None
        return (is_passive(tok) or gapped) and child(tok, "dobj") is None
    return agentless_noun(tok)


def captor_agent(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule DOCUMENT_CAPTOR, the agent shape ("captor_noun" in frames.toml, tried before the
    subject): "the hostages were freed by their captors", "the release of the hostages by the
    kidnappers": the captor noun stands for the report's one captor."""
    by = _agent_phrase(tok)
    if by is None or by.lemma_.lower() not in nominal_words().captor_nouns:
        return []
    return document_captor(d, spec, tok, frame, raw)


def document_captor(d: Doc_, spec: str, tok: Token, frame: Frame, raw: Candidate) -> list[str]:
    """Rule DOCUMENT_CAPTOR: an agentless release or killing of captives ("three of the captives
    were killed", "the miners were let go on Friday", "after the freeing of the tourists") is by the report's captor, when it names exactly one (marked inferred). A
    killing counts only when its victims are hostages ("two soldiers were killed": no captor's act)."""
    if not _no_agent(d, tok):
        return []
    captors, captives = document_captors(d)
    if len(captors) != 1 or is_marker(captors[0]) or captors[0] in raw.targets \
            or any(handed_on(d, t, tok) for t in raw.targets if not is_marker(t)):  # (review s45 #7)
        return []
    if frame.type != "release" and not _held(d, tok, raw, captives):
        return []
    raw.infer(SOURCE, DOCUMENT_CAPTOR)
    return captors


def _held(d: Doc_, tok: Token, raw: Candidate, captives: set[str]) -> bool:
    """Are the act's victims captives: hostages by name, or actors the report says are held?"""
    o = logical_object(tok) if tok.pos_ in VERB_POS else next(iter(prep_objects(tok, "of")), None)
    m = partitive(o) or measured(o) if o is not None else None
    if m is not None and m.lemma_.lower() in nominal_words().hostage_nouns:
        return True
    return bool(set(raw.targets) & captives)


CAPTOR_SPECS = {
    "captor_noun": captor_agent,
    "document_captor": document_captor,
}
