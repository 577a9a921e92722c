"""Institutions as actors: "Lorvia's Cabinet", "Halvorsen's office", "the Prime Minister's Office".

Why: an office, ministry or cabinet speaks for its state or its holder ("the Prime Minister's
Office said"); it is an organisation actor on the side of whoever owns it. Moved out of
``unnamed.py`` (which finds the descriptions) to keep both modules small.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list

from backchannel.extract.actors.government import salient_state
from backchannel.extract.actors.queries import nearest_party
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.vetting import building_as_venue
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import span_text
from backchannel.extract.actors.spans import name_head_words

FILE = "affiliations.toml"
OFFICE_RULE = "actors.institutions.title_office"
SALIENT_RULE = "actors.institutions.salient_state"
NAMED_AGAIN_RULE = "actors.institutions.named_body_again"
NAMED_AGAIN_OF_RULE = "actors.institutions.named_body_again_of_head"


def recent_holder(st: ActorState, tok: Token, left: list[Token]) -> str | None:
    """The named person last mentioned before ``tok`` whose descriptors hold the bare title ("the prime minister")."""
    words = {t.lower_ for t in left if t.dep_ != "det"} | {tok.lower_}
    best, best_at = None, -1
    for a in st.ctx.actors.values():
        if a.kind != "person" or not a.named or not any(words <= set(d.lower().split()) for d in a.descriptors):
            continue
        at = max((m.start for m in a.mentions if m.start < tok.idx), default=-1)
        if at > best_at:
            best, best_at = a.id, at
    return best


def institution(st: ActorState, tok: Token, left: list[Token], affiliation: str | None) -> None:
    """An office, ministry or cabinet of a state or person: an organisation actor (not where it is
    only the venue: vetting.building_as_venue)."""
    if building_as_venue(st, tok):
        return
    doc = st.doc
    words = [t for t in left if t.dep_ != "det"]
    poss_pron = [t for t in words if t.tag_ == "PRP$"]
    if affiliation is None and poss_pron:
        affiliation = nearest_party(st, poss_pron[0])
        if affiliation and st.ctx.actors[affiliation].kind == "person":
            affiliation = st.ctx.actors[affiliation].affiliation
    words = [t for t in words if t.tag_ != "PRP$"]
    for t in words:
        aid = st.token_actor.get(t.i)
        if aid and t.dep_ == "poss" and st.ctx.actors[aid].kind == "person":
            if affiliation is None or affiliation == aid:
                affiliation = st.ctx.actors[aid].affiliation
            # "Norwegian Prime Minister Jon Halvorsen's office" -> "Jon Halvorsen's office"
            first = min((u for u in words if st.token_actor.get(u.i) == aid), key=lambda u: u.i)
            words = [u for u in words if u.i >= first.i]
            break
    if affiliation is None and len(words) == 1 and words[0].i == tok.i and tok.lower_ not in st.lx.gov_nouns \
            and _definite_or_owned(st, left, words) and _named_body_again(st, tok):
        return  # "the Norwegian Foreign Ministry said ... The ministry explained": that ministry
    by_title = affiliation is None
    if affiliation is None:
        affiliation = _title_office_side(st, words)  # "the Prime Minister's Office"
    if affiliation is not None and st.ctx.actors[affiliation].kind == "person":
        affiliation = st.ctx.actors[affiliation].affiliation
    aff_rule = OFFICE_RULE if by_title else None
    if affiliation is None and words and tok.lower_ not in st.lx.gov_nouns and _definite_or_owned(st, left, words):
        # "the security cabinet", "Halvorsen's office" with no state stated: the state the report is about
        # ("the federal government" is the state itself: government.py)
        affiliation, aff_rule = salient_state(st, tok), SALIENT_RULE
    if affiliation is None or not words:
        return
    name = clean(span_text(doc, words))
    head_words = " ".join(t.lower_ for t in words if not st.token_actor.get(t.i) and t.tag_ != "POS")
    key = ("inst", head_words, affiliation)
    insts = st.institutions
    aid = insts.get(key)
    if aid is None:
        aid = st.ctx.new_actor_id(name)
        st.ctx.add_actor(Actor(id=aid, name=name, kind="organization", named=True, affiliation=affiliation),
                         "actors.unnamed.institution")
        if aff_rule is not None:
            st.ctx.trace(st.ctx.actors[aid], "affiliation", aff_rule)
        insts[key] = aid
    else:
        st.add_alias(aid, name, "actors.unnamed.institution")
    own = [t for t in words if not st.token_actor.get(t.i) and t.tag_ != "POS"]
    if own and own[-1].i == tok.i and len(own) < len(words):
        st.add_alias(aid, span_text(doc, own), "actors.unnamed.institution")  # "Israel's Cabinet": "Cabinet"
    st.add_mention(aid, words[0].idx, tok.idx + len(tok.text), tok, "actors.unnamed.institution")
    st.token_actor[tok.i] = aid
    st.consumed.update(t.i for t in left)


def _named_body_again(st: ActorState, tok: Token) -> bool:
    """ "The ministry" after "the Norwegian Foreign Ministry": a bare definite institution noun is the one
    organisation mentioned before whose name ends in that noun (actors.institutions.named_body_again);
    two such (two ministries) or none: no."""
    fits = [a for a in st.ctx.actors.values() if a.kind == "organization" and a.named
            and tok.lower_ in name_head_words(a.name) and any(m.start < tok.idx for m in a.mentions)]
    if len(fits) != 1:
        return False
    aid = fits[0].id
    rule = NAMED_AGAIN_RULE if fold(fits[0].name).split()[-1:] == [tok.lower_] else NAMED_AGAIN_OF_RULE
    st.add_alias(aid, tok.text.lower(), rule)
    st.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok, rule)
    st.token_actor[tok.i] = aid
    st.consumed.add(tok.i)
    return True


def _definite_or_owned(st: ActorState, left: list[Token], words: list[Token]) -> bool:
    """ "the cabinet", "Halvorsen's office": a definite institution, not "a ministry" of no one."""
    return any(t.lower_ == st.lx.words.definite_article for t in left) or any(
        t.dep_ == "poss" and t.tag_ != "PRP$" for t in words)


def _title_office_side(st: ActorState, words: list[Token]) -> str | None:
    """ "the Prime Minister's Office": the state of the one person the report names with that title.

    Why: the office of a title speaks for the title's holder; the report names the holder once
    ("Israeli Prime Minister X") and the office without a state.
    """
    title = next((t for t in words if t.dep_ == "poss" and t.tag_ != "PRP$" and
                  (t.lower_ in st.lx.gov_titles or t.lemma_.lower() in st.lx.gov_titles)), None)
    if title is None or st.token_actor.get(title.i):
        return None
    holder = recent_holder(st, title, [t for t in words if t.i < title.i])
    if holder is None:
        return None
    aff = st.ctx.actors[holder].affiliation
    if aff is None or aff not in st.ctx.actors or st.ctx.actors[aff].kind != "state":
        return None
    return aff


NAMED_SALIENT_RULE = "actors.institutions.named_salient_state"


@cache
def _named_exclude() -> frozenset[str]:
    """Institution names that, tagged bare, are no state's body (``[institutions]`` of affiliations.toml)."""
    return frozenset(word_list(FILE, "institutions.named_exclude", read(FILE)["institutions"]["named_exclude"]))


