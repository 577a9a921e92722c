#!/usr/bin/env python3
"""Cross-document coreference of ECB+ human participants with backchannel's own resolver.

    PYTHONPATH=src python benchmarks/ecbplus.py ../shared/bench/ecbplus/dev.jsonl --out PRED.jsonl
    python3 ../shared/bench/score_coref.py ../shared/bench/ecbplus/dev.jsonl PRED.jsonl

Every given mention of type HUM becomes an actor record (its text is its name; a
capitalised mention is a named person, a lower-case one, or a demonym, an unnamed
description) and the mentions of one subtopic are resolved together by
:func:`backchannel.resolve.across.entities.resolve_entities`, the code that resolves
the actors of a corpus: the same blocking keys, pair weights, threshold and
union-find. What differs is the input, which gives bare mentions where a corpus
gives dossiers, so this script prepares what a dossier would hold:

- mentions of one document may join (no cannot-link within a document);
- the subtopic's documents are grouped into stories (``stories.story_groups``:
  a topic of ECB+ tells two incidents), passed as ``story_of``: a description
  stands for one party per story, and a role held by one named person in a story
  joins the story's descriptions with that head;
- a named person's descriptors are the role words written around every
  occurrence of the name in its document ("pilot X", "X, 61, a retired
  pilot", "the driver, X", "X was named as the host"), plus a gendered
  description's head when it is the story's only named person of that gender;
- a pronoun joins the nearest preceding mention (or occurrence of a known name)
  of its document that agrees in gender and number (``mentions.antecedent``),
  as a dossier's actor gathers its pronouns.

Why a peer benchmark: the clusters of the spec are tiny; ECB+ scores the same
resolver on 196 documents with a standard metric.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from backchannel.resolve.across.entities import PERSON, given_name, resolve_entities
from backchannel.resolve.across.names import head, is_initialism, norm, skeleton, surname
from backchannel.resolve.across.mentions import (FEMALE, MALE, Candidate, antecedent, gender_of, gender_roles,
                                                  is_collective, is_plural, name_occurrences, pronoun_kind)
from backchannel.resolve.across.stories import story_groups
from backchannel.resolve.across.records import ActorRec, actor_record
from backchannel.resolve.across.words import words
from backchannel.resolve.lexicon import lexicon

HUM = "HUM"
APPOSITION = re.compile(r"\s*,\s*")  # "the host , X": a comma between (without one, "Kestrels tackle X" is a compound)
APPOSED_AFTER = re.compile(r"\s*,\s*(?:\d+\s*,\s*)?(?:a|an|the)\s+([^,.;\n]+)", re.I)  # "X, 61, a tackle"
PREDICATE = re.compile(r"(?:\s+[^\s,.;]+){0,2}?\s+(?:as|is|was)\s+((?:[^\s,.;]+\s*){1,4})", re.I)  # "X was named as the host"
APPOSED_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the)\s+([^,.;\n]+?)\s*,\s*$", re.I)  # "the host, X"


def context_roles(name: str, text: str, heads: set[str]) -> list[str]:
    """Role words written around every occurrence of a name in its document.

    "pilot X", "X, 61, a retired pilot", "the driver, X", "X was named as
    the host". Only words that are the head of some description in the subtopic
    count, so a verb before a name ("struck X") is never taken for its role; and
    every occurrence of the name or its last word counts, not only the annotated
    mentions, as a dossier's actor gathers its descriptors from the whole report.
    """
    toks = name.split()
    forms = {name} | ({toks[-1]} if len(toks) > 1 and len(toks[-1]) > 2 else set())
    out = []
    for form in forms:
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            before = text[:m.start()].split()
            if before and before[-1].lower() in heads:
                out.append(before[-1].lower())
            rest = text[m.end():m.end() + 120]
            after = APPOSED_AFTER.match(rest)
            if after:
                out += [t for t in after.group(1).split()[:7] if t in heads][:1]
            prior = APPOSED_BEFORE.search(text[max(0, m.start() - 120):m.start()])
            if prior and prior.group(1).split()[-1] in heads:
                out.append(prior.group(1).split()[-1])
            pred = PREDICATE.match(rest)
            if pred:
                out += [t for t in pred.group(1).split() if t in heads][:1]
    return out


def record(doc: str, m: dict, common: set[str], text: str) -> ActorRec:
    """An actor record of one mention: named when it has a capitalised word not written in lower case elsewhere.

    Lower-case words before the name are its descriptors ("defensive tackle Tomas
    Varga"), and so are one or two words written just before the mention that
    are themselves a mention elsewhere ("... coach Ana Varga").
    """
    toks = m["text"].split(" , ")[0].split()  # "Ana Varga , 61": the name is before the comma
    first = next((k for k, t in enumerate(toks) if t[:1].isupper()), None)
    lead = " ".join(toks[:first]) if first else ""
    name = " ".join(toks[first:]) if first is not None else m["text"]
    named = first is not None and norm(name) not in words().pronouns and norm(m["text"]) not in common
    descriptors = [lead] if named and norm(lead) in common else []
    before = text[:m["start"]].split()[-2:]
    for k in range(len(before)):
        if named and all(t.isalpha() for t in before[k:]) and norm(" ".join(before[k:])) in common:
            descriptors.append(" ".join(before[k:]))
            break
    heads = {t.split()[-1] for t in common if t and t.split()[-1].isalpha()}
    person = named and not is_initialism(name) and name.split()[-1].lower() not in heads and not is_collective(name)
    if person:
        descriptors += context_roles(name, text, heads)
    kind = "person" if person else "group"
    return actor_record(doc, m["id"], name if named else m["text"], kind, named, descriptors=descriptors)


def appositives(docs: list[dict], recs: list[ActorRec]) -> None:
    """A description written right beside a name ("the host, Ilse Marrow") becomes the name's descriptor.

    Why: a dossier actor carries its descriptors; ECB+ gives bare mentions, and the
    resolver's "role held by one named person" evidence needs them.
    """
    by_id = {r.id: r for r in recs}
    for d in docs:
        ms = sorted((m for m in d["mentions"] if m["id"] in by_id), key=lambda m: m["start"])
        for a, b in zip(ms, ms[1:]):
            gap = d["text"][a["end"]:b["start"]]
            if not APPOSITION.fullmatch(gap):
                continue
            ra, rb = by_id[a["id"]], by_id[b["id"]]
            for name, desc in ((ra, rb), (rb, ra)):
                if name.named and not desc.named and desc.forms and not is_plural(desc.name, False):
                    name.descriptors.append(desc.forms[0])


def candidates(d: dict, recs: dict[str, ActorRec], names: dict[str, str]) -> list[Candidate]:
    """The possible antecedents of a document's pronouns: its given mentions and its other name occurrences."""
    out, taken = [], []
    for m in d["mentions"]:
        r = recs.get(m["id"])
        if r is not None:
            person = r.kind == PERSON
            out.append(Candidate(m["start"], m["id"], person, r.named, gender_of(m["text"], person),
                                 is_plural(m["text"], person)))
        taken.append((m["start"], m["end"]))
    for start, ref in name_occurrences(d["text"], names, taken):
        r = recs[ref]
        out.append(Candidate(start, ref, True, True, gender_of(r.name, True), False))
    return out


def add_gender_roles(docs: list[dict], recs: list[ActorRec], stories: dict[str, str],
                     refs: dict[str, str | None]) -> None:
    """A gendered description's head ("woman") as a descriptor of the story's only named person of that gender.

    A person's gender: its given name, else the pronouns that were attached to it.
    """
    pron = {m["id"]: pronoun_kind(m["text"]) for d in docs for m in d["mentions"]}
    votes: dict[str, Counter[str]] = {}
    by_id = {r.id: r for r in recs}
    for pid, ref in refs.items():
        if ref in by_id and by_id[ref].kind == PERSON and pron[pid] in (MALE, FEMALE):
            votes.setdefault(surname(by_id[ref].forms[0]) or "", Counter())[pron[pid] or ""] += 1
    people, descs = [], []
    givens: dict[str, set[str]] = {}
    for r in recs:
        if g := given_name(r):
            givens.setdefault(g[0], set()).add(skeleton(g[1]))
    for r in recs:
        story = stories[r.doc]
        if r.kind == PERSON and r.forms:
            key = surname(r.forms[0]) or ""
            key = key if len(givens.get(key, ())) < 2 else r.forms[0]  # two given names: two people
            vote = votes.get(key, Counter()).most_common(1)
            people.append((story, key, gender_of(r.name, True) or (vote[0][0] if vote else None)))
        elif not r.named and r.forms and not is_plural(r.name, False):
            descs.append((story, head(r.forms[0]) or "", gender_of(r.name, False)))
    roles = gender_roles(people, descs)
    for r in recs:
        if r.kind == PERSON and r.forms:
            key = surname(r.forms[0]) or ""
            key = key if len(givens.get(key, ())) < 2 else r.forms[0]
            r.descriptors += sorted(roles.get((stories[r.doc], key), ()))


def resolve_subtopic(docs: list[dict]) -> dict[str, str]:
    """Mention id -> cluster label for the HUM mentions of one subtopic."""
    recs: list[ActorRec] = []
    pronouns: list[tuple[dict, dict]] = []
    common = {norm(m["text"]) for d in docs for m in d["mentions"]
              if m["text"][:1].islower() or lexicon().demonym(m["text"])}  # "an Australian": a description
    for d in docs:
        for m in (m for m in d["mentions"] if m["type"] == HUM):
            if norm(m["text"]) in words().pronouns or not norm(m["text"]):
                pronouns.append((d, m))
            else:
                recs.append(record(d["id"], m, common, d["text"]))
    appositives(docs, recs)
    by_id = {r.id: r for r in recs}
    names = {r.name: r.id for r in recs if r.kind == PERSON}
    cands = {d["id"]: candidates(d, by_id, names) for d in docs}
    stories = story_groups({d["id"]: d["text"] for d in docs})
    refs = {m["id"]: antecedent(m["start"], pronoun_kind(m["text"]), cands[d["id"]]) for d, m in pronouns}
    add_gender_roles(docs, recs, stories, refs)
    res = resolve_entities(recs, distinct_within_doc=False, one_event=True, story_of=stories)
    label = {r.id: res.entity_of[r.key] for r in recs}
    for d, m in pronouns:
        ref = refs[m["id"]]
        label[m["id"]] = label[ref] if ref else f"pronoun:{m['id']}"
    return label


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, help="ECB+ JSONL (../shared/bench/ecbplus/dev.jsonl)")
    ap.add_argument("--out", type=Path, required=True, help="predictions for score_coref.py")
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    by_sub: dict[str, list[dict]] = {}
    for d in docs:
        by_sub.setdefault(d["subtopic"], []).append(d)
    t0 = time.perf_counter()
    labels: dict[str, str] = {}
    for sub, group in sorted(by_sub.items()):
        labels.update({m: f"{sub}/{c}" for m, c in resolve_subtopic(group).items()})
    with args.out.open("w", encoding="utf-8") as out:
        for d in docs:
            ms = [{"id": m["id"], "cluster": labels[m["id"]]} for m in d["mentions"] if m["id"] in labels]
            out.write(json.dumps({"id": d["id"], "mentions": ms}) + "\n")
    print(f"{len(docs)} documents, {len(labels)} HUM mentions, {len(by_sub)} subtopics, "
          f"{time.perf_counter() - t0:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
