"""States: country names, capitals and nationality adjectives, each with a role.

Why: the small model's NER labels for countries are unreliable, so states are
looked up in ``data/countries.toml``. Each use gets a role: a *venue* ("talks in
Rome") or a *party* ("Washington said", "an Israeli airstrike"); a state with at
least one party use is an actor, and a capital is an alias only where it acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.extract.actors.demonym_uses import no_state_demonym, person_or_place_demonym
from backchannel.extract.actors.offices import demonym_before_title
from backchannel.extract.actors.parties import held_by_postmodifier
from backchannel.extract.actors.queries import government_of_state, governmental
from backchannel.extract.actors.spans import POSS_SUFFIX, strip_span
from backchannel.extract.actors.state import ActorState, How, Role, StateHit
from backchannel.extract.actors.title_orgs import opens_cabinet_title, opens_title
from backchannel.resolve.lexicon import Country, fold
from backchannel.syntax.tree import NSUBJ_DEPS
from backchannel.syntax.words import words as syntax_words


def find_states(st: ActorState) -> None:
    """Every state name, capital and demonym in the text, with its role (``st.state_hits``)."""
    doc, lx, tt = st.doc, st.lx, st.toks
    if doc.ents:
        st.ent_is_country(doc.ents[0][0])  # builds the token -> entity index
    i, n = 0, len(doc)
    while i < n:
        if not tt.text[i][:1].isupper():
            i += 1
            continue
        tok = doc[i]
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ != "" and not st.ent_is_country(tok) and \
                not demonym_before_title(st, tok):  # (but "<Demonym> Emir <Name>": the state of the title)
            i += 1
            continue
        hit = _longest_state_name(st, i)
        if hit is None:
            i += 1
            continue
        j, s, e, c, how = hit
        if _inside_region(st, i, e):
            i = j  # "Central America": the state's name ends a region's name (actors.states.inside_region)
            continue
        # inside a longer organisation name ("World Israel News") it is not a state mention
        ent = st.ent_of.get(tok.i) if st.ent_of else None
        if tok.ent_type_ == "ORG" and not st.ent_is_country(tok) and how != How.DEMONYM and \
                not (ent is not None and (government_of_state(st, ent.text) or opens_title(st, ent))):
            i = j
            continue
        if st.is_excluded(s, e):
            i = j
            continue
        named = doc.char_span(s, e, alignment_mode="expand")
        root = (named if named is not None else doc[i:j]).root  # "The Kabul government": not "The"
        role = state_role(st, root, how)
        if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in lx.words.stance_prefixes \
                and doc[i - 1].idx == doc[i - 2].idx + len(doc[i - 2].text) and doc[i].idx == doc[i - 1].idx + 1:
            role = Role.INSIDE_NAME  # "the pro-Iranian militia": a stance, not the state acting
        if how == How.DEMONYM and tok.ent_type_ == "ORG" and role == Role.MODIFIER:
            # inside an organisation's name ("Turkish Airlines") the adjective is evidence of the
            # state only when the organisation is part of a government ("Chinese Foreign Ministry")
            ent = st.ent_of.get(tok.i) if st.ent_of else None
            is_title = ent is not None and any(POSS_SUFFIX.sub("", w.lower()) in lx.gov_titles
                                               for w in ent.text.split()[1:])
            if ent is None or not (governmental(st, ent.text) or is_title or opens_cabinet_title(st, ent)):
                role = Role.INSIDE_NAME
        st.state_hits.append(StateHit(s, e, root, c, how, role))
        i = j


def _inside_region(st: ActorState, i: int, end: int) -> bool:
    """The state name at token ``i`` (ending at char ``end``) is the last word(s) of a region's name written
    with one to three words before it ("Central America", "the Horn of Africa"): a region, no state."""
    doc = st.doc
    for k in (1, 2, 3):
        if i - k < 0 or "\n" in doc[i - k].text_with_ws:
            break
        if fold(st.text[doc[i - k].idx:end]) in st.lx.regions:
            return True
    return False


def _longest_state_name(st: ActorState, i: int) -> tuple[int, int, int, Country, How] | None:
    """(end token, start char, end char, country, how) of the longest state name at token ``i``."""
    lx, tt, n = st.lx, st.toks, len(st.toks.text)
    # up to eight words: a formal name ("Democratic People's Republic of Korea", six tokens) must win over
    # the shorter name inside it ("Republic of Korea", another state; s35-alias)
    for size in range(8, 0, -1):
        j = i + size
        if j > n:
            continue
        if any(tt.is_space[i:j]) or tt.is_punct[j - 1] or tt.is_punct[i]:
            continue
        start_char, end_char = tt.idx[i], tt.idx[j - 1] + len(tt.text[j - 1])
        raw = st.text[start_char:end_char]
        s, e = strip_span(st.text, start_char, end_char)
        words = st.text[s:e]
        c = lx.country_name(words)
        how = How.NAME
        if c is None:
            c = lx.capital(words)
            how = How.CAPITAL
        if c is None and size <= 2:
            c = lx.demonym(words)
            how = How.DEMONYM
        if c is None:
            continue
        if words.islower() or (how != How.DEMONYM and raw.lower() == raw):
            continue
        if how == How.NAME and words.upper() == words and len(words) <= 3 and words != raw.strip() \
                and not raw.strip().startswith(words):
            continue
        return j, s, e, c, how
    return None


def _located_by_hyphen(st: ActorState, tok: Token) -> bool:
    """ "the Britain-based monitor", "a Doha-headquartered charity": the state, a hyphen and a participle
    of location written as one word, the state hung on the participle and the participle on a noun.
    Why: only the hyphened compound places a body; "Qatar based its proposal on ...", "Russia
    stationed troops ..." are the state's own clauses, the state their subject."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or tok.whitespace_ or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return False
    part = doc[tok.i + 2]
    return part.lower_ in st.lx.words.location_participles and tok.head.i == part.i \
        and tok.dep_ in ("npadvmod", "compound", "amod") and part.head.i != part.i \
        and (part.dep_ == "amod" or part.head.pos_ in ("NOUN", "PROPN"))