def named_institutions(st: ActorState) -> None:
    """An organisation the tagger named with an institution's bare name and no state ("the Foreign Ministry",
    "Parliament", "the Presidency") and no side yet: the salient state at its first mention, as for the
    unnamed "the foreign ministry" (``actors.institutions.salient_state``). Why: the tagger names such a body
    in a report about one government, whose state it never repeats in the body's name."""
    for a in list(st.ctx.actors.values()):
        if a.kind != "organization" or not a.named or a.affiliation is not None or not a.mentions:
            continue
        name = fold(a.name).removeprefix("the ")
        bare = name in st.lx.institutions and name not in _named_exclude()
        if not bare and not _prefixed_institution(st, name):
            continue
        first = min(a.mentions, key=lambda m: m.start)
        span = st.doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        own, state = _own_frame(st, a, span.root)
        state = state if own else salient_state(st, span.root)
        if state is not None and state != a.id:
            st.set_affiliation(a, state, NAMED_SALIENT_RULE if bare else PREFIXED_SALIENT_RULE)


PREFIXED_SALIENT_RULE = "actors.institutions.prefixed_salient_state"


def _prefixed_institution(st: ActorState, name: str) -> bool:
    """ "national assembly", "supreme national security council", "central intelligence agency": one or more
    words that say a body is the nation's and not whose (``[institutions] name_prefixes``), then an
    institution's name (data/actors.toml, or ``national_bodies``). Why: such a name is the report's state's
    body as much as a bare "the Foreign Ministry" is; a body of a bloc has another word ("General
    Assembly", "European Commission") and stays unowned. A prefixed "council" ("the Supreme Council") is as
    often a movement's as a state's, as the bare one is (``named_exclude``)."""
    words = name.split()
    prefixes = _institution_words("name_prefixes")
    n = 0
    while n < len(words) - 1 and words[n] in prefixes:
        n += 1
    rest = " ".join(words[n:])
    return n > 0 and rest not in _named_exclude() and (rest in st.lx.institutions or rest in _institution_words("national_bodies"))


def _own_frame(st: ActorState, body: Actor, head: Token) -> tuple[bool, str | None]:
    """Whether the name carries its own owner, and that owner when it is a state actor: a place after it
    ("the National Assembly in Oslo") or an apposition with an owner ("the Supreme Council, the Front's
    highest body"). That owner, not the report's salient state, decides whose body it is; an owner that is
    no state actor gives none."""
    preps = _institution_words("own_place_preps")
    for c in head.children:
        objs = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in preps else []
        objs = [p for p in objs if p.ent_type_ in ("GPE", "LOC") or _party_kind(st, p, body.id)]
        if objs:
            return True, _state_of(st, objs[0])
        if c.dep_ == "appos" and any(g.dep_ == "poss" or g.dep_ == "prep" and g.lower_ in preps
                                     for g in c.children):
            return True, None
    return False, None


def _party_kind(st: ActorState, tok: Token, body: str) -> bool:
    """The token stands for another state, organisation or group (not a person: "the Service of the
    <State> <chief>" is a misparse of the chief's title, not an owner)."""
    aid = st.ctx.actor_for_token(tok)
    if aid is None or aid == body or aid not in st.ctx.actors:
        return False
    return st.ctx.actors[aid].kind in ("state", "organization", "group")


def _state_of(st: ActorState, tok: Token) -> str | None:
    """The state actor a token stands for, if any."""
    aid = st.ctx.actor_for_token(tok)
    return aid if aid in st.ctx.actors and st.ctx.actors[aid].kind == "state" else None


@cache
def _institution_words(key: str) -> frozenset[str]:
    """One word list of ``[institutions]`` in affiliations.toml."""
    return frozenset(word_list(FILE, f"institutions.{key}", read(FILE)["institutions"][key]))
