"""The dossier model: the one vocabulary every stage of backchannel speaks.

The field names follow ``shared/spec/dossier.md`` exactly, because the JSON they
serialise to is the interchange format that gold files, the scorer, the store
and the report all read. Classes are ``msgspec.Struct`` so that encoding and
decoding a dossier costs microseconds and no per-object ``__dict__``: a corpus
run creates millions of mentions.

Every grounded item carries character offsets (``start``/``end``, Python string
indices) into the ``text`` of the document its ``doc`` field names. Anything
that backchannel inferred rather than read (a speaker reached through a
pronoun, a source filled in from the previous sentence) lists the inferred
field names in ``inferred``.

Provenance (``rule``, ``backend``, ``trace``): every actor, mention, interaction
and claim names the rule that produced it and the backend that ran the rule,
and ``trace`` maps a field to the rule that last set or changed it when that is
not the item's own ``rule`` (an affiliation inferred by a later step, a merge).
Why: a rule's precision can then be measured from its output
(``backchannel eval --by-rule``) and a bad rule found from a wrong item. Rule
ids are dotted ``stage.step.rule`` names (see :mod:`backchannel.extract.context`).
Gold files carry none of these fields, so all have defaults, and an empty
trace is not written at all (``UNSET``) to keep dossiers compact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import msgspec

ActorKind = Literal["person", "organization", "state", "group"]
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
InteractionType = Literal[
    "contact", "message", "mediate", "meet", "inform", "learn", "persuade", "pressure",
    "propose", "demand", "agree", "reject", "release", "accuse", "attack", "negotiate",
]
INTERACTION_TYPES: tuple[str, ...] = get_args(InteractionType)
Modality = Literal["asserted", "reported", "planned", "hypothetical"]
MODALITIES: tuple[str, ...] = get_args(Modality)
Qualifier = Literal["exactly", "over", "under", "about"]
Stance = Literal["neutral", "distancing", "factive", "committal"]
#: attributions that are not claims: a thought, belief, wish or intention; a speech act negated;
#: a speech act nobody the text names made ("it was reported that …")
AttributionKind = Literal["belief", "negated", "unattributed", "topic", "question"]

#: "2" added ``rule``, ``backend`` and ``trace``; "3" added ``attributions`` (beliefs and negated
#: speech, kept apart from claims). Older dossiers still decode: the new fields take their defaults
#: (untraced, produced by ``rules``, no attributions).
SCHEMA_VERSION = "3"

#: The backend of everything the spaCy rules produce (an LLM backend will say ``llm``).
RULES_BACKEND = "rules"


class Base(msgspec.Struct, kw_only=True):
    """Common base: keyword-only construction, plain JSON via ``to_builtins``."""

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)


class Traced(Base, kw_only=True):
    """Provenance of an item: the rule that produced it and the backend that ran it.

    ``trace`` maps a field name to the rule that last set or changed it, when
    that differs from ``rule`` (``{"affiliation": "actors.side.nearest_state"}``,
    ``{"merged:rsf": "actors.aliases.acronym_initials"}``); a field absent from
    it was set by ``rule`` or is a default. It is ``UNSET`` (and not written)
    until some rule records a change: use :meth:`traced` to read it.

    The three fields are declared on each subclass, last, so that they come
    after the item's own fields in the JSON (msgspec puts base fields first).
    """

    if TYPE_CHECKING:  # declared on the subclasses (annotations here would make them fields)
        rule: str | None
        backend: str
        trace: dict[str, str] | msgspec.UnsetType

    def traced(self, field: str) -> str | None:
        """The rule that last set ``field``: its trace entry, else the item's own rule."""
        if self.trace is not msgspec.UNSET and field in self.trace:
            return self.trace[field]
        return self.rule

    def set_trace(self, field: str, rule: str | None) -> None:
        """Record that ``rule`` set or changed ``field`` (nothing when it is the item's own, first rule)."""
        if rule is None:
            return
        if self.trace is msgspec.UNSET:
            if rule == self.rule:
                return
            self.trace = {}
        elif rule == self.rule and field not in self.trace:
            return
        self.trace[field] = rule  # type: ignore[index]


