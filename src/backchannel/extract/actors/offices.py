"""Office-holders named by their title: "the Emir of Ostland", "Ostland's Prime Minister".

Why: reports often name a head of state or minister only by office ("the emir", "the
<demonym> foreign minister") and that person acts and speaks like any named one. A title of
an office one person holds per state, with its state written in the phrase (possessive,
nationality, of-phrase), is one actor, affiliated with that state; it is a mention of the
named holder when the report names one by the same title.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.owners import GUESSED
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.syntax.phrases import np_left, span_text
from backchannel.syntax.tree import clause_verb, coordination_head


def title_run_end(st: ActorState, start: int, end: int) -> int:
    """The index after "<Demonym> [prefix] <title>" at ``start`` (inside ``[start, end)``), or ``start``.

    "<Demonym> Emir <Name>": the nationality and the title a model tagged as part of a person's name.
    """
    doc, lx = st.doc, st.lx
    if end - start < 3 or not (lx.demonym(doc[start].text) or lx.country(doc[start].text)):
        return start
    i = start + 1
    honor = {h.rstrip(".") for h in lx.honorifics}
    while i < end - 1 and (doc[i].lower_ in lx.title_prefixes or doc[i].lower_.rstrip(".") in honor
                           or doc[i].lower_ in lx.gov_titles):
        i += 1
    if i == start + 1 or doc[i].lower_ in lx.name_particles or not doc[i].text[:1].isupper():
        return start
    return i


def demonym_before_title(st: ActorState, tok: Token) -> bool:
    """Is ``tok`` the nationality before a title inside a person entity ("<Demonym> Emir <Name>")?"""
    ents = st.ent_of or {}
    ent = ents.get(tok.i)
    return ent is not None and ent.start == tok.i and title_run_end(st, tok.i, ent.end) > tok.i


OFFICE = "actors.offices.office_holder"
BARE = "actors.offices.bare_office"
NAMED_NEXT = "actors.offices.holder_named_next"
NAMED_BEFORE = "actors.offices.holder_named_before"
TITLE_MOD_DEPS = frozenset({"det", "poss", "case", "amod", "compound", "nmod", "advmod"})
ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos", "ROOT"})


def office_holders(st: ActorState) -> None:
    """Holders of a sole office named by title: one person actor per office and state.

    "the Emir of Ostland", "Ostland's Prime Minister", "the Ostlandic foreign minister" in an
    argument or speaker slot; "the foreign ministers of A and B": one per state; a later bare "the
    emir": the same person. The named holder when the report names one by that title.
    """
    made: dict[tuple[str, str], str] = {}  # (office, state id) -> actor id
    for tok in st.doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.token_actor or tok.i in st.consumed:
            continue
        if tok.lemma_.lower() not in st.lx.gov_titles and tok.lower_ not in st.lx.gov_titles:
            continue
        left = _title_words(st, tok)
        office = _office(st, tok, left)
        if office is None or not _in_argument_slot(st, tok) or _not_current(st, tok, left):
            continue
        right = _of_states(st, tok)
        states = list(dict.fromkeys(s for t in left + right if (s := _state_of(st, t))))
        if not states:
            _bare_office(st, tok, left, office, made)
        elif len(states) == 1 and _singular(tok):
            _one_holder(st, tok, left, right, office, states[0], made)
        elif not _singular(tok) and right:
            for sid in states:  # "the foreign ministers of A and B"
                name = f"{office} {st.lx.words.of} {st.ctx.actors[sid].name}"
                _make(st, tok, tok, name, office, sid, made)


def _title_words(st: ActorState, tok: Token) -> list[Token]:
    """The title's own words before its head: article, possessor, nationality, compounds ("the Qatari")."""
    out = [tok]
    for t in reversed(np_left(tok)[:-1]):
        if t.i != out[0].i - 1 or t.dep_ not in TITLE_MOD_DEPS or t.pos_ == "VERB" or (
                t.i in st.token_actor and st.ctx.actors[st.token_actor[t.i]].kind != "state"):
            break
        out.insert(0, t)
        if t.dep_ == "poss":
            break  # a possessor opens the phrase ("<verb> <State>'s Emir": not the verb)
    return out


