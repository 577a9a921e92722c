"""Arguments the text leaves implicit: captors, the doer of an act told before, the actor of
an agentless passive, an unresolved possessive.

Why: agentless releases and passives are common in the news; these rules recover the
party from the neighbouring words, and mark it inferred.
"""

from __future__ import annotations

from spacy.tokens import Token

from backchannel.syntax.roles import logical_object, logical_subject
from backchannel.extract.interactions.candidate import HOLDER_OF, Candidate, is_marker
from backchannel.extract.interactions.document import Doc_
from backchannel.extract.interactions.nominal_specs import nominal_words
from backchannel.extract.interactions.story import level
from backchannel.resolve.lexicon import lexicon
from backchannel.syntax.tree import NOUN_POS, VERB_POS, child, is_passive, measured, prep_objects
from backchannel.extract.interactions.words import words

W = words()
TAKER_RULES = "actors.abductions."  # the rule ids of the unnamed takers' groups (actors/abductions.py)


def inferable(d: Doc_, aids: list[str]) -> list[str]:
    """The actors an agentless release may be told of: not a group described only as the takers
    ("bandits", "her captors"; s29-captors). Why: the golds leave such a release's source open
    ("the pupils were freed" after "abducted by bandits"); where the text names the takers as the
    doers ("freed by their abductors") the frame's own specs find them."""
    return [a for a in aids if not getattr(d.ctx.actors.get(a), "rule", "").startswith(TAKER_RULES)]


def nationality(d: Doc_, tok: Token) -> str | None:
    """The state a person is said to belong to: "Russian pilot X", "X, an American citizen"."""
    cands = [tok] + [c for c in tok.children if c.dep_ == "appos"]
    # not inside a clause on the captive ("X, held in a Norland jail"): that names the captor
    clauses = {y.i for c in tok.children if c.dep_ in ("acl", "relcl") for y in c.subtree}
    for t in cands:
        for x in t.subtree:
            if x.i == tok.i or x.dep_ not in ("amod", "compound", "nmod") or x.i in clauses:
                continue
            if x.ent_type_ in ("NORP", "GPE") or x.pos_ == "ADJ":
                s = d.state_for(x.text)
                if s:
                    return s
    return None


def local_possessor(d: Doc_, tok: Token, exclude: list[str]) -> list[str]:
    """An unresolved "their"/"its" on the object ("hit their position"): the nearest group,
    organisation or state named before it in the sentence, other than the act's source."""
    o = logical_object(tok)
    p = child(o, "poss") if o is not None else None
    if p is None or p.lower_ not in W.possessive_pronouns or p.i in d.ctx.coref:
        return []
    sent = d.sents[d.sent_index(tok)]
    best = None
    for s, e, a in d.ctx.mentions_in(sent.start_char, p.idx):
        act = d.ctx.actors.get(a)
        if act is not None and act.kind in ("group", "organization", "state") and a not in exclude \
                and level(d.ctx, a) not in exclude:
            best = a
    return [best] if best else []


def released_captive(tok: Token) -> Token | None:
    """The captive noun of a release: its logical object, or the of-phrase of a release noun."""
    o = logical_object(tok) if tok.pos_ in VERB_POS else None
    if o is None:
        objs = prep_objects(tok, "of")  # "the release of hostages held by X"
        o = objs[0] if objs else None
    return o


def captor(d: Doc_, tok: Token) -> list[str]:
    """Who held the captives a release frees: "workers detained by X were released" -> X,
    "hostages held in X's custody", "prisoners in the custody of X"."""
    return inferable(d, captor_of(d, released_captive(tok)))


PREDICATIVE_AGENT = "interactions.implicit.predicative_agent"


