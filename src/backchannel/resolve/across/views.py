"""The corpus views of spec/corpus.md: timeline, disputes, sources and channels across reports.

Why from the resolution and the digest: every view is a regrouping of what the
resolver found (events, links, statements, entities) with the reports' outlets and
dates; none needs the corpus text, only the short passages the digest kept.
"""

from __future__ import annotations

from backchannel.resolve.across.records import Digest

CONTRADICTS = "contradicts"  # the link kind of a dispute
#: Interaction types that carry something between parties: the channels of a negotiation.
CHANNEL_TYPES = frozenset({"message", "mediate", "contact", "inform", "propose", "demand"})


def end_text(end: dict, dg: Digest, claims: dict, inters: dict) -> str | None:
    """The words of a link end: the claim's content, the act's evidence sentence, or the passage."""
    if "claim" in end:
        c = claims.get((end["doc"], end["claim"]))
        return c.content if c else None
    if "interaction" in end:
        i = inters.get((end["doc"], end["interaction"]))
        return i.evidence if i else None
    return dg.spans.get((end["doc"], end["start"], end["end"]))


def timeline(events: list[dict]) -> list[dict]:
    """Events told by two or more reports, in date order (the act's date, else the first report's)."""
    rows = [{"event": e["id"], "type": e["type"], "source": e["source"], "target": e["target"],
             "date": (e["time"] or {}).get("value") or e["first_reported"], "first_reported": e["first_reported"],
             "outlets": e["outlets"], "reports": e["reports"], "independent_sources": e["independent_sources"],
             "modality": e["modality"], "negated": e["negated"]}
            for e in events if len(e["reports"]) > 1]
    return sorted(rows, key=lambda r: (r["date"] or "9999", r["event"]))


def disputes(links: list[dict], dg: Digest, outlet: dict[str, str | None]) -> list[dict]:
    """Contradicting links grouped by what they dispute (``on``), both sides' words side by side.

    One side dict per link end object: the links share their equal ends (:func:`shared.share_ends`), and an act
    or claim disputed by many reports was given a new side, its text looked up afresh, in each of its links."""
    claims = {(c.doc, c.id): c for c in dg.claims}
    inters = {(i.doc, i.id): i for i in dg.inters}
    groups: dict[str, list[dict]] = {}
    made: dict[int, dict] = {}  # id of a link end -> its side (the links hold every end while this runs)
    for lk in links:
        if lk["kind"] != CONTRADICTS:
            continue
        sides = []
        for end in (lk["a"], lk["b"]):
            if (side := made.get(id(end))) is None:
                side = made[id(end)] = {**end, "outlet": outlet.get(end["doc"]), "text": end_text(end, dg, claims, inters)}
            sides.append(side)
        groups.setdefault(lk["on"], []).append({"note": lk["note"], "sides": sides})
    return [{"on": on, "items": items} for on, items in sorted(groups.items())]


def sources(dg: Digest, entity_of: dict[tuple[str, str], str], named: dict[str, bool],
            outlet: dict[str, str | None]) -> list[dict]:
    """Per outlet (or report, when the outlet is unknown): the speakers it quotes, named or anonymous."""
    table: dict[str, dict[str, int]] = {}
    for c in dg.claims:
        speaker = entity_of.get((c.doc, c.speaker or ""))
        if speaker:
            by = table.setdefault(outlet.get(c.doc) or c.doc, {})
            by[speaker] = by.get(speaker, 0) + 1
    return [{"outlet": o, "speakers": [{"entity": e, "named": named.get(e, True), "claims": n}
                                       for e, n in sorted(sp.items(), key=lambda x: (-x[1], x[0]))]}
            for o, sp in sorted(table.items())]


def channels(events: list[dict]) -> list[dict]:
    """Acts that carried something between parties, across reports: who, through whom, told by whom."""
    return [{"event": e["id"], "type": e["type"], "source": e["source"], "target": e["target"], "via": e["via"],
             "reports": e["reports"], "outlets": e["outlets"]}
            for e in events if e["type"] in CHANNEL_TYPES and (e["via"] or len(e["reports"]) > 1)]


def corpus_views(dg: Digest, entities: list[dict], events: list[dict], links: list[dict],
                 entity_of: dict[tuple[str, str], str]) -> dict:
    """All four views as JSON-able builtins."""
    outlet = {d.id: d.source for d in dg.docs}
    named = {e["id"]: e.get("named", True) for e in entities}
    return {"timeline": timeline(events), "disputes": disputes(links, dg, outlet),
            "sources": sources(dg, entity_of, named, outlet), "channels": channels(events)}