def state_role(st: ActorState, tok: Token, how: How) -> Role:
    """What a state mention does where it stands: party, venue, modifier or the people."""
    lx, w = st.lx, st.lx.words
    if how == How.DEMONYM:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in NSUBJ_DEPS | {"dobj", "pobj"} and tok.tag_ in ("NNS", "NNPS"):
            if tok.dep_ in NSUBJ_DEPS and any(c.lower_ == w.definite_article for c in tok.children) \
                    and not held_by_postmodifier(tok):
                return Role.PARTY  # "the Americans pressed Israel": the state's side
            return Role.NOUN  # "Americans", "any American"
        if tok.dep_ in ("nsubj", "dobj", "pobj") and tok.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ == "compound" for c in tok.children):
            return Role.NOUN
        head = nominal_head(tok)
        if head is not None and head.lemma_.lower() in lx.place_nouns and not party_side(st, head):
            return Role.VENUE
        return Role.MODIFIER
    # walk up coordination and apposition to the phrase's real position
    t = tok
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    dep = t.dep_
    if _located_by_hyphen(st, tok):
        return Role.VENUE  # "the Britain-based monitor": where the body sits (s31-actors)
    if dep in ("compound", "nmod", "amod"):
        head = nominal_head(t)
        if head is not None and (head.lemma_.lower() in lx.place_nouns or head.ent_type_ in ("LOC", "GPE", "FAC")):
            return Role.VENUE
        if how == How.CAPITAL and head is not None and (head.lower_ in lx.words.capital_seat_heads or
                                                        head.lemma_.lower() in lx.gov_nouns):
            return Role.SEAT  # "the Kabul government", "the Tehran regime": the government seated there
        return Role.CAPITAL_MODIFIER if how == How.CAPITAL else Role.MODIFIER
    if dep == "pobj":
        return _object_role(st, t, how)
    if dep == "poss" and _owns_place(st, t.head):
        return Role.VENUE  # "<State>'s capital", "off <State>'s coast": the place, not the state acting
    if how == How.CAPITAL:
        if dep in NSUBJ_DEPS or dep in ("poss", "dative", "iobj") or (
                dep == "dobj" and t.head.lemma_.lower() in lx.meet_verbs):
            return Role.PARTY
        if dep == "dobj":
            return Role.PARTY if t.head.lemma_.lower() not in lx.motion else Role.VENUE
        return Role.VENUE
    if dep in ("ROOT", "dep", "npadvmod") and tok.i == tok.sent.start:
        return Role.VENUE  # a dateline-like opening
    return Role.PARTY


