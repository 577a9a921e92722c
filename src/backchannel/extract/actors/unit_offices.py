"""The head of a federated unit named by office: "the Governor of Lorvia State", "Lorvia Governor X".

Why: a unit's head acts and speaks like any party. Written with a name ("Lorvia state governor Ola
Brandt", "the Governor of Lorvia State, Ola Brandt,") the title is that person's, and the person's
side is the unit, not the country; written alone it is one unnamed person per unit and title
("Governor of Lorvia State"), and a later "the governor" is the same person. A title under another
person's title ("the spokesman to the Governor of Lorvia State, Jo Amsel") names the
spokesman, who speaks for the governor (``holder_blocking_preps``). The titles come from
``extract/actors/subnational.py`` (``st.unit_titles``); the words from ``data/subnational.toml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.subnational import words
from backchannel.model import Actor
from backchannel.resolve.records import Country
from backchannel.resolve.lexicon import fold

HOLDER = "actors.subnational.unit_office_holder"
HOLDER_RUN = "actors.subnational.holder_name_run"
OFFICE = "actors.subnational.unit_office"
AGAIN = "actors.subnational.unit_office_again"
STAFF = "actors.subnational.staff_of_holder"
STAFF_AGAIN = "actors.subnational.staff_again"
OWN_GOVERNMENT = "actors.subnational.holders_government"
CLIMB = 3  # verbs climbed from "his administration" to the clause whose subject is the holder
COUNTRY = "actors.subnational.unit_country"
NEAR_WORDS = 4  # "Lorvia State in northern Norland": a unit and its country a few words apart


def unit_office_holders(st: ActorState) -> None:
    """Each unit title's holder (named or not) gets the unit as its side; "the governor" after it is the holder."""
    made: dict[tuple[str, str], str] = {}  # (title, unit id) -> holder id
    for ti, first, last, unit in st.unit_titles:
        doc = st.doc
        title = doc[ti]
        lead = [t for t in doc[first:last + 1] if t.dep_ != "det"] or [title]
        phrase = clean(st.text[lead[0].idx: doc[last].idx + len(doc[last].text)])
        outer = _under_title(st, first)
        blocked = outer is not None
        named = _run_holder(st, ti + 1) if last > ti + 1 and not blocked and _name_start(st, ti + 1) \
            else _named_after(st, last, blocked)
        holder = named or _named_elsewhere(st, title, unit) or made.get((title.lower_, unit))
        if holder is None:
            holder = st.ctx.new_actor_id(phrase)
            st.ctx.add_actor(Actor(id=holder, name=phrase, kind="person", named=False, affiliation=unit), OFFICE)
            st.ctx.trace(st.ctx.actors[holder], "affiliation", OFFICE)
            st.add_mention(holder, lead[0].idx, doc[last].idx + len(doc[last].text), title, OFFICE)
        else:
            actor = st.ctx.actors[holder]
            if actor.named and phrase.casefold() not in {d.casefold() for d in actor.descriptors}:
                st.add_descriptor(actor, phrase, HOLDER)
            if actor.affiliation != unit:
                st.set_affiliation(actor, unit, HOLDER)
            st.add_mention(holder, title.idx, title.idx + len(title.text), title, HOLDER)
        made[(title.lower_, unit)] = holder
        st.ctx.coref[ti] = holder
        st.token_actor[ti] = holder
        st.consumed.add(ti)
        if outer is not None:
            _staff(st, last, holder, outer)
    _bare_titles(st, made)
    _holders_governments(st, {h: u for (_, u), h in made.items()})


def _holders_governments(st: ActorState, units: dict[str, str]) -> None:
    """ "the governor said his administration paid nothing": a government noun owned by a pronoun is the
    holder's unit when the noun is a subject ("his administration paid") or stands in a clause the
    holder's verb reports ("said the talks were led by his government"), and no other person is named
    between the holder and the pronoun. Not "thanked President X for his administration's help" nor
    "met X and praised his government's role": the pronoun there may be the other man's."""
    for tok in st.doc:
        if tok.lower_ not in words().units.government_nouns or tok.i in st.consumed or tok.i in st.token_actor:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is None:
            continue
        subj = _clause_subject(tok)
        holder = st.token_actor.get(subj.i) if subj is not None else None
        if holder not in units or subj is None or _person_between(st, subj.i, owner.i, holder):
            continue
        first = min(c.i for c in tok.children if c.dep_ == "poss")
        s, e = st.doc[first].idx, tok.idx + len(tok.text)
        st.add_mention(units[holder], s, e, tok, OWN_GOVERNMENT)
        st.add_alias(units[holder], st.text[s:e], OWN_GOVERNMENT)
        st.consumed.add(tok.i)


