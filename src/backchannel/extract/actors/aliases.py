"""Aliases and acronyms stated or implied by the text.

Why: reports name one party several ways ("the National Liberation Army (ELN)",
"known by the nom de guerre Y", "the Saudi-led coalition" ... "the
coalition", "RSF"). Without these rules each form would be a separate actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from backchannel.extract.actors.party_acronyms import plural_group_of_person
from backchannel.extract.actors.parties import party_words, some_people
from backchannel.extract.actors.spans import initials_match
from backchannel.extract.actors.state import ActorState
from backchannel.model import Actor
from backchannel.resolve.lexicon import fold


def stated_aliases(st: ActorState) -> None:
    """Aliases stated after a mention ("also known as Y", "(ASEAN)", "(@handle)"), then merges by alias."""
    text, doc = st.text, st.doc
    known = st.lx.words.stated_alias
    for aid, actor in list(st.ctx.actors.items()):
        for m in list(actor.mentions):
            if aid not in st.ctx.actors:
                break  # merged into another by one of its earlier mentions
            after = text[m.end: m.end + 80]
            km = known.match(after)
            if km:
                pos = m.end + km.end()
                span = doc.char_span(pos, pos + 1, alignment_mode="expand")
                other = st.ctx.actor_at(span.start_char, span.end_char) if span is not None else None
                if other and other != aid and (st.ctx.actors[other].kind in (actor.kind, "state", "organization")
                                               or st.lx.words.self_naming in km.group(0)):
                    st.merge(other, aid, "actors.aliases.also_known_as")
                elif other is None:
                    nm = st.lx.words.alias_name.match(text[pos:pos + 60])
                    if nm:
                        st.add_alias(aid, nm.group(0), "actors.aliases.also_known_as")
                        st.ctx.add_mention(aid, pos, pos + len(nm.group(0)), "actors.aliases.also_known_as")
            hm = re.match(r"\s*\((@\w+)\)", after)
            if hm:
                st.add_alias(aid, hm.group(1), "actors.aliases.handle_in_brackets")
                st.ctx.add_mention(aid, m.end + hm.start(1), m.end + hm.end(1), "actors.aliases.handle_in_brackets")
            am = re.match(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)", after)
            if am and actor.kind in ("organization", "state", "group"):
                other = st.ctx.actor_at(m.end + am.start(1), m.end + am.end(1))
                if other and other != aid:
                    st.merge(other, aid, "actors.aliases.acronym_in_brackets")
                else:
                    st.ctx.add_mention(aid, m.end + am.start(1), m.end + am.end(1), "actors.aliases.acronym_in_brackets")
                st.add_alias(aid, am.group(1), "actors.aliases.acronym_in_brackets")
            elif actor.kind in ("organization", "group") and aid in st.ctx.actors:
                short_name_in_brackets(st, aid, m.end, after)
    named_apposition(st)

    # an actor named by what another actor has as an alias is that actor ("RSF")
    by_alias: dict[str, str] = {}
    for aid, actor in st.ctx.actors.items():
        for al in actor.aliases:
            by_alias.setdefault(fold(al), aid)
    for aid, actor in list(st.ctx.actors.items()):
        target = by_alias.get(fold(actor.name))
        if target and target != aid and target in st.ctx.actors and aid in st.ctx.actors and \
                actor.named and st.ctx.actors[target].named and not plural_group_of_person(st, aid, target):
            st.merge(aid, target, "actors.aliases.name_is_alias")

    acronyms(st)


def mixed_case_initialism(word: str) -> bool:
    """ "MoD", "DoJ": capitals at both ends and inside, a lower-case letter between them (a function
    word's initial); not a capitalised word ("Moscow") nor a surname with an inner capital ("McCann")."""
    return 3 <= len(word) <= 7 and word.isalpha() and word[0].isupper() and word[-1].isupper() \
        and sum(c.isupper() for c in word) >= 2 and any(c.islower() for c in word) \
        and not any(word[k].islower() and word[k + 1].islower() for k in range(len(word) - 1))


def _without_owner(st: ActorState, names: list[str], states: set[str]) -> list[str]:
    """The names with and without a trailing "of <State>" naming a state of the report ("Ministry of
    Defence of Zorlandia" is the "MoD" too): the owner is no part of a body's initials
    (actors.aliases.mixed_case_initials / acronym_initials)."""
    out = list(names)
    for n in names:
        words = n.split()
        for k in range(len(words) - 2, 0, -1):
            if words[k].lower() in st.lx.words.name_preps and (fold(" ".join(words[k + 1:])) in states
                                                                   or st.lx.country(" ".join(words[k + 1:])) is not None):
                out.append(" ".join(words[:k]))
                break
    return out


def short_name_in_brackets(st: ActorState, aid: str, end: int, after: str) -> None:
    """ "the Northern Liberation Front (NLF)" or "the Coastal People's Movement (Sahil)": one organisation, named as the text names it.

    A bracket right after an organisation's long name that holds another organisation's
    name gives the same actor its usual short name; the form used more often becomes the
    name, the other an alias.
    """
    km = re.match(r"\s*([a-z]+)(?=\s*\()", after)  # "the Vesta movement (Vestallah)": the mention is "Vesta"
    if km and km.group(1) in st.lx.words.name_kind_heads:
        end, after = end + km.end(), after[km.end():]
    bm = re.match(r"\s*\(([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)\)", after)
    if bm is None:
        return
    other = st.ctx.actor_at(end + bm.start(1), end + bm.end(1))
    acts = st.ctx.actors
    if other is None:
        _untagged_name_in_brackets(st, aid, end + bm.start(1), bm.group(1))
        return
    if other == aid or not acts[other].named:
        return
    rule = "actors.aliases.short_name_in_brackets"
    if acts[other].kind == "person" and acts[other].traced("kind") == "actors.names.kind_ner_label":
        acts[other].kind = acts[aid].kind  # only the model's label said person; the bracket says otherwise
        st.ctx.trace(acts[other], "kind", rule)
    if acts[other].kind not in ("organization", "group"):
        return
    if len(acts[other].mentions) >= len(acts[aid].mentions):
        st.merge(aid, other, rule)
    else:
        st.merge(other, aid, rule)


def _untagged_name_in_brackets(st: ActorState, aid: str, start: int, name: str) -> None:
    """ "the Vesta movement (Vestallah)": a bracketed name no model tagged, right after an organisation's
    name, is its other name (actors.aliases.untagged_name_in_brackets); never a state, a capital, a
    people's word, an agency or the report's outlet ("(Reuters)"), a date or place the model tagged
    ("(Monday)"), nor a word the text writes in lower case elsewhere (a capitalised common word)."""
    lx, span = st.lx, st.doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None or any(t.ent_type_ in lx.words.non_party_entities for t in span) or lx.country(name) or lx.capital(name) or lx.demonym(name) or name in lx.agencies or st.is_outlet(name) \
            or re.search(rf"\b{re.escape(name.lower())}\b", st.text):
        return
    st.add_alias(aid, name, "actors.aliases.untagged_name_in_brackets")
    st.ctx.add_mention(aid, start, start + len(name), "actors.aliases.untagged_name_in_brackets")


def named_apposition(st: ActorState) -> None:
    """ "Hamas, the Palestinian Islamic Resistance Movement, said": an organisation's other name in apposition.

    Two named organisations in apposition are one; the first (the name the text uses)
    stays and the apposed name becomes its alias.
    """
    acts = st.ctx.actors
    for i, aid in sorted(st.token_actor.items()):
        tok = st.doc[i]
        if aid not in acts or acts[aid].kind not in ("organization", "group") or not acts[aid].named:
            continue
        for c in tok.children:
            other = st.token_actor.get(c.i)
            if c.dep_ != "appos" or c.i < tok.i or other in (None, aid) or other not in acts:
                continue
            if acts[other].kind in ("organization", "group") and acts[other].named and len(acts[other].name.split()) > 1:
                st.merge(other, aid, "actors.aliases.named_apposition")


def led_coalitions(st: ActorState) -> None:
    """ "the Saudi-led coalition": an organisation by that name; later "the coalition" is it."""
    doc, text = st.doc, st.text
    made: dict[str, str] = {}
    lower = st.toks.lower
    for i in range(len(doc)):
        if lower[i] != st.lx.words.led_word:
            continue
        tok = doc[i]
        if tok.lower_ != st.lx.words.led_word or tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
            continue
        head = tok.head
        lead = doc[tok.i - 2]
        if head.pos_ != "NOUN" or head.i <= tok.i or head.lemma_.lower() not in st.lx.words.led_heads \
                or not lead.text[:1].isupper() or lead.whitespace_:
            continue
        if st.is_excluded(lead.idx, head.idx + len(head.text)):
            continue
        name = text[lead.idx: head.idx + len(head.text)]
        aid = made.get(head.lower_)
        if aid is None:
            aid = st.ctx.new_actor_id(name)
            st.ctx.add_actor(Actor(id=aid, name=name, kind="organization"), "actors.aliases.led_coalition")
            made[head.lower_] = aid
        st.add_mention(aid, lead.idx, head.idx + len(head.text), head, "actors.aliases.led_coalition")
        for i in range(lead.i, head.i + 1):
            st.token_actor[i] = aid
    if not made:
        return
    for i in range(len(doc)):
        if lower[i] not in made:
            continue
        tok = doc[i]
        aid = made.get(tok.lower_)
        if aid is None or tok.i in st.token_actor or tok.pos_ != "NOUN":
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ in ("ADJ", "PROPN") and doc[tok.i - 1].lower_ != st.lx.words.led_word:
            continue  # "a new coalition", "the Arab coalition": another description
        st.add_mention(aid, tok.idx, tok.idx + len(tok.text), tok, "actors.aliases.led_coalition_again")
        st.add_alias(aid, tok.text, "actors.aliases.led_coalition_again")


def acronyms(st: ActorState) -> None:
    """An all-caps name is the organisation whose initials it spells ("RSF", "AU").

    Function words ("of", "the", "and", "for") may or may not give a letter
    ("ECOWAS" = Economic Community of West African States). The organisation must
    be the only one that fits; a state never absorbs an acronym here (the gazetteer
    has state abbreviations).
    """
    acts = st.ctx.actors
    text = st.text
    for aid, a in list(acts.items()):  # "the National Liberation Army (ELN)"
        if a.kind in ("organization", "group") and a.named:
            for m in a.mentions:
                pm = re.match(r"\s*\(([A-Z]{2,7})\)", text[m.end: m.end + 12])
                if pm:
                    st.add_alias(aid, pm.group(1), "actors.aliases.acronym_after_name")
    longs = [(aid, a) for aid, a in acts.items() if a.named and a.kind in ("organization", "group")
             and len(a.name.split()) >= 2]
    # a regional adjective taken for a name ("Tigrayan") is the one organisation named
    # after that region ("Tigray People's Liberation Front")
    for aid, actor in list(acts.items()):
        if aid not in acts or not actor.named or " " in actor.name or actor.kind in ("person", "state"):
            continue  # (a state's name is no regional adjective: "Cameroon" of "Government of Cameroon")
        dm = st.lx.words.demonym_stem.fullmatch(actor.name)
        if not dm or st.lx.demonym(actor.name) is not None:
            continue
        stem = dm.group(1)
        fits = [lid for lid, la in longs if lid in acts and lid != aid and any(
            w == stem or (w.startswith(stem) and len(w) - len(stem) <= 1) for w in la.name.replace("'s", "").split())]
        if len(fits) == 1:
            st.merge(aid, fits[0], "actors.aliases.regional_adjective")
    states = {fold(n) for a in acts.values() if a.kind == "state" for n in [a.name, *a.aliases]}
    for aid, actor in list(acts.items()):
        if aid not in acts or not actor.named:
            continue
        acro = actor.name.replace(".", "")
        mixed = mixed_case_initialism(acro)
        if not (2 <= len(acro) <= 7 and acro.isalpha() and (acro.isupper() or mixed)):
            continue
        fits = [lid for lid, la in longs if lid != aid and lid in acts and any(
            initials_match(acro, n) for n in _without_owner(st, [la.name, *la.aliases], states))]
        if len(fits) == 1:
            st.merge(aid, fits[0], "actors.aliases.mixed_case_initials" if mixed else "actors.aliases.acronym_initials")
    # an acronym the text never tagged as a name ("the RSF" read as a common noun)
    forms: dict[str, str] = {}
    for aid, a in acts.items():
        if a.named and a.kind in ("organization", "group"):
            for n in [a.name, *a.aliases]:
                if n.isupper() and n.isalpha() and 2 <= len(n) <= 7:
                    forms[n] = aid
    by_name = {a.name: aid for aid, a in acts.items()}
    tt = st.toks
    for i in range(len(st.doc)):
        if not (2 <= len(tt.text[i]) <= 7 and tt.text[i].isupper()):
            continue
        tok = st.doc[i]
        w = tok.text
        if not (2 <= len(w) <= 7 and w.isupper() and w.isalpha()) or tok.i in st.token_actor \
                or st.is_excluded(tok.idx, tok.idx + len(w)):
            continue
        found = forms.get(w)
        rule = "actors.aliases.known_acronym"
        if found is not None:
            aid = found
        else:
            rule = "actors.aliases.bloc_acronym"
            bloc = st.lx.bloc(w)  # a known bloc by its acronym ("ECOWAS", "the AU")
            if bloc is None:
                continue
            known = by_name.get(bloc[0])
            if known is None:
                known = st.ctx.new_actor_id(bloc[0])
                st.ctx.add_actor(Actor(id=known, name=bloc[0], kind=bloc[1]), rule)  # type: ignore[arg-type]
                by_name[bloc[0]] = known
            aid = known
        st.add_mention(aid, tok.idx, tok.idx + len(w), tok, rule)
        st.add_alias(aid, w, rule)


def shortened_names(st: ActorState) -> None:
    """ "the Foreign Ministry" after "the Armenian Foreign Ministry", "AU Commission" for "African Union
    Commission", "Front negotiators" after "the Kestrel Front": a name that is a longer organisation's
    name less its leading state word, or with its leading words written as their initials, or its last
    word alone, is that organisation when exactly one fits.

    Why: reports name a body in full once and then drop the nationality or abbreviate the owner; two
    foreign ministries in one report make the short form ambiguous, and then nothing is merged.
    """
    acts = st.ctx.actors
    orgs = [(aid, a) for aid, a in acts.items() if a.named and a.kind in ("organization", "group")]
    for aid, short in orgs:
        words = short.name.split()
        if aid not in acts or not words:
            continue
        fits = [lid for lid, la in orgs if lid != aid and lid in acts and _shortens(st, words, la.name.split(), short)]
        if len(fits) == 1:
            st.merge(aid, fits[0], "actors.aliases.shortened_name")


def _shortens(st: ActorState, short: list[str], long: list[str], actor: Actor) -> bool:
    """Is ``short`` ``long`` without its leading state word(s) or modifiers ("Liberation Movement"), or
    with leading words as initials, or (one capitalised word) ``long``'s last word, or its head before
    the of/for phrase ("National Council"): the name a report keeps once the full name is given?"""
    if len(long) > len(short) >= 2 and long[:len(short)] == short and short[-1].lower() in st.lx.org_words \
            and long[len(short)].lower() in st.lx.words.name_preps:
        return True  # "National Council" / "National Council for Peace and Reconciliation"
    if _leading_or_owner_words(st, short, long, actor):
        return True
    if len(long) <= len(short) or long[len(long) - len(short) + 1:] != short[1:]:
        return False
    if len(short) == 1 and short[0] == long[-1] and short[0][:1].isupper():
        return True  # "Front" / "Kestrel Front"
    head = long[:len(long) - len(short) + 1]
    if short[0] == head[-1]:  # "Foreign Ministry" / "Armenian Foreign Ministry"
        lead = " ".join(head[:-1])
        return st.lx.demonym(lead) is not None or st.lx.country(lead) is not None or (
            len(short) >= 2 and short[-1].lower() in st.lx.org_words)  # "Liberation Movement"
    acro = short[0].replace(".", "")  # "AU Commission" / "African Union Commission"
    return acro.isupper() and acro.isalpha() and len(head) >= 2 and initials_match(acro, " ".join(head))


def _leading_or_owner_words(st: ActorState, short: list[str], long: list[str], actor: Actor) -> bool:
    """ "Kestrel Union" for "Kestrel Union Farmers Association of Norland" (the leading words, which hold
    no body noun, before a longer name with one) or "Harbour Cross" for "the Council of the Harbour
    Cross" (the words after the last "of (the)"): two or more capitalised words a report keeps once the
    full name is given. Not where the short form is an organisation, a bloc or a state of its own ("the
    United Nations" beside "the United Nations Development Programme"), where it holds a plural of
    people ("the Lorvia Elders" for "the Council of the Lorvia Elders": the group the council is of),
    nor, for the leading words, where the tagger read the short form as a place ("the Kessel Alama",
    FAC, beside "the Kessel Alama Herders Association")."""
    n, lx, pw = len(short), st.lx, party_words()
    if n < 2 or len(long) <= n or not all(w[:1].isupper() for w in short):
        return False
    text = " ".join(short)
    if lx.bloc(text) is not None or lx.country(text) is not None or lx.demonym(short[0]) is not None \
            or any(w.lower() in pw.people_plurals for w in short):
        return False
    if long[:n] == short:
        if _tagged_place(st, actor):
            return False
        return not any(w.lower() in lx.org_words for w in short) and \
            any(w.lower() in lx.org_words for w in long[n:])
    if long[-n:] != short:
        return False
    rest = [w.lower() for w in long[:-n]]
    if rest and rest[-1] == lx.words.definite_article:
        rest = rest[:-1]
    return len(rest) >= 2 and rest[-1] == lx.words.of and any(w in lx.org_words for w in rest[:-1])


def _tagged_place(st: ActorState, actor: Actor) -> bool:
    """Did the tagger read any of the actor's mentions as a place (``place_labels``)?"""
    for m in actor.mentions:
        sp = st.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is not None and sp.root.ent_type_ in party_words().place_labels:
            return True
    return False


def names_with_group_nouns(st: ActorState) -> None:
    """ "the Iran-backed Houthi rebels", "Kestrel Front militants": a named organisation used as the
    modifier of a plural armed-group noun is the organisation itself, under a longer name.

    Why: reports alternate "the Houthis" and "Houthi rebels"; the phrase is one more name of the
    same party (an alias), not a second actor affiliated with it. Generic heads ("group",
    "movement") are left to the definite descriptions. The member nouns of ``parties.toml``
    ("fighters", "gunmen") count too, and so does a modifier the NER left unnamed or took for a
    person (``actors.aliases.modifier_names_group``). Counted or held people ("two Front fighters",
    "the release of Front fighters") are some members, not the party.
    """
    rule = "actors.aliases.name_with_group_noun"
    doc, acts = st.doc, st.ctx.actors
    heads = (st.lx.definite_org_heads - st.lx.words.plain_org_heads) | party_words().member_heads
    for i in range(1, len(doc)):
        tok, prev = doc[i], doc[i - 1]
        if tok.tag_ != "NNS" or tok.lower_ not in heads or i in st.token_actor or i in st.consumed \
                or prev.head.i != tok.i or prev.dep_ not in ("compound", "amod", "nmod") or some_people(tok):
            continue
        aid = st.token_actor.get(prev.i) or _group_named_by(st, prev)
        a = acts.get(aid) if aid else None
        if aid is None or a is None or not a.named or not _group_like(st, a):
            continue
        start = prev.i
        while start > 0 and st.token_actor.get(start - 1) == aid and doc[start - 1].head.i in (tok.i, prev.i):
            start -= 1
        if a.kind == "person":  # "the Abu Sayyaf rebels": a name that leads armed members is a group's
            a.kind = "group"
            st.ctx.trace(a, "kind", MODIFIER_RULE)
        how = rule if aid == st.token_actor.get(prev.i) else MODIFIER_RULE
        st.add_alias(aid, doc[start:i + 1].text, how)
        st.add_mention(aid, doc[start].idx, tok.idx + len(tok.text), tok, how)
        st.token_actor[i] = aid
        st.ctx.coref[i] = aid
        st.consumed.add(i)


MODIFIER_RULE = "actors.aliases.modifier_names_group"


def _group_named_by(st: ActorState, word: Token) -> str | None:
    """The named organisation or group whose one-word name is ``word``, left unnamed by the NER as a
    modifier ("Taleban militants" beside "the Taleban"); no demonym or country word."""
    if not word.text[:1].isupper() or st.lx.demonym(word.text) or st.lx.country(word.text):
        return None
    hits = [a.id for a in st.ctx.actors.values() if a.named and a.kind in ("organization", "group")
            and fold(word.text) in {fold(n) for n in [a.name, *a.aliases]}]
    return hits[0] if len(hits) == 1 else None


def _group_like(st: ActorState, a: Actor) -> bool:
    """An organisation or group; or a 'person' the NER guessed who is never named by a surname alone,
    has no title and no side ("Abu Sayyaf"), which the member noun shows to be a group."""
    if a.kind in ("organization", "group"):
        return True
    words = a.name.split()
    return a.kind == "person" and len(words) >= 2 and not a.descriptors and not a.aliases and \
        a.affiliation is None and st.lx.country(words[0]) is None


def names_with_kind_nouns(st: ActorState) -> None:
    """ "the Houthi movement" beside "the Houthis", "the Vesta militia" beside "Vesta", "the Likud party":
    an organisation or group whose name is another organisation's name (or its plural, or its singular)
    followed by one noun of an organisation's kind is that organisation.

    Why: a report names a movement bare and once with its kind noun; the model tags both, or the
    unnamed-group rule takes "<Name> militia" for a second group affiliated with the first. Exactly
    one named organisation or group must fit; a state or a demonym never does ("the Omani group").
    """
    acts = st.ctx.actors
    heads = st.lx.words.name_kind_heads
    for aid, a in list(acts.items()):
        words = a.name.split()
        if aid not in acts or len(words) < 2 or words[-1].lower() not in heads or not (
                a.kind in ("organization", "group") or not a.named and a.affiliation):
            continue  # (an unnamed "person" of the body's own name: "party" read as "a party to" it)
        suffix = st.lx.words.regular_plural_suffix
        fits: list[str] = []
        stems = _kind_stems(st, words)  # a bare "<X> army" is X's army: only "<X> private army" is X
        for stem in stems[1:] if words[-1].lower() in st.lx.words.state_force_heads else stems:
            if st.lx.demonym(stem) or st.lx.country(stem):
                break
            fits = [oid for oid, o in acts.items() if oid != aid and o.named and (
                _party_kind(st, o) and any(_same_name(stem, fold(n), suffix) for n in (o.name, *o.aliases))
                or o.kind == "person" and fold(o.name) == stem + suffix and not o.descriptors and not o.affiliation)]
            if fits:
                break
        if len(fits) == 1 and (a.kind != "person" or a.affiliation == fits[0]):
            if acts[fits[0]].kind in ("state", "person"):  # the model's guess for "Kolvar", "the Kolvaris"
                acts[fits[0]].kind = "group"
                st.ctx.trace(acts[fits[0]], "kind", "actors.aliases.name_with_kind_noun")
            st.merge(aid, fits[0], "actors.aliases.name_with_kind_noun")
    plural_names(st)


def _kind_stems(st: ActorState, words: list[str]) -> list[str]:
    """The name before the kind noun, then (s46-actors) before the kind words that may precede it
    ("Vesta private army", "Vesta news agency": "Vesta"), folded; never an empty name."""
    stems = [fold(" ".join(words[:-1]))]
    j = len(words) - 1
    while j > 1 and words[j - 1].lower() in st.lx.words.name_kind_modifiers:
        j -= 1
    if j < len(words) - 1:
        stems.append(fold(" ".join(words[:j])))
    return stems


def plural_names(st: ActorState) -> None:
    """ "Houthi" (a modifier the model tagged) and "the Houthis": two named organisations or groups whose
    names differ only by a plural ending are one party (actors.aliases.plural_name)."""
    acts = st.ctx.actors
    suffix = st.lx.words.regular_plural_suffix
    for aid, a in list(acts.items()):
        if aid not in acts or a.kind not in ("organization", "group") or not a.named:
            continue
        fits = [oid for oid, o in acts.items() if oid != aid and o.named and o.kind in ("organization", "group")
                and fold(o.name) == fold(a.name) + suffix]
        if len(fits) == 1:
            st.merge(aid, fits[0], "actors.aliases.plural_name")


def _party_kind(st: ActorState, a: Actor) -> bool:
    """An organisation or group, or a 'state' the gazetteer does not know (the model's guess for a
    one-word movement: "Kolvar" beside "the Kolvar militia")."""
    return a.kind in ("organization", "group") or a.kind == "state" and st.lx.country(a.name) is None


def _same_name(stem: str, name: str, suffix: str) -> bool:
    """``stem`` is ``name``, or its plural, or its singular (folded; a regular plural ending only)."""
    return stem in (name, name + suffix) or stem + suffix == name
