#!/usr/bin/env python3
"""Where the corpus events are lost: each missed and each spurious event, classified.

    PYTHONPATH=src python benchmarks/across_events_errors.py CLUSTER_DIR PRED.json [--quiet] [--loose]

PRED.json: the output of ``backchannel analyze --corpus CLUSTER_DIR/docs -o PRED.json``.

Why: ``score_corpus.py`` gives the events' P/R/F1; improving them needs to know,
for each gold event the prediction misses, whether the act was never extracted
in a report (a per-report extraction fault the across resolver cannot mend),
or extracted but not grouped into one event across reports (the resolver's
fault), and for each spurious event why it exists. The matching is the
reference scorer's (``shared/bench/score_corpus.py`` and ``score_dossier.py``
are imported, not copied). Classes:

- ``a`` extraction: no report (``a0``) or one report only (``a1``) has an
  interaction of the gold type and negation that tells the gold parties (one end
  the gold entity, no end another gold party; with ``--loose`` an end matched to
  no gold actor does not refute it), so no event of two reports can match.
  ``a0-type`` / ``a1-type``: other reports tell the parties under another type or
  negation (noted, counted under ``a``).
- ``b`` grouping: two or more reports have the act, yet no predicted event
  matches. ``b-split``: the tellings are in different events; ``b-ends``:
  one event holds them but its source/target is not the gold entity;
  ``b-one-to-one``: a matching event was taken by another gold event; ``b-type``:
  fewer than two reports tell it under the gold type, two or more under a type
  that may be told as it (a call told as talks, ``acttypes.told_as``).
- ``c`` spurious (predicted events of two reports or more that match no gold
  event): ``c-split`` its tellings belong to a gold event another predicted
  event matched (over-split); ``c-type`` its ends are a gold event's but its
  type differs; ``c-ends`` type and reports of a gold event, other ends;
  ``c-extra`` no gold event of that type between those parties.

Development clusters only: it prints the gold notes and predicted evidence
sentences (third-party text) to the terminal and never writes them anywhere.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from backchannel.resolve.across.acttypes import family

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LOOSE = False  # --loose: an end matched to no gold actor does not refute a telling
SYMMETRIC = {"agree", "meet", "negotiate", "contact"}  # data/across.toml [events] symmetric


def scorer() -> Any:
    """The reference corpus scorer as a module (its matching rules are the benchmark's)."""
    sys.path.insert(0, str(SHARED / "bench"))
    spec = importlib.util.spec_from_file_location("score_corpus", SHARED / "bench" / "score_corpus.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


class View:
    """The gold cluster and the prediction, joined as the scorer joins them."""

    def __init__(self, sc: Any, cluster: Path, pred: dict) -> None:
        self.sc, self.pred = sc, pred
        self.gdocs, self.gcorpus = sc.load_gold(cluster)
        self.pdocs = {(d.get("documents") or [{}])[0].get("id"): d for d in pred.get("dossiers", [])}
        self.g2p: dict[tuple[str, str], str] = {}
        self.p2g: dict[tuple[str, str], str] = {}
        for doc, g in self.gdocs.items():
            m = sc.match_actors(g.get("actors", []), (self.pdocs.get(doc) or {}).get("actors", []))
            for gid, pid in m.items():
                self.g2p[(doc, gid)] = pid
                self.p2g[(doc, pid)] = gid
        self.ent_items: dict[int, set[tuple[str, str]]] = {}
        for k, e in enumerate(self.gcorpus.get("entities", [])):
            for mem in e.get("members", []):
                gid = sc.gold_actor_id(self.gdocs.get(mem["doc"], {}), mem["name"])
                if gid is not None:
                    self.ent_items.setdefault(k, set()).add((mem["doc"], gid))
        self.gent = {item: k for k, items in self.ent_items.items() for item in items}
        self.gname = {sc.norm(e["name"]): k for k, e in enumerate(self.gcorpus.get("entities", []))}
        self.pent = {(m["doc"], m["actor"]): e["id"] for e in pred.get("entities", []) for m in e.get("members", [])}
        self.event_of = {(m["doc"], m["interaction"]): e["id"] for e in pred.get("events", [])
                         for m in e.get("members", [])}
        self.events = {e["id"]: e for e in pred.get("events", [])}

    def wanted(self, ge: dict) -> list[set[str]]:
        """Predicted entities standing for the gold event's source and target."""
        out = []
        for x in ("source", "target"):
            k = self.gname.get(self.sc.norm(ge.get(x) or ""))
            items = self.ent_items.get(k, set()) if k is not None else set()
            out.append({self.pent.get((d, self.g2p[(d, g)])) for d, g in items if (d, g) in self.g2p} - {None})
        return out

    def inters(self, doc: str) -> list[dict]:
        return (self.pdocs.get(doc) or {}).get("interactions", [])

    def ends(self, doc: str, it: dict) -> tuple[str | None, str | None]:
        return (self.pent.get((doc, it.get("source"))) if it.get("source") else None,
                self.pent.get((doc, it.get("target"))) if it.get("target") else None)


def multi(e: dict) -> bool:
    return len({m["doc"] for m in e.get("members", [])}) >= 2


def matches(v: View, ge: dict, pe: dict, wanted: list[set[str]]) -> bool:
    """The scorer's event test (type, one end, a shared report)."""
    return pe.get("type") == ge.get("type") and multi(pe) and \
        (pe.get("source") in wanted[0] or pe.get("target") in wanted[1]) and \
        bool(set(ge.get("docs") or []) & {m["doc"] for m in pe.get("members", [])})


def scored_matches(v: View) -> dict[int, str]:
    """Gold event index -> predicted event id, one to one, best document Jaccard first (the scorer's)."""
    cands = []
    gevents = v.gcorpus.get("events", [])
    for gi, ge in enumerate(gevents):
        w, gd = v.wanted(ge), set(ge.get("docs") or [])
        for pe in v.pred.get("events", []):
            if matches(v, ge, pe, w):
                pd = {m["doc"] for m in pe["members"]}
                cands.append((len(gd & pd) / len(gd | pd), gi, pe["id"]))
    cands.sort(key=lambda t: (-t[0], t[1], t[2]))
    got: dict[int, str] = {}
    for _, gi, pid in cands:
        if gi not in got and pid not in got.values():
            got[gi] = pid
    return got


def end_fits(v: View, doc: str, actor: str | None, k: int | None) -> str:
    """"match" when the predicted actor stands for gold entity ``k`` in this report, "clash" when it
    stands for another gold actor, "loose" when it is matched to no gold actor (a party the report's
    extraction named otherwise), "unknown" when it or the gold end is absent."""
    if not actor or k is None:
        return "unknown"
    if (doc, actor) not in v.p2g:
        return "loose"
    return "match" if v.gent.get((doc, v.p2g[(doc, actor)])) == k else "clash"


def tells(v: View, ge: dict, doc: str, it: dict) -> bool:
    """Whether a predicted interaction tells the gold act's parties: one end the gold entity, no
    end another gold party (either way round for an undirected act)."""
    ks = [v.gname.get(v.sc.norm(ge.get(x) or "")) for x in ("source", "target")]
    ways = [(it.get("source"), it.get("target"))]
    if ge["type"] in SYMMETRIC:
        ways.append((it.get("target"), it.get("source")))
    for s, t in ways:
        fit = [end_fits(v, doc, s, ks[0]), end_fits(v, doc, t, ks[1])]
        if "match" in fit and "clash" not in fit and (LOOSE or "loose" not in fit):
            return True
    return False


def tellings(v: View, ge: dict) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Per report of the gold event: its interactions of the gold type and negation that tell the
    gold parties, and those that tell them under another type or negation."""
    same: dict[str, list[dict]] = {}
    other: dict[str, list[dict]] = {}
    for doc in ge.get("docs") or []:
        for it in v.inters(doc):
            if tells(v, ge, doc, it):
                told_so = it["type"] == ge["type"] and bool(it.get("negated")) == bool(ge.get("negated"))
                (same if told_so else other).setdefault(doc, []).append(it)
    return same, other


def classify_missed(v: View, gi: int, ge: dict, got: dict[int, str]) -> tuple[str, list[str]]:
    """(class, lines to print) for one gold event the prediction misses."""
    w = v.wanted(ge)
    same, other = tellings(v, ge)
    lines = []
    for doc, its in sorted(same.items()):
        for it in its:
            eid = v.event_of.get((doc, it["id"]))
            ev = v.events.get(eid or "", {})
            lines.append(f"    {doc} {it['id']} {it['type']} {v.ends(doc, it)} neg={it.get('negated')} "
                         f"mod={it.get('modality')} time={(it.get('time') or {}).get('value')} -> {eid} "
                         f"({ev.get('type')} {ev.get('source')}->{ev.get('target')}, reports {len(ev.get('reports', []))})"
                         f" | {(it.get('evidence') or {}).get('text', '')[:140]}")
    for doc, its in sorted(other.items()):
        for it in its:
            lines.append(f"    [other type] {doc} {it['id']} {it['type']} {v.ends(doc, it)} neg={it.get('negated')}")
    kin = {doc for doc, its in other.items() for it in its
           if family(it["type"]) == family(ge["type"]) and bool(it.get("negated")) == bool(ge.get("negated"))}
    if len(same) + len(kin - set(same)) >= 2 and len(same) < 2:
        return "b-type", lines  # told under a type that may be told as the gold's (acttypes.told_as)
    if len(same) == 0:
        return ("a0-type" if len(other) >= 2 else "a0"), lines
    if len(same) == 1:
        return ("a1-type" if len(other) + 1 >= 2 else "a1"), lines
    evs = {v.event_of.get((doc, it["id"])) for doc, its in same.items() for it in its}
    cand = [e for e in (v.events.get(x or "") for x in evs) if e and matches(v, ge, e, w)]
    if cand:
        return "b-one-to-one", lines
    if any(e and multi(e) and e.get("type") == ge["type"] for e in (v.events.get(x or "") for x in evs)):
        return "b-ends", lines
    return "b-split", lines


def classify_spurious(v: View, pe: dict, got: dict[int, str]) -> str:
    """Why a predicted event of two reports or more matches no gold event."""
    gevents = v.gcorpus.get("events", [])
    pd = {m["doc"] for m in pe["members"]}
    for gi, ge in enumerate(gevents):
        w = v.wanted(ge)
        if gi in got and pe.get("type") == ge["type"] and (pe.get("source") in w[0] | w[1] or
                                                           pe.get("target") in w[0] | w[1]) \
                and pd & set(ge.get("docs") or []) and matches(v, ge, pe, w):
            return "c-split"
    for ge in gevents:
        w = v.wanted(ge)
        ends = {pe.get("source"), pe.get("target")} - {None}
        if ends and ends <= (w[0] | w[1]) and pe.get("type") != ge["type"] and pd & set(ge.get("docs") or []):
            return "c-type"
    for ge in gevents:
        if pe.get("type") == ge["type"] and pd & set(ge.get("docs") or []):
            return "c-ends"
    return "c-extra"


def run(cluster: Path, pred_path: Path, quiet: bool) -> Counter[str]:
    v = View(scorer(), cluster, json.loads(pred_path.read_text()))
    got = scored_matches(v)
    counts: Counter[str] = Counter()
    for gi, ge in enumerate(v.gcorpus.get("events", [])):
        if gi in got:
            counts["hit"] += 1
            continue
        cls, lines = classify_missed(v, gi, ge, got)
        counts[cls] += 1
        if not quiet:
            print(f"MISSED {cls}: {ge['type']} {ge.get('source')} -> {ge.get('target')} neg={ge.get('negated', False)}"
                  f" docs={len(ge.get('docs') or [])}")
            print("\n".join(lines))
    for pe in v.pred.get("events", []):
        if multi(pe) and pe["id"] not in got.values():
            cls = classify_spurious(v, pe, got)
            counts[cls] += 1
            if not quiet:
                print(f"SPURIOUS {cls}: {pe['id']} {pe['type']} {pe.get('source')} -> {pe.get('target')} "
                      f"neg={pe.get('negated')} reports={pe.get('reports')}")
    return counts


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cluster", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--quiet", action="store_true", help="counts only")
    ap.add_argument("--loose", action="store_true", help="an end matched to no gold actor does not refute a telling")
    a = ap.parse_args(argv)
    global LOOSE
    LOOSE = a.loose
    counts = run(a.cluster, a.pred, a.quiet)
    groups = Counter({"a": sum(n for k, n in counts.items() if k.startswith("a")),
                      "b": sum(n for k, n in counts.items() if k.startswith("b")),
                      "c": sum(n for k, n in counts.items() if k.startswith("c"))})
    print(f"{a.cluster.name}: hit {counts['hit']} a {groups['a']} b {groups['b']} c {groups['c']} | "
          + " ".join(f"{k} {n}" for k, n in sorted(counts.items()) if k != "hit"))


if __name__ == "__main__":
    main(sys.argv[1:])