def _clause_subject(tok: Token) -> Token | None:
    """The first subject met climbing from ``tok`` through up to ``CLIMB`` verbs, when ``tok`` is a
    subject itself or the climb passes a reported clause (``ccomp``); else None."""
    ok = tok.dep_ in ("nsubj", "nsubjpass")
    node, verb, n = tok, tok.head, 0
    while n < CLIMB:
        ok = ok or node.dep_ == "ccomp"
        if verb.pos_ in ("VERB", "AUX"):
            n += 1
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
            if subj is not None:
                return subj if ok else None
        if verb.head.i == verb.i:
            return None
        node, verb = verb, verb.head
    return None


def _person_between(st: ActorState, lo: int, hi: int, holder: str) -> bool:
    """Is a person other than the holder named between the holder's subject and the pronoun?"""
    for i in range(min(lo, hi) + 1, max(lo, hi)):
        aid = st.token_actor.get(i)
        actor = st.ctx.actors.get(aid) if aid else None
        if actor is not None and aid != holder and actor.kind == "person":
            return True
    return False


def _under_title(st: ActorState, first: int) -> Token | None:
    """ "the spokesman (OPS) to the Governor of X": the outer title, when the title's phrase follows a
    blocking preposition that itself follows a noun (a bracketed acronym aside), not a verb ("handed
    to the Governor")."""
    doc = st.doc
    if first == 0 or doc[first - 1].lower_ not in words().units.holder_blocking_preps:
        return None
    i = first - 2
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") else None


def _named_after(st: ActorState, last: int, blocked: bool) -> str | None:
    """The named person right after the title ("Lorvia Governor Ola Brandt") or apposed to it after a
    comma ("the Governor of Lorvia State, Ola Brandt,"), unless the title is under another one."""
    doc = st.doc
    j = last + 1
    if j < len(doc) and doc[j].text == ",":
        if blocked:
            return None
        j += 1
    j = _past_honorifics(st, j)
    aid = st.token_actor.get(j) if j < len(doc) else None
    actor = st.ctx.actors.get(aid) if aid else None
    if actor is None and j < len(doc):
        return _surname_holder(st, j) or (_run_holder(st, j) if not blocked and _name_start(st, j) else None)
    if actor is not None and (actor.kind != "person" or _padded(st, actor)) and not blocked and _name_start(st, j):
        return _run_holder(st, j)
    return aid if actor is not None and actor.kind == "person" and actor.named else None


def _name_start(st: ActorState, j: int) -> bool:
    """Does a person's name open at token ``j``: a capitalised proper noun that is no country, unit
    word, title or name of a body ("Lorvia State Governor Ola Brandt", "Governor Ola Brandt of ...")?"""
    t = st.doc[j]
    return t.pos_ == "PROPN" and t.text[:1].isupper() and not _not_name_word(st, t)


def _padded(st: ActorState, actor: Actor) -> bool:
    """Does a person's name hold a word no name holds ("Ola Brandt Monday": a date the tagger ran into
    the name) or open with a courtesy title ("Dr Ola Brandt")? Then the run after the title names it."""
    words_ = actor.name.split()
    return bool(words_) and (words_[0].lower() in st.lx.honorifics or any(
        w.lower() in words().units.name_stops for w in words_))


def _past_honorifics(st: ActorState, j: int) -> int:
    """The first token at or after ``j`` that is no courtesy title ("Dr", "Mallam": ``honorifics`` of
    data/actors.toml): "<Name> State Governor Dr Ola Brandt" is Ola Brandt, the title no part of the name."""
    while j + 1 < len(st.doc) and st.doc[j].lower_ in st.lx.honorifics and st.doc[j + 1].pos_ == "PROPN":
        j += 1
    return j


