"""Named actors from NER spans: grouping by name, kind from evidence, materialising.

Why: spaCy gives one entity per mention and often the wrong label; an actor is
the set of mentions that name the same party, and whether it is a person or an
organisation is decided from evidence (titles, given names, appositions), not
from the label alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from backchannel.extract.actors.ner_spans import Found, spans_from_ents
from backchannel.extract.actors.party_acronyms import plural_group_name
from backchannel.extract.actors.queries import government_of_state, governmental, org_like
from backchannel.extract.actors.spans import NAMED_LABELS, POSS_SUFFIX, clean, strip_span
from backchannel.extract.actors.place_frames import place_frame_keys
from backchannel.extract.actors.state_governments import owned_government
from backchannel.extract.actors.state import ActorState, Named
from backchannel.extract.actors.given_names import RULE as GIVEN_RULE
from backchannel.extract.actors.given_names import nearest_given_name
from backchannel.extract.actors.title_orgs import is_person_title, opens_title, seat_length
from backchannel.extract.context import slug
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold
from backchannel.resolve.merge import link_partial_names, name_tokens
from backchannel.resolve.records import Country
from backchannel.syntax.tree import NSUBJ_DEPS, coordination_head

PLACE_NAMED_ONCE = "actors.names.place_named_once"
PLACE_CHAIN_WORDS = 2  # common nouns between a name and the place noun it names ("the Lunde steel plant")
OUTLET_KIND = "actors.names.outlet_kind_noun"


def find_named(st: ActorState) -> None:
    """Group the repaired NER spans into named actors (``st.named``) by name, bloc and surname."""
    doc, lx = st.doc, st.lx
    by_key: dict[str, Named] = {}
    surnames = {fold(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    state_chars = {(h.start, h.end) for h in st.state_hits}
    state_starts = {h.start for h in st.state_hits}
    found_spans = list(spans_from_ents(st))
    places = _place_keys(st, found_spans) | place_frame_keys(st, found_spans)  # actors.names.place_frame
    for start, end, ent_label, span, rule in found_spans:
        grouped = _group_label(st, ent_label, span)
        if grouped is None:
            continue
        if fold(span.text) in places and span.root.dep_ not in NSUBJ_DEPS:
            st.vetoed.append((span.start_char, span.end_char, PLACE_NAMED_ONCE))
            continue
        label = grouped
        if label != "ORG" and not (label == "PERSON" and len(span) > 1) and _after_outlet_noun(st, span):
            label, rule = "ORG", OUTLET_KIND  # "local newspaper Lundeposten", "news agency LNA"
        found = _name_of(st, start, end, label, span, state_chars, state_starts)
        if found is None:
            continue
        s, e, name = found
        root = span.root
        if label == "UNIT":
            _add_unit(st, span, by_key, rule)
            continue
        bloc = lx.bloc(name)
        surface = name
        if bloc:
            name = bloc[0]  # "EU" and "the European Union" are one actor
        key = fold(name)
        if conquered_place(st, span, label):
            continue  # "the rebels seized Goma": a place taken, not a party
        if label in ("GPE", "FAC"):
            # a place not in the gazetteer is an actor only where it acts
            if unknown_place_is_venue(st, root) and key not in by_key and key not in surnames:
                continue
        nm = by_key.get(key)
        if nm is None:
            nm = Named(name=name, label=label)
            by_key[key] = nm
            st.named.append(nm)
        if label == "PERSON" and len(span) == 1 and span.root.tag_ == "NNPS":
            label = "GROUP"  # "the Houthis": a plural name is a group, not a person
        nm.labels[label.rstrip("?")] += 1
        nm.mentions.append((s, e, root, rule))
        if fold(surface) != key and surface not in nm.aliases:
            nm.aliases.append(surface)
            nm.alias_rules[surface] = "actors.names.bloc_name"
        kind_evidence(st, nm, span, label)
    link_names(st)


def _group_label(st: ActorState, label: str, span: Span) -> str | None:
    """The label a span is grouped under, None for spans that name no actor.

    A NORP counts only as a people or movement acting as a party: "the Kurds rejected",
    "the Houthis said".
    """
    if label == "NORP":
        r = span.root
        if len(span) == 1 and r.tag_ in ("NNPS", "NNS") and r.dep_ in NSUBJ_DEPS | {"dobj", "pobj", "poss"} \
                and st.lx.demonym(r.text) is None:
            label = "GROUP"
        else:
            return None
    if label not in NAMED_LABELS and label != "GROUP":
        return None
    return label


def _name_of(st: ActorState, start: int, end: int, label: str, span: Span,
             state_chars: set[tuple[int, int]], state_starts: set[int]) -> tuple[int, int, str] | None:
    """(start, end, cleaned name) of a span that can be a named actor; None for titles, places,
    states, furniture and the outlet's own name."""
    doc, text, lx = st.doc, st.text, st.lx
    s, e = strip_span(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    if e <= s:
        return None
    name = clean(text[s:e])
    if not name or not any(ch.isupper() for ch in name[:1]) or st.is_excluded(s, e):
        return None
    if st.is_outlet(name) or fold(name) in lx.regions or name in lx.words.never_actor_names:
        return None
    if (s, e) in state_chars or s in state_starts and lx.country(name):
        return None
    if label == "LOC":
        bloc = lx.bloc(name)
        if not bloc:
            return None
    if label in ("GPE", "FAC") and fold(name) in lx.cities:
        return None
    if label == "ORG" and (not _org_is_name(st, name, span) or is_person_title(st, name, span)):
        return None  # (is_person_title: "the Minister of Information, Ola Brandt": his title, no body)
    if all(t.lower_ in lx.gov_titles or t.lower_ in lx.title_prefixes for t in span if not t.is_punct):
        return None
    if all(t.lower_.rstrip(".") in {h.rstrip(".") for h in lx.honorifics} for t in span if not t.is_punct):
        return None  # "Sgt." cut from its name by the sentence splitter: a rank, no one (names.rank_alone)
    if label == "ORG" and start >= 2 and doc[start - 1].lower_ == lx.words.of and \
            doc[start - 2].lemma_.lower() in lx.gov_titles and len(span) == 1:
        return None  # "Secretary of State", "Minister of Defence"
    if label == "ORG" and opens_title(st, span):
        seat = seat_length(st, span)  # (s39-affil) "White House" of "White House National Security Adviser"
        cut = span[seat - 1].idx + len(span[seat - 1].text)
        return (s, cut, clean(text[s:cut])) if seat else None
    if label in ("PERSON", "GPE", "FAC", "LOC", "ORG") and _modifies_place_noun(st, span):
        return None  # "the Gazivoda lake", "the Rafah crossing": a place, not a party
    return s, e, name


def _modifies_place_noun(st: ActorState, span: Span) -> bool:
    """The span is the name of the place noun right after it ("the Gazivoda lake", "Lunde airport"), also
    across common nouns that modify that place noun with it ("the Lunde steel plant", "the Vell island
    prison") and after a possessor the tagger kept in the name ("Ostland's Lunde regency")
    (actors.names.place_compound_chain, s38-actors)."""
    doc, root = st.doc, span.root
    nxt_tok = doc[span.end] if span.end < len(doc) else None
    if nxt_tok is None:
        return False
    if root.dep_ == "compound" and nxt_tok.lower_ in st.lx.place_nouns and nxt_tok.pos_ == "NOUN" \
            and root.head.i == nxt_tok.i:
        return True
    last = span[-1]  # "Ostland's Lunde" + "regency": the tagger's span is headed by the possessor
    tok = last if last.dep_ == "compound" and last.head.i >= span.end else root
    return tok.dep_ == "compound" and _place_chain_head(st, tok, span.end) is not None


def _place_chain_head(st: ActorState, tok: Token, after: int) -> Token | None:
    """The place noun the name word ``tok`` hangs on through common nouns written right after the name
    ("steel plant", "island prison"): at most ``PLACE_CHAIN_WORDS`` more words, each a compound of a
    later one; None when the chain ends in no place noun."""
    doc, places = tok.doc, st.lx.place_nouns
    h = tok.head
    for _ in range(PLACE_CHAIN_WORDS):
        if h.lower_ in places or h.lemma_.lower() in places or h.dep_ != "compound" or h.head.i <= h.i:
            break
        h = h.head
    if h.pos_ != "NOUN" or not (h.lower_ in places or h.lemma_.lower() in places):
        return None
    if not after <= h.i <= after + PLACE_CHAIN_WORDS:
        return None
    inside = doc[after:h.i]
    return h if all(t.pos_ == "NOUN" and t.dep_ == "compound" and after < t.head.i <= h.i for t in inside) else None


def _place_keys(st: ActorState, spans: list[Found]) -> set[str]:
    """Names the text writes once before a place noun ("struck Lunde airport"): elsewhere the bare name
    is that place too ("... especially Lunde"; actors.names.place_named_once), unless it acts there
    (a subject) or is a state, a bloc or a city the gazetteer knows."""
    lx = st.lx
    return {fold(sp.text) for _, _, label, sp, _ in spans if label in ("PERSON", "FAC", "LOC", "ORG")
            and _modifies_place_noun(st, sp) and not lx.country(sp.text) and not lx.bloc(sp.text)}


def _org_is_name(st: ActorState, name: str, span: Span) -> bool:
    """An ORG span that is not a city, a common noun ("a former Marine") or a title ("Turkish Presidentʼs")."""
    lx = st.lx
    if fold(name) in lx.cities:
        return False
    if span.root.dep_ != "compound" and any(
            c.dep_ == "det" and c.lower_ in lx.words.indefinite_articles for c in span.root.children):
        return False
    if government_of_state(st, name):
        return False  # "Government of Ostland": the state's government, a mention of the state (government.py)
    words = [w.lower() for w in re.findall(r"[\w']+", name)]
    if words and lx.demonym(name.split()[0]) and all(
            w in lx.gov_titles or w in lx.title_prefixes or POSS_SUFFIX.sub("", w) in lx.gov_titles
            for w in [POSS_SUFFIX.sub("", x) for x in words[1:]]):
        return False
    return True


def _add_unit(st: ActorState, span: Span, by_key: dict[str, Named], rule: str) -> None:
    """A named unit (the "Azov" regiment, the "Brandt group"): an organisation named with its head noun.

    The name before the head is its first word, or all of its words when they are all proper nouns
    (a leader's full name: "the Ola Brandt group")."""
    unit_head = span[-1]
    lead = span[:-1] if len(span) > 1 and all(t.pos_ == "PROPN" for t in span[:-1]) else span[0:1]
    name = clean(f"{lead.text} {unit_head.text}")
    key = fold(name)
    nm = by_key.get(key) or by_key.get(fold(lead.text))
    if nm is None:
        nm = Named(name=name, label="ORG")
        st.named.append(nm)
    nm.name = name
    nm.org_evidence += 3
    if lead.text not in nm.aliases:
        nm.aliases.append(lead.text)
        nm.alias_rules[lead.text] = rule
    by_key[key] = nm
    by_key[fold(lead.text)] = nm
    nm.mentions.append((lead.start_char, lead.end_char, lead.root, rule))
    nm.labels["ORG"] += 1


def _after_outlet_noun(st: ActorState, span: Span) -> bool:
    """A name right after a noun of an outlet's kind in its own noun phrase ("local newspaper Lundeposten",
    "the German-language paper X", "Norland news agency LNA"): the outlet, an organisation. Not a
    given name nor a person's full name ("told the newspaper Jo Lee had left")."""
    if span.start == 0 or st.lx.is_first_name(span[0].text):
        return False
    prev = st.doc[span.start - 1]
    if prev.lower_ not in st.lx.words.outlet_name_nouns:
        return False
    if prev.pos_ == "ADJ":  # "the daily X" tagged an adjective of the name
        return prev.dep_ == "amod" and span.start <= prev.head.i < span.end
    return prev.pos_ == "NOUN" and (
        prev.dep_ == "compound" or any(c.dep_ in ("det", "amod", "compound") for c in prev.children))


def conquered_place(st: ActorState, span: Span, label: str) -> bool:
    """A capitalised object of a verb of seizure ("seized Goma", "captured X and Y"): a place.

    Not when the name is a known state or bloc, looks like a person's full name (several words
    tagged as a person, a known given name) or an organisation's.
    """
    root = coordination_head(span.root)
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in st.lx.conquest_verbs:
        return False
    name = span.text
    if st.lx.country(name) or st.lx.bloc(name) or org_like(st, name):
        return False
    if label.startswith("PERSON") and (len(span) > 1 or st.lx.is_first_name(span[0].text)):
        return False
    return label in ("PERSON", "PERSON?", "ORG", "GPE", "FAC", "LOC")


def unknown_place_is_venue(st: ActorState, root: Token) -> bool:
    """A place not in the gazetteer is a venue unless it is a subject or a possessor, or owns a government
    ("the government of <X>": a state, actors.states.government_owner; s42-groups)."""
    if root.dep_ in NSUBJ_DEPS or root.dep_ == "poss" or owned_government(root) is not None:
        return False
    return True


def kind_evidence(st: ActorState, nm: Named, span: Span, label: str) -> None:
    """Add person/organisation evidence from the span: titles, given names, appositions, words."""
    lx, doc = st.lx, st.doc
    toks = [t for t in span if not t.is_punct]
    words = [t.text for t in toks]
    if label == "PERSON" and len(words) >= 2:
        nm.person_evidence += 2
    if label == "PERSON?":
        nm.person_evidence += 1
    if len(words) >= 2 and lx.is_first_name(words[0]) and not any(w.lower() in lx.org_words for w in words):
        nm.person_evidence += 2
    if any(w.lower() in lx.org_words for w in words[1:]) or (
            len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        nm.org_evidence += 2
    if label == "PERSON" and len(toks) == 1 and not lx.is_first_name(words[0]) and (toks[0].tag_ == "NNPS" or words[0].endswith("s") and (
            toks[0].dep_ == "nsubj" and any(v.tag_ == "VBP" for v in [toks[0].head, *toks[0].head.children]
                                            if v.i == toks[0].head.i or v.dep_ == "aux"))):
        nm.org_evidence += 2  # "the Houthis have ..." tagged a person: a plural name is a movement, not one person
    if len(words) >= 2 and (words[-1].lower() in lx.org_words or words[-1].lower() in lx.unit_heads):
        nm.org_evidence += 1  # "Qassam Brigades": a name ending in an organisation word
    first = span[0]
    if first.i > 0:
        prev = doc[first.i - 1]
        if prev.lower_.rstrip(".") in {h.rstrip(".") for h in lx.honorifics} or (
                prev.lemma_.lower() in lx.gov_titles and prev.dep_ == "compound"):
            nm.person_evidence += 2
        elif prev.dep_ == "compound" and prev.pos_ == "NOUN" and prev.lemma_.lower() in lx.org_words:
            # "the state broadcaster Kan", "jihadist group X": an organisation noun names its kind,
            # over the tagger's person label on every later mention; not a named body's noun ("the
            # Velmar council Jo Ruiz" is the council's person)
            named_body = any(c.pos_ == "PROPN" and c.ent_type_ != "NORP" for c in prev.children)
            nm.org_evidence += 2 if named_body or lx.is_first_name(words[0]) else 10
    root = span.root
    for c in list(root.children) + ([root.head] if root.dep_ == "appos" else []):
        if c.dep_ == "appos" or c is root.head:
            if c.lemma_.lower() in lx.person_nouns and c.pos_ == "NOUN":
                nm.person_evidence += 2
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in lx.gov_nouns and nxt.lower_ in lx.gov_default and root.dep_ == "compound":
        nm.person_evidence += 3  # "the Halvorsen Administration": a leader's name
    if root.dep_ == "poss" or POSS_SUFFIX.search(span[-1].text):
        head = root.head if root.dep_ == "poss" else (doc[span.end] if span.end < len(doc) else root)
        if head.lemma_.lower() in lx.person_relations:
            nm.person_evidence += 2


def link_names(st: ActorState) -> None:
    """Fold surname/given-name mentions into the full name they abbreviate."""
    persons = [nm for nm in st.named if len(name_tokens(nm.name)) > 1 and
               (nm.person_evidence > nm.org_evidence or nm.labels.get("PERSON", 0) > 0)]
    full = [nm.name for nm in persons]
    # "Khawaja Asif" is a short form of "Khawaja Muhammad Asif": one person, so a later "Asif" has one
    # full name to go to, not two (actors.names.partial_name)
    full = [n for n in full if link_partial_names([f for f in full if f != n], n) is None]
    by_name = {nm.name: nm for nm in persons}
    kin = {nm.name for nm in persons if nm.name in full and introduced_as_kin(st, nm)}
    alias_index = {fold(a): nm for nm in st.named for a in nm.aliases}
    singular = {fold(nm.name): nm for nm in st.named if " " not in nm.name}
    keep: list[Named] = []
    for nm in st.named:
        target, rule = None, ""
        f = fold(nm.name)
        if " " not in nm.name and f.endswith("s") and f[:-1] in singular and singular[f[:-1]] is not nm \
                and nm.person_evidence == 0 and singular[f[:-1]].person_evidence == 0:
            target, rule = singular[f[:-1]], "actors.names.plural_of_name"  # "Houthis" -> "Houthi"
        if fold(nm.name) in alias_index and alias_index[fold(nm.name)] is not nm:
            target, rule = alias_index[fold(nm.name)], "actors.names.name_is_alias"
        elif (nm.org_evidence < 2 or not org_like(st, nm.name)) and not plural_group_name(st, nm):
            full_name = link_partial_names([f for f in full if f != nm.name], nm.name)
            if full_name is None and "-" in nm.name:
                full_name = link_partial_names(full, nm.name.split("-")[-1])
            if full_name:
                target, rule = by_name[full_name], "actors.names.partial_name"
            elif " " not in nm.name and len(kin) < len(full):
                # "Floderus" beside "Jon Floderus" and "his father, Matts Floderus": the one not
                # introduced as someone's relative (actors.names.surname_not_kin)
                full_name = link_partial_names([f for f in full if f != nm.name and f not in kin], nm.name)
                if full_name:
                    target, rule = by_name[full_name], "actors.names.surname_not_kin"
            if target is None and " " not in nm.name:
                near = nearest_given_name(nm, persons)  # "<Given>" after "<Given> <A>", "<Given> <B>"
                if near is not None:
                    target, rule = near, GIVEN_RULE
        if target is not None and target is not nm:
            target.mentions.extend(nm.mentions)
            target.person_evidence += nm.person_evidence
            target.trace[f"merged:{slug(nm.name)}"] = rule
            if nm.name not in target.aliases and fold(nm.name) != fold(target.name):
                target.aliases.append(nm.name)
                target.alias_rules[nm.name] = rule
            continue
        keep.append(nm)
    st.named = keep


def introduced_as_kin(st: ActorState, nm: Named) -> bool:
    """Whether a name is introduced as someone's relative: "his father, Matts Lund", "Fred Lund, Otto's
    father", "Kim's sister Kim Yo Jong". Why: a surname shared by the person a report is about and a
    relative of theirs names the person (the golds give the bare surname to the captive, not the father
    who speaks for him), so the relative is no candidate for it."""
    for start, end, _root, _rule in nm.mentions:
        span = st.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        prev = st.doc[span.start - 1] if span.start > 0 else None
        if prev is not None and _kin_of_someone(st, prev) and prev.pos_ == "NOUN":
            return True  # "his wife Kari Lund", "Kim's sister Kim Yo Jong"
        if prev is not None and prev.text == "," and span.start > 1 and _kin_of_someone(st, st.doc[span.start - 2]):
            return True  # "his father, Matts Lund"
        if span.root.dep_ == "appos" and _kin_of_someone(st, span.root.head):
            return True  # "the mother of Ola Lund, Kari Lund"
        nxt = st.doc[span.end: span.end + 4]
        if len(nxt) > 1 and nxt[0].text == "," and any(_kin_of_someone(st, t) and t.dep_ == "appos" for t in nxt):
            return True  # "Fred Lund, Otto's father,"
    return False


def _kin_of_someone(st: ActorState, tok: Token) -> bool:
    """A kin noun that points to another person: a possessor ("his father", "Ola's wife"), an "of" phrase
    that is no count ("the mother of Ola Lund") or a definite article ("the father, ..."). Why: "a mother
    of three", "a father" only describe the person named; they introduce no one as someone's relative."""
    w = st.lx.words
    if tok.lemma_.lower() not in w.kin_nouns:
        return False
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == w.of):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.like_num or obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in obj.children):
                return False  # "a mother of three", "a father of two young sons"
            return True  # "the mother of Ola Lund", "a brother of the captive"
    return not any(c.dep_ == "det" and c.lower_ in w.indefinite_articles for c in tok.children)