def _office(st: ActorState, tok: Token, left: list[Token]) -> str | None:
    """The sole office the title ends with ("prime minister" for "Qatari Prime Minister"), or None."""
    words = [t.lower_ for t in left if t.i < tok.i and t.dep_ in ("compound", "amod")] + [tok.lemma_.lower()]
    for n in range(min(3, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in st.lx.words.sole_offices:
            return phrase
    return None


def _in_argument_slot(st: ActorState, tok: Token) -> bool:
    """A subject, object or governed complement of a clause (not a compound, predicate or "as" phrase)."""
    t = coordination_head(tok)
    if t.dep_ not in ARG_DEPS:
        return False
    if t.dep_ == "pobj":
        prep = t.head
        return prep.lower_ != st.lx.words.as_ and (prep.head.pos_ in ("VERB", "AUX") or
                                                   prep.lower_ in st.lx.words.partner_preps)
    return True


def _not_current(st: ActorState, tok: Token, left: list[Token]) -> bool:
    """An indefinite ("a president") or past ("former emir") title names no one holder."""
    words = {t.lower_ for t in left if t.i != tok.i}
    return bool(words & (st.lx.words.indefinite_articles | st.lx.words.past_title_words))


def _of_states(st: ActorState, tok: Token) -> list[Token]:
    """The states of the title's "of" phrase, with their conjuncts ("of A and B")."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == st.lx.words.of:
            for o in c.children:
                if o.dep_ == "pobj":
                    out += [o, *[x for x in o.conjuncts if x.i > o.i]]
    return out


def _state_of(st: ActorState, t: Token) -> str | None:
    aid = st.token_actor.get(t.i)
    return aid if aid and st.ctx.actors[aid].kind == "state" else None


def _singular(tok: Token) -> bool:
    return tok.tag_ not in ("NNS", "NNPS")


def _one_holder(st: ActorState, tok: Token, left: list[Token], right: list[Token], office: str, sid: str,
                made: dict[tuple[str, str], str]) -> None:
    """One state's office-holder: the named holder of that title, the one made before, or a new actor."""
    words = [t for t in left if t.dep_ != "det"]
    last = max((x.i for r in right for x in r.subtree), default=tok.i)
    toks = words + [t for t in st.doc[tok.i + 1: last + 1]]
    name = clean(span_text(st.doc, toks))
    holder = _apposed_holder(st, tok) or _named_holder(st, tok, office, sid)
    if holder is not None:
        _join(st, holder, tok, words[0] if words else tok, last, name, sid, OFFICE, alias=False)
    elif (office, sid) in made:
        _join(st, made[(office, sid)], tok, words[0] if words else tok, last, name, sid, OFFICE, alias=True)
    elif (later := _named_next(st, tok, office, sid)) is not None:
        _join(st, later, tok, words[0] if words else tok, last, name, sid, NAMED_NEXT, alias=False)
    else:
        before = _named_before(st, tok, sid)
        if len(before) == 1:
            _join(st, before[0], tok, words[0] if words else tok, last, name, sid, NAMED_BEFORE, alias=False)
        else:
            _make(st, tok, words[0] if words else tok, name, office, sid, made, last)


def _named_holder(st: ActorState, tok: Token, office: str, sid: str) -> str | None:
    """The one named person whose titles hold the office, of that state or of no (or a guessed) side."""
    head = office.split()[-1]
    holders = [a for a in st.ctx.actors.values() if a.kind == "person" and a.named and
               any(head in d.lower().split() for d in a.descriptors)]
    hits = [a.id for a in holders if a.affiliation == sid]
    if not hits and len(holders) == 1 and (holders[0].affiliation is None or
                                           holders[0].traced("affiliation") in GUESSED) and \
            min(m.start for m in holders[0].mentions) < tok.idx:
        hits = [holders[0].id]  # "the Emir, X ... <State>'s Emir": the one holder named before, of no stated side
    return hits[0] if len(hits) == 1 else None


def _apposed_holder(st: ActorState, tok: Token) -> str | None:
    """ "X, the Foreign Minister of Ostland": a title in apposition to a named person is that person's."""
    if tok.dep_ != "appos" or tok.head.i == tok.i:
        return None
    aid = st.token_actor.get(tok.head.i)
    actor = st.ctx.actors.get(aid) if aid else None
    return aid if actor is not None and actor.kind == "person" and actor.named else None


def _named_next(st: ActorState, tok: Token, office: str, sid: str) -> str | None:
    """ "<State>'s Prime Minister mediated for weeks ... <Name> phoned the rebels": the one named person first
    mentioned after the title, in its sentence or the next, with no title and no side of their own."""
    sent = tok.sent
    end = sent.end_char
    nxt = st.doc[sent.end].sent if sent.end < len(st.doc) else None
    if nxt is not None:
        end = nxt.end_char
    near = [a for a in st.ctx.actors.values() if a.kind == "person" and a.named and a.mentions and
            tok.idx < min(m.start for m in a.mentions) < end]
    head = office.split()[-1]
    titled = [a for a in near if any(head in d.lower().split() for d in a.descriptors)]
    if titled:  # "<State>'s President and its rebel leader ... President X said": the titled one
        free = [a.id for a in titled if a.affiliation in (None, sid) or a.traced("affiliation") in GUESSED]
        return free[0] if len(titled) == 1 and free else None
    hits = [a.id for a in near if not a.descriptors and a.affiliation is None]
    return hits[0] if len(hits) == 1 else None


def _named_before(st: ActorState, tok: Token, sid: str) -> list[str]:
    """ "<Name> surprised everyone. The <demonym> President made a post": named people mentioned in the
    title's sentence or the one before, before it and outside its clause, with no other title and no side
    but (perhaps) the title's; the title may be a second mention of any of them."""
    sent = tok.sent
    start = st.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    verb = clause_verb(tok)
    out = []
    for a in st.ctx.actors.values():
        if a.kind != "person" or not a.named or not (a.affiliation in (None, sid) or a.traced("affiliation") in GUESSED):
            continue
        if any(w in st.lx.gov_titles for d in a.descriptors for w in d.lower().split()):
            continue  # another office ("Prime Minister X" is not "the emir")
        near = [m for m in a.mentions if start <= m.start < tok.idx]
        spans = [st.doc.char_span(m.start, m.end, alignment_mode="expand") for m in near]
        if near and not any(sp is not None and _same_token(clause_verb(sp.root), verb) for sp in spans):
            out.append(a.id)
    return out


def _same_token(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i



def _join(st: ActorState, aid: str, tok: Token, first: Token, last: int, name: str, sid: str, rule: str,
          alias: bool) -> None:
    """Record the title as a mention of an existing actor (an alias or a descriptor) and give it the side."""
    actor = st.ctx.actors[aid]
    st.add_mention(aid, first.idx, st.doc[last].idx + len(st.doc[last].text), tok, rule)
    st.ctx.coref[tok.i] = aid
    if alias:
        st.add_alias(aid, name, rule)
    elif name.casefold() not in {d.casefold() for d in actor.descriptors}:
        st.add_descriptor(actor, name, rule)
    if actor.affiliation != sid and (actor.affiliation is None or actor.traced("affiliation") in GUESSED):
        st.set_affiliation(actor, sid, rule)
    st.consumed.update(range(first.i, last + 1))


def _make(st: ActorState, tok: Token, first: Token, name: str, office: str, sid: str,
          made: dict[tuple[str, str], str], last: int | None = None) -> None:
    """A new unnamed person actor holding ``office`` for state ``sid``."""
    aid = st.ctx.new_actor_id(name)
    st.ctx.add_actor(Actor(id=aid, name=name, kind="person", named=False, affiliation=sid), OFFICE)
    st.ctx.trace(st.ctx.actors[aid], "affiliation", OFFICE)
    end = tok if last is None else st.doc[last]
    st.add_mention(aid, first.idx, end.idx + len(end.text), tok, OFFICE)
    st.consumed.update(range(first.i, end.i + 1))
    made[(office, sid)] = aid


def _bare_office(st: ActorState, tok: Token, left: list[Token], office: str,
                 made: dict[tuple[str, str], str]) -> None:
    """ "the emir" after "the Emir of <state>": the one holder of that office made before."""
    dets = st.lx.words.office_anaphor_determiners
    if not _singular(tok) or any(t.i != tok.i and t.dep_ != "compound" and t.lower_ not in dets for t in left):
        return
    if not any(t.lower_ in dets for t in left):
        return
    hits = [aid for (o, _), aid in made.items() if o == office]
    if len(hits) != 1:
        return
    words = [t for t in left if t.dep_ != "det"]
    st.add_mention(hits[0], words[0].idx, tok.idx + len(tok.text), tok, BARE)
    st.ctx.coref[tok.i] = hits[0]
    st.add_alias(hits[0], clean(span_text(st.doc, words)), BARE)
    st.consumed.update(t.i for t in left)
