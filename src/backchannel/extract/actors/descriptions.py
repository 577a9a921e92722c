"""One party under many descriptions: the noun phrases a report uses again for a party it has introduced.

Why: a report names or introduces a party once and then goes on with a description of it: "the alliance"
after "the Kestrel Alliance", "the opposition coalition" after "the opposition", "the authorities" for the
state the story is about, "the first official", "the source" or "one of the sources" for an unnamed
informant. Read as new noun phrases, each splits one party in two (a spurious actor and a lost alias).

One mechanism covers the class, an entity layer over noun phrases:
- the head must fit: the last word of the party's name ("the alliance"), a head the party's whole name
  modifies ("the opposition coalition"), or the same role noun (``unnamed.py``, which asks :func:`pick`);
- the modifiers must fit: words of the name or words that only say what kind of party it is;
- number must agree (a singular description never joins a group, except a partitive "one of the sources",
  which makes one member of the group);
- the nearest antecedent wins only when it is the one candidate of its window: a definite description that
  two parties fit joins neither (``AMBIGUOUS``), and "another official" is never the official before.
Word lists: ``data/descriptions.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from backchannel.data_loader import loader
from backchannel.extract.actors.parties import some_people
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.resolve.members import MEMBER_OF_GROUP
from backchannel.syntax.phrases import np_left, span_text

FILE = "descriptions.toml"
NAME_HEAD = "actors.descriptions.name_head"
NAME_WITH_HEAD = "actors.descriptions.name_with_head"
PARTITIVE = "actors.descriptions.one_of"
BARE_ARMED = "actors.descriptions.bare_armed_plural"
AMBIGUOUS = ""  # :func:`pick`'s answer for a definite description two earlier parties fit: join neither
ORG_KINDS = ("organization", "group")


@dataclass(frozen=True)
class Words:
    """``descriptions.toml`` ``[descriptions]``."""

    never_heads: frozenset[str]
    collective_heads: frozenset[str]
    story_plurals: frozenset[str]
    story_kinds: frozenset[str]
    disjoint_determiners: frozenset[str]
    ordinals: tuple[str, ...]
    speaker_heads: frozenset[str]
    partitive_heads: frozenset[str]
    stateless_body_heads: frozenset[str]


# The words of the mechanism, read and checked key by key (``load_fields``).
words = loader(Words, FILE, "descriptions")


def kept_word(t: Token) -> bool:
    """A determiner or number word a description's name keeps, since it tells the party apart from an
    earlier one: "another official", "the first official"."""
    return t.lower_ in words().disjoint_determiners or t.lower_ in words().ordinals


def _definite_left(st: ActorState, tok: Token) -> list[Token] | None:
    """The modifiers of a definite description headed by ``tok`` ("the (Palestinian) alliance"), without
    the article; None when it is no such description (no article, a post-modifier, inside a name)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.consumed or tok.i in st.token_actor or \
            tok.dep_ in ("compound", "amod", "appos", "attr") or st.is_excluded(tok.idx, tok.idx + len(tok.text)):
        return None
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in tok.rights):
        return None  # "the alliance of rebel armies", "the coalition that ...": a new description
    left = [t for t in np_left(tok) if t.i != tok.i]
    if not left or left[0].lower_ != st.lx.words.definite_article:
        return None
    return left[1:]


def _mentioned_before(st: ActorState, at: int) -> set[str]:
    return {aid for s, _, aid in st.ctx.mentions_in(0, at) if s < at}


