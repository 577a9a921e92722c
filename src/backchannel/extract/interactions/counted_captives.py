"""A counted plural description of captives stands for the captives the report names: "X freed two
detained journalists ... the release of A and B" -> X frees A and X frees B.

Why: release leads count the people freed with a plural description ("pardoned two jailed
reporters", "two women hostages have been freed") and name them in another sentence, often in a
release with no releaser ("A and B were handed over"). The description is no named actor, so the
releaser's act ends with no one (or an unnamed group) freed and the named captives with no releaser;
neither is the act the report tells. ``releasers.named_captives`` reads the singular shape ("freed an
American citizen"); this is its plural counterpart, read only when the count agrees exactly with
the named captives.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import TARGET, Record
from backchannel.extract.interactions.lexicon import lexicon
from backchannel.extract.interactions.swap_context import is_swap_noun
from backchannel.syntax.roles import logical_object
from backchannel.syntax.tree import NOUN_POS, VERB_POS, prep_objects

COUNTED_CAPTIVES = "interactions.counted_captives.named_set"
PLURAL_TAGS = ("NNS", "NNPS")


@dataclass(frozen=True)
class CountedWords:
    """``[counted]`` of counted_captives.toml: words of another release."""
    other_release: frozenset[str]


words = loader(CountedWords, "counted_captives.toml", "counted")


def counted_captives(ctx: Context, recs: list[Record]) -> list[Record]:
    """Rule COUNTED_CAPTIVES: a release with a releaser whose freed people are a plural captive
    noun counted by exactly N (N >= 2), and who are no named actor (no target, or an unnamed group),
    frees the N named persons the report frees elsewhere, when it names exactly N and none of them
    is freed by another releaser (in a swap the other side's captives are freed by the other side).
    A captive the report frees only on another day ("A was freed last year") is not one of them.
    One act per captive replaces the counted one."""
    freed = [x for x in recs if x.type == "release" and not x.negated and _named_person(ctx, x.target)]
    out: list[Record] = []
    for r in recs:
        same = [x for x in freed if _same_release(r, x)]
        captives = list(dict.fromkeys(x.target for x in same))
        if not _counted(ctx, r) or r.count is None or r.count.value != len(captives) \
                or any(x.source not in (None, r.source) for x in freed if x.target in captives):
            out.append(r)
            continue
        for c in captives:
            out.append(replace(r, target=c, unnamed_object=False, inferred=[*r.inferred, TARGET],
                               trace={**r.trace, TARGET: COUNTED_CAPTIVES}, absorbed=[]))
    return out


def _same_release(r: Record, x: Record) -> bool:
    """Can the named release ``x`` be the counted release ``r`` told again? Not when its sentence has a
    word of another release ("in an earlier exchange", "were also freed"). Two acts dated in their own
    sentences: the same day. Otherwise (a day borrowed from a sentence before is no evidence) only in the
    counted act's sentence or after it (leads count first and name later, often paragraphs on: "the
    release of A and B was ordered"); and in a swap ("freed two prisoners in a swap with Y") a
    release with no releaser is as likely the other side's."""
    rs, xs = r.trig.sent, x.trig.sent
    if xs != rs and any(t.lower_ in words().other_release for t in xs):
        return False
    if _own_day(r) is not None and _own_day(x) is not None:
        return _own_day(r) == _own_day(x)
    if xs.start < rs.start:
        return False
    return x.source is not None or not any(is_swap_noun(t) for t in rs)


def _own_day(r: Record) -> str | None:
    """The act's day when its time is written in the act's own sentence."""
    sent = r.trig.sent
    if r.time is None or r.time.start is None or not sent.start_char <= r.time.start < sent.end_char:
        return None
    return r.time.value


def _day(r: Record) -> str | None:
    """The value of the act's time, if it has one."""
    return r.time.value if r.time is not None else None


def _named_person(ctx: Context, aid: str | None) -> bool:
    act = ctx.actors.get(aid) if aid else None
    return act is not None and act.kind == "person" and act.named


def _counted(ctx: Context, r: Record) -> bool:
    """Is this a release by a known releaser of a counted plural captive noun that no named actor
    stands for?"""
    if r.type != "release" or r.source is None or r.negated or r.count is None \
            or r.count.qualifier != "exactly" or r.count.value < 2:
        return False
    act = ctx.actors.get(r.target) if r.target else None
    if act is not None and (act.named or act.kind not in ("group", "person")):
        return False
    o = _freed(r.trig)
    return o is not None and o.tag_ in PLURAL_TAGS and o.lemma_.lower() in lexicon().settings.captive_nouns


def _freed(trig: Token) -> Token | None:
    """The noun of the people a release frees: the verb's logical object ("freed two reporters",
    "two hostages were freed"), or the of-phrase of a release noun ("the release of two sailors")."""
    if trig.pos_ in VERB_POS:
        return logical_object(trig)
    objs = prep_objects(trig, "of") if trig.pos_ in NOUN_POS else []
    return objs[0] if objs else None
