"""Unnamed actors: descriptions headed by a role noun and institutions.

Why: negotiation reports lean on anonymous sources and unnamed parties ("a Hamas official", "Two Egyptian
security sources", "the Chinese foreign ministry", "Halvorsen's office"); they speak and act, so they are
actors, with a side when the description gives one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Collection
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.armed_parties import armed_handled
from backchannel.extract.actors.argument_heads import RULE as ARGUMENT_NOUN, argument_kind, cut_listed_modifier, listed_with_party, shared_demonyms
from backchannel.extract.actors.crowds import lists_named_parties
from backchannel.extract.actors.gloss_appositions import gloss_of_named, glossed_name_after
from backchannel.extract.actors.descriptions import AMBIGUOUS, kept_word, member_of_group, one_of
from backchannel.extract.actors.government import other_state_named, salient_state
from backchannel.extract.actors.held_sides import held_words
from backchannel.extract.actors.institutions import institution, recent_holder
from backchannel.extract.actors.postmods import LOCATIVE_NAME, joint_origin, joint_start, listed_origin, locative_phrase
from backchannel.extract.actors.queries import descriptor_text, nearest_party
from backchannel.extract.actors.predicates import moved_own_group, predicate_rule
from backchannel.extract.actors.seats import seat_state
from backchannel.extract.actors.spans import clean, np_right
from backchannel.extract.actors.specific_groups import ALLEGIANCE, RULE as SPECIFIC, allegiance_side, specific_collective
from backchannel.extract.actors.split_sides import split_state_groups
from backchannel.extract.actors.unnamed_spans import COORDINATED, SHARED_SIDE, shared_conjunct_side, conjunct_right, cut_role_conjunct, role_conjunct, venue_of_event
from backchannel.extract.actors.unnamed_repeats import earlier_same
from backchannel.extract.actors.unnamed_links import clause_affiliation, described_actor, named_modifier_parties, title_holder
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.vetting import community_word
from backchannel.model import Actor
from backchannel.syntax.phrases import np_left, span_text
from backchannel.syntax.tree import participle_agent

AFF_FILE = "affiliations.toml"
SOURCE_OF_SOURCES = "actors.unnamed.source_of_sources"


@dataclass
class Description:
    """One candidate description and what its modifiers say (filled step by step)."""

    tok: Token
    lemma: str
    phrase2: str
    is_inst: bool
    is_person: bool
    is_group: bool
    title_only: bool
    media: bool
    left: list[Token] = field(default_factory=list)
    right: list[Token] = field(default_factory=list)
    mods: list[Token] = field(default_factory=list)
    place: list[Token] = field(default_factory=list)
    dets: set[str] = field(default_factory=set)
    plural: bool = False
    parties: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    mod_states: set[str] = field(default_factory=set)
    demonym_people: bool = False
    participle: bool = False
    of_phrase: bool = False
    listed: bool = False  # "mediators from <state>, <state> and <state>": of no one side
    affiliation: str | None = None
    aff_rule: str = "actors.unnamed.modifier_side"
    argument: bool = False  # headed by a general noun of people or bodies (argument_heads.py)
    specific: bool = False  # a specific collective the other lists left out (specific_groups.py)


def unnamed_actors(st: ActorState) -> None:
    """Unnamed actors and institutions from descriptions headed by a role noun ("a Hamas official")."""
    recent: list[tuple[str, str, bool, str | None]] = []  # (aid, head lemma, plural, affiliation)
    pos = st.toks.pos
    for i in range(len(st.doc)):
        if pos[i] not in ("NOUN", "PROPN"):
            one_of(st, st.doc[i], recent)  # "one of the sources": one member of the group before
            continue
        tok = st.doc[i]
        d = _head_noun(st, tok)
        if d is None or not _phrase(st, d) or armed_handled(st, d):
            continue  # (armed_parties: "rebels in general"; "the rebels" after a named armed front is that front)
        if not d.right and split_state_groups(st, tok, d.mods, recent, d.media):
            continue  # "<A> and <B> officials": one group each
        if not _sides(st, d):
            continue
        if d.is_inst and (not (d.is_person or d.is_group) or d.lemma in st.lx.words.collegial_institutions):
            institution(st, tok, d.left, d.affiliation)
            _place_alias(st, d)
            continue
        joined = earlier_same(st, d, recent)
        if joined is None:  # (AMBIGUOUS is "", not None)
            joined = member_of_group(st, tok, d.left + d.right, d.plural, recent)
        if joined == AMBIGUOUS:
            continue  # a definite description two earlier parties fit: neither, and no new one
        if joined is None and d.lemma in st.lx.needs_modifier and not (
                bool(d.parties) or d.demonym_people or d.participle or d.of_phrase) and tok.dep_ != "nsubj":
            if not specific_collective(st, tok):
                continue
            d.specific = True  # "met the rebels", "Ostland and the rebels agreed" (s42-groups)
        if joined is None and not d.plural and d.lemma in st.lx.gov_titles and _as_title_holder(st, d):
            continue
        if joined is None and not d.plural and _as_described_actor(st, d):
            continue
        if d.title_only:
            continue  # "the president": an actor only as a named office-holder
        if joined is None and d.is_group and not d.is_person and (motion_goal(st, tok) or moved_own_group(tok)):
            continue  # "returned home to his family", "would join his family": where someone goes, not a party
        _record(st, d, joined, recent)


def _place_alias(st: ActorState, d: Description) -> None:
    """The institution's name with its place as an alias: "the <state> embassy in <city>"."""
    aid = st.token_actor.get(d.tok.i)
    if aid is None or not d.place:
        return
    words = [t for t in d.left if t.dep_ != "det" and t.tag_ != "PRP$"]
    st.add_alias(aid, clean(span_text(st.doc, words + d.place)), LOCATIVE_NAME)


