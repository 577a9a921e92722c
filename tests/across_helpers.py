"""Invented reports for the cross-report resolver tests: small dossiers built in code.

Why built, not parsed: the resolver's input is dossiers, and a test of the resolver
should not depend on what the extractor makes of a sentence. Every text here is
invented for the tests.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from backchannel.model import Actor, Claim, ClaimSpans, Count, Document, Dossier, Evidence, Interaction, Mention, Time


class Report:
    """A dossier under construction: ``actor``, ``act`` and ``say`` add items grounded in ``text``."""

    def __init__(self, doc: str, text: str, published: str | None = None, source: str | None = None) -> None:
        self.doc, self.text = doc, text
        self.d = Dossier(documents=[Document(id=doc, text=text, published=published, source=source)])

    def span(self, phrase: str) -> tuple[int, int]:
        at = self.text.find(phrase)
        assert at >= 0, phrase
        return at, at + len(phrase)

    def actor(self, aid: str, name: str, kind: str = "person", named: bool = True, aliases: list[str] | None = None,
              descriptors: list[str] | None = None, affiliation: str | None = None, mention: str | None = None) -> str:
        s, e = self.span(mention or name)
        self.d.actors.append(Actor(id=aid, name=name, kind=kind, named=named, aliases=aliases or [],
                                   descriptors=descriptors or [], affiliation=affiliation,
                                   mentions=[Mention(doc=self.doc, start=s, end=e, text=self.text[s:e])]))
        return aid

    def evidence(self, phrase: str) -> Evidence:
        s, e = self.span(phrase)
        return Evidence(doc=self.doc, start=s, end=e, text=self.text[s:e])

    def act(self, iid: str, type_: str, source: str | None, target: str | None, phrase: str, negated: bool = False,
            modality: str = "asserted", time: str | None = None, count: tuple[int, str] | None = None,
            via: list[str] | None = None, trigger: str | None = None) -> str:
        at = self.span(trigger) if trigger else None  # the act's own word, when a test reads where it lies
        self.d.interactions.append(Interaction(
            id=iid, type=type_, source=source, target=target, via=via or [], negated=negated, modality=modality,
            time=Time(text=time, value=time) if time else None,
            count=Count(value=count[0], qualifier=count[1]) if count else None, evidence=self.evidence(phrase),
            trigger=list(at) if at else None))
        return iid

    def say(self, cid: str, speaker: str | None, content: str, direct: bool = False) -> str:
        s, e = self.span(content)
        self.d.claims.append(Claim(id=cid, speaker=speaker, content=content, direct=direct,
                                   spans=ClaimSpans(doc=self.doc, content=[[s, e]]), evidence=self.evidence(content)))
        return cid



def outlet_report(doc: str, text: str, states: tuple[str, ...], published: str = "2031-05-04") -> Report:
    """A report of outlet "Outlet <doc>" with each of ``states`` that its text names as a state actor (id: the
    name in lower case): the setting of the link tests, which then add the acts and claims they test."""
    r = Report(doc, text, published=published, source=f"Outlet {doc}")
    for name in states:
        if name in text:
            r.actor(name.lower(), name, kind="state", mention=name)
    return r


def side_report(doc: str, text: str, name: str, outlet: str, said: str | None = None, mention: str | None = None,
                      side: str = "Lorvia", sid: str = "lorvia") -> Report:
    """A report of one side (a state, ``sid``) and an unnamed group of it ("grp"), which may say ``said``."""
    r = Report(doc, text, source=outlet)
    r.actor(sid, side, kind="state", mention=side)
    r.actor("grp", name, kind="group", named=False, affiliation=sid, mention=mention or name)
    if said:
        r.say("c1", "grp", said)
    return r


def entity_of(res: Any, doc: str, actor: str) -> str:
    """The id of the entity that actor ``actor`` of report ``doc`` was resolved into."""
    return next(e["id"] for e in res.entities if {"doc": doc, "actor": actor} in e["members"])


def one(res: Any, *members: tuple[str, str]) -> bool:
    """Whether these (report, actor) pairs were all resolved into one entity."""
    return len({entity_of(res, d, a) for d, a in members}) == 1


def same(res: Any, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (report, actor) pairs were resolved into one entity."""
    return one(res, a, b)

SCORER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "score_corpus.py"


def score_cluster(path: Path, nlp: Any) -> dict:
    """Analyse and resolve a gold cluster's reports and score them with the unchanged
    ``../shared/bench/score_corpus.py``; skip the test when the cluster or the scorer is not there.

    Why one helper: every cluster floor (development, fresh and blind-then-development clusters)
    must be scored exactly as the README's figures are."""
    from backchannel.ingest import read_inputs
    from backchannel.pipeline import analyze
    from backchannel.resolve.across import resolve_dossiers

    if not (path / "corpus.json").exists() or not SCORER.exists():
        pytest.skip(f"{path} or {SCORER} is not there")
    sys.path.insert(0, str(SCORER.parent))
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    dossiers = [r.dossier for r in analyze(read_inputs([str(path / "docs")]), nlp=nlp) if r.dossier]
    res = resolve_dossiers(iter(dossiers))
    return mod.score(path, {"dossiers": [d.to_dict() for d in dossiers], **res.to_dict()})
