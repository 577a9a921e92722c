"""Affiliations from context: office-holders with no stated side take a nearby state.

Why: "When Trade Minister Ola Brandt toured Vesterland" states no
side; the neighbouring sentence's "Norland" does. A place visited or a person met
is the other side, never the actor's own.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.hosts import posted_to
from backchannel.extract.actors.queries import quoted_other
from backchannel.extract.actors.state import ActorState, Role
from backchannel.syntax.phrases import pronoun_owned_title
from backchannel.syntax.tree import NSUBJ_DEPS
from backchannel.model import Actor
from backchannel.resolve.lexicon import Lexicon, fold

FILE = "affiliations.toml"
#: a clause hung on a title is no part of its words ("the minister who met Front leaders")
CLAUSE_MODS = frozenset({"relcl"})
#: the distance of a word in another sentence: farther than any in the person's own (s40-affil)
FAR = 1000


@cache
def _party_title_words() -> frozenset[str]:
    return frozenset(word_list(FILE, "context.party_title_words", read(FILE)["context"]["party_title_words"]))


@cache
def _talk_with() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of talking and the prepositions whose object is then the other party (s37-actors2)."""
    ctx = read(FILE)["context"]
    return (frozenset(word_list(FILE, "context.talk_with_verbs", ctx["talk_with_verbs"])),
            frozenset(word_list(FILE, "context.comitative_preps", ctx["comitative_preps"])))


def talks_with(verb: Token) -> bool:
    """Does ``verb`` talk with someone ("discussed the border with B", "talked with B")? Its subject and
    that "with"-object face each other, as a meet verb's subject and object do (s37-actors2); a verb of
    company or motion ("travelled to C with B") does not."""
    return any(t.dep_ == "prep" and (v := talk_verb_of(t)) is not None and v.i == verb.i for t in verb.subtree)


