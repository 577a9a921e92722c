"""Repair of spaCy's named-entity spans before they are grouped into actors.

Why: the small model splits names from their particles ("Faisal bin
Nasser" + "Al Noor"), keeps titles inside them ("Sultan Qais"), tags
given names as places, and misses names after titles and bare acronyms.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from backchannel.extract.actors.modifier_orgs import MODIFIER_ORG_NAME, modifier_org_names
from backchannel.extract.actors.offices import title_run_end
from backchannel.extract.actors.owned_bodies import CUT_RULE as LEADER_CUT_RULE
from backchannel.extract.actors.owned_bodies import split_person_of
from backchannel.extract.actors.particle_names import RULE as PARTICLE_RULE
from backchannel.extract.actors.particle_names import join_particle_names
from backchannel.extract.actors.party_acronyms import party_acronyms, plural_people_names
from backchannel.extract.actors.spans import NAMED_LABELS, POSS_SUFFIX
from backchannel.extract.actors.state import ActorState
from backchannel.extract.actors.title_regions import RULE as REGION_RULE
from backchannel.extract.actors.title_regions import split_region_names
from backchannel.extract.actors.vetting import untagged_origin_groups, vet_spans
from backchannel.resolve.lexicon import fold
from backchannel.syntax.tree import NSUBJ_DEPS


DANGLING_RULE = "actors.names.dangling_preposition_join"
Found = tuple[int, int, str, Span, str]  # (start token, end token, label, span, rule id)


def spans_from_ents(st: ActorState) -> list[Found]:
    """Candidate name spans: the repaired entities, then names the model missed, vetted (vetting.py)."""
    out = plural_people_names(st, _repaired_ents(st))  # "the <Name>s": a group, not a person (s48)
    out.extend(names_after_titles(st, out))
    out.extend(_untagged_acronyms(st))
    out = party_acronyms(st, out)  # "kidnapped by <ABCD>": an acronym the story makes a party of (s48)
    out.extend(_unit_names(st))
    out.extend(_possessive_names(st))
    out.extend(coordinated_org_names(st, out))
    covered = {i for s, e, *_ in out for i in range(s, e)}
    out.extend((i, j, "ORG", st.doc[i:j], MODIFIER_ORG_NAME) for i, j in modifier_org_names(st, covered, _plain_capitalised))
    out.extend(untagged_origin_groups(st, out))
    return vet_spans(st, out)


def coordinated_org_names(st: ActorState, found: list[Found]) -> list[Found]:
    """ "the Hostages and Missing Families Forum": an untagged run of capitalised words joined by "and"
    after "the" and ending in an organisation word is an organisation's name.

    Why: the model tags no entity at all over such a coordination; the article, the capitals and the
    organisation word ("forum", "council", "committee") together mark one name.
    """
    doc, lx = st.doc, st.lx
    covered = {i for s, e, *_ in found for i in range(s, e)}
    out: list[Found] = []
    i = 1
    while i < len(doc):
        if doc[i - 1].lower_ != lx.words.definite_article or i in covered or not _plain_capitalised(st, doc[i]):
            i += 1
            continue
        j, joined = i, False
        while j < len(doc) and j not in covered and (_plain_capitalised(st, doc[j]) and not doc[j].ent_type_ or
                                                     doc[j].lower_ in lx.words.title_coordinators
                                                     and doc[j].text != "," and j > i):
            joined = joined or doc[j].lower_ in lx.words.title_coordinators
            j += 1
        if joined and j - i >= 3 and doc[j - 1].lower_ in lx.org_words:
            out.append((i, j, "ORG", doc[i:j], "actors.names.coordinated_org_name"))
        i = max(j, i + 1)
    return out


def _repaired_ents(st: ActorState) -> list[Found]:
    """The model's entities with labels corrected and spans extended over full names."""
    doc, text = st.doc, st.text
    out: list[Found] = []
    ents = split_person_of(st, split_region_names(st, join_particle_names(st, _cut_at_possessive(
        st, _split_at_brackets(list(doc.ents))))))
    k = 0
    while k < len(ents):
        ent = ents[k]
        label = _relabel(st, ent)
        start, end = ent.start, ent.end
        cut = False
        if label in ("PERSON", "FAC", "ORG") and all(t.pos_ == "PROPN" for t in ent):
            # given names the model left out: "María" + "Fernanda Quintero"
            while start > 0 and start > ent.start - 2 and doc[start - 1].pos_ == "PROPN" and \
                    st.lx.is_first_name(doc[start - 1].text) and not doc[start - 1].ent_type_ and \
                    text[doc[start - 1].idx + len(doc[start - 1].text): doc[start].idx] == " " and \
                    doc[start - 1].lower_ not in st.lx.gov_titles:
                start -= 1
        if label in ("PERSON", "ORG") and end - start > 1 and _plural_title(st, doc[start].lower_) and (
                label == "PERSON" or st.lx.is_first_name(doc[start + 1].text)):
            start, label = start + 1, "PERSON"  # "Presidents al-Bashir and Varga": each one's title (s40-precision)
        if label == "PERSON":
            # titles and honorifics inside the entity are not the name: "Sultan Haitham bin Tariq"
            while end - start > 1 and (doc[start].lower_.rstrip(".") in {h.rstrip(".") for h in st.lx.honorifics}
                                       or doc[start].lower_ in st.lx.gov_titles
                                       or doc[start].lower_ in st.lx.title_prefixes
                                       or doc[start].lower_ in st.lx.person_nouns
                                       and st.lx.is_first_name(doc[start + 1].text)) \
                    and doc[start + 1].lower_ not in st.lx.name_particles:
                start += 1  # (but "Sultan bin Fahad": a given name before a particle)
            start, cut = _demonym_title_cut(st, start, end)
            end, k = _extend_name(st, ents, k, end)
        if label == "ORG" and end - start >= 2 and doc[end - 1].lower_ in st.lx.gov_nouns and \
                not _whose_unsaid(st, start, end):
            # "the Halvorsen Administration": a leader's name and a government noun
            name_toks = [t for t in doc[start:end - 1] if t.pos_ == "PROPN" and not st.lx.country(t.text)
                         and t.lower_ not in st.lx.gov_modifiers]  # "the Federal Government" names no leader
            if name_toks and not any(st.lx.demonym(t.text) for t in doc[start:end - 1]) and \
                    not st.lx.country(doc[name_toks[0].i:name_toks[-1].i + 1].text):  # "United States" (s35-alias)
                out.append((name_toks[0].i, name_toks[-1].i + 1, "PERSON?", doc[name_toks[0].i: name_toks[-1].i + 1],
                            "actors.names.leader_of_administration"))
            k += 1
            continue
        dangling = label == "ORG" and (joined := _dangling_preposition_join(st, ents, k, end)) > end
        if dangling:
            end, k = joined, k + 1  # "the Office of the President of" + "Ostland" (s38-actors)
        elif label == "ORG" and k + 1 < len(ents):
            nxt_ent = ents[k + 1]
            gap = text[ent.end_char: nxt_ent.start_char]
            if gap == " " and nxt_ent.label_ in ("PERSON", "ORG") and len(nxt_ent) == 1 and \
                    doc[nxt_ent.start].dep_ == doc[end - 1].dep_ and not st.lx.country(nxt_ent.text):
                end = nxt_ent.end  # "CNN" + "Türk"
                k += 1
        rule = f"actors.names.ner_{label.lower()}" if label == ent.label_ else f"actors.names.relabel_{label.lower()}"
        if (ent.start_char, ent.end_char) in st.particle_names:
            rule = PARTICLE_RULE
        elif (ent.start_char, ent.end_char) in st.region_cut_names:
            rule = REGION_RULE
        elif (ent.start_char, ent.end_char) in st.leader_cut_names:
            rule = LEADER_CUT_RULE
        if label == "PERSON" and cut:
            rule = "actors.names.demonym_title_cut"
        if dangling:
            rule = DANGLING_RULE
        if label == "ORG":
            head = coordinated_name_head(st, start)
            if head < start:
                start, rule = head, "actors.names.coordinated_name_head"
            tail = name_list_tail(st, start, end)
            if tail > end:
                end, rule = tail, "actors.names.name_list_tail"
                while k + 1 < len(ents) and ents[k + 1].start < end:
                    k += 1
        out.append((start, end, label, doc[start:end], rule))
        k += 1
    return out