class ItemRef(msgspec.Struct, kw_only=True, frozen=True):
    """A corpus-wide address of an item: ids are stable within a document, ``{doc, id}`` across a corpus.

    Actor ids are slugs of their names, interaction and claim ids ``i1``/``c1``
    numbered in text order; with the document's id they name an item in any
    store that holds many dossiers. Written ``doc#id`` in text.
    """

    doc: str
    id: str

    def __str__(self) -> str:
        return f"{self.doc}#{self.id}"

    @classmethod
    def parse(cls, text: str) -> ItemRef:
        doc, sep, item = text.rpartition("#")
        if not sep or not doc or not item:
            raise ValueError(f"not an item reference (doc#id): {text!r}")
        return cls(doc=doc, id=item)


class Document(Base, kw_only=True):
    """One input report. ``text`` is the body as read; all offsets index into it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, or null
    source: str | None = None  # the publishing outlet
    author: str | None = None  # byline, comma-separated when several
    url: str | None = None


class Mention(Base, kw_only=True, omit_defaults=True):
    """A span of a document's text that refers to an actor.

    Why ``omit_defaults``: a corpus has millions of mentions, and ``backend``
    is the actor's on nearly all of them; default values are not written
    (``text`` is never empty on a grounded mention, so it is always written).
    """

    doc: str
    start: int
    end: int
    text: str = ""
    rule: str | None = None
    backend: str = RULES_BACKEND


class Actor(Traced, kw_only=True):
    """A party of the story: person, organisation, state or group, named or not."""

    id: str
    name: str
    kind: ActorKind
    named: bool = True
    aliases: list[str] = []
    descriptors: list[str] = []
    affiliation: str | None = None  # id of the actor it belongs to or acts for
    mentions: list[Mention] = []
    rule: str | None = None  # id of the rule that produced the item
    backend: str = RULES_BACKEND
    trace: dict[str, str] | msgspec.UnsetType = msgspec.UNSET  # field -> rule that set or changed it


class Count(Base, kw_only=True):
    value: int
    qualifier: Qualifier = "exactly"


class Time(Base, kw_only=True):
    """A time expression as written and its ISO value (date, month, year, week or interval)."""

    text: str
    value: str | None = None
    start: int | None = None  # offsets of ``text`` when it is grounded in the document
    end: int | None = None


class Evidence(Base, kw_only=True):
    """The sentence (or clause) that supports an item, grounded by offsets."""

    doc: str
    start: int
    end: int
    text: str


class Interaction(Traced, kw_only=True):
    """A directed act: ``source`` does ``type`` to ``target`` through ``via``."""

    id: str
    type: InteractionType
    source: str | None = None
    target: str | None = None
    via: list[str] = []
    count: Count | None = None
    time: Time | None = None
    negated: bool = False
    modality: Modality = "asserted"
    means: str | None = None
    topic: str | None = None
    claim: str | None = None  # id of the claim it rests on when modality == "reported"
    evidence: Evidence
    trigger: list[int] | None = None  # [start, end] of the verb/noun that triggered it
    inferred: list[str] = []  # fields filled by inference rather than read in the text
    rule: str | None = None  # id of the rule that produced the item
    backend: str = RULES_BACKEND
    trace: dict[str, str] | msgspec.UnsetType = msgspec.UNSET  # field -> rule that set or changed it


class ClaimSpans(Base, kw_only=True):
    """Offsets of a claim's parts: content pieces, the cue and the speaker mention."""

    doc: str
    content: list[list[int]] = []
    cue: list[int] | None = None
    speaker: list[int] | None = None
    # the whole reported clause when ``content`` holds only the quoted words of a
    # partial quote ("wrote that Norland “kept its word”"), else null
    clause: list[int] | None = None