def _not_name_word(st: ActorState, t: Token) -> bool:
    """Is ``t`` a word no person's name holds: a unit head or title, a government title, a body's word, a
    country or demonym, a possessive mark, or a date ("Monday", a DATE/TIME entity: ``name_stops``)?"""
    w, lx = words().units, st.lx
    return bool(t.lower_ in w.heads or t.lower_ in w.titles or t.lower_ in lx.gov_titles
                or t.lower_ in lx.org_words or lx.country(t.text) or lx.demonym(t.text) or t.tag_ == "POS"
                or t.lower_ in w.name_stops or t.ent_type_ in w.stop_labels)


def _run_holder(st: ActorState, j: int) -> str | None:
    """The person named by the run of two to four capitalised proper nouns right after a unit's title,
    whatever the tagger made of it: "Lorvia State Governor Ola Brandt" with "Brandt" read as a place,
    or "Governor Ola Bello Brandt of Lorvia State" with only "Bello Brandt" read as a person. The one
    actor on the run becomes that person under the whole name (its old name an alias); with none, the
    run is a new person. Two actors on the run, or a country's name: no holder."""
    doc = st.doc
    j = _past_honorifics(st, j)
    end = j
    while end < len(doc) and end - j < 4 and _name_start(st, end) and doc[end].whitespace_ in (" ", ""):
        end += 1
        if doc[end - 1].text.endswith(("’s", "'s")):
            break
    if end - j < 2:
        return None
    ids = {st.token_actor[i] for i in range(j, end) if i in st.token_actor}
    if len(ids) > 1 or any(st.lx.country(st.ctx.actors[a].name) for a in ids):
        return None
    full = doc[j:end].text
    if not ids:
        aid = st.ctx.new_actor_id(full)
        st.ctx.add_actor(Actor(id=aid, name=full, kind="person"), HOLDER_RUN)
    else:
        aid = next(iter(ids))
        actor = st.ctx.actors[aid]
        if actor.kind != "person":
            actor.kind, actor.named = "person", True
            st.ctx.trace(actor, "kind", HOLDER_RUN)
        if fold(full) != fold(actor.name) and (fold(full).endswith(fold(actor.name)) or _padded(st, actor)):
            old, actor.name = actor.name, full
            st.ctx.trace(actor, "name", HOLDER_RUN)
            if fold(full).endswith(fold(old)) or old.split()[0].lower() in st.lx.honorifics:
                st.add_alias(aid, old, HOLDER_RUN)  # (not "Ola Brandt Monday", no name at all)
    st.add_mention(aid, doc[j].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[end - 1], HOLDER_RUN)
    last = fold(doc[end - 1].text)  # "... Brandt said": the surname the names step made a person of its own
    short = [a.id for a in st.ctx.actors.values() if a.id != aid and a.kind == "person" and fold(a.name) == last]
    if len(short) == 1:
        st.merge(short[0], aid, HOLDER_RUN)
    return aid


def _surname_holder(st: ActorState, j: int) -> str | None:
    """ "the Governor of X, Ola Brandt, ... Mr Brandt said": a full name the tagger did not take for a
    person, whose last word is the one named person's name; the full name becomes that person's.
    (Near twin: ``extract/claims/titles.title_place_holder`` does the same for a speaker, later, and
    keeps the short name with the full one as an alias and takes the first match, not the only one; not
    merged yet since the two differ in those two points and the claims one feeds the speaker figures.)"""
    doc = st.doc
    end = j
    while end < len(doc) and end - j < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end - j < 2:
        return None
    full, last = doc[j:end].text, fold(doc[end - 1].text)
    hits = [a for a in st.ctx.actors.values() if a.kind == "person" and a.named and fold(a.name) == last]
    if len(hits) != 1:
        return None
    actor = hits[0]
    old = actor.name
    actor.name = full
    st.ctx.trace(actor, "name", HOLDER)
    st.add_alias(actor.id, old, HOLDER)
    st.add_mention(actor.id, doc[j].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[end - 1], HOLDER)
    return actor.id


