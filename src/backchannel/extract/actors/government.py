"""Government descriptions that name a state: "the Biden administration", "occupiers".

Why: reports speak of a state through its government ("the Russian authorities",
"Shehbaz Sharif's government") or, in partisan outlets, as "the occupation
forces"; these are mentions of the state actor, not separate actors.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from backchannel.extract.actors.descriptions import words
from backchannel.extract.actors.government_forms import DEFAULT_RULE, core_alias, default_state
from backchannel.extract.actors.seats import adjacent_seat, seat_state
from backchannel.extract.actors.parties import party_words
from backchannel.extract.actors.state import ActorState, How
from backchannel.extract.actors.states import party_side
from backchannel.resolve.lexicon import fold
from backchannel.syntax.phrases import np_left, span_text
from backchannel.syntax.tree import NSUBJ_DEPS

#: dependents that end a noun's own phrase: a clause, an apposition, a coordination (s31-actors)
PHRASE_STOPS = frozenset({"relcl", "acl", "appos", "cc", "conj"})

SALIENT_PLURAL = "actors.government.salient_plural"


def _own_words(st: ActorState, left: list[Token], person: str | None) -> list[Token]:
    """The words of a government description that name it, without its determiner: after the last
    "and" of a coordination ("between the Front and Pakistani government", s31-actors), and from the
    leader's name on ("Pakistani Prime Minister Shehbaz Sharif's government" -> "Shehbaz Sharif's
    government"), without punctuation before its first word. Why: the alias must be the state's own phrase, not its neighbours'."""
    words = [t for t in left if t.dep_ != "det" and t.tag_ != "PRP$"]
    while words and words[0].is_punct:  # a dateline's dash the parser hung on the lede's subject ("(OPA) - Ostland ...")
        words = words[1:]
    cc = [t.i for t in words if t.dep_ == "cc" and not _in_state_name(st, t)]
    if cc and person is None:
        words = [t for t in words if t.i > cc[-1]]
    if person is not None:
        firsts = [t for t in words if st.token_actor.get(t.i) == person]
        if firsts:
            words = [t for t in words if t.i >= firsts[0].i]
    return words


def government_descriptions(st: ActorState) -> None:
    """Government descriptions ("the Russian authorities") and occupiers as mentions of their state."""
    lx, doc = st.lx, st.doc
    pos = st.toks.pos
    for i in range(len(doc)):
        if pos[i] not in ("NOUN", "PROPN"):
            continue
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.consumed:
            continue
        lemma = tok.lower_ if tok.lower_ in lx.gov_nouns else tok.lemma_.lower()
        text_l = tok.lower_
        side = party_side(st, tok)  # "the Israeli side": an alias only with its state named in it
        if lemma in lx.gov_nouns or text_l in lx.gov_nouns or side:
            left = _flat_left(tok) + np_left(tok)
            mods = [t for t in left if t.i != tok.i]
            state = None
            person = None
            for t in mods:
                aid = st.token_actor.get(t.i)
                if aid and st.ctx.actors[aid].kind == "state":
                    state = aid
                elif aid and st.ctx.actors[aid].kind == "person":
                    person = aid
            if state is None and person is None:
                state = _state_inside_name(st, mods)
            if state is None and person is not None:
                # "the <Leader> administration": the leader's own stated state before the word's default
                # ("Colombian President X ... the X administration" is Colombia's; s30-affil); "the <Leader>
                # regime" or "government" has no default, only the leader's state (s35-alias)
                default = lx.gov_default.get(text_l) or lx.gov_default.get(lemma)
                own = st.ctx.actors.get(st.ctx.actors[person].affiliation or "")
                if own is not None and own.kind == "state":
                    state, default = own.id, None
                if default:
                    c = lx.country(default)
                    if c:
                        state = st.state_actor(c, "actors.government.leader_default_state")
                if state and st.ctx.actors[person].affiliation is None:
                    st.set_affiliation(st.ctx.actors[person], state, "actors.government.leader_of_government")
            if side and (state is None or person is not None):
                continue
            if person is None and not side and _coordinated_states(st, tok, mods):
                continue
            if state is None and person is None and (_government_of(st, tok, mods) or _owner_dropped(st, tok, mods)):
                continue
            if state is None and person is None and _bare_definite(st, tok, mods):
                _bare_alias(st, tok, left)
                continue
            if state is None:
                continue
            if any(t.lower_ in lx.generic for t in mods):
                continue
            words = _own_words(st, left, person)
            if not words:
                continue
            s, e = words[0].idx, tok.idx + len(tok.text)
            if st.is_excluded(s, e):
                continue
            rule = "actors.government.leader_government" if person is not None else \
                "actors.government.state_side" if side else "actors.government.state_government"
            st.add_alias(state, span_text(doc, words), rule)
            core_alias(st, state, words, person is None and not side)
            st.add_mention(state, s, e, tok, rule)
            st.consumed.update(t.i for t in left)
    # occupiers: the state the text links most with military action
    occ = [m for m in occupier_mentions(st)]
    if occ:
        target = military_state(st)
        if target:
            for s, e, toks in occ:
                st.add_alias(target, st.text[s:e], "actors.government.occupier")
                st.add_mention(target, s, e, toks[-1], "actors.government.occupier")
                st.consumed.update(t.i for t in toks)