def predicative_agent(o: Token | None) -> bool:
    """Rule PREDICATIVE_AGENT: is the holder of the captive ``o`` named only by a "by" phrase the parser hung on
    the predicative noun of the clause on it ("X, who had been held hostage by Y")? Why: the by-phrase is the
    verb's agent; where it hangs is the parser's choice, so the act's trace says which construction gave it."""
    if o is None:
        return False
    clauses = [c for n in (o, *(a for a in o.children if a.dep_ == "appos")) for c in n.children
               if c.dep_ in ("acl", "relcl")]
    return any(not prep_objects(c, "by") and held_by(c) for c in clauses)


def story_captor(d: Doc_, tok: Token, raw: Candidate) -> list[str]:
    """An agentless passive release ("ten soldiers were freed after talks brokered by X") or
    release noun ("the pilot's release followed") is by whoever the neighbouring sentences
    say held them ("Russia had captured them in March")."""
    if prep_objects(tok, "by") or not (is_passive(tok) or agentless_noun(tok)):
        return []
    verbs = d.lex.settings.captor_verbs
    sents = list(d.ctx.doc.sents)
    si = d.sent_index(tok)
    for sent in sents[max(si - 1, 0):si + 2]:
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or is_passive(v):
                continue
            o, s = child(v, "dobj"), child(v, "nsubj")
            if o is None or s is None:
                continue
            held = set(d.actors(o)) if o.pos_ != "PRON" else set()
            if not (o.lower_ in W.captive_pronouns or held & set(raw.targets)):
                continue
            who = [a for a in inferable(d, d.actors(s)) if a not in raw.targets]
            if who:
                return who[:1]
    own = own_state_holder(d, tok)
    if own:
        raw.infer("source", OWN_STATE_CAPTIVES)
        return own
    return captive_holder(d, tok)


OWN_STATE_CAPTIVES = "interactions.implicit.own_state_captives"


def own_state_holder(d: Doc_, tok: Token) -> list[str]:
    """Rule OWN_STATE_CAPTIVES: captives of a state's nationality whose noun says they stand against their own
    government (``own_state_captive_nouns``: "six Norlandic activists were freed", "the release of Norlandic
    dissidents"; or ``own_state_captive_modifiers``: "political prisoners", "opposition members") are held by
    that state. Why: the story's-sides guess (``captive_holder``) gives captives of a side to the other side,
    right for hostages and prisoners of war, wrong for a government's own jailed opponents."""
    o = released_captive(tok)
    o = (measured(o) or o) if o is not None else None
    if o is None:
        return []
    mods = {c.lower_ for c in o.children if c.dep_ in ("amod", "compound")}
    if o.lemma_.lower() not in W.own_state_captive_nouns and not mods & W.own_state_captive_modifiers:
        return []
    nat = nationality(d, o)
    if not nat or getattr(d.ctx.actors.get(nat), "kind", None) != "state" or held_elsewhere(d, tok, o, nat):
        return []
    return [nat]


def held_elsewhere(d: Doc_, tok: Token, o: Token, nat: str) -> bool:
    """Captives said to be held by someone else, or in another state's place: "protesters detained in Westmark",
    "activists kidnapped by gunmen", "were released from a Westmark prison" (a "by" agent or an "in" place on a
    holding clause of the captive, or a "from" place of the release, of a country not the captives' own). Why:
    the own-state reading (rule OWN_STATE_CAPTIVES) holds only for a government's own jailed opponents; captives
    the text puts in another's hands are not freed by their home state. A place of no known country (a prison with
    no name) says nothing."""
    act = d.ctx.actors.get(nat)
    countries = lexicon()
    home = countries.country(act.name) if act is not None else None

    def abroad(x: Token) -> bool:
        for w in [x, *(c for c in x.children if c.dep_ in ("amod", "compound"))]:
            c = countries.country(w.text)
            if c is not None and w.ent_type_ in ("GPE", "NORP", "LOC") and c != home:
                return True
        return False
    verbs = d.lex.settings.captor_verbs
    for c in o.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs:
            if held_by(c) or any(abroad(x) for x in prep_objects(c, "in")):
                return True
    return any(abroad(x) for x in prep_objects(tok, "from"))


