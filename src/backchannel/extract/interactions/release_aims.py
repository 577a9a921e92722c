"""The counterpart of an act aimed at freeing captives: whoever holds them.

Why: news text tells the efforts around a hostage case with the freeing as the act's aim and
the holder left unsaid: "a relief agency bargained over the crew's freedom", "the group
demanded the freeing of prisoners from Ostland's jails", "Westmark threatened to leave the talks
to free the hostages". The gold fills the other end with the captives' holder (the captor, or
the state whose prisons hold them), and the rules left it empty (census s45, docs/dev/ends-census-s45.md).
Rule CAPTIVE_HOLDER (marked inferred) is a target spec tried after the frame's own phrases: the
holder is the state or body the captives are freed "from", the one a clause on the captives
says holds them ("held by X"), or else the report's one captor when the captives are the
report's hostages. Never the act's own source. Words in data/release_aims.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Candidate, is_marker
from backchannel.extract.interactions.captors import captive_phrase, document_captors
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.handed_on import handed_on
from backchannel.extract.interactions.implicit import captor, captor_of, held_by, inferable, released_captive, released_from
from backchannel.extract.interactions.words import words
from backchannel.extract.interactions.lexicon import Frame
from backchannel.syntax.tree import NOUN_POS, VERB_POS, prep_objects

CAPTIVE_HOLDER = "interactions.release_aims.captive_holder"
FILE = "release_aims.toml"
MAX_DEPTH = 5  # steps down to the aim ("threatened to withdraw from the talks to free them": four)


@dataclass(frozen=True)
class ReleaseAimWords:
    """The words of data/release_aims.toml."""

    release_nouns: frozenset[str]
    release_verbs: frozenset[str]
    aim_deps: frozenset[str]
    act_types: frozenset[str]
    clause_deps: frozenset[str]
    purpose_marks: frozenset[str]
    aim_preps: frozenset[str]
    being_verbs: frozenset[str]


release_aim_words = loader(ReleaseAimWords, FILE)


def _is_release(t: Token, w: ReleaseAimWords) -> bool:
    """A word of freeing: a release noun or verb (the verb's own subject would make it another
    clause's act: "demanded that Y free them" is told by that clause)."""
    lemma = t.lemma_.lower()
    if t.pos_ in NOUN_POS:
        return lemma in w.release_nouns
    if t.pos_ in VERB_POS:
        return lemma in w.release_verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    return False


def _down(c: Token, w: ReleaseAimWords) -> bool:
    """May the aim be sought through ``c``: a complement, or a clause of purpose ("to free them");
    not a clause of time or manner ("after releasing them", "the hostages released in May"), nor
    a phrase of time or cause ("demanded fuel after the release of the crew")."""
    if c.dep_ not in w.aim_deps:
        return False
    if c.dep_ in w.clause_deps:
        return any(x.dep_ == "aux" and x.lower_ in w.purpose_marks for x in c.children)
    if c.dep_ == "prep":
        return c.lower_ in w.aim_preps
    return True


def release_aim(tok: Token) -> Token | None:
    """The first freeing word below the act's word along its complements (breadth first), or None."""
    w = release_aim_words()
    level = [tok]
    for _ in range(MAX_DEPTH):
        level = [c for t in level for c in t.children if _down(c, w)]
        hit = next((t for t in level if _is_release(t, w)), None)
        if hit is not None:
            return hit
    return None


def _hostages(d: Doc_, rel: Token) -> bool:
    """Are the freed captives by their words: a hostage or captive noun ("the crew", "six engineers"
    when the report calls such people captives), or a person or group actor."""
    return captive_phrase(d, released_captive(rel))


def holder_of_aim(d: Doc_, rel: Token) -> list[str]:
    """Who holds the captives of the freeing word ``rel``: "from" a state or its prisons, a
    clause on the captives, or the report's one captor when they are its hostages."""
    found = released_from(d, rel) or captor(d, rel)
    if found:
        return found[:1]
    captors, _ = document_captors(d)
    if len(captors) == 1 and not is_marker(captors[0]) and _hostages(d, rel) and not _not_its_captives(d, rel, captors[0]):
        return captors[:1]
    return []


def _not_its_captives(d: Doc_, rel: Token, captor_: str) -> bool:
    """Whether the freed are plainly not the one captor's hostages (review s45 #5): they are named after it or
    belong to it ("the release of <Front> prisoners": its own men, held by someone else), or a clause on them
    tells a holding the captor readers could not resolve ("prisoners held in <State> jails")."""
    o = released_captive(rel)
    if o is None:
        return False
    mods = [m for m in o.children if m.dep_ in ("compound", "poss", "amod", "nmod") and m.i < o.i]
    if any(captor_ in d.actors(m) for m in mods):
        return True
    if any(getattr(d.ctx.actors.get(a), "affiliation", None) == captor_ for a in d.actors(o, deep=False)):
        return True
    verbs = d.lex.settings.captor_verbs
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for c in o.children)