def motion_goal(st: ActorState, tok: Token) -> bool:
    """Is ``tok`` the goal of a verb of motion ("returns home to his family", "flew back to the unit")?
    Read by this module and :mod:`.relatives`: such a goal is where someone goes, not a party."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in st.lx.words.direction_preps and \
        prep.head.lemma_.lower() in st.lx.motion


def _head_noun(st: ActorState, tok: Token) -> Description | None:
    """A noun that can head an unnamed actor's description, with its kind of head."""
    lx, doc = st.lx, st.doc
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.consumed or tok.i in st.token_actor:
        return None
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start and not (
            tok.lower_ in lx.institutions and any(c.dep_ == "poss" and (c.i in st.token_actor or c.lower_ in lx.gov_titles)
                                                  for c in tok.children)):
        return None  # inside a name or headline ("Republican Party"; not "Israel's Cabinet", "the PM's Office")
    lemma = tok.lemma_.lower()
    phrase2 = f"{doc[tok.i - 1].lower_} {tok.lower_}" if tok.i > 0 else tok.lower_
    is_inst = lemma in lx.institutions or phrase2 in lx.institutions
    is_person = lemma in lx.unnamed_person
    is_group = lemma in lx.unnamed_group or tok.lower_ in lx.unnamed_group
    arg = None if is_inst or is_person or is_group or lemma in lx.gov_titles else argument_kind(tok)
    is_person, is_group = is_person or arg == "person", is_group or arg == "group"
    specific = (lemma in lx.never or lemma in lx.needs_modifier or not (is_inst or is_person or is_group)) and \
        specific_collective(st, tok)  # (s48: also a person noun read only with a modifier, "the guerrillas")
    if specific:  # "the insurgents", "the protesters" as a party of an act (s42-groups)
        is_person, is_group, is_inst, arg = True, False, False, None
    title_only = not (is_inst or is_person or is_group) and lemma in lx.gov_titles and tok.pos_ in ("NOUN", "PROPN")
    if not (is_inst or is_person or is_group or title_only) or lemma in lx.never and not specific or \
            phrase2 in lx.never_phrases:
        return None
    media = lemma in lx.words.media_lemmas or tok.lower_ == lx.words.media_word
    if media and tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.words.media_products:
        # narrow: written for one sentence of one article (examples/synthetic/korea-fishermen-dandong.txt),
        # see [media_narrow] in data/actors_words.toml
        pass  # "a North Korean state media commentary accused ...": the media speak
    elif tok.dep_ in ("compound", "amod") or tok.ent_type_ in ("PERSON", "GPE", "DATE"):
        return None
    if media and phrase2 == lx.words.state_media and not (tok.i > 1 and st.token_actor.get(tok.i - 2)):
        return None  # "state media" of no named state
    if st.is_excluded(tok.idx, tok.idx + len(tok.text)):
        return None
    # predicates and titles are descriptors, not actors
    if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == lx.words.as_) or predicate_rule(tok):
        return None  # (s38-actors: also "who is the A's and B's mediator", "the role of a mediator")
    if tok.dep_ == "appos" and st.token_actor.get(tok.head.i):
        return None
    if any(c.dep_ == "appos" and st.token_actor.get(c.i) for c in tok.children) or glossed_name_after(st, tok) \
            or gloss_of_named(st, tok):
        return None
    return Description(tok, lemma, phrase2, is_inst, is_person, is_group, title_only, media, argument=arg is not None,
                       specific=specific)