def agentless_noun(tok: Token) -> bool:
    """"The release of X", "X's release": a release noun that names no one who did it (rule
    interactions.implicit.agentless_release_captor, noun shape: "Y held X ... talks led to X's
    release" names the captor one sentence away). "Y's release of X" names its doer."""
    return tok.pos_ in NOUN_POS and not (any(c.dep_ == "poss" for c in tok.children) and prep_objects(tok, "of"))


def captive_holder(d: Doc_, tok: Token) -> list[str]:
    """The side holding captives named by their nationality: "Ukrainian soldiers were freed" in
    a Russia-Ukraine story is by the other side; "the release of Palestinian prisoners" in an
    Israel-Hamas one is by the state side (a marker the story step resolves)."""
    o = logical_object(tok) if tok.pos_ in VERB_POS else next(iter(prep_objects(tok, "of")), None)
    o = measured(o) if o is not None else None
    if o is None:
        return []
    nat = nationality(d, o)
    if nat:
        return [HOLDER_OF + nat]
    if any(x.dep_ in ("amod", "compound") and x.ent_type_ == "NORP" for x in o.children):
        return [HOLDER_OF]  # a nationality that is no actor of the story
    return []


HELD_IN_STATE = "interactions.implicit.held_in_state"
ARRIVAL_RELEASE = "interactions.implicit.arrival_release"


def held_by(v: Token) -> list[Token]:
    """The agents of a verb of holding: its "by" phrase, or one the parser hung on its predicative noun
    ("held hostage by Y", "kept captive by Y": rule interactions.implicit.predicative_agent, s43)."""
    return prep_objects(v, "by") or [x for c in v.children if c.dep_ in ("oprd", "acomp")
                                     for x in prep_objects(c, "by")]


def captor_of(d: Doc_, o: Token | None) -> list[str]:
    """Who holds the captives a noun names ("officials held by X", "held in X's custody", and
    rule HELD_IN_STATE: "jailed in Y", a state as the place of detention, jails them). The
    clause may sit on an apposition of the captive ("the release of X, a reporter who had been
    held by Y"), where the parser hangs it on the appositive noun."""
    if o is None:
        return []
    verbs = d.lex.settings.captor_verbs
    for c in [c for n in (o, *(a for a in o.children if a.dep_ == "appos")) for c in n.children]:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs:
            for x in held_by(c):
                acts = d.actors(x)
                if acts:
                    return acts
            for x in prep_objects(c, "in"):  # "held in X's custody", "held in a Norland jail"
                held_in = [a for a in d.actors(x, deep=False) if getattr(d.ctx.actors.get(a), "kind", None) == "state"
                           and c.lemma_.lower() not in d.lex.settings.abduction_verbs]  # ("kidnapped in Y")
                if held_in:
                    return held_in[:1]  # "jailed in Y": the state that jails them (rule HELD_IN_STATE)
                if x.lemma_.lower() in W.custody_nouns:
                    p = child(x, "poss")
                    acts = d.actors(p) if p is not None else [a for y in prep_objects(x, "of") for a in d.actors(y)]
                    if not acts:
                        acts = [s for m in x.children if m.dep_ in ("amod", "compound")
                                and (s := d.state_for(m.text)) is not None][:1]
                    if acts:
                        return acts
    return []


def event_doer(d: Doc_, tok: Token, raw: Candidate) -> list[str]:
    """For an agentless "Y was not informed of the handover": who did the act the noun names back
    in the same sentence (or the one before): "X freed six soldiers, but Y was not informed of
    the handover" -> X (marked inferred)."""
    if not is_passive(tok):
        return []
    nouns = [o for p in ("of", "about") for o in prep_objects(tok, p)]
    if not nouns or nouns[0].lemma_.lower() not in d.lex.settings.event_nouns or \
            any(c.dep_ == "poss" for c in nouns[0].children):
        return []
    o = logical_object(tok)
    tgt = set(d.actors(o)) if o is not None else set()
    si = d.sent_index(tok)
    for r in reversed(d.built):
        rs = d.sent_index(r.trig)
        if rs < si - 1 or r.type in ("inform", "learn", "mediate"):
            continue
        srcs = [a for a in r.sources if not is_marker(a) and a not in tgt]
        if srcs and r.trig.i < tok.i:
            raw.infer("source", "interactions.implicit.event_doer")
            return srcs[:1]
    return []


