"""Score dossiers against gold dossiers (a port of ``shared/bench/score_dossier.py``).

Why a port and not an import: the installed tool must evaluate on any machine,
without the project's ``shared/`` folder beside it. The matching rules are
kept identical to the reference scorer (tests check both agree):

- names are normalised (case-folded, accents and punctuation removed, leading
  article and possessive dropped); actors match on a shared name or alias, or
  when one full name is a whole-token suffix of the other; one-to-one, greedy,
  strongest first;
- interactions: strict = type, source, target and negation agree; relaxed =
  type agrees and the source or the target matches;
- claims: at least half of each side's content tokens occur in the other;
- times: over strictly matched interactions whose gold time has a value.

:func:`by_rule` reuses the same matching to count, per rule id recorded on
the predicted items (``rule``, ``trace``), the true and false positives, so a
rule's precision is visible (``backchannel eval --by-rule``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Callable

ARTICLES = {"a", "an", "the"}


def norm(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'").replace("'s ", " ").replace("'s", "")
    s = re.sub(r"[^\w\s]", " ", s)
    toks = s.split()
    while toks and toks[0] in ARTICLES:
        toks = toks[1:]
    return " ".join(toks)


def names(actor: dict[str, Any]) -> set[str]:
    out = {norm(actor.get("name"))} | {norm(a) for a in actor.get("aliases") or []}
    out.discard("")
    return out


def strength(g: dict[str, Any], p: dict[str, Any]) -> int:
    gn, pn = names(g), names(p)
    if gn & pn:
        return 3 if norm(g.get("name")) == norm(p.get("name")) else 2
    for a in gn:
        for b in pn:
            short, long_ = sorted((a, b), key=len)
            if short.split() and (" " + long_).endswith(" " + short) and len(short) >= 4:
                return 1
    return 0


def match_actors(gold: list[dict], pred: list[dict]) -> dict[str, str]:
    pairs = [(s, g["id"], p["id"]) for g in gold for p in pred if (s := strength(g, p))]
    pairs.sort(key=lambda t: -t[0])
    g2p: dict[str, str] = {}
    used: set[str] = set()
    for _, gi, pi in pairs:
        if gi not in g2p and pi not in used:
            g2p[gi] = pi
            used.add(pi)
    return g2p


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def tokens(text: str | None) -> set[str]:
    return set(norm(text).split())


def greedy(gold: list, pred: list, ok: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for pi, p in enumerate(pred):
            if pi not in used and ok(g, p):
                used.add(pi)
                pairs.append((g, p))
                break
    return pairs


def same_actor(g2p: dict[str, str]) -> Callable[[str | None, str | None], bool]:
    """Whether a predicted actor id is the match of a gold id (null matches null)."""

    def same(g_id: str | None, p_id: str | None) -> bool:
        return (g_id is None and p_id is None) or (g_id in g2p and g2p[g_id] == p_id)

    return same


def interaction_matchers(same: Callable[[str | None, str | None], bool]):
    """The strict and relaxed interaction match predicates of the reference scorer."""

    def strict(g: dict, p: dict) -> bool:
        return (g["type"] == p.get("type") and same(g.get("source"), p.get("source"))
                and same(g.get("target"), p.get("target")) and bool(g.get("negated")) == bool(p.get("negated")))

    def relaxed(g: dict, p: dict) -> bool:
        return g["type"] == p.get("type") and bool(
            (g.get("source") and same(g.get("source"), p.get("source")))
            or (g.get("target") and same(g.get("target"), p.get("target"))))

    return strict, relaxed


def score(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """Scores of one predicted dossier against its gold dossier (plain dicts)."""
    ga, pa = gold.get("actors", []), pred.get("actors", [])
    g2p = match_actors(ga, pa)
    same = same_actor(g2p)

    out: dict[str, Any] = {"actors": prf(len(g2p), len(pa), len(ga))}
    named = [a for a in ga if a.get("named", True)]
    out["named_actors_recall"] = prf(sum(a["id"] in g2p for a in named), len(named), len(named))["r"]
    alias_total = alias_hit = aff_total = aff_hit = 0
    pmap = {p["id"]: p for p in pa}
    for g in ga:
        if g["id"] not in g2p:
            continue
        p = pmap[g2p[g["id"]]]
        for al in g.get("aliases") or []:
            alias_total += 1
            alias_hit += norm(al) in names(p)
        if g.get("affiliation"):
            aff_total += 1
            aff_hit += same(g["affiliation"], p.get("affiliation"))
    out["alias_recall"] = round(alias_hit / alias_total, 3) if alias_total else None
    out["affiliation_accuracy"] = round(aff_hit / aff_total, 3) if aff_total else None

    gi, pi = gold.get("interactions", []), pred.get("interactions", [])
    is_strict, is_relaxed = interaction_matchers(same)
    strict = greedy(gi, pi, is_strict)
    relaxed = greedy(gi, pi, is_relaxed)
    out["interactions_strict"] = prf(len(strict), len(pi), len(gi))
    out["interactions_relaxed"] = prf(len(relaxed), len(pi), len(gi))
    timed = [(g, p) for g, p in strict if (g.get("time") or {}).get("value")]
    out["time_accuracy"] = (round(sum((p.get("time") or {}).get("value") == g["time"]["value"]
                                      for g, p in timed) / len(timed), 3) if timed else None)

    gc, pc = gold.get("claims", []), pred.get("claims", [])
    cm = greedy(gc, pc, claims_overlap)
    out["claims"] = prf(len(cm), len(pc), len(gc))
    out["claim_speaker_accuracy"] = (round(sum(same(g.get("speaker"), p.get("speaker")) for g, p in cm) / len(cm), 3)
                                     if cm else None)
    out["claim_direct_accuracy"] = (round(sum(bool(g.get("direct")) == bool(p.get("direct")) for g, p in cm) / len(cm), 3)
                                    if cm else None)
    return out


def claims_overlap(g: dict, p: dict) -> bool:
    """Claims match when at least half of each side's content tokens occur in the other."""
    a, b = tokens(g.get("content")), tokens(p.get("content"))
    return bool(a) and bool(b) and len(a & b) >= 0.5 * len(a) and len(a & b) >= 0.5 * len(b)


