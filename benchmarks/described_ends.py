"""How many gold interaction ends are named only by a description or pronoun, and how many the tool gets.

Why: a party written in the act's sentence only as "the kingdom", "the group" or "they" needs
mention-level coreference; this counts such ends (no name, alias or name-derived word of the gold
actor in the act's sentence) and how many of them a predicted act of the same type gets right
(strict match, or a relaxed match whose end is that actor). Development data only.

Usage: python benchmarks/described_ends.py [--list] TAG GOLD_DIR DOCS_DIR [TAG GOLD_DIR DOCS_DIR ...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from backchannel.evaluate import find_pairs, greedy, interaction_matchers, load_gold, match_actors, same_actor
from backchannel.ingest import read_file
from backchannel.nlp import load_pipeline
from backchannel.pipeline import extract

WORD = re.compile(r"[A-Za-z][A-Za-z.'-]+")
PRONOUN = re.compile(r"\b(he|him|his|she|her|they|them|their|it|its)\b", re.I)
DESCRIPTION = re.compile(r"\b(the|both|its|their|his|her)\s+(\w+\s+){0,2}?(kingdom|country|nation|state|emirate|group|"
                         r"movement|militants|rebels|sides?|parties|agency|administration|government|envoy|president|"
                         r"minister|leader|mediators?|countries|counterparts|organi[sz]ation|militia|faction)\b", re.I)


def cue(sent: str) -> str:
    """What in the sentence could stand for an unnamed end: a description, a pronoun, or nothing."""
    return "description" if DESCRIPTION.search(sent) else "pronoun" if PRONOUN.search(sent) else "none"


def sentence(text: str, ev: str) -> str:
    """The sentence (roughly) that holds the evidence text, or the evidence itself."""
    at = text.find(ev[:60]) if ev else -1
    if at < 0:
        return ev
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    hi_dot, hi_nl = text.find(". ", at + len(ev)), text.find("\n", at + len(ev))
    ends = [h for h in (hi_dot, hi_nl) if h >= 0]
    return text[lo:min(ends) + 1 if ends else len(text)]


def named_in(actor: dict[str, Any], sent: str) -> bool:
    """Whether a name, alias or a word derived from a name word ("Qatari") of ``actor`` is in ``sent``."""
    low = sent.lower()
    names = [actor.get("name") or "", *(actor.get("aliases") or [])]
    if any(n and n.lower() in low for n in names):
        return True
    stems = {w.lower()[:5] for n in names for w in WORD.findall(n) if len(w) >= 5 and w[0].isupper()}
    return any(w.lower()[:5] in stems for w in WORD.findall(sent) if w[0].isupper())


def ends(gold: dict[str, Any], pred: dict[str, Any], text: str) -> list[tuple[bool, bool, str, str, str]]:
    """(described, right, gold end name, predicted end name, sentence) for every non-null gold end."""
    ga = {a["id"]: a for a in gold.get("actors", [])}
    pn = {a["id"]: a.get("name") for a in pred.get("actors", [])}
    g2p = match_actors(gold.get("actors", []), pred.get("actors", []))
    same = same_actor(g2p)
    strict, relaxed = interaction_matchers(same)
    gi, pi = gold.get("interactions", []), pred.get("interactions", [])
    pairs = greedy(gi, pi, strict)
    used = {id(p) for _, p in pairs}
    matched = {id(g): p for g, p in pairs}
    rest = [g for g in gi if id(g) not in matched]
    for g, p in greedy(rest, [p for p in pi if id(p) not in used], relaxed):
        matched[id(g)] = p
    out = []
    for g in gi:
        sent = sentence(text, (g.get("evidence") or {}).get("text") or "")
        p = matched.get(id(g))
        for role in ("source", "target"):
            aid = g.get(role)
            if not aid or aid not in ga:
                continue
            right = p is not None and same(aid, p.get(role))
            got = pn.get(p.get(role)) if p is not None else None
            out.append((not named_in(ga[aid], sent), right, ga[aid]["name"], f"{g['type']}:{role}:{got}", sent))
    return out


def main(args: list[str]) -> None:
    show = "--list" in args
    args = [a for a in args if a != "--list"]
    nlp = load_pipeline(None)
    for tag, gd, dd in zip(args[::3], args[1::3], args[2::3]):
        tot = desc = desc_ok = ok = 0
        cues: dict[str, list[int]] = {}
        for g, c in find_pairs(Path(gd), Path(dd)):
            item = next(iter(read_file(c)))
            pred = extract(item.document, nlp(item.document.text)).to_dict()  # type: ignore[union-attr]
            for described, right, name, got, sent in ends(load_gold(g), json.loads(json.dumps(pred)),
                                                          item.document.text):
                tot += 1
                ok += right
                if described:
                    desc += 1
                    desc_ok += right
                    got_cue = cues.setdefault(cue(sent), [0, 0])
                    got_cue[0] += 1
                    got_cue[1] += right
                    if show and not right:
                        print(f"  {g.stem[:20]:20} {name[:24]:24} {got[:40]:40} | {' '.join(sent.split())[:160]}")
        by_cue = " ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(cues.items()))
        print(f"{tag:10} ends {tot} right {ok} | described-only {desc} right {desc_ok} | by cue (right/all): {by_cue}")


if __name__ == "__main__":
    main(sys.argv[1:])
