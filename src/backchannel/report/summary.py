"""The terminal summary: actors, interactions and claims of one dossier.

On a terminal it is rich tables sized to the window. Piped or redirected it is
plain lines, one item per line, never wrapped: tables squeezed into 80
columns put one word per line, which nobody can read or grep. Text cut short
always ends in an ellipsis.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from backchannel.model import Dossier


def clip(text: str, n: int) -> str:
    """``text`` on one line, at most ``n`` characters, with "…" when cut."""
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1].rstrip() + "…"


def _name(d: Dossier, aid: str | None) -> str:
    a = d.actor(aid)
    return a.name if a else (aid or "–")


def print_summary(d: Dossier, console: Console) -> None:
    """Tables on a terminal, plain lines otherwise."""
    if console.is_terminal:
        _tables(d, console)
    else:
        console.file.write(plain_summary(d))
        console.file.flush()


def plain_summary(d: Dossier) -> str:
    """The summary as plain text lines (for pipes, files and logs)."""
    doc = d.documents[0]
    lines = [f"== {' · '.join(x for x in (doc.title or doc.id, doc.published, doc.source) if x)}",
             f"Actors ({len(d.actors)})"]
    for a in d.actors:
        extra = [f"aliases: {', '.join(a.aliases)}" if a.aliases else "",
                 f"descriptors: {', '.join(a.descriptors)}" if a.descriptors else "",
                 f"affiliation: {_name(d, a.affiliation)}" if a.affiliation else "",
                 f"mentions: {len(a.mentions)}"]
        lines.append(f"  {a.name} [{a.kind}{'' if a.named else ', unnamed'}]  " + "  ".join(x for x in extra if x))
    lines.append(f"Interactions ({len(d.interactions)})")
    for i in d.interactions:
        parts = [("not " if i.negated else "") + i.type, f"{_name(d, i.source)} -> {_name(d, i.target)}"]
        if i.via:
            parts.append("via " + ", ".join(_name(d, v) for v in i.via))
        if i.count:
            parts.append(f"{i.count.qualifier} {i.count.value}")
        if i.time:
            parts.append(f"{i.time.text} = {i.time.value}")
        parts.append(i.modality)
        lines.append(f"  {i.id}  " + "  ".join(parts) + f"  | {clip(i.evidence.text, 120)}")
    lines.append(f"Claims ({len(d.claims)})")
    for c in d.claims:
        how = "quote" if c.direct else "reported"
        lines.append(f"  {c.id}  {_name(d, c.speaker)} ({c.cue or '–'}, {how}): {clip(c.content, 160)}")
    return "\n".join(lines) + "\n\n"


def _tables(d: Dossier, console: Console) -> None:
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
                  clip(i.evidence.text, 90))
    console.print(t)
    t = Table(title=f"Claims ({len(d.claims)})")
    for col in ("speaker", "cue", "direct", "content"):
        t.add_column(col)
    for c in d.claims:
        t.add_row(_name(d, c.speaker), c.cue or "", "quote" if c.direct else "reported", clip(c.content, 140))
    console.print(t)