def _bare_alias(st: ActorState, tok: Token, left: list[Token]) -> None:
    """ "the government": an alias of the state the report is about (``salient_state``). The tagger may have
    made a capitalised "the Government's statement" a one-word organisation of its own: that is the same
    body, so it folds into the state rather than stay a second actor."""
    salient = salient_state(st, tok)
    state, how = default_state(st, tok, salient), DEFAULT_RULE
    if state is None:
        state = salient
        how = SALIENT_PLURAL if tok.tag_ in ("NNS", "NNPS") else "actors.government.salient_state"
    if state is None:
        return
    own = st.token_actor.get(tok.i)
    st.add_alias(state, tok.text, how)
    st.add_mention(state, tok.idx, tok.idx + len(tok.text), tok, how)
    st.consumed.update(t.i for t in left)
    actor = st.ctx.actors.get(own or "")
    if actor is not None and own != state and actor.kind == "organization" and fold(actor.name) == fold(tok.text):
        st.merge(actor.id, state, how)


def _owner_dropped(st: ActorState, tok: Token, mods: list[Token]) -> bool:
    """``actors.government.owner_dropped``: "the socialist regime" after "Venezuela's socialist regime": a
    definite description whose words are the end of one state's earlier government alias, less its owner.

    Why: a report names the government once with its state and then drops the state; the description
    keeps the adjective that marks it, so it is no bare "the government" left to salience (s35-alias)."""
    words = sorted(t for t in mods if t.dep_ != "det")
    if not words or st.lx.words.definite_article not in {t.lower_ for t in mods} or any(
            t.pos_ == "PROPN" or st.token_actor.get(t.i) for t in words):
        return False
    phrase = fold(span_text(st.doc, [*words, tok]))
    owners = {aid for aid, a in st.ctx.actors.items() if a.kind == "state" and any(
        fold(al).endswith(" " + phrase) for al in a.aliases)}
    if len(owners) != 1:
        return False
    aid, rule = owners.pop(), "actors.government.owner_dropped"
    st.add_alias(aid, span_text(st.doc, [*words, tok]), rule)
    st.add_mention(aid, words[0].idx, tok.idx + len(tok.text), tok, rule)
    st.consumed.update(t.i for t in mods)
    st.consumed.add(tok.i)
    return True


def _state_inside_name(st: ActorState, mods: list[Token]) -> str | None:
    """The state named inside a capitalised government name the tagger took as one organisation ("the
    Norland Administration", "the U.S. Government"); the state becomes an actor if it is not one yet.

    Why: the state's words inside the organisation's span are no mention of their own, so the
    description found no state and the name became a separate organisation (s35-alias)."""
    words = sorted(t for t in mods if t.pos_ == "PROPN")
    if not words or any(st.token_actor.get(t.i) for t in mods) or words[-1].i + 1 != words[0].i + len(words):
        return None
    country = st.lx.country(span_text(st.doc, words))
    return st.state_actor(country, "actors.government.state_inside_name") if country is not None else None


