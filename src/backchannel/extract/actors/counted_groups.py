"""A group of captives counted again in other words: "five Lorvian prisoners" ... "the five innocent Lorvians".

Why: a release or swap report names the people handed over once ("five Lorvian prisoners were
freed") and then counts them again with other adjectives, another head or a demonym ("five innocent
Lorvians who were imprisoned", "the two young Lorvians", "15 detained Lorvians"). The same number
and a nationality that agrees are what make it the same group. Earlier steps join a re-mention
only when its head or its modifiers are the group's own (``captives._join_earlier``,
``parties.demonym_plurals``); the rest is left to the state (its demonym), to nothing, or to a
group of its own, and the golds list the whole counted phrase among the group's aliases.

Rules:

- ``actors.captives.counted_again``: a counted plural (or one with a participle of holding:
  "unfairly detained Lorvians") of a captive noun or a demonym joins the one other captive group
  whose count is the same (or, with no count, whose nationality is the same) and whose nationality
  does not disagree; its words become an alias. A count needs a kin besides (the nationality, a
  head of captivity or of the group's class, a participle of holding: not "two soldiers were
  wounded"). Never a part ("two other Lorvians", "the remaining five"), never a count the group was
  not given ("two Lorvians" beside "five Lorvian prisoners"), never when two groups fit, never a group
  freed by another side than the one that freed the group ("Kenya freed five Lorvians ... Lorvia in turn
  freed five prisoners": the swap's other half; s37-review).
- ``actors.captives.counted_alias``: a counted mention already of the group ("the five Lorvian
  prisoners" of "Lorvian prisoners") adds its counted words as an alias.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from backchannel.extract.actors.captive_shapes import words as shape_words
from backchannel.extract.actors.parties import mention_heads, party_words
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.numbers import count as number_value
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left
from backchannel.syntax.tree import MODIFIER_DEPS, PLURAL_TAGS

AGAIN = "actors.captives.counted_again"
ALIAS = "actors.captives.counted_alias"
NUMBER_DEP = "nummod"
DETERMINER_DEPS = ("det", "predet", "poss")
CAPTIVE_RULES = "actors.captives."  # the rules that read a group as people held or freed


@dataclass
class Group:
    """What a captive group was called so far: its counts and its nationalities."""

    aid: str
    counts: dict[int, set[int]] = field(default_factory=dict)  # count -> token indices that gave it
    nations: set[str] = field(default_factory=set)
    whole: bool = True  # no word of a part in its name ("the remaining captives")
    held: bool = False  # captives by name or by the rule that read them ("Lorvian prisoners"), not "Lorvian soldiers"
    heads: set[str] = field(default_factory=set)  # the lemmas of its mentions' heads
    releasers: dict[str, set[int]] = field(default_factory=dict)  # who freed it -> the mentions that say so


@dataclass
class Phrase:
    """A plural noun phrase that may count a group again."""

    tok: Token
    left: list[Token]  # its pre-modifiers and the head, determiners dropped
    count: int | None
    nations: set[str]
    held: bool  # a participle of holding or freeing among its modifiers
    kin: set[str]  # its head's lemma and the heads of its class ("prisoner" and "detainee")
    captive: bool  # its head is a noun of captivity ("hostages", "detainees")
    releaser: str | None = None  # who freed the people it names, when it is a release's object


def counted_groups(st: ActorState) -> None:
    """Join each counted re-mention to the one captive group it counts again (see the module docstring)."""
    groups = [_group(st, a) for a in st.ctx.actors.values() if _captive_group(st, a)]
    if not groups:
        return
    by_id = {g.aid: g for g in groups}
    for tok in st.doc:
        if tok.tag_ not in PLURAL_TAGS:
            continue
        ph = _phrase(st, tok)
        if ph is None:
            continue
        owner = st.token_actor.get(tok.i) or st.ctx.coref.get(tok.i)
        own = by_id.get(owner) if owner else None
        live = own is not None and own.aid in st.ctx.actors
        alone = own is not None and live and _only_here(st.ctx.actors[own.aid], tok)  # a group made of this phrase alone
        bare = alone and own is not None and len(st.ctx.actors[own.aid].name.split()) == 1  # "Lorvians", "captives"
        fits = {g.aid: g for g in groups if g.aid in st.ctx.actors and g.aid != owner and g.whole
                and (own is None or bare or _first(st.ctx.actors[g.aid]) < tok.idx)
                and _fits(ph, g, tok.i)}  # a part ("the remaining captives") is not counted again as a whole
        if len(fits) == 1 and (own is None or alone):
            _join(st, ph, next(iter(fits.values())), owner, by_id)
        elif live and own is not None and own.whole and ph.count is not None and _fits(ph, own, tok.i):
            _alias(st, ph, own.aid, ALIAS)  # "the five Lorvian prisoners" of "Lorvian prisoners"


def _captive_group(st: ActorState, a: Actor) -> bool:
    """An unnamed group whose head is a captive noun or a demonym ("Lorvian prisoners", "Lorvians")."""
    if a.named or a.kind != "group" or not a.name.split():
        return False
    return _captive_head(st, a.name.split()[-1])


def _captive_head(st: ActorState, word: str) -> bool:
    """A head of captives: a captive noun, a counted noun of citizens, or a plural demonym."""
    f = fold(word)
    lemma = f[:-1] if f.endswith("s") else f
    nouns = st.lx.captive_nouns | shape_words().counted_nouns
    return f in nouns or lemma in nouns or st.lx.demonym(word) is not None


def _nation(st: ActorState, word: str) -> str | None:
    """The country a word names as a nationality or a name (never a capital: "Kessel prisoners")."""
    c = st.lx.demonym(word) or st.lx.country_name(word)
    return c.name if c is not None else None


def _count_of(tok: Token) -> int | None:
    """The number before a plural head ("five", "15"), if it has one."""
    for c in tok.children:
        if c.dep_ == NUMBER_DEP and c.i < tok.i:
            return number_value(c.lower_)
    return None


def _group(st: ActorState, a: Actor) -> Group:
    """The group's counts (read at its mentions) and nationalities (read in its name and aliases)."""
    g = Group(aid=a.id)
    words = [fold(w) for w in a.name.split()]
    g.whole = not set(words) & (st.lx.captive_drop | st.lx.words.subgroup_modifiers)
    g.held = (a.rule or "").startswith(CAPTIVE_RULES) or words[-1] in st.lx.captive_bare or \
        words[-1].rstrip("s") in st.lx.captive_bare
    for w in [*a.name.split(), *(w for al in a.aliases for w in al.split())]:
        if (nation := _nation(st, w)) is not None:
            g.nations.add(nation)
    for h in mention_heads(st, a):
        g.heads.add(h.lemma_.lower())
        if (r := _releaser(st, h)) is not None:
            g.releasers.setdefault(r, set()).add(h.i)
        if (n := _count_of(h)) is not None:
            g.counts.setdefault(n, set()).add(h.i)
    return g


