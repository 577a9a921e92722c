"""Dossiers of a long text's pieces, put back together as one dossier of the whole.

Why: a text longer than :data:`backchannel.nlp.CHUNK_CHARS` is parsed and
extracted piece by piece so that memory stays flat in its length (see
:func:`backchannel.nlp.chunk_spans`). Each piece's dossier has offsets into the
piece; here they are shifted into the whole text, actors with the same id in
several pieces become one (their ids come from their names), and interaction
and claim ids are numbered again across the pieces. What a piece cannot see
(a pronoun whose antecedent is in the previous piece) is lost: that is the
price of bounded memory, paid only by texts far longer than a news report.
"""

from __future__ import annotations

from backchannel.model import Actor, Attribution, Claim, Document, Dossier, Evidence, Interaction, Mention

#: The rule id recorded when one actor of two pieces of a long text becomes one.
CHUNK_MERGE_RULE = "pipeline.chunks.same_actor_id"


def _ev(e: Evidence, doc: str, base: int) -> Evidence:
    return Evidence(doc=doc, start=e.start + base, end=e.end + base, text=e.text)


def _pair(p: list[int] | None, base: int) -> list[int] | None:
    return None if p is None else [p[0] + base, p[1] + base]


def _merge_actor(into: Actor, other: Actor) -> None:
    """Fold the same actor seen in a later piece into the first: mentions, names, and their trace."""
    into.mentions.extend(other.mentions)
    for field in ("aliases", "descriptors"):
        mine, theirs = getattr(into, field), getattr(other, field)
        if any(x not in mine for x in theirs):
            mine.extend(x for x in theirs if x not in mine)
            into.set_trace(field, other.traced(field))
    if into.affiliation is None and other.affiliation is not None:
        into.affiliation = other.affiliation
        into.set_trace("affiliation", other.traced("affiliation"))
    into.set_trace(f"merged:{other.id}@piece", CHUNK_MERGE_RULE)


class ChunkMerger:
    """Collects the dossiers of one document's pieces, in order, and merges them."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.actors: dict[str, Actor] = {}
        self.interactions: list[Interaction] = []
        self.claims: list[Claim] = []
        self.attributions: list[Attribution] = []

    def piece(self, start: int, end: int) -> Document:
        """The document to extract one piece as: its text, with the whole's date (for relative times)."""
        d = self.document
        return Document(id=d.id, text=d.text[start:end], published=d.published, title=d.title)

    def add(self, part: Dossier, base: int) -> None:
        """Add the dossier of the piece that starts at character ``base`` of the whole."""
        doc = self.document.id
        for a in part.actors:
            a.mentions = [Mention(doc=doc, start=m.start + base, end=m.end + base, text=m.text, rule=m.rule,
                                  backend=m.backend) for m in a.mentions]
            if a.id in self.actors:
                _merge_actor(self.actors[a.id], a)
            else:
                self.actors[a.id] = a
        claim_ids: dict[str, str] = {}
        for c in part.claims:
            new_id = f"c{len(self.claims) + 1}"
            claim_ids[c.id] = new_id
            c.id = new_id
            c.evidence = _ev(c.evidence, doc, base)
            sp = c.spans
            sp.doc = doc
            sp.content = [[a + base, b + base] for a, b in sp.content]
            sp.cue, sp.speaker, sp.clause = _pair(sp.cue, base), _pair(sp.speaker, base), _pair(sp.clause, base)
            self.claims.append(c)
        for t in part.attributions:
            t.id = f"a{len(self.attributions) + 1}"
            t.evidence = _ev(t.evidence, doc, base)
            sp = t.spans
            sp.doc = doc
            sp.content = [[a + base, b + base] for a, b in sp.content]
            sp.cue, sp.speaker = _pair(sp.cue, base), _pair(sp.speaker, base)
            self.attributions.append(t)
        for i in part.interactions:
            i.id = f"i{len(self.interactions) + 1}"
            i.evidence = _ev(i.evidence, doc, base)
            i.trigger = _pair(i.trigger, base)
            if i.time is not None and i.time.start is not None and i.time.end is not None:
                i.time.start, i.time.end = i.time.start + base, i.time.end + base
            if i.claim is not None:
                i.claim = claim_ids.get(i.claim)
            self.interactions.append(i)

    def dossier(self) -> Dossier:
        for a in self.actors.values():
            a.mentions.sort(key=lambda m: (m.start, m.end))
        return Dossier(documents=[self.document], actors=list(self.actors.values()),
                       interactions=self.interactions, claims=self.claims,
                       attributions=self.attributions)
