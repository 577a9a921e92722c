"""The corpus dossier of spec/corpus.md, written as a stream: documents, dossiers, then the cross sections.

Why a stream: ``analyze --corpus`` may read thousands of reports. Each dossier is
written to a spool file as soon as it is made and digested for the resolver; the
corpus text is never held in memory, only the resolver's small records. The output
is then assembled from the spool and the resolution, and renamed into place.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Iterable, TextIO

from backchannel.model import Dossier, to_json
from backchannel.resolve.across import Aliases, Digest, Resolution, resolve_digest
from backchannel.resolve.across.gcpause import unsettle

#: The cross-report sections, in the order spec/corpus.md lists them, then the resolver's own.
CROSS = ("entities", "events", "statements", "links", "judgements", "views")


def document_entry(d: Dossier) -> dict:
    doc = d.documents[0]
    return {"id": doc.id, "title": doc.title, "published": doc.published, "source": doc.source, "url": doc.url}


def write_sections(out: TextIO, sections: dict[str, list]) -> None:
    """The cross sections as JSON arrays, one item per line."""
    for name in CROSS:
        items = sections.get(name, [])
        if isinstance(items, dict):
            out.write(f',\n "{name}": ')
            write_mapping(out, items)
            continue
        out.write(f',\n "{name}": [')
        out.write(",".join("\n  " + json.dumps(x, ensure_ascii=False) for x in items))
        out.write("\n ]" if items else "]")
    out.write("\n}\n")


def write_mapping(out: TextIO, items: dict) -> None:
    """``json.dumps(items, ensure_ascii=False)``, byte for byte, written a list item at a time.

    Why: the views (timeline, disputes, sources, channels) grow with the corpus, and one string of all
    of them was the largest object of writing a corpus dossier; the default separators ", " and ": " are
    the ones :func:`json.dumps` writes."""
    if not all(isinstance(k, str) for k in items):
        out.write(json.dumps(items, ensure_ascii=False))  # (other keys: json's own conversion)
        return
    out.write("{")
    for k, (key, value) in enumerate(items.items()):
        out.write((", " if k else "") + json.dumps(key, ensure_ascii=False) + ": ")
        if isinstance(value, (list, tuple)):
            out.write("[")
            for j, x in enumerate(value):
                out.write((", " if j else "") + json.dumps(x, ensure_ascii=False))
            out.write("]")
        else:
            out.write(json.dumps(value, ensure_ascii=False))
    out.write("}")


def copy(spool: TextIO, out: TextIO) -> None:
    """The spooled JSON lines as array items."""
    spool.seek(0)
    for k, line in enumerate(spool):
        out.write(("," if k else "") + "\n  " + line.rstrip("\n"))


class CorpusWriter:
    """Spools dossiers as they come and writes the corpus dossier once all are in."""

    def __init__(self, aliases: Aliases | None = None) -> None:
        self.aliases = aliases
        self.digest = Digest()
        self.docs = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.dossiers = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.count = 0

    def add(self, d: Dossier) -> None:
        if not d.documents:
            return
        self.digest.add(d)
        self.docs.write(json.dumps(document_entry(d), ensure_ascii=False) + "\n")
        self.dossiers.write(to_json(d) + "\n")
        self.count += 1

    def resolve(self) -> Resolution:
        return resolve_digest(self.digest, self.aliases)

    def write(self, out: TextIO) -> Resolution:
        res = self.resolve()
        out.write('{\n "documents": [')
        copy(self.docs, out)
        out.write('\n ],\n "dossiers": [')
        copy(self.dossiers, out)
        out.write("\n ]")
        write_sections(out, res.to_dict())
        return res

    def close(self) -> None:
        self.docs.close()
        self.dossiers.close()


def write_corpus(dossiers: Iterable[Dossier], out: TextIO | Path, aliases: Aliases | None = None) -> Resolution:
    """Resolve ``dossiers`` and write their corpus dossier to a stream or (atomically) a file."""
    from backchannel.files import atomic_write

    w = CorpusWriter(aliases)
    try:
        for d in dossiers:
            w.add(d)
        if isinstance(out, Path):
            box: list[Resolution] = []
            atomic_write(out, lambda fh: box.append(w.write(fh)))
            return box[0]
        return w.write(out)
    finally:
        unsettle()  # (an error in the loop leaves nothing frozen for the rest of the process)
        w.close()