def _staff(st: ActorState, last: int, holder: str, outer: Token) -> None:
    """ "the spokesman to the Governor of X, Jo Amsel": Jo Amsel, the spokesman, speaks for the governor."""
    doc = st.doc
    j = last + 2
    aid = st.token_actor.get(j) if j < len(doc) and doc[last + 1].text == "," else None
    actor = st.ctx.actors.get(aid) if aid else None
    if actor is None or actor.kind != "person" or actor.id == holder:
        return
    st.set_affiliation(actor, holder, STAFF)
    if outer.i not in st.consumed and outer.i not in st.token_actor:
        first = min([outer.i, *[t.i for t in outer.lefts if t.dep_ != "det"]])
        st.add_mention(actor.id, doc[first].idx, outer.idx + len(outer.text), outer, STAFF)
        st.ctx.coref[outer.i] = actor.id
        st.consumed.update(range(first, outer.i + 1))


def _named_elsewhere(st: ActorState, title: Token, unit: str) -> str | None:
    """The one named person the report writes with the bare title before the name ("Governor Brandt"),
    unless that title is another body's ("Central Bank Governor Ola Brandt", "Governor Brandt of the
    central bank"): a word before the title or an "of" phrase after the name that is not the unit's."""
    hits = set()
    for a in st.ctx.actors.values():
        if a.kind != "person" or not a.named:
            continue
        for m in a.mentions:
            sp = st.doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is None or sp.start == 0 or st.doc[sp.start - 1].lower_ != title.lower_:
                continue
            if not _other_body(st, sp, unit):
                hits.add(a.id)
    return next(iter(hits)) if len(hits) == 1 else None


def _other_body(st: ActorState, name: Span, unit: str) -> bool:
    """Is the title before ``name`` (the token at ``name.start - 1``) another body's? A capitalised word
    right before it, or "of" right after the name, not followed or preceded by the unit's name."""
    doc, actor = st.doc, st.ctx.actors[unit]
    own = {fold(actor.name), *(fold(x) for x in actor.aliases)}
    own_words = {w for x in own for w in x.split()} | set(words().units.heads)
    before = doc[name.start - 2] if name.start >= 2 else None
    if before is not None and before.text[:1].isupper() and not before.is_sent_start \
            and before.pos_ in ("PROPN", "NOUN") and fold(before.text) not in own_words:
        return True
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and after.lower_ == st.lx.words.of:
        tail = doc[name.end + 1:min(len(doc), name.end + 5)].text
        return not any(fold(tail).startswith(x) or fold(tail).startswith("the " + x) for x in own)
    return False


def _bare_titles(st: ActorState, made: dict[tuple[str, str], str]) -> None:
    """ "the governor said": the one holder of that title the report has."""
    by_title: dict[str, set[str]] = {}
    for (title, _), holder in made.items():
        by_title.setdefault(title, set()).add(holder)
    for tok in st.doc:
        holders = by_title.get(tok.lower_)
        if not holders or len(holders) != 1 or tok.i in st.consumed or tok.tag_ not in ("NN", "NNP"):
            continue
        kids = [c for c in tok.children if c.i < tok.i]
        if [c.lower_ for c in kids] != [st.lx.words.definite_article] or any(
                c.dep_ == "prep" and c.lower_ == st.lx.words.of for c in tok.children):
            continue
        if tok.i + 1 < len(st.doc) and st.doc[tok.i + 1].pos_ == "PROPN":
            continue  # "the Governor Ola Brandt": a name follows
        holder = next(iter(holders))
        st.add_mention(holder, tok.idx, tok.idx + len(tok.text), tok, AGAIN)
        st.ctx.coref[tok.i] = holder
        st.token_actor[tok.i] = holder
        st.consumed.add(tok.i)
        if not st.ctx.actors[holder].named:
            st.add_alias(holder, tok.text, AGAIN)
        if tok.dep_ == "poss":
            _staff_again(st, tok, holder)


