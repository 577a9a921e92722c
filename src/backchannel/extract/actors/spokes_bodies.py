"""A spokesperson whose title names no owner speaks for the body that the sentence before has acting.

Why: news English introduces a body's act or statement ("The <Front> denied any role.") and then
quotes its spokesperson by a bare title ("'...,' spokeswoman X said"); the owner is not written again.
The state guesses (``side.nearest_state``, ``side.co_mentioned_side``) then give the spokesperson the
body's state, or another party's. A bare title is read like "the group's spokeswoman": the body the
previous sentence is about, when that is an organisation or group, not a state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from backchannel.data_loader import loader
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.syntax.tree import NSUBJ_DEPS

FILE = "spokes_bodies.toml"
RULE = "actors.staff.spokesperson_of_subject"


@dataclass(frozen=True)
class SpokesWords:
    """``[spokes]`` of spokes_bodies.toml: the title heads, the titles of several words, and the words a
    bare title may add to them."""
    nouns: frozenset[str]
    phrases: frozenset[str]
    extras: frozenset[str]
    speech: frozenset[str]
    clausal: frozenset[str]
    stance: frozenset[str]
    stance_adjectives: frozenset[str]


words = loader(SpokesWords, FILE, "spokes")


def spokesperson_bodies(st: ActorState) -> None:
    """A named person with no side (or a guessed state) whose every descriptor is a bare spokesperson title
    takes the organisation or group that is the subject of the main verb of the sentence before its first
    mention; nothing when that subject is a state, a person, an outlet or no actor."""
    acts = st.ctx.actors
    for a in list(acts.values()):
        if a.kind != "person" or not a.named or not a.mentions or not _bare_spokes(a) or _owned_title(st, a):
            continue
        if a.affiliation is not None and a.traced("affiliation") not in GUESSED:
            continue
        first = min(a.mentions, key=lambda m: m.start)
        span = st.doc.char_span(first.start, first.end, alignment_mode="expand")
        body = _previous_subject(st, span) if span is not None and len(span) else None
        if body is not None and body != a.id:
            st.set_affiliation(a, body, RULE)


def _owned_title(st: ActorState, a: Actor) -> bool:
    """A title of the person has a possessive owner in the text ("the army's spokesman, X"): the owner
    rules read it, and an owner they could not resolve is still no licence to guess."""
    return any(c.dep_ == "poss" for _, head in st.titles.get(a.id, []) for c in head.children)


def _bare_spokes(a: Actor) -> bool:
    """Every descriptor is a spokesperson noun with at most a rank or "press" beside it."""
    w = words()
    if not a.descriptors:
        return False
    for d in a.descriptors:
        toks = d.lower().split()
        if not toks or not set(toks) <= w.nouns | w.extras:
            return False
        if not set(toks) & w.nouns and not any(" ".join(toks).endswith(p) for p in w.phrases):
            return False
    return True


QUOTE_REACH = 600  # characters back to the opening mark of the quotation the spokesperson closes


def _previous_subject(st: ActorState, span: Span) -> str | None:
    """The actor of the subject of the root of the sentence before the mention's (before the quotation the
    mention closes, when one runs over several sentences), in the same paragraph (or the paragraph before
    one that opens with that quotation) and only when that root speaks or announces (``_speaks``), if a named organisation or group, or an unnamed
    organisation ("the council"), and no outlet; an unnamed group ("sources") is no body that has a
    spokesperson."""
    start = _quote_start(st, span)
    sent = start.sent
    if sent.start == 0:
        return None
    prev = st.doc[sent.start - 1].sent
    gap = st.doc.text[prev[-1].idx:start.start_char]
    breaks = list(PARAGRAPH.finditer(gap))
    opens_with_quote = start is not span and (not breaks or not gap[breaks[-1].end():].strip())
    if breaks and not opens_with_quote or not _speaks(prev.root):
        return None
    for c in prev.root.children:
        if c.dep_ not in NSUBJ_DEPS:
            continue
        aid = st.ctx.actor_for_token(c)
        actor = st.ctx.actors.get(aid) if aid else None
        if actor is None or actor.kind not in ("organization", "group") or st.is_outlet(actor.name) \
                or not actor.named and actor.kind != "organization":
            return None
        return actor.id
    return None


# A blank line: a new paragraph starts a new frame ("In <State>, spokeswoman X said ..."), not the same
# voice; only a paragraph that opens with the quotation the spokesperson closes goes on with the body the
# paragraph before had speak ("The <Body> said ... .\n\n'We are ready ...,' spokeswoman X said").
PARAGRAPH = re.compile(r"\n\s*\n")


def _speaks(root: Token) -> bool:
    """The sentence before has its subject speak ("The Front denied any role", "the group said ...") or
    take a stance ("hopes", "was ready to"): a speaking, announcing or stance verb, a stance adjective
    after a copula, or a verb that speaks only with a clause after it ("claimed that it ...",
    not "claimed the bombing"). A subject that attacked, seized or claimed a deed is the one the quote
    answers, not the one it speaks for."""
    lemma, w = root.lemma_.lower(), words()
    if lemma in w.speech or lemma in w.stance:
        return True
    if any(c.dep_ == "acomp" and c.lemma_.lower() in w.stance_adjectives for c in root.children):
        return True  # "The <Body> was aware of ...", "is ready to ...": a stance its spokesperson voices
    return lemma in w.clausal and any(c.dep_ == "ccomp" for c in root.children)


def _quote_start(st: ActorState, span: Span) -> Span:
    """The span itself, or the token of the opening quotation mark of a quotation that closes before the
    mention in its sentence ("'A. B,' spokeswoman X said": the mark before A), so the sentence before
    the whole quotation is read."""
    text = st.text
    start = span.start_char
    before = text[max(0, start - QUOTE_REACH):start]
    close = max(before.rfind("\u201d"), before.rfind('"'))
    if close < 0 or before[close + 1:].strip(" ,") not in ("", *_between_words(span)):
        return span
    open_at = max(before.rfind("\u201c", 0, close), before.rfind('"', 0, close))
    if open_at < 0:
        return span
    at = st.doc.char_span(start - len(before) + open_at, start - len(before) + open_at + 1,
                          alignment_mode="expand")
    return at if at is not None and len(at) else span


def _between_words(span: Span) -> tuple[str, ...]:
    """The title words allowed between the closing mark and the name ("spokeswoman", "spokesman Colonel")."""
    doc = span.doc
    out, i = [], span.start - 1
    while i >= 0 and doc[i].lower_ in words().nouns | words().extras:
        out.append(doc[i:span.start].text)
        i -= 1
    return tuple(out)
