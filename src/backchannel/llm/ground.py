"""A model's answer (the gold files' shape, no offsets) turned into dossier items with offsets, or dropped.

Why every string is aligned (:mod:`backchannel.llm.align`): a dossier item
is only as good as the words it points at. Names and aliases become mentions
(every whole-word occurrence); descriptors, claim content, cues, time words,
means and evidence must be found in the text. What cannot be found is not
emitted, and :class:`Drops` counts it by kind, so the output says how much of
the model's answer was not in the text. An actor keeps a name the text holds:
when the model's canonical name is not there ("United States" for a text
that only says "US"), its first alias that is becomes the name.

Items record ``backend: llm`` and rules ``llm.answer.*``; mentions and
grounded fields record how they were aligned (``llm.align.exact`` |
``normalised`` | ``fuzzy``). The piece's offsets are shifted by ``base`` into
the whole text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any, cast, get_args

from backchannel.llm.align import Aligner, Match
from backchannel.model import (ACTOR_KINDS, INTERACTION_TYPES, MODALITIES, Actor, Claim, ClaimSpans, Count,
                               Document, Dossier, Evidence, Interaction, Mention, Qualifier, Time,
                               as_interaction_type, as_modality)

LLM_BACKEND = "llm"
ACTOR_RULE, INTERACTION_RULE, CLAIM_RULE = "llm.answer.actor", "llm.answer.interaction", "llm.answer.claim"
QUALIFIERS = frozenset(get_args(Qualifier))

Drops = Counter  # kind of item or part -> how many were dropped


def align_rule(m: Match) -> str:
    return f"llm.align.{m.how}"


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "actor"


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def _items(answer: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = answer.get(key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


class Grounder:
    """Grounds one piece of a document: the piece's aligner, the drops so far, the model's ids → ours."""

    def __init__(self, document: Document, start: int, end: int) -> None:
        self.document, self.base = document, start
        self.text = document.text[start:end]
        self.aligner = Aligner(self.text)
        self.drops: Drops = Counter()
        self.ids: dict[str, str] = {}  # the model's actor ids (and names) -> dossier actor ids

    def ground(self, answer: dict[str, Any]) -> Dossier:
        """The grounded dossier of this piece (offsets into the whole text)."""
        actors: list[Actor] = []
        affiliations: list[Any] = []
        for raw in _items(answer, "actors"):
            if (a := self.actor(raw, {x.id for x in actors})) is not None:
                actors.append(a)
                affiliations.append(raw.get("affiliation"))
        for a, aff in zip(actors, affiliations):
            a.affiliation = self.ref(aff)
            if a.affiliation == a.id:
                a.affiliation = None
        interactions = [i for raw in _items(answer, "interactions") if (i := self.interaction(raw)) is not None]
        claims = [c for raw in _items(answer, "claims") if (c := self.claim(raw, actors)) is not None]
        for n, i in enumerate(interactions, 1):
            i.id = f"i{n}"
        for n, c in enumerate(claims, 1):
            c.id = f"c{n}"
        return Dossier(documents=[self.document], actors=actors, interactions=interactions, claims=claims)

    # -- pieces of items ------------------------------------------------------
    def span(self, s: str, near: tuple[int, int] | None = None) -> Match | None:
        """A string of the answer found in the piece (offsets still within the piece)."""
        return self.aligner.find(s, near) if s.strip() else None

    def evidence(self, raw: Any) -> tuple[Evidence, Match] | None:
        text = raw.get("text") if isinstance(raw, dict) else raw if isinstance(raw, str) else None
        m = self.span(text) if isinstance(text, str) else None
        if m is None:
            return None
        b = self.base
        return Evidence(doc=self.document.id, start=m.start + b, end=m.end + b, text=self.text[m.start:m.end]), m

    # -- actors ---------------------------------------------------------------
    def actor(self, raw: dict[str, Any], taken: set[str]) -> Actor | None:
        name, kind = raw.get("name"), raw.get("kind")
        if not isinstance(name, str) or not name.strip() or kind not in ACTOR_KINDS:
            self.drops["actors"] += 1
            return None
        mentions: list[Mention] = []
        kept: list[str] = []
        for k, label in enumerate([name, *_strings(raw.get("aliases"))]):
            found = self.aligner.find_all(label)
            if not found:
                self.drops["aliases" if k else "names"] += 1
                continue
            kept.append(self.text[found[0].start:found[0].end] if found[0].how != "exact" else label.strip())
            b, d = self.base, self.document.id
            mentions += [Mention(doc=d, start=m.start + b, end=m.end + b, text=self.text[m.start:m.end],
                                 rule=align_rule(m), backend=LLM_BACKEND) for m in found]
        if not kept:
            self.drops["actors"] += 1
            return None
        descriptors = []
        for desc in _strings(raw.get("descriptors")):
            m = self.span(desc)
            if m is None:
                self.drops["descriptors"] += 1
            else:
                descriptors.append(self.text[m.start:m.end])
        uniq = _outermost(mentions)
        actor_id = base_id = slug(raw["id"] if isinstance(raw.get("id"), str) else kept[0])
        n = 1
        while actor_id in taken:
            n += 1
            actor_id = f"{base_id}-{n}"
        actor = Actor(id=actor_id, name=kept[0],
                      kind=kind, named=raw.get("named") is not False, aliases=list(dict.fromkeys(kept[1:])),
                      descriptors=list(dict.fromkeys(descriptors)), mentions=uniq, rule=ACTOR_RULE,
                      backend=LLM_BACKEND)
        if kept[0] != name.strip():
            actor.set_trace("name", "llm.ground.alias_as_name")
        for key in (raw.get("id"), name):
            if isinstance(key, str):
                self.ids[key] = actor.id
        return actor

    # -- interactions ---------------------------------------------------------
    def interaction(self, raw: dict[str, Any]) -> Interaction | None:
        if raw.get("type") not in INTERACTION_TYPES:
            self.drops["interactions"] += 1
            return None
        found = self.evidence(raw.get("evidence"))
        if found is None:
            self.drops["interactions"] += 1
            return None
        ev, m = found
        source, target = self.ref(raw.get("source")), self.ref(raw.get("target"))
        via = [v for x in _strings(raw.get("via")) if (v := self.ref(x)) is not None]
        if source is None and target is None:
            self.drops["interactions"] += 1
            return None
        modality = raw.get("modality") if raw.get("modality") in MODALITIES else "asserted"
        item = Interaction(id="", type=as_interaction_type(raw["type"]), source=source, target=target, via=via,
                           negated=raw.get("negated") is True, modality=as_modality(str(modality)),
                           count=_count(raw.get("count")), time=self.time(raw.get("time"), m),
                           means=self.words(raw.get("means"), m, "means"), evidence=ev, rule=INTERACTION_RULE,
                           backend=LLM_BACKEND)
        topic = raw.get("topic")
        item.topic = topic.strip() if isinstance(topic, str) and topic.strip() else None
        if m.how != "exact":
            item.set_trace("evidence", align_rule(m))
        return item

    def ref(self, value: Any) -> str | None:
        """Our id for an actor id of the answer; a reference to an actor not kept is dropped (and counted)."""
        if not isinstance(value, str) or not value.strip():
            return None
        if value in self.ids:
            return self.ids[value]
        self.drops["references"] += 1
        return None

    def time(self, raw: Any, near: Match) -> Time | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            return None
        m = self.span(raw["text"], (near.start, near.end))
        if m is None:
            self.drops["times"] += 1
            return None
        value = raw.get("value")
        return Time(text=self.text[m.start:m.end], value=value if isinstance(value, str) and value else None,
                    start=m.start + self.base, end=m.end + self.base)

    def words(self, raw: Any, near: Match, kind: str) -> str | None:
        """A string that must be as written (means): the text's own words, or dropped."""
        if not isinstance(raw, str) or not raw.strip():
            return None
        m = self.span(raw, (near.start, near.end))
        if m is None:
            self.drops[kind] += 1
            return None
        return self.text[m.start:m.end]

    # -- claims ---------------------------------------------------------------
    def claim(self, raw: dict[str, Any], actors: list[Actor]) -> Claim | None:
        content = raw.get("content")
        found = self.evidence(raw.get("evidence"))
        near = (found[1].start, found[1].end) if found else None
        parts = self.aligner.find_pieces(content, near) if isinstance(content, str) and content.strip() else None
        if not parts:
            self.drops["claims"] += 1
            return None
        m = Match(parts[0].start, parts[-1].end, parts[0].how if len(parts) == 1 else "pieces")
        b, d = self.base, self.document.id
        if found is None:  # the model's evidence is not in the text: the content's sentence is
            s, e = _sentence(self.text, m.start, m.end)
            ev = Evidence(doc=d, start=s + b, end=e + b, text=self.text[s:e])
        else:
            ev = found[0]
        cue_text, cue = raw.get("cue"), None
        if isinstance(cue_text, str) and cue_text.strip():
            cue = self.span(cue_text, (ev.start - b, ev.end - b))
            if cue is None:
                self.drops["cues"] += 1
        speaker = self.ref(raw.get("speaker"))
        spans = ClaimSpans(doc=d, content=[[p.start + b, p.end + b] for p in parts],
                           cue=None if cue is None else [cue.start + b, cue.end + b],
                           speaker=_speaker_span(actors, speaker, ev))
        item = Claim(id="", speaker=speaker, cue=None if cue is None else self.text[cue.start:cue.end],
                     direct=raw.get("direct") is True, content=" ".join(self.text[p.start:p.end] for p in parts),
                     spans=spans, evidence=ev,
                     rule=CLAIM_RULE, backend=LLM_BACKEND)
        if m.how != "exact":
            item.set_trace("content", align_rule(m))
        if found is None:
            item.set_trace("evidence", "llm.ground.sentence_of_content")
        return item


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order, without one inside another ("Valcourt" inside "Idris Valcourt")."""
    kept: list[Mention] = []
    for men in sorted(mentions, key=lambda x: x.start - x.end):  # longest first
        if not any(men.start < k.end and k.start < men.end for k in kept):
            kept.append(men)
    return sorted(kept, key=lambda x: (x.start, x.end))


def _count(raw: Any) -> Count | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("value"), int) or isinstance(raw.get("value"), bool):
        return None
    q = raw.get("qualifier")
    return Count(value=raw["value"], qualifier=cast(Qualifier, q) if q in QUALIFIERS else "exactly")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between sentence ends or line breaks) around ``[start, end)``."""
    marks = re.compile(r"[.!?]\s|\n")
    s = max((m.end() for m in marks.finditer(text, 0, start)), default=0)
    nxt = marks.search(text, end)
    e = nxt.start() + 1 if nxt else len(text)
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _speaker_span(actors: list[Actor], speaker: str | None, ev: Evidence) -> list[int] | None:
    """The speaker's mention inside the claim's evidence, if it has one there."""
    for a in actors:
        if a.id == speaker:
            for m in a.mentions:
                if ev.start <= m.start and m.end <= ev.end:
                    return [m.start, m.end]
    return None
