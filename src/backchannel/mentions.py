"""Which actor a token stands for, with fallbacks for the words the actors stage left unresolved.

Why a foundation module: "which actor is this token" is asked by every stage after the actors
stage, and the fallbacks ("the rebels" -> the one rebel group named before, "the Emiratis" ->
the UAE, "Mirzoyan" -> the person whose surname it is) must answer the same way wherever they
are asked. They used to be private to the interactions stage. Like :mod:`backchannel.context`
this module imports no stage and no resolver: the country look-up ("Qatari" -> Qatar) belongs
to the resolvers, so it is handed in (:func:`backchannel.resolve.phrases.token_actors` makes a
:class:`TokenActors` with it). The words come from the interactions stage's data files, read
through :mod:`backchannel.data_loader`.

A :class:`TokenActors` caches its answers: make one when the actors asked about are settled
(at the start of a stage) and drop it with the stage.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from spacy.tokens import Token

from backchannel.context import Context
from backchannel.data_loader import load_fields, read
from backchannel.org_kinds import kinds_agree
from backchannel.syntax.tree import MODIFIER_OR_NPADVMOD_DEPS, NOUN_POS, PLURAL_TAGS, prep_objects

WORDS_FILE = "interactions_words.toml"
FRAMES_FILE = "frames.toml"
SETTINGS_TABLE = "settings"
StateLookup = Callable[[Context, str], str | None]  # (ctx, word) -> the state actor the word names
T = TypeVar("T")

STATE, ORGANIZATION, GROUP, PERSON = "state", "organization", "group", "person"  # actor kinds
OWNER_DEPS = frozenset({"poss", "compound", "nmod"})  # modifiers that say whose a noun is
NATIONALITY = "NORP"


@dataclass(frozen=True)
class FallbackWords:
    """The closed-class words of the fallbacks (``data/interactions_words.toml``)."""

    group_pronoun: str
    definite_article: str
    of_prep: str
    articles: frozenset[str]
    military_government_nouns: frozenset[str]
    military_marks: frozenset[str]
    civil_marks: frozenset[str]


@dataclass(frozen=True)
class FallbackNouns:
    """The nouns of the fallbacks (``[settings]`` of ``data/frames.toml``)."""

    government_nouns: frozenset[str]
    story_state_nouns: frozenset[str]
    group_nouns: frozenset[str]
    press_words: frozenset[str]


def _pick(cls: type[T], file: str, table: dict, key: str = "") -> T:
    """The fields of ``cls`` read from the keys of ``table`` that it names (the rest is another
    reader's)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return load_fields(cls, file, {k: v for k, v in table.items() if k in names}, key=key)[0]


@lru_cache(maxsize=1)
def fallback_words() -> tuple[FallbackWords, FallbackNouns]:
    """The fallbacks' words, read and checked once per process."""
    return (_pick(FallbackWords, WORDS_FILE, read(WORDS_FILE)),
            _pick(FallbackNouns, FRAMES_FILE, read(FRAMES_FILE).get(SETTINGS_TABLE, {}), SETTINGS_TABLE))


class TokenActors:
    """Token -> actor for one document: a mention or resolved pronoun, else the fallbacks."""

    def __init__(self, ctx: Context, state_of_word: StateLookup | None = None) -> None:
        self.ctx = ctx
        self.state_of_word = state_of_word
        self.words, self.nouns = fallback_words()
        self._demonyms: dict[str, str | None] = {}
        self._fallback: dict[int, str | None] = {}
        self._surnames: dict[str, str] | None = None

    def state_for(self, word: str) -> str | None:
        """The state actor a country word or demonym names ("Qatari", "the Emiratis")."""
        if word in self._demonyms:
            return self._demonyms[word]
        aid = None
        try:
            aid = self.state_of_word(self.ctx, word) if self.state_of_word is not None else None
        except Exception:  # the resolver is optional: no demonyms without it
            aid = None
        if aid is None:
            w = word.casefold().rstrip("-")
            for a in self.ctx.actors.values():
                if a.kind == STATE and (a.name.casefold() == w or w in (x.casefold() for x in a.aliases)):
                    aid = a.id
                    break
        self._demonyms[word] = aid
        return aid

    def actor_for_token(self, t: Token) -> str | None:
        """The actor a token refers to: :meth:`Context.actor_for_token`, else a nationality
        adjective's state, else :meth:`fallback_actor` for a noun."""
        a = self.ctx.actor_for_token(t)
        if a:
            return a
        # a nationality adjective stands for its state ("an Israeli airstrike", "Qatari-brokered");
        # a demonym noun names people, not the state ("told African-Americans")
        if t.text[:1].isupper() and (t.pos_ == "ADJ" or t.dep_ in MODIFIER_OR_NPADVMOD_DEPS):
            return self.state_for(t.text.rstrip("-"))
        if t.pos_ in NOUN_POS:
            if t.i not in self._fallback:
                self._fallback[t.i] = self.fallback_actor(t)
            return self._fallback[t.i]
        return None

    def fallback_actor(self, t: Token) -> str | None:
        """A definite description of a party ("the rebels", "the paramilitary group"), a
        definite plural demonym ("the Emiratis") or a person's surname alone ("Mirzoyan")."""
        ctx, w, n = self.ctx, self.words, self.nouns
        if t.lower_ == w.group_pronoun and t.i not in ctx.coref:
            # "X released them": the group named last before it in the sentence
            best = None
            for s, e, a in ctx.mentions_in(t.sent.start_char, t.idx):
                if ctx.actors.get(a) is not None and ctx.actors[a].kind == GROUP:
                    best = a
            return best
        if any(c.dep_ in OWNER_DEPS or (c.dep_ == "amod" and (ctx.actor_for_token(c) or any(
                x.text[:1].isupper() for x in c.subtree))) for c in t.children if c.i < t.i):
            return None  # "the ELN rebels", "Hamas's fighters", "the Saudi-led coalition": the modifier says whose
        definite = any(c.dep_ == "det" and c.lower_ == w.definite_article for c in t.children)
        if definite and t.text[:1].isupper() and t.text.endswith("s") and (
                t.tag_ in PLURAL_TAGS or t.ent_type_ == NATIONALITY):
            found = self.state_for(t.text)  # "the Emiratis" -> the UAE, when it is an actor
            if found:
                return found
        lemma = t.lemma_.lower()
        if definite and t.pos_ == "NOUN":
            # "the federal government" after "the Ethiopian federal government": the end of one
            # actor's name
            words = " ".join(x.lower_ for x in t.doc[t.left_edge.i:t.i + 1] if x.dep_ != "det")
            hits = {a.id for a in ctx.actors.values() if a.kind in (STATE, ORGANIZATION) and any(
                m.casefold().endswith(" " + words) or m.casefold() == words for m in [a.name, *a.aliases])}
            if len(hits) == 1:
                return hits.pop()
        if definite and lemma in n.government_nouns:
            found = self._ruling_state(t, lemma)
            if found:
                return found
        if definite and lemma in n.story_state_nouns and t.tag_ != "NNS" and not any(
                c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and c.lower_ == w.of_prep
                for c in t.children):
            # "demanded that the government negotiate": the one state of the story
            states = {a.id for a in ctx.actors.values() if a.kind == STATE}
            if len(states) == 1:
                return states.pop()
        if definite and lemma in n.group_nouns and t.tag_ != "NNP" \
                and not any(o.dep_ == "pobj" and o.tag_ in PLURAL_TAGS for o in prep_objects(t, w.of_prep)):
            # (but "the group of mediators" is a group of others)
            return self.described_group(t)
        if t.pos_ == "PROPN" and t.dep_ != "compound" and t.text[:1].isupper():
            return self._by_one_word(t.text, definite)
        return None

    def _ruling_state(self, t: Token, lemma: str) -> str | None:
        """"the junta", "the generals": the state whose ruling body the text named before
        ("Niger's military government")."""
        w = self.words
        marks = w.military_marks if lemma in w.military_government_nouns else w.civil_marks
        best = None
        for s, e, aid in self.ctx.mentions_in(0, t.idx):
            act = self.ctx.actors.get(aid)
            if act is not None and act.kind == STATE and any(
                    x in marks for m in act.aliases for x in m.casefold().replace("'s", "").split()):
                best = aid
        return best

    def _by_one_word(self, text: str, definite: bool) -> str | None:
        """A proper noun alone: a surname or one-word name; after "the", the one state whose
        name begins with it ("the North", "the South")."""
        a = self.surnames().get(text)
        if a is None and definite:
            hits = [x.id for x in self.ctx.actors.values() if x.kind == STATE
                    and x.name.split()[0] == text and len(x.name.split()) > 1]
            a = hits[0] if len(hits) == 1 else None
        return a

    def surnames(self) -> dict[str, str]:
        """One-word names of named actors -> the actor (only when one actor has it): a name or
        alias of one word ("RSF" mentioned again), the last word of a person's name ("Mirzoyan")."""
        if self._surnames is None:
            seen: dict[str, list[str]] = {}
            for a in self.ctx.actors.values():
                if not a.named:
                    continue
                for n in [a.name, *a.aliases]:
                    if len(n.split()) == 1 and a.id not in seen.get(n, []):
                        seen.setdefault(n, []).append(a.id)
                if a.kind == PERSON and len(a.name.split()) > 1 and a.id not in seen.get(a.name.split()[-1], []):
                    seen.setdefault(a.name.split()[-1], []).append(a.id)
            self._surnames = {k: v[0] for k, v in seen.items() if len(v) == 1}
        return self._surnames

    def _outlet(self, name: str) -> bool:
        """Is the name an outlet's ("NBC News", "The Harbour Post")? A source told it something;
        it is never the group a later "the group" stands for."""
        return bool(set(name.casefold().replace("-", " ").split()) & self.nouns.press_words)

    def described_group(self, t: Token) -> str | None:
        """The organisation "the rebels" stands for: the one the title or an earlier phrase calls
        so ("ELN rebels", "X, a paramilitary group"), else the nearest independent organisation
        named before (one with no state it belongs to) of the description's kind
        (:func:`backchannel.org_kinds.kinds_agree`: "the militant group" is no aid body, s44-review)."""
        words = {t.lower_, t.lemma_.lower(), t.lemma_.lower() + "s"}
        orgs = [a for a in self.ctx.actors.values()
                if a.kind in (ORGANIZATION, GROUP) and a.named and not a.affiliation and not self._outlet(a.name)]
        title = (self.ctx.document.title or "").casefold()
        for a in orgs:
            for n in [a.name, *a.aliases]:
                if any(f"{n.casefold()} {w}" in title for w in words):
                    return a.id
        text = self.ctx.document.text
        nearest, described = None, [x.text for x in t.doc[t.left_edge.i:t.i + 1]]
        for s, e, aid in self.ctx.mentions_in(0, t.idx):
            act = self.ctx.actors.get(aid)
            if act is None or act not in orgs:
                continue
            after = text[e:e + 60].casefold()
            for w in words:
                if after.startswith(" " + w) or any(
                        after.startswith(f", {det} ") and f" {w}" in after[:after.find(",", 2) if "," in after[2:] else 40]
                        for det in self.words.articles):
                    return aid
            if act.kind == ORGANIZATION and kinds_agree(described, [act.name, *act.aliases, *act.descriptors]):
                nearest = aid
        return nearest