class Claim(Traced, kw_only=True):
    """A statement the report attributes to someone."""

    id: str
    speaker: str | None = None  # actor id
    cue: str | None = None
    direct: bool = False
    content: str = ""
    spans: ClaimSpans
    evidence: Evidence
    stance: Stance | None = None  # what the cue signals about the reporter's commitment
    inferred: list[str] = []
    rule: str | None = None  # id of the rule that produced the item
    backend: str = RULES_BACKEND
    trace: dict[str, str] | msgspec.UnsetType = msgspec.UNSET  # field -> rule that set or changed it


class Attribution(Traced, kw_only=True):
    """An attribution the dossier does not keep as a claim, recorded beside the claims.

    Why a record of its own: "X believes the talks will fail" or "Y did not say that the
    deal holds" attribute a content to a source, but nobody stated it, so it is no claim of
    the dossier (no view, score or corpus link reads it as one); attribution corpora
    (PolNeAR) annotate both, and ``export/polnear.py`` reads them from here. ``kind`` says
    which: ``belief`` (thought, belief, wish, intention), ``negated`` (a speech act the
    text says did not happen) or ``unattributed`` (an agentless passive speech act, "it was
    reported that …": said, but by nobody the text names), ``topic`` (a bare topic made known,
    "announced the agreement": nothing said about it) or ``question`` ("asked whether …"). Same
    spans as a claim; ``source`` is an actor id.
    """

    id: str
    kind: AttributionKind
    source: str | None = None  # actor id
    cue: str | None = None
    content: str = ""
    spans: ClaimSpans
    evidence: Evidence
    rule: str | None = None  # id of the rule that produced the item
    backend: str = RULES_BACKEND
    trace: dict[str, str] | msgspec.UnsetType = msgspec.UNSET  # field -> rule that set or changed it


class Disagreement(Base, kw_only=True):
    """A field on which the rules and an LLM backend gave different values for the same item (hybrid).

    Why kept: hybrid keeps the rules' value on the item and lists the model's
    here, so a reader sees where the two readings part instead of a silent choice.
    """

    kind: Literal["actor", "interaction", "claim"]
    id: str  # the item's id in this dossier
    field: str
    rules: str | bool | None = None
    llm: str | bool | None = None


class BackendRun(Base, kw_only=True):
    """How an LLM backend (``llm`` or ``hybrid``) made this dossier: calls, tokens, cost, what it dropped.

    ``dropped`` counts the model's items (and parts of items) that could not be
    aligned to the text and were therefore not emitted; ``merged`` the model's
    items folded into one already there (a rules item, or the same item from an
    overlapping piece); ``added`` the model's items kept as new ones. ``cost`` is
    null unless prices were given (``--llm-price``). ``errors`` are the failed
    calls of a hybrid run, whose dossier is then the rules' alone.
    """

    backend: str
    model: str | None = None
    protocol: str | None = None
    chunks: int = 0
    split: int = 0  # pieces read again as two halves after an answer cut off at the model's output limit
    requests: int = 0
    cached: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = None
    dropped: dict[str, int] = {}
    merged: dict[str, int] = {}
    added: dict[str, int] = {}
    disagreements: list[Disagreement] = []
    errors: list[str] = []


