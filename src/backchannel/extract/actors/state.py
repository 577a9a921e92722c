"""The per-document working state of the actors stage.

Why one typed object: the steps of the stage are separate functions, but each
reads what earlier steps found (excluded furniture, state mentions, which token
belongs to which actor, which tokens a description already used). Keeping that
in one dataclass makes the hand-over between steps explicit and typed, and the
few operations every step needs (record a mention, add an alias, merge two
actors' ids) live next to the data they change.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from backchannel.extract.actors.spans import clean, strip_span
from backchannel.docindex import TokenTable
from backchannel.extract.context import Context
from backchannel.model import Actor
from backchannel.resolve import coref
from backchannel.resolve.lexicon import Country, Lexicon, fold, lexicon
from backchannel.resolve.phrases import STATE_IDS


class How(StrEnum):
    """How a state was named: its name, its capital or a nationality adjective."""

    NAME = "name"
    CAPITAL = "capital"
    DEMONYM = "demonym"


class Role(StrEnum):
    """What a state mention does in its sentence."""

    PARTY = "party"  # it acts or is acted on ("Washington said")
    VENUE = "venue"  # a place ("talks in Rome")
    MODIFIER = "modifier"  # a nationality on a noun ("an Israeli airstrike")
    CAPITAL_MODIFIER = "capital-modifier"
    SEAT = "seat"  # a capital as the seat of a government organ ("officials in Kessel")
    NOUN = "noun"  # the people ("Americans")
    INSIDE_NAME = "inside-name"  # part of an organisation's name ("Turkish Airlines")


@dataclass
class StateHit:
    start: int
    end: int
    tok: Token  # root token of the hit
    country: Country
    how: How
    role: Role = Role.PARTY


@dataclass
class Named:
    """A group of name mentions believed to denote one actor."""

    name: str
    label: str
    mentions: list[tuple[int, int, Token, str]] = field(default_factory=list)  # (start, end, root, rule)
    labels: Counter = field(default_factory=Counter)
    person_evidence: int = 0
    org_evidence: int = 0
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    aid: str | None = None
    # provenance: the rule of each alias, and the trace entries the actor gets when it is made
    alias_rules: dict[str, str] = field(default_factory=dict)
    trace: dict[str, str] = field(default_factory=dict)


@dataclass
class ActorState:
    """What the steps of the actors stage know about one document so far."""

    ctx: Context
    doc: Doc
    text: str
    lx: Lexicon
    toks: TokenTable
    excluded: list[tuple[int, int]] = field(default_factory=list)  # furniture character ranges
    outlets: set[str] = field(default_factory=set)  # folded names of the outlet and the authors
    state_hits: list[StateHit] = field(default_factory=list)
    state_ids: dict[str, str] = field(default_factory=dict)  # country name -> actor id
    named: list[Named] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    consumed: set[int] = field(default_factory=set)  # tokens already part of a description or name
    ent_of: dict[int, Span] | None = None  # token index -> entity (built on first use)
    institutions: dict[tuple[str, str, str], str] = field(default_factory=dict)
    desc_internal: set[int] = field(default_factory=set)  # tokens inside a description's post-modifiers
    owners: dict[str, str] = field(default_factory=dict)  # actor id -> the person whose title it holds
    title_parties: set[int] = field(default_factory=set)  # parties paired with named holders (respective.py)
    # actor id -> (the words of each of its titles, the title's head noun): read by body_titles.py
    titles: dict[str, list[tuple[list[Token], Token]]] = field(default_factory=dict)
    region_cut_names: set[tuple[int, int]] = field(default_factory=set)  # (chars) persons cut from a title's region
    particle_names: set[tuple[int, int]] = field(default_factory=set)  # (chars) names joined over "-e-"
    leader_cut_names: set[tuple[int, int]] = field(default_factory=set)  # (chars) persons cut from "<Body> of X"
    vetoed: list[tuple[int, int, str]] = field(default_factory=list)  # name spans dropped (chars, rule id: vetting.py)
    units: dict[str, str] = field(default_factory=dict)  # folded name of a federated unit -> its actor id (subnational.py)
    # (title token, first and last token of the title's phrase, unit actor id): "the Governor of X State"
    unit_titles: list[tuple[int, int, int, str]] = field(default_factory=list)
    person_titles: set[str] | None = None  # folded ORG titles in apposition with a person (title_orgs.py)
    _quotes: list[tuple[int, int]] | None = None
    _quote_starts: list[int] = field(default_factory=list)

    @classmethod
    def create(cls, ctx: Context) -> ActorState:
        st = cls(ctx=ctx, doc=ctx.doc, text=ctx.document.text, lx=lexicon(), toks=ctx.index.table)
        ctx.notes[STATE_IDS] = st.state_ids  # later stages look states up by name
        return st

    # -- queries ------------------------------------------------------------------
    def is_excluded(self, start: int, end: int) -> bool:
        return any(s <= start < e or s < end <= e for s, e in self.excluded)

    def is_outlet(self, name: str) -> bool:
        f = fold(name)
        # "caliber.az" -> "caliber"; "rfe/rl" -> "rfe" and "rl" (an outlet's two names joined by a slash)
        return f in self.outlets or any(f == o.split(".")[0] for o in self.outlets if "." in o) or any(
            f in o.split("/") for o in self.outlets if "/" in o)

    def ent_is_country(self, tok: Token) -> bool:
        if self.ent_of is None:
            self.ent_of = {}
            for ent in tok.doc.ents:
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
        found = self.ent_of.get(tok.i)
        if found is None:
            return False
        ent = found
        s, e = strip_span(self.text, ent.start_char, ent.end_char)
        return self.lx.country(self.text[s:e]) is not None

    def actor_of_token(self, tok: Token) -> str | None:
        aid = self.token_actor.get(tok.i)
        if aid:
            return aid
        return self.ctx.coref.get(tok.i)

    def in_quote(self, tok: Token) -> bool:
        if self._quotes is None:
            self._quotes = coref.quote_spans(self.text)
            self._quote_starts = [q[0] for q in self._quotes]
        i = bisect.bisect_right(self._quote_starts, tok.idx) - 1
        return i >= 0 and self._quotes[i][0] <= tok.idx < self._quotes[i][1]

    # -- changes ------------------------------------------------------------------
    def state_actor(self, country: Country, rule: str | None = None) -> str:
        """The state's actor id, made (by ``rule``) on first use."""
        aid = self.state_ids.get(country.name)
        if aid is None:
            aid = self.ctx.new_actor_id(country.name)
            self.ctx.add_actor(Actor(id=aid, name=country.name, kind="state"), rule)
            self.state_ids[country.name] = aid
        return aid

    def set_affiliation(self, actor: Actor, aff: str | None, rule: str) -> None:
        """Set an actor's affiliation and record the rule that inferred it."""
        actor.affiliation = aff
        self.ctx.trace(actor, "affiliation", rule)

    def add_descriptor(self, actor: Actor, desc: str, rule: str, first: bool = False) -> None:
        """Add a descriptor (at the front with ``first``) and record the rule."""
        if first:
            actor.descriptors.insert(0, desc)
        else:
            actor.descriptors.append(desc)
        self.ctx.trace(actor, "descriptors", rule)

    def add_mention(self, aid: str, start: int, end: int, root: Token | None = None,
                    rule: str | None = None) -> None:
        start, end = strip_span(self.text, start, end)
        if end <= start:
            return
        self.ctx.add_mention(aid, start, end, rule)
        if root is not None:
            self.token_actor.setdefault(root.i, aid)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for t in span:
                self.token_actor.setdefault(t.i, aid)

    def add_alias(self, aid: str, alias: str, rule: str | None = None) -> None:
        a = self.ctx.actors[aid]
        alias = clean(alias)
        if alias and fold(alias) != fold(a.name) and all(fold(alias) != fold(x) for x in a.aliases):
            a.aliases.append(alias)
            self.ctx.trace(a, "aliases", rule)

    def merge(self, src: str, dst: str, rule: str) -> None:
        """Fold actor ``src`` into ``dst`` (recording ``rule``) and retarget every index."""
        self.ctx.merge_actor(src, dst, rule)
        self.retarget(src, dst)

    def retarget(self, old: str, new: str) -> None:
        """After ``old`` was merged into ``new``: every index that pointed at ``old`` points at ``new``."""
        for nm in self.named:
            if nm.aid == old:
                nm.aid = new
        for k, v in list(self.token_actor.items()):
            if v == old:
                self.token_actor[k] = new
        for name, v in list(self.state_ids.items()):
            if v == old:
                self.state_ids[name] = new
