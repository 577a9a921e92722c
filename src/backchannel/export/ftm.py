"""FollowTheMoney entities, the format Aleph and the ``ftm`` tools import (one JSON entity a line).

Mapping:

- the document → ``Article`` (title, body text, author, publisher, date, URL);
- actors → ``Person`` (person), ``Organization`` (organization, group; ``PublicBody``
  when it belongs to a state), ``PublicBody`` for a state, with the ISO country
  code in ``jurisdiction``/``country`` when its name is a country; aliases,
  descriptors (``position`` for people) and ``proof`` → the article;
- affiliation → ``Membership`` (member → organisation), or ``UnknownLink`` with
  role "affiliated with" when the affiliate is a person;
- each actor's distinct mention strings → ``Mention`` (document, resolved, name);
- an interaction between two actors → ``UnknownLink`` (subject, object, role =
  its type, "not …" when negated; date; the evidence sentence as summary); one
  through intermediaries or with a missing end → ``Event`` (involved, organizer =
  the intermediaries);
- claims → ``Note`` on the speaker (the content as summary, cue and evidence in
  the description).

followthemoney is the optional ``ftm`` extra, imported only when this format is
used. Entity ids are stable hashes of the document id and the dossier id.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator, TextIO

from backchannel.model import Dossier
from backchannel.views.base import Index, date_range

_PLAIN_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _model():
    try:
        from followthemoney import model
    except ImportError:  # pragma: no cover - depends on the environment
        import click

        raise click.ClickException(
            "--format ftm needs the followthemoney package: pip install 'backchannel[ftm]'") from None
    return model


class _Entities:
    """One dossier's FtM entities, made in dependency order (article, actors, links, events, notes)."""

    def __init__(self, d: Dossier) -> None:
        self.model, self.d, self.ix = _model(), d, Index(d)
        self.doc = d.documents[0]
        self.ns = ("backchannel", self.doc.id)
        self.ents: dict[str, Any] = {}
        self.art: Any = None

    def make(self, schema: str, *key: str) -> Any:
        p = self.model.make_entity(schema)
        p.make_id(*self.ns, schema, *key)
        return p

    def article(self) -> Iterator[Any]:
        doc, art = self.doc, self.make("Article", "document")
        art.add("title", doc.title or doc.id)
        art.add("bodyText", doc.text)
        art.add("author", doc.author)
        art.add("publisher", doc.source)
        art.add("publishedAt", doc.published)
        art.add("sourceUrl", doc.url)
        art.add("fileName", doc.id)
        self.art = art
        yield art

    def actors(self) -> Iterator[Any]:
        from followthemoney.types import registry

        for a in self.d.actors:
            side = self.ix.side(a.id)
            if a.kind == "person":
                schema = "Person"
            elif a.kind == "state" or (a.affiliation and side and self.ix.actors[side].kind == "state"):
                schema = "PublicBody"
            else:
                schema = "Organization"
            p = self.make(schema, a.id)
            p.add("name", a.name)
            p.add("alias", [x for x in a.aliases if x != a.name])
            if a.kind == "person":
                p.add("position", a.descriptors)
            descr = "; ".join(a.descriptors)
            if not a.named:
                descr = "unnamed in the source" + (f"; {descr}" if descr else "")
            p.add("description", descr or None)
            if a.kind == "state":
                code = registry.country.clean(a.name)
                if code:
                    p.add("jurisdiction", code)
                    p.add("country", code)
                p.add("classification", "state")
            elif a.kind == "group":
                p.add("classification", "group")
            p.add("proof", self.art.id)
            self.ents[a.id] = p
            yield p

    def affiliations(self) -> Iterator[Any]:
        ents = self.ents
        for a in self.d.actors:
            if not a.affiliation or a.affiliation not in ents:
                continue
            org = ents[a.affiliation]
            if org.schema.is_a("Organization"):
                m = self.make("Membership", a.id, a.affiliation)
                m.add("member", ents[a.id].id)
                m.add("organization", org.id)
            else:
                m = self.make("UnknownLink", "affiliation", a.id, a.affiliation)
                m.add("subject", ents[a.id].id)
                m.add("object", org.id)
                m.add("role", "affiliated with")
            m.add("proof", self.art.id)
            yield m

    def mentions(self) -> Iterator[Any]:
        for a in self.d.actors:
            seen: set[str] = set()
            for men in a.mentions:
                name = men.text or self.doc.text[men.start:men.end]
                if not name or name in seen:
                    continue
                seen.add(name)
                m = self.make("Mention", a.id, name)
                m.add("document", self.art.id)
                m.add("resolved", self.ents[a.id].id)
                m.add("name", name)
                m.add("detectedSchema", self.ents[a.id].schema.name)
                yield m

    def interactions(self) -> Iterator[Any]:
        ents, ix = self.ents, self.ix
        for i in self.d.interactions:
            role = ("not " if i.negated else "") + i.type
            ends = [x for x in (i.source, i.target) if x in ents]
            via = [v for v in i.via if v in ents]
            if len(ends) == 2 and not via:
                p = self.make("UnknownLink", i.id)
                p.add("subject", ents[i.source].id)  # type: ignore[index]
                p.add("object", ents[i.target].id)  # type: ignore[index]
                p.add("role", role)
            else:
                p = self.make("Event", i.id)
                p.add("name", ix.label(i))
                p.add("involved", [ents[x].id for x in ends + via])
                p.add("organizer", [ents[v].id for v in via])
            _dated(p, i.time.value if i.time else None)
            p.add("summary", i.evidence.text)
            details = [f"{k}: {v}" for k, v in (("type", i.type), ("modality", i.modality), ("topic", i.topic),
                                                 ("means", i.means),
                                                 ("count", f"{i.count.qualifier} {i.count.value}" if i.count else None),
                                                 ("time", i.time.text if i.time else None),
                                                 ("via", ", ".join(ix.name(v) for v in i.via) or None)) if v]
            p.add("description", "; ".join(details))
            p.add("recordId", i.id)
            p.add("proof", self.art.id)
            yield p

    def claims(self) -> Iterator[Any]:
        for c in self.d.claims:
            p = self.make("Note", c.id)
            p.add("name", f"{self.ix.name(c.speaker) or 'unattributed'} {c.cue or 'said'}")
            if c.speaker in self.ents:
                p.add("entity", self.ents[c.speaker].id)  # type: ignore[index]
            p.add("summary", c.content)
            p.add("description", f"{'quote' if c.direct else 'reported speech'}; cue: {c.cue or '—'}"
                                 + (f"; stance: {c.stance}" if c.stance else "") + f"; evidence: {c.evidence.text}")
            p.add("proof", self.art.id)
            yield p


def _dated(p: Any, value: str | None) -> None:
    """A plain date as ``date``; a month, week or interval as ``startDate``/``endDate``."""
    if not value:
        return
    if _PLAIN_DATE.match(value):
        p.add("date", value)
    elif (r := date_range(value)) is not None:
        p.add("startDate", r[0].isoformat())
        p.add("endDate", r[1].isoformat())


def entities(d: Dossier) -> Iterator[Any]:
    """The dossier as FollowTheMoney entity proxies."""
    e = _Entities(d)
    for step in (e.article, e.actors, e.affiliations, e.mentions, e.interactions, e.claims):
        yield from step()


def write_ftm(d: Dossier, out: TextIO) -> None:
    for p in entities(d):
        out.write(json.dumps(p.to_dict(), ensure_ascii=False, sort_keys=True))
        out.write("\n")