def _object_role(st: ActorState, t: Token, how: How) -> Role:
    """A state as the object of a preposition: a venue after place and motion prepositions."""
    lx, w = st.lx, st.lx.words
    prep = t.head
    p = prep.lower_
    gov = prep.head
    if p in w.intermediary_preps and how == How.NAME and _intermediary(st, gov):
        return Role.PARTY  # rule interactions.build.default_via reads it as the act's go-between
    if p == w.source_prep and gov.lemma_.lower() in w.origin_copulas or \
            p == w.border_prep and gov.pos_ == "NOUN" and gov.lemma_.lower() in lx.place_nouns:
        return Role.VENUE  # "X, who is from <State>", "the border with <State>" (actors.states.inside_region)
    if p == w.source_prep and _origin_of_people(st, gov) or p == w.goal_prep and _posting(st, gov):
        return Role.VENUE  # "25 individuals from <State>", "the envoy to <State>" (s41-actprec)
    if p in lx.venue_preps and p not in w.not_venue_preps:
        return Role.SEAT if how in (How.CAPITAL, How.NAME) and _seat_of(st, gov) else Role.VENUE
    if p in w.direction_preps:
        if gov.lemma_.lower() in lx.motion:
            return Role.VENUE
        if _carries_word(st, prep):
            return Role.PARTY  # "passed messages from X to Y": sender and receiver, not a route
        if p == w.source_prep and (any(c.lower_ == w.goal_prep for c in gov.children if c.dep_ == "prep")
                                   or any(c.lower_ == w.goal_prep for c in t.children)):
            return Role.VENUE
        if p == w.source_prep and gov.pos_ == "PROPN":
            return Role.VENUE
        if p == w.goal_prep and any(x.lower_ == w.source_prep for x in t.doc[max(prep.i - 5, 0): prep.i]):
            return Role.VENUE  # "from Yemen to Syria"
    if how == How.CAPITAL:
        if p == w.source_prep and gov.lemma_.lower() in lx.speech_verbs:
            return Role.VENUE  # "From Kessel, our correspondent reports": where the reporter stands
        if p == w.capital_place_prep and (gov.lemma_.lower() in lx.place_nouns or gov.lower_ in w.capital_part_nouns):
            return Role.VENUE  # "on the outskirts of Kessel", "the streets of Kessel": the city (s37-review)
        if p in w.capital_recipient_preps and _recipient_noun(st, gov, prep):
            return Role.PARTY  # "sanctions relief for Kessel", "oil sales to Kessel" (s37-actors)
        return Role.VENUE if p not in w.capital_party_preps else Role.PARTY
    return Role.PARTY