def kind_of(st: ActorState, nm: Named) -> tuple[str, str]:
    """The kind of a named group and the rule that decided it: evidence, the NER label or a known bloc."""
    if nm.person_evidence > nm.org_evidence:
        kind, rule = "person", "actors.names.kind_person_evidence"
    elif nm.org_evidence > nm.person_evidence:
        kind, rule = "organization", "actors.names.kind_org_evidence"
    else:
        top = nm.labels.most_common(1)[0][0] if nm.labels else "ORG"
        kind = {"PERSON": "person", "ORG": "organization", "GPE": "state", "FAC": "organization",
                "LOC": "group", "PERSON?": "person", "GROUP": "group"}.get(top, "organization")
        rule = "actors.names.kind_ner_label"
    bloc = st.lx.bloc(nm.name)
    if bloc:
        kind, rule = bloc[1], "actors.names.kind_bloc"
    return kind, rule


def materialise_named(st: ActorState) -> None:
    """Make an actor of every named group, its kind decided from the evidence collected.

    The actor's rule is the rule of its first name mention (``actors.names.ner_person``,
    ``actors.names.name_after_title``...); how its kind was decided is ``trace["kind"]``.
    """
    lx = st.lx
    for nm in st.named:
        kind, kind_rule = kind_of(st, nm)
        nm.kind = kind
        aid = st.ctx.new_actor_id(nm.name)
        actor = Actor(id=aid, name=nm.name, kind=kind)  # type: ignore[arg-type]
        st.ctx.add_actor(actor, nm.mentions[0][3] if nm.mentions else "actors.names.ner_group")
        st.ctx.trace(actor, "kind", kind_rule)
        for key, rule in nm.trace.items():
            st.ctx.trace(actor, key, rule)
        nm.aid = aid
        for al in nm.aliases:
            st.add_alias(aid, al, nm.alias_rules.get(al, actor.rule))
        for s, e, root, rule in nm.mentions:
            st.add_mention(aid, s, e, root, rule)
            surface = clean(st.text[s:e])
            if fold(surface) != fold(nm.name):
                st.add_alias(aid, surface, rule)
        body = lx.body(nm.name)
        if body is not None and kind == "organization":
            st.set_affiliation(actor, st.state_actor(body, "actors.names.state_body"), "actors.names.state_body")
        elif kind == "organization" and lx.demonym(nm.name.split()[0]) and governmental(st, nm.name):
            c = lx.demonym(nm.name.split()[0])
            if c and not c.people:
                rule = "actors.names.demonym_government"
                st.set_affiliation(actor, st.state_actor(c, rule), rule)
                _state_form_alias(st, c, nm.name)
        elif kind == "organization" and (c := leading_state(st, nm.name)) is not None:
            rule = "actors.names.state_name_government"
            st.set_affiliation(actor, st.state_actor(c, rule), rule)
            _state_form_alias(st, c, nm.name)


def _state_form_alias(st: ActorState, c: Country, name: str) -> None:
    """The short form of a state's name that opens a body's name ("U.S. Embassy", "UK Foreign Office") is an
    alias of the state (``actors.names.state_form_alias``, s46): the report names the state so, though
    only as the owner of the body. A demonym ("Chinese") is an adjective, no name of the state."""
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        lead = " ".join(words[:n])
        if st.lx.country_name(lead) is c:
            if fold(lead) != fold(c.name):
                st.add_alias(st.state_actor(c), lead, "actors.names.state_form_alias")
            return


def leading_state(st: ActorState, name: str) -> Country | None:
    """The state a governmental body's name starts with: "US State Department", "South Korea Coast Guard".

    Why: a report writes the owner's name (not only its adjective) before a ministry or agency;
    the rest of the name must still be governmental, so "Sudan Tribune" or "Qatar Airways" stay unowned.
    """
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        lead = " ".join(words[:n])
        c = st.lx.country_name(lead) or st.lx.demonym(lead)
        if c is not None and not c.people and governmental(st, " ".join(words[n:])):
            return c
    return None