def _coordinated_states(st: ActorState, tok: Token, mods: list[Token]) -> bool:
    """ "the Russian and Ukrainian authorities": each state's own government, one alias each
    (actors.government.coordinated_states).

    Why: the coordinated description names two governments; given whole to one state it makes
    the other's alias a wrong one, and the first state's own alias ("Russian authorities") is lost.
    """
    toks = [t for t in mods if (a := st.token_actor.get(t.i)) and st.ctx.actors[a].kind == "state"]
    if len({st.token_actor[t.i] for t in toks}) < 2 or not any(t.dep_ == "conj" for t in toks):
        return False
    if any(t.lower_ in st.lx.generic for t in mods):
        return False
    rule = "actors.government.coordinated_states"
    last = max(toks, key=lambda t: t.i)
    if tok.tag_ == "NN" and any(c.dep_ == "case" for c in last.children):
        # "between the United States and Venezuela's regime": a singular noun owned by the last
        # conjunct is that state's alone; the others are states of their own (s35-alias)
        words = sorted(t for t in mods if t.i >= toks_start(st, last)) + [tok]
        st.add_alias(st.token_actor[last.i], span_text(st.doc, words), rule)
        st.add_mention(st.token_actor[last.i], words[0].idx, tok.idx + len(tok.text), tok, rule)
    else:
        noun = tok.text if tok.lower_ in st.lx.gov_nouns else tok.lemma_  # one state's "government", not "governments"
        for aid in dict.fromkeys(st.token_actor[t.i] for t in toks):
            own = [t for t in toks if st.token_actor[t.i] == aid]  # "United States", not "United" and "States"
            st.add_alias(aid, f"{span_text(st.doc, own)} {noun}", rule)
            st.add_mention(aid, own[0].idx, own[-1].idx + len(own[-1].text), own[-1], rule)
    st.consumed.update(t.i for t in mods)
    st.consumed.add(tok.i)
    return True


def toks_start(st: ActorState, tok: Token) -> int:
    """The first word of the state name that ends at ``tok`` ("United" of "United States")."""
    i = tok.i
    while i > 0 and st.token_actor.get(i - 1) == st.token_actor.get(tok.i) and st.doc[i - 1].dep_ == "compound":
        i -= 1
    return i


LED_GOVERNMENT_OF = "actors.government.led_government_of"


def _government_of(st: ActorState, tok: Token, mods: list[Token]) -> bool:
    """ "the government of Qatar", "the government of President X": the state (or the leader's state)
    named in the noun's own "of" phrase; a mention and alias of that state.

    Why: the of-phrase is the postposed form of "Qatar's government" / "X's government"; the leader's
    own mention stays the person's, so the alias is the bare noun then.
    """
    plain = [t.lower_ for t in mods] in ([], [st.lx.words.definite_article])
    pobj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == st.lx.words.of
                 for g in c.children if g.dep_ == "pobj"), None)
    seat = seat_state(st, tok) if pobj is None else None
    if seat is None and pobj is None and not plain:
        seat = adjacent_seat(st, tok)
    led = not plain and pobj is not None and _ruling_party_mods(st, mods)
    if not plain and not led and (seat is None or not all(
            t.lower_ in st.lx.words.seat_government_adjectives or t.lower_ == st.lx.words.definite_article
            for t in mods)):
        return False  # ("the relevant authorities in Kessel": an adjective of office, no other side)
    if seat is not None:
        # "the government in Kessel": the state whose capital it sits in; the alias is the bare noun, and
        # the phrase with its seat ("administration in Kessel")
        st.add_alias(seat[0], tok.text, "actors.government.government_in_capital")
        st.add_alias(seat[0], span_text(st.doc, [t for t in mods if t.dep_ != "det"] + [tok]) + " "
                     + st.text[seat[1].head.idx:seat[1].idx + len(seat[1].text)],
                     "actors.government.government_in_capital")
        st.add_mention(seat[0], tok.idx, tok.idx + len(tok.text), tok, "actors.government.government_in_capital")
        st.consumed.update(t.i for t in mods)
        st.consumed.add(tok.i)
        return True
    aid = st.token_actor.get(pobj.i) if pobj is not None else None
    a = st.ctx.actors.get(aid) if aid else None
    if a is None or pobj is None:
        return False
    if a.kind == "person":
        state = a.affiliation if a.affiliation and st.ctx.actors[a.affiliation].kind == "state" else None
        if state is None:
            return False
        alias, end = tok.text, tok.idx + len(tok.text)
    elif a.kind == "state":
        last = _name_end(st, pobj, _phrase_end(pobj, st.lx.words.of))
        first = next((t for t in mods if t.dep_ != "det"), tok) if led else tok
        state, alias = a.id, span_text(st.doc, list(st.doc[first.i:last.i + 1]))
        end = last.idx + len(last.text)
    else:
        return False
    rule = LED_GOVERNMENT_OF if led else "actors.government.government_of"
    if led:  # the ruling party keeps its own word; only the article goes with the description
        mods = [t for t in mods if t.dep_ == "det"]
    st.add_alias(state, alias, rule)
    st.add_mention(state, tok.idx, end, tok, rule)
    st.consumed.update(t.i for t in mods)
    st.consumed.add(tok.i)
    return True


