"""Training data: annotated reports run through the rules, aligned to their gold.

Why here and not in a script: every learned part needs the same three things
(the parse, the rules' dossier, and which predicted actor each gold actor is,
by the reference scorer's matching), and the leave-one-set-out estimate must
split by set the same way for all of them. The annotated sets live outside the
repository (``../shared`` and the fresh sets beside it); their list is
``benchmarks/learn_sets.toml``.
"""

from __future__ import annotations

import json
import pickle
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from backchannel.evaluate import find_pairs, match_actors
from backchannel.ingest import InputError, read_file
from backchannel.model import Dossier
from backchannel.extract.base import RULE_STAGES
from backchannel.pipeline import extract


@dataclass(slots=True)
class Sample:
    """One annotated report: its set, parse, the rules' dossier, its gold and the actor alignment."""

    set: str
    stem: str
    doc: Any  # spacy.tokens.Doc
    dossier: Dossier
    gold: dict[str, Any]
    g2p: dict[str, str]  # gold actor id -> predicted actor id (reference scorer's matching)

    @property
    def text(self) -> str:
        return str(self.doc.text)

    def locate(self, passage: str | None) -> tuple[int, int] | None:
        """Character offsets of a gold passage (evidence, content) in the text, or None."""
        if not passage:
            return None
        at = self.text.find(passage)
        if at < 0:
            at = self.text.find(passage[:60])
            return None if at < 0 else (at, at + len(passage))
        return at, at + len(passage)


def read_sets(path: Path) -> list[tuple[str, Path, Path]]:
    """(name, gold dir, docs dir) of every set in the TOML list whose folders exist."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    base = path.parent.parent
    out = []
    for entry in data["set"]:
        gold, docs = (base / entry["gold"]).resolve(), (base / entry["docs"]).resolve()
        if gold.is_dir() and docs.is_dir():
            out.append((entry["name"], gold, docs))
    return out


def rules_only(document: Any, doc: Any) -> Dossier:
    """The dossier of the rules alone: a learned part trains on what it will see, not on its own output."""
    return extract(document, doc, RULE_STAGES)


def samples(sets: Sequence[tuple[str, Path, Path]], nlp: Any,
            run: Callable[[Any, Any], Dossier] = rules_only, cache: Path | None = None) -> Iterator[Sample]:
    """Every annotated report of ``sets``, parsed and run through ``run`` (the rules alone by default).

    ``cache`` (a pickle) keeps the parses and dossiers between training runs; delete
    it when the rules change.
    """
    if cache is not None and cache.exists():
        yield from pickle.loads(cache.read_bytes())
        return
    out = []
    for name, gold_dir, docs_dir in sets:
        for g, c in find_pairs(gold_dir, docs_dir):
            item = next(iter(read_file(c)))
            if isinstance(item, InputError):
                raise ValueError(f"{c}: {item.reason}")
            doc = nlp(item.document.text)
            dossier = run(item.document, doc)
            gold = json.loads(g.read_text(encoding="utf-8"))
            pred = dossier.to_dict()
            out.append(Sample(name, g.stem, doc, dossier, gold, match_actors(gold.get("actors", []), pred["actors"])))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(out))
    yield from out


def leave_one_set_out(items: Sequence[Sample]) -> Iterator[tuple[str, list[Sample], list[Sample]]]:
    """(held-out set, training samples, held-out samples) for every set."""
    for name in sorted({s.set for s in items}):
        yield name, [s for s in items if s.set != name], [s for s in items if s.set == name]
