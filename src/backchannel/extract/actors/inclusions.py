"""Named members of a described whole take its side: "Hamas officials, including X and Y", "the members of
the <Body> Commission: Dr. X; the President of the Senate, Y; and Z".

Why: reports introduce the people of a side through the group they belong to, a plural noun with
"including" and their names ("the <State> delegation, including X"; "<Movement> leaders, including X
and Y"; "members of the league's bargaining team -- including its negotiator, X, and counsel Y"). Each
name is often written there and nowhere else with a title, so no title rule gives the person a side;
the whole's side is the best evidence there is. The whole's side is the affiliation of the group actor
the noun is, else the one state or named organisation among the noun's modifiers or its "of" phrase.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.syntax.tree import MODIFIER_OR_POSS_DEPS

FILE = "affiliations.toml"
RULE = "actors.inclusions.included_member"
LISTED = "actors.inclusions.listed_member"
APPOS = "actors.inclusions.appos_member"
FORMER = "actors.inclusions.listed_former_title"
#: the sides a past title gives, which a list of the whole's current members replaces (s43-affil)
PAST_TITLE_SIDES = frozenset({"actors.descriptors.gov_title_side", "actors.unnamed.modifier_side",
                              "actors.title_words.state_in_title_words"})
SIDE_KINDS = ("state", "organization", "group")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(word_list(FILE, f"inclusions.{key}", read(FILE)["inclusions"][key]))


def _is_whole(st: ActorState, noun: Token) -> bool:
    """A plural noun of people who act for a side ("officials", "members"), or a collective noun of them
    ("the delegation", "the bargaining team"); never captives or private people."""
    lemma, lx = noun.lemma_.lower(), st.lx
    if lemma in lx.captive_nouns or lemma in _words("not_whole_nouns") or noun.lower_ in _words("not_whole_nouns"):
        return False
    if lemma in lx.unnamed_group:
        return True
    return noun.tag_ == "NNS" and (lemma in lx.gov_titles or lemma in _words("whole_nouns"))


def included_members(st: ActorState) -> None:
    """Persons named after "including" under a plural noun of people take the side of that whole.

    A person whose side is already read from their own words keeps it; a side guessed from context
    (the nearest state, a co-mentioned person's) gives way.
    """
    words = _words("inclusion_words")
    for tok in st.doc:
        if tok.lower_ not in words or tok.dep_ not in ("prep", "acl") or tok.head.i == tok.i:
            continue
        # (the parser hangs the inclusion on the first conjunct: "A and other members of the team, including X")
        wholes = [w for w in [tok.head, *tok.head.conjuncts] if _is_whole(st, w)]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        side = _side_of_whole(st, whole)
        if side is None:
            continue
        _give(st, _members(st, tok), side, RULE)
    for tok in st.doc:
        _appos_members(st, tok)
    for tok in st.doc:
        if tok.text == ":" and tok.i > 0 and _is_whole(st, np_head(st.doc[tok.i - 1])):
            side = _side_of_whole(st, np_head(st.doc[tok.i - 1]))
            if side is not None:
                listed, former = _listed(st, tok)
                _give(st, listed, side, LISTED)
                _give(st, former, side, FORMER, replace=PAST_TITLE_SIDES)


def _give(st: ActorState, members: list[str], side: str, rule: str, replace: frozenset[str] = frozenset()) -> None:
    """Each named person among ``members`` with no side of their own (or a guessed one, or one set by a rule
    of ``replace``) takes ``side``."""
    for member in members:
        actor = st.ctx.actors.get(member)
        if actor is None or actor.kind != "person" or not actor.named or actor.id == side:
            continue
        if actor.affiliation is None or actor.traced("affiliation") in GUESSED | replace:
            st.set_affiliation(actor, side, rule)


def np_head(last: Token) -> Token:
    """The head noun of the noun phrase whose last word is ``last`` ("the members of the <Body> Commission"
    ends in "Commission": its head is "members"): climb while the phrase's right edge stays ``last``."""
    t = noun = last
    while t.head.i != t.i and t.head.right_edge.i == last.i and t.head.pos_ in ("NOUN", "PROPN", "ADP"):
        t = t.head
        noun = t if t.pos_ != "ADP" else noun  # (not the preposition the phrase hangs on: "flanked by the members")
    return noun


def _listed(st: ActorState, colon: Token) -> tuple[list[str], list[str]]:
    """The first person named in each item of a list after a colon, items cut at semicolons (or commas when
    there is no semicolon, and at a conjunction): "the members of the commission: Dr. X; the President of the
    Senate, Y; and Z"; and apart, those whose every title before the name is a past one ("former <demonym>
    President X": s43-affil, the title says where the person came from, the list what they now belong to)."""
    words = [t for t in st.doc[colon.i + 1:colon.sent.end]]
    semi = any(t.text == ";" for t in words)
    out: list[str] = []
    former: list[str] = []
    first, titled, past = True, False, False
    for t in words:
        if t.text == ";" or not semi and (t.text == "," or t.pos_ == "CCONJ"):
            first, titled, past = True, False, False
            continue
        aid = st.token_actor.get(t.i)
        if first and aid is not None and aid in st.ctx.actors and st.ctx.actors[aid].kind != "state":
            if st.ctx.actors[aid].kind != "person":
                return [], []  # a list of bodies, not of the whole's people
            if not titled:  # (an item with a title of its own says its own side: "First Lady X")
                out.append(aid)
            elif past:
                former.append(aid)
            first = False
        past = past or not titled and t.lower_ in st.lx.words.past_title_words
        titled = titled or t.lemma_.lower() in st.lx.gov_titles or t.lemma_.lower() in st.lx.person_nouns
    return out, former


def _side_of_whole(st: ActorState, whole: Token) -> str | None:
    """The whole's side: its group actor's affiliation (or the organisation it is), else the one state or
    named organisation among its modifiers and its "of" phrase ("members of the <Org>'s team")."""
    aid = st.actor_of_token(whole)
    if aid is not None and aid in st.ctx.actors:
        a = st.ctx.actors[aid]
        if a.kind == "group" and a.affiliation in st.ctx.actors:
            return a.affiliation
        if a.kind in ("organization", "state") and a.named:
            return a.id
    found: set[str] = set()
    for t in _modifier_tokens(st, whole):
        x = st.actor_of_token(t)
        if x and x in st.ctx.actors and st.ctx.actors[x].kind in SIDE_KINDS and \
                (st.ctx.actors[x].named or st.ctx.actors[x].kind == "state"):
            found.add(x)
    return found.pop() if len(found) == 1 else None


def _modifier_tokens(st: ActorState, whole: Token) -> list[Token]:
    """The whole's premodifiers and their subtrees, and the subtree of an "of" phrase after it."""
    out: list[Token] = []
    for c in whole.children:
        if c.i < whole.i and c.dep_ in MODIFIER_OR_POSS_DEPS:
            out.extend(c.subtree)
        elif c.i > whole.i and c.dep_ == "prep" and c.lower_ == st.lx.words.of:
            out.extend(c.subtree)
    return out


def _members(st: ActorState, inc: Token) -> list[str]:
    """The persons an inclusion names: its object and the object's conjuncts, each a name or a role noun
    with a name in apposition or compound ("its lead negotiator, X", "outside counsel Y")."""
    objs = [c for c in inc.children if c.dep_ in ("pobj", "dobj")]
    out: list[str] = []
    for o in objs:
        for t in [o, *o.conjuncts]:
            aid = st.actor_of_token(t)
            if aid is None:
                aid = next((x for c in t.children if c.dep_ == "appos" and (x := st.actor_of_token(c))), None)
            if aid is not None and aid not in out:
                out.append(aid)
    return out


def _appos_members(st: ActorState, tok: Token) -> None:
    """Named persons in apposition after a plural whole: "two <demonym> negotiators, X and Y", each takes
    the whole's side, as after "including" (s40-affil). The whole is the plural noun phrase that ends right
    before the comma, whatever the parser hangs the apposition on ("The rebels asked two <demonym>
    negotiators, Mr X and Mr Y, to ..." hangs it on "rebels"); only a list of names, every conjunct a person,
    is read: a single name after a plural ("the envoys, X") is left alone."""
    if tok.text != "," or tok.i == 0 or tok.i + 1 >= len(st.doc):
        return
    whole = np_head(st.doc[tok.i - 1])
    if whole.tag_ != "NNS" or not _is_whole(st, whole):
        return
    names = next((t for t in st.doc[tok.i + 1:min(tok.i + 6, tok.sent.end)]
                  if t.dep_ not in ("compound", "flat") and t.pos_ == "PROPN"), None)
    if names is None or names.left_edge.i != tok.i + 1 or not names.conjuncts:
        return
    members = [aid for t in [names, *names.conjuncts] if (aid := st.actor_of_token(t)) is not None
               and aid in st.ctx.actors and st.ctx.actors[aid].kind == "person"]
    side = _side_of_whole(st, whole) if len(members) == len(names.conjuncts) + 1 else None
    if side is not None:
        _give(st, members, side, APPOS)