def _freed(d: Doc_, rel: Token) -> set[str]:
    """The actors the freeing word frees ("the release of X": X)."""
    o = released_captive(rel)
    return set(d.actors(o)) if o is not None else set()


def aim_holder(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Rule CAPTIVE_HOLDER: the target of an act of the listed types whose aim is freeing captives,
    when its frame's own phrases named none, or named only the captives themselves ("demanded the
    release of X" is aimed at X's holder, not at X): the captives' holder, if it is not the act's
    source. Run after the source is known (build._arguments), so that the holder's own acts ("Y
    refused to free them") are not aimed at itself."""
    if not raw.sources or fr.type not in release_aim_words().act_types:
        return
    rel = release_aim(tok)
    if rel is None:
        return
    named = [t for t in raw.targets if not is_marker(t)]  # (a story's-sides marker is but a guess)
    if named and not set(named) <= _freed(d, rel):
        return
    found = [a for a in holder_of_aim(d, rel) if a not in raw.sources]
    if found:
        raw.targets = found
        raw.infer(TARGET, CAPTIVE_HOLDER)


NAMED_HOLDER = "interactions.release_aims.named_holder"

_holders: WeakKeyDictionary[Doc_, dict[str, list[str]]] = WeakKeyDictionary()


def report_holders(d: Doc_) -> dict[str, list[str]]:
    """Each captive actor -> the holders the report tells on any of its mentions ("X, held by Y",
    "X, a teacher jailed in Y", rule ``captor_of``): what an agentless release of X leaves unsaid."""
    if d in _holders:
        return _holders[d]
    found: dict[str, list[str]] = {}
    for t in d.ctx.doc:
        if t.pos_ not in NOUN_POS or not any(c.dep_ in ("acl", "relcl", "appos") for c in t.children):
            continue
        held = captor_of(d, t) or _told_holders(d, t)
        for a in d.actors(t, deep=False) if held else []:
            found.setdefault(a, [])
            found[a] += [h for h in held if h not in found[a] and h != a]
    _holders[d] = found
    return found


def _custody_owner(d: Doc_, x: Token) -> list[str]:
    """The owner of a custody noun: "Y's custody", "in Y captivity", "a Ylandic jail"."""
    if x.lemma_.lower() not in words().custody_nouns:
        return []
    for m in x.children:
        if m.dep_ in ("poss", "compound", "amod"):
            found = d.actors(m, deep=False) or [s for s in [d.state_for(m.text)] if s]
            if found:
                return found[:1]
    return []


def _told_holders(d: Doc_, t: Token) -> list[str]:
    """Holders told in a clause on the captive that ``captor_of`` leaves: being in someone's custody
    ("X, who had been in Y captivity since May") and a holding verb conjoined to the clause ("X,
    who was seized in May and held by Y"); the clause may sit on the captive's apposition ("X, a
    teacher who ...")."""
    verbs = d.lex.settings.captor_verbs
    for c in [c for n in (t, *(a for a in t.children if a.dep_ == "appos")) for c in n.children]:
        if c.dep_ not in ("acl", "relcl"):
            continue
        if c.lemma_.lower() in release_aim_words().being_verbs:
            for x in prep_objects(c, "in"):
                found = _custody_owner(d, x)
                if found:
                    return found
        for v in [c, *(x for x in c.children if x.dep_ == "conj")]:
            if v.lemma_.lower() in verbs:
                found = [a for x in held_by(v) for a in d.actors(x)]
                if found:
                    return found[:1]
    return []


def named_holder(d: Doc_, fr: Frame, tok: Token, raw: Candidate) -> None:
    """Rule NAMED_HOLDER: the source of a release that names no doer (a passive, a bare release noun)
    and frees actors the report says one and the same holder keeps ("X, held by Y since May, ...
    X was freed on Friday"): that holder, marked inferred. Why: swap stories name two holders, so the
    report's one captor (``document_captor``) gives nothing, while each captive's holder is told once.
    Not a group described only as the takers ("pupils abducted by bandits ... were freed": the golds
    leave that release's source open, ``implicit.inferable``)."""
    if fr.type != "release" or raw.sources or not raw.targets or any(is_marker(t) for t in raw.targets):
        return
    held = report_holders(d)
    holders = set(inferable(d, [h for t in raw.targets for h in held.get(t, [])]))  # (not "bandits": s29)
    if len(holders) == 1 and all(held.get(t) for t in raw.targets) and not holders & set(raw.targets) \
            and not any(handed_on(d, t, tok) for t in raw.targets):
        raw.sources = sorted(holders)
        raw.infer(SOURCE, NAMED_HOLDER)