def _dangling_preposition_join(st: ActorState, ents: list[Span], k: int, end: int) -> int:
    """Where an organisation's name ends that the model cut after its last preposition: "the Office of the
    President of" + "Ostland", "the Ministry of" + "Kessel" (actors.names.dangling_preposition_join).

    Why: the small model often tags the place or state that closes such a name as an entity of its own
    and leaves the body's name ending in "of"; no report, gold or later mention names a body that way.
    Only the very next entity, written right after one space, a place, state or organisation."""
    doc = st.doc
    if end - ents[k].start < 2 or doc[end - 1].lower_ not in st.lx.words.name_preps or k + 1 >= len(ents):
        return end
    nxt = ents[k + 1]
    if nxt.start != end or nxt.label_ not in ("GPE", "LOC", "ORG") or \
            st.text[ents[k].end_char: nxt.start_char] != " ":
        return end
    return nxt.end


def name_list_tail(st: ActorState, start: int, end: int) -> int:
    """ "Council of States for Dialogue, Support, and Reconstruction": the end of an organisation's
    name the model cut inside the list of capitalised nouns its of/for/on phrase names.

    Why: the small model often stops an entity at the first comma of such a list, leaving a name no
    gold or later mention uses. The tail is taken only when it is a list of plain capitalised words
    (no entity of its own, no state, city or person, no acronym) closed by "and"/"&" and a last such word
    that ends the name, so a list of parties after a name ("the Council of Europe, Ukraine and Ostland",
    "the Ministry for Labour and OHU", "the Guild of Pilots, OHU and Harbour Workers Union") stays apart.
    """
    doc, lx = st.doc, st.lx
    if not any(t.lower_ in lx.words.name_preps for t in doc[start:end]):
        return end
    j = end
    seen_and = False
    while j + 1 < len(doc):
        t = doc[j]
        if t.text == ",":
            j += 1
            continue
        if t.lower_ in lx.words.title_coordinators and not seen_and:
            seen_and = True
            j += 1
            continue
        if not _plain_capitalised(st, t) or _acronym(t):
            break
        j += 1
        if seen_and:
            # the last word of the list closes the name; one that runs on ("... and National Education
            # Union") begins a body's own name: a list of bodies, not one name (s40-precision)
            return end if j < len(doc) and _plain_capitalised(st, doc[j]) else j
    return end


