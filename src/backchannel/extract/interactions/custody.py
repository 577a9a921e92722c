"""Who holds each captive the report describes: the custody the story model reads.

Why: reports describe a captive's custody once, in a clause on the captive ("X, an American
teacher arrested in Norland", "X, who was detained by Norland", "one of dozens held in Norland
jails", "Norland jailed X"), and tell the release elsewhere without a releaser ("the White House
secured the release of X", "X was freed on Tuesday"). The holder of a captive is the one who
releases them (rule HELD_BY, :func:`held_releasers`), and the holder and the captive's own state
are the two sides of a story that names no talks between them (:mod:`.story_sides`).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import SOURCE, TIME, Record
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.handed_on import handed_on
from backchannel.extract.interactions.implicit import custody_state, held_by, inferable, nationality
from backchannel.extract.interactions.nominal_specs import nominal_words
from backchannel.extract.interactions.timing import time_of
from backchannel.extract.interactions.words import words
from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.syntax.tree import NOUN_POS, VERB_POS, appos_head, child, is_passive, prep_objects

W = words()
HELD_BY = "interactions.custody.held_by"  # an agentless release: the captive's holder frees them
CAPTOR_KINDS = ("state", "organization", "group")

HOMECOMING_TIME = "interactions.custody.homecoming_time"  # the release's time: the captive's homecoming's

_found: WeakKeyDictionary[Doc_, dict[str, str]] = WeakKeyDictionary()
_homes: WeakKeyDictionary[Doc_, dict[str, Token]] = WeakKeyDictionary()


def _kind(d: Doc_, a: str) -> str | None:
    return getattr(d.ctx.actors.get(a), "kind", None)


def _place_holder(d: Doc_, verb: Token) -> str | None:
    """The holder a captor verb names: its "by" agent (a state, body or group), a state as the
    place of detention ("jailed in Norland"), or the state of the custody noun ("held in
    Norlandic jails", "in Norland's custody"). Under another verb ("designated as wrongfully
    detained by X") the "by" phrase may be that verb's (a ministry that designates): a state only."""
    kinds = ("state",) if verb.dep_ == "advcl" else CAPTOR_KINDS
    for x in held_by(verb):  # (also "held hostage by X", the agent hung on the predicative noun)
        found = [a for a in d.actors(x) if _kind(d, a) in kinds]
        if found:
            return found[0]
    for x in prep_objects(verb, "in"):
        states = [a for a in d.actors(x, deep=False) if _kind(d, a) == "state"
                  and verb.lemma_.lower() not in d.lex.settings.abduction_verbs]  # (not "kidnapped in Y")
        if states:
            return states[0]
        if x.lemma_.lower() in W.custody_nouns:
            p = child(x, "poss")
            owner = [a for a in (d.actors(p) if p is not None else []) if _kind(d, a) in CAPTOR_KINDS]
            owner = owner or [s for m in x.children if m.dep_ in ("amod", "compound")
                              and (s := d.state_for(m.text)) is not None]
            if owner:
                return owner[0]
    return None


def _described(verb: Token) -> Token | None:
    """The noun a participle clause describes ("X, an American arrested in Y" -> X; "designated as
    wrongfully detained by Y" on X -> X), or the subject of a passive ("X was jailed in Y")."""
    t = verb
    while t.dep_ == "advcl" and t.head.pos_ in VERB_POS and t.head.i != t.i:
        t = t.head  # "designated as detained by Y": the clause the detention hangs on
    if t.dep_ in ("acl", "relcl") and t.head.pos_ in NOUN_POS | {"PROPN", "PRON"}:
        return appos_head(t.head)  # "X, an American teacher arrested in Y": X
    if is_passive(verb) and verb.dep_ not in ("acl", "relcl", "advcl"):
        return logical_object(verb)
    return None


def _after_custody(t: Token) -> bool:
    """Does the verb carry a time after custody ("after five years' imprisonment", "after two
    years in captivity", "following a year in a Norlandic jail")?"""
    for p in t.children:
        if p.dep_ != "prep" or p.lower_ not in W.held_before_preps:
            continue
        for o in p.children:
            if o.lemma_.lower() in W.custody_nouns or any(
                    x.lemma_.lower() in W.custody_nouns for q in o.children if q.dep_ == "prep" for x in q.children):
                return True
    return False


def _homecoming(d: Doc_, t: Token) -> tuple[str | None, Token | None]:
    """(holder, captive) of "X returned from Y after five years' imprisonment" (Y a state or
    body the verb's "from" names; X its subject, or the noun its relative clause is on)."""
    if t.lemma_.lower() not in W.homecoming_verbs or not _after_custody(t):
        return None, None
    heads = [t] + [c for c in t.children if c.dep_ in ("advmod", "prt")]  # ("came back from Y")
    found = [a for h in heads for x in prep_objects(h, W.from_prep) for a in d.actors(x, deep=False)
             if _kind(d, a) in ("state", "organization")]
    if not found:
        return None, None
    return found[0], appos_head(t.head if t.dep_ == "relcl" else logical_subject(t))


def _stay(d: Doc_, t: Token) -> tuple[str | None, Token | None]:
    """(holder, captive) of a stay in custody: "X spent two years in a Norlandic jail", "X, who
    remained in Norland's custody", "X was serving a ten-year sentence in Norland" (a custody noun
    of a state, or a prison term served in a state, on the verb whose subject is the captive)."""
    holder = None
    for x in prep_objects(t, "in"):
        found = custody_state(d, x)
        holder = holder or next((a for a in found if a in d.ctx.actors), None)
    o = child(t, "dobj")
    if holder is None and o is not None and o.lemma_.lower() in W.sentence_nouns:
        holder = next((a for h in (t, o) for x in prep_objects(h, "in") for a in d.actors(x, deep=False)
                       if _kind(d, a) == "state"), None)
    if holder is None:
        return None, None
    return holder, appos_head(t.head if t.dep_ == "relcl" else logical_subject(t))


def document_custody(d: Doc_) -> dict[str, str]:
    """Captive -> holder, for every captive (a person or group actor) whose detention the
    report places with a state, a body or a group (the first holder named for each)."""
    if d in _found:
        return _found[d]
    out: dict[str, str] = {}
    homes: dict[str, Token] = {}
    verbs, active = d.lex.settings.captor_verbs, nominal_words().taking_verbs
    for t in d.ctx.doc:
        if t.pos_ in VERB_POS:
            back, who = _homecoming(d, t) if t.lemma_.lower() in W.homecoming_verbs else _stay(d, t)
            for a in (d.actors(who, deep=False) if back is not None else []):
                if a != back and _kind(d, a) in ("person", "group"):
                    out.setdefault(a, back)  # type: ignore[arg-type]
                    if t.lemma_.lower() in W.homecoming_verbs:
                        homes.setdefault(a, t)
        if t.pos_ not in VERB_POS or t.lemma_.lower() not in verbs:
            continue
        holder = _place_holder(d, t)
        held = _described(t)
        if holder is None and t.dep_ not in ("acl", "relcl", "advcl") and not is_passive(t) \
                and t.lemma_.lower() in active:
            s = logical_subject(t)  # "Norland jailed X" (not "X took them back": no taking verb)
            found = [a for a in d.actors(s) if _kind(d, a) in CAPTOR_KINDS] if s is not None else []
            holder, held = (found[0], logical_object(t)) if found else (None, None)
        if holder is None or held is None:
            continue
        for a in d.actors(held, deep=False):
            if a != holder and _kind(d, a) in ("person", "group"):
                out.setdefault(a, holder)
    _found[d] = out
    _homes[d] = homes
    return out


def captive_state(d: Doc_, captive: str) -> str | None:
    """The captive's own state: its affiliation when that is a state, else a nationality a
    mention of it carries ("an American teacher", "US national X")."""
    ctx = d.ctx
    act = ctx.actors.get(captive)
    if act is None:
        return None
    if act.affiliation and _kind(d, act.affiliation) == "state":
        return act.affiliation
    for m in act.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            s = nationality(d, span.root)
            if s:
                return s
    return None


def held_releasers(d: Doc_, recs: list[Record], replaceable: tuple[str, ...]) -> list[Record]:
    """Rule HELD_BY: a release with no releaser (or one only guessed from the story's sides, a
    rule of ``replaceable``) whose captive the report places in someone's custody is by that
    holder (marked inferred). A denied release says nothing of who holds the captive, but the
    holder still would be the one to free them, so negation is kept as it is."""
    custody = document_custody(d)
    for r in recs:
        if r.type != "release" or r.target not in custody:
            continue
        if r.source is not None and r.trace.get(SOURCE) not in replaceable:
            continue
        holder = custody[r.target]  # type: ignore[index]
        if holder == r.source or not inferable(d, [holder]) or handed_on(d, r.target, r.trig):  # type: ignore[arg-type]
            continue
        r.source = holder
        if SOURCE not in r.inferred:
            r.inferred.append(SOURCE)
        r.trace[SOURCE] = HELD_BY
        home = _homes.get(d, {}).get(r.target)  # type: ignore[arg-type]
        if r.time is None and home is not None:
            # rule HOMECOMING_TIME: "the release of X, who returned from Y on Wednesday after
            # five years' imprisonment": the release is dated by the homecoming
            r.time = time_of(d, home, False, None)
            if r.time is not None:
                r.trace[TIME] = HOMECOMING_TIME
    return recs


def custody_pair(d: Doc_) -> list[str]:
    """The two sides custody makes: the holder of the report's captives and the captives' own
    state, when every captive with a known holder gives the same two (in order of first mention)."""
    ctx: Context = d.ctx
    pairs: set[frozenset[str]] = set()  # (a swap's captives give the same two sides both ways)
    for captive, holder in document_custody(d).items():
        own = captive_state(d, captive)
        if own is None or own == holder or _kind(d, holder) not in ("state", "organization"):
            continue
        pairs.add(frozenset((own, holder)))
    if len(pairs) != 1:
        return []
    first = {a: min((m.start for m in ctx.actors[a].mentions), default=1 << 30) for a in next(iter(pairs))}
    return sorted(first, key=lambda a: first[a])