def sentence_actor(d: Doc_, tok: Token, raw: Candidate) -> list[str]:
    """For an agentless passive ("he was not informed"): an actor named earlier in the sentence
    that is not the target (marked inferred)."""
    if not is_passive(tok) or tok.dep_ == "acl":
        return []  # "people briefed on the talks": a description, not an act with a hidden agent
    sent = d.sents[d.sent_index(tok)]
    tgt = set(raw.targets)
    o = logical_object(tok)
    tgt.update(d.actors(o) if o is not None else [])
    # never an actor of another clause attached to the target ("X, which fought Y, was not
    # consulted") nor the speaker of the report ("the army said")
    skip = range(o.left_edge.i, o.right_edge.i + 1) if o is not None else range(0)
    for s, e, a in d.ctx.mentions_in(sent.start_char, tok.idx):
        span = d.ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and (span.start in skip or d.is_speaker(s)):
            continue
        if a not in tgt:
            kind = d.ctx.actors[a].kind if a in d.ctx.actors else None
            if kind in ("state", "organization"):
                raw.infer("source", "interactions.implicit.sentence_actor")
                return [a]
    return []


RELEASED_FROM = "interactions.implicit.released_from"


def released_from(d: Doc_, tok: Token) -> list[str]:
    """Rule RELEASED_FROM: the state or body a release takes its captives "from" holds them ("the
    release of X from Y", "X was released from Y's custody", "freed from a Y prison"): the one
    who releases; so does the holder of the place they come "from" ("returned from territory held
    by Y"). Only a state or an organisation: "from prison", "from London" name no captor."""
    o = logical_object(tok) if tok.pos_ in VERB_POS else None
    heads = [tok] + ([o] if o is not None else []) + prep_objects(tok, W.of_prep)
    for h in heads:
        for x in prep_objects(h, W.from_prep):
            found = [a for a in d.actors(x) if getattr(d.ctx.actors.get(a), "kind", None) in ("state", "organization")]
            found = found or captor_of(d, x) or custody_state(d, x)  # "returned from territory held by Y"
            if found:
                return found[:1]
    return []


def custody_state(d: Doc_, x: Token) -> list[str]:
    """The state a custody noun belongs to by its modifier ("a Norlandic prison", "Norland's
    jails"): rule RELEASED_FROM, "freed from a Norlandic prison" -> Norland."""
    if x.lemma_.lower() not in W.custody_nouns:
        return []
    return [s for m in x.children if m.dep_ in ("amod", "compound", "poss")
            and (s := d.state_for(m.text)) is not None][:1]


def arrival_captives(d: Doc_, tok: Token) -> tuple[list[str], list[str], str]:
    """Rule ARRIVAL_RELEASE: captives the text says were held by or in a state, arriving home
    ("Ten Chileans who had been jailed in Peru landed in Santiago", "the aid worker, held by Y
    since May, returned home"), were released by their captor: (captors, captives), or two
    empty lists when the subject is no captive the sentence places with a captor; and the rule
    that found the captor (HELD_BEFORE when an "after being held by Y" phrase did)."""
    s = child(tok, "nsubj")
    if s is None or tok.pos_ not in VERB_POS:
        return [], [], ARRIVAL_RELEASE
    held, rule = captor_of(d, s), ARRIVAL_RELEASE
    if not held:
        held, rule = held_before(d, tok), HELD_BEFORE
    captives = [a for a in d.actors(s, deep=False) if a not in held]
    return (held[:1], captives, rule) if held and captives else ([], [], rule)