def _ruling_party_mods(st: ActorState, mods: list[Token]) -> bool:
    """Whether the words before "government" (but its article) are all the name of one organisation that rules ("the
    Front government of Ostland"; ``actors.government.led_government_of``; a leader's name goes the leader's way).

    Why: "the <Party> government of <State>" is the state's government named after who leads it, as "the Biden
    administration" is; with its "of" phrase naming the state, the description is that state's alias (the golds keep
    "the Taliban government of Afghanistan" as Afghanistan's), never a body of the party's apart from the state.
    """
    words = [t for t in mods if t.dep_ != "det"]
    owners = {st.token_actor.get(t.i) for t in words}
    if not words or len(owners) != 1 or None in owners:
        return False
    owner = st.ctx.actors.get(next(iter(owners)) or "")
    return owner is not None and owner.kind in ("organization", "group")


def _phrase_end(head: Token, of: str) -> Token:
    """The last word of a noun's own phrase: its right edge without a clause, an apposition, a place phrase
    or anything after a comma ("the government of Qatar, which agreed to host them": "Qatar"; "of Peru in
    Lima": "Peru"; "of the Republic of Korea" whole). Why: an alias is a name, not what is said of it
    (s31-actors)."""
    last = head
    for t in head.doc[head.i + 1:head.right_edge.i + 1]:
        stops = [a for a in [t, *t.ancestors] if a.i > head.i and (
            a.dep_ in PHRASE_STOPS or a.dep_ == "prep" and a.lower_ != of)]
        if t.is_punct or stops:
            break
        last = t
    return last


def _in_state_name(st: ActorState, tok: Token) -> bool:
    """Whether a word lies inside a state's own name ("and" in "Trinidad and Tobago"). Why: a coordination
    inside a name is no boundary of the phrase (s31-fix-actors)."""
    return any(h.start <= tok.idx < h.end and h.how == How.NAME for h in st.state_hits)


def _name_end(st: ActorState, head: Token, last: Token) -> Token:
    """``last``, or the last word of the state's name that starts at ``head`` when that name runs further
    ("the government of Bosnia and Herzegovina": not cut at "and"). Why: the name of a state may hold a
    coordination the phrase's end would stop at."""
    ends = [h.end for h in st.state_hits if h.how == How.NAME and h.start <= head.idx < h.end]
    end = max(ends, default=0)
    while last.i + 1 < len(st.doc) and st.doc[last.i + 1].idx + len(st.doc[last.i + 1].text) <= end:
        last = st.doc[last.i + 1]
    return last


def _bare_definite(st: ActorState, tok: Token, mods: list[Token]) -> bool:
    """ "the government", "the Government", "the junta": a definite singular noun with no owner or "of"
    phrase; or a plural of ``story_plurals``, bare or definite ("authorities expect", "the authorities
    denied": ``actors.government.salient_plural``), which news English uses for the government of the story.
    A word of kind may stand after "the" ("the central authorities", "the federal government"): it says
    what kind of government, never whose, so the noun is still the story's state's (``story_kinds``)."""
    kinds = words().story_kinds
    low = [t.lower_ for t in mods if t.lower_ not in kinds or t.dep_ != "amod"]
    plural = tok.lower_ in words().story_plurals and tok.tag_ in ("NNS", "NNPS") and \
        low in ([], [st.lx.words.definite_article])
    singular = tok.tag_ in ("NN", "NNP") and low == [st.lx.words.definite_article]
    return (plural or singular) and not any(
        c.dep_ in ("prep", "poss", "compound") or c.dep_ == "amod" and c.lower_ not in kinds for c in tok.children)


def salient_state(st: ActorState, tok: Token) -> str | None:
    """The state a bare "the government" / "the army" stands for: the last one named that the report
    has named at least twice, and not a co-argument of the noun itself.

    A definite description picks up the most recent salient referent that fits ("talks with
    Kinshasa ... demanded that the government negotiate"); a state whose government the report has
    already named ("X's military government ... the junta") fits best, however often others are named; a state whose phrase contains the noun
    or is the subject of a verb over it is another participant ("Thailand, which hosted talks
    between the junta and the rebels").
    """
    counts: Counter = Counter()
    last: dict[str, int] = {}
    others = {a.i for a in tok.ancestors} | {t.i for a in tok.ancestors for c in a.children if c.dep_ in NSUBJ_DEPS
                                             for t in c.subtree if not _in_prep_phrase(t, c)}
    units = set(st.units.values())  # a federated unit is not the state the report is about (subnational.py)
    for s, e, aid in st.ctx.mentions_in(0, tok.idx):
        a = st.ctx.actors.get(aid)
        if a is None or a.kind != "state" or s >= tok.idx or aid in units:
            continue
        counts[aid] += 1
        span = st.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.i not in others:
            last[aid] = s
    governed = {aid for s, e, aid in st.ctx.mentions_in(0, tok.idx) if aid in last and s < tok.idx and
                any(w.lower() in st.lx.gov_nouns for w in st.text[s:e].split()[1:])}
    if len(governed) == 1:
        # "Myanmar's military government ... the junta": the one state whose government the report named
        return next(iter(governed))
    cands = [(at, aid) for aid, at in last.items() if counts[aid] >= 2]
    if not cands and len(counts) == 1 and len(last) == 1 and next(iter(last.values())) >= tok.sent.start_char:
        # the only state the report has named so far, in the same sentence ("the UN envoy for Yemen
        # called on the government"); named once in an earlier sentence it is not yet the report's subject
        return next(iter(last))
    if not cands:
        return sole_state(st)
    return max(cands)[1] if cands else None


