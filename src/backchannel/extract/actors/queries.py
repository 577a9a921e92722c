"""Shared questions the steps ask about tokens and actors (no changes to the state
except marking "as" predicates consumed).

Why: several steps need the same judgements (is this a role noun, which party
does "its" mean, what is the descriptor text of a noun phrase); one definition
keeps them consistent.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from backchannel.extract.actors.spans import clean, np_right
from backchannel.extract.actors.portfolios import is_portfolio
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.title_regions import known_place
from backchannel.syntax.phrases import np_left, span_text
from backchannel.syntax.tree import NSUBJ_DEPS


def governmental(st: ActorState, name: str) -> bool:
    """An organisation name that belongs to a government ("Chinese Foreign Ministry", "Israeli army")."""
    words = {w.lower() for w in re.findall(r"\w+", name)}
    return bool(words & (st.lx.institutions | st.lx.gov_nouns | st.lx.words.governmental_words))


def government_of_state(st: ActorState, name: str) -> bool:
    """ "(the) Government of Ostland", "the Authorities of Ostland": a state's government named after the state,
    a mention of that state, not an organisation of its own (actors.government.government_of)."""
    parts = name.split()
    if parts and parts[0].lower() == st.lx.words.definite_article:
        parts = parts[1:]
    return len(parts) >= 3 and parts[0].lower() in st.lx.gov_nouns and parts[1].lower() == st.lx.words.of and \
        st.lx.country(" ".join(parts[2:])) is not None


def org_like(st: ActorState, name: str) -> bool:
    """A name that looks like an organisation's: an acronym or an organisation word in it."""
    words = [w.lower() for w in re.findall(r"[\w']+", name)]
    return name.isupper() or any(w in st.lx.org_words or w in st.lx.unit_heads for w in words)


def affiliation_in(st: ActorState, toks: list[Token], exclude: str | None = None) -> str | None:
    """The first organisation/state actor mentioned among ``toks`` (not ``exclude``)."""
    found: list[str] = []
    for t in toks:
        aid = st.actor_of_token(t)
        if aid is None and t.tag_ == "PRP$" and t.lower_ in st.lx.words.possessive_pronouns:
            aid = nearest_party(st, t)
        if aid and aid != exclude and aid not in found and not is_portfolio(st, aid):
            kind = st.ctx.actors[aid].kind
            if kind in ("organization", "state", "group"):
                found.append(aid)
            elif kind == "person":
                owner = st.ctx.actors[aid].affiliation
                if owner:
                    found.append(owner)  # "Halvorsen's office"
    return found[0] if found else None


def nearest_party(st: ActorState, pron: Token) -> str | None:
    """Quick antecedent for a possessive pronoun inside a description ("its spy service")."""
    want = ("organization", "state") if pron.lower_ == st.lx.words.neuter_possessive else (
        ("person",) if pron.lower_ in st.lx.words.personal_possessives else ("organization", "state", "group"))
    sent = pron.sent
    doc = pron.doc

    def fits(aid: str, t: Token) -> bool:
        # "The army said its delegation ...": a singular collective noun ("the army", "the team") is an
        # "it"; not for "its forces" (an army's forces are the army: their side is the army's state)
        kind = st.ctx.actors[aid].kind
        return kind in want or kind == "group" and want[0] == "organization" and len(want) == 2 \
            and t.tag_ == "NN" and not st.ctx.actors[aid].named \
            and not {pron.head.lower_, pron.head.lemma_.lower()} & st.lx.military
    # "As his aides tried ..., Sheikh X sat": a pronoun in a clause fronted before its main clause
    # points forward to the main clause's subject
    fronted = next((a for a in pron.ancestors if a.dep_ == "advcl" and a.i < a.head.i and pron.i < a.head.i), None)
    if fronted is not None:
        for c in fronted.head.children:
            aid = st.token_actor.get(c.i)
            if c.dep_ in NSUBJ_DEPS and c.i > pron.i and aid and fits(aid, c):
                return aid
    # a subject of the same sentence first ("Y will meet X, his office said" -> Y) ...
    for i in range(pron.i - 1, sent.start - 1, -1):
        aid = st.token_actor.get(i)
        t = doc[i]
        if aid and fits(aid, t) and (
                t.dep_ in NSUBJ_DEPS or t.dep_ in ("compound", "appos") and t.head.dep_ in NSUBJ_DEPS):
            return aid
    if pron.lower_ in st.lx.words.collective_possessives:
        # a subject the stage made no actor of ("The ELN has refused talks with Bogota, its
        # spokesman said"): the owner is that subject, not the party in its object
        for i in range(pron.i - 1, sent.start - 1, -1):
            t = doc[i]
            if t.dep_ in NSUBJ_DEPS and t.pos_ == "PROPN" and not st.token_actor.get(i) and \
                    not st.lx.country(t.text) and not st.lx.demonym(t.text):
                return None
    # ... then the nearest mention
    lo = max(sent.start - 60, 0)
    for i in range(pron.i - 1, lo - 1, -1):
        aid = st.token_actor.get(i)
        if aid and st.ctx.actors[aid].kind in want:
            return aid
    return None


def describes_other(st: ActorState, noun: Token) -> bool:
    """An apposition that describes someone else: "talks with Kinshasa, its spokesman X said".

    A role noun with a possessive pronoun ("its/his/their spokesman") or followed by a name
    of its own is that other person's description, never the anchor's.
    """
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return True
    return any(c.i > noun.i and c.dep_ in ("appos", "compound", "nmod") and st.token_actor.get(c.i)
               and st.ctx.actors[st.token_actor[c.i]].kind == "person" for c in noun.children) or \
        _region_then_holder(st, noun)