def talk_verb_of(prep: Token) -> Token | None:
    """The verb of talking a "with" phrase belongs to, climbing over the nouns of its object ("discussed
    progress in the process with B": "discussed"), else None (s37-actors2)."""
    verbs, preps = _talk_with()
    if prep.lower_ not in preps:
        return None
    t = prep.head
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            return t if t.lemma_.lower() in verbs else None
        if t.dep_ not in ("dobj", "pobj", "prep", "compound", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def context_affiliations(st: ActorState) -> None:
    """Office-holders with no stated affiliation take the nearest state in context.

    "When Trade Minister Ola Brandt toured Vesterland" gives no state
    (a place visited is the other side); the neighbouring sentence's "Norland" does.
    Only persons with a governmental title and military units qualify.
    """
    lx, doc = st.lx, st.doc
    sents = list(doc.sents)
    sent_of = {}
    for k, s in enumerate(sents):
        sent_of[s.start] = k
    state_tokens: dict[int, list[tuple[int, str]]] = {}
    for i, aid in st.token_actor.items():
        if st.ctx.actors.get(aid) and st.ctx.actors[aid].kind == "state":
            k = sent_of.get(doc[i].sent.start, 0)
            state_tokens.setdefault(k, []).append((i, aid))
    venue = {h.tok.i for h in st.state_hits if h.role == Role.VENUE}
    for actor in st.ctx.actors.values():
        if actor.affiliation is not None or not actor.mentions or actor.id in st.owners:
            continue  # (a title with an owner takes the owner's side: owners.py)
        titled = actor.kind == "person" and actor.named and any(
            any(w.lower() in lx.gov_titles for w in re.findall(r"\w+", lx.words.descriptor_preposition.split(d)[0]))
            for d in actor.descriptors)
        unit = actor.kind == "organization" and any(
            w.lower() in lx.unit_words for w in re.findall(r"\w+", actor.name))
        if not (titled or unit) or titled and _party_title(st, actor):
            continue
        # every mention's own sentence first, then the sentence before the first mention (looking
        # forward for a side guesses too often: null is better than a wrong side)
        tries: list[tuple[Token, int]] = []
        roots = []
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                roots.append(span.root)
        # the mention that carries the title speaks first
        roots.sort(key=lambda r: not any(c.dep_ in ("appos", "compound") and c.pos_ == "NOUN" or
                                         c.lemma_.lower() in lx.gov_titles for c in r.children))
        tries = [(r, sent_of.get(r.sent.start, 0)) for r in roots]
        if roots:
            k0 = sent_of.get(roots[0].sent.start, 0)
            tries += [(roots[0], k0 - 1)]
        if any(pronoun_owned_title(r) for r in roots):
            continue  # "its spokesman X": the owner was not found; a state nearby is not it
        best, rule = None, "actors.side.co_mentioned_side"
        if titled and roots:
            best = co_mentioned_side(st, actor.id, roots[0])
        for root, kk in tries:
            if best:
                break
            cands = state_tokens.get(kk, [])
            if kk != sent_of.get(root.sent.start, 0):  # the sentence before: not another person's counterparts
                cands = [(i, aid) for i, aid in cands if not others_counterpart(st, doc[i], actor.id)]
            best, rule = state_near(st, actor.id, root, cands, venue), "actors.side.nearest_state"
        if best:
            st.set_affiliation(actor, best, rule)


def _party_title(st: ActorState, actor: Actor) -> bool:
    """A title that names a party of its own: a named organisation or group in it ("head of the Front's
    political bureau"), or a word of movements ("opposition leader", "<Name> party leader"). Such a
    person acts for that party, which the state nearest in the text is not (s30-affil)."""
    words = _party_title_words()
    parties = {fold(n): a.id for a in st.ctx.actors.values() if a.kind in ("organization", "group") and a.named
               and a.id != actor.id for n in [a.name, *a.aliases]}
    for toks, head in st.titles.get(actor.id, []):
        for t in [*toks, head, *_own_words(head)]:
            if t.lower_ in st.lx.gov_nouns:
                continue  # "Secretary of State": the government's own word, not a party's name (s40-affil)
            aid = st.actor_of_token(t)
            if aid and aid != actor.id and aid in st.ctx.actors and \
                    st.ctx.actors[aid].kind in ("organization", "group") and st.ctx.actors[aid].named:
                return True
            if t.lemma_.lower() in words or t.pos_ == "PROPN" and fold(t.text) in parties:
                return True  # (a party's one-word name the tagger left unmapped inside the title)
    return False


def _own_words(head: Token) -> list[Token]:
    """The title's own words: its subtree without a clause hung on it or on its words ("the minister who met
    Front leaders": the people met are no part of the title; "head of the Front's political bureau" is)
    (s30-fixaff)."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_MODS)
    return sorted(out, key=lambda t: t.i)


def others_counterpart(st: ActorState, tok: Token, aid_self: str) -> bool:
    """Is the state at ``tok`` an object or oblique of a clause whose subject is another person?

    "The minister thanked A and B for mediating": A and B are that minister's counterparts, no
    evidence of the side of someone named in the next sentence."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return False
        child, t = t, t.head
        if t.pos_ in ("VERB", "AUX") and child.dep_ not in NSUBJ_DEPS:
            subj = next((c for c in t.children if c.dep_ in NSUBJ_DEPS), None)
            aid = st.actor_of_token(subj) if subj is not None else None
            if aid and aid != aid_self and aid in st.ctx.actors and st.ctx.actors[aid].kind == "person":
                return True
            if subj is not None and aid is None and subj.lemma_.lower() in st.lx.gov_titles:
                return True  # "The minister thanked ...": a person the unnamed step has not made yet
        elif child.dep_ in NSUBJ_DEPS:
            return False
    return False


def co_mentioned_side(st: ActorState, aid_self: str, root: Token) -> str | None:
    """The state of the one other person in the sentence, when they are not facing each other.

    "Mirzoyan later briefed Prime Minister Nikol Pashinyan": the minister's side is the
    prime minister's; not the people a meet verb faces ("X met his counterpart Y"; someone outside the
    verb's clause still counts), and not when the sentence has people of two states, or of a state and
    a bloc or movement (s48-affil).
    """
    sent = root.sent
    verb = root.head if root.dep_ in NSUBJ_DEPS | {"dobj", "dative"} else (
        root.head.head if root.dep_ == "pobj" else None)
    # a meet verb faces the people of its own clause; the subject of another clause is no counterpart
    # ("A announced the release while the Defence Secretary B informed Congress": A's side; s30-affil),
    # an object elsewhere may be ("When B visited X, he introduced the subject to A": not A's side)
    if root.dep_ == "pobj" and (talked := talk_verb_of(root.head)) is not None:
        verb = talked  # "A discussed the border with B": B faces A (s37-actors2)
    facing = {t.i for t in verb.subtree} if verb is not None and (
        verb.lemma_.lower() in st.lx.meet_verbs or talks_with(verb)) else None
    if any(t.lemma_.lower() in st.lx.words.opposite_nouns for t in sent):
        return None
    states: set[str] = set()
    sides: set[str] = set()
    quoted = quoted_other(st, root)
    faced = _faced_by_self(st, aid_self, root)
    for i in range(sent.start, sent.end):
        aid = st.token_actor.get(i)
        if aid is None or aid == aid_self or i in faced or facing is not None and (i in facing or not _subject(st.doc[i])):
            continue  # (outside the clause, only the subject of another clause: not "... told it to Y")
        if quoted and not st.in_quote(st.doc[i]):
            continue  # "We will not talk to X," the minister said: the speaker is not X's side
        a = st.ctx.actors.get(aid)
        if a is None:
            continue
        side = st.ctx.actors.get(a.affiliation) if a.kind == "person" and a.affiliation else None
        if side is not None:
            # a body's person counts for the body's state, a bloc's or a movement's for itself (s48-affil:
            # "<Bloc> and <State> envoys X and Y": two sides, so neither is the guess)
            owner = st.ctx.actors.get(side.affiliation) if side.affiliation else None
            sides.add(owner.id if side.kind != "state" and owner is not None and owner.kind == "state" else side.id)
            if side.kind == "state":
                states.add(side.id)
    return next(iter(states)) if len(states) == 1 and len(sides) == 1 else None


def _faced_by_self(st: ActorState, aid_self: str, root: Token) -> set[int]:
    """The words of the clauses where another mention of the actor in the sentence is the subject of a
    meet verb: "announced by Secretary X ..., as X met with Y": Y faces X, whichever mention speaks
    first (s35-affil)."""
    out: set[int] = set()
    for t in root.sent:
        if t.i != root.i and t.dep_ in NSUBJ_DEPS and st.token_actor.get(t.i) == aid_self and \
                t.head.lemma_.lower() in st.lx.meet_verbs:
            out.update(x.i for x in t.head.subtree if x.i not in {y.i for y in t.subtree})
    return out


def _subject(tok: Token) -> bool:
    """Is the noun phrase of ``tok`` (a word of a name) the subject of its clause?"""
    t = tok
    while t.dep_ in ("compound", "flat", "amod") and t.head.i != t.i:
        t = t.head
    return t.dep_ in NSUBJ_DEPS


def state_near(st: ActorState, aid_self: str, root: Token, cands_in: list[tuple[int, str]],
               venue: set[int]) -> str | None:
    """The nearest state mention to ``root`` among ``cands_in`` that is not the other side; of a
    coordination of states ("A and B agreed, the minister said"), the first conjunct. Nearest in the parse
    in the person's own sentence; in another, a subject first (what the next sentence goes on about:
    "The ministry said A had put no pressure on B. President X said ...": A), then by words (s40-affil)."""
    # the actor's own words are no evidence ("a Palestinian-American businessman"),
    # except inside a governmental title ("an adviser to Iran's supreme leader")
    own = {t.i for t in root.subtree if not under_gov_title(st, t, root)}
    # places this actor goes to or meets are the other side ...
    blocked = _acted_on(root)
    for t in root.sent:  # (what another mention of it in the sentence acts on: "... convince X to press
        if t.i != root.i and st.token_actor.get(t.i) == aid_self and st.token_actor.get(t.head.i) != aid_self:
            blocked |= _acted_on(t)  # Y, and X's team was ..."; s37-actors2)
    blocked |= _faced_by_self(st, aid_self, root)  # (met in a clause of another mention of it; s35-affil)
    doc = root.doc
    # ... and so are the states of the people it meets: "Y met X's President Z"
    # (not the person's own staff: "X will not meet his security chief Y": Y is X's man; s40-affil)
    other_side = {st.token_actor[i] for i in blocked if i in st.token_actor} - {aid_self} - {
        st.token_actor[i] for i in blocked if i in st.token_actor and _own_staff(st.lx, doc[i])}
    other_side |= {aff for x in list(other_side)
                   if x in st.ctx.actors and (aff := st.ctx.actors[x].affiliation)}
    # a nationality on someone else's unnamed title describes the other side ("the Russian leader")
    others_title = {i for i, _ in cands_in if i not in own and others_title_word(st.lx, doc[i])}
    # ... and a nationality on a private person's noun is no side at all ("Israeli soldier X", "an American
    # hostage"): it says where that person is from, not whom an office-holder nearby serves
    others_title |= {i for i, _ in cands_in if i not in own and doc[i].dep_ in ("amod", "compound") and
                     doc[i].head.tag_ in ("NN", "NNS") and doc[i].head.lemma_.lower() in st.lx.person_nouns
                     and doc[i].head.lemma_.lower() not in st.lx.gov_titles}
    # ... and the state a posting title sends its holder to ("the special envoy to <State>"; s34-affil)
    cands = [(i, aid) for i, aid in cands_in
             if i not in blocked and i not in own and i not in venue and aid != aid_self
             and aid not in other_side and i not in others_title and not posted_to(st, doc[i])
             and not _state_pair(st, i) and i not in st.title_parties]  # (another's title: s48-affil)
    if cands and quoted_other(st, root):
        # a name the quoted words act on: a state outside the quote is the speaker's, not its side
        outside = {aid for i, aid in cands_in if not st.in_quote(doc[i])} - {
            aid for i, aid in cands_in if st.in_quote(doc[i])}
        cands = [(i, aid) for i, aid in cands if aid not in outside]
    if not cands:
        return None
    best_i, best = min(cands, key=lambda c: (tree_distance(root, doc[c[0]]), not _subject(doc[c[0]]),
                                             abs(c[0] - root.i)))
    # a coordination of states is one place in the sentence, read at its first conjunct: "A and B agreed
    # on a truce, the minister said" (a report names the side it speaks from first)
    first = min((i for i, aid in cands_in if aid in {a for _, a in cands} and _coordinated(doc, best_i, i)),
                default=best_i)
    return st.token_actor.get(first, best) if first < best_i else best


def tree_distance(a: Token, b: Token) -> int:
    """Dependency-path length between two words of one sentence (``FAR`` across sentences). Nearness
    in the parse, not in the word count, says which state a clause is about: "A got what it wanted,
    with the leadership of President X, the minister said after talks between B and A": X sits in
    A's clause, four arcs from A, though B is fewer words away (s40-affil)."""
    if a.sent.start != b.sent.start:
        return FAR
    up: dict[int, int] = {}
    t, k = a, 0
    while True:
        up[t.i] = k
        if t.head.i == t.i:
            break
        t, k = t.head, k + 1
    t, k = b, 0
    while t.i not in up and t.head.i != t.i:
        t, k = t.head, k + 1
    return k + up.get(t.i, FAR)


def _own_staff(lx: Lexicon, tok: Token) -> bool:
    """Is ``tok`` a word of a person's name whose title a personal possessive pronoun owns ("his security
    chief Y", "her adviser, Y")? Such a person is the owner's own, no counterpart; "its envoy Y" is a body's
    (s40-affil). A title that names the other side ("his counterpart Y", "her rival Y": ``opposite_nouns``)
    is no staff: that person is the one faced (review s40 finding 3)."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.i != t.i and t.head.pos_ == "PROPN":
        t = t.head
    if t.pos_ != "PROPN":
        return False
    heads = [t.head] if t.dep_ == "appos" else []
    heads += [c for c in t.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
    owners = _own_possessives()
    return any(h.pos_ == "NOUN" and h.lemma_.lower() not in lx.words.opposite_nouns
               and any(c.dep_ == "poss" and c.lower_ in owners for c in h.children) for h in heads)


@cache
def _own_possessives() -> frozenset[str]:
    """Possessive pronouns of a person (``[context] own_possessives``), not of a body ("its")."""
    return frozenset(word_list(FILE, "context.own_possessives", read(FILE)["context"]["own_possessives"]))


def others_title_word(lx: Lexicon, tok: Token) -> bool:
    """Is ``tok`` a nationality on someone else's unnamed title ("the Russian leader", "his Malian
    counterpart"), or a state owning the title of someone a verb acts on ("met <State>'s envoy", s44-review)? (s37-actors2) also on a plural title in a prepositional phrase ("with help from <demonym>
    officials": other people the sentence brings in); a plural subject ("<demonym> officials said") may be
    the person's colleagues and still counts."""
    head = tok.head
    if tok.dep_ == "poss" and head.tag_ == "NN" and head.lemma_.lower() in lx.gov_titles:
        return _acted_on_object(head)  # (s44-review) "'We met <State>'s envoy,' X said": the envoy's side
    return tok.dep_ == "amod" and (head.tag_ == "NN" or head.tag_ == "NNS" and head.dep_ == "pobj") and (
        head.lemma_.lower() in lx.gov_titles or head.lemma_.lower() == lx.words.counterpart_noun)


def _acted_on_object(title: Token) -> bool:
    """Is the title a verb's object ("met <State>'s envoy", "talked with <State>'s envoy"), not the object of a
    preposition on a noun ("an adviser to <State>'s leader": whom the adviser serves)? A state owning
    the title of someone a clause acts on gives that person's side, never the side of who acts or speaks."""
    if title.dep_ == "dobj":
        return True
    return title.dep_ == "pobj" and title.head.head.pos_ in ("VERB", "AUX")


def _state_pair(st: ActorState, i: int) -> bool:
    """Is the state at ``i`` one of a hyphenated pair of states ("the A-B peace process", "A-B talks")?
    The pair names the two sides of a relation, no evidence for either as a person's own (s37-actors2)."""
    doc = st.doc

    def state_at(j: int) -> bool:
        aid = st.token_actor.get(j)
        return 0 <= j < len(doc) and aid is not None and aid in st.ctx.actors and \
            st.ctx.actors[aid].kind == "state" and aid != st.token_actor.get(i)
    return (i + 2 < len(doc) and doc[i + 1].text == "-" and state_at(i + 2)) or \
        (i >= 2 and doc[i - 1].text == "-" and state_at(i - 2))


def _acted_on(root: Token) -> set[int]:
    """The words of the people and places the mention at ``root`` faces: its verb's objects when it is the
    subject, the subject when it is an object; and (s37-actors2) down the clauses its subject controls ("X
    wants to impose sanctions on Y", "convince X to put pressure on Y"), up the verbs whose xcomp the verb
    is, and a "with"-object of a verb of talking faces the subject ("A discussed the border with X")."""
    blocked: set[int] = set()
    if root.dep_ in NSUBJ_DEPS:
        chain = _controlled(root.head)
        for k, v in enumerate(chain):
            for c in v.children:
                if c.dep_ in ("dobj", "prep", "dative"):
                    blocked.update(t.i for t in (c.subtree if k == 0 else _no_clause(c)))
    elif root.dep_ in ("dobj", "pobj", "dative"):
        verb = root.head if root.dep_ != "pobj" else talk_verb_of(root.head) or root.head.head
        for v in _controllers(verb):
            for c in v.children:
                if c.dep_ in NSUBJ_DEPS:
                    blocked.update(t.i for t in c.subtree)
        if root.dep_ != "pobj":
            for v in _controlled(verb)[1:]:
                for c in v.children:
                    if c.dep_ in ("dobj", "prep", "dative"):
                        blocked.update(t.i for t in _no_clause(c))
    return blocked


def _no_clause(tok: Token) -> list[Token]:
    """The phrase of ``tok`` without the relative clauses in it: "clarify the names of prisoners whom Y
    would release" -- Y, the clause's own subject, is not acted on (s37-actors2)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "ccomp"))
    return out


def _controlled(verb: Token) -> list[Token]:
    """``verb`` and the clauses whose subject it controls, down the xcomp chain: "X wants to impose
    sanctions on Y", "convince X to put pressure on Y" -- Y is the one X acts on, the other side (s37-actors2)."""
    out = [verb]
    for _ in range(4):
        nxt = next((c for c in out[-1].children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _controllers(verb: Token) -> list[Token]:
    """``verb`` and the verbs whose xcomp it is, up the chain: "Y hoped to convince X": Y, the subject up
    there, acts on X and is the other side (s37-actors2)."""
    out = [verb]
    for _ in range(4):
        if out[-1].dep_ != "xcomp" or out[-1].head.i == out[-1].i:
            break
        out.append(out[-1].head)
    return out


def _coordinated(doc: Doc, i: int, j: int) -> bool:
    """Are the words at ``i`` and ``j`` conjuncts of one coordination ("Qatar and Turkiye")?"""
    return doc[j] in doc[i].conjuncts


def under_gov_title(st: ActorState, tok: Token, root: Token) -> bool:
    """Is ``tok`` under a governmental title within ``root``'s subtree?"""
    t = tok
    for _ in range(8):
        if t.i == root.i or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in st.lx.gov_titles:
            return True
    return False