def name_heads(st: ActorState) -> None:
    """ "the alliance" after "the Kestrel Alliance": a definite description whose head is the last word of
    the name of exactly one organisation mentioned before, and whose modifiers are words of that name or
    words of a movement's kind ("the armed alliance"), is that organisation (``actors.descriptions.name_head``).

    Why: the head noun of a multi-word name is the common noun a report falls back on; a second named
    body with the same head ("the Arakan Army" and "the Kachin Army": "the army") makes it ambiguous, and
    the state's own bodies ("the army", "the ministry") are left to the state's rules.
    """
    w, lx, acts = words(), st.lx, st.ctx.actors
    by_head: dict[str, set[str]] = {}
    for a in acts.values():
        if not a.named or a.kind not in ORG_KINDS:
            continue
        for n in [a.name, *a.aliases]:
            parts = n.split()
            if len(parts) >= 2 and parts[-1][:1].isupper():
                by_head.setdefault(fold(parts[-1]), set()).add(a.id)
    skip = w.never_heads | (lx.words.governmental_words - w.stateless_body_heads)
    for tok in st.doc:
        low = tok.lower_
        if low not in by_head or low in skip or tok.tag_ not in ("NN", "NNP"):
            continue
        mods = _definite_left(st, tok)
        if mods is None:
            continue
        before = _mentioned_before(st, tok.idx)
        fits = [aid for aid in by_head[low] if aid in acts and aid in before and _modifiers_fit(st, acts[aid], mods)]
        if len(fits) != 1 or low in lx.words.governmental_words and not _stateless_body(st, fits[0], low, before):
            continue
        start = mods[0].idx if mods else tok.idx
        _mention(st, fits[0], start, tok, NAME_HEAD)


def _stateless_body(st: ActorState, aid: str, head: str, before: set[str]) -> bool:
    """ "the agency" after "the International Atomic Energy Agency": a governmental head names a body
    of no state (no state affiliation, not a state's known body) only when no other party mentioned
    before bears that head (a state's own "nuclear agency" would make it that state's)."""
    a, acts = st.ctx.actors[aid], st.ctx.actors
    aff = acts.get(a.affiliation) if a.affiliation else None
    if (aff is not None and aff.kind == "state") or st.lx.body(a.name) is not None:
        return False
    return not any(o != aid and o in acts and any(fold(n).split()[-1:] == [head] for n in [acts[o].name, *acts[o].aliases]
                                                  if n.strip()) for o in before)


def _modifiers_fit(st: ActorState, a: Actor, mods: list[Token]) -> bool:
    """Every modifier is a word of the party's names or a word of a movement's kind ("armed", "rebel")."""
    own = {fold(x) for n in [a.name, *a.aliases] for x in n.split()}
    return all(fold(t.text) in own or t.lower_ in st.lx.definite_org_modifiers for t in mods)


def _mention(st: ActorState, aid: str, start: int, tok: Token, rule: str) -> None:
    """The description as a mention, an alias and the coreference of its head."""
    end = tok.idx + len(tok.text)
    st.add_mention(aid, start, end, tok, rule)
    st.add_alias(aid, st.text[start:end], rule)
    st.ctx.coref[tok.i] = aid
    st.token_actor[tok.i] = aid
    st.consumed.update(t.i for t in st.doc.char_span(start, end, alignment_mode="expand") or [tok])


def bare_armed_plurals(st: ActorState) -> None:
    """ "insurgents attacked the convoy", "militants have said": a bare plural armed-group noun, with no
    determiner or modifier, is the one armed organisation the report has named before it
    (``actors.descriptions.bare_armed_plural``).

    Why: with one armed party in the story the bare plural is that party, as "the insurgents" is
    (``actors.definite.group_description``); with two, or none shown to be armed (by an armed word in its
    aliases or descriptors, or an armed group of its people), it fits none. Counted or held members
    ("militants freed in the swap") are some people, not the party.
    """
    lx, acts = st.lx, st.ctx.actors
    heads = lx.definite_org_heads - lx.words.plain_org_heads
    for tok in st.doc:
        if tok.lower_ not in heads or tok.tag_ not in ("NNS", "NNPS") or tok.i in st.consumed or \
                tok.i in st.token_actor or tok.dep_ in ("compound", "amod", "appos", "attr", "conj") or \
                any(True for _ in tok.lefts) or any(c.dep_ in ("prep", "acl", "relcl", "appos", "conj", "cc")
                                                    for c in tok.rights):
            continue
        if some_people(tok) or st.is_excluded(tok.idx, tok.idx + len(tok.text)) or st.in_quote(tok):
            continue
        armed = [aid for aid in _mentioned_before(st, tok.idx) if aid in acts and _armed(st, acts[aid])]
        if len(armed) == 1:
            _mention(st, armed[0], tok.idx, tok, BARE_ARMED)


