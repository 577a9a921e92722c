"""The releaser of captives the report frees elsewhere by name: "X freed three hostages ... the
deal would release dozens of hostages" -> X frees them too.

Why: reports name who frees a class of captives once ("Norland agreed to free three hostages")
and then tell the other releases of that class with no releaser (a passive, or a deal as the
subject: "the deal would release dozens of hostages", "33 hostages are to be released"). In a swap
each side frees its own class (hostages one way, prisoners the other), so the releaser is read per
class of captive noun ("hostage captive abductee", "prisoner detainee": the classes of
``same_heads``), and only when the report gives that class exactly one releaser.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import SOURCE, TARGET, Record
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.words import words
from backchannel.resolve.lexicon import lexicon as actor_lexicon
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import NOUN_POS, VERB_POS, prep_objects

KNOWN_RELEASER = "interactions.releasers.known_releaser"
NAMED_CAPTIVE = "interactions.releasers.named_captive"


def _captive_class(ctx: Context, aid: str | None) -> str | None:
    """The class of captive noun that heads the actor's name ("remaining hostages" -> the hostage
    class), or None."""
    act = ctx.actors.get(aid) if aid else None
    if act is None or act.named:
        return None
    head = act.name.casefold().split()[-1] if act.name.split() else ""
    for cls in actor_lexicon().words.same_heads:
        words = cls.split()
        if head in words or head.rstrip("s") in words:
            return words[0]
    return None


def known_releasers(ctx: Context, recs: list[Record]) -> list[Record]:
    """Rule KNOWN_RELEASER: a release with no source whose captives are of a class the report has
    exactly one named releaser for gets that releaser (marked inferred). A planned or refused
    release names its releaser too ("X will free the hostages", "X refused to free them": X holds
    them), so those count."""
    by_class: dict[str, set[str]] = {}
    for r in recs:
        cls = _captive_class(ctx, r.target) if r.type == "release" and r.source else None
        if cls:
            by_class.setdefault(cls, set()).add(r.source)  # type: ignore[arg-type]
    for r in recs:
        if r.type != "release" or r.source is not None:
            continue
        cls = _captive_class(ctx, r.target)
        found = by_class.get(cls, set()) if cls else set()
        if len(found) == 1 and r.target not in found:
            r.source = next(iter(found))
            r.inferred.append(SOURCE)
            r.trace[SOURCE] = KNOWN_RELEASER
    return recs


def named_captives(ctx: Context, recs: list[Record]) -> list[Record]:
    """Rule NAMED_CAPTIVE: one release told in two halves. The lead tells who freed one unnamed
    person ("X freed an American citizen", "an aid worker was released by X") and a later
    sentence names the person with no releaser ("Y's release", "Y had been freed"). When the
    report names exactly one such captive, a person no record gives a releaser, the unnamed one
    is that person (the records then merge as one act).

    Why: news leads describe the captive before naming them; the description is no actor, so
    the releaser's record had no target and the named record no source, and neither matched.
    Not for a number or a plural ("freed 30 fishermen": other people than the one named)."""
    captives = {r.target for r in recs if r.type == "release" and r.source is None and r.target
                and not r.negated and _named_person(ctx, r.target)}
    held = {r.target for r in recs if r.type == "release" and r.source is not None}
    captives -= held
    if len(captives) != 1:
        return recs
    captive = next(iter(captives))
    for r in recs:
        if r.type == "release" and r.source is not None and r.target is None and not r.negated \
                and (r.count is None or r.count.value == 1) and _one_person(r.trig):
            r.target = captive
            r.unnamed_object = False
            r.inferred.append(TARGET)
            r.trace[TARGET] = NAMED_CAPTIVE
    return recs


def _named_person(ctx: Context, aid: str) -> bool:
    act = ctx.actors.get(aid)
    return act is not None and act.kind == "person" and act.named


def _one_person(trig: Token) -> bool:
    """Is what the release frees one person told by an indefinite description ("an American
    citizen", "a Belgian aid worker")?"""
    if trig.pos_ in VERB_POS:
        o = logical_object(trig)
    else:
        objs = prep_objects(trig, "of") if trig.pos_ in NOUN_POS else []
        o = objs[0] if objs else None
    return o is not None and o.tag_ == "NN" and o.lemma_.lower() in lexicon().settings.captive_nouns \
        and any(c.dep_ == "det" and c.lower_ in words().indefinite_articles for c in o.children)