def _phrase(st: ActorState, tok: Token) -> Phrase | None:
    """The plural as a possible re-count: its head of captives, number, nationality and participles."""
    if not _captive_head(st, tok.text):
        return None
    left = [t for t in np_left(tok) if t.dep_ not in DETERMINER_DEPS or t.i == tok.i]
    while left[0].i != tok.i and (left[0].is_punct or left[0].dep_ in DETERMINER_DEPS
                                  or st.is_excluded(left[0].idx, left[0].idx + len(left[0].text))):
        left = left[1:]  # "- 33 Lorvian captives" in a list: the dash is no word of the phrase; nor is the
        # page furniture the parser hung on it ("OPA - Three aid workers", s40-precision)
    drop = st.lx.captive_drop | party_words().counted_determiners
    if any(fold(t.text) in drop for t in left) or tok.dep_ in ("compound", "amod"):
        return None  # "two other Lorvians", "all five Lorvians": a part or a quantity, not the group
    verbs = st.lx.release_verbs | st.lx.hold_verbs
    participles = shape_words().freed_participles
    held = any(t.dep_ in MODIFIER_DEPS and (t.lemma_.lower() in verbs or t.lower_ in participles) for t in left)
    nations = {n for t in left if (t.i == tok.i or t.dep_ in MODIFIER_DEPS) and (n := _nation(st, t.text))}
    count = _count_of(tok)
    if count is None and not (held and nations):
        return None
    lemma = tok.lemma_.lower()
    kin = {lemma} | {w for c in st.lx.words.same_heads if lemma in c.split() for w in c.split()}
    captive = lemma in st.lx.captive_bare or fold(tok.text) in st.lx.captive_bare
    return Phrase(tok=tok, left=left, count=count, nations=nations, held=held, kin=kin, captive=captive,
                  releaser=_releaser(st, tok))