def _staff_again(st: ActorState, owner: Token, holder: str) -> None:
    """ "the governor's spokesman said": the one named person the report gave the holder as side
    (``staff_of_holder``), when the possessed noun is a person's."""
    head = owner.head
    if head.i in st.consumed or head.i in st.token_actor or head.lemma_.lower() not in st.lx.person_nouns:
        return
    staff = [a.id for a in st.ctx.actors.values() if a.kind == "person" and a.named and a.affiliation == holder]
    if len(staff) != 1:
        return
    first = min([owner.i, *[t.i for t in owner.lefts]])
    st.add_mention(staff[0], st.doc[first].idx, head.idx + len(head.text), head, STAFF_AGAIN)
    st.ctx.coref[head.i] = staff[0]
    st.token_actor[head.i] = staff[0]
    st.consumed.add(head.i)


def unit_countries(st: ActorState) -> None:
    """A unit's side is its country, when the report ties the two: the country named right by the unit
    ("Lorvia State, Norland", "northern Norland's Lorvia State", "Lorvia State in northern Norland"),
    else the report's only country, unless the unit's people act on it ("met the Norland envoy") or
    another country stands by the unit. Why not the country named most: a report about a unit often
    names a foreign state more (the one that sends aid), and the tagger's false places ("Gunmen") are
    no country at all; a wrong side is worse than none."""
    units = set(st.units.values())
    countries = {aid: c for aid, a in st.ctx.actors.items()
                 if a.kind == "state" and aid not in units and (c := st.lx.country(a.name)) is not None}
    if not units or not countries:
        return
    for aid in units:
        actor = st.ctx.actors.get(aid)
        if actor is None or actor.affiliation is not None:
            continue
        near = _beside(st, _unit_spans(st, actor))
        ids = {c for c, country in countries.items() if country in near}
        country = next(iter(ids)) if len(ids) == 1 else None
        if not near and len(countries) == 1 and not _faces(st, aid, next(iter(countries))):
            country = next(iter(countries))
        if country is not None:
            st.set_affiliation(actor, country, COUNTRY)


def _unit_spans(st: ActorState, actor: Actor) -> list[Span]:
    """Where the report writes the unit: its mentions and the places it stands as ("in Lorvia State")."""
    names = {fold(actor.name), *(fold(a) for a in actor.aliases)}
    spans = [(m.start, m.end) for m in actor.mentions]
    spans += [(s, e) for s, e, _ in st.vetoed if fold(st.text[s:e]) in names]
    out = [st.doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    return [sp for sp in out if sp is not None]


def _beside(st: ActorState, spans: list[Span]) -> list[Country]:
    """The countries named (or by demonym) within a few words of the unit in one sentence, with no verb
    between ("Lorvia State, Norland", "northern Norland's Lorvia State", "the Norlandian Lorvia State
    Government"), not "Lorvia State's governor met the Norland envoy"."""
    lx, doc = st.lx, st.doc
    found: list[Country] = []
    for sp in spans:
        for step, edge in ((1, sp.end), (-1, sp.start - 1)):
            j = edge
            while 0 <= j < len(doc) and abs(j - edge) <= NEAR_WORDS and doc[j].sent.start == sp.sent.start \
                    and doc[j].pos_ not in ("VERB", "AUX"):
                hit = lx.country(doc[j].text) or lx.demonym(doc[j].text)
                aid = st.token_actor.get(j)
                hit = hit or (lx.country(st.ctx.actors[aid].name) if aid in st.ctx.actors else None)
                if hit is not None and hit not in found:
                    found.append(hit)
                j += step
    return found


def _faces(st: ActorState, unit: str, country: str) -> bool:
    """Is the country on the other end of a verb whose subject is the unit or one of its people ("Lorvia
    State governor X met the Norland ambassador")? Then it is likely foreign, not the unit's own."""
    ours: set[int] = set()
    for a in st.ctx.actors.values():
        if a.id == unit or a.affiliation == unit:
            for m in a.mentions:
                sp = st.doc.char_span(m.start, m.end, alignment_mode="expand")
                ours.update(range(sp.start, sp.end) if sp is not None else ())
    for m in st.ctx.actors[country].mentions:
        sp = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        verb = sp.root if sp is not None else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb is not None and verb.pos_ in ("VERB", "AUX") and sp is not None and sp.root.i != verb.i \
                and any(c.dep_ == "nsubj" and c.i in ours and c.i not in range(sp.start, sp.end)
                        for c in verb.children):
            return True
    return False
