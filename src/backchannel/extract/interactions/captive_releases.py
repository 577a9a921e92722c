"""One release per captive group joined to a release: "X freed the engineers, along with two nurses".

Why: the actors stage makes each joined group a captive of its own (extract/actors/captive_joins.py);
coordination ("the engineers and two nurses") reaches the release through the object's conjuncts, but
an "along with" / "including" phrase hangs from the verb or the object and no argument spec reads it.
The joined group is freed by the same releaser, in the same act: same source, negation, modality and
time, its own record (rule interactions.captives.joined_release).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from backchannel.extract.actors.captive_joins import join_point
from backchannel.extract.interactions.candidate import Record
from backchannel.extract.interactions.document import Doc_
from backchannel.syntax.roles import logical_object

JOINED_RELEASE = "interactions.captives.joined_release"
RELEASE = "release"


def _joined_phrases(trig: Token) -> list[Token]:
    """The plurals joined by a preposition ("along with", "including") to the trigger or its object."""
    anchors = {trig.i}
    o = logical_object(trig) if trig.pos_ in ("VERB", "AUX") else None
    if o is not None:
        anchors.add(o.i)
    out: list[Token] = []
    for a in [trig] + ([o] if o is not None else []):
        for t in a.subtree:
            if t.dep_ == "pobj" and t.tag_ in ("NNS", "NNPS") and t.i not in anchors:
                at = join_point(t)
                if at is not None and at.i in anchors and not _own_releaser(t):
                    out.append(t)
    return list(dict.fromkeys(out))


def _own_releaser(t: Token) -> bool:
    """"along with 90 prisoners freed by Y": a joined group with a releaser of its own is another
    act (read where it is told), not a second group of this release."""
    return any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "agent" for g in c.children) for c in t.children)


def joined_releases(d: Doc_, recs: list[Record]) -> list[Record]:
    """The records with, after each release record, the releases of the captive groups joined to it.
    Read on the records, once the releaser is known: "the engineers held in X were released, along
    with two nurses" -> X frees the nurses as it frees the engineers."""
    out: list[Record] = []
    done: set[tuple[int, str]] = {(r.trig.i, r.target) for r in recs if r.type == RELEASE and r.target}
    for r in recs:
        out.append(r)
        if r.type != RELEASE or not r.target or r.cand.rule == JOINED_RELEASE:
            continue
        for t in _joined_phrases(r.trig):
            for a in d.actors(t):
                if (r.trig.i, a) in done or getattr(d.ctx.actors.get(a), "kind", None) != "group":
                    continue
                done.add((r.trig.i, a))
                out.append(replace(r, target=a, count=None, inferred=list(r.inferred), rule=JOINED_RELEASE,
                                   trace=dict(r.trace), absorbed=[]))
    return out