def _plural_title(st: ActorState, word: str) -> bool:
    """ "Presidents" in "Presidents Amsel and Varga" (s40-precision): a plural title before coordinated names is
    each one's title, no part of the first name."""
    return word.endswith("s") and (word[:-1] in st.lx.gov_titles or word.endswith("es") and word[:-2] in
                                   st.lx.gov_titles)


def _acronym(t: Token) -> bool:
    """ "NEU", "NASWUT": a body's short name in capitals, never a common word of a name's list (s40-precision:
    "the Department for Education and NEU" are two parties)."""
    return len(t.text) > 1 and t.text.isupper()


def coordinated_name_head(st: ActorState, start: int) -> int:
    """ "the Captives and Families Forum": the start of an organisation's name whose first words the
    model left out, a run of plain capitalised words and "and" right after "the".

    Why: the model reads the coordination as two phrases and tags only the second; the article
    before the run shows that the whole is one name ("Hamas and Islamic Jihad" stays apart: its
    first word is an entity of its own).
    """
    doc, lx = st.doc, st.lx
    j = start - 1
    if j < 1 or doc[j].lower_ not in lx.words.title_coordinators or doc[j].text == ",":
        return start
    k = j
    while k > 0 and _plain_capitalised(st, doc[k - 1]) and not doc[k - 1].ent_type_:
        k -= 1
    if k == j or k == 0 or doc[k - 1].lower_ != lx.words.definite_article:
        return start
    return k