HELD_BEFORE = "interactions.implicit.held_before"


def held_before(d: Doc_, tok: Token) -> list[str]:
    """Rule HELD_BEFORE: "X returned home / walked free after being held by Y (since 2019)": the
    agent of a captor verb in a clause that comes before the arrival held its subject, so the
    captor let them go. Only the by-agent counts ("after being held in a cell" names no captor)."""
    verbs = d.lex.settings.captor_verbs
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in W.held_before_preps:
            continue
        for c in p.children:
            if c.dep_ == "pcomp" and c.lemma_.lower() in verbs:
                acts = [a for x in prep_objects(c, "by") for a in d.actors(x)]
                if acts:
                    return acts[:1]
    return []


CAPTIVE_PRONOUN = "interactions.implicit.captive_pronoun"  # "their release": people, not a ministry
REPORTER_NOT_CAPTIVE = "interactions.implicit.reporter_not_captive"  # "sources said their release ..."
REPORTED_DEPS = ("ccomp", "dobj")  # "said (that) they were freed", "confirmed their release"


def captive_pronoun_bodies(d: Doc_, tok: Token, targets: list[str]) -> tuple[list[str], str]:
    """Rule CAPTIVE_PRONOUN: the captives of a release named by a pronoun ("their release", "they
    will be handed to X next week", "freed them") are people: a state or an organisation the pronoun
    was resolved to ("details surrounding their release": not the ministry named before) is
    dropped; so is the one who tells or hopes the release, the pronoun was resolved to
    (rule REPORTER_NOT_CAPTIVE). Returns the kept targets and the rule that dropped any."""
    if tok.pos_ in NOUN_POS:
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    else:  # "they will be handed to X next week", "freed them"
        o = logical_object(tok) if tok.pos_ in VERB_POS else None
        pron = o if o is not None and o.pos_ == "PRON" else None
    if pron is None:
        return targets, CAPTIVE_PRONOUN
    reporter = _reporter_antecedent(d, tok, pron)
    kept = [t for t in targets if is_marker(t) or getattr(d.ctx.actors.get(t), "kind", None) not in (
        "state", "organization")]
    if reporter in kept:
        return [t for t in kept if t != reporter], REPORTER_NOT_CAPTIVE
    return kept, CAPTIVE_PRONOUN


def _reporter_antecedent(d: Doc_, tok: Token, pron: Token) -> str | None:
    """Rule REPORTER_NOT_CAPTIVE: "officials said they hoped they were released", "sources said
    their release came in a swap", "lawyers for the hostages were not available to
    confirm whether they had been freed": a pronoun resolved to the subject of the verb whose complement
    tells the release names the people telling, hoping or confirming it, not its captives (who were
    named before). Not when that subject is a person ("X said his captors released him") or a
    captive noun ("the hostages said they had been freed").

    Why: coreference prefers the nearest subject, and the nearest subject of a reported release is
    its reporter. Returns the actor to drop, or None."""
    aid = d.ctx.coref.get(pron.i)
    x = tok
    while x.dep_ not in REPORTED_DEPS and x.head.i != x.i:
        x = x.head
    if aid is None or x.dep_ not in REPORTED_DEPS:
        return None
    g = x.head
    subj = _subject(g)
    if subj is None and g.dep_ in ("advcl", "xcomp"):
        subj = _subject(g.head)  # "X was not available to confirm ...": X would confirm
    if subj is None or aid not in d.actors(subj):
        return None
    act = d.ctx.actors.get(aid)
    if act is None or act.kind == "person":
        return None  # "Brandt said his captors released him": a person tells of their own release
    name = act.name.casefold().split()
    head = next((w for i, w in enumerate(name) if i + 1 == len(name) or name[i + 1] in W.name_preps), "")
    return None if head.rstrip("s") in nominal_words().hostage_nouns else aid


def _subject(v: Token) -> Token | None:
    """The subject of a clause, active or passive."""
    return logical_subject(v) or child(v, "nsubjpass")