class Dossier(Base, kw_only=True):
    """Everything extracted from one or more documents, plus the derived views."""

    documents: list[Document] = []
    actors: list[Actor] = []
    interactions: list[Interaction] = []
    claims: list[Claim] = []
    attributions: list[Attribution] = []  # beliefs, negated and unattributed speech: not claims (see Attribution)
    views: dict[str, Any] | None = None
    version: str = SCHEMA_VERSION
    # written only by an LLM backend (see backchannel.llm): a rules dossier is unchanged
    meta: BackendRun | msgspec.UnsetType = msgspec.UNSET

    # -- lookups used by views, exports and the report -----------------------
    def ref(self, item_id: str) -> ItemRef:
        """The corpus-wide address of an item of this (one-document) dossier."""
        doc = self.documents[0].id if self.documents else ""
        return ItemRef(doc=doc, id=item_id)

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def document(self, doc_id: str) -> Document | None:
        for d in self.documents:
            if d.id == doc_id:
                return d
        return None

    # -- integrity -------------------------------------------------------------
    def reference_errors(self) -> list[str]:
        """Every reference that names nothing, and every span outside its text.

        Why a check in the model: a dangling id (an actor merged away, an
        internal placeholder) or a span past the end of the text passes JSON
        encoding silently and breaks every consumer later; the pipeline runs
        this on each dossier and the tests require it to be empty.
        """
        actors = {a.id for a in self.actors}
        claims = {c.id for c in self.claims}
        texts = {d.id: d.text for d in self.documents}
        errors: list[str] = []

        def span(kind: str, doc: str, start: int | None, end: int | None, text: str | None = None) -> None:
            if doc not in texts:
                errors.append(f"{kind}: unknown document {doc!r}")
            elif start is not None and end is not None:
                body = texts[doc]
                if not 0 <= start <= end <= len(body):
                    errors.append(f"{kind}: span [{start}, {end}] outside the text ({len(body)} characters)")
                elif text is not None and body[start:end] != text:
                    errors.append(f"{kind}: text {text[:40]!r} is not the text at [{start}, {end}]")

        for a in self.actors:
            if a.affiliation is not None and a.affiliation not in actors:
                errors.append(f"actor {a.id}: affiliation {a.affiliation!r} is no actor")
            for m in a.mentions:
                span(f"actor {a.id} mention", m.doc, m.start, m.end, m.text)
        for i in self.interactions:
            for role, ref in (("source", i.source), ("target", i.target), *(("via", v) for v in i.via)):
                if ref is not None and ref not in actors:
                    errors.append(f"interaction {i.id}: {role} {ref!r} is no actor")
            if i.claim is not None and i.claim not in claims:
                errors.append(f"interaction {i.id}: claim {i.claim!r} is no claim")
            span(f"interaction {i.id} evidence", i.evidence.doc, i.evidence.start, i.evidence.end, i.evidence.text)
        # a claim and an attribution are checked alike: who said or holds it, its evidence, its words
        said: list[tuple[str, str, str | None, Evidence, ClaimSpans]] = [
            *((f"claim {c.id}", "speaker", c.speaker, c.evidence, c.spans) for c in self.claims),
            *((f"attribution {t.id}", "source", t.source, t.evidence, t.spans) for t in self.attributions)]
        for what, role, ref, ev, spans in said:
            if ref is not None and ref not in actors:
                errors.append(f"{what}: {role} {ref!r} is no actor")
            span(f"{what} evidence", ev.doc, ev.start, ev.end, ev.text)
            for part in spans.content:
                span(f"{what} content", spans.doc, part[0], part[1])
        return errors


_encoder = msgspec.json.Encoder()


def as_interaction_type(value: str) -> InteractionType:
    """``value`` as an :data:`InteractionType` (a ValueError if it is none)."""
    if value not in INTERACTION_TYPES:
        raise ValueError(f"not an interaction type: {value!r}")
    return cast(InteractionType, value)


def as_modality(value: str) -> Modality:
    """``value`` as a :data:`Modality` (a ValueError if it is none)."""
    if value not in MODALITIES:
        raise ValueError(f"not a modality: {value!r}")
    return cast(Modality, value)


def to_json(obj: Base, indent: int | None = None) -> str:
    """Serialise any model object; ``indent`` pretty-prints for files meant for people."""
    raw = _encoder.encode(obj)
    if indent:
        raw = msgspec.json.format(raw, indent=indent)
    return raw.decode("utf-8")


def dossier_from_json(data: str | bytes) -> Dossier:
    """Parse and validate a dossier written by :func:`to_json` (round-trip)."""
    return msgspec.json.decode(data, type=Dossier)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a dossier, generated from these classes (see docs/dossier.schema.json)."""
    schema = msgspec.json.schema(Dossier)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "backchannel dossier"
    return schema