def other_state_named(st: ActorState, tok: Token, state: str) -> bool:
    """Whether the sentence of ``tok`` names a state other than ``state``, or a place of another state
    ("Police said a man was arrested in Stockholm"): the body could be that state's, so the report's
    salient state is no safe owner. A federated unit or a place the lexicon does not know is no rival."""
    sent = tok.sent
    units = set(st.units.values())
    for s, e, aid in st.ctx.mentions_in(sent.start_char, sent.end_char):
        a = st.ctx.actors.get(aid)
        if a is not None and a.kind == "state" and a.named and aid != state and aid not in units:
            return True
    own = st.ctx.actors.get(state)
    if own is None:
        return False
    for ent in sent.ents:
        country = st.lx.country(ent.text) if ent.label_ in party_words().place_labels else None
        if country is not None and fold(country.name) != fold(own.name):
            return True
    return False


def sole_state(st: ActorState) -> str | None:
    """The one state (not a federated unit) the whole report names, at least twice, or None: "the army
    said ..." before the report names its country again, in a report about one country."""
    units = set(st.units.values())
    states = [a for a in st.ctx.actors.values() if a.kind == "state" and a.id not in units]
    return states[0].id if len(states) == 1 and len(states[0].mentions) >= 2 else None


def _in_prep_phrase(t: Token, top: Token) -> bool:
    """Is ``t`` inside a prepositional phrase of ``top`` ("the UN envoy for Yemen": Yemen is not the subject)?"""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "pobj":
            return True
        t = t.head
    return False


def _flat_left(tok: Token) -> list[Token]:
    """Names before a government noun that the parser hung on the phrase's head instead.

    "a senior Halvorsen administration official": "Halvorsen" and "administration" are both
    compounds of "official", so "Biden" is not in the subtree of "administration".
    """
    out: list[Token] = []
    if tok.dep_ != "compound" or tok.head.i <= tok.i:
        return out
    i = tok.i - 1
    while i >= 0 and tok.doc[i].head.i == tok.head.i and tok.doc[i].dep_ in ("compound", "poss") \
            and tok.doc[i].pos_ == "PROPN":
        out.insert(0, tok.doc[i])
        i -= 1
    return out


def occupier_mentions(st: ActorState) -> list[tuple[int, int, list[Token]]]:
    """Nouns and noun phrases that name an occupying power ("occupation forces", "the occupiers")."""
    out: list[tuple[int, int, list[Token]]] = []
    occupier, not_alone = st.lx.occupier, st.lx.words.occupier_not_alone
    last_words = {p.split()[-1] for p in occupier}
    doc, pos = st.doc, st.toks.pos
    for i in range(len(doc)):
        if pos[i] != "NOUN":
            continue
        tok = doc[i]
        low = tok.lower_
        if low not in last_words and tok.dep_ != "det" and tok.tag_ != "PRP$":
            continue  # no occupier word or phrase can end here (the head ends its own phrase)
        left = np_left(tok)
        words = [t for t in left if t.dep_ != "det" and t.tag_ != "PRP$"]
        phrase = " ".join(t.lower_ for t in words)
        if low in occupier and low not in not_alone or phrase in occupier and len(words) > 1:
            if len(words) > 1 and phrase not in st.lx.occupier:
                words = [tok]
            out.append((words[0].idx, tok.idx + len(tok.text), words))
    return out


def military_state(st: ActorState) -> str | None:
    """The state whose nationality or possessive marks most military nouns (a clear winner only)."""
    score: Counter = Counter()
    for h in st.state_hits:
        if h.country.name not in st.state_ids:
            continue
        head = h.tok.head
        if h.tok.dep_ in ("amod", "compound", "poss", "nmod") and head.lower_ in st.lx.military:
            score[st.state_ids[h.country.name]] += 1
    if not score:
        return None
    (best, n), *rest = score.most_common(2) + [(None, 0)]
    return best if n > rest[0][1] else None
