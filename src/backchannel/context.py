"""The per-document working state that extraction stages share: actors, mentions, coreference.

Why one object, and why here, below ``extract`` and ``resolve``: actors,
claims and interactions are extracted by separate stages (each with one job,
like spaCy components), but later stages must ask earlier ones questions:
"which actor does this token refer to?", "is this sentence inside a claim?".
:class:`Context` answers them with indexes built once per document and is
dropped as soon as the document's dossier is written, so nothing accumulates
across a corpus. Both the stages (``extract``) and the resolvers (``resolve``)
work on it, so it sits beneath both: neither imports the other to reach it.
How rules record themselves on what they change is explained in
:mod:`backchannel.extract.context`. :meth:`Context.actor_for_token` answers from mentions and
resolved pronouns only; the fallbacks for words the actors stage left unresolved ("the
rebels", "the Emiratis", a surname alone) are :class:`backchannel.mentions.TokenActors`, the
same for every stage (made with the country look-up by
:func:`backchannel.resolve.phrases.token_actors`).
"""

from __future__ import annotations

import bisect
import copy
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from functools import cached_property

from spacy.tokens import Doc, Span, Token

from backchannel.docindex import DocIndex

from backchannel.model import Actor, Attribution, Claim, Document, Evidence, Interaction, Mention, Traced


_AFFILIATION = "affiliation"  # the field whose rule a merge passes on


def slug(name: str) -> str:
    """Stable, readable actor id: ``"Khalil al-Hayya" -> "khalil-al-hayya"``."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"['’]s\b", "", s)
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    return s or "actor"


@dataclass
class Context:
    """State of one document while it goes through the extraction stages."""

    document: Document
    doc: Doc
    anchor: date | None = None  # publication date, for resolving relative times
    actors: dict[str, Actor] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)  # not claims: beliefs, negated speech
    interactions: list[Interaction] = field(default_factory=list)
    # sorted (start, end, actor_id) of every mention, for offset look-ups (bisected on ``(start,)``). Not the
    # actors' ``mentions`` read anew: a rule may take a mention off an actor and leave its span here
    _spans: list[tuple[int, int, str]] = field(default_factory=list)
    # token index -> actor id for pronouns and definite descriptions resolved by rules
    coref: dict[int, str] = field(default_factory=dict)
    # free slots for stages to leave information for later ones (e.g. "venues")
    notes: dict[str, object] = field(default_factory=dict)

    @cached_property
    def index(self) -> DocIndex:
        """Sentences, paragraphs, quotations and token attributes, built once (lazily) per document."""
        return DocIndex(self.doc, self.document.text)

    # -- actors ---------------------------------------------------------------
    def new_actor_id(self, name: str) -> str:
        base = slug(name)
        aid, n = base, 2
        while aid in self.actors:
            aid, n = f"{base}-{n}", n + 1
        return aid

    def add_actor(self, actor: Actor, rule: str | None = None) -> Actor:
        """Add an actor; ``rule`` is the id of the rule that found it (kept if the actor has one)."""
        if actor.rule is None:
            actor.rule = rule
        self.actors[actor.id] = actor
        return actor

    def add_mention(self, actor_id: str, start: int, end: int, rule: str | None = None) -> None:
        """Record that ``text[start:end]`` refers to ``actor_id`` (idempotent: the first rule stays)."""
        actor = self.actors[actor_id]
        key = (start, end, actor_id)
        i = bisect.bisect_left(self._spans, key)
        if i < len(self._spans) and self._spans[i] == key:
            return
        self._spans.insert(i, key)
        actor.mentions.append(Mention(doc=self.document.id, start=start, end=end,
                                      text=self.document.text[start:end], rule=rule))

    @staticmethod
    def trace(item: Traced, field: str, rule: str | None) -> None:
        """Record that ``rule`` set or changed ``field`` of an actor, interaction or claim.

        Call it right after the change. Nothing is recorded for ``rule=None``,
        nor when the rule is the one that created the item and no other rule
        changed the field before (``item.rule`` already says so).
        """
        item.set_trace(field, rule)

    def remove_actor(self, actor_id: str) -> None:
        self.actors.pop(actor_id, None)
        self._spans = [s for s in self._spans if s[2] != actor_id]
        self.coref = {k: v for k, v in self.coref.items() if v != actor_id}

    def merge_actor(self, src: str, dst: str, rule: str | None = None) -> None:
        """Fold actor ``src`` into ``dst``: names become aliases, mentions move over.

        With ``rule``, ``dst`` records ``trace["merged:<src>"] = rule`` and the
        fields the merge changed; an affiliation taken over from ``src`` keeps
        the rule that inferred it (its precision is that rule's), and mentions
        keep the rule that found them.
        """
        if src == dst or src not in self.actors:
            return
        a, b = self.actors[src], self.actors[dst]
        before = {f: copy.copy(getattr(b, f)) for f in b.__struct_fields__}
        for n in [a.name, *a.aliases]:
            if n != b.name and n not in b.aliases:
                b.aliases.append(n)
        for d in a.descriptors:
            if d not in b.descriptors:
                b.descriptors.append(d)
        if b.affiliation is None and a.affiliation not in (None, dst):
            b.affiliation = a.affiliation
        b.named = b.named or a.named
        if rule is not None:
            for name in [f for f in b.__struct_fields__ if getattr(b, f) != before[f]]:
                b.set_trace(name, a.traced(name) if name == _AFFILIATION else rule)  # aliases, named ...
            b.set_trace(f"merged:{src}", rule)
        mentions = a.mentions
        self.remove_actor(src)
        for m in mentions:
            self.add_mention(dst, m.start, m.end, m.rule)
        for other in self.actors.values():
            if other.affiliation == src:
                other.affiliation = dst
                self.trace(other, "affiliation", rule)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions overlapping ``[start, end)``, in text order."""
        i = max(bisect.bisect_left(self._spans, (start,)) - 8, 0)  # (the first span starting at or after it)
        out = []
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e, a = self._spans[i]
            if e > start:
                out.append(self._spans[i])
            i += 1
        return out

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor whose mention best covers ``[start, end)`` (longest overlap)."""
        best, best_len = None, 0
        for s, e, a in self.mentions_in(start, end):
            ov = min(e, end) - max(s, start)
            if ov > best_len:
                best, best_len = a, ov
        return best

    def actor_for_token(self, tok: Token) -> str | None:
        """The actor a token refers to: a mention covering it, or a resolved pronoun."""
        if tok.i in self.coref:
            return self.coref[tok.i]
        return self.actor_at(tok.idx, tok.idx + len(tok.text))

    def actor_for_span(self, span: Span) -> str | None:
        """The actor a phrase refers to, preferring the mention on its head token."""
        head = span.root
        a = self.actor_for_token(head)
        if a:
            return a
        return self.actor_at(span.start_char, span.end_char)

    # -- grounding helpers ----------------------------------------------------
    def evidence(self, start: int, end: int) -> Evidence:
        text = self.document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Evidence(doc=self.document.id, start=start, end=end, text=text[start:end])

    def sentence_evidence(self, sent: Span) -> Evidence:
        return self.evidence(sent.start_char, sent.end_char)

    def next_id(self, prefix: str, existing: Iterable[object]) -> str:
        return f"{prefix}{sum(1 for _ in existing) + 1}"
