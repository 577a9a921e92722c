"""The terminal summary: actors, interactions and claims of one dossier, as rich tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from backchannel.model import Dossier


def _name(d: Dossier, aid: str | None) -> str:
    a = d.actor(aid)
    return a.name if a else (aid or "–")


def print_summary(d: Dossier, console: Console) -> None:
    doc = d.documents[0]
    console.rule(f"[bold]{doc.title or doc.id}[/]  {doc.published or ''}  {doc.source or ''}")
    t = Table(title=f"Actors ({len(d.actors)})", show_lines=False)
    for col in ("name", "kind", "named", "aliases", "descriptors", "affiliation", "mentions"):
        t.add_column(col)
    for a in d.actors:
        t.add_row(a.name, a.kind, "yes" if a.named else "no", ", ".join(a.aliases), ", ".join(a.descriptors),
                  _name(d, a.affiliation) if a.affiliation else "", str(len(a.mentions)))
    console.print(t)
    t = Table(title=f"Interactions ({len(d.interactions)})")
    for col in ("type", "source", "target", "via", "count", "time", "modality", "evidence"):
        t.add_column(col)
    for i in d.interactions:
        t.add_row(("not " if i.negated else "") + i.type, _name(d, i.source), _name(d, i.target),
                  ", ".join(_name(d, v) for v in i.via),
                  f"{i.count.qualifier} {i.count.value}" if i.count else "",
                  f"{i.time.text} → {i.time.value}" if i.time else "", i.modality,
                  i.evidence.text[:90])
    console.print(t)
    t = Table(title=f"Claims ({len(d.claims)})")
    for col in ("speaker", "cue", "direct", "content"):
        t.add_column(col)
    for c in d.claims:
        t.add_row(_name(d, c.speaker), c.cue or "", "quote" if c.direct else "reported", c.content[:140])
    console.print(t)