def _armed(st: ActorState, a: Actor) -> bool:
    """A named non-state organisation the report calls armed: an armed word among its aliases and
    descriptors, or an unnamed group of its own whose head is an armed noun ("Front militants")."""
    if not a.named or a.kind not in ORG_KINDS or st.lx.bloc(a.name) is not None or st.lx.body(a.name) is not None:
        return False
    side = st.ctx.actors.get(a.affiliation) if a.affiliation else None
    if side is not None and side.kind == "state":
        return False
    armed = st.lx.armed_words
    if any(fold(w) in armed for n in [*a.aliases, *a.descriptors] for w in n.split()):
        return True
    return any(b.affiliation == a.id and not b.named and fold(b.name.split()[-1]) in armed
               for b in st.ctx.actors.values())


def names_with_heads(st: ActorState) -> None:
    """ "the opposition coalition" after "the opposition": a collective head whose modifiers are the whole
    name of exactly one organisation or group mentioned before is that party (``actors.descriptions.name_with_head``).

    Why: the head only says what kind of party the name is; a state's name never counts ("the Lorvian
    coalition" is a coalition Lorvia leads, not Lorvia), nor a person's ("the Brandt camp").
    """
    w, acts = words(), st.ctx.actors
    for tok in st.doc:
        if tok.lower_ not in w.collective_heads:
            continue
        mods = _definite_left(st, tok)
        if not mods or any(t.dep_ not in ("compound", "amod", "nmod") for t in mods):
            continue
        text = fold(span_text(st.doc, mods))
        before = _mentioned_before(st, tok.idx)
        fits = [aid for aid in before if aid in acts and acts[aid].kind in ORG_KINDS
                and text in {fold(n) for n in [acts[aid].name, *acts[aid].aliases]}]
        if len(fits) == 1:
            _mention(st, fits[0], mods[0].idx, tok, NAME_WITH_HEAD)


def pick(st: ActorState, tok: Token, mods: list[Token], found: list[str], definite: bool) -> str | None:
    """Which of the earlier parties with the same head (``found``, most recent first) a description joins:
    None for a new party, ``AMBIGUOUS`` for none at all.

    - "another official", "a second official": a new party, whatever came before;
    - "the first official", "the second source": the n-th party introduced with that head;
    - a definite singular with two or more candidates: the one mentioned in its sentence or the one before,
      when it is the only one there; otherwise it fits both and joins neither;
    - "the source" with no earlier source: the one unnamed person mentioned in the window (who spoke);
      two there fit both, and it joins neither.
    """
    w = words()
    low = [t.lower_ for t in mods]
    nth = next((w.ordinals.index(x) for x in low if x in w.ordinals), None)
    if set(low) & w.disjoint_determiners or (nth is not None and not definite):
        return None
    distinct = list(dict.fromkeys(found))
    if not definite:
        return distinct[0] if distinct else None
    if nth is not None:
        ordered = sorted(distinct, key=lambda a: min((m.start for m in st.ctx.actors[a].mentions), default=0))
        return ordered[nth] if nth < len(ordered) else None
    if len(distinct) == 1:
        return distinct[0]
    sent = tok.sent
    start = st.doc[sent.start - 1].sent.start_char if sent.start > 0 else 0
    near = list(dict.fromkeys(aid for s, _, aid in st.ctx.mentions_in(start, tok.idx) if s < tok.idx))
    if distinct:
        near = [a for a in near if a in distinct]
        return near[0] if len(near) == 1 else AMBIGUOUS
    if tok.lemma_.lower() not in w.speaker_heads or any(t.lower_ != st.lx.words.definite_article for t in mods):
        return None
    near = [a for a in near if a in st.ctx.actors and not st.ctx.actors[a].named
            and st.ctx.actors[a].kind == "person"]
    return near[0] if len(near) == 1 else AMBIGUOUS if near else None