def _plain_capitalised(st: ActorState, t: Token) -> bool:
    """A capitalised common word inside a name's list: no entity, state, city or given name."""
    lx = st.lx
    return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and t.ent_type_ in ("", "ORG", "NORP") and \
        not (lx.country(t.text) or lx.demonym(t.text) or fold(t.text) in lx.cities or lx.is_first_name(t.text))


def _cut_at_possessive(st: ActorState, ents: list[Span]) -> list[Span]:
    """ "the Arctic Council's Barents Sea delegate": an organisation entity run over a known bloc's or
    state's possessive ends there; what follows is what it owns (a region, a title), not its name.

    Names with a possessive of their own ("Tigray People's Liberation Front") are kept: the words
    before their possessive name no bloc or state.
    """
    out: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent if t.tag_ == "POS" and t.i > ent.start), None)
        if ent.label_ != "ORG" or cut is None or cut == ent.end - 1:
            out.append(ent)
            continue
        owner = ent.doc[ent.start:cut].text
        if st.lx.bloc(owner) is None and st.lx.country_name(owner) is None:
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, cut, label=ent.label_))
    return out


def _demonym_title_cut(st: ActorState, start: int, end: int) -> tuple[int, bool]:
    """A person entity that swallowed a nationality and a title ("<Demonym> Emir <Name>"): the name
    starts after them (``actors.names.demonym_title_cut``); the words before stay the title, which
    gives the side (descriptors.py)."""
    cut = title_run_end(st, start, end)
    return cut, cut > start


def _split_at_brackets(ents: list[Span]) -> list[Span]:
    """ "Movement for Justice (Tahrir": an entity run over an opening bracket is two names.

    The model sometimes tags a long name and the short name bracketed after it as one
    entity; the bracket separates them (``aliases.short_name_in_brackets`` joins them again
    as one actor with an alias).
    """
    out: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent if t.text == "("), None)
        if cut is None or cut == ent.start:
            out.append(ent)
            continue
        doc = ent.doc
        out.append(Span(doc, ent.start, cut, label=ent.label_))
        end = next((t.i for t in doc[cut + 1: ent.end + 1] if t.text == ")"), ent.end)
        if end > cut + 1:
            out.append(Span(doc, cut + 1, end, label=ent.label_))
    return out