def combine(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-average the P/R/F1 blocks; average the accuracies over files that have them."""
    total: dict[str, dict[str, int]] = {}
    for r in results:
        for k, v in r.items():
            if isinstance(v, dict):
                t = total.setdefault(k, {"tp": 0, "pred": 0, "gold": 0})
                for f in ("tp", "pred", "gold"):
                    t[f] += v[f]
    out: dict[str, Any] = {k: prf(v["tp"], v["pred"], v["gold"]) for k, v in total.items()}
    for k in results[0] if results else []:
        if not isinstance(results[0][k], dict):
            vals = [r[k] for r in results if r.get(k) is not None]
            out[k] = round(sum(vals) / len(vals), 3) if vals else None
    return out


def interactions_by_type(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per interaction type: relaxed and strict true positives, predicted and gold counts.

    Same matching as :func:`score`, restricted to one type at a time, so the
    per-type counts show which frames over- or under-fire.
    """
    is_strict, is_relaxed = interaction_matchers(same_actor(match_actors(gold.get("actors", []), pred.get("actors", []))))
    gi, pi = gold.get("interactions", []), pred.get("interactions", [])
    out: dict[str, dict[str, int]] = {}
    for t in sorted({x["type"] for x in gi} | {x.get("type") for x in pi}):
        G = [x for x in gi if x["type"] == t]
        P = [x for x in pi if x.get("type") == t]
        relaxed = greedy(G, P, is_relaxed)
        strict = greedy(G, P, is_strict)
        out[t] = {"relaxed": len(relaxed), "strict": len(strict), "pred": len(P), "gold": len(G)}
    return out


METRICS = ("actors", "named_actors_recall", "alias_recall", "affiliation_accuracy",
           "interactions_strict", "interactions_relaxed", "time_accuracy",
           "claims", "claim_speaker_accuracy", "claim_direct_accuracy")


def load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def find_pairs(gold_dir: Path, corpus_dir: Path) -> list[tuple[Path, Path]]:
    """Gold files that have a corpus file of the same stem (any known extension)."""
    pairs = []
    for g in sorted(gold_dir.glob("*.json")):
        for ext in (".txt", ".html", ".htm", ".md"):
            c = corpus_dir / (g.stem + ext)
            if c.exists():
                pairs.append((g, c))
                break
    return pairs


def evaluate_dirs(gold_dir: Path, corpus_dir: Path, analyze_file: Callable[[Path], dict[str, Any]],
                  rules: bool = False) -> dict[str, Any]:
    """Analyze each corpus file that has a gold file; return per-file and combined scores.

    With ``rules``, ``by_rule`` holds the true and false positives of every rule
    over all files (:func:`by_rule`, ranked by :func:`rank_rules`).
    """
    per: dict[str, dict[str, Any]] = {}
    by_type: dict[str, dict[str, int]] = {}
    per_rule: RuleCounts = {}
    for g, c in find_pairs(gold_dir, corpus_dir):
        gold, pred = load_gold(g), analyze_file(c)
        per[g.stem] = score(gold, pred)
        for t, counts in interactions_by_type(gold, pred).items():
            acc = by_type.setdefault(t, dict.fromkeys(counts, 0))
            for k, v in counts.items():
                acc[k] += v
        if rules:
            add_rule_counts(per_rule, by_rule(gold, pred))
    out = {"files": per, "all": combine(list(per.values())) if per else {}, "by_type": by_type}
    if rules:
        out["by_rule"] = rank_rules(per_rule)
    return out


def cell(v: Any) -> str:
    """One metric as a table cell: F1 for P/R/F1 blocks, the value for accuracies."""
    if v is None:
        return "–"
    if isinstance(v, dict):
        return f"{v['f1']:.2f}"
    return f"{v:.2f}"


# -- precision per rule ----------------------------------------------------------

#: The group of predicted items that carry no ``rule`` (code not yet instrumented).
UNTRACED = "(untraced)"

#: What :func:`by_rule` counts: item kind -> rule id -> {"tp": n, "fp": n}.
RuleCounts = dict[str, dict[str, dict[str, int]]]


def rule_of(item: dict[str, Any], field: str | None = None) -> str:
    """The rule that produced an item (or, with ``field``, last set that field), else ``(untraced)``."""
    if field is not None and field in (item.get("trace") or {}):
        return item["trace"][field]
    return item.get("rule") or UNTRACED


def _tally(out: RuleCounts, kind: str, items: list[dict], hits: set[int], field: str | None = None) -> None:
    """Count each item as a true (its ``id()`` in ``hits``) or false positive of its rule."""
    table = out.setdefault(kind, {})
    for it in items:
        c = table.setdefault(rule_of(it, field), {"tp": 0, "fp": 0})
        c["tp" if id(it) in hits else "fp"] += 1


def by_rule(gold: dict[str, Any], pred: dict[str, Any]) -> RuleCounts:
    """True and false positives of every rule, per kind of item, with the matching of :func:`score`.

    Kinds: ``actors`` (matched to a gold actor or not), ``affiliations`` (a
    predicted affiliation of a matched actor: the same actor as gold's, or not;
    counted for the rule in ``trace["affiliation"]``), ``interactions_strict``,
    ``interactions_relaxed`` and ``claims``. A predicted item is a true positive
    when the one-to-one matching pairs it with a gold item. Why per rule: a rule
    whose output is mostly false positives is found from the numbers, not by
    reading dossiers.
    """
    ga, pa = gold.get("actors", []), pred.get("actors", [])
    g2p = match_actors(ga, pa)
    same = same_actor(g2p)
    out: RuleCounts = {}
    matched = set(g2p.values())
    _tally(out, "actors", pa, {id(p) for p in pa if p["id"] in matched})
    p2g = {p: g for g, p in g2p.items()}
    gmap = {g["id"]: g for g in ga}
    with_aff = [p for p in pa if p["id"] in p2g and p.get("affiliation")]
    right = {id(p) for p in with_aff if same(gmap[p2g[p["id"]]].get("affiliation"), p.get("affiliation"))}
    _tally(out, "affiliations", with_aff, right, field="affiliation")
    gi, pi = gold.get("interactions", []), pred.get("interactions", [])
    is_strict, is_relaxed = interaction_matchers(same)
    _tally(out, "interactions_strict", pi, {id(p) for _, p in greedy(gi, pi, is_strict)})
    _tally(out, "interactions_relaxed", pi, {id(p) for _, p in greedy(gi, pi, is_relaxed)})
    pc = pred.get("claims", [])
    _tally(out, "claims", pc, {id(p) for _, p in greedy(gold.get("claims", []), pc, claims_overlap)})
    return out


def add_rule_counts(total: RuleCounts, part: RuleCounts) -> None:
    """Add one file's :func:`by_rule` counts into ``total``."""
    for kind, rules in part.items():
        for rule, c in rules.items():
            t = total.setdefault(kind, {}).setdefault(rule, {"tp": 0, "fp": 0})
            t["tp"] += c["tp"]
            t["fp"] += c["fp"]


def rank_rules(total: RuleCounts) -> dict[str, list[dict[str, Any]]]:
    """Per kind, the rules with their counts and precision, the least precise (then busiest) first."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind, rules in total.items():
        rows: list[dict[str, Any]] = [
            {"rule": r, "tp": c["tp"], "fp": c["fp"], "p": round(c["tp"] / (c["tp"] + c["fp"]), 3)}
            for r, c in rules.items() if c["tp"] + c["fp"]]
        rows.sort(key=lambda x: (x["p"], -x["fp"], x["rule"]))
        out[kind] = rows
    return out