def _phrase(st: ActorState, d: Description) -> bool:
    """The description's words around its head; False when they make it no actor."""
    lx, doc, tok, lemma = st.lx, st.doc, d.tok, d.lemma
    left = np_left(tok)
    if d.media and tok.dep_ == "compound":
        # "a North Korean state media commentary": the head's modifiers before "media"
        first = min((x.i for c in tok.head.lefts if c.i < tok.i and c.dep_ != "det" for x in c.subtree),
                    default=tok.i)
        left = [doc[i] for i in range(first, tok.i + 1)]
    # (s38-actors) no word of the page's furniture: "KESSEL, Norway Swedish negotiators ..." (a dateline glued on)
    whole = [t for t in left if t.i == tok.i or not st.is_excluded(t.idx, t.idx + len(t.text))]
    d.left = left = cut_listed_modifier(whole)
    d.right = cut_role_conjunct(st, np_right(tok, lx.words.unnamed_description_preps))
    if not d.right and role_conjunct(st, tok):
        d.right = conjunct_right(tok)  # "... and intermediaries of the rebels"
    # (s36: also a bare one closing the phrase, "according to a source familiar.")
    post = next((c for c in tok.rights if c.dep_ == "amod" and c.i == tok.i + 1 and c.lower_ in
                 lx.words.relation_adjectives and (any(x.dep_ == "prep" for x in c.children) or not any(
                     True for _ in c.children) and (c.i + 1 == len(doc) or doc[c.i + 1].is_punct))), None)
    if not d.right and post is not None:
        # "sources familiar with the matter", "people close to the talks": a postposed adjective phrase
        d.right = [t for t in _relation_phrase(post, lx.words.unnamed_description_preps)
                   if not t.is_space and t.text not in (",", "(")]
    if not d.right and not (venue_of_event(tok) and not d.is_inst):
        d.place = locative_phrase(st, tok)  # (not "met the envoy in <city>": a venue)
    d.mods = mods = [t for t in left if t.i != tok.i] + shared_demonyms(whole, left)
    listed = [] if any(t.i in st.token_actor or lx.demonym(t.text) for t in mods) else listed_origin(st, d.right)
    if listed:  # (not "<demonym> officials from <city> and <city>": that side's)
        d.right, d.listed = listed, True
    d.dets = {t.lower_ for t in mods if t.dep_ in ("det", "predet") or t.tag_ in ("PRP$", "WP$")}
    quant = {t.lower_ for t in mods} | ({t.lower_ for t in tok.head.children if t.dep_ in ("det", "amod")}
                                       if tok.dep_ == "conj" else set())
    if quant & lx.generic or any(t.lemma_.lower() in lx.inert or t.lower_ in lx.inert for t in mods):
        return False
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in (
            lx.unnamed_person | lx.unnamed_group) and not role_conjunct(st, tok) and not listed_with_party(tok):
        return False  # "governments and intermediaries": part of a generic list
    d.plural = tok.tag_ in ("NNS", "NNPS") or lemma in lx.collective_plurals or tok.lower_ in lx.collective_plurals \
        or "Plur" in tok.morph.get("Number", []) \
        or tok.lower_.endswith(lx.words.plural_suffix) and tok.lower_ != lx.words.plural_suffix
    if d.plural and (pair_anaphor(st, tok, mods) or lists_named_parties(st, tok)):
        return False  # "the two leaders", "both sides": the two parties named before
    if not d.plural and lemma in lx.words.side_nouns and d.dets & lx.words.indefinite_articles:
        return False  # "mediated by a third party": a hypothetical side
    return True


