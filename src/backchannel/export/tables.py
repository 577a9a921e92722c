"""CSV tables: actors, mentions, interactions, claims and attributions, one row each.

With ``-o DIR`` each input gives ``DIR/<stem>.actors.csv``, ``.mentions.csv``,
``.interactions.csv``, ``.claims.csv`` and ``.attributions.csv`` (beliefs and negated
speech, which are no claims but are attributed to a source). To stdout the tables follow one
another, each introduced by a ``# <table>`` line and separated by a blank line
(split on those lines, or use ``-o``). Lists are joined by "; "; actor columns
have a ``*_name`` companion so a table reads without the actors table.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator, TextIO

from backchannel.model import Dossier
from backchannel.views.base import Index

TABLES = ("actors", "mentions", "interactions", "claims", "attributions")


def _j(values) -> str:
    return "; ".join(v for v in values if v)


def rows(d: Dossier, table: str) -> Iterator[dict]:
    """The rows of one table as dicts (column order = insertion order)."""
    ix = Index(d)
    doc_id = d.documents[0].id if d.documents else ""
    if table == "actors":
        for a in d.actors:
            side = ix.side(a.id) if a.affiliation else None
            yield {"id": a.id, "name": a.name, "kind": a.kind, "named": a.named, "aliases": _j(a.aliases),
                   "descriptors": _j(a.descriptors), "affiliation": a.affiliation or "",
                   "affiliation_name": ix.name(a.affiliation), "side": side or "", "side_name": ix.name(side),
                   "mentions": len(a.mentions), "doc": doc_id}
    elif table == "mentions":
        for a in d.actors:
            for m in a.mentions:
                yield {"actor": a.id, "actor_name": a.name, "doc": m.doc, "start": m.start, "end": m.end,
                       "text": m.text}
    elif table == "interactions":
        for i in d.interactions:
            yield {"id": i.id, "type": i.type, "source": i.source or "", "source_name": ix.name(i.source),
                   "target": i.target or "", "target_name": ix.name(i.target), "via": _j(i.via),
                   "via_names": _j(ix.name(v) for v in i.via),
                   "count": i.count.value if i.count else "", "count_qualifier": i.count.qualifier if i.count else "",
                   "time_text": i.time.text if i.time else "", "time_value": (i.time.value or "") if i.time else "",
                   "negated": i.negated, "modality": i.modality, "means": i.means or "", "topic": i.topic or "",
                   "claim": i.claim or "", "doc": i.evidence.doc, "evidence_start": i.evidence.start,
                   "evidence_end": i.evidence.end, "evidence": i.evidence.text}
    elif table == "claims":
        supports: dict[str, list[str]] = {}
        for i in d.interactions:
            if i.claim:
                supports.setdefault(i.claim, []).append(i.id)
        for c in d.claims:
            speaker = ix.actors.get(c.speaker or "")
            side = ix.side(c.speaker)
            yield {"id": c.id, "speaker": c.speaker or "", "speaker_name": ix.name(c.speaker),
                   "anonymous": speaker is None or not speaker.named, "side": side or "", "side_name": ix.name(side),
                   "cue": c.cue or "", "stance": c.stance or "", "direct": c.direct, "content": c.content,
                   "supports": _j(supports.get(c.id, [])), "doc": c.evidence.doc,
                   "evidence_start": c.evidence.start, "evidence_end": c.evidence.end, "evidence": c.evidence.text}
    elif table == "attributions":
        for t in d.attributions:
            yield {"id": t.id, "kind": t.kind, "source": t.source or "", "source_name": ix.name(t.source),
                   "cue": t.cue or "", "content": t.content, "rule": t.rule or "", "doc": t.evidence.doc,
                   "evidence_start": t.evidence.start, "evidence_end": t.evidence.end, "evidence": t.evidence.text}
    else:
        raise ValueError(f"unknown table {table!r}")


#: Column names, so an empty table still has its header.
COLUMNS = {
    "actors": ["id", "name", "kind", "named", "aliases", "descriptors", "affiliation", "affiliation_name", "side",
               "side_name", "mentions", "doc"],
    "mentions": ["actor", "actor_name", "doc", "start", "end", "text"],
    "interactions": ["id", "type", "source", "source_name", "target", "target_name", "via", "via_names", "count",
                     "count_qualifier", "time_text", "time_value", "negated", "modality", "means", "topic",
                     "claim", "doc", "evidence_start", "evidence_end", "evidence"],
    "claims": ["id", "speaker", "speaker_name", "anonymous", "side", "side_name", "cue", "stance", "direct",
               "content", "supports", "doc", "evidence_start", "evidence_end", "evidence"],
    "attributions": ["id", "kind", "source", "source_name", "cue", "content", "rule", "doc", "evidence_start",
                     "evidence_end", "evidence"],
}


def write_table(d: Dossier, table: str, out: TextIO) -> None:
    w = csv.DictWriter(out, fieldnames=COLUMNS[table], lineterminator="\n")
    w.writeheader()
    for r in rows(d, table):
        w.writerow(r)


def write_csv(d: Dossier, out: TextIO) -> None:
    """All tables to one stream: '# table' line, the CSV, a blank line."""
    for n, table in enumerate(TABLES):
        if n:
            out.write("\n")
        out.write(f"# {table}\n")
        write_table(d, table, out)


def csv_file_names(stem: str) -> list[str]:
    """The files of one dossier: <stem>.<table>.csv, one per table."""
    return [f"{stem}.{table}.csv" for table in TABLES]


def csv_files(d: Dossier, stem: str) -> Iterator[tuple[str, str]]:
    """(file name, CSV text) per table; the caller decides how to write them (atomically, for the CLI)."""
    for name, table in zip(csv_file_names(stem), TABLES):
        buf = io.StringIO(newline="")
        write_table(d, table, buf)
        yield name, buf.getvalue()


def write_csv_files(d: Dossier, folder: Path, stem: str) -> list[Path]:
    """One file per table: folder/<stem>.<table>.csv."""
    paths = []
    for name, text in csv_files(d, stem):
        p = folder / name
        with p.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        paths.append(p)
    return paths