def _owns_place(st: ActorState, noun: Token) -> bool:
    """ "<State>'s capital", "in <State>'s coastal waters": the possessed noun is a place noun and no side
    ("<State>'s side said" names the party). Why: a possessor of a place is where something happens;
    the state is a party only if it acts elsewhere in the report (s41-actprec: rule ``name_venue``)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in st.lx.place_nouns and not party_side(st, noun) \
        and not _place_acted_on(st, noun)


def _place_acted_on(st: ActorState, noun: Token) -> bool:
    """ "the blockade of <State>'s ports", "strikes on <State>'s airspace", "shelled <State>'s border towns":
    a place that an act noun's phrase (not a venue preposition, not on another place noun) or a verb's
    object (no verb of motion) names is what the act targets, so its owner is the party acted on. Why: the
    place rule must not drop the target state of a blockade or an attack (tests/test_interactions_nominal)."""
    lx = st.lx
    if noun.dep_ == "dobj":
        return noun.head.pos_ == "VERB" and noun.head.lemma_.lower() not in lx.motion
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ in lx.venue_preps or prep.head.i == prep.i:
        return False
    gov = prep.head
    return gov.pos_ == "NOUN" and gov.lemma_.lower() not in lx.place_nouns and gov.lemma_.lower() not in lx.motion


def _origin_of_people(st: ActorState, gov: Token) -> bool:
    """ "25 individuals from <A>, <B> and <C>", "a teacher from <State>": "from" right on a noun of people
    (``origin_people_nouns``: no title, no sender; "an envoy from <State>" speaks for it) says where they
    come from, a place (s41-actprec). Not on a noun with a name beside it, whose "from" phrase the parse
    may have taken from the act ("secured the release of the aid worker <Name> from <State>")."""
    return gov.pos_ == "NOUN" and gov.lemma_.lower() in st.lx.words.origin_people_nouns and not any(
        c.pos_ == "PROPN" for c in gov.children)  # "the release of the worker Ana Berg from <State>": the act's


def _posting(st: ActorState, gov: Token) -> bool:
    """ "the UN envoy to <State>", "a delegation to <State>": "to" right on a sender noun names where the
    person is sent, a place; the state is a party only if it acts elsewhere (s41-actprec). Not after a
    title: "ambassador to <State>" names the state that receives the ambassador (the golds list it)."""
    return gov.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in st.lx.words.sender_nouns


def _recipient_noun(st: ActorState, gov: Token, prep: Token) -> bool:
    """ "sanctions relief for Kessel", "oil sales to Kessel", "the door to Kessel": the "to"/"for" phrase of
    a capital hangs right on a noun (not a verb: "flew to Kessel", "left for Kessel") that is no motion, way,
    vehicle or place ("the flight to Kessel", "on their way to Kessel", "a jet to Kessel"), no contest or
    service ("the battle for Kessel", "a bus service to Kessel": ``capital_prize_nouns``), no title or
    sender ("the ambassador to Kessel", "a delegation to Kessel": a posting or a destination) and no
    number or time. The capital is then what the noun goes to: its state, a party (rule
    ``actors.states.capital_party``). Why: news English names a state by its capital as the recipient of
    concessions, sales or pressure; the golds list it among the state's names."""
    lx, w = st.lx, st.lx.words
    lemma = gov.lemma_.lower()
    if gov.pos_ != "NOUN" or prep.head.i != gov.i or gov.like_num or gov.ent_type_ in ("DATE", "TIME"):
        return False
    return not (lemma in lx.motion or gov.lower_ in lx.motion or lemma in w.capital_route_nouns
                or lemma in w.capital_prize_nouns
                or lemma in lx.place_nouns or lx.is_title(lemma) or lemma in w.sender_nouns)


def _carries_word(st: ActorState, prep: Token) -> bool:
    """ "passed messages from X to Y", "a message from X to Y": a direction phrase on a word carried
    between parties (through chained prepositions) names a party, while "flew from X to Y" stays a
    route (verbs of motion are read before this)."""
    nouns = st.lx.words.carried_word_nouns
    gov = prep.head
    for _ in range(3):
        if gov.dep_ != "prep" or gov.head.i == gov.i:
            break
        gov = gov.head  # "from X to Y": the second preposition hangs on the first
    if gov.pos_ == "NOUN":
        return gov.lemma_.lower() in nouns
    if gov.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in gov.children)
    return False


def _intermediary(st: ActorState, gov: Token) -> bool:
    """ "sent a message through X", "talks via X", "freed them through X": the act a "through"
    phrase hangs on is no motion ("flew through X", "a flight via X" are routes), and is a verb
    with an object (or a partner: "negotiated with Y through X") or a noun the interactions lexicon
    knows as an act."""
    if gov.lemma_.lower() in st.lx.motion:
        return False
    if gov.pos_ in ("VERB", "AUX"):
        partner = st.lx.words.go_between_partner_preps
        return any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in partner for c in gov.children)
    return gov.pos_ == "NOUN" and gov.lemma_.lower() in syntax_words().event_nouns


def _seat_of(st: ActorState, gov: Token) -> bool:
    """ "officials in Kessel", "the government in Kessel": the capital is the seat of the organ it follows.

    Why: news English names a government by where it sits as often as by its state; the organ must
    name no side of its own ("Ostland officials in Kessel" are Ostland's, visiting), and only organs
    of a government count ("talks in Kessel" is a venue).
    """
    lx = st.lx
    if gov.pos_ not in ("NOUN", "PROPN") or not (gov.lower_ in lx.words.capital_seat_heads or
                                                  gov.lemma_.lower() in lx.words.capital_seat_heads):
        return False
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and (
        c.ent_type_ or c.text[:1].isupper() or lx.demonym(c.text) is not None)
        for c in gov.lefts)


def party_side(st: ActorState, noun: Token) -> bool:
    """ "the Israeli side said": a side noun with no of-phrase names the party, not a place."""
    return noun.lemma_.lower() in st.lx.words.party_side_nouns and not any(
        c.dep_ == "prep" and c.lower_ == st.lx.words.of for c in noun.children)