def _region_then_holder(st: ActorState, noun: Token) -> bool:
    """ "..., top <demonym> diplomat for <Region> X": the title's "for/to" object is a person's name with
    the title's region written before it, so the title is that person's, not the anchor's (s35-affil);
    "X, a lawyer for Y" (no region before the name: Y is whom the lawyer serves) stays the anchor's."""
    return any(c.dep_ == "prep" and c.i > noun.i and region_holder(st, o) is not None
               for c in noun.children for o in c.children)


def region_holder(st: ActorState, name: Token) -> Token | None:
    """The title noun of "<title> for/to <Region> <Name>" when ``name`` is the name's last word: the name is
    the object of the title's preposition, with a place the tagger knows written right before it as a
    compound ("diplomat for Europe X", "envoy to the Sahel X"), and nothing but the region between the
    preposition and the name ("adviser to <State> opposition leader X" is X's own title); None otherwise."""
    prep = name.head
    aid = st.token_actor.get(name.i)
    if name.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in st.lx.words.title_region_preps or \
            aid is None or aid not in st.ctx.actors or st.ctx.actors[aid].kind != "person":
        return None
    title = prep.head
    # (a capitalised title is tagged a proper noun: "<Abbrev> Ambassador to Qatar X"; s38-affil)
    if title.pos_ not in ("NOUN", "PROPN") or st.token_actor.get(title.i) or not role_noun(st, title):
        return None
    region = [g for g in name.children if g.dep_ == "compound" and g.i < name.i and st.token_actor.get(g.i) != aid]
    between = [t for t in st.doc[prep.i + 1:name.i] if st.token_actor.get(t.i) != aid and t.dep_ != "det"]
    if any(t.pos_ != "PROPN" for t in between):
        return None  # "adviser to <State> opposition leader X": a title of X's own sits there (s35-fixaff)
    if region and (region[0].ent_type_ in ("GPE", "LOC") or
                   known_place(st, st.doc[region[0].i:region[-1].i + 1].text)):
        return title  # (the tagger may call the region an organisation: "Europe")
    return None


def role_noun(st: ActorState, tok: Token) -> bool:
    """A noun that can describe an actor (title, role, kind of organisation)."""
    lemma = tok.lemma_.lower()
    lx = st.lx
    return lemma in lx.person_nouns or lemma in lx.org_words or lemma in lx.unit_heads or \
        lemma in lx.unnamed_person or lemma in lx.unnamed_group or tok.lower_ in lx.gov_titles or \
        lemma in lx.descriptor_nouns


def quoted_other(st: ActorState, root: Token) -> bool:
    """A name the quoted words act on ("We will not talk to President X"), not "our president X"."""
    if root.dep_ not in ("dobj", "pobj", "dative") or not st.in_quote(root):
        return False
    lo = max(root.left_edge.i - 3, 0)
    return not any(t.lower_ in st.lx.words.speaker_possessives for t in st.doc[lo: root.i])


def desc_tokens(st: ActorState, head: Token) -> tuple[list[Token], list[Token]]:
    """(modifier+head tokens without determiners, right modifiers) of a descriptive NP."""
    left = [t for t in np_left(head) if not (t.dep_ == "det" or t.tag_ == "PRP$" or t.dep_ == "case")]
    while left and (left[0].is_punct or left[0].dep_ == "poss" and st.actor_of_token(left[0])):
        left = left[1:]
    while left and (left[0].dep_ == "case" or left[0].tag_ == "POS"):
        left = left[1:]
    # a possessive chain: "Colombian President Gustavo Petro's peace commissioner" -> "peace commissioner"
    cut = max((k for k, t in enumerate(left[:-1]) if t.dep_ == "poss" and t.tag_ != "PRP$"), default=-1)
    if cut >= 0:
        left = left[cut + 1:]
    return left, np_right(head)


def descriptor_text(st: ActorState, left: list[Token], right: list[Token]) -> str:
    """The text of a description, without a leading possessor that is its affiliation."""
    toks = left + right
    if not toks:
        return ""
    # drop a leading possessor that is an organisation/state: it is the affiliation
    while toks and (toks[0].dep_ in ("poss", "case") or toks[0].tag_ in ("POS", "DT")) and \
            (st.token_actor.get(toks[0].i) and st.ctx.actors[st.token_actor[toks[0].i]].kind != "person"
             or toks[0].tag_ in ("POS", "DT")):
        toks = toks[1:]
    if not toks:
        return ""
    return clean(span_text(st.doc, toks))


def predicates(st: ActorState, root: Token) -> list[Token]:
    """Heads of "as" predicates of a mention: "served as the mediator", "acting as the host"."""
    out: list[Token] = []
    verbs = [root.head] if root.dep_ in NSUBJ_DEPS and root.head.lemma_ in st.lx.as_verbs else []
    verbs += [c for c in root.children if c.dep_ == "acl" and c.lemma_ in st.lx.as_verbs]
    for v in verbs:
        for p in v.children:
            if p.dep_ == "prep" and p.lower_ == st.lx.words.as_:
                out.extend(h for h in p.children if h.dep_ == "pobj" and h.pos_ == "NOUN")
    st.consumed.update(h.i for h in out)
    return out
