"""Test dossiers for the views, exports and report: hand-made ones and the example's gold.

``small_dossier()`` is a made-up story (our own sentences) with a mediated
channel, a negated ``inform``, a ``learn`` by interception and reported facts.
``gold_dossier()`` loads ../shared/gold/edan-alexander-backchannel.json over the
bundled example text, adding ids and offsets found in the text (the gold file has
none), so the views see a complete, realistic dossier; it skips when ../shared is
absent.
"""

from __future__ import annotations

import json
import re

from conftest import EXAMPLE, shared_path

from backchannel.model import (Actor, Claim, ClaimSpans, Count, Document, Dossier, Evidence, Interaction,
                               Mention, Time)
from backchannel.views import build_views


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    if not needle:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


def _mentions(text: str, doc: str, names: list[str], taken: set[int]) -> list[Mention]:
    out = []
    for n in sorted(set(names), key=len, reverse=True):
        for s, e in _find_all(text, n):
            if any(k in taken for k in range(s, e)):
                continue
            taken.update(range(s, e))
            out.append(Mention(doc=doc, start=s, end=e, text=text[s:e]))
    return sorted(out, key=lambda m: m.start)


def _evidence(text: str, doc: str, snippet: str) -> Evidence:
    s = text.find(snippet)
    assert s >= 0, snippet
    return Evidence(doc=doc, start=s, end=s + len(snippet), text=snippet)


def build(text: str, doc_id: str, actors: list[dict], interactions: list[dict], claims: list[dict],
          published: str | None = "2025-05-13", title: str | None = "Test report") -> Dossier:
    """A dossier from gold-shaped dicts over ``text``: ids, mentions and offsets are found in the text."""
    taken: set[int] = set()
    # longest names first over all actors, so "Hamas official" is not taken by "Hamas"
    acts = []
    for a in actors:
        acts.append(Actor(id=a["id"], name=a["name"], kind=a["kind"], named=a.get("named", True),
                          aliases=a.get("aliases", []), descriptors=a.get("descriptors", []),
                          affiliation=a.get("affiliation")))
    by_len = sorted(acts, key=lambda a: -max(len(x) for x in [a.name, *a.aliases]))
    for a in by_len:
        a.mentions = _mentions(text, doc_id, [a.name, *a.aliases], taken)
    cls = []
    for n, c in enumerate(claims, 1):
        ev = _evidence(text, doc_id, c["evidence"]["text"])
        cs = text.find(c["content"].rstrip(",."))
        cue = text.find(c["cue"], ev.start) if c.get("cue") else -1
        cls.append(Claim(id=f"c{n}", speaker=c.get("speaker"), cue=c.get("cue"), direct=c.get("direct", False),
                         content=c["content"], stance=c.get("stance"),
                         spans=ClaimSpans(doc=doc_id, content=[[cs, cs + len(c["content"])]] if cs >= 0 else [],
                                          cue=[cue, cue + len(c["cue"])] if cue >= 0 else None),
                         evidence=ev))
    ints = []
    for n, i in enumerate(interactions, 1):
        ev = _evidence(text, doc_id, i["evidence"]["text"])
        claim = i.get("claim")
        if claim is None and i.get("modality") == "reported":  # the claim whose sentence holds it
            near = [c for c in cls if c.evidence.start <= ev.start
                    <= max([c.evidence.end] + [e for _, e in c.spans.content])]
            claim = max(near, key=lambda c: c.evidence.start).id if near else None
        t = i.get("time")
        ints.append(Interaction(
            id=f"i{n}", type=i["type"], source=i.get("source"), target=i.get("target"), via=i.get("via", []),
            count=Count(**i["count"]) if i.get("count") else None,
            time=Time(text=t["text"], value=t.get("value")) if t else None, negated=i.get("negated", False),
            modality=i.get("modality", "asserted"), means=i.get("means"), topic=i.get("topic"), claim=claim,
            evidence=ev))
    d = Dossier(documents=[Document(id=doc_id, text=text, title=title, published=published)],
                actors=acts, interactions=ints, claims=cls)
    d.views = build_views(d)
    return d