def nominal_head(tok: Token) -> Token | None:
    """The noun a modifier chain (compound, amod, nmod, conjunction) ends in, if any."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("compound", "amod", "nmod", "punct", "conj", "cc") and t.head.i != t.i:
            t = t.head
            if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.dep_ not in ("compound", "amod", "conj")):
                return t
        else:
            break
    return t if t is not tok else None


def materialise_states(st: ActorState) -> None:
    """Make an actor of every state with a party use; its names and acting capitals are mentions."""
    acting = {h.country.name for h in st.state_hits if h.role in (Role.PARTY, Role.MODIFIER, Role.SEAT) and
              not (h.how == How.DEMONYM and h.country.people) and not _private(st, h) and
              not no_state_demonym(st, h)}
    for h in st.state_hits:
        if h.country.name not in acting or h.role == Role.NOUN:
            continue
        if h.how == How.CAPITAL and h.role not in (Role.PARTY, Role.SEAT):
            continue
        rule = person_or_place_demonym(st, h) or state_rule(h)
        aid = st.state_actor(h.country, rule)
        start = h.start
        if h.how == How.NAME:
            # "the State of Qatar", "the Kingdom of Bahrain": a formal name of the state
            fm = st.lx.words.formal_state.search(st.text, max(h.start - 40, 0), h.start)
            if fm and fm.end() == h.start:
                start = fm.start(1)
                rule = "actors.states.formal_name"
        st.add_mention(aid, start, h.end, h.tok, rule)
        if h.how in (How.NAME, How.CAPITAL):
            surface = st.text[start:h.end]
            st.add_alias(aid, surface, rule)


def state_rule(h: StateHit) -> str:
    """The rule id of a state mention: how it is named and its role.

    ``actors.states.<how>_<role>``: ``name_party``, ``capital_party``,
    ``demonym_modifier``, ``name_venue`` (a venue use of a state that acts
    elsewhere in the text), ...
    """
    return f"actors.states.{h.how.value}_{h.role.value.replace('-', '_')}"


def compass_states(st: ActorState) -> None:
    """ "the North", "the South": the one acting state whose name starts with that word."""
    by_word: dict[str, list[str]] = {}
    for aid, a in st.ctx.actors.items():
        if a.kind == "state" and a.name.split()[0] in st.lx.words.compass_words and len(a.name.split()) == 2:
            by_word.setdefault(a.name.split()[0], []).append(aid)
    if not by_word:
        return
    doc = st.doc
    text = st.toks.text
    for i in range(len(doc)):
        if not by_word.get(text[i]):
            continue
        tok = doc[i]
        cands = by_word.get(tok.text)
        if not cands or len(cands) != 1 or tok.i == 0 or doc[tok.i - 1].lower_ != st.lx.words.definite_article \
                or tok.i in st.token_actor:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.tag_ != "POS":
            continue  # "the South China Sea"
        aid = cands[0]
        st.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok, "actors.states.compass")
        st.add_alias(aid, tok.text, "actors.states.compass")


def _private(st: ActorState, h: StateHit) -> bool:
    """ "South Korean banks", "a Canadian miner": a nationality on a private firm is the firm's, not the
    state acting; alone it makes no state actor (the mention stays when the state acts elsewhere)."""
    if h.how != How.DEMONYM or h.role != Role.MODIFIER:
        return False
    if any(t.lemma_.lower() in st.lx.words.exchange_lemmas for t in h.tok.sent):
        return False  # "an American journalist was exchanged for a Russian colonel": in a swap each captive's
        # state is a side
    # the noun it modifies, the head of its phrase, and the words between ("the Japanese academic Ola
    # Brandt": the parse hangs "academic" on the name, beside the demonym)
    heads = [t for t in (h.tok.head, nominal_head(h.tok)) if t is not None]
    # a word between counts only right before a name ("academic Ola"), not inside a compound noun
    # ("the Israeli national security adviser", "the Lebanese national unity government")
    between = [t for t in st.doc[h.tok.i + 1: h.tok.head.i] if st.doc[t.i + 1].pos_ == "PROPN"] \
        if h.tok.head.i > h.tok.i else []
    return any(t.lemma_.lower() in st.lx.words.private_heads or t.lower_ in st.lx.words.private_heads
               for t in heads + between)