def _relation_phrase(adj: Token, keep: Collection[str]) -> list[Token]:
    """"close to the negotiations between A and B": the adjective, its preposition and that object's
    noun phrase, without a further prepositional phrase on the object (which only says what the
    talks are about or between; the golds name such a source "source close to the negotiations").
    A phrase of ``keep`` stays ("close to the head of the army")."""
    deeper = {x.i for p in adj.children if p.dep_ == "prep" for o in p.children
              for q in o.children if q.dep_ == "prep" and q.lower_ not in keep for x in q.subtree}
    return [t for t in adj.subtree if t.i not in deeper]


def _sides(st: ActorState, d: Description) -> bool:
    """Parties named in the modifiers and the affiliation they give; False for a mixed crowd."""
    lx, tok, mods = st.lx, d.tok, d.mods
    person_side: str | None = None
    by_name = named_modifier_parties(st, mods)  # "<Group> leaders" with the name left untagged
    held = held_words(tok)  # "guerrillas held in <State>": the keeper, not their side (s48-parties)
    for t in mods + d.right:
        aid = None if t.i in held else st.token_actor.get(t.i) or by_name.get(t.i)
        if aid is None or participle_agent(t):  # (not "the <State>-backed rebels": a backer, no side)
            continue
        kind = st.ctx.actors[aid].kind
        if kind == "person":
            # "Okello's fighters": the possessor's side (not "Brandt's crony")
            if t.dep_ == "poss" and d.lemma not in lx.person_relations and person_side is None:
                person_side = st.ctx.actors[aid].affiliation
            continue
        (d.states if kind == "state" else d.orgs).append(aid)
    d.parties = list(dict.fromkeys(d.orgs + d.states))
    # a mixed crowd of nationalities is not one actor ("Danish, Dutch, and Belgian sources")
    d.mod_states = {st.token_actor[t.i] for t in mods if t.i in st.token_actor and not participle_agent(t)
                    and st.ctx.actors[st.token_actor[t.i]].kind == "state"}
    if len(d.mod_states) > 1 and (d.is_person or d.is_group) and not any(
            c.dep_ == "prep" for c in tok.children):
        return False
    d.demonym_people = any(lx.demonym(t.text) is not None or community_word(t.text) for t in mods)  # or "Druze"
    d.participle = any(t.tag_ == "VBN" or t.pos_ == "VERB" and t.dep_ == "amod" for t in mods) or any(
        c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") for c in tok.children)
    # "defenders of Mariupol", "heads of the Ukrainian services"; not "prisoners of war"
    d.of_phrase = any(c.dep_ == "prep" and c.lower_ in lx.words.origin_preps and any(
        t.pos_ == "PROPN" or t.i in st.token_actor for t in c.subtree) for c in tok.children)
    if len(set(d.parties)) == 1:
        d.affiliation = d.parties[0]
    elif d.mod_states and len(d.mod_states) == 1:
        d.affiliation = next(iter(d.mod_states))
    elif d.orgs and not d.states:
        d.affiliation = d.orgs[0]
    if d.affiliation is not None and d.affiliation in by_name.values() and \
            d.affiliation not in {st.token_actor.get(t.i) for t in mods + d.right}:
        d.aff_rule = "actors.unnamed.named_modifier_side"
    if d.affiliation is None and not d.mod_states:
        shared = shared_conjunct_side(st, tok)
        if shared is not None:
            d.affiliation, d.aff_rule = shared, SHARED_SIDE  # "<demonym> police officers and soldiers"
    if d.listed:
        d.affiliation = None  # the parties' joint group, none of them
    if d.affiliation is None and person_side and (d.is_group or d.plural):
        d.affiliation = person_side
    if d.lemma in lx.captive_bare and any(st.token_actor.get(t.i) == d.affiliation for t in d.right):
        d.affiliation = None  # "hostages held by the group": the captor is not the captives' side
    loyal = allegiance_side(st, tok) if d.affiliation is None else None
    if loyal is not None:
        d.affiliation, d.aff_rule = loyal, ALLEGIANCE  # "rebels loyal to <Name>" (s42-groups)
    seat = seat_state(st, tok) if d.affiliation is None else None
    if seat is not None:
        d.affiliation, d.aff_rule = seat[0], "actors.unnamed.seat_side"  # "officials in Kessel"
    return True


def _as_title_holder(st: ActorState, d: Description) -> bool:
    """A title whose holder is named elsewhere ("the foreign minister of Lorvia"): a mention of the holder."""
    tok, left, right = d.tok, d.left, d.right
    title_aff = d.affiliation
    poss = [t for t in d.mods if t.tag_ == "PRP$" and t.lower_ in st.lx.words.possessive_pronouns]
    if title_aff is None and poss and not st.in_quote(poss[0]):
        owner = nearest_party(st, poss[0])  # "his negotiator": the owner's side's negotiator
        if owner and st.ctx.actors[owner].kind == "person":
            owner = st.ctx.actors[owner].affiliation
        title_aff = owner
    holder = title_holder(st, tok, left, title_aff)
    rule = "actors.unnamed.title_holder"
    dets = d.dets | ({c.lower_ for c in tok.head.children if c.dep_ == "det"} if tok.dep_ == "poss" else set())
    if not holder and title_aff is None and not right and st.lx.words.definite_article in dets and \
            all(t.dep_ in ("det", "compound", "amod") and t.i not in st.token_actor for t in d.mods):
        holder = recent_holder(st, tok, left)  # "the prime minister": the one last named with that title
        if holder:
            rule = "actors.unnamed.bare_title"
            st.add_alias(holder, descriptor_text(st, [t for t in left if t.dep_ != "det"], []), rule)
    if not holder:
        return False
    st.add_mention(holder, left[0].idx if left else tok.idx, tok.idx + len(tok.text), tok, rule)
    desc = descriptor_text(st, [t for t in left if t.dep_ != "det"], right)
    if desc and desc.casefold() not in {x.casefold() for x in st.ctx.actors[holder].descriptors}:
        st.add_descriptor(st.ctx.actors[holder], desc, rule)
    st.consumed.update(t.i for t in left + right)
    return True


def _as_described_actor(st: ActorState, d: Description) -> bool:
    """A definite description repeating a named person's descriptor: a mention of that person."""
    tok, mods = d.tok, d.mods
    holder = described_actor(st, tok, mods)
    if not holder:
        return False
    st.add_mention(holder, mods[-1].idx if mods else tok.idx, tok.idx + len(tok.text), tok,
                   "actors.unnamed.repeated_descriptor")
    st.ctx.coref[tok.i] = holder
    st.consumed.update(t.i for t in d.left + d.right)
    return True


def _record(st: ActorState, d: Description, joined: str | None,
            recent: list[tuple[str, str, bool, str | None]]) -> None:
    """Make (or join) the unnamed actor, with its name, aliases, affiliation and mention."""
    doc, tok, left, right, mods = st.doc, d.tok, d.left, d.right, d.mods
    affiliation, aff_rule = d.affiliation, d.aff_rule
    whose = [t for t in mods if t.tag_ == "WP$"]
    if whose and affiliation is None:
        # "Qatar, whose officials hosted the talks"
        rel = next((t for t in [tok, *tok.ancestors] if t.dep_ == "relcl"), None)
        if rel is not None:
            ante = st.token_actor.get(rel.head.i)
            if ante and st.ctx.actors[ante].kind != "person":
                affiliation, aff_rule = ante, "actors.unnamed.whose_relative"
    core = [t for t in left if not (t.dep_ in ("det", "predet", "nummod", "quantmod") or t.tag_ in ("PRP$", "WP$")
                                     or t.like_num or t.is_punct) or kept_word(t)]
    while core and core[0].dep_ in ("cc", "case", "prep"):
        core = core[1:]
    if not core:
        core = [tok]
    short = clean(span_text(doc, core))
    full = clean(span_text(doc, core + right)) if right else short
    name = short if len(core) > 1 or not right else full
    full_rule = None
    if not right and d.place:
        full = clean(span_text(doc, core + d.place))  # an alias: the parser hangs a verb's place here too
        full_rule = LOCATIVE_NAME
    joint = bool(right) and joint_origin(st, right)
    if joint:
        name = clean(span_text(doc, core + right[:joint_start(st, right)])) or short
    rule = _repeat_rule(st, d, joined) if joined else COORDINATED if role_conjunct(st, tok) else unnamed_rule(d)
    if joined:
        aid = joined
        st.add_alias(aid, name, rule)
        if full != name:
            st.add_alias(aid, full, full_rule or rule)
        st.ctx.coref[tok.i] = aid
    else:
        kind = "group" if (d.plural or d.is_group and not d.is_person) else "person"
        if kind == "group" and tok.tag_ == "NN" and tok.lower_ in st.lx.words.governmental_words:
            kind = "organization"  # (s29) "the army said ... It said": one body, taken up by "it"
        aid = st.ctx.new_actor_id(name)
        st.ctx.add_actor(Actor(id=aid, name=name, kind=kind, named=False,  # type: ignore[arg-type]
                               affiliation=affiliation), rule)
        if affiliation is not None:
            st.ctx.trace(st.ctx.actors[aid], "affiliation", aff_rule)
        if full != name:
            st.add_alias(aid, full, full_rule or rule)
    actor = st.ctx.actors[aid]
    if joint and not joined:
        st.ctx.trace(actor, "name", "actors.unnamed.joint_origin")
    if affiliation is None:
        owner = _possessive_owner(st, tok, mods)
        if owner and owner != aid:
            affiliation, aff_rule = owner, "actors.unnamed.possessive_pronoun"
    if d.media and not any(t.lower_ in st.lx.words.official_media for t in mods):
        affiliation = None  # "Israeli media": the country's press, not its government
        if actor.affiliation is not None:
            st.set_affiliation(actor, None, "actors.unnamed.media_not_government")
    if actor.affiliation is None and affiliation and affiliation != aid:
        st.set_affiliation(actor, affiliation, aff_rule)
    if actor.affiliation is None and not d.media:
        found = clause_affiliation(st, tok)
        if found is not None:
            st.set_affiliation(actor, found, "actors.unnamed.clause_side")
    if actor.affiliation is None and _salient_noun(st, tok, mods, d.plural):
        found = salient_state(st, tok)  # "the army said": the army of the country the report is about
        if found is not None and not (tok.lower_ in _domestic_nouns() and other_state_named(st, tok, found)):
            st.set_affiliation(actor, found, "actors.unnamed.salient_state")
    st.add_mention(aid, core[0].idx, tok.idx + len(tok.text), tok, rule)
    st.token_actor[tok.i] = aid
    st.consumed.update(t.i for t in left + right)
    st.desc_internal.update(t.i for t in right)
    recent.append((aid, d.lemma, d.plural, actor.affiliation))


def _salient_noun(st: ActorState, tok: Token, mods: list[Token], plural: bool) -> bool:
    """ "the army", "the police", "Police said": a governmental noun alone (with "the" or, a collective
    noun, bare) stands for the state the report is about; not a plural of individuals ("forces")."""
    collective = tok.lower_ in _collective_nouns()
    words = [t.lower_ for t in mods]
    return tok.lower_ in st.lx.words.governmental_words and (not plural or collective) and (
        words == [st.lx.words.definite_article] or collective and not words)


@cache
def _collective_nouns() -> frozenset[str]:
    """Governmental nouns that are one body though tagged plural, and are written bare ("Police said")."""
    return frozenset(word_list(AFF_FILE, "salience.collective_nouns", read(AFF_FILE)["salience"]["collective_nouns"]))


@cache
def _domestic_nouns() -> frozenset[str]:
    """Governmental nouns whose body acts only at home (see ``other_state_named``)."""
    return frozenset(word_list(AFF_FILE, "salience.domestic_nouns", read(AFF_FILE)["salience"]["domestic_nouns"]))


def _possessive_owner(st: ActorState, tok: Token, mods: list[Token]) -> str | None:
    """The side a possessive pronoun before the description gives it ("Israel's army said its forces ...")."""
    poss = [t for t in mods if t.tag_ == "PRP$" and t.lower_ in st.lx.words.possessive_pronouns]
    if not poss or st.in_quote(poss[0]):
        return None
    owner = nearest_party(st, poss[0])
    oa = st.ctx.actors[owner] if owner else None
    if oa is not None and (oa.kind == "person" or not oa.named and (
            poss[0].lower_ != st.lx.words.neuter_possessive or oa.affiliation is not None
            and tok.lower_ in st.lx.words.governmental_words)):
        # ("the sources said their troops": not the sources'; "the army said its forces": the state's)
        return oa.affiliation
    return owner


def unnamed_rule(d: Description) -> str:
    """The rule id of a new unnamed actor: a media, group or person noun heads its description."""
    if d.media:
        return "actors.unnamed.media"
    if d.specific:
        return SPECIFIC
    if d.argument:
        return ARGUMENT_NOUN
    if d.is_group and not d.is_person:
        return "actors.unnamed.group_noun"
    return "actors.unnamed.person_noun"


def pair_anaphor(st: ActorState, tok: Token, mods: list[Token]) -> bool:
    """A definite plural with a number that refers back: "the two leaders", "both sides".

    Only when nothing else specifies it (no party, nationality or "of" phrase) and at least
    two actors were mentioned before it.
    """
    words = {t.lower_ for t in mods}
    w = st.lx.words
    counted = bool(words & w.pair_quantifiers) or \
        bool(words & w.anaphoric_determiners) and bool(words & st.lx.pair_numbers) or \
        tok.lemma_.lower() in w.side_nouns and bool(words & w.anaphoric_determiners) and not any(
            t.like_num and t.lower_ not in st.lx.pair_numbers for t in mods)  # "the (warring) parties"
    if not counted:
        return False
    if any(t.i in st.token_actor or st.lx.demonym(t.text) for t in mods) or any(
            c.dep_ == "prep" and c.lower_ in w.origin_preps for c in tok.children):
        return False
    before = {aid for i, aid in st.token_actor.items() if i < tok.i}
    return len(before) >= 2


def _repeat_rule(st: ActorState, d: Description, joined: str) -> str:
    """The rule of a description joined to an earlier actor: a singular source joined to a group of sources is
    ``actors.unnamed.source_of_sources`` (unnamed_repeats._one_plural_group), any other repeat same_head_again."""
    if not d.plural and d.lemma in st.lx.words.singular_of_plural_heads and st.ctx.actors[joined].kind == "group":
        return SOURCE_OF_SOURCES
    return "actors.unnamed.same_head_again"
