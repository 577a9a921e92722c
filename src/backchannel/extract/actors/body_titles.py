"""A body named in a person's title is their side: "<demonym> Interior Ministry spokesman X", "X, a
spokesman for the <demonym> foreign ministry", "a senior official in <State>'s ruling <Party>".

Why: the golds give such a person the body (an organisation actor, itself on its state's side), as
"White House spokesperson X" takes the White House; the title rules of ``descriptors.py`` take the
first party the title names, which is the state written before the body. Three ways the title names
the body: an organisation actor whose phrase holds the title's state (``body_in_title``); a
ministry, office or agency noun with a state before it that no model tagged ("the <demonym> foreign
ministry"), made an organisation here (``organ_in_title``); a title word that spells the name or
alias of one actor ("Junta spokesperson X", when the report calls the state "the junta";
``alias_in_title``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.coalitions import FILE
from backchannel.extract.actors.institutions import institution
from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold

BODY = "actors.body_titles.body_in_title"
ORGAN = "actors.body_titles.organ_in_title"
ALIAS = "actors.body_titles.alias_in_title"
DESCRIBED = "actors.body_titles.body_in_description"
# the rules that give a person the state their title names: a body in the same title is more precise
STATE_FROM_TITLE = frozenset({"actors.descriptors.gov_title_side", "actors.descriptors.current_title",
                              "actors.descriptors.title_possessor", "actors.descriptors.appos_title_possessor"})
BODY_KINDS = ("organization", "group")


@cache
def _body_preps() -> frozenset[str]:
    return frozenset(word_list(FILE, "body_titles.body_preps", read(FILE)["body_titles"]["body_preps"]))


def bodies_in_titles(st: ActorState) -> None:
    """Persons whose side is none, a guess, or the state their title names take the body the title names."""
    for aid, titles in list(st.titles.items()):
        actor = st.ctx.actors.get(aid)
        if actor is None or actor.kind != "person":
            continue
        side = st.ctx.actors.get(actor.affiliation) if actor.affiliation else None
        weak = side is None or actor.traced("affiliation") in GUESSED
        from_title = side is not None and side.kind == "state" and actor.traced("affiliation") in STATE_FROM_TITLE
        if not (weak or from_title):
            continue
        for toks, head in titles:
            if any(t.lower_ in st.lx.words.past_title_words for t in toks):
                continue  # "a former <demonym> foreign ministry official": no longer the body's
            toks = [t for t in toks if t.i < head.i or _in_body_phrase(st, t, head)]
            states = {a for t in toks if (a := st.actor_of_token(t)) and st.ctx.actors[a].kind == "state"}
            state = side.id if from_title and side is not None else (next(iter(states)) if len(states) == 1 else None)
            found = _body(st, actor, toks, state) if state else None
            rule = BODY
            if found is None and state is not None:
                found, rule = _organ(st, toks, head, state), ORGAN
            if found is None and weak:
                found, rule = _alias(st, actor, toks, head), ALIAS
            if found is not None and found != actor.affiliation:
                st.set_affiliation(actor, found, rule)
                break


def _in_body_phrase(st: ActorState, tok: Token, head: Token) -> bool:
    """Is ``tok`` inside a prepositional phrase of the title that names whom its holder serves?"""
    t = tok
    while t.head.i != t.i and t.head.i != head.i:
        t = t.head
    return t.head.i == head.i and t.dep_ == "prep" and t.lower_ in _body_preps()


def _body(st: ActorState, actor: Actor, toks: list[Token], state: str) -> str | None:
    """A named organisation in the title that is the state's own, or whose phrase holds the state
    ("Peru's ruling Popular Action party": the state and the party's name modify one noun)."""
    mods = {t.head.i for t in toks if st.actor_of_token(t) == state}
    for t in toks:
        oid = st.actor_of_token(t)
        org = st.ctx.actors.get(oid) if oid else None
        if org is None or org.id == actor.id or org.kind not in BODY_KINDS or not org.named:
            continue
        if org.affiliation == state or t.i in mods or t.head.i in mods:
            return org.id
    return None


def _organ(st: ActorState, toks: list[Token], head: Token, state: str) -> str | None:
    """ "the <demonym> foreign ministry": an institution noun of the title, written after its state,
    made the state's organisation (as ``actors.unnamed.institution`` makes it elsewhere)."""
    lx = st.lx
    for m in toks:
        if m.i == head.i or m.pos_ not in ("NOUN", "PROPN") or st.actor_of_token(m) is not None:
            continue
        prev = st.doc[m.i - 1].lower_ if m.i > 0 else ""
        if m.lemma_.lower() not in lx.institutions and f"{prev} {m.lower_}" not in lx.institutions:
            continue
        if m.lemma_.lower() in lx.gov_nouns:
            continue  # "envoy of the <demonym> government": the government is the state (s30-affil)
        if prev in lx.gov_titles and m.i + 1 == head.i:
            continue  # "<demonym> Chief Cabinet Secretary X": one office's name, not a body's title (s34-affil)
        run = [m]
        while run[0].i > 0 and st.doc[run[0].i - 1] in toks and st.doc[run[0].i - 1].dep_ != "prep" \
                and st.doc[run[0].i - 1].i != head.i:
            run.insert(0, st.doc[run[0].i - 1])
        if not any(st.actor_of_token(t) == state for t in run):
            continue
        institution(st, m, run, state)
        made = st.token_actor.get(m.i)
        if made is not None and made in st.ctx.actors and st.ctx.actors[made].kind == "organization":
            return made
    return None


def _alias(st: ActorState, actor: Actor, toks: list[Token], head: Token) -> str | None:
    """A word before the title's head that is the whole name or an alias of exactly one organisation,
    group or state ("Junta spokesperson X" in a report that calls the state "the junta")."""
    for t in toks:
        if t.i >= head.i or t.pos_ not in ("NOUN", "PROPN", "ADJ") or st.actor_of_token(t) not in (None, actor.id):
            continue
        key = fold(t.text)
        hits = [a.id for a in st.ctx.actors.values() if a.id != actor.id and a.kind in (*BODY_KINDS, "state")
                and key in {fold(n) for n in (a.name, *a.aliases)}]
        if len(hits) == 1:
            return hits[0]
    return None


def bodies_in_descriptions(st: ActorState) -> None:
    """Unnamed persons and groups with no side whose description opens with a body's name that no model
    tagged there ("<Movement> leaders say ..." after "the <Movement>"): that body
    (``actors.body_titles.body_in_description``)."""
    for a in list(st.ctx.actors.values()):
        if a.named or a.kind not in ("person", "group") or a.affiliation is not None or not a.mentions:
            continue
        m0 = min(a.mentions, key=lambda m: m.start)
        span = st.doc.char_span(m0.start, m0.end, alignment_mode="expand")
        if span is None or span.root.lemma_.lower() in st.lx.captive_bare:
            continue  # (captives have no side)
        words = [t for t in span if t.i < span.root.i and t.text[:1].isupper() and t.dep_ in ("compound", "amod")]
        found = _alias(st, a, words, span.root) if words else None
        if found is not None:
            st.set_affiliation(a, found, DESCRIBED)