def _relabel(st: ActorState, ent: Span) -> str:
    """The entity's label, corrected where the model is known to confuse people and places."""
    doc, text, lx = st.doc, st.text, st.lx
    label = ent.label_
    start, end = ent.start, ent.end
    if label in ("GPE", "ORG", "NORP") and end - start == 1 and lx.is_first_name(doc[start].text) and \
            not lx.country(doc[start].text) and end < len(doc) and doc[end].pos_ == "PROPN" and \
            doc[end].text[:1].isupper() and not doc[end].ent_type_ and \
            text[doc[start].idx + len(doc[start].text): doc[end].idx] == " ":
        label = "PERSON"  # "Nadia" tagged as a place before an untagged surname
    if label == "PERSON" and all(lx.demonym(t.text) for t in ent) and \
            not lx.is_first_name(ent.text):
        label = "NORP"  # "Ugandan" tagged as a person before "President Yoweri Museveni"
    if label in ("PRODUCT", "WORK_OF_ART", "FAC", "LOC", "NORP", "ORG") and end - start >= 2 and \
            lx.is_first_name(doc[start].text) and all(t.pos_ == "PROPN" or t.text == "-" for t in ent) \
            and not any(t.lower_ in lx.org_words for t in ent) and not lx.country(ent.text):
        label = "PERSON"  # "Fatoumata Ndiaye-Sarr" tagged as a product
    if label in ("ORG", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART") and end - start >= 3 and \
            _role_word(st, doc[start]) and lx.is_first_name(doc[start + 1].text) and \
            all(t.pos_ == "PROPN" for t in doc[start + 1:end]) and \
            not any(t.lower_ in lx.org_words for t in doc[start + 1:end]) and not lx.country(ent.text):
        label = "PERSON"  # "Bishop Ernesto Quispe Mamani" tagged as an organisation (actors.names.relabel_person)
    return label


def _role_word(st: ActorState, tok: Token) -> bool:
    """A title, honorific or person noun written before a name ("Bishop", "Sheikh", "President")."""
    w = tok.lower_
    return w in st.lx.gov_titles or w in st.lx.person_nouns or w.rstrip(".") in {
        h.rstrip(".") for h in st.lx.honorifics}


def _extend_name(st: ActorState, ents: list[Span], k: int, end: int) -> tuple[int, int]:
    """Extend a person's span over the rest of the name: "Faisal bin Nasser" + "Al Noor".

    Returns the new end and the index of the last entity swallowed.
    """
    doc, text = st.doc, st.text
    while end < len(doc):
        if doc[end - 1].tag_ == "POS" or doc[end - 1].text.endswith(("ʼs", "’s", "'s")):
            break  # a possessive ends the name: "Joe Biden's Middle East envoy"
        nxt = doc[end]
        gap = text[doc[end - 1].idx + len(doc[end - 1].text): nxt.idx]
        if gap not in (" ", "") or nxt.ent_type_ in ("GPE", "ORG", "NORP", "DATE", "CARDINAL"):
            break
        if nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not nxt.text.endswith(("ʼs", "’s")):
            end += 1
        elif nxt.lower_ in st.lx.name_particles and end + 2 < len(doc) and doc[end + 1].text == "-" \
                and doc[end + 2].text[:1].isupper() and not doc[end + 1].whitespace_ \
                and not nxt.whitespace_:
            end += 3  # "al-Mutawakkil" split into three tokens
        elif nxt.lower_ in st.lx.name_particles and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        else:
            break
        if k + 1 < len(ents) and ents[k + 1].start < end:
            k += 1
    return end, k


def _untagged_acronyms(st: ActorState) -> list[Found]:
    """An acronym after "the" that the model left untagged: "The ELN has refused ..."."""
    doc, lx = st.doc, st.lx
    out: list[Found] = []
    tt = st.toks
    for i in range(len(doc)):
        if not (tt.text[i].isupper() and tt.text[i].isalnum()):
            continue  # not an acronym (read from the token table: no Token built)
        tok = doc[i]
        t = tok.text
        acronym = t.isupper() and t.isalnum() and t[0].isalpha() and 2 <= len(t) <= 6  # "ELN", "M19"
        if tok.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT") or tok.pos_ != "PROPN" or not acronym \
                or tok.i == 0 or doc[tok.i - 1].lower_ != lx.words.definite_article or tok.dep_ == "compound" \
                or lx.country(t) or lx.bloc(t) or lx.demonym(t) or t.lower() in lx.gov_titles:
            continue
        if tok.dep_ in NSUBJ_DEPS or tok.dep_ in ("dobj", "pobj", "poss", "conj"):
            out.append((tok.i, tok.i + 1, "ORG", doc[tok.i: tok.i + 1], "actors.names.untagged_acronym"))
    return out


def _unit_names(st: ActorState) -> list[Found]:
    """Quoted or capitalised names of units: the "Azov" regiment."""
    doc, lx = st.doc, st.lx
    out: list[Found] = []
    pos = st.toks.pos
    for i in range(len(doc)):
        if pos[i] != "NOUN":
            continue
        tok = doc[i]
        if tok.lemma_.lower() in lx.unit_heads and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i and \
                        c.ent_type_ not in ("GPE", "NORP", "ORG") and not lx.country(c.text):
                    out.append((c.i, c.i + 1, "UNIT", doc[c.i: tok.i + 1], "actors.names.unit_name"))
    return out


def _possessive_names(st: ActorState) -> list[Found]:
    """Untagged possessive names before a person noun: "Putinʼs crony"."""
    doc, lx = st.doc, st.lx
    out: list[Found] = []
    tt = st.toks
    for i in range(len(doc)):
        if tt.pos[i] != "PROPN" or not tt.text[i][:1].isupper():
            continue
        tok = doc[i]
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        m = POSS_SUFFIX.search(tok.text)
        after = tok.nbor(1) if tok.i + 1 < len(doc) else None
        has_poss = bool(m and len(m.group(0)) > 1) or (after is not None and after.tag_ == "POS")
        if not has_poss:
            continue
        base = tok.text[: len(tok.text) - len(m.group(0))] if m else tok.text
        if base.lower() in lx.gov_titles or lx.country(base) or fold(base) in lx.regions:
            continue
        out.append((tok.i, tok.i + 1, "PERSON?", doc[tok.i: tok.i + 1], "actors.names.possessive_name"))
    return out


def names_after_titles(st: ActorState, found: list[Found]) -> list[Found]:
    """Names the model missed right after a governmental title: "Angolan Foreign Minister X Y".

    A run of 2-4 capitalised proper nouns directly after a title head is a person's name when
    no named span already covers it and none of its words is a state, a bloc or an organisation word.
    """
    doc, text, lx = st.doc, st.text, st.lx
    # a one-word NORP inside the run is the model's misreading of a given name ("Therese")
    covered = {i for s, e, lab, sp, _ in found if lab in NAMED_LABELS and not (
        lab == "NORP" and not lx.demonym(sp.text) and not lx.country(sp.text)) for i in range(s, e)}
    out: list[Found] = []
    lower = st.toks.lower
    for i in range(len(doc)):
        if lower[i] not in lx.gov_titles:
            continue
        tok = doc[i]
        if tok.lower_ not in lx.gov_titles or tok.i + 2 > len(doc):
            continue
        start = end = tok.i + 1
        while end < len(doc) and end - start < 5:
            nxt = doc[end]
            gap = text[doc[end - 1].idx + len(doc[end - 1].text): nxt.idx]
            if gap != " " or not nxt.text[:1].isupper() or not nxt.is_alpha or nxt.pos_ not in ("PROPN", "NOUN"):
                break
            end += 1
        if not 2 <= end - start <= 4 or any(i in covered for i in range(start, end)):
            continue
        words = [t.text for t in doc[start:end]]
        if any(w.lower() in lx.gov_titles or w.lower() in lx.title_prefixes or w.lower() in lx.org_words
               or lx.country(w) or lx.demonym(w) or fold(w) in lx.cities for w in words) \
                or lx.country(" ".join(words)) or lx.bloc(" ".join(words)):
            continue
        out.append((start, end, "PERSON", doc[start:end], "actors.names.name_after_title"))
        covered.update(range(start, end))
    return out


def _whose_unsaid(st: ActorState, start: int, end: int) -> bool:
    """ "the Federal Government", "the Transitional Government": a government named only by its kind, with no
    state before it ("Nigeria's", "Nigerian"), is an actor of its own (the state's rules take the others)."""
    doc = st.doc
    if not all(t.lower_ in st.lx.gov_modifiers or t.pos_ == "DET" for t in doc[start:end - 1]):
        return False
    before = doc[start - 1] if start > 0 else None
    return before is None or not (before.tag_ == "POS" or st.lx.country(before.text) or st.lx.demonym(before.text))