def _fits(ph: Phrase, g: Group, at: int) -> bool:
    """Whether the phrase (its head at token ``at``) counts the group ``g`` again: the same number
    given by another of its mentions (or, for the group's own mention, no other number), or no
    number, a participle of holding and the same nationality for a group of captives (not "Lorvian
    soldiers" who fight); never two nationalities that differ. A count needs a kin besides: the same
    nationality, a head of captivity or of the group's heads' class, or a participle of holding.
    Before or after the group's first mention: a quotation may count them first ("the return of
    unfairly detained Lorvians" ... "the release of 10 Lorvian prisoners")."""
    if ph.nations and g.nations and not ph.nations & g.nations:
        return False
    freed_by = {r for r, where in g.releasers.items() if where - {at}}
    if ph.releaser is not None and freed_by and ph.releaser not in freed_by:
        return False  # "Kenya freed five Chileans ... Chile in turn freed five prisoners": the swap's other side
    if ph.count is not None:
        if not (ph.nations & g.nations or ph.captive or ph.held or ph.kin & g.heads):
            return False  # "two soldiers were wounded" after "two Lorvian prisoners": a count alone is no kin
        others = {n for n, where in g.counts.items() if where - {at}}
        return ph.count in others or (not others and at in g.counts.get(ph.count, set()))
    return ph.held and g.held and bool(ph.nations & g.nations)


def _releaser(st: ActorState, tok: Token) -> str | None:
    """Who frees the people ``tok`` names when it is the object of a verb of release ("Kenya freed five
    prisoners", "five prisoners were freed by Kenya"): the two sides of a swap free groups of the same
    count, and a group freed by one is never the group the other freed (s37-review)."""
    v = tok.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in st.lx.release_verbs:
        return None
    if tok.dep_ == "dobj":
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    elif tok.dep_ == "nsubjpass":
        subj = next((o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    else:
        return None
    return (st.token_actor.get(subj.i) or st.ctx.coref.get(subj.i)) if subj is not None else None


def _alias(st: ActorState, ph: Phrase, aid: str, rule: str) -> None:
    """The phrase's words (determiners dropped) as an alias of the group."""
    name = clean(st.text[ph.left[0].idx:ph.tok.idx + len(ph.tok.text)])
    if name:
        st.add_alias(aid, name, rule)


def _join(st: ActorState, ph: Phrase, g: Group, owner: str | None, by_id: dict[str, Group]) -> None:
    """Make the phrase a mention of the group (taking it from a state's demonym or from a group made of
    it alone) and its words an alias."""
    tok = ph.tok
    other = st.ctx.actors.get(owner) if owner else None
    if other is not None and other.kind != "state" and not _only_here(other, tok):
        return  # another party's description ("Lorvian officials") is not taken
    if other is not None and other.kind == "state":
        other.mentions = [m for m in other.mentions if not (m.start <= tok.idx < m.end)]
    elif other is not None:
        kept = st.ctx.actors[g.aid]
        if (len(other.name.split()), -_first(other)) > (len(kept.name.split()), -_first(kept)):
            st.merge(g.aid, other.id, AGAIN)  # the fuller description names the group ("Lorvian citizens")
            mine = by_id.get(other.id)
            if mine is not None:
                for n, where in mine.counts.items():
                    g.counts.setdefault(n, set()).update(where)
                g.nations |= mine.nations
            g.aid = other.id
            by_id[other.id] = g
        else:
            st.merge(other.id, g.aid, AGAIN)
    _alias(st, ph, g.aid, AGAIN)
    st.add_mention(g.aid, ph.left[0].idx, tok.idx + len(tok.text), tok, AGAIN)
    st.token_actor[tok.i] = g.aid
    st.ctx.coref[tok.i] = g.aid
    if ph.count is not None:
        g.counts.setdefault(ph.count, set()).add(tok.i)


def _first(a: Actor) -> int:
    """Where the actor is first mentioned."""
    return min((m.start for m in a.mentions), default=1 << 30)


def _only_here(a: Actor, tok: Token) -> bool:
    """A group made of this phrase alone (all its mentions here), free to join the group it counts again."""
    if a.named or a.kind != "group" or not a.mentions:
        return False
    return all(m.start <= tok.idx < m.end for m in a.mentions)