SMALL_TEXT = (
    "Norway quietly carried messages between Colombia and the ELN for months.\n\n"
    "On 3 March, the Norwegian envoy Dag Halvorsen passed three messages from rebel commander "
    "Pablo Beltran to President Ana Ruiz.\n\n"
    "Cuba was not informed of the talks, but Havana learned of them through intercepted calls in April.\n\n"
    "A government source said the ELN had rejected a ceasefire offer in May, calling the channel \u201cfragile\u201d."
)


def small_dossier() -> Dossier:
    actors = [
        {"id": "norway", "name": "Norway", "kind": "state", "aliases": ["Norwegian"]},
        {"id": "colombia", "name": "Colombia", "kind": "state"},
        {"id": "eln", "name": "ELN", "kind": "group"},
        {"id": "dag-halvorsen", "name": "Dag Halvorsen", "kind": "person", "affiliation": "norway",
         "descriptors": ["envoy"]},
        {"id": "pablo-beltran", "name": "Pablo Beltran", "kind": "person", "affiliation": "eln",
         "descriptors": ["rebel commander"]},
        {"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person", "affiliation": "colombia",
         "descriptors": ["President"]},
        {"id": "cuba", "name": "Cuba", "kind": "state", "aliases": ["Havana"]},
        {"id": "government-source", "name": "government source", "kind": "person", "named": False,
         "affiliation": "colombia"},
    ]
    interactions = [
        {"type": "mediate", "source": "norway", "target": "colombia",
         "evidence": {"text": "Norway quietly carried messages between Colombia and the ELN for months."}},
        {"type": "mediate", "source": "norway", "target": "eln",
         "evidence": {"text": "Norway quietly carried messages between Colombia and the ELN for months."}},
        {"type": "message", "source": "pablo-beltran", "target": "ana-ruiz", "via": ["dag-halvorsen"],
         "count": {"value": 3, "qualifier": "exactly"}, "time": {"text": "On 3 March", "value": "2025-03-03"},
         "evidence": {"text": "On 3 March, the Norwegian envoy Dag Halvorsen passed three messages from rebel "
                              "commander Pablo Beltran to President Ana Ruiz."}},
        {"type": "inform", "source": "norway", "target": "cuba", "negated": True, "topic": "the talks",
         "evidence": {"text": "Cuba was not informed of the talks"}},
        {"type": "learn", "source": "cuba", "target": None, "means": "intercepted calls", "topic": "the talks",
         "time": {"text": "in April", "value": "2025-04"},
         "evidence": {"text": "Havana learned of them through intercepted calls in April."}},
        {"type": "reject", "source": "eln", "target": "colombia", "modality": "reported",
         "topic": "ceasefire offer", "time": {"text": "in May", "value": "2025-05"},
         "evidence": {"text": "the ELN had rejected a ceasefire offer in May"}},
    ]
    claims = [
        {"speaker": "government-source", "cue": "said", "direct": False, "stance": "neutral",
         "content": "the ELN had rejected a ceasefire offer in May",
         "evidence": {"text": "A government source said the ELN had rejected a ceasefire offer in May, "
                              "calling the channel \u201cfragile\u201d."}},
    ]
    return build(SMALL_TEXT, "small", actors, interactions, claims, published="2025-05-20",
                  title="Norway's quiet channel")


def gold_dossier(stem: str = "edan-alexander-backchannel") -> Dossier:
    """A gold dossier, with ids and offsets, over its text (skips without ../shared).

    The example's text is the bundled one; the others are read from ../shared/corpus.
    Gold items whose evidence is not found verbatim in the text are left out.
    """
    from backchannel.ingest import read_file

    gold = json.loads(shared_path("gold", f"{stem}.json").read_text())
    src = EXAMPLE if stem == EXAMPLE.stem else shared_path("corpus", f"{stem}.txt")
    item = next(iter(read_file(src)))
    text = item.document.text
    ints = [i for i in gold["interactions"] if i["evidence"]["text"] in text]
    claims = [c for c in gold["claims"] if c["evidence"]["text"] in text]
    return build(text, item.document.id, gold["actors"], ints, claims,
                 published=item.document.published, title=item.document.title)


def gold_stems() -> list[str]:
    return sorted(p.stem for p in shared_path("gold").glob("*.json"))
