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

from backchannel.extract.context import Context
from backchannel.extract.interactions.candidate import SOURCE, Record
from backchannel.resolve.lexicon import lexicon as actor_lexicon

KNOWN_RELEASER = "interactions.releasers.known_releaser"


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