def one_of(st: ActorState, tok: Token, recent: list[tuple[str, str, bool, str | None]]) -> None:
    """ "one of the sources": one member of the one earlier group with that head, a person of its side
    (``actors.descriptions.one_of``), named by the head ("source"), so that "the source" after it joins it.

    Why: the partitive singles out one informant of a group; his later words are his, not the group's.
    Held people ("one of the hostages") are left to the captives; with no such group, or two, nothing.
    """
    if tok.lower_ not in words().partitive_heads or tok.i in st.consumed or tok.i in st.token_actor:
        return
    obj = next((g for c in tok.rights if c.dep_ == "prep" and c.lower_ == st.lx.words.of
                for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or obj.tag_ != "NNS" or obj.i in st.consumed:
        return
    lemma = obj.lemma_.lower()
    if lemma not in st.lx.unnamed_person or lemma in st.lx.captive_bare or not any(
            c.dep_ == "det" and c.lower_ in st.lx.words.definite_determiners for c in obj.children):
        return
    groups = list(dict.fromkeys(aid for aid, head, plural, _ in reversed(recent)
                                if plural and head == lemma and aid in st.ctx.actors))
    if len(groups) != 1:
        return
    side = st.ctx.actors[groups[0]].affiliation
    aid = st.ctx.new_actor_id(lemma)
    st.ctx.add_actor(Actor(id=aid, name=lemma, kind="person", named=False, affiliation=side), PARTITIVE)
    _mention(st, aid, tok.idx, obj, PARTITIVE)
    st.ctx.coref[tok.i] = aid
    recent.append((aid, lemma, False, side))


def member_of_group(st: ActorState, tok: Token, words_of: list[Token], plural: bool,
                    recent: list[tuple[str, str, bool, str | None]]) -> str | None:
    """ "Sources close to the ministry said … a source close to the ministry said", "local sources
    said … said a local source": an indefinite singular of a ``member_heads`` noun written with
    exactly the words of one earlier plural group (and at least one
    word besides the head, in the name or in a phrase after it, "in Ostby": a bare "a source" is no
    member of a bare "Sources", any source could be it) is that group speaking again (one anonymous source
    group, as the reports' own repeated sources are one actor). ``words_of``: the description's
    tokens besides the head. Not "another source" or a source with words of its own ("a source in
    the group"), and not when two groups fit."""
    lemma = tok.lemma_.lower()
    if plural or lemma not in st.lx.words.member_heads:
        return None
    dets = {t.lower_ for t in words_of if t.dep_ == "det" and t.i < tok.i}
    if not dets or not dets <= st.lx.words.indefinite_articles:
        return None
    mine = {t.lower_ for t in words_of if t.i != tok.i and not (t.dep_ == "det" and t.i < tok.i) and not t.is_punct}
    found = set()
    for aid, head, pl, _ in recent:
        a = st.ctx.actors.get(aid)
        if a is None or a.named or not pl or head != lemma:
            continue
        theirs = [w.lower() for w in a.name.split()]
        if {w for w in theirs if w not in (lemma, tok.lower_) and w.rstrip("s") != lemma} == mine and (
                mine or _shared_phrase(st, tok, a)):
            found.add(aid)
    if len(found) != 1:
        return None
    aid = found.pop()
    st.ctx.trace(st.ctx.actors[aid], f"member:{tok.idx}", MEMBER_OF_GROUP)
    return aid


def _modifier_words(tok: Token) -> frozenset[str]:
    """The content words of the phrases hung on a head noun ("sources in Ostby": {"ostby"})."""
    return frozenset(t.lower_ for c in tok.children if c.dep_ not in ("det", "punct", "relcl")
                     for t in c.subtree if not (t.is_punct or t.is_stop))


def _shared_phrase(st: ActorState, tok: Token, group: Actor) -> bool:
    """Whether a singular whose name has no word besides its head ("a source in Ostby") carries the
    same words after its head as the group's first mention ("Sources in Ostby"): at least one."""
    if not group.mentions:
        return False
    m = group.mentions[0]
    span = st.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    mine = _modifier_words(tok)
    return span is not None and len(span) > 0 and bool(mine) and _modifier_words(span.root) == mine
