"""One party under several descriptions within a report: joins made once every actor is known.

Why a step of its own: a report names one party in many ways ("Lorvian officials",
"the Lorvian representatives", "the Lorvians"; "the Front's leadership" for the Front; "Lorvian government officials" who act for Lorvia;
"Varga" misspelt "Vagra"). Earlier steps each make an actor of what they read; these joins need the finished list, the side of
every description and the named parties. Each join is a merge or a mention traced to
its rule (``actors.parties.*``), so a wrong one can be found and undone by rule id.
Language data: ``data/parties.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache

from spacy.tokens import Token

from backchannel.data_loader import read, word_list
from backchannel.extract.actors.captive_shapes import freed_count
from backchannel.extract.actors.misspelt_names import misspelt_full_names, misspelt_surnames
from backchannel.extract.actors.peoples import proper_demonym_noun
from backchannel.extract.actors.spans import clean
from backchannel.extract.actors.state import ActorState, How
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import NSUBJ_DEPS

FILE = "parties.toml"
PASSIVE_SUBJECT = "nsubjpass"  # a dependency label: "officials were bribed" do not act
PRISONERS = "prisoners"  # the captives' head in ``groups.synonyms`` (a key of the data, not a word list)
GROUP_SYNONYM = "actors.parties.group_synonym"
DEMONYM_PLURAL = "actors.parties.demonym_plural"
PARTY_DESCRIPTION = "actors.parties.party_description"
LEADER_TITLE = "actors.parties.leader_title"
OWNED_SOURCE = "actors.parties.owned_source"
OR_ALIAS = "actors.parties.or_alias"
PARTY_STAFF = "actors.parties.party_staff"
NER_KIND_ONLY = "actors.names.kind_ner_label"  # a kind read from the NER label alone, with no evidence


@dataclass(frozen=True)
class PartyWords:
    """The lists of ``parties.toml``."""

    synonyms: dict[str, str]  # a group head -> the first word of its list
    member_heads: frozenset[str]
    people_plurals: frozenset[str]
    place_labels: frozenset[str]
    staff_heads: frozenset[str]
    coordinators: frozenset[str]
    org_collective_heads: frozenset[str]
    org_origin_heads: frozenset[str]
    government_heads: frozenset[str]
    government: frozenset[str]
    empty: frozenset[str]
    predicative_preps: frozenset[str]
    counted_determiners: frozenset[str]
    captive_verbs: frozenset[str]
    captive_nouns: frozenset[str]
    captivity: frozenset[str]
    captive_participles: frozenset[str]
    leader_heads: frozenset[str]
    top_titles: frozenset[str]
    owner_preps: frozenset[str]
    or_alias: frozenset[str]
    min_misspelt: int
    sound_alike: frozenset[frozenset[str]]
    min_sound_alike: int


@cache
def party_words() -> PartyWords:
    raw = read(FILE)
    g = raw["groups"]
    syn = {w: grp[0] for k, grp in enumerate(g["synonyms"]) for w in word_list(FILE, f"groups.synonyms[{k}]", grp)}
    lists = {f.name: frozenset(word_list(FILE, f"groups.{f.name}", g[f.name]))
             for f in fields(PartyWords) if f.type == "frozenset[str]"}
    n = raw["names"]
    sound = frozenset(frozenset(p) for p in word_list(FILE, "names.sound_alike_initials", n["sound_alike_initials"]))
    return PartyWords(synonyms=syn, min_misspelt=int(n["min_misspelt"]), sound_alike=sound,
                      min_sound_alike=int(n["min_sound_alike"]), **lists)


def one_party(st: ActorState) -> None:
    """Run the joins, most specific first (a party's description before its group synonyms)."""
    or_aliases(st)
    party_descriptions(st)
    party_collectives(st)
    group_synonyms(st)
    demonym_plurals(st)
    misspelt_surnames(st, party_words())
    misspelt_full_names(st, party_words())
    leader_titles(st)
    owned_sources(st)


def first_at(a: Actor) -> int:
    return min((m.start for m in a.mentions), default=1 << 30)


def side_of(st: ActorState, a: Actor) -> str | None:
    """The side a description names by a demonym or state name in it, else its affiliation."""
    for w in a.name.split():
        c = st.lx.demonym(w) or st.lx.country(w)
        if c is not None and c.name in st.state_ids:
            return st.state_ids[c.name]
    return a.affiliation


def group_key(st: ActorState, a: Actor, side: str) -> tuple[str, ...]:
    """The words of a group's description once its side, empty words and head synonyms are set aside."""
    pw = party_words()
    side_words = {fold(w) for w in st.ctx.actors[side].name.split()} if side in st.ctx.actors else set()
    out = []
    captive = held(st, a)
    for w in a.name.split():
        f = fold(w)
        if f in pw.empty or f in side_words or st.lx.demonym(w) or st.lx.country(w):
            continue
        out.append(pw.synonyms.get(f, f))
    if captive and out:  # "soldiers in captivity" are prisoners; "exchanged prisoners" are the prisoners
        out[-1] = pw.synonyms.get(PRISONERS, PRISONERS)
    if out and out[-1] == pw.synonyms.get(PRISONERS, PRISONERS):
        out = [w for w in out[:-1] if w not in pw.captive_participles] + out[-1:]
    return tuple(sorted(out))


def held(st: ActorState, a: Actor) -> bool:
    """A group whose first mention's head has a captivity word after it ("soldiers in captivity")."""
    pw = party_words()
    first = min(a.mentions, key=lambda m: m.start, default=None)
    span = st.doc.char_span(first.start, first.end, alignment_mode="expand") if first else None
    if span is None:
        return False
    after = st.doc[span.end:span.end + 2]  # "soldiers in captivity" (the parser may hang it on the verb)
    return any(fold(t.text) in pw.captivity for t in [*span, *after]) and (
        not len(after) or after[0].pos_ == "ADP" or any(fold(t.text) in pw.captivity for t in span))


def group_synonyms(st: ActorState) -> None:
    """Two unnamed groups of one side whose descriptions are one once synonymous heads are one:
    "Lorvian officials" ... "the Lorvian representatives" (``actors.parties.group_synonym``)."""
    pw = party_words()
    seen: dict[tuple, str] = {}
    groups = sorted((a for a in st.ctx.actors.values() if not a.named and a.kind == "group"), key=first_at)
    for a in groups:
        side = side_of(st, a)
        words = a.name.split()
        if side is None or not words or fold(words[-1]) not in pw.synonyms:
            continue
        key = (side, group_key(st, a, side))
        if key in seen and seen[key] in st.ctx.actors:
            st.merge(a.id, seen[key], GROUP_SYNONYM)
        else:
            seen[key] = a.id


def demonym_plurals(st: ActorState) -> None:
    """"The Lorvians" for the one group of Lorvia's agents the report describes, else for Lorvia
    (``actors.parties.demonym_plural``): an actor so named is merged, a bare mention joins."""
    pw = party_words()
    hits = {h.tok.i: h for h in st.state_hits if h.how == How.DEMONYM}
    for tok in st.doc:
        if tok.tag_ not in ("NNS", "NNPS") and not proper_demonym_noun(st, tok) or not tok.text[:1].isupper():
            continue
        hit = hits.get(tok.i)  # "the North Koreans": a demonym of several words (s31-fix-actors)
        country = hit.country if hit is not None else st.lx.demonym(tok.text)
        if country is None or fold(tok.text) == fold(country.name) or country.name not in st.state_ids:
            continue
        start = hit.start if hit is not None else tok.idx
        if tok.dep_ in ("attr", "appos", "compound") or any(c.dep_ in ("amod", "compound") and c.idx < start
                                                            for c in tok.children) and not freed_count(tok) \
                or (tok.dep_ == "pobj" and fold(tok.head.text) in pw.predicative_preps):
            continue  # "as Americans", "ordinary Iranians": people, not a party
        state = st.state_ids[country.name]
        people = some_people(tok)  # "two Lorvians", "Lorvians held by the rebels": never the party itself
        owner = st.token_actor.get(tok.i)
        if owner is not None and owner in st.ctx.actors and owner != state and \
                fold(st.ctx.actors[owner].name) != fold(tok.text):
            continue  # inside another actor's description
        groups = [a for a in st.ctx.actors.values() if not a.named and a.kind == "group" and a.id != owner
                  and side_of(st, a) == state and fold(tok.text) not in {fold(a.name)}
                  and any((c := st.lx.demonym(w) or st.lx.country(w)) is not None and c.name == country.name
                          for w in a.name.split())]  # "the Lorvians" for "two Lorvia citizens" (s36-quant)
        target = groups[0].id if len(groups) == 1 else state
        if people and (target == state or not any(some_people(h) for h in mention_heads(st, groups[0]))):
            continue  # counted or captive people join only a group of captives, never the state or its agents
        if owner is not None and owner != state and target == state:
            continue  # an actor named "Lorvians" (freed captives, ...) is no state
        if owner is not None and owner != target and owner != state:
            st.merge(owner, target, DEMONYM_PLURAL)  # an actor named "Lorvians" (freed captives, ...)
            continue
        _move_mention(st, tok, start, state, target)
        if target != state and _definite_alone(st, tok, start) and \
                not any(some_people(h) for h in mention_heads(st, groups[0])):  # captives are not its voice
            st.add_alias(state, st.text[start:tok.idx + len(tok.text)], DEMONYM_PLURAL)  # "the Omanis said"


def _definite_alone(st: ActorState, tok: Token, start: int) -> bool:
    """ "the Omanis" with nothing else before the demonym: the golds name the state by it (its voice) even
    when the mention joins the one group of its agents (s31-fix-actors, from s31's demonym_side)."""
    deps = [c for c in tok.children if c.i < tok.i and c.idx < start]
    return len(deps) == 1 and deps[0].dep_ == "det" and deps[0].lower_ == st.lx.words.definite_article


def some_people(tok: Token) -> bool:
    """Rule ``actors.parties.demonym_plural`` (its guard): a plural counted or quantified ("two
    Lorvians", "all Lorvians") or held or freed ("Lorvians held by X", "the release of Lorvians",
    "the Lorvians were freed") names some people of the state, who are neither the state nor a
    group of its agents: the state does not stand for its captives."""
    pw = party_words()
    if any(c.dep_ == "nummod" or c.dep_ in ("det", "predet", "amod") and fold(c.text) in pw.counted_determiners
           for c in tok.children):
        return True
    if held_by_postmodifier(tok):
        return True  # "Lorvians held by the rebels", "the Lorvians who were detained in Norland"
    head = tok.head
    if tok.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in pw.captive_verbs:
        return True  # "the Lorvians were freed", "freed the Lorvians"
    if tok.dep_ == "conj":
        return some_people(head)  # "Westerners and Lorvians held by ..."
    return tok.dep_ == "pobj" and head.head.i != head.i and head.head.lemma_.lower() in pw.captive_nouns


def held_by_postmodifier(tok: Token) -> bool:
    """A plural described by a participle or relative clause of holding or freeing ("the Lorvians held in
    Norland", "the Lorvians who were detained"), or read by the parser as the subject of such a participle
    that is itself a clausal subject ("the Lorvians detained in Norland were sent home"). Why: such
    people are captives, never the state's voice (s31-fix-actors)."""
    verbs = party_words().captive_verbs
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in NSUBJ_DEPS and head.lemma_.lower() in verbs and head.dep_ in ("csubj", "csubjpass")


def mention_heads(st: ActorState, a: Actor) -> list[Token]:
    """The head tokens of an actor's mentions."""
    spans = (st.doc.char_span(m.start, m.end, alignment_mode="expand") for m in a.mentions)
    return [sp.root for sp in spans if sp is not None]


def _move_mention(st: ActorState, tok: Token, s: int, state: str, target: str) -> None:
    """The token (its demonym from ``s``) becomes a mention (and alias) of ``target``, no longer of the state."""
    e = tok.idx + len(tok.text)
    if target != state:
        st.ctx.actors[state].mentions = [m for m in st.ctx.actors[state].mentions if not (m.start <= s < m.end)]
        st.token_actor[tok.i] = target
    st.add_alias(target, st.text[s:e], DEMONYM_PLURAL)
    if not any(m.start <= s < m.end for m in st.ctx.actors[target].mentions):
        st.add_mention(target, s, e, tok, DEMONYM_PLURAL)
    st.ctx.coref[tok.i] = target


def party_descriptions(st: ActorState) -> None:
    """An unnamed group that is a named party by its description (``actors.parties.party_description``):
    "leaders of the Front", "emissaries from the Front" are the Front; "Lorvian government officials"
    who act (the subject of a clause: "... began talks") are Lorvia, while officials only spoken of
    ("the bribery of Lorvian government officials") stay a group of people.
    """
    pw = party_words()
    for a in sorted(st.ctx.actors.values(), key=first_at):
        words = [fold(w) for w in a.name.split()]
        cut = next((k for k, w in enumerate(words) if w in st.lx.words.origin_preps), len(words))
        words = words[:cut]  # "leaders of the Front": the head before its origin phrase
        if a.named or a.kind == "person" or not words:
            continue
        side = side_of(st, a)
        party = st.ctx.actors.get(side) if side else None
        if party is None or not party.named or party.kind == "person":
            continue
        if party.kind == "state":
            said = words[-1] in pw.government_heads and bool(pw.government & set(words)) and acts(st, a, pw.government)
        else:
            said = names_party(party, a, words[-1])
        if said:
            st.merge(a.id, party.id, PARTY_DESCRIPTION)
        elif staff_of(st, party, a, words):
            st.merge(a.id, party.id, PARTY_STAFF)


def staff_of(st: ActorState, party: Actor, a: Actor, words: list[str]) -> bool:
    """Rule ``actors.parties.party_staff``: the people a description sends from one named organisation
    with no state side speak for it: "officials from the Red Cross" (the organisation alone after the
    head and an origin preposition) and "Front officials", "UN officials" (the organisation before the
    head) are the organisation.

    A state's people stay a group of the state ("Lorvian officials", "officials from Lorvia": the
    golds' majority), as do officials of two parties ("government and Front officials") and heads
    that name a role ("negotiators", "mediators").
    """
    pw = party_words()
    aff = st.ctx.actors.get(party.affiliation) if party.affiliation else None
    if not words or words[-1] not in pw.staff_heads or party.kind != "organization" or \
            (aff is not None and aff.kind == "state") or party.traced("kind") == NER_KIND_ONLY:
        return False  # (an organisation by the model's label alone may be a place: "Norland officials")
    name = fold(a.name)
    if set(name.split()) & pw.coordinators:
        return False  # "government and Front officials", "officials from the Front and the UN": no one party
    names = [fold(n) for n in [party.name, *party.aliases]]
    cut = [m for p in st.lx.words.origin_preps if (m := re.search(rf"\b{re.escape(p)}\b", name))]
    if cut:
        tail = name[min(m.end() for m in cut):]
        return any(re.search(rf"\b{re.escape(n)}\b", tail) for n in names)
    head = " ".join(words[:-1])
    return any(re.search(rf"\b{re.escape(n)}$", head) for n in names)


def acts(st: ActorState, a: Actor, said: frozenset[str] = frozenset()) -> bool:
    """Some mention of ``a`` is the subject of a clause (it acts, rather than being spoken of); with
    ``said``, only a mention that has one of those words counts: "the officials said" after "bribing
    Venezuelan government officials" is a later use of the head alone, no evidence that the
    government's officials act (s35-alias). With ``said``, a speech verb's subject does not act either:
    "<demonym> government officials said" is the unnamed group the golds name as a source, never the
    state (s47-speaker: every such speaker of the read golds is the group)."""
    for m in a.mentions:
        if said and not said & set(fold(st.text[m.start:m.end]).split()):
            continue
        span = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in NSUBJ_DEPS - {PASSIVE_SUBJECT} and not (
                said and span.root.head.lemma_.lower() in st.lx.speech_verbs):
            return True
    return False


def party_collectives(st: ActorState) -> None:
    """"the Front leadership" / "the Front's hierarchy", written with no actor of its own, is a mention
    and alias of the Front (``actors.parties.party_description``): a collective head on the name."""
    pw = party_words()
    for tok in st.doc:
        if fold(tok.text) not in pw.org_collective_heads or st.token_actor.get(tok.i):
            continue
        owners = [c for c in tok.children if c.dep_ in ("compound", "poss") and st.token_actor.get(c.i)]
        party = st.ctx.actors.get(st.token_actor[owners[0].i]) if owners else None
        if party is None or not party.named or party.kind not in ("organization", "state"):
            continue
        start = min(t.idx for t in owners[0].subtree if t.dep_ != "det")
        st.add_alias(party.id, clean(st.text[start:tok.idx + len(tok.text)]), PARTY_DESCRIPTION)
        st.add_mention(party.id, start, tok.idx + len(tok.text), tok, PARTY_DESCRIPTION)


def names_party(party: Actor, a: Actor, head: str) -> bool:
    """``a``'s description names the organisation ``party`` where its head makes it the party:
    anywhere for a collective ("the Front leadership"), after the head for a plural ("leaders of the Front")."""
    pw = party_words()
    names = {fold(n) for n in [party.name, *party.aliases]}
    for x in map(fold, [a.name, *a.aliases]):
        at = {n: x.find(n) for n in names if n in x}
        if head in pw.org_collective_heads and at:
            return True
        if head in pw.org_origin_heads and head in x and any(k > x.find(head) for k in at.values()):
            return True
    return False


def leader_titles(st: ActorState) -> None:
    """"The Lorvian leader" (or "the Lorvian president") is the one named person of Lorvia whose
    descriptor holds a leader's title ("prime minister", "president"; ``actors.parties.leader_title``).

    Only a singular description of the title and the side alone; two holders, or none, leave it.
    """
    pw = party_words()
    persons = [a for a in st.ctx.actors.values() if a.named and a.kind == "person" and a.affiliation]
    for a in [x for x in st.ctx.actors.values() if not x.named and x.kind == "person"]:
        words = a.name.split()
        state = side_of(st, a)
        if len(words) < 2 or state is None or st.ctx.actors.get(state) is None or \
                st.ctx.actors[state].kind != "state" or not (st.lx.demonym(words[0]) or st.lx.country(words[0])):
            continue
        title = fold(" ".join(words[1:]))
        wanted = pw.top_titles | pw.leader_heads if title in pw.leader_heads else {title} & pw.top_titles
        hits = [p for p in persons if p.affiliation == state and any(
            fold(d).endswith(t) for d in p.descriptors for t in wanted)]
        if wanted and len(hits) == 1:
            st.merge(a.id, hits[0].id, LEADER_TITLE)


def owned_sources(st: ActorState) -> None:
    """A bare "a source in Varga's office" is named with its place and belongs to it
    (``actors.parties.owned_source``): the phrase after the head is what tells it from other sources.

    Only a one-word unnamed person whose first mention's head has a prepositional phrase
    whose object is another actor's mention ("in Varga's office", "at the ministry").
    """
    pw = party_words()
    for a in [x for x in st.ctx.actors.values() if not x.named and x.kind == "person" and len(x.name.split()) == 1]:
        first = min(a.mentions, key=lambda m: m.start, default=None)
        span = st.doc.char_span(first.start, first.end, alignment_mode="expand") if first else None
        if span is None:
            continue
        prep = next((c for c in span.root.children if c.dep_ == "prep" and fold(c.text) in pw.owner_preps), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        owner = st.token_actor.get(obj.i) if obj is not None else None
        if obj is None or prep is None or owner is None or owner == a.id or owner not in st.ctx.actors:
            continue
        sub = list(obj.subtree)
        name = f"{a.name} {prep.text} {st.text[sub[0].idx:sub[-1].idx + len(sub[-1].text)]}"
        old = a.name
        a.name = name
        st.ctx.trace(a, "name", OWNED_SOURCE)
        st.add_alias(a.id, old, OWNED_SOURCE)
        if a.affiliation is None:
            st.set_affiliation(a, owner, OWNED_SOURCE)


def or_aliases(st: ActorState) -> None:
    """"the Southern Liberation Front, or SLF," names one organisation twice (``actors.parties.or_alias``):
    a name in capitals set after another organisation's name by ", or", closed by a comma or full stop."""
    pw = party_words()
    orgs = [a for a in st.ctx.actors.values() if a.named and a.kind != "person"]
    ends = {m.end: a.id for a in orgs for m in a.mentions}
    for b in list(orgs):
        if not b.name.replace(".", "").isupper() or b.id not in st.ctx.actors:
            continue
        for m in b.mentions:
            before = st.text[max(m.start - 8, 0):m.start]
            after = st.text[m.end:m.end + 1]
            glue = before.rstrip().rsplit(",", 1)
            if len(glue) != 2 or fold(glue[1]) not in pw.or_alias or after not in (",", ".", ")"):
                continue
            a = ends.get(m.start - len(before) + len(glue[0]))
            if a and a != b.id and a in st.ctx.actors:
                st.merge(b.id, a, OR_ALIAS)
                break
